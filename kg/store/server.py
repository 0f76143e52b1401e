"""A SPARQL 1.1 server as the store: Virtuoso, Apache Jena Fuseki, GraphDB, Oxigraph server.

    kg build news/ --store http://127.0.0.1:8890/sparql

Three endpoints are used, found from the query endpoint's address (override them with
``KG_UPDATE_ENDPOINT`` and ``KG_GSP_ENDPOINT``):

==================  ================================  ===============================
server              query endpoint (--store)          update / graph store
==================  ================================  ===============================
Virtuoso            http://host:8890/sparql           same / /sparql-graph-crud
Fuseki, Oxigraph    http://host:3030/ds/query         /ds/update / /ds/data (Oxigraph: /store)
GraphDB             http://host:7200/repositories/R   /R/statements / /R/rdf-graphs/service
==================  ================================  ===============================

A server's "default graph" differs from one product to the next (Virtuoso's is every
graph, its own system graphs included), so the union of orgkg's graphs is kept, each
triple once, in a named graph of its own, :data:`UNION_GRAPH`, and queries that name no
dataset and use no ``GRAPH`` pattern read it as their default graph. Graphs are written
with the Graph Store Protocol (one ``PUT`` replaces a graph atomically), which has none of
the size limits servers put on ``INSERT DATA``.
"""
from __future__ import annotations

import json
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Collection, Iterable, Iterator, Mapping
from typing import Any, BinaryIO, cast

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from kg.errors import InputError, QueryError, StoreError
from kg.querying import first_keyword, is_update
from kg.store.base import (DUMP_FORMATS, PREFIX_IRIS, QueryResult, Store, TripleT, check_iri,
                           has_dataset_clause, ntriples_line)

UNION_GRAPH = "urn:x-orgkg:union"
_OURS = """
SELECT DISTINCT ?g WHERE {
  { GRAPH ?g { ?g a <https://schema.org/NewsArticle> } }
  UNION
  { GRAPH ?g { ?s ?p ?o } FILTER(STRENDS(STR(?g), "/graph/derived")
                                  || STRENDS(STR(?g), "/graph/resolution")
                                  || STRENDS(STR(?g), "/graph/pending")) }
}"""
_CHUNK = 2000          # triples per INSERT DATA / DELETE DATA request (servers cap these)
_TIMEOUT = float(os.environ.get("KG_HTTP_TIMEOUT", "300"))


def endpoints(query_url: str) -> tuple[str, str, str | None]:
    """(query, update, graph store) endpoints for a server's query endpoint."""
    update = os.environ.get("KG_UPDATE_ENDPOINT")
    gsp = os.environ.get("KG_GSP_ENDPOINT")
    parts = urllib.parse.urlsplit(query_url)
    path = parts.path.rstrip("/")

    def at(new_path: str) -> str:
        return urllib.parse.urlunsplit(parts._replace(path=new_path, query="", fragment=""))

    if path.endswith("/query"):                  # Fuseki, Oxigraph server
        base = path[: -len("/query")]
        update = update or at(base + "/update")
        gsp = gsp or at(base + ("/store" if base == "" else "/data"))
    elif re.search(r"/repositories/[^/]+$", path):  # GraphDB, RDF4J
        update = update or at(path + "/statements")
        gsp = gsp or at(path + "/rdf-graphs/service")
    else:                                        # Virtuoso and others with one endpoint
        update = update or query_url
        gsp = gsp or (at(path + "-graph-crud") if path.endswith("/sparql") else None)
    return query_url, update, gsp


class ServerStore(Store):
    """A remote SPARQL 1.1 Query + Update (+ Graph Store Protocol) endpoint."""

    def __init__(self, location: str, *, create: bool = True) -> None:
        self.location = location
        self.query_url, self.update_url, self.gsp_url = endpoints(location)
        try:
            self._request(self.query_url, {"query": "ASK { }"},
                          "application/sparql-results+json")
        except StoreError:
            raise
        except Exception as e:  # noqa: BLE001 - anything here means the server is not there
            raise StoreError(f"cannot reach the SPARQL endpoint {location}: {e}; start the "
                             "server or check --store") from e

    # -- HTTP ------------------------------------------------------------------------------

    def _request(self, url: str, form: Mapping[str, str] | None, accept: str, *,
                 method: str = "POST", body: bytes | None = None,
                 content_type: str | None = None) -> Any:
        data = body if body is not None else urllib.parse.urlencode(form or {}).encode()
        headers = {"Accept": accept}
        headers["Content-Type"] = content_type or "application/x-www-form-urlencoded"
        req = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            return urllib.request.urlopen(req, timeout=_TIMEOUT)  # noqa: S310 - user's endpoint
        except urllib.error.HTTPError as e:
            detail = e.read().decode("utf-8", "replace").strip().splitlines()
            msg = " ".join(detail[:3])[:400]
            if e.code in (400, 500) and form is not None:
                raise QueryError(f"the SPARQL server {self.location} refused the request "
                                 f"(HTTP {e.code}): {msg}") from e
            raise StoreError(f"the SPARQL server {self.location} answered HTTP {e.code}: "
                             f"{msg}") from e
        except (urllib.error.URLError, OSError) as e:
            raise StoreError(f"cannot reach the SPARQL endpoint {url}: {e}; start the server "
                             "or check --store") from e

    @staticmethod
    def _with_prefixes(sparql: str) -> str:
        declared = {m.lower() for m in re.findall(r"PREFIX\s+([\w.-]*):", sparql, re.I)}
        missing = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIX_IRIS.items()
                   if p.lower() not in declared]
        return "\n".join(missing + [sparql])

    # -- the backend primitives --------------------------------------------------------------

    def query(self, sparql: str) -> QueryResult:
        if is_update(sparql):
            raise QueryError("this is a SPARQL Update, not a query")
        form = {"query": self._with_prefixes(sparql)}
        if not has_dataset_clause(sparql) and not re.search(r"\bGRAPH\b", sparql, re.I):
            form["default-graph-uri"] = UNION_GRAPH
        kind = first_keyword(sparql)
        if kind in ("construct", "describe"):
            resp = self._request(self.query_url, form, "application/n-triples, text/plain;q=0.5")
            g = Graph()
            g.parse(data=resp.read().decode("utf-8"), format="nt")
            # rdflib types a graph's triples as Nodes; N-Triples holds only URIs, blank
            # nodes and literals
            return QueryResult.graph(cast(Iterator[TripleT], iter(g)))
        resp = self._request(self.query_url, form, "application/sparql-results+json")
        data = json.loads(resp.read().decode("utf-8"))
        if "boolean" in data:
            return QueryResult.ask(bool(data["boolean"]))
        variables = list(data["head"]["vars"])
        rows = [tuple(_term(b.get(v)) for v in variables) for b in data["results"]["bindings"]]
        return QueryResult.select(variables, iter(rows))

    def update(self, sparql: str) -> None:
        self._request(self.update_url, {"update": self._with_prefixes(sparql)},
                      "application/sparql-results+json, */*;q=0.5")

    def dump(self, fmt: str, stream: BinaryIO) -> None:
        """Graph by graph, streamed through pyoxigraph's parser and serialiser."""
        if fmt not in DUMP_FORMATS:
            raise InputError(f"unknown dump format {fmt!r}: use one of {', '.join(DUMP_FORMATS)}")
        if fmt in ("nquads", "trig"):
            quads = (ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(g))
                     for g in sorted(self.graph_names())
                     for t in ox.parse(self._graph_ntriples(g), ox.RdfFormat.N_TRIPLES))
            if fmt == "nquads":
                ox.serialize(quads, stream, ox.RdfFormat.N_QUADS)
            else:
                ox.serialize(quads, stream, ox.RdfFormat.TRIG, prefixes=PREFIX_IRIS)
            return
        triples = ox.parse(self._graph_ntriples(UNION_GRAPH), ox.RdfFormat.N_TRIPLES)
        if fmt == "ntriples":
            ox.serialize(triples, stream, ox.RdfFormat.N_TRIPLES)
        else:
            ox.serialize(triples, stream, ox.RdfFormat.TURTLE, prefixes=PREFIX_IRIS)

    # -- writes: the Graph Store Protocol, and the union kept in step ----------------------------

    def _graph_ntriples(self, iri: str) -> str:
        resp = self._request(self.query_url, {
            "query": f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{check_iri(iri)}> {{ ?s ?p ?o }} }}"},
            "application/n-triples, text/plain;q=0.5")
        return str(resp.read().decode("utf-8"))

    def _put(self, iri: str, ntriples: str) -> None:
        if self.gsp_url:
            url = f"{self.gsp_url}?{urllib.parse.urlencode({'graph': iri} if 'graph-crud' not in self.gsp_url else {'graph-uri': iri})}"
            if ntriples.strip():
                self._request(url, None, "*/*", method="PUT", body=ntriples.encode("utf-8"),
                              content_type="application/n-triples")
            else:
                self.update(f"DROP SILENT GRAPH <{iri}>")
            return
        self.update(f"DROP SILENT GRAPH <{iri}>")
        for chunk in _chunks(ntriples):
            self.update(f"INSERT DATA {{ GRAPH <{iri}> {{\n{chunk}}} }}")

    def _drop_from_union(self, triples: Iterable[ox.Triple]) -> None:
        """Take out of the union those of these triples that no graph holds any more."""
        # each term as Oxigraph writes it: plain UTF-8, the escapes every SPARQL parser
        # reads (a server's own N-Triples may use \u escapes its SPARQL parser refuses)
        rows = [f"({t.subject} {t.predicate} {t.object})" for t in triples]
        for i in range(0, len(rows), _CHUNK):
            self.update(
                f"DELETE {{ GRAPH <{UNION_GRAPH}> {{ ?s ?p ?o }} }} WHERE {{ "
                f"VALUES (?s ?p ?o) {{ {' '.join(rows[i:i + _CHUNK])} }} "
                f"GRAPH <{UNION_GRAPH}> {{ ?s ?p ?o }} "
                f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} "
                f"FILTER(?other != <{UNION_GRAPH}>) }} }}")

    def replace_graphs(self, graphs: Mapping[str, str]) -> None:
        """Each graph replaced by one PUT; the union gains the new content, then loses what
        only the old graph said.

        In that order a reader on another connection never sees a stored article missing
        from the union (at worst, for a moment, its old and new statements together): a
        server gives no transaction over several requests.
        """
        for iri, ntriples in graphs.items():
            check_iri(iri)
            old = _triples(self._graph_ntriples(iri))
            self._put(iri, ntriples)
            for chunk in _chunks(ntriples):
                self.update(f"INSERT DATA {{ GRAPH <{UNION_GRAPH}> {{\n{chunk}}} }}")
            self._drop_from_union(old - _triples(ntriples))

    def patch_graph(self, iri: str, remove: Collection[TripleT],
                    add: Collection[TripleT]) -> None:
        """The graph and the union gain ``add`` first, then lose ``remove`` (the union only
        what no other graph states), in requests of at most ``_CHUNK`` triples."""
        check_iri(iri)
        added = "".join(ntriples_line(t) + "\n" for t in add)
        for chunk in _chunks(added):
            self.update(f"INSERT DATA {{ GRAPH <{iri}> {{\n{chunk}}} "
                        f"GRAPH <{UNION_GRAPH}> {{\n{chunk}}} }}")
        removed = "".join(ntriples_line(t) + "\n" for t in remove)
        for chunk in _chunks(removed):
            self.update(f"DELETE DATA {{ GRAPH <{iri}> {{\n{chunk}}} }}")
        if removed:
            self._drop_from_union(_triples(removed))

    def bulk_load(self, path: str | os.PathLike[str]) -> None:
        """One PUT per graph, then the union in one PUT (for loading a new dataset)."""
        by_graph: dict[str, list[str]] = {}
        union: dict[str, None] = {}
        with open(path, "rb") as fh:
            for q in ox.parse(fh, ox.RdfFormat.N_QUADS):
                if isinstance(q.graph_name, ox.NamedNode):
                    line = f"{q.subject} {q.predicate} {q.object} .\n"
                    by_graph.setdefault(q.graph_name.value, []).append(line)
                    union[line] = None
        for g, lines in by_graph.items():
            self._put(g, "".join(lines))
        self._put(UNION_GRAPH, "".join(union))

    def remove_graphs(self, iris: Iterable[str]) -> None:
        for iri in iris:
            old = _triples(self._graph_ntriples(check_iri(iri)))
            self.update(f"DROP SILENT GRAPH <{iri}>")
            self._drop_from_union(old)

    def refresh_union(self) -> None:
        self.update(f"DROP SILENT GRAPH <{UNION_GRAPH}>")
        for g in sorted(self.graph_names()):
            for chunk in _chunks(self._graph_ntriples(g)):
                self.update(f"INSERT DATA {{ GRAPH <{UNION_GRAPH}> {{\n{chunk}}} }}")

    def graph_names(self) -> set[str]:
        """orgkg's graphs on the server: articles, the derived and the resolution graph,
        the marker of an unresolved change (a shared server holds other graphs too, its
        own system graphs among them)."""
        return {str(row[0]) for row in self.query(_OURS).rows if isinstance(row[0], URIRef)}

    def triple_count(self) -> int:
        names = self.graph_names()
        if not names:
            return 0
        values = " ".join(f"<{g}>" for g in sorted(names))
        result = self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} "
                            f"GRAPH ?g {{ ?s ?p ?o }} }}")
        row = next(result.rows)
        return int(row[0]) if row[0] is not None else 0

    def close(self) -> None:
        pass


def _term(b: Mapping[str, str] | None) -> Any:
    if b is None:
        return None
    kind, value = b["type"], b["value"]
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if b.get("xml:lang"):
        return Literal(value, lang=b["xml:lang"])
    if b.get("datatype") and b["datatype"] != "http://www.w3.org/2001/XMLSchema#string":
        return Literal(value, datatype=URIRef(b["datatype"]))
    return Literal(value)


def _triples(ntriples: str) -> set[ox.Triple]:
    return set(ox.parse(ntriples.encode("utf-8"), ox.RdfFormat.N_TRIPLES))


def _chunks(ntriples: str) -> Iterator[str]:
    lines = [line for line in ntriples.splitlines(keepends=True) if line.strip()]
    for i in range(0, len(lines), _CHUNK):
        yield "".join(lines[i:i + _CHUNK])


__all__ = ["ServerStore", "UNION_GRAPH", "endpoints"]
