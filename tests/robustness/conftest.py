"""Shared helpers for the robustness tests (GitHub issue 6).

Every text here is invented, names included; no corpus or newspaper text is copied.
Stores are compared as sets of N-Quads lines: the dataset has no blank nodes, so set
equality is graph isomorphism, and stricter.
"""
from __future__ import annotations

import gc
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result

from kg.cli import main

REPO = Path(__file__).resolve().parents[2]

ARTICLE_TXT = """\
Thứ Bảy, ngày 8 tháng 8 năm 2020

Mẫu Sơn: Hội nghị Ban Chấp hành Đảng bộ huyện

Sáng 7/8, Huyện ủy Mẫu Sơn tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 5. \
Bí thư Huyện ủy, Chủ tịch HĐND huyện Mẫu Sơn Trần Văn Bình chủ trì hội nghị.

Phát biểu tại hội nghị, Phó Bí thư Huyện ủy Lê Thị Hoa đề nghị các cấp ủy tiếp tục nỗ lực.

Minh Khang
"""

BASE_JSONL = [
    {"id": "tq-1", "title": "Tuyên Quang: Khai mạc kỳ họp HĐND tỉnh", "date": "2021-07-20",
     "text": "Sáng 19/7, HĐND tỉnh Tuyên Quang khai mạc kỳ họp thứ 10. Chủ tịch HĐND tỉnh "
             "Tuyên Quang Phạm Thị Lan chủ trì kỳ họp."},
    {"id": "tq-2", "title": "Bổ nhiệm Giám đốc Sở Tư pháp", "date": "2021-07-21",
     "text": "Ông Đỗ Minh Tuấn được bổ nhiệm giữ chức Giám đốc Sở Tư pháp tỉnh Tuyên Quang."},
]

#: a second invented article, for inputs that must be stored
GOOD_JSONL_ROW = {
    "id": "hg-1", "title": "Hà Giang: Hội nghị Tỉnh ủy", "date": "2022-03-04",
    "text": "Sáng 3/3, Tỉnh ủy Hà Giang tổ chức hội nghị. Bí thư Tỉnh ủy Hà Giang "
            "Hoàng Văn Dũng chủ trì hội nghị."}


def kg(*args: object) -> Result:
    """``kg ARGS`` in this process (KG_STORE unset)."""
    return CliRunner().invoke(main, [str(a) for a in args], env={"KG_STORE": None},
                              prog_name="kg")


def kg_process(*args: object, timeout: float = 300, **kw: object
               ) -> subprocess.CompletedProcess[str]:
    """``python -m kg ARGS`` in a process of its own."""
    env = {k: v for k, v in os.environ.items() if k != "KG_STORE"}
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True,
                          text=True, env=env, timeout=timeout, **kw)  # type: ignore[call-overload]


def _open(store: Path) -> ox.Store:
    # a plain open (the lock is released when the object goes): RocksDB's read-only mode
    # is not used, the project saw it damage a store
    return ox.Store(str(store))


def quads(store: Path) -> set[str]:
    """Every quad of the store's named graphs, as N-Quads lines (the default graph only
    mirrors their union)."""
    s = _open(store)
    lines = {str(q) + " ." for q in s if not isinstance(q.graph_name, ox.DefaultGraph)}
    del s
    gc.collect()
    return lines


def union_in_step(store: Path) -> bool:
    """Whether the default graph is exactly the union of the named graphs."""
    s = _open(store)
    default = {str(q.triple) for q in s.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    named = {str(q.triple) for q in s if not isinstance(q.graph_name, ox.DefaultGraph)}
    del s
    gc.collect()
    return default == named


def graphs(lines: set[str]) -> dict[str, set[str]]:
    """N-Quads lines grouped by graph name."""
    out: dict[str, set[str]] = {}
    for line in lines:
        graph = line.rstrip(" .").rsplit(" ", 1)[-1]
        out.setdefault(graph, set()).add(line)
    return out


def lines_of(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()]


def write_jsonl(path: Path, *rows: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False))
                            + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def base_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding three invented articles; copy it with :func:`copy_store`."""
    root = tmp_path_factory.mktemp("base")
    (root / "in").mkdir()
    (root / "in" / "mau-son.txt").write_text(ARTICLE_TXT, encoding="utf-8")
    write_jsonl(root / "in" / "tq.jsonl", *BASE_JSONL)
    store = root / "store"
    result = kg("build", root / "in", "--store", store, "--jobs", 1, "--quiet")
    assert result.exit_code == 0, result.stderr
    return store


def copy_store(base: Path, where: Path) -> Path:
    shutil.copytree(base, where)
    return where
