"""The graph of facts no single article states (CONTRACT §2-3).

Each membership gets ``org:memberDuring``, a ``time:Interval`` from the earliest to the
latest date that articles attest it on, and ``orgkg:endedBy``, the earliest date by which
an article says it had ended. Each place gets its history from the administrative-unit
data (:mod:`kg.resolve.places`). The graph is computed here and written like any other,
so every store can hold it.

:func:`refresh_derived` computes it whole; :func:`refresh_changed` only for the
memberships and places a change touched, and writes the difference.
"""
from __future__ import annotations

from collections.abc import Collection, Iterable
from itertools import islice

from rdflib import Graph, URIRef

from kg.rdf.build import IriMinter
from kg.rdf.vocab import ORG, ORGKG, RDF, TIME
from kg.resolve.places import place_history
from kg.store.base import Row, Store, TripleT

DERIVED_GRAPH = "graph/derived"
CHUNK = 5000  # memberships written at a time by refresh_derived

_SPANS = """
SELECT ?m (MIN(?d) AS ?first) (MAX(?d) AS ?last)
WHERE { %s GRAPH ?g { ?m orgkg:attestedOn ?d . ?g a schema:NewsArticle } } GROUP BY ?m"""
_ENDINGS = """
SELECT ?m (MIN(?e) AS ?ended)
WHERE { %s GRAPH ?g { ?m orgkg:endedBy ?e . ?g a schema:NewsArticle } } GROUP BY ?m"""


def refresh_derived(store: Store, base_iri: str, *, chunk: int = CHUNK) -> None:
    """Compute the derived graph from the whole store and write it again, ``chunk``
    memberships at a time (memory follows the chunk, not the store)."""
    derived = base_iri + DERIVED_GRAPH
    store.remove_graphs([derived])
    for query in (_SPANS, _ENDINGS):
        rows = store.query(query % "").rows
        while part := list(islice(rows, chunk)):
            store.patch_graph(derived, (), _facts(query, part))
    store.patch_graph(derived, (), _history(store, base_iri))


def refresh_changed(store: Store, base_iri: str, memberships: Collection[str],
                    places: Collection[str]) -> None:
    """Recompute the derived facts of ``memberships`` and ``places`` (IRIs: those a change
    touched, as they were and as they are) and write the difference; the derived graph
    must otherwise be up to date."""
    derived = base_iri + DERIVED_GRAPH
    old: set[TripleT] = set()
    new: set[TripleT] = set()
    if memberships:
        nodes = {f"{m}{tail}" for m in memberships
                 for tail in ("", "/during", "/during/begin", "/during/end")}
        old |= _about(store, derived, nodes)
        new |= _membership_facts(store, _values("m", memberships))
    if places:
        history = _about(store, derived, places, (ORGKG.validUntil, ORGKG.replacedBy))
        new |= _history(store, base_iri, places)
        # a successor's statements (its type, name, level) go with the last place it
        # replaced; the places a change did not touch keep theirs
        successors = {str(o) for _, p, o in history | new if p == ORGKG.replacedBy}
        if successors:
            kept = {str(y) for (y,) in store.query(
                f"SELECT DISTINCT ?y WHERE {{ {_values('y', successors)} "
                f"GRAPH <{derived}> {{ ?x orgkg:replacedBy ?y }} "
                f"FILTER(?x NOT IN ({', '.join(f'<{p}>' for p in sorted(places))})) }}").rows}
            history |= _about(store, derived, successors - kept)
        old |= history
    store.patch_graph(derived, old - new, new - old)


def _about(store: Store, graph: str, subjects: Collection[str],
           predicates: Iterable[URIRef] = ()) -> set[TripleT]:
    """The statements of ``graph`` about ``subjects`` (with one of ``predicates``)."""
    if not subjects:
        return set()
    only = _values("p", [str(p) for p in predicates]) if predicates else ""
    return _triples(store.query(
        f"SELECT ?s ?p ?o WHERE {{ {_values('s', subjects)} {only} "
        f"GRAPH <{graph}> {{ ?s ?p ?o }} }}").rows)


def _values(var: str, iris: Iterable[str]) -> str:
    return f"VALUES ?{var} {{ " + " ".join(f"<{i}>" for i in sorted(iris)) + " }"


def _membership_facts(store: Store, values: str) -> set[TripleT]:
    return (_facts(_SPANS, store.query(_SPANS % values).rows)
            | _facts(_ENDINGS, store.query(_ENDINGS % values).rows))


def _facts(query: str, rows: Iterable[Row]) -> set[TripleT]:
    """The statements of the rows of :data:`_SPANS` or :data:`_ENDINGS`."""
    out: set[TripleT] = set()
    if query is _ENDINGS:
        for m, ended in rows:
            assert isinstance(m, URIRef) and ended is not None
            out.add((m, ORGKG.endedBy, ended))
        return out
    for m, first, last in rows:
        assert isinstance(m, URIRef) and first is not None and last is not None
        interval = URIRef(f"{m}/during")
        begin, end = URIRef(f"{m}/during/begin"), URIRef(f"{m}/during/end")
        out.add((m, ORG.memberDuring, interval))
        out.add((interval, RDF.type, TIME.Interval))
        for instant, day in ((begin, first), (end, last)):
            out.add((instant, RDF.type, TIME.Instant))
            out.add((instant, TIME.inXSDDate, day))
        out.add((interval, TIME.hasBeginning, begin))
        out.add((interval, TIME.hasEnd, end))
    return out


def _history(store: Store, base_iri: str,
             places: Collection[str] | None = None) -> set[TripleT]:
    g = Graph()
    g.parse(data=place_history(store, IriMinter(base_iri), places), format="nt")
    return {(s, p, o) for s, p, o in g}  # type: ignore[misc]


def _triples(rows: Iterable[Row]) -> set[TripleT]:
    out: set[TripleT] = set()
    for s, p, o in rows:
        assert s is not None and p is not None and o is not None
        out.add((s, p, o))
    return out


__all__ = ["DERIVED_GRAPH", "refresh_changed", "refresh_derived"]
