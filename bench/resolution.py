"""Entity resolution across articles: how many people of several articles became one node.

    python bench/resolution.py ../shared/eval/dev/articles.jsonl [--shuffled-runs]

Builds the articles into a fresh store (all at once, and with --shuffled-runs also one
`kg build` run per article in a random order), then prints, for the names that occur in
two or more articles: how many names, how many person nodes they became, and every name
that became several nodes (with the reason recorded for keeping them apart), so a reader
can judge each split. It also checks the shuffled store is isomorphic to the one-shot one.
"""
from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from rdflib import Dataset

QUERY = """
SELECT ?person ?name ?id WHERE { GRAPH ?g { ?g schema:identifier ?id .
  ?person a foaf:Person ; foaf:name ?name } }"""
REASONS = "SELECT ?person ?reason WHERE { ?d orgkg:resolvedEntity ?person ; orgkg:reason ?reason }"


def kg(*args: str) -> str:
    return subprocess.run([sys.executable, "-m", "kg", *args], check=True, capture_output=True,
                          text=True).stdout


def report(store: str) -> dict[str, set[str]]:
    rows = [line.split(",", 2) for line in kg("query", QUERY, "--format", "csv", "--store",
                                                store).splitlines()[1:]]
    by_name: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for person, name, art in rows:
        by_name[name.strip('"').lower()][person].add(art)
    return {n: set(nodes) for n, nodes in by_name.items()
            if len(set().union(*nodes.values())) >= 2}


def quads(store: str, tmp: Path, name: str) -> set[tuple]:
    """The store's statements with their graph (the graphs hold no blank nodes, so equal
    sets of quads are isomorphic datasets)."""
    out = tmp / f"{name}.nq"
    kg("export", "--format", "nquads", "-o", str(out), "--store", store)
    ds = Dataset()
    ds.parse(out, format="nquads")
    return {(s, p, o, g) for s, p, o, g in ds.quads()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles")
    ap.add_argument("--shuffled-runs", action="store_true")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp_:
        tmp = Path(tmp_)
        one = str(tmp / "one")
        kg("build", a.articles, "--store", one, "--quiet")
        multi = report(one)
        names, nodes = len(multi), sum(len(v) for v in multi.values())
        print(f"names in >= 2 articles: {names}; person nodes for them: {nodes}")
        reasons = defaultdict(set)
        for line in kg("query", REASONS, "--format", "tsv", "--store", one).splitlines()[1:]:
            person, reason = line.split("\t", 1)
            reasons[person.strip("<>")].add(reason.strip('"'))
        for name, persons in sorted(multi.items()):
            if len(persons) > 1:
                print(f"  split: {name}: " + "; ".join(
                    f"{p.rsplit('/person/', 1)[-1]} ({' | '.join(sorted(reasons[p]))[:160]})"
                    for p in sorted(persons)))
        if a.shuffled_runs:
            lines = [ln for ln in Path(a.articles).read_text(encoding="utf-8").splitlines()
                     if ln.strip()]
            random.Random(a.seed).shuffle(lines)
            shuffled = str(tmp / "shuffled")
            for i, line in enumerate(lines):
                part = tmp / f"a{i}.jsonl"
                part.write_text(line + "\n", encoding="utf-8")
                kg("build", str(part), "--store", shuffled, "--quiet", "--jobs", "1")
            a_, b_ = quads(one, tmp, "one"), quads(shuffled, tmp, "shuffled")
            same = a_ == b_
            if not same:
                for q in sorted(map(str, a_ ^ b_))[:20]:
                    print("  differs:", q)
            print(f"one run per article, {len(lines)} runs in random order (seed {a.seed}): "
                  f"{'isomorphic to' if same else 'DIFFERENT from'} the one-shot build")
            return 0 if same else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
