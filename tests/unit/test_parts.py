"""Input cut into parts (what the workers of ``kg build --cluster`` read): the parts of a
file, read one after the other, give exactly what reading the whole file gives, with
the same ids (an article without one is named by its line), locations and errors."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import ArticleError
from kg.ingest import Part, read_part, split

TEXTS = ["Bí thư Tỉnh ủy Trần Văn Bình phát biểu.", "Ông Lê Văn Hòa dự họp.", "x" * 300]

line = st.one_of(
    st.builds(lambda i, t: json.dumps({"id": i, "text": t}, ensure_ascii=False),
              st.sampled_from(["a", "b", "", "c-1"]), st.sampled_from(TEXTS)),
    st.sampled_from(["", "   ", "{not json", '{"id": "z"}', "[1, 2]"]),
)


def read_all(parts: list[Part]) -> tuple[list[tuple[object, str]], list[str]]:
    errors: list[ArticleError] = []
    got = [(a, where) for p in parts for a, where in read_part(p, errors.append)]
    return got, [e.message for e in errors]


@settings(max_examples=60, deadline=None)
@given(lines=st.lists(line, max_size=30), newline_at_end=st.booleans(),
       bom=st.booleans(), size=st.integers(1, 3000))
def test_parts_read_as_the_whole_file(lines: list[str], newline_at_end: bool, bom: bool,
                                      size: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "a.jsonl")
        data = "\n".join(lines) + ("\n" if newline_at_end and lines else "")
        path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data.encode("utf-8"))
        parts = split([path], size)
        assert read_all(parts) == read_all([Part(path)])
        assert parts[0].start == 0 and parts[-1].end in (None, path.stat().st_size)
        assert all(a.end == b.start for a, b in zip(parts, parts[1:]))


def test_other_files_and_utf16_stay_whole(tmp_path: Path) -> None:
    txt = tmp_path / "a.txt"
    txt.write_text("Ông Trần Văn Bình phát biểu.\n" * 100, encoding="utf-8")
    utf16 = tmp_path / "b.jsonl"
    utf16.write_text("\n".join(json.dumps({"id": str(i), "text": TEXTS[0]})
                               for i in range(50)), encoding="utf-16")
    assert split([txt, utf16], 100) == [Part(txt), Part(utf16)]


def test_a_part_missing_on_the_worker_says_so(tmp_path: Path) -> None:
    from kg.build import extract_parts

    [error] = extract_parts([Part(tmp_path / "elsewhere.jsonl")], "https://example.org/id/")
    assert isinstance(error, ArticleError)
    assert "not found on the Dask worker" in error.message
    assert "same place" in error.message
