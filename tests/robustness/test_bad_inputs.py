"""A corpus of bad inputs, generated from small byte strings: each gives the promised exit
code and one line naming the file, the problem and the fix, and the store afterwards is
exactly what the good part of the input makes of it (nothing lost, nothing half-written).

Inputs in an odd but readable form (a BOM, UTF-16, NFD, Windows-1258, TCVN3, VNI, a TCVN3
or VNI document saved as Unicode the wrong way) must give the same store as the same
article written in plain UTF-8.
"""
from __future__ import annotations

import json
import os
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg.build as kg_build
from kg.text.legacy import cp1258_encode, tcvn3_encode, vni_encode

from .conftest import (
    ARTICLE_TXT,
    GOOD_JSONL_ROW,
    copy_store,
    kg,
    lines_of,
    quads,
    union_in_step,
    write_jsonl,
)

# The article every "readable after conversion" case is made of (all its characters
# exist in Windows-1258, TCVN3 and VNI).
CLEAN = ARTICLE_TXT.replace("Mẫu Sơn", "Yên Hòa").replace("Trần Văn Bình", "Vũ Đức Thắng")


def _bytes(name: str, data: bytes) -> Callable[[Path], list[Path]]:
    def make(d: Path) -> list[Path]:
        d.mkdir(parents=True, exist_ok=True)
        (d / name).write_bytes(data)
        return [d / name]
    return make


def _text(name: str, text: str) -> Callable[[Path], list[Path]]:
    return _bytes(name, text.encode("utf-8"))


def _jsonl(*rows: object, name: str = "in.jsonl") -> Callable[[Path], list[Path]]:
    def make(d: Path) -> list[Path]:
        return [write_jsonl(d / name, *rows)]
    return make


def _raw_jsonl(*lines: bytes, name: str = "in.jsonl") -> Callable[[Path], list[Path]]:
    return _bytes(name, b"".join(line + b"\n" for line in lines))


GOOD = json.dumps(GOOD_JSONL_ROW, ensure_ascii=False).encode()


def _mojibake(codec: Callable[[str], bytes]) -> bytes:
    """A legacy document opened as Windows-1252 and saved as UTF-8."""
    return codec(CLEAN).decode("cp1252", errors="kg-latin1").encode("utf-8")


def _sparse(name: str, size: int) -> Callable[[Path], list[Path]]:
    def make(d: Path) -> list[Path]:
        d.mkdir(parents=True, exist_ok=True)
        with open(d / name, "wb") as f:
            f.truncate(size)
        return [d / name]
    return make


def _long_line(d: Path) -> list[Path]:
    d.mkdir(parents=True, exist_ok=True)
    path = d / "in.jsonl"
    with path.open("wb") as f:
        f.write(b'{"id": "long", "text": "' + b"x" * (17 * 2**20) + b'"}\n')
        f.write(GOOD + b"\n")
    return [path]


def _bad_name(d: Path) -> list[Path]:
    d.mkdir(parents=True, exist_ok=True)
    with open(os.fsencode(d) + b"/b\xe0i-vi\xeat.txt", "wb") as f:
        f.write(CLEAN.encode())
    return [d]


def _fifo(d: Path) -> list[Path]:
    d.mkdir(parents=True, exist_ok=True)
    os.mkfifo(d / "pipe.txt")
    os.symlink(d / "missing.txt", d / "dangling.txt")
    return [d]


@dataclass
class Case:
    name: str
    make: Callable[[Path], list[Path]]
    code: int
    #: one list of fragments per expected note line (each must name the file)
    notes: list[tuple[str, ...]] = field(default_factory=list)
    #: the clean input whose build must give the same store (None: the store is unchanged)
    same_as: Callable[[Path], list[Path]] | None = None
    #: an error before the build (one "kg: error:" line only, nothing read)
    refused: tuple[str, ...] = ()
    skips: int = 0
    seconds: float = 20.0
    #: kg.build.ARTICLE_SECONDS for this case (the per-article limit of extraction)
    article_seconds: float | None = None


NOT_UTF8 = ("not valid UTF-8 text", "nor Windows-1258, TCVN3 (ABC) or VNI", "convert it to UTF-8")
NOT_JSON = ("not valid JSON", 'each line must be one JSON object with at least "id" and "text"')
BIG = "x" * 3_000_000

CASES = [
    # -- encodings that are read ----------------------------------------------------------
    Case("utf8-bom", _bytes("a.txt", b"\xef\xbb\xbf" + CLEAN.encode()), 0,
         same_as=_text("a.txt", CLEAN)),
    Case("utf16-le-bom", _bytes("a.txt", CLEAN.encode("utf-16")), 0,
         same_as=_text("a.txt", CLEAN)),
    Case("utf16-be-bom", _bytes("a.txt", b"\xfe\xff" + CLEAN.encode("utf-16-be")), 0,
         same_as=_text("a.txt", CLEAN)),
    Case("utf16-no-bom", _bytes("a.txt", CLEAN.encode("utf-16-le")), 0,
         same_as=_text("a.txt", CLEAN)),
    Case("nfd", _text("a.txt", unicodedata.normalize("NFD", CLEAN)), 0,
         same_as=_text("a.txt", CLEAN)),
    Case("windows-1258", _bytes("a.txt", cp1258_encode(CLEAN)), 0,
         same_as=_text("a.txt", CLEAN)),
    Case("tcvn3", _bytes("a.txt", tcvn3_encode(CLEAN)), 0, same_as=_text("a.txt", CLEAN)),
    Case("vni", _bytes("a.txt", vni_encode(CLEAN)), 0, same_as=_text("a.txt", CLEAN)),
    Case("tcvn3-saved-as-unicode", _bytes("a.txt", _mojibake(tcvn3_encode)), 0,
         same_as=_text("a.txt", CLEAN)),
    Case("vni-saved-as-unicode", _bytes("a.txt", _mojibake(vni_encode)), 0,
         same_as=_text("a.txt", CLEAN)),
    Case("tcvn3-jsonl", _bytes("in.jsonl", tcvn3_encode(json.dumps(
        GOOD_JSONL_ROW, ensure_ascii=False)) + b"\n"), 0, same_as=_raw_jsonl(GOOD)),
    Case("html-windows-1258", _bytes("a.html", cp1258_encode(
        "<html><head><title>Yên Hòa</title></head><body><article>" + "".join(
            f"<p>{p}</p>" for p in CLEAN.split("\n\n")[2:4]) + "</article></body></html>")), 0,
         same_as=_text("a.html", "<html><head><title>Yên Hòa</title></head><body><article>"
                       + "".join(f"<p>{p}</p>" for p in CLEAN.split("\n\n")[2:4])
                       + "</article></body></html>")),
    # -- encodings that are refused -------------------------------------------------------
    Case("latin1-byte-in-utf8", _bytes("a.txt", CLEAN.encode().replace(b"\xc3\xa1", b"\xe1")),
         2, notes=[("a.txt", *NOT_UTF8)]),
    Case("too-few-words-to-tell", _bytes("a.txt", cp1258_encode("Tiêu đề\nBa.\n")), 2,
         notes=[("a.txt", *NOT_UTF8)]),
    Case("random-high-bytes", _bytes("a.txt", bytes(range(0x80, 0x100)) * 40), 2,
         notes=[("a.txt", *NOT_UTF8)]),
    Case("binary-with-nul", _bytes("a.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50), 2,
         notes=[("a.txt", "binary file", "give a UTF-8 text file")]),
    Case("empty-file", _bytes("a.txt", b""), 2,
         notes=[("a.txt", "empty file", "give it an article's text")]),
    Case("whitespace-only", _bytes("a.txt", b" \n\t\r\n"), 2,
         notes=[("a.txt", "empty file", "give it an article's text")]),
    Case("bom-only", _bytes("a.txt", b"\xef\xbb\xbf"), 2,
         notes=[("a.txt", "empty file", "give it an article's text")]),
    Case("invisible-only", _text("a.txt", "\u200b\u00a0\ufeff\n\u2028"), 2,
         notes=[("a.txt", "empty file", "write the article's title on the first line")]),
    Case("title-only", _text("a.txt", "Chỉ có tiêu đề\n"), 2,
         notes=[("a.txt", "no article text after the title", "write the title on the first")]),
    # -- JSONL ----------------------------------------------------------------------------
    Case("jsonl-not-json", _raw_jsonl(b'{"id": "x", "text": "Ba.', GOOD), 2,
         notes=[("in.jsonl:1", *NOT_JSON)], same_as=_raw_jsonl(GOOD)),
    Case("jsonl-no-text", _jsonl({"id": "x", "title": "T"}, GOOD_JSONL_ROW), 2,
         notes=[("in.jsonl:1", 'no "text" field', "at least")], same_as=_raw_jsonl(GOOD)),
    Case("jsonl-text-not-string", _jsonl({"id": "x", "text": ["a"]}, GOOD_JSONL_ROW), 2,
         notes=[("in.jsonl:1", '"text" is an array, not a string')], same_as=_raw_jsonl(GOOD)),
    Case("jsonl-array-line", _raw_jsonl(b'["id", "text"]', GOOD), 2,
         notes=[("in.jsonl:1", "an array, not a JSON object")], same_as=_raw_jsonl(GOOD)),
    Case("jsonl-empty-text", _jsonl({"id": "x", "text": " \u200b "}, GOOD_JSONL_ROW), 2,
         notes=[("in.jsonl:1", 'empty "text"', "give the article's text or remove the line")],
         same_as=_raw_jsonl(GOOD)),
    Case("jsonl-duplicate-id", _jsonl(GOOD_JSONL_ROW, dict(GOOD_JSONL_ROW, text="Khác.")), 2,
         notes=[("in.jsonl:2", "duplicate id 'hg-1' (first at", "give each article its own id")],
         same_as=_raw_jsonl(GOOD)),
    Case("jsonl-id-true", _jsonl({"id": True, "text": "Ba."}, GOOD_JSONL_ROW), 2,
         notes=[("in.jsonl:1", '"id" is true/false', 'give each article a string "id"')],
         same_as=_raw_jsonl(GOOD)),
    Case("jsonl-id-control", _jsonl({"id": "a\nb", "text": "Ba."}, GOOD_JSONL_ROW), 2,
         notes=[("in.jsonl:1", "control characters", "printable id")], same_as=_raw_jsonl(GOOD)),
    Case("jsonl-id-too-long", _jsonl({"id": "x" * 600, "text": "Ba."}, GOOD_JSONL_ROW), 2,
         notes=[("in.jsonl:1", "600 characters", "shorter id")], same_as=_raw_jsonl(GOOD)),
    Case("jsonl-huge-number", _raw_jsonl(b'{"id": ' + b"7" * 5000 + b', "text": "Ba."}', GOOD),
         2, notes=[("in.jsonl:1", *NOT_JSON)], same_as=_raw_jsonl(GOOD)),
    Case("jsonl-deep-nesting", _raw_jsonl(b"[" * 100_000 + b"]" * 100_000, GOOD), 2,
         notes=[("in.jsonl:1", "nested too deeply", "at least")], same_as=_raw_jsonl(GOOD)),
    Case("jsonl-lone-surrogate", _raw_jsonl(b'{"id": "s", "text": "B\\ud83d a."}', GOOD), 2,
         notes=[("in.jsonl:1", "lone UTF-16 surrogate", "fix the escape")],
         same_as=_raw_jsonl(GOOD)),
    Case("jsonl-line-not-utf8", _raw_jsonl(b'{"id": "x", "text": "Ph\xe1t."}', GOOD), 2,
         notes=[("in.jsonl:1", "not valid UTF-8 (byte 0xe1)", "convert the file to UTF-8")],
         same_as=_raw_jsonl(GOOD)),
    # -- size -----------------------------------------------------------------------------
    Case("jsonl-article-of-3-mb", _jsonl({"id": "big", "text": BIG}, GOOD_JSONL_ROW), 2,
         notes=[("in.jsonl:1", "3,000,000 characters", "split it into several articles")],
         same_as=_raw_jsonl(GOOD), seconds=10),
    Case("jsonl-title-of-3-mb", _jsonl({"id": "big", "title": BIG, "text": "Ba."},
                                       GOOD_JSONL_ROW), 2,
         notes=[("in.jsonl:1", "characters of text", "split it")], same_as=_raw_jsonl(GOOD),
         seconds=10),
    Case("thousands-of-titles-in-one-sentence",  # extraction is quadratic in them
         _jsonl({"id": "titles", "text": "Bí thư Tỉnh ủy " * 3000}, GOOD_JSONL_ROW), 2,
         notes=[("in.jsonl", "'titles' took more than 1 s to extract", "check its text")],
         same_as=_raw_jsonl(GOOD), seconds=5, article_seconds=1.0),
    Case("txt-article-of-3-mb", _text("a.txt", "Tiêu đề\n" + "Bí thư nói. " * 300_000), 2,
         notes=[("a.txt", "characters of text", "split it into several articles")],
         seconds=10),
    Case("txt-file-of-17-mib", _sparse("a.txt", 17 * 2**20), 2,
         notes=[("a.txt", "a file of 17.0 MiB", "split it into articles")], seconds=5),
    Case("jsonl-line-of-17-mib", _long_line, 2,
         notes=[("in.jsonl:1", "a line of 17.0 MiB", "split it into articles")],
         same_as=_raw_jsonl(GOOD), seconds=10),
    # -- HTML -----------------------------------------------------------------------------
    Case("html-scripts-only", _text("a.html", "<html><body><script>var a = '<p>Bí thư "
                                    "Trần Văn Bình</p>';</script><style>p{}</style>"
                                    "</body></html>"), 2,
         notes=[("a.html", "no article text found", "paste the text into a .txt file")]),
    Case("html-unclosed-tags", _text("a.html", "<p>" + "<a " * 100_000 + "Bí thư"), 2,
         notes=[("a.html", "no article text found")], seconds=5),
    Case("html-unclosed-comments", _text("a.html", "<!--" * 100_000 + "<p>Bí thư.</p>"), 2,
         notes=[("a.html", "no article text found")], seconds=5),
    Case("html-unquoted-attributes", _text("a.html", '<a b="' * 50_000), 2,
         notes=[("a.html", "no article text found")], seconds=5),
    Case("html-deep-nesting", _text("a.html", "<div>" * 100_000 + "</p>" * 100_000), 2,
         notes=[("a.html", "no article text found")], seconds=10),
    # -- names and places -----------------------------------------------------------------
    Case("file-name-not-utf8", _bad_name, 2,
         notes=[("b\\udce0i-vi\\udceat.txt", "file name is not valid UTF-8", "rename the file")]),
    Case("fifo-and-dangling-link", _fifo, 0, skips=2),
    Case("missing-source", lambda d: [d / "nowhere.txt"], 2,
         refused=("nowhere.txt", "no such file or directory", "give a .txt, .jsonl or .html")),
    Case("unsupported-file", _text("a.pdf", "%PDF-1.4"), 2,
         refused=("a.pdf", "unsupported file type '.pdf'", "give a .txt, .jsonl or .html")),
]


_EXPECTED: dict[object, set[str]] = {}


def expected_store(make: Callable[[Path], list[Path]], where: Path, base: Path) -> set[str]:
    """The store a clean input makes (built once for each distinct input)."""
    sources = make(where / "clean")
    key = tuple((p.name, p.read_bytes()) for p in sources)
    if key not in _EXPECTED:
        store = copy_store(base, where / "expected")
        assert kg("build", *sources, "--store", store, "--jobs", 1, "-q").exit_code == 0
        _EXPECTED[key] = quads(store)
    return _EXPECTED[key]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_bad_input(case: Case, tmp_path: Path, base_store: Path,
                   monkeypatch: pytest.MonkeyPatch) -> None:
    if case.article_seconds is not None:
        monkeypatch.setattr(kg_build, "ARTICLE_SECONDS", case.article_seconds)
    store = copy_store(base_store, tmp_path / "store")
    before = _EXPECTED.setdefault(("base", str(base_store)), quads(base_store))
    sources = case.make(tmp_path / "in")
    started = time.perf_counter()
    result = kg("build", *sources, "--store", store, "--jobs", 1, "--quiet")
    seconds = time.perf_counter() - started
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)
    assert "Traceback" not in result.stderr + result.stdout
    assert result.exit_code == case.code, result.stderr
    lines = lines_of(result.stderr)
    errors = [line for line in lines if line.startswith("kg: error:")]
    skips = [line for line in lines if line.startswith("kg: skipped ")]
    notes = [line for line in lines if line not in errors and line not in skips]
    assert len(skips) == case.skips, lines
    if case.refused:
        assert notes == [] and len(errors) == 1, lines
        for fragment in case.refused:
            assert fragment in errors[0], (fragment, errors[0])
    else:
        assert len(notes) == len(case.notes), lines
        for note, fragments in zip(notes, case.notes, strict=True):
            assert note.startswith("kg: "), note
            for fragment in fragments:
                assert fragment in note, (fragment, note)
        if case.code == 2:
            assert errors == [f"kg: error: {len(case.notes)} input(s) could not be read (see "
                              "the lines above); the other articles were stored"]
        else:
            assert errors == []
    assert seconds < case.seconds
    after = quads(store)
    assert union_in_step(store)
    if case.same_as is None:
        assert after == before
    else:
        expected = expected_store(case.same_as, tmp_path, base_store)
        assert after == expected, (sorted(after - expected)[:5], sorted(expected - after)[:5])
        assert after != before


def test_at_least_25_kinds() -> None:
    assert len(CASES) >= 25
    assert len({c.name for c in CASES}) == len(CASES)


# -- --strict ------------------------------------------------------------------------------

@pytest.mark.parametrize("jobs", [1, 2])
def test_strict_stops_at_the_first_bad_input(tmp_path: Path, base_store: Path,
                                             jobs: int) -> None:
    store = copy_store(base_store, tmp_path / "store")
    before = quads(store)
    src = tmp_path / "in"
    src.mkdir()
    (src / "a-bad.txt").write_bytes(b"")
    good = write_jsonl(src / "b-good.jsonl", GOOD_JSONL_ROW)
    result = kg("build", src, "--store", store, "--jobs", jobs, "--strict", "--quiet")
    assert result.exit_code == 2
    lines = lines_of(result.stderr)
    assert len(lines) == 1 and lines[0].startswith("kg: error: ") and "a-bad.txt" in lines[0]
    assert "--strict" in lines[0] and "empty file" in lines[0]
    assert quads(store) == before                     # the good file after it is not read
    # good before bad: the good article is stored, whole and resolved
    result = kg("build", good, src / "a-bad.txt", "--store", store, "--jobs", jobs,
                "--strict", "-q")
    assert result.exit_code == 2
    expected = copy_store(base_store, tmp_path / "expected")
    assert kg("build", good, "--store", expected, "--jobs", 1, "-q").exit_code == 0
    assert quads(store) == quads(expected)


def test_strict_on_a_bad_jsonl_line(tmp_path: Path, base_store: Path) -> None:
    store = copy_store(base_store, tmp_path / "store")
    path = write_jsonl(tmp_path / "in.jsonl", GOOD_JSONL_ROW, "{oops",
                       dict(GOOD_JSONL_ROW, id="hg-2"))
    result = kg("build", path, "--store", store, "--jobs", 1, "--strict", "-q")
    assert result.exit_code == 2
    [line] = lines_of(result.stderr)
    assert line.startswith(f"kg: error: {path}:2: not valid JSON")
    ids = {q.split(" ")[2] for q in quads(store) if "schema.org/identifier" in q}
    assert '"hg-1"' in ids and '"hg-2"' not in ids


# -- ids and URLs cannot write outside the store or break out of an IRI -------------------

def test_crafted_ids_and_urls_stay_inside(tmp_path: Path, base_store: Path) -> None:
    store = copy_store(base_store, tmp_path / "store")
    text = GOOD_JSONL_ROW["text"]
    escape = tmp_path / "escaped"
    rows = [
        {"id": f"../../../../../../{escape}", "text": text},
        {"id": "..", "text": text},
        {"id": ".", "text": text},
        {"id": "a/../../b", "text": text},
        {"id": "x> <http://evil.example/g> { <http://evil.example/s", "text": text},
        {"id": "u1", "url": 'http://example.vn/a> <http://evil.example/p> "x', "text": text},
        {"id": "u2", "url": "javascript:alert(1)", "text": text},
        {"id": "u3", "url": "http://[::1", "text": text},
        {"id": "u4", "url": "http://example.vn/\u0000\ufffe%zz{}", "text": text},
    ]
    path = write_jsonl(tmp_path / "in" / "ids.jsonl", *rows)
    before = set(os.listdir(tmp_path))
    result = kg("build", path, "--store", store, "--jobs", 1, "-o", tmp_path / "out.nq", "-q")
    assert result.exit_code == 0, result.stderr
    assert set(os.listdir(tmp_path)) == before | {"out.nq"}
    assert not escape.exists()
    lines = quads(store)
    parsed = list(ox.parse("\n".join(lines), ox.RdfFormat.N_QUADS))
    iris = {t.value for q in parsed for t in (q.subject, q.predicate, q.object, q.graph_name)
            if isinstance(t, ox.NamedNode)}
    assert not any(iri.startswith("http://evil.example") for iri in iris)
    articles = {q.subject.value for q in parsed if q.predicate.value.endswith("identifier")}
    assert len(articles) == 3 + len(rows)                   # twelve distinct article IRIs
    assert "https://w3id.org/orgkg/id/article/%2E%2E" in articles
    assert "https://w3id.org/orgkg/id/article/%2E" in articles
    urls = {q.object.value for q in parsed if q.predicate.value == "https://schema.org/url"}
    assert "http://example.vn/a%3E%20%3Chttp://evil.example/p%3E%20%22x" in urls
    assert not any(u.startswith(("javascript", "http://[")) for u in urls)
