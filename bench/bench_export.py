#!/usr/bin/env python3
"""How long each ``kg export`` format takes, and how much memory, on a real store.

    python bench/bench_export.py [--store DIR | CORPUS.jsonl] [--formats gexf,html,...]

Without ``--store`` the corpus (default ``../shared/corpus/articles.jsonl``, read where it
is, never copied) is first built into a temporary store with ``kg build``. Every row runs
in a fresh process, one after the other, so its peak memory is its own:

- ``(store only)``: open the store and import every exporter, export nothing: the floor;
- ``(network)``: read the store into the network model (what every network format does
  first), no writing;
- one row per format (``kg.export.command.check`` + ``run``, as ``kg export`` does), and
  the charts with ``--focus``;
- ``networkx write_gexf (reference)``: the same network through a networkx DiGraph and
  ``nx.write_gexf`` (spells left out, values cleaned so that it can write at all), to show
  what the streaming writer saves.

Columns: **seconds** of the export call inside the process (imports excluded), the
**output** size, the **peak RSS** of the process (``ru_maxrss`` from ``wait4``) and the
same minus the ``(store only)`` row. Progress goes to stderr, the table to stdout.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "articles.jsonl"

CHILD = r"""
import json, os, sys, time
store_dir, fmt, output, focus = sys.argv[1:5]
from kg.store import open_store
import kg.export
from kg.export.command import check, run
from kg.export.network import NetworkOptions, build_network
with open_store(store_dir) as store:
    t = time.perf_counter()
    if fmt == "(store only)":
        pass
    elif fmt == "(network)":
        net = build_network(store)
    elif fmt == "networkx-gexf":
        import networkx as nx
        from kg.export._xml import clean
        net = build_network(store)
        g = nx.DiGraph()
        for n in net.nodes.values():
            r, gg, b = n.colour
            g.add_node(n.id, label=clean(n.label),
                       **{k: clean(v) if isinstance(v, str) else v for k, v in n.attrs.items()},
                       viz={"color": {"r": r, "g": gg, "b": b, "a": 1.0}, "size": n.size})
        for e in net.edges:
            g.add_edge(e.source, e.target, label=clean(e.label), weight=e.weight,
                       **{k: clean(v) if isinstance(v, str) else v for k, v in e.attrs.items()})
        nx.write_gexf(g, output)
    else:
        run(store, check(fmt, output, NetworkOptions.parse(focus=focus or None)), output)
    seconds = time.perf_counter() - t
size = 0
if os.path.isdir(output):
    size = sum(p.stat().st_size for p in __import__("pathlib").Path(output).iterdir())
elif os.path.exists(output):
    size = os.path.getsize(output)
print(json.dumps({"seconds": seconds, "bytes": size}))
"""

ROWS = [  # (label, format, file name, --focus)
    ("(store only)", "(store only)", "none", ""),
    ("(network)", "(network)", "none", ""),
    ("turtle", "turtle", "out.ttl", ""),
    ("trig", "trig", "out.trig", ""),
    ("nquads", "nquads", "out.nq", ""),
    ("jsonld", "jsonld", "out.jsonld", ""),
    ("gexf", "gexf", "out.gexf", ""),
    ("graphml", "graphml", "out.graphml", ""),
    ("csv (.zip)", "csv", "out.zip", ""),
    ("csv (directory)", "csv", "csv-dir", ""),
    ("popolo", "popolo", "out.popolo.json", ""),
    ("html", "html", "out.html", ""),
    ("html --focus", "html", "focus.html", "Thành ủy Hà Nội"),
    ("svg (every hierarchy)", "svg", "out.svg", ""),
    ("svg --focus", "svg", "focus.svg", "Thành ủy Hà Nội"),
    ("png --focus", "png", "focus.png", "Thành ủy Hà Nội"),
    ("networkx write_gexf (reference)", "networkx-gexf", "nx.gexf", ""),
]


def run_row(store: Path, fmt: str, output: Path, focus: str) -> tuple[dict[str, float], float]:
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(store), fmt, str(output), focus],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    out = proc.stdout.read().decode() if proc.stdout else ""
    err = proc.stderr.read().decode() if proc.stderr else ""
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{fmt} failed:\n{err}")
    return json.loads(out.strip().splitlines()[-1]), usage.ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(CORPUS))
    ap.add_argument("--store", help="an existing store (skips the build)")
    ap.add_argument("--formats", help="comma-separated row labels or formats to run")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        work = Path(tmp)
        if args.store:
            store = Path(args.store)
        else:
            store = work / "store"
            print(f"building {args.corpus} ...", file=sys.stderr)
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "kg", "build", args.corpus, "--store",
                            str(store), "--quiet"], check=True, cwd=ROOT)
            print(f"built in {time.perf_counter() - t:.1f} s", file=sys.stderr)
        stats = json.loads(subprocess.run(
            [sys.executable, "-m", "kg", "stats", "--format", "json", "--store", str(store)],
            check=True, capture_output=True, text=True, cwd=ROOT).stdout)
        wanted = set(args.formats.split(",")) if args.formats else None
        rows = [r for r in ROWS if wanted is None or r[0] in wanted or r[1] in wanted
                or r[0].startswith("(")]
        results = []
        for label, fmt, name, focus in rows:
            print(f"  {label} ...", file=sys.stderr)
            got, rss = run_row(store, fmt, work / name, focus)
            results.append((label, got, rss))
    base = results[0][2]
    print(f"# kg export on {stats['articles']:,} articles, {stats['triples']:,} triples "
          f"({stats['persons']:,} persons, {stats['bodies']:,} bodies, "
          f"{stats['events']:,} events)")
    print(f"# {platform.python_implementation()} {platform.python_version()}, "
          f"{os.cpu_count()} CPUs, {platform.machine()}")
    print()
    print("| format | seconds | output | peak RSS | over the store alone |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for label, got, rss in results:
        b = got["bytes"]
        size = "–" if not b else f"{b / 1048576:.1f} MiB" if b >= 1048576 else f"{b / 1024:.0f} KiB"
        print(f"| {label} | {got['seconds']:.2f} | {size} | {rss:.0f} MiB | "
              f"{rss - base:+.0f} MiB |")


if __name__ == "__main__":
    main()
