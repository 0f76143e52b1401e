"""The embedded store: an Oxigraph (RocksDB) directory on this machine.

Oxigraph facts this module depends on (pyoxigraph 0.5):

- ``Store(path)`` takes an exclusive lock on ``path/LOCK``; a second open, from this
  process or another, raises ``OSError`` mentioning the lock. The lock is released when
  the Python object is freed, and query iterators keep it alive.
- ``Store(path)`` creates the last directory only, and happily writes its files into
  any existing directory, so the checks below come first.
- ``use_default_graph_as_union=True`` also *overrides* a query's ``FROM`` clauses, so
  it is only passed for queries without one.
- ``update`` runs as one transaction; there is no other multi-operation transaction.
"""
from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO, NoReturn

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from kg.errors import InputError, QueryError, StoreError
from kg.store.base import (
    DUMP_FORMATS,
    PREFIX_IRIS,
    QueryResult,
    Row,
    Store,
    Term,
    TripleT,
    check_iri,
    has_dataset_clause,
)

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
# files RocksDB always writes into a database directory
_STORE_MARKERS = ("CURRENT", "IDENTITY")
_UNION_CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"


class EmbeddedStore(Store):
    """An Oxigraph store in the directory ``path`` (created if missing, kept across runs).

    ``create=False`` refuses to create a new store (for commands that only read).
    One process at a time: RocksDB's read-only mode beside a writer was seen to leave a
    store that no longer opens, so a second process is refused (the store is locked).
    """

    def __init__(self, path: str | os.PathLike[str], *, create: bool = True) -> None:
        self.path = Path(path).expanduser()
        self.location = str(self.path)
        self._check_directory(create)
        try:
            self._ox: ox.Store | None = ox.Store(str(self.path))
        except OSError as e:
            if "lock" in str(e).lower():
                raise StoreError(
                    f"the store {self.location} is in use by another kg process "
                    "(or opened twice): wait for it to finish, or give another --store"
                ) from e
            raise StoreError(
                f"cannot open the store {self.location}: {e}. Check the directory's "
                "permissions, or give another --store directory"
            ) from e

    def _check_directory(self, create: bool) -> None:
        p = self.path
        if p.exists() and not p.is_dir():
            raise StoreError(
                f"the store path {p} is a file, not a store directory: give --store a "
                "directory (a new one is created), or move the file away"
            )
        if p.is_dir():
            try:
                entries = set(os.listdir(p))
            except OSError as e:
                raise StoreError(f"cannot read the store directory {p}: {e}") from e
            if entries and not all(m in entries for m in _STORE_MARKERS):
                raise StoreError(
                    f"the directory {p} exists but holds no kg store (it has other files): "
                    "give --store a new or empty directory"
                )
            return
        if not create:
            raise StoreError(
                f"there is no store at {p}: build one first with `kg build SOURCE --store {p}`"
            )
        try:
            p.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(
                f"cannot create the store directory {p}: {e}. Give --store a writable path"
            ) from e

    # -- the backend primitives ---------------------------------------------------------

    @property
    def _store(self) -> ox.Store:
        if self._ox is None:
            raise StoreError(f"the store {self.location} is closed")
        return self._ox

    def query(self, sparql: str) -> QueryResult:
        store = self._store
        try:
            result = store.query(
                sparql,
                prefixes=PREFIX_IRIS,
                # the default graph holds the materialised union (Store.refresh_union)
            )
        except SyntaxError as e:
            raise QueryError(f"the SPARQL query does not parse: {e}") from e
        except OSError as e:
            self._fail(e)
        if isinstance(result, ox.QueryBoolean):
            return QueryResult.ask(bool(result))
        if isinstance(result, ox.QuerySolutions):
            variables = [v.value for v in result.variables]
            return QueryResult.select(variables, self._rows(result, len(variables)))
        return QueryResult.graph(self._triples(result))

    def _rows(self, solutions: ox.QuerySolutions, width: int) -> Iterator[Row]:
        try:
            for solution in solutions:
                yield tuple(to_rdflib(solution[i]) for i in range(width))
        except OSError as e:
            self._fail(e)
        except (SyntaxError, ValueError, TypeError) as e:
            raise QueryError(f"the SPARQL query failed: {e}") from e

    def _triples(self, triples: ox.QueryTriples) -> Iterator[TripleT]:
        try:
            for t in triples:
                s, p, o = to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)
                assert s is not None and p is not None and o is not None
                yield (s, p, o)
        except OSError as e:
            self._fail(e)
        except (SyntaxError, ValueError, TypeError) as e:
            raise QueryError(f"the SPARQL query failed: {e}") from e

    def update(self, sparql: str) -> None:
        try:
            self._store.update(sparql, prefixes=PREFIX_IRIS)
        except SyntaxError as e:
            raise QueryError(f"the SPARQL update does not parse: {e}") from e
        except OSError as e:
            self._fail(e)

    def dump(self, fmt: str, stream: BinaryIO) -> None:
        store = self._store
        try:
            if fmt == "nquads":
                ox.serialize(self._named_quads(), stream, ox.RdfFormat.N_QUADS)
            elif fmt == "trig":
                ox.serialize(self._named_quads(), stream, ox.RdfFormat.TRIG,
                             prefixes=PREFIX_IRIS)
            elif fmt == "ntriples":
                # CONSTRUCT emits each triple once, so the union is written deduplicated
                self._union().serialize(stream, ox.RdfFormat.N_TRIPLES)
            elif fmt == "turtle":
                # QueryTriples.serialize takes no prefixes; ox.serialize streams and does
                ox.serialize(self._union(), stream, ox.RdfFormat.TURTLE, prefixes=PREFIX_IRIS)
            else:
                raise InputError(
                    f"unknown dump format {fmt!r}: use one of {', '.join(DUMP_FORMATS)}"
                )
        except OSError as e:
            self._fail(e)

    def bulk_load(self, path: str | os.PathLike[str]) -> None:
        """pyoxigraph's bulk loader, with the union filled in the same pass.

        It adds the file's quads without a transaction: it is for loading a dataset into a
        new store, not for updating articles (``kg build`` does that, graph by graph).
        """
        def with_union() -> Iterator[ox.Quad]:
            with open(path, "rb") as fh:
                for q in ox.parse(fh, ox.RdfFormat.N_QUADS):
                    if isinstance(q.graph_name, ox.NamedNode):
                        yield q
                        yield ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
        try:
            self._store.bulk_extend(with_union())
            self._store.optimize()
        except OSError as e:
            self._fail(e)

    def _named_quads(self) -> Iterator[ox.Quad]:
        """Every quad of the named graphs; the default graph is only their union."""
        for quad in self._store:
            if not isinstance(quad.graph_name, ox.DefaultGraph):
                yield quad

    def _union(self) -> ox.QueryTriples:
        result = self._store.query(_UNION_CONSTRUCT)  # the default graph is the union
        assert isinstance(result, ox.QueryTriples)
        return result

    # -- faster native versions ---------------------------------------------------------

    def graph_names(self) -> set[str]:
        try:
            return {g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode)}
        except OSError as e:
            self._fail(e)

    def has_graph(self, iri: str) -> bool:
        try:
            return bool(self._store.contains_named_graph(ox.NamedNode(check_iri(iri))))
        except OSError as e:
            self._fail(e)

    def triple_count(self) -> int:
        """Statements in all named graphs (the default graph only mirrors their union)."""
        try:
            return sum(1 for _ in self._named_quads())
        except OSError as e:
            self._fail(e)

    def close(self) -> None:
        if self._ox is None:
            return
        try:
            self._ox.flush()
        except OSError:
            pass
        self._ox = None
        # the RocksDB lock goes with the last reference; query iterators may hold one
        gc.collect()

    def _fail(self, e: OSError) -> NoReturn:
        raise StoreError(f"the store {self.location} failed: {e}") from e


def to_rdflib(term: Any) -> Term | None:
    """A pyoxigraph term as an rdflib term (``None`` stays ``None``).

    ``xsd:string`` literals become plain ``Literal("…")``; lexical forms are kept as
    stored (``normalize=False``), so ``"007"^^xsd:integer`` is not turned into ``7``.
    """
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt), normalize=False)
    raise QueryError(f"RDF-star triple terms are not supported in results: {term}")
