#!/usr/bin/env python3
"""Where the time of a small ``kg build`` goes: one article added to a store of N.

    python bench/bench_resolve.py [CORPUS.jsonl] [--copies 1 4 10] [--repeat 3]
                                  [--corpus-store DIR]

Builds CORPUS (default ``../shared/corpus/articles.jsonl``) once with ``kg build --jobs
2`` (or takes the store DIR made so), then makes a store of each ``--copies K``: the
corpus's article graphs K times over, the ids of copy k renamed ``<id>~k`` (article
and event IRIs, ``schema:identifier``), bulk-loaded and resolved whole. That is what
``kg build`` of the K renamed copies writes (resolution is a function of the articles,
and the person IRIs it starts from are renamed whatever they are), without extracting
K times. Then it adds one invented article (not from the corpus) to a copy of an empty
store and of each of those stores, and so the corpus article whose names are named most
often in the corpus (under a new id: the largest blocks to re-examine), ``--repeat``
times each (a fresh copy every time),
with ``kg.build.build(..., jobs=1)`` in this process after a warm-up extraction, and
prints the median seconds of each phase:

  extract      reading and extracting the article (the same in every store)
  write        reading the input, ``replace_graphs`` of the article's graph
  resolve      ``Changes.resolve`` without the derived graph: the blocks of the names
               the article names re-clustered, their decisions and renames written
  derived      ``refresh_changed``: the spans of the memberships and the history of
               the places involved, written as a difference
  total        the whole ``build`` call

Into the empty store the build takes the whole-store path (a new store); every other
row takes the incremental one, whose cost should follow the article, not the store.
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
PHASES = ["extract", "write", "resolve", "derived", "total"]

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
    import kg.resolve.changes as rc
    from kg.store import open_store

    times: dict[str, float] = defaultdict(float)
    saved = (kb._process, rc.Changes.resolve, rc.refresh_derived, rc.refresh_changed)
    kb._process = timer(times, "extract", kb._process)
    rc.Changes.resolve = timer(times, "resolving", rc.Changes.resolve)  # type: ignore[method-assign]
    rc.refresh_derived = timer(times, "derived", rc.refresh_derived)
    rc.refresh_changed = timer(times, "derived", rc.refresh_changed)
    try:
        with open_store(str(store_dir)) as store:
            started = time.perf_counter()
            kb.build(store, [article], jobs=1)
            times["total"] = time.perf_counter() - started
    finally:
        (kb._process, rc.Changes.resolve, rc.refresh_derived, rc.refresh_changed) = saved
    times["resolve"] = times["resolving"] - times["derived"]
    times["write"] = times["total"] - times["extract"] - times["resolving"]
    return times

def copies(corpus_store: Path, out: Path, k: int) -> int:
    """A store of the corpus store's article graphs ``k`` times, ids renamed, resolved
    whole; returns its article count."""
    import pyoxigraph as ox

    from kg.build import refresh_derived
    from kg.rdf.iris import id_slug
    from kg.rdf.vocab import DEFAULT_BASE_IRI
    from kg.resolve.store import resolve_store
    from kg.store.embedded import EmbeddedStore

    base = DEFAULT_BASE_IRI
    source = ox.Store.read_only(str(corpus_store))
    ident = ox.NamedNode("https://schema.org/identifier")
    ids = {q.graph_name.value: q.object.value for q in source.quads_for_pattern(None, ident, None)
           if isinstance(q.graph_name, ox.NamedNode) and q.subject == q.graph_name}
    nq = out.with_suffix(".nq")
    with nq.open("w", encoding="utf-8") as fh:
        for graph, art_id in ids.items():
            quads = list(source.quads_for_pattern(None, None, None, ox.NamedNode(graph)))
            old_event = f"{base}event/{id_slug(art_id)}/"
            for copy in range(k):
                new_id = f"{art_id}~{copy}"
                new_graph = f"{base}article/{id_slug(new_id)}"
                new_event = f"{base}event/{id_slug(new_id)}/"

                names = {graph: new_graph}
                for q in quads:
                    obj = (ox.Literal(new_id) if q.predicate == ident
                           else _renamed(q.object, names, old_event, new_event))
                    fh.write(f"{_renamed(q.subject, names, old_event, new_event)} "
                             f"{q.predicate} {obj} <{new_graph}> .\n")
    del source
    with EmbeddedStore(out) as store:
        store.bulk_load(nq)
        resolve_store(store, base)
        refresh_derived(store, base)
    nq.unlink()
    return len(ids) * k

def _renamed(t: Any, names: dict[str, str], old_event: str, new_event: str) -> Any:
    import pyoxigraph as ox

    if isinstance(t, ox.NamedNode):
        if t.value in names:
            return ox.NamedNode(names[t.value])
        if t.value.startswith(old_event):
            return ox.NamedNode(new_event + t.value[len(old_event):])
    return t

def busiest(corpus: Path, corpus_store: Path) -> dict[str, Any]:
    """The corpus article whose names have the most mentions in the corpus (the largest
    blocks to re-examine), under a new id."""
    import pyoxigraph as ox

    store = ox.Store.read_only(str(corpus_store))
    block = ox.NamedNode("https://w3id.org/orgkg#block")
    source = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
    size: dict[str, int] = defaultdict(int)
    blocks: dict[str, set[str]] = defaultdict(set)
    for q in store.quads_for_pattern(None, block, None):
        size[q.object.value] += 1
        for s in store.quads_for_pattern(q.subject, source, None):
            blocks[s.object.value].add(q.object.value)
    ident = ox.NamedNode("https://schema.org/identifier")
    weight = {g: sum(size[b] for b in bs) for g, bs in blocks.items()}
    graph = max(weight, key=lambda g: (weight[g], g))
    art_id = next(store.quads_for_pattern(ox.NamedNode(graph), ident, None)).object.value
    del store
    with corpus.open(encoding="utf-8") as f:
        for line in f:
            if line.strip() and json.loads(line).get("id") == art_id:
                obj = json.loads(line)
                obj["id"] = "bench-busy-1"
                print(f"# the busiest article names {len(blocks[graph])} names with "
                      f"{weight[graph]} mentions in the corpus", file=sys.stderr)
                return dict(obj)
    raise SystemExit(f"{art_id} is not in {corpus}: give the corpus the store was built from")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--copies", type=int, nargs="+", default=[1, 4])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--corpus-store", type=Path,
                        help="a store made by `kg build CORPUS` (else built here)")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bench-resolve-"))
    try:
        corpus_store = args.corpus_store
        if corpus_store is None:
            corpus_store = tmp / "corpus"
            print("# building the corpus ...", file=sys.stderr, flush=True)
            subprocess.run([sys.executable, "-m", "kg", "build", str(args.corpus), "-q",
                            "--jobs", "2", "--store", str(corpus_store)], check=True, cwd=REPO)
        stores: list[tuple[int, Path]] = []
        from kg.store import open_store

        open_store(str(tmp / "empty")).close()
        stores.append((0, tmp / "empty"))
        for k in args.copies:
            started = time.perf_counter()
            n = copies(corpus_store, tmp / f"x{k}", k)
            print(f"# store of {n:,} articles made in {time.perf_counter() - started:.0f} s",
                  file=sys.stderr, flush=True)
            stores.append((n, tmp / f"x{k}"))
        added = {"invented": NEW_ARTICLE, "busiest": busiest(args.corpus, corpus_store)}
        for name, obj in added.items():
            (tmp / f"{name}.jsonl").write_text(json.dumps(obj, ensure_ascii=False) + "\n",
                                               encoding="utf-8")
        # warm up: gazetteers and models loaded once, outside the timings
        one_build(Path(shutil.copytree(tmp / "empty", tmp / "warm")), tmp / "invented.jsonl")
        for name in added:
            print(f"\n{name} article added to a store of | " + " | ".join(PHASES))
            for size, path in stores:
                runs: dict[str, list[float]] = defaultdict(list)
                for r in range(args.repeat):
                    copy = tmp / f"run-{r}"
                    shutil.copytree(path, copy)
                    times = one_build(copy, tmp / f"{name}.jsonl")
                    for phase in PHASES:
                        runs[phase].append(times.get(phase, 0.0))
                    shutil.rmtree(copy)
                print(f"{size:>23,} articles | " + " | ".join(
                    f"{statistics.median(runs[p]):.3f}" for p in PHASES), flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

if __name__ == "__main__":
    main()
