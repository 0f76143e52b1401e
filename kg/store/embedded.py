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
- A query cannot be cancelled, and ``SERVICE`` and ``LOAD`` fetch over HTTP.
- ``Store.read_only(path)`` is no way out: while another process has the store open,
  its background work deletes files the reader still needs ("MANIFEST-000064 may be
  corrupted", seen in one run out of eight).

The guard (:meth:`EmbeddedStore.query` with ``timeout``, :meth:`EmbeddedStore.guarded_update`):
``SERVICE`` and ``LOAD`` are refused unless ``allow_network``; this object flushes and
lends the store (its lock) to a child process that runs the request, streams the results
back one line each, and is killed once it has made the caller wait ``timeout`` seconds in
all; the store is then opened again here. A query cannot write, and an update killed
before its commit writes nothing, so a stopped request leaves the store as it was.
While a request runs the store is the child's: other processes see it in use (exit 3).
"""
from __future__ import annotations

import gc
import io
import json
import os
import select
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import IO, Any, BinaryIO, NoReturn

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from kg.errors import InputError, QueryError, StoreError
from kg.querying import keywords, network_access, strip_final_separator
from kg.store.base import (
    DUMP_FORMATS,
    PREFIX_IRIS,
    QueryResult,
    Row,
    Store,
    Term,
    TripleT,
    check_iri,
)

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
# files RocksDB always writes into a database directory
_STORE_MARKERS = ("CURRENT", "IDENTITY")
_UNION_CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
_FLUSH_CHARS = 8 * 2**20  # updates (SPARQL text) written between flushes: ~600 articles


class EmbeddedStore(Store):
    """An Oxigraph store in the directory ``path`` (created if missing, kept across runs).

    ``create=False`` refuses to create a new store (for commands that only read).
    One process at a time: RocksDB's read-only mode beside a writer was seen to leave a
    store that no longer opens, so a second process is refused (the store is locked).

    ``memory=True`` is for long sessions that read a lot (a notebook, a server process):
    queries then read a copy of the union held in memory, made on the first query and
    again after each write, which answers up to 5 times faster than RocksDB
    (bench/bench_stores.py) for about 0.3 GB per million statements (0.55 GB while it
    is made). Queries that name graphs (``GRAPH``, ``FROM``) still read the directory,
    the only place that has them.
    """

    def __init__(self, path: str | os.PathLike[str], *, create: bool = True,
                 memory: bool = False) -> None:
        self.path = Path(path).expanduser()
        self.location = str(self.path)
        self.memory = memory
        self._replica: ox.Store | None = None
        self._unflushed = 0  # characters of updates since the memory tables were written
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

    def query(self, sparql: str, *, timeout: float | None = None,
              allow_network: bool = False) -> QueryResult:
        """Run a SPARQL query (see :meth:`Store.query`).

        ``SERVICE`` (a call to another server) is refused unless ``allow_network``.
        With ``timeout`` (seconds), the query runs in a child process (see the module
        docstring) that is killed once the caller has waited that long for its results in
        all; the rows stream from it as they come, and :class:`QueryError` says it was
        stopped. Until the rows are read to the end, the store is lent to that process.
        """
        if not allow_network:
            refuse_network(sparql)
        if timeout is not None:
            return self._guarded_query(sparql, timeout)
        # the default graph holds the materialised union (Store.refresh_union)
        result = self.native_query(sparql, allow_network=True)   # checked above
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

    def native_query(self, sparql: str, *, default_graphs: list[str] | None = None,
                     named_graphs: list[str] | None = None, allow_network: bool = False
                     ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """pyoxigraph's own result, for a caller that writes it out itself (kg serve).

        ``default_graphs`` / ``named_graphs`` (IRIs) give the dataset as the SPARQL
        protocol does; without them the default graph is the union. Raises QueryError
        for a query that does not parse or would reach the network.
        """
        if not allow_network:
            refuse_network(sparql)
        dataset: dict[str, Any] = {}
        if default_graphs:
            dataset["default_graph"] = [ox.NamedNode(check_iri(g)) for g in default_graphs]
        if named_graphs:
            dataset["named_graphs"] = [ox.NamedNode(check_iri(g)) for g in named_graphs]
        store = self._store if dataset else self._reader(sparql)
        try:
            return store.query(sparql, prefixes=PREFIX_IRIS, **dataset)
        except SyntaxError as e:
            raise QueryError(f"the SPARQL query does not parse: {_one_line(e)}") from e
        except OSError as e:
            self._fail(e)

    def _reader(self, sparql: str) -> ox.Store:
        """The store that answers ``sparql``: the copy in memory when there is one to
        make and the query reads only the default graph (the union)."""
        if not self.memory or {"graph", "from"} & set(keywords(sparql)):
            return self._store
        if self._replica is None:
            self._replica = self._copy_union()
        return self._replica

    def _copy_union(self) -> ox.Store:
        union = io.BytesIO()
        try:
            self._store.dump(union, ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
        except OSError as e:
            self._fail(e)
        replica = ox.Store()
        replica.bulk_load(union.getvalue(), ox.RdfFormat.N_TRIPLES)
        return replica

    def update(self, sparql: str) -> None:
        self._replica = None
        try:
            self._store.update(sparql, prefixes=PREFIX_IRIS)
            self._wrote(len(sparql))
        except SyntaxError as e:
            raise QueryError(f"the SPARQL update does not parse: {e}") from e
        except OSError as e:
            self._fail(e)

    def replace_graphs(self, graphs: Mapping[str, str]) -> None:
        """As :meth:`Store.replace_graphs`. Graphs the store does not hold yet (every
        article of a first build) need nothing dropped: their statements and the union's
        copies go in with one ``extend``, which is one transaction too, and costs a third
        less than parsing and running the update (bench/bench_build.py)."""
        for iri in graphs:
            check_iri(iri)
        store = self._store
        if any(store.contains_named_graph(ox.NamedNode(iri)) for iri in graphs):
            super().replace_graphs(graphs)
            return
        self._replica = None
        union = ox.DefaultGraph()
        quads: list[ox.Quad] = []
        for iri, ntriples in graphs.items():
            graph = ox.NamedNode(iri)
            blank: dict[str, ox.BlankNode] = {}  # a graph's labels are its own (as INSERT DATA)

            def fresh(term: Any) -> Any:
                if isinstance(term, ox.BlankNode):
                    return blank.setdefault(term.value, ox.BlankNode())
                if isinstance(term, ox.Triple):
                    raise InputError(
                        f"RDF-star triple terms are not supported in a graph: {term}")
                return term
            try:
                for t in ox.parse(ntriples, ox.RdfFormat.N_TRIPLES):
                    s, o = fresh(t.subject), fresh(t.object)
                    quads += (ox.Quad(s, t.predicate, o, graph),
                              ox.Quad(s, t.predicate, o, union))
            except SyntaxError as e:
                raise InputError(
                    f"the content given for graph <{iri}> is not N-Triples: {e}") from e
        try:
            store.extend(quads)
            self._wrote(sum(map(len, graphs.values())))
        except OSError as e:
            self._fail(e)

    def _wrote(self, chars: int) -> None:
        # RocksDB keeps what was written in memory tables that Oxigraph lets grow with
        # the store (a build of 8,000 articles held 500 MB more than one of 2,000);
        # writing them out now and then keeps a build's memory flat, at no cost in time
        self._unflushed += chars
        if self._unflushed > _FLUSH_CHARS:
            self._store.flush()
            self._unflushed = 0

    # -- the guard: requests in a child process that can be stopped ---------------------

    def _guarded_query(self, sparql: str, timeout: float) -> QueryResult:
        self._lend()
        try:
            child = _Child("query", self.path, sparql, timeout)
            try:
                head = child.header()
            except BaseException:
                child.stop()
                raise
        except BaseException:
            self._reopen()
            raise
        kind = head.get("kind")
        if kind == "ask":
            child.stop()
            self._reopen()
            return QueryResult.ask(bool(head.get("boolean")))

        def rows() -> Iterator[Row]:
            try:
                yield from child.rows()
            finally:
                self._reopen()

        if kind == "select":
            return QueryResult.select(head.get("vars", []), rows())
        return QueryResult.graph(rows())  # type: ignore[arg-type]

    def _lend(self) -> None:
        """Flush and release the store (its lock) for a child process."""
        store = self._store
        try:
            store.flush()
        except OSError as e:
            self._fail(e)
        self._ox = None
        del store
        gc.collect()

    def guarded_update(self, sparql: str, *, timeout: float | None = None,
                       allow_network: bool = False) -> None:
        """Run a SPARQL update, and make the default graph the union again, in one
        transaction (``kg query --update``).

        ``LOAD`` and ``SERVICE`` are refused unless ``allow_network``. With ``timeout``
        the update runs in a child process that is killed after that many seconds; the
        transaction is then not committed and the store is as it was.
        """
        if not allow_network:
            refuse_network(sparql)
        text = strip_final_separator(sparql).rstrip() + "\n;\n" + _REFRESH_UNION
        if timeout is None:
            self.update(text)
            return
        self._lend()
        try:
            child = _Child("update", self.path, text, timeout)
            try:
                child.header()
                child.finish()
            finally:
                child.stop()
        finally:
            self._reopen()

    def _reopen(self) -> None:
        """Take the store back from the child (which has exited or been killed)."""
        self._replica = None
        for _ in range(40):
            try:
                self._ox = ox.Store(str(self.path))
                return
            except OSError as e:
                last = e
                time.sleep(0.05)
        raise StoreError(
            f"the store {self.location} could not be opened again after the request ({last}): "
            "another kg process took it in the meantime; the request itself is complete"
        ) from last

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
        """Load an N-Quads file with pyoxigraph's bulk loader, and its union.

        It adds the file's quads without a transaction: it is for loading a dataset into a
        new store, not for updating articles (``kg build`` does that, graph by graph).
        Only quads in graphs named by an IRI are kept, as everywhere in orgkg.
        """
        store = self._store
        self._replica = None
        replica: ox.Store | None = None
        try:
            with tempfile.TemporaryDirectory(prefix="kg-union-") as tmp, \
                    ThreadPoolExecutor(1) as pool:
                union = Path(tmp) / "union.nt"
                # the union's triples are cut out of the file in Python while Rust loads
                # it (its loader lets go of the GIL), then read in Rust: a Python object
                # per quad would cost twice as long
                cut = pool.submit(_triples_of, Path(path), union)
                store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
                plain = self._keep_iri_graphs_only()
                if cut.result() and plain:
                    # into the copy in memory at the same time, on the other core
                    copy = pool.submit(_load_copy, union) if self.memory else None
                    store.bulk_load(path=str(union), format=ox.RdfFormat.N_TRIPLES,
                                    to_graph=ox.DefaultGraph(), lenient=True)
                    replica = copy.result() if copy else None
                else:
                    store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object)
                                      for q in self._named_quads())
            store.optimize()
        except SyntaxError as e:
            raise InputError(f"{path} is not N-Quads: {_one_line(e)}; the store now holds "
                             "part of it: load the corrected file into a new store") from e
        except OSError as e:
            self._fail(e)
        if self.memory:
            self._replica = replica or self._copy_union()

    def _keep_iri_graphs_only(self) -> bool:
        """Drop what the loaded file put in the default graph or in blank-node graphs;
        True if there was none."""
        store = self._store
        plain = True
        if next(store.quads_for_pattern(None, None, None, ox.DefaultGraph()), None):
            store.clear_graph(ox.DefaultGraph())
            plain = False
        for g in list(store.named_graphs()):
            if isinstance(g, ox.BlankNode):
                store.remove_graph(g)
                plain = False
        return plain

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
        self._replica = None
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


def _load_copy(ntriples: Path) -> ox.Store:
    """An in-memory store of an N-Triples file written by this module (lenient: the terms
    were checked when they were first read)."""
    copy = ox.Store()
    copy.bulk_load(path=str(ntriples), format=ox.RdfFormat.N_TRIPLES, lenient=True)
    return copy


def _triples_of(quads: Path, out: Path) -> bool:
    """Write the N-Quads file's statements to ``out`` as N-Triples (the graph term cut
    off); False, with nothing to rely on in ``out``, if a line is not of the plain form
    ``… <graph> .`` that makes the cut safe (a comment, a blank-node graph).

    Only for a file whose every statement is known to lie in an IRI-named graph: the last
    term of each line is then its graph, and an IRI holds no ``<``.
    """
    with open(quads, "rb") as src, open(out, "wb") as dst:
        for line in src:
            line = line.rstrip()
            if not line:
                continue
            if not line.endswith(b">\x20.") and not line.endswith(b">\t."):
                return False
            cut = line.rfind(b"<")
            if cut <= 0 or line[cut - 1] not in b" \t":
                return False
            dst.write(line[:cut] + b".\n")
    return True


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


# -- the guard --------------------------------------------------------------------------

_REFRESH_UNION = "DROP SILENT DEFAULT ; INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


def refuse_network(sparql: str) -> None:
    """Raise QueryError if ``sparql`` would reach another server (SERVICE, LOAD)."""
    word = network_access(sparql)
    if word:
        raise QueryError(
            f"the request uses {word}, which would make the store fetch from another "
            f"server over the network; that is refused: remove the {word} clause, or allow "
            f"it with --allow-network if you trust the server")


# The child: reads the request on stdin, answers on stdout one JSON line each: a header
# ({"kind": ...} or {"error": ...}), then the rows or triples as arrays of terms, then
# {"end": true}. Only pyoxigraph is imported, so it starts in a fraction of a second.
_CHILD = r"""
import ctypes, json, os, signal, sys
signal.signal(signal.SIGINT, signal.SIG_IGN)
try:
    ctypes.CDLL(None).prctl(1, signal.SIGKILL)   # PR_SET_PDEATHSIG: die with the parent
except Exception:
    pass
if os.getppid() != int(sys.argv[3]):
    os._exit(1)
import pyoxigraph as ox
mode, path, prefixes = sys.argv[1], sys.argv[2], json.loads(sys.argv[4])
request = sys.stdin.buffer.read().decode("utf-8")
out = open(sys.stdout.fileno(), "wb", buffering=1 << 16, closefd=False)
def emit(obj):
    out.write(json.dumps(obj, ensure_ascii=False).encode("utf-8") + b"\n")
def term(t):
    if t is None:
        return None
    if isinstance(t, ox.NamedNode):
        return ["u", t.value]
    if isinstance(t, ox.BlankNode):
        return ["b", t.value]
    if isinstance(t, ox.Literal):
        return ["l", t.value, t.datatype.value, t.language]
    return ["t", str(t)]
try:
    if mode == "update":
        store = ox.Store(path)
        store.update(request, prefixes=prefixes)
        store.flush()
        emit({"kind": "done"})
    else:
        store = ox.Store(path)
        result = store.query(request, prefixes=prefixes)
        if isinstance(result, ox.QueryBoolean):
            emit({"kind": "ask", "boolean": bool(result)})
        elif isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            emit({"kind": "select", "vars": names})
            out.flush()
            width = range(len(names))
            for solution in result:
                emit([term(solution[i]) for i in width])
        else:
            emit({"kind": "graph"})
            out.flush()
            for t in result:
                emit([term(t.subject), term(t.predicate), term(t.object)])
    emit({"end": True})
except SyntaxError as e:
    emit({"error": "syntax", "message": str(e)})
except OSError as e:
    emit({"error": "store", "message": str(e)})
except Exception as e:
    emit({"error": "request", "message": f"{type(e).__name__}: {e}"})
out.flush()
"""


class _Child:
    """A request running in a child process, read one line at a time against a budget
    of waiting time; :meth:`stop` kills it."""

    def __init__(self, mode: str, path: Path, request: str, timeout: float) -> None:
        self.mode = mode
        self.location = str(path)
        self.timeout = timeout
        self.budget = timeout
        self._err: IO[bytes] = tempfile.TemporaryFile()
        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-c", _CHILD, mode, str(path.resolve()), str(os.getpid()),
                 json.dumps(PREFIX_IRIS)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._err,
                close_fds=True)
        except OSError as e:
            raise StoreError(f"cannot start a process to run the request: {e}") from e
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self._fd = self.proc.stdout.fileno()
        self._buf = bytearray()
        self._eof = False
        try:
            self.proc.stdin.write(request.encode("utf-8"))
            self.proc.stdin.close()
        except BrokenPipeError:
            pass                        # the child died: header() reports why

    def _line(self) -> bytes | None:
        while True:
            nl = self._buf.find(b"\n")
            if nl >= 0:
                line = bytes(self._buf[:nl])
                del self._buf[: nl + 1]
                return line
            if self._eof:
                return None
            started = time.monotonic()
            ready, _, _ = select.select([self._fd], [], [], max(self.budget, 0.0))
            self.budget -= time.monotonic() - started
            if not ready:
                self.stop()
                raise QueryError(
                    f"the {self.mode} was stopped after {self.timeout:g} s (--timeout); the "
                    "store is unchanged. Make it more selective (selective patterns first, a "
                    "LIMIT), or give a larger --timeout (0: no limit)")
            chunk = os.read(self._fd, 1 << 16)
            if chunk:
                self._buf += chunk
            else:
                self._eof = True

    def _message(self, line: bytes | None) -> Any:
        if line is None:
            self.proc.wait()
            self._err.seek(0)
            tail = self._err.read()[-2000:].decode("utf-8", "replace").strip().splitlines()
            raise StoreError(
                f"the process running the {self.mode} on {self.location} ended without an "
                f"answer (exit {self.proc.returncode}" + (f": {tail[-1]}" if tail else "") + ")")
        obj = json.loads(line)
        if isinstance(obj, dict) and "error" in obj:
            self.stop()
            message = _one_line(obj["message"])
            if obj["error"] == "syntax":
                raise QueryError(f"the SPARQL {self.mode} does not parse: {message}")
            if obj["error"] == "store":
                raise StoreError(f"the store {self.location} failed: {message}")
            raise QueryError(f"the SPARQL {self.mode} failed: {message}")
        return obj

    def header(self) -> dict[str, Any]:
        head = self._message(self._line())
        if not isinstance(head, dict):
            raise StoreError(f"unexpected answer from the {self.mode} process: {head!r}")
        return head

    def rows(self) -> Iterator[Row]:
        try:
            while True:
                obj = self._message(self._line())
                if isinstance(obj, dict):       # {"end": true}
                    return
                yield tuple(_term(t) for t in obj)
        finally:
            self.stop()

    def finish(self) -> None:
        """Read to the end and let the child exit by itself (it closes its store)."""
        while self._line() is not None:
            pass
        try:
            self.proc.wait(timeout=max(self.budget, 5.0))
        except subprocess.TimeoutExpired:
            pass

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        if self.proc.stdout is not None:
            self.proc.stdout.close()
        self._err.close()


def _one_line(error: object, limit: int = 400) -> str:
    """An engine's message on one line (Oxigraph's parse errors list the expected
    characters over several lines)."""
    text = " ".join(str(error).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _term(t: Any) -> Term | None:
    if t is None:
        return None
    kind = t[0]
    if kind == "u":
        return URIRef(t[1])
    if kind == "b":
        return BNode(t[1])
    if kind == "l":
        if t[3]:
            return Literal(t[1], lang=t[3])
        if t[2] == _XSD_STRING:
            return Literal(t[1])
        return Literal(t[1], datatype=URIRef(t[2]), normalize=False)
    raise QueryError(f"RDF-star triple terms are not supported in results: {t[1]}")
