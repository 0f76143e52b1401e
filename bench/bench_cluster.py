#!/usr/bin/env python3
"""``kg build --cluster`` next to ``kg build --jobs N`` on the same machine, same run.

    python bench/bench_cluster.py [CORPUS.jsonl] [--copies 4] [--workers 2] [--limit N]

CORPUS (default ``../shared/corpus/articles.jsonl``, read where it is) is written
``--copies`` times into one .jsonl in a temporary directory, each copy's ids renamed
(``id~k``), so the articles are distinct. Then, one after the other:

  (a) local     ``python -m kg build BIG --jobs W -q -o local.nq`` (W = --workers);
  (b) cluster   a ``dask scheduler`` and W ``dask worker --nthreads 1 --nworkers 1``
                processes on this machine, then ``python -m kg build BIG --cluster ADDR
                -q -o cluster.nq``; the workers start cold, as they would for a first
                build (their start-up before the build is not counted, their imports are).

Both rows run the same code: a copy of ``kg/``, ``data/`` and ``ontology/`` taken at the
start (``PYTHONPATH``), so edits made to the working tree during the run change nothing.
Each row is the wall time of the whole ``kg build`` process (reading, extraction, the
store, resolution, the derived graph, the export). Printed: seconds and articles/s of
both, the cluster's rate as a multiple of the local one, and whether the two exported
datasets are equal (as sets of N-Quads lines: the dataset has no blank nodes). Nothing is
written outside the temporary directory, which is removed at the end.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "articles.jsonl"


def multiply(corpus: Path, copies: int, limit: int | None, out: Path) -> int:
    n = 0
    with corpus.open(encoding="utf-8") as f:
        lines = [line for line in f if line.strip()][:limit]
    with out.open("w", encoding="utf-8") as w:
        for k in range(copies):
            for line in lines:
                obj = json.loads(line)
                obj["id"] = f"{obj.get('id')}~{k}"
                w.write(json.dumps(obj, ensure_ascii=False) + "\n")
                n += 1
    return n


#: the environment of every process: the copy of the code (see snapshot)
ENV: dict[str, str] = dict(os.environ)


def snapshot(tmp: Path) -> Path:
    """The code as it is now, where edits to the working tree cannot reach it."""
    code = tmp / "code"
    for name in ("kg", "data", "ontology"):
        shutil.copytree(REPO / name, code / name,
                        ignore=shutil.ignore_patterns("__pycache__"))
    ENV["PYTHONPATH"] = str(code)
    return code


def timed_build(args: list[str]) -> tuple[float, int]:
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "kg", "build", *args],
                            cwd=ENV["PYTHONPATH"], env=ENV, check=False)
    return time.perf_counter() - started, result.returncode


def start(command: list[str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True, cwd=ENV["PYTHONPATH"], env=ENV)


def stop(process: subprocess.Popen[bytes]) -> None:
    for sig in (signal.SIGTERM, signal.SIGKILL):
        if process.poll() is not None:
            return
        try:
            os.killpg(process.pid, sig)
            process.wait(timeout=10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            pass


def cluster_build(tmp: Path, big: Path, workers: int) -> tuple[float, int]:
    from distributed import Client

    dask = [sys.executable, "-m", "dask"]
    scheduler_file = tmp / "scheduler.json"
    procs = [start([*dask, "scheduler", "--host", "127.0.0.1", "--port", "0",
                    "--no-dashboard", "--scheduler-file", str(scheduler_file)],
                   tmp / "scheduler.log")]
    try:
        while not scheduler_file.exists():
            time.sleep(0.1)
        time.sleep(0.2)
        address = json.loads(scheduler_file.read_text())["address"]
        for i in range(workers):
            procs.append(start([*dask, "worker", address, "--nthreads", "1", "--nworkers", "1",
                                "--no-dashboard", "--local-directory", str(tmp)],
                               tmp / f"worker-{i}.log"))
        with Client(address, set_as_default=False) as client:
            client.wait_for_workers(workers, timeout=120)
        return timed_build([str(big), "-q", "--cluster", address, "--store",
                            str(tmp / "cluster-store"), "-o", str(tmp / "cluster.nq")])
    finally:
        for p in reversed(procs):
            stop(p)


def lines(path: Path) -> set[str]:
    with path.open(encoding="utf-8") as f:
        return {line for line in f if line.strip()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--copies", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--limit", type=int, default=None, help="first N articles of CORPUS")
    parser.add_argument("--keep", action="store_true",
                        help="keep the temporary directory (the stores, the two .nq files)")
    args = parser.parse_args()

    from importlib import metadata

    tmp = Path(tempfile.mkdtemp(prefix="bench-cluster-"))
    try:
        snapshot(tmp)
        big = tmp / "big.jsonl"
        n = multiply(args.corpus, args.copies, args.limit, big)
        print(f"# {n} articles ({args.copies} x {args.corpus.name}), {os.cpu_count()} CPUs, "
              f"Python {platform.python_version()}, distributed "
              f"{metadata.version('distributed')}, load {os.getloadavg()[0]:.2f}",
              flush=True)
        local_s, local_rc = timed_build([str(big), "-q", "--jobs", str(args.workers),
                                         "--store", str(tmp / "local-store"),
                                         "-o", str(tmp / "local.nq")])
        print(f"local   --jobs {args.workers}:        {local_s:8.1f} s  "
              f"{n / local_s:7.1f} articles/s  (exit {local_rc})", flush=True)
        cluster_s, cluster_rc = cluster_build(tmp, big, args.workers)
        print(f"cluster {args.workers} workers x 1 thread: {cluster_s:8.1f} s  "
              f"{n / cluster_s:7.1f} articles/s  (exit {cluster_rc})", flush=True)
        equal = lines(tmp / "local.nq") == lines(tmp / "cluster.nq")
        print(f"cluster / local rate: {local_s / cluster_s:.2f}; datasets equal: "
              f"{'yes' if equal else 'NO'}; load {os.getloadavg()[0]:.2f}")
        if not equal:
            sys.exit(1)
    finally:
        if args.keep:
            print(f"# kept {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
