#!/usr/bin/env python3
"""Peak memory of a full ``kg build`` as the corpus grows.

    python bench/bench_memory.py [CORPUS.jsonl] [--copies 1 4 10] [--jobs 2]

For each ``--copies K``, writes the corpus K times over (ids of copy k renamed
``<id>~k``) and runs ``python -m kg build … --jobs N --quiet`` into a new store in a
process of its own; prints the articles, the wall seconds and the peak resident memory of
the largest process of the build (the main one, which writes the store and resolves;
each extraction worker is counted on its own, as ``getrusage`` of the children does).
A build streams, so the peak should follow the batch and the largest block of names,
not the corpus: the row of K=4 at most 1.5 times the row of K=1.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_cluster import multiply  # (bench/ is the script's folder, first on sys.path)

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "articles.jsonl"


def peak_of_build(source: Path, store: Path, jobs: int) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB) of one ``kg build`` in a child process."""
    code = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], check=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n")
    started = time.perf_counter()
    # a fresh process between this one and the build, so that the peak of one build is
    # not the peak of the one before
    out = subprocess.run(
        [sys.executable, "-c", code, sys.executable, "-m", "kg", "build", str(source), "-q",
         "--jobs", str(jobs), "--store", str(store)],
        check=True, cwd=REPO, capture_output=True, text=True).stdout
    return time.perf_counter() - started, int(out.split()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--copies", type=int, nargs="+", default=[1, 4])
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    print("copies | articles | seconds | peak RSS (MB)")
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        for k in args.copies:
            source = Path(tmp) / f"x{k}.jsonl"
            n = multiply(args.corpus, k, None, source)  # the corpus K times, ids renamed
            seconds, peak = peak_of_build(source, Path(tmp) / f"store-{k}", args.jobs)
            print(f"{k:>6} | {n:>8,} | {seconds:>7.0f} | {peak:>13.0f}", flush=True)
            source.unlink()


if __name__ == "__main__":
    main()
