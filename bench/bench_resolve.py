#!/usr/bin/env python3
"""Where the time of a small ``kg build`` goes: one article added to a store of N.

    python bench/bench_resolve.py [CORPUS.jsonl] [--copies 1] [--repeat 3]

Builds CORPUS (default ``../shared/corpus/articles.jsonl``, read where it is; with
``--copies K``, K copies with ids renamed) into a store in a temporary directory, then
adds one invented article (not from the corpus) to a copy of an empty store and to a
copy of the full one, ``--repeat`` times each (a fresh copy every time), with
``kg.build.build(..., jobs=1)`` in this process after a warm-up extraction. Prints the
median seconds of each phase:

  extract      reading and extracting the article (the same in both stores)
  write        reading the input and ``replace_graphs`` of the article's graph
  profiles     ``load_profiles``: every (article, name) profile read from the store
  cluster      ``resolve``: every name re-clustered, in Python
  renames      the rest of ``resolve_store``: article graphs rewritten because their
               person was renamed
  decisions    the resolution graph rewritten whole
  derived      ``refresh_derived``: spans of every membership, place history, rewritten
  total        the whole ``build`` call

Everything after ``write`` reads or rewrites the whole store: this is what an
incremental resolution would cut down to the names the new article touches.
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "articles.jsonl"

NEW_ARTICLE = {
    "id": "bench-new-1", "date": "2024-05-20",
    "text": "Sáng 19/5, Tỉnh ủy Tuyên Quang tổ chức hội nghị Ban Chấp hành Đảng bộ tỉnh lần "
            "thứ 12. Bí thư Tỉnh ủy Tuyên Quang Trần Văn Bình chủ trì hội nghị. Phó Chủ tịch "
            "UBND tỉnh Tuyên Quang Lê Thị Hoa phát biểu tại hội nghị.",
}
PHASES = ["extract", "write", "profiles", "cluster", "renames", "decisions", "derived",
          "total"]


def timer(times: dict[str, float], name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            times[name] += time.perf_counter() - started
    return timed


def one_build(store_dir: Path, article: Path) -> dict[str, float]:
    import kg.build as kb
    import kg.resolve.store as rs
    from kg.store import open_store

    times: dict[str, float] = defaultdict(float)
    saved = (kb._process, kb.resolve_store, kb.refresh_derived, rs.load_profiles, rs.resolve,
             rs._write_decisions)
    kb._process = timer(times, "extract", kb._process)
    kb.resolve_store = timer(times, "resolve", kb.resolve_store)
    kb.refresh_derived = timer(times, "derived", kb.refresh_derived)
    rs.load_profiles = timer(times, "profiles", rs.load_profiles)
    rs.resolve = timer(times, "cluster", rs.resolve)
    rs._write_decisions = timer(times, "decisions", rs._write_decisions)
    try:
        with open_store(str(store_dir)) as store:
            started = time.perf_counter()
            kb.build(store, [article], jobs=1)
            times["total"] = time.perf_counter() - started
    finally:
        (kb._process, kb.resolve_store, kb.refresh_derived, rs.load_profiles, rs.resolve,
         rs._write_decisions) = saved
    # what is left of resolve_store: finding and rewriting the renamed articles' graphs
    times["renames"] = (times["resolve"] - times["profiles"] - times["cluster"]
                        - times["decisions"])
    # what is left of the build: reading the input and writing the article's graph
    times["write"] = times["total"] - times["extract"] - times["resolve"] - times["derived"]
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bench-resolve-"))
    try:
        big = tmp / "corpus.jsonl"
        n = 0
        with args.corpus.open(encoding="utf-8") as f, big.open("w", encoding="utf-8") as w:
            lines = [line for line in f if line.strip()]
            for k in range(args.copies):
                for line in lines:
                    obj = json.loads(line)
                    obj["id"] = f"{obj.get('id')}~{k}"
                    w.write(json.dumps(obj, ensure_ascii=False) + "\n")
                    n += 1
        article = tmp / "new.jsonl"
        article.write_text(json.dumps(NEW_ARTICLE, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"# building the store of {n} articles ...", file=sys.stderr, flush=True)
        subprocess.run([sys.executable, "-m", "kg", "build", str(big), "-q", "--jobs", "2",
                        "--store", str(tmp / "full")], check=True, cwd=REPO)
        from kg.store import open_store

        open_store(str(tmp / "empty")).close()
        # warm up: gazetteers and models loaded once, outside the timings
        one_build(Path(shutil.copytree(tmp / "empty", tmp / "warm")), article)
        rows: dict[str, dict[str, list[float]]] = {}
        for name, size in (("empty", 0), ("full", n)):
            runs: dict[str, list[float]] = defaultdict(list)
            for r in range(args.repeat):
                copy = tmp / f"{name}-{r}"
                shutil.copytree(tmp / name, copy)
                times = one_build(copy, article)
                for phase in PHASES:
                    runs[phase].append(times.get(phase, 0.0))
                shutil.rmtree(copy)
            rows[f"{size:,} articles"] = runs
        print("one article added to a store of | " + " | ".join(PHASES))
        for label, runs in rows.items():
            print(f"{label:>32} | " + " | ".join(f"{statistics.median(runs[p]):.3f}"
                                                   for p in PHASES))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
