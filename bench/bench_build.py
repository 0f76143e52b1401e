#!/usr/bin/env python3
"""How fast ``kg build`` is, next to the floor set by Vietnamese word segmentation.

    python bench/bench_build.py [CORPUS.jsonl] [--limit N] [--jobs 1,2]

CORPUS defaults to ``../shared/corpus/articles.jsonl`` relative to the repository root
(it is read where it is, never copied). Every row runs in its own process, so its peak
memory is its own:

  (a) tokenize   underthesea ``word_tokenize`` alone over the same article texts (title
                 and body as ``kg.ingest`` reads them), one core: the floor for any
                 pipeline that segments words;
  (b) extract    ``extract`` + ``article_ntriples`` (the article's N-Triples), no store,
                 one process (what one ``kg build`` worker does);
  (c) build -jN  ``python -m kg build CORPUS --store <fresh temp dir> --jobs N --quiet``,
                 everything included: start-up, reading, extraction, store, derived graph.

Columns: wall seconds (a and b: the timed loop, after imports and the first call have
warmed up; c: the whole process), articles/s and characters/s, the peak resident memory
of the largest process (``ru_maxrss`` of the finished process tree) and the peak of the
whole tree (the sum of the proportional set sizes, PSS, of the process and its
descendants, sampled every 0.1 s, so a worker pool counts once per worker), and each
row's time and tree memory as a multiple of row (a). The header gives the machine, the
library versions, and the speed-up a trivial CPU-bound process pool gets on it (the ceiling
for ``--jobs``: a VM that reports 2 CPUs may deliver much less than twice one).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from importlib import metadata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "articles.jsonl"


# ---------------------------------------------------------------------------------------
# stages, each run in a child process: ``bench_build.py _stage NAME CORPUS LIMIT``


def _articles(corpus: str, limit: int | None) -> list:
    from kg.ingest import iter_articles

    errors: list = []
    out = []
    for article in iter_articles([corpus], on_error=errors.append):
        out.append(article)
        if limit is not None and len(out) >= limit:
            break
    return out


def _texts(articles: list) -> list[str]:
    return [(a.title + "\n" if a.title else "") + a.text for a in articles]


def _stage_tokenize(corpus: str, limit: int | None) -> dict:
    from underthesea import word_tokenize

    texts = _texts(_articles(corpus, limit))
    word_tokenize("Bí thư Huyện ủy Trần Văn Bình chủ trì hội nghị.")  # load the model
    started = time.perf_counter()
    words = sum(len(word_tokenize(t)) for t in texts)
    return {"seconds": time.perf_counter() - started, "articles": len(texts),
            "chars": sum(map(len, texts)), "words": words}


def _stage_extract(corpus: str, limit: int | None) -> dict:
    from kg.extract.gazetteer import load
    from kg.extract.pipeline import extract
    from kg.rdf.build import IriMinter, article_ntriples

    articles = _articles(corpus, limit)
    iris = IriMinter()
    gz = load()
    if articles:  # warm up: gazetteer, underthesea models
        article_ntriples(extract(articles[0], gz), iris)
    started = time.perf_counter()
    triples = 0
    for a in articles:
        _, ntriples = article_ntriples(extract(a, gz), iris)  # as a build's worker does
        triples += ntriples.count("\n")
    return {"seconds": time.perf_counter() - started, "articles": len(articles),
            "chars": sum(map(len, _texts(articles))), "triples": triples}


STAGES = {"tokenize": _stage_tokenize, "extract": _stage_extract}


def _burn(n: int) -> int:
    s = 0
    for i in range(n):
        s += i * i
    return s


def parallel_ceiling(jobs: int, tasks: int = 8, size: int = 2_000_000) -> float:
    """How much faster ``jobs`` processes run a pure-Python CPU loop than one process.

    Virtual machines often report more CPUs than they deliver; this is the best speed-up
    ``kg build --jobs N`` could hope for on this machine.
    """
    import multiprocessing

    ctx = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    times = []
    for n in (1, jobs):
        started = time.perf_counter()
        with ctx.Pool(n) as pool:
            pool.map(_burn, [size] * tasks)
        times.append(time.perf_counter() - started)
    return times[0] / times[1]


# ---------------------------------------------------------------------------------------
# measuring a child process: wall time, ru_maxrss, sampled PSS of the tree


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(p) for p in f.read().split()]
    except OSError:
        return []


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(_children(p))
    return out


def _pss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _measure(cmd: list[str]) -> dict:
    """Run ``cmd``; its wall time, its stdout, and the peak memory of its process tree."""
    peak = [0]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.1):
            peak[0] = max(peak[0], sum(_pss_kib(p) for p in _tree(proc.pid)))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    return {"wall": wall, "stdout": out, "stderr": err, "returncode": proc.returncode,
            "tree_kib": peak[0]}


def _maxrss_wrapper(cmd: list[str]) -> list[str]:
    """``cmd`` run by a tiny Python parent that prints its children's ru_maxrss last.

    RUSAGE_CHILDREN is a running maximum over every child a process ever waited for, so
    each measured command gets a parent of its own.
    """
    code = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]); "
            "print('MAXRSS', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); "
            "sys.exit(r.returncode)")
    return [sys.executable, "-c", code, *cmd]


def run_row(cmd: list[str]) -> dict:
    m = _measure(_maxrss_wrapper(cmd))
    if m["returncode"] != 0:
        raise SystemExit(f"bench: {' '.join(cmd)} failed ({m['returncode']}):\n{m['stderr']}")
    lines = m["stdout"].strip().splitlines()
    m["maxrss_kib"] = int(lines[-1].split()[1])
    m["report"] = json.loads(lines[-2]) if len(lines) > 1 else {}
    return m


# ---------------------------------------------------------------------------------------
# the table


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def _mib(kib: float) -> str:
    return f"{kib / 1024:,.0f} MiB"


def _subset(corpus: Path, limit: int | None, tmp: Path) -> Path:
    """The corpus itself, or its first ``limit`` lines in a temporary file."""
    if limit is None:
        return corpus
    part = tmp / f"first-{limit}.jsonl"
    with corpus.open(encoding="utf-8") as src, part.open("w", encoding="utf-8") as dst:
        for n, line in enumerate(src):
            if n >= limit:
                break
            dst.write(line)
    return part


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["_stage"]:
        name, corpus, limit = argv[1], argv[2], (int(argv[3]) if argv[3] != "-" else None)
        print(json.dumps(STAGES[name](corpus, limit)))
        return 0

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS,
                    help=f"a .jsonl corpus (default {DEFAULT_CORPUS})")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--jobs", default="1,2", help="kg build --jobs values (default 1,2)")
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        ap.error(f"{args.corpus}: no such file; give the path of articles.jsonl")
    jobs = [int(j) for j in args.jobs.split(",") if j.strip()]

    load_before = " ".join(f"{x:.2f}" for x in os.getloadavg())
    me = str(Path(__file__).resolve())
    limit = str(args.limit) if args.limit is not None else "-"
    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    rows: list[tuple[str, dict]] = []
    try:
        source = _subset(args.corpus, args.limit, tmp)
        for name in STAGES:
            print(f"bench: running {name} ...", file=sys.stderr, flush=True)
            rows.append((name, run_row([sys.executable, me, "_stage", name, str(source),
                                        "-"])))
        base = rows[0][1]["report"]
        for j in jobs:
            print(f"bench: running kg build --jobs {j} ...", file=sys.stderr, flush=True)
            store = tmp / f"store-j{j}"
            m = run_row([sys.executable, "-m", "kg", "build", str(source), "--store",
                         str(store), "--jobs", str(j), "--quiet"])
            m["report"] = {"seconds": m["wall"], "articles": base["articles"],
                           "chars": base["chars"]}
            rows.append((f"build -j{j}", m))
            shutil.rmtree(store, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"corpus   {args.corpus}" + (f" (first {args.limit})" if args.limit else ""))
    print(f"machine  {os.cpu_count()} CPUs, {platform.machine()}, {platform.system()} "
          f"{platform.release()}; load average {load_before} before, "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())} after (other work skews the rows)")
    top = max(jobs)
    if top > 1:
        print(f"parallel a pure-Python CPU loop runs {parallel_ceiling(top):.2f}x faster on "
              f"{top} processes than on 1 (the ceiling for --jobs {top} here)")
    print(f"python   {platform.python_version()} ({platform.python_implementation()})")
    print(f"versions underthesea {_version('underthesea')}, pyoxigraph {_version('pyoxigraph')}, "
          f"rdflib {_version('rdflib')}, orgkg {_version('orgkg')}")
    a = rows[0][1]
    print(f"input    {a['report']['articles']:,} articles, {a['report']['chars']:,} characters, "
          f"{a['report'].get('words', 0):,} words")
    print()
    head = ("row", "seconds", "articles/s", "chars/s", "max RSS", "tree PSS", "time ÷ (a)",
            "PSS ÷ (a)")
    table = [head]
    labels = {"tokenize": "(a) word_tokenize, 1 core", "extract": "(b) extract + RDF, -j1"}
    for name, m in rows:
        r = m["report"]
        secs = r["seconds"]
        table.append((
            labels.get(name, f"(c) kg {name}"), f"{secs:,.1f}",
            f"{r['articles'] / secs:,.1f}", f"{r['chars'] / secs:,.0f}",
            _mib(m["maxrss_kib"]), _mib(m["tree_kib"]),
            f"{secs / a['report']['seconds']:.2f}", f"{m['tree_kib'] / a['tree_kib']:.2f}",
        ))
    widths = [max(len(row[i]) for row in table) for i in range(len(head))]
    for k, row in enumerate(table):
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]
        print("  ".join(cells))
        if k == 0:
            print("  ".join("-" * w for w in widths))
    return 0


if __name__ == "__main__":
    sys.exit(main())
