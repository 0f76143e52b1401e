"""Stores side by side on a synthetic organisational graph shaped like orgkg's.

    python bench/bench_stores.py [--sizes 10000,100000,1000000] [--sparql URL] [--no-rdflib-above N]

For each size it generates one dataset (persons, nested bodies, memberships with dates,
events with attendees, one named graph per article), then on each store: loads it, exports
Turtle and TriG, and runs five typical queries (median of 5 runs), checking that every
store returns the same rows. Stores: orgkg's embedded store (pyoxigraph on disk, through
kg.store), rdflib's in-memory Dataset (the reference), and a SPARQL server when --sparql
is given (start Virtuoso with scripts/virtuoso.sh start). Prints one table with the
machine and the versions.
"""
from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib import Dataset

from kg.store import open_store
from kg.store.base import PREFIX_IRIS

BASE = "https://w3id.org/orgkg/id/"
ORG, FOAF, SKOS = "http://www.w3.org/ns/org#", "http://xmlns.com/foaf/0.1/", \
    "http://www.w3.org/2004/02/skos/core#"
SCHEMA, ORGKG, TIME = "https://schema.org/", "https://w3id.org/orgkg#", "http://www.w3.org/2006/time#"
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SURNAMES = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương".split()
MIDDLE = "Văn Thị Hữu Đức Minh Quốc Thanh Ngọc".split()
GIVEN = "An Bình Cường Dũng Hà Hải Hùng Lan Long Mai Nam Phong Quang Sơn Tâm Thảo Trung Tuấn Vân".split()
ROLES = ["Bí thư", "Phó Bí thư", "Chủ tịch", "Phó Chủ tịch", "Ủy viên", "Trưởng ban", "Giám đốc"]
PROVINCES = ["Nghệ An", "Hà Tĩnh", "Quảng Nam", "Thái Bình", "Lâm Đồng", "Kon Tum", "Bắc Ninh",
             "Đồng Nai", "Cà Mau", "Lạng Sơn"]


def iri(kind: str, *parts: object) -> str:
    return f"<{BASE}{kind}/" + "/".join(str(p) for p in parts) + ">"


def lit(text: str, lang: str | None = None) -> str:
    text = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"@{lang}' if lang else f'"{text}"'


def date_lit(d: str) -> str:
    return f'"{d}"^^<{XSD_DATE}>'


def generate(target: int, seed: int = 1) -> str:
    """N-Quads of about ``target`` statements."""
    rnd = random.Random(seed)
    lines: list[str] = []
    bodies: list[tuple[str, str]] = []
    for p, prov in enumerate(PROVINCES):
        top = iri("org", "tinh-uy", p)
        bodies.append((top, f"Tỉnh ủy {prov}"))
        for k in range(40):
            bodies.append((iri("org", "ban", p, k), f"Ban {k} Tỉnh ủy {prov}"))
            for j in range(5):
                bodies.append((iri("org", "phong", p, k, j), f"Phòng {j} Ban {k} Tỉnh ủy {prov}"))
    parent = {b: None for b, _ in bodies}
    for b, label in bodies:
        if "/ban/" in b:
            parent[b] = iri("org", "tinh-uy", b.split("/")[-2])
        elif "/phong/" in b:
            parts = b.strip(">").split("/")
            parent[b] = iri("org", "ban", parts[-3], parts[-2])
    tiers = ([b for b in bodies if "/tinh-uy/" in b[0]], [b for b in bodies if "/ban/" in b[0]],
             [b for b in bodies if "/phong/" in b[0]])
    n_people = max(50, target // 60)
    people = [(iri("person", i), f"{rnd.choice(SURNAMES)} {rnd.choice(MIDDLE)} "
               f"{rnd.choice(GIVEN)} {i}") for i in range(n_people)]
    article = 0
    while len(lines) < target:
        article += 1
        g = iri("article", article)
        day = f"20{rnd.randint(10, 24):02d}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        quad = lambda s, p, o: lines.append(f"{s} <{p}> {o} {g} .")  # noqa: E731
        quad(g, RDF_TYPE, f"<{SCHEMA}NewsArticle>")
        quad(g, SCHEMA + "identifier", lit(f"a{article}"))
        quad(g, SCHEMA + "datePublished", date_lit(day))
        event = iri("event", article, 1)
        quad(event, RDF_TYPE, f"<{ORGKG}Conference>")
        quad(event, SCHEMA + "name", lit(f"Hội nghị {article}", "vi"))
        quad(event, SCHEMA + "startDate", date_lit(day))
        for person, name in rnd.sample(people, 4):
            # as in the news: most posts named are a province's committee's, fewer its
            # boards', fewest their sections'
            tier = rnd.choices(tiers, weights=(40, 35, 25))[0]
            body, label = rnd.choice(tier)
            role = rnd.choice(ROLES)
            m = iri("membership", person.strip("<>").rsplit("/", 1)[-1], ROLES.index(role),
                    body.strip("<>").split("/org/")[-1])
            quad(person, RDF_TYPE, f"<{FOAF}Person>")
            quad(person, FOAF + "name", lit(name))
            quad(body, RDF_TYPE, f"<{ORG}Organization>")
            quad(body, SKOS + "prefLabel", lit(label, "vi"))
            if parent[body]:
                quad(body, ORG + "subOrganizationOf", parent[body])
            r = iri("role", ROLES.index(role))
            quad(r, SKOS + "prefLabel", lit(role, "vi"))
            quad(m, RDF_TYPE, f"<{ORG}Membership>")
            quad(m, ORG + "member", person)
            quad(m, ORG + "organization", body)
            quad(m, ORG + "role", r)
            quad(m, ORGKG + "status", f"<{ORGKG}Current>")
            quad(m, ORGKG + "attestedOn", date_lit(day))
            quad(event, SCHEMA + "attendee", person)
    return "\n".join(lines) + "\n"


QUERIES = {
    "holders of a post on a date": """
SELECT ?name ?d WHERE {
  ?b skos:prefLabel "Tỉnh ủy Nghệ An"@vi .
  ?m org:organization ?b ; org:role ?r ; org:member ?p ; orgkg:attestedOn ?d .
  ?r skos:prefLabel "Bí thư"@vi .
  ?p foaf:name ?name .
  FILTER(?d <= "2020-12-31"^^xsd:date)
} ORDER BY ?name ?d""",
    "members of a body and its sub-bodies": """
SELECT DISTINCT ?name WHERE {
  ?top skos:prefLabel "Tỉnh ủy Quảng Nam"@vi .
  ?b org:subOrganizationOf* ?top .
  ?m org:organization ?b ; org:member/foaf:name ?name .
} ORDER BY ?name""",
    "persons per body": """
SELECT ?label (COUNT(DISTINCT ?p) AS ?n) WHERE {
  ?m org:organization ?b ; org:member ?p . ?b skos:prefLabel ?label .
} GROUP BY ?label ORDER BY DESC(?n) ?label LIMIT 50""",
    "co-attendance of events": """
SELECT ?a ?b (COUNT(DISTINCT ?e) AS ?n) WHERE {
  ?e schema:attendee ?a , ?b . FILTER(STR(?a) < STR(?b))
} GROUP BY ?a ?b HAVING(COUNT(DISTINCT ?e) > 1) ORDER BY DESC(?n) ?a ?b LIMIT 50""",
    "label search": """
SELECT DISTINCT ?p ?name WHERE { ?p foaf:name ?name . FILTER(CONTAINS(?name, "Dũng 1")) }
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
    def __init__(self, name: str, location: str) -> None:
        self.name, self.location = name, location

    def load(self, path: Path) -> None:
        self.store = open_store(self.location)
        self.store.bulk_load(path)

    def export(self, tmp: Path) -> None:
        for fmt, ext in (("trig", "trig"), ("turtle", "ttl")):
            with open(tmp / f"out-{self.name}.{ext}", "wb") as fh:
                self.store.dump(fmt, fh)

    def query(self, q: str) -> list[tuple[str, ...]]:
        return rows_of(self.store.query(q).rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--sparql", help="a SPARQL server endpoint to compare (its orgkg graphs "
                                     "are replaced)")
    ap.add_argument("--no-rdflib-above", type=int, default=1_000_000,
                    help="skip rdflib above this size (it needs minutes and GBs at 1M)")
    ap.add_argument("--no-rdflib-export-above", type=int, default=100_000,
                    help="skip rdflib's export above this size (half an hour at 1M)")
    a = ap.parse_args()
    print(f"machine: {os.cpu_count()} CPUs, {platform.machine()}, {platform.platform()}; "
          f"python {platform.python_version()}; pyoxigraph {ox.__version__}, rdflib "
          f"{rdflib.__version__}; load average {os.getloadavg()}")
    header = f"{'triples':>9} {'store':<15} {'load s':>7} {'export s':>8} " + " ".join(
        f"{k[:14]:>15}" for k in QUERIES) + "  (query medians in ms)"
    print(header)
    for size in map(int, a.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp_:
            tmp = Path(tmp_)
            data = tmp / "data.nq"
            data.write_text(generate(size), encoding="utf-8")
            sides: list = [KgSide("embedded", str(tmp / "store"))]
            if size <= a.no_rdflib_above:
                sides.append(RdflibSide())
            if a.sparql:
                sides.append(KgSide("sparql server", a.sparql))
            reference: dict[str, list] = {}
            for side in sides:
                t = time.perf_counter()
                side.load(data)
                load_s = time.perf_counter() - t
                if isinstance(side, RdflibSide) and size > a.no_rdflib_export_above:
                    export_s = float("nan")
                else:
                    t = time.perf_counter()
                    side.export(tmp)
                    export_s = time.perf_counter() - t
                cells = []
                for qname, q in QUERIES.items():
                    # rdflib needs minutes per query at 1M: one run there, five elsewhere
                    runs = 1 if isinstance(side, RdflibSide) and size >= 1_000_000 else 5
                    ms, rows = median_ms(lambda: side.query(q), runs)
                    # the same rows; the order of ties and of strings under ORDER BY follows
                    # each engine's collation, so rows are compared as sorted lists
                    reference.setdefault(qname, sorted(rows))
                    same = "" if sorted(rows) == reference[qname] else " ≠"
                    cells.append(f"{ms:>13.1f}{same:2}")
                print(f"{size:>9,} {side.name:<15} {load_s:>7.2f} {export_s:>8.2f} "
                      + " ".join(cells), flush=True)
    print("≠ marks a result that differs from the first store's; nan: not measured")
    return 0


if __name__ == "__main__":
    sys.exit(main())
