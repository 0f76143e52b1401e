#!/usr/bin/env python3
"""Kill ``kg build`` with SIGKILL at random moments, resume it each time, and check that
it ends exactly where an uninterrupted build ends.

    python bench/kill_resume.py [CORPUS.jsonl] [--kills 10] [--seed S] [--jobs N]

CORPUS defaults to ``../shared/corpus/articles.jsonl`` relative to the repository root
(read where it is; the stores and outputs go to a temporary directory, removed at the
end). Steps:

1. the reference: ``python -m kg build CORPUS --store REF -o REF.nq``, timed (T seconds);
2. ``--kills`` times: the same build into one store T, with ``-o T.nq``, killed with
   SIGKILL after a random delay, one in each of ``--kills`` equal slices of
   [0.03 T, 1.0 T] taken in random order (so every phase is hit: start-up, extraction
   and writing, resolution, the derived graph, the export); after each kill:
   no process of the build is left, the store opens, its default graph is exactly the
   union of its named graphs, every article graph in it is whole (the same triples as in
   the reference, persons and memberships aside, whose IRIs resolution may not have
   settled yet), and ``T.nq`` is absent or complete. Run it on an idle machine: the
   moments are fractions of the reference's duration;
3. the resume: the same build once more, to the end; the store must then hold exactly
   the reference's quads (no blank nodes: set equality is isomorphism) and ``T.nq``
   must equal ``REF.nq``.

Prints one line per kill and the verdict; exit code 1 if anything differs.
"""
from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import pyoxigraph as ox  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "articles.jsonl"
BASE = "https://w3id.org/orgkg/id/"


def build(corpus: Path, store: Path, out: Path, jobs: int) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "KG_STORE"}
    return subprocess.Popen([sys.executable, "-m", "kg", "build", str(corpus), "--store",
                             str(store), "--jobs", str(jobs), "-o", str(out), "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                            cwd=REPO)


def build_to_the_end(corpus: Path, store: Path, out: Path, jobs: int) -> float | None:
    """A whole build's seconds, or None (its error printed) if it failed."""
    started = time.monotonic()
    proc = build(corpus, store, out, jobs)
    _, err = proc.communicate()
    if proc.returncode != 0:
        print(err.decode(), file=sys.stderr)
        return None
    return time.monotonic() - started


def read_store(store: Path) -> tuple[set[str], bool]:
    """The named graphs' quads as N-Quads lines, and whether the default graph is their
    union. The store is opened normally (read-write), which also proves it opens."""
    s = ox.Store(str(store))
    named: set[str] = set()
    named_triples: set[str] = set()
    default: set[str] = set()
    for q in s:
        if isinstance(q.graph_name, ox.DefaultGraph):
            default.add(str(q.triple))
        else:
            named.add(str(q) + " .")
            named_triples.add(str(q.triple))
    del s
    return named, default == named_triples


def read_nquads(path: Path) -> set[str]:
    return {str(q) + " ." for q in ox.parse(path=path, format=ox.RdfFormat.N_QUADS)}


def graph_of(line: str) -> str:
    return line.rstrip(" .").rsplit(" ", 1)[-1]


def signature(lines: set[str]) -> dict[str, Counter[str]]:
    """Per article graph, its quads with person and membership IRIs blanked out (those
    are what resolution renames)."""
    out: dict[str, Counter[str]] = {}
    for line in lines:
        g = graph_of(line)
        if "/article/" not in g:
            continue
        parts = []
        for term in line.split(" "):
            if term.startswith(f"<{BASE}person/"):
                term = "<P>"
            elif term.startswith(f"<{BASE}membership/"):
                term = "<M>"
            parts.append(term)
        out.setdefault(g, Counter())[" ".join(parts)] += 1
    return out


def survivors(store: Path) -> list[int]:
    found = []
    for pid in os.listdir("/proc"):
        if pid.isdigit() and int(pid) != os.getpid():
            try:
                if os.fsencode(store) in Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0"):
                    found.append(int(pid))
            except OSError:
                pass
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--kills", type=int, default=10)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(10**6)
    rnd = random.Random(seed)
    ok = True
    with tempfile.TemporaryDirectory(prefix="kg-kill-") as tmp:
        root = Path(tmp)
        ref_store, ref_out = root / "reference", root / "reference.nq"
        duration = build_to_the_end(args.corpus, ref_store, ref_out, args.jobs)
        if duration is None:
            return 1
        reference, union_ok = read_store(ref_store)
        ref_signature = signature(reference)
        print(f"corpus: {args.corpus}; --jobs {args.jobs}; seed {seed}")
        print(f"reference build: {duration:.1f} s, {len(reference):,} quads in "
              f"{len({graph_of(x) for x in reference}):,} graphs, "
              f"{len(ref_signature):,} articles")

        store, out = root / "store", root / "out.nq"
        width = 0.97 / args.kills
        moments = [rnd.uniform(0.03 + i * width, 0.03 + (i + 1) * width) * duration
                   for i in range(args.kills)]
        rnd.shuffle(moments)
        for k, delay in enumerate(moments, 1):
            proc = build(args.corpus, store, out, args.jobs)
            time.sleep(delay)
            finished = proc.poll() is not None
            proc.kill()
            proc.wait()
            time.sleep(0.3)
            problems = []
            if finished:
                problems.append("the build ended before the kill")
            left = survivors(store)
            if left:
                problems.append(f"processes left: {left}")
            articles = whole = 0
            in_step = True
            if store.exists():
                try:
                    lines, in_step = read_store(store)
                except OSError as e:
                    lines, in_step = set(), False
                    problems.append(f"the store does not open: {e}")
                if not in_step:
                    problems.append("the default graph is not the union of the named graphs")
                sig = signature(lines)
                articles = len(sig)
                whole = sum(1 for g, c in sig.items() if ref_signature.get(g) == c)
                if whole != articles:
                    problems.append(f"{articles - whole} article graph(s) not whole")
            out_state = "absent"
            if out.exists():
                out_state = "complete" if read_nquads(out) == reference else "DIFFERENT"
                if out_state != "complete":
                    problems.append("-o file is not the complete dataset")
            temporary = len([p for p in root.iterdir() if p.name.startswith(".out.nq.")])
            print(f"kill {k:2d} at {delay:5.1f} s ({delay / duration:4.0%} of the reference): "
                  f"{articles:5,} article graphs in the store, "
                  f"{whole:5,} whole; default graph = union: {in_step}; "
                  f"-o file {out_state}; temporary -o files left by SIGKILL: {temporary}"
                  + (f"  PROBLEM: {'; '.join(problems)}" if problems else ""))
            ok = ok and not [p for p in problems if "ended before" not in p]

        resume = build_to_the_end(args.corpus, store, out, args.jobs)
        if resume is None:
            return 1
        final, in_step = read_store(store)
        same = final == reference
        same_out = read_nquads(out) == read_nquads(ref_out)
        print(f"resume: {resume:.1f} s; {len(final):,} quads; identical to the uninterrupted "
              f"build (set of quads, hence isomorphic): {same}; default graph = union: "
              f"{in_step}; -o file identical: {same_out}")
        if not same:
            print(f"    missing {len(reference - final)}, extra {len(final - reference)}")
            for line in sorted(reference - final)[:5]:
                print(f"    - {line}")
            for line in sorted(final - reference)[:5]:
                print(f"    + {line}")
        ok = ok and same and in_step and same_out
    print("verdict:", "OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
