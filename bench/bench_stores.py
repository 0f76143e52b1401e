"""Stores side by side on a synthetic organisational graph shaped like orgkg's.

    python bench/bench_stores.py [--sizes 10000,100000,1000000] [--serve] [--sparql URL]

For each size it makes one dataset with bench/synthetic.py (made-up articles' facts turned
into RDF by orgkg's own code, so persons, nested bodies, memberships with their date
intervals, events with participants, one named graph per article, and the resolution and
derived graphs have exactly the shape `kg build` gives them; the per-article counts follow
the corpus), then on each store: loads it, exports Turtle and TriG, and runs five typical
queries (median of 5 runs; 3 for rdflib at 1M), checking that every store returns the
same rows.

Stores: orgkg's embedded store (pyoxigraph on disk, through kg.store); the same opened
with memory=True (queries read its copy of the union in memory; its load includes making
that copy); rdflib's in-memory Dataset (the reference); with --serve, `kg serve` over a
bulk-loaded directory, queried over HTTP; and a SPARQL server when --sparql is given
(start Virtuoso with scripts/virtuoso.sh start). Prints one table with the machine and
the versions.
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib import Dataset

from kg.errors import KgError
from kg.store import server as kg_server
from kg.store import open_store
from kg.store.base import PREFIX_IRIS

sys.path.insert(0, str(Path(__file__).parent))
import synthetic  # noqa: E402

QUERIES = {
    "holders of a post on a date": """
SELECT ?name ?from ?to WHERE {
  ?b skos:prefLabel "Tỉnh ủy Nghệ An"@vi .
  ?r skos:prefLabel "Bí thư"@vi .
  ?m org:organization ?b ; org:role ?r ; org:member ?p ; org:memberDuring ?i .
  ?i time:hasBeginning ?begin ; time:hasEnd ?end .
  ?begin time:inXSDDate ?from . ?end time:inXSDDate ?to .
  ?p foaf:name ?name .
  FILTER(?from <= "2019-06-30"^^xsd:date && "2019-06-30"^^xsd:date <= ?to)
} ORDER BY ?name""",
    "members of a body and its sub-bodies": """
SELECT DISTINCT ?name WHERE {
  ?top skos:prefLabel "Đảng bộ tỉnh Quảng Nam"@vi .
  ?b org:subOrganizationOf* ?top .
  ?m org:organization ?b ; org:member/foaf:name ?name .
} ORDER BY ?name""",
    "persons per body": """
SELECT ?label (COUNT(DISTINCT ?p) AS ?n) WHERE {
  ?m org:organization ?b ; org:member ?p . ?b skos:prefLabel ?label .
} GROUP BY ?label ORDER BY DESC(?n) ?label LIMIT 50""",
    "co-attendance of events": """
SELECT ?a ?b (COUNT(DISTINCT ?e) AS ?n) WHERE {
  ?e schema:attendee|orgkg:chair|orgkg:speaker|orgkg:presenter ?a , ?b .
  FILTER(STR(?a) < STR(?b))
} GROUP BY ?a ?b HAVING(COUNT(DISTINCT ?e) > 1) ORDER BY DESC(?n) ?a ?b LIMIT 50""",
    "label search": """
SELECT DISTINCT ?p ?name WHERE { ?p foaf:name ?name . FILTER(CONTAINS(?name, "Văn Hùng")) }
ORDER BY ?name""",
}


def prologue() -> str:
    return "".join(f"PREFIX {p}: <{i}>\n" for p, i in PREFIX_IRIS.items())


def median_ms(run: Callable[[], object], repeat: int = 5) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = run()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), result


def rows_of(result) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    return [tuple(str(v) for v in row) for row in result]


class RdflibSide:
    name = "rdflib Memory"

    def load(self, path: Path) -> None:
        self.ds = Dataset(default_union=True)
        self.ds.parse(path, format="nquads")

    def export(self, tmp: Path) -> None:
        self.ds.serialize(tmp / "out-rdflib.trig", format="trig")
        g = rdflib.Graph()
        for s, p, o, _ in self.ds.quads():
            g.add((s, p, o))
        g.serialize(tmp / "out-rdflib.ttl", format="turtle")

    def query(self, q: str) -> list[tuple[str, ...]]:
        return rows_of(self.ds.query(prologue() + q))


class KgSide:
    def __init__(self, name: str, location: str, memory: bool = False) -> None:
        self.name, self.location, self.memory = name, location, memory

    def load(self, path: Path) -> None:
        self.store = open_store(self.location, memory=self.memory)
        self.store.bulk_load(path)

    def export(self, tmp: Path) -> None:
        for fmt, ext in (("trig", "trig"), ("turtle", "ttl")):
            with open(tmp / f"out-{self.name}.{ext}", "wb") as fh:
                self.store.dump(fmt, fh)

    def query(self, q: str) -> list[tuple[str, ...]]:
        return rows_of(self.store.query(q).rows)


class ServeSide(KgSide):
    """`kg serve` over a bulk-loaded directory, queried over HTTP by kg's server client
    (load: the bulk load and the server's start, its copy of the union included)."""

    def __init__(self, location: str) -> None:
        super().__init__("kg serve", location)

    def load(self, path: Path) -> None:
        store = open_store(self.location)
        store.bulk_load(path)
        store.close()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kg", "serve", "--store", self.location, "--port", "0"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        assert self.proc.stdout is not None
        self.store = open_store(self.proc.stdout.readline().strip())

    def export(self, tmp: Path) -> None:
        raise NotImplementedError("kg serve answers queries; kg export reads the directory")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--sparql", help="a SPARQL server endpoint to compare (its orgkg graphs "
                                     "are replaced)")
    ap.add_argument("--no-rdflib-above", type=int, default=1_000_000,
                    help="skip rdflib above this size (it needs minutes and GBs at 1M)")
    ap.add_argument("--no-rdflib-export-above", type=int, default=100_000,
                    help="skip rdflib's export above this size (half an hour at 1M)")
    ap.add_argument("--server-timeout", type=float, default=60.0, metavar="SECONDS",
                    help="give up on a server's query after this long (default 60)")
    ap.add_argument("--serve", action="store_true",
                    help="also query a `kg serve` endpoint over HTTP")
    a = ap.parse_args()
    load_timeout = kg_server._TIMEOUT
    print(f"machine: {os.cpu_count()} CPUs, {platform.machine()}, {platform.platform()}; "
          f"python {platform.python_version()}; pyoxigraph {ox.__version__}, rdflib "
          f"{rdflib.__version__}; load average {os.getloadavg()}")
    failures: list[str] = []
    header = f"{'triples':>9} {'store':<15} {'load s':>7} {'export s':>8} " + " ".join(
        f"{k[:14]:>15}" for k in QUERIES) + "  (query medians in ms)"
    print(header)
    for size in map(int, a.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp_:
            tmp = Path(tmp_)
            data = tmp / "data.nq"
            quads = synthetic.dataset(size, data)
            sides: list = [KgSide("embedded", str(tmp / "store")),
                           KgSide("embedded+memory", str(tmp / "store-m"), memory=True)]
            if size <= a.no_rdflib_above:
                sides.append(RdflibSide())
            if a.serve:
                sides.append(ServeSide(str(tmp / "store-s")))
            if a.sparql:
                sides.append(KgSide("sparql server", a.sparql))
            reference: dict[str, list] = {}
            for side in sides:
                t = time.perf_counter()
                side.load(data)
                load_s = time.perf_counter() - t
                if isinstance(side, ServeSide) or (
                        isinstance(side, RdflibSide) and size > a.no_rdflib_export_above):
                    export_s = float("nan")
                else:
                    t = time.perf_counter()
                    side.export(tmp)
                    export_s = time.perf_counter() - t
                cells = []
                kg_server._TIMEOUT = a.server_timeout     # for queries, not for the load
                for qname, q in QUERIES.items():
                    # rdflib takes seconds per query at 1M: three runs there, five elsewhere
                    runs = 3 if isinstance(side, RdflibSide) and size >= 1_000_000 else 5
                    try:
                        ms, rows = median_ms(lambda: side.query(q), runs)
                    except KgError as e:
                        # a server that gives up (or is given up on) is a figure too
                        cells.append(f"{'failed':>13}{'!':2}")
                        failures.append(f"{quads:,} {side.name}, {qname}: {e.message[:160]}")
                        continue
                    # the same rows; the order of ties and of strings under ORDER BY follows
                    # each engine's collation, so rows are compared as sorted lists
                    reference.setdefault(qname, sorted(rows))
                    same = "" if sorted(rows) == reference[qname] else " ≠"
                    cells.append(f"{ms:>13.1f}{same:2}")
                kg_server._TIMEOUT = load_timeout
                print(f"{quads:>9,} {side.name:<15} {load_s:>7.2f} {export_s:>8.2f} "
                      + " ".join(cells), flush=True)
                if isinstance(side, ServeSide):
                    side.stop()
    print("≠ marks a result that differs from the first store's; nan: not measured; "
          "! failed:" if failures else "≠ marks a result that differs from the first "
          "store's; nan: not measured")
    for line in failures:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
