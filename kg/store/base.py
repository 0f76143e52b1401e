"""The store interface (CONTRACT.md §1 ``--store``, §2 the dataset).

A store holds one named graph per article plus graphs of derived facts. Queries see
the union of all graphs as their default graph; updates replace whole graphs.

Every backend implements :class:`Store`. What can be said in SPARQL 1.1 is said in
SPARQL here (replacing and removing graphs, counting, listing graphs), so a backend
only has to provide :meth:`Store.query`, :meth:`Store.update` and :meth:`Store.dump`;
it may override the rest with something faster.

:class:`QueryResult` is backend-neutral: rows hold rdflib terms, and its writers
implement the W3C result formats in Python, so every backend prints the same bytes.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import unicodedata
from abc import ABC, abstractmethod
from collections.abc import Collection, Iterable, Iterator, Mapping
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any, BinaryIO, TypeAlias, cast
from typing import Literal as TypingLiteral

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.errors import InputError

if TYPE_CHECKING:
    from typing_extensions import Self
from kg.rdf.vocab import PREFIXES

Term: TypeAlias = URIRef | BNode | Literal
Row: TypeAlias = tuple[Term | None, ...]
TripleT: TypeAlias = tuple[Term, Term, Term]

#: formats of :meth:`QueryResult.write` (``kg query --format``)
RESULT_FORMATS = ("table", "csv", "tsv", "json")
#: formats of :meth:`Store.dump`: datasets (nquads, trig) or the union (turtle, ntriples)
DUMP_FORMATS = ("nquads", "trig", "turtle", "ntriples")

#: CONTRACT.md §3 prefixes as plain strings, for serialisers and queries
PREFIX_IRIS: dict[str, str] = {name: str(ns) for name, ns in PREFIXES.items()}

_XSD_STRING = str(XSD.string)
# RFC 3987 minus the characters N-Triples and SPARQL forbid in an IRIREF
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\x00-\x20<>\"{}|^`\\]*\Z")


def check_iri(iri: str) -> str:
    """Return ``iri`` if it can be written as ``<iri>`` in SPARQL, else raise InputError."""
    if not isinstance(iri, str) or not _IRI.match(iri):
        raise InputError(
            f"{iri!r} is not an absolute IRI usable as a graph name: "
            "it needs a scheme (https://…) and no spaces, quotes, <, > or braces"
        )
    return iri


# ---------------------------------------------------------------------------------------
# SPARQL text helpers shared by backends


def replace_update(graphs: Mapping[str, str]) -> str:
    """One SPARQL 1.1 Update that drops each graph and inserts its new content.

    ``graphs`` maps a graph IRI to its whole content as N-Triples. Blank node labels are
    scoped to each graph's text (two graphs may both say ``_:b0`` and mean different
    nodes), so they are relabelled per graph; ``INSERT DATA`` then mints fresh blank
    nodes (SPARQL 1.1 Update §3.1.1), so replacing a graph never leaves old ones behind.
    Returns ``""`` for an empty mapping.
    """
    drops: list[str] = []
    blocks: list[str] = []
    copies: list[str] = []
    for k, (iri, ntriples) in enumerate(graphs.items()):
        check_iri(iri)
        drops.extend(_leave_union(iri))
        try:
            quads = ox.parse(ntriples, ox.RdfFormat.N_TRIPLES)
            lines = [
                f"{_sparql_term(q.subject, k)} {q.predicate} {_sparql_term(q.object, k)} ."
                for q in quads
            ]
        except SyntaxError as e:
            raise InputError(f"the content given for graph <{iri}> is not N-Triples: {e}") from e
        if lines:
            blocks.append(f"GRAPH <{iri}> {{\n" + "\n".join(lines) + "\n}")
            copies.append(_join_union(iri))
    if not drops:
        return ""
    text = " ;\n".join(drops)
    if blocks:
        text += " ;\nINSERT DATA {\n" + "\n".join(blocks) + "\n}"
    for copy in copies:
        text += " ;\n" + copy
    return text + "\n"


# The default graph holds the union of the named graphs, each triple once (see
# Store.refresh_union). Replacing or dropping a graph keeps it so in the same update:
# first the graph's triples that no other graph states leave the union, then the graph
# goes; new content is copied in after it is inserted.
def _leave_union(iri: str) -> list[str]:
    return [
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != <{iri}>) }} }}",
        f"DROP SILENT GRAPH <{iri}>",
    ]


def _join_union(iri: str) -> str:
    return f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}"


def _sparql_term(term: Any, scope: int) -> str:
    if isinstance(term, ox.BlankNode):
        return f"_:g{scope}_{term.value}"
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return str(term)  # N-Triples syntax, which SPARQL accepts (ECHAR and UCHAR escapes)
    raise InputError(f"RDF-star triple terms are not supported in a graph: {term}")


def patch_update(iri: str, remove: Collection[TripleT], add: Collection[TripleT]) -> str:
    """One SPARQL 1.1 Update taking ``remove`` out of graph ``iri`` and putting ``add`` in,
    the default graph (the union) kept in step: a removed triple leaves it only when no
    other graph states it. For graphs without blank nodes (those of derived facts);
    ``""`` when there is nothing to do."""
    check_iri(iri)
    ops: list[str] = []
    if remove:
        lines = "\n".join(ntriples_line(t) for t in remove)
        rows = " ".join("(" + ntriples_line(t)[:-2] + ")" for t in remove)
        ops.append(f"DELETE DATA {{ GRAPH <{iri}> {{\n{lines}\n}} }}")
        ops.append(f"DELETE {{ ?s ?p ?o }} WHERE {{ VALUES (?s ?p ?o) {{ {rows} }} ?s ?p ?o "
                   f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} }} }}")
    if add:
        lines = "\n".join(ntriples_line(t) for t in add)
        ops.append(f"INSERT DATA {{ GRAPH <{iri}> {{\n{lines}\n}}\n{lines}\n}}")
    return " ;\n".join(ops)


def ntriples_line(t: TripleT) -> str:
    """A triple as one N-Triples statement (no line break), for ``DATA`` blocks."""
    if any(isinstance(term, BNode) for term in t):
        raise InputError(f"a blank node cannot be patched into a graph (it has no name to "
                         f"find it by again): {t}; replace the whole graph instead")
    return " ".join(turtle_term(term) for term in t) + " ."


def drop_update(iris: Iterable[str]) -> str:
    """One SPARQL 1.1 Update dropping every graph in ``iris`` (missing ones are ignored)."""
    return " ;\n".join(op for iri in iris for op in _leave_union(check_iri(iri)))


_SKIP = re.compile(
    r"""'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\""""
    r"""|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|<[^<>"{}|^`\\\x00-\x20]*>|\#[^\n]*""",
    re.DOTALL,
)
_FROM = re.compile(r"\bFROM\b", re.IGNORECASE)


def has_dataset_clause(sparql: str) -> bool:
    """True if the query names its own dataset with ``FROM`` / ``FROM NAMED`` (§13.2).

    Oxigraph's union default graph silently overrides ``FROM``; a query that names its
    graphs must run without it. Strings, IRIs and comments are skipped before looking.
    """
    return bool(_FROM.search(_SKIP.sub(" ", sparql)))


# ---------------------------------------------------------------------------------------
# query results


class QueryResult:
    """The result of :meth:`Store.query`.

    - SELECT: ``variables`` (names without ``?``) and ``rows``, an iterator of tuples of
      rdflib terms in the order of ``variables`` (``None`` where unbound);
    - ASK: ``boolean``;
    - CONSTRUCT / DESCRIBE: ``triples``, an iterator of rdflib triples.

    Plain literals come back as ``Literal("…")`` without a datatype (RDF 1.1 makes them
    ``xsd:string``; rdflib compares the two as different). Rows and triples can be read
    once; iterating the result iterates them.
    """

    def __init__(
        self,
        kind: TypingLiteral["select", "ask", "graph"],
        *,
        variables: Iterable[str] = (),
        rows: Iterable[Row] = (),
        boolean: bool | None = None,
        triples: Iterable[TripleT] = (),
    ) -> None:
        self.kind = kind
        self.variables: list[str] = list(variables)
        self.rows: Iterator[Row] = iter(rows)
        self.boolean = boolean
        self.triples: Iterator[TripleT] = iter(triples)

    @classmethod
    def select(cls, variables: Iterable[str], rows: Iterable[Row]) -> QueryResult:
        return cls("select", variables=variables, rows=rows)

    @classmethod
    def ask(cls, boolean: bool) -> QueryResult:
        return cls("ask", boolean=boolean)

    @classmethod
    def graph(cls, triples: Iterable[TripleT]) -> QueryResult:
        return cls("graph", triples=triples)

    def __iter__(self) -> Iterator[Any]:
        if self.kind == "select":
            return self.rows
        if self.kind == "graph":
            return self.triples
        raise TypeError("an ASK result is not iterable: read .boolean")

    def __repr__(self) -> str:
        if self.kind == "select":
            return f"<QueryResult SELECT {' '.join('?' + v for v in self.variables)}>"
        if self.kind == "ask":
            return f"<QueryResult ASK {self.boolean}>"
        return "<QueryResult CONSTRUCT>"

    def write(
        self, fmt: str, stream: IO[bytes] | IO[str], prefixes: Mapping[str, str] | None = None
    ) -> None:
        """Write the result for ``kg query --format FMT``.

        ``json``: SPARQL 1.1 Query Results JSON; ``csv`` / ``tsv``: SPARQL 1.1 Query
        Results CSV and TSV; ``table``: aligned columns for a terminal, IRIs shortened
        with ``prefixes`` (default: CONTRACT.md §3). A CONSTRUCT result is written as
        Turtle for ``table``, JSON-LD for ``json`` and as ``subject predicate object``
        rows for csv and tsv. An ASK result is ``true`` or ``false``. ``stream`` may be
        binary (UTF-8 is written) or text.
        """
        if fmt not in RESULT_FORMATS:
            raise InputError(
                f"unknown result format {fmt!r}: use one of {', '.join(RESULT_FORMATS)}"
            )
        pfx = PREFIX_IRIS if prefixes is None else dict(prefixes)
        out = _TextOut(stream)
        if self.kind == "ask":
            if fmt == "json":
                out.write(json.dumps({"head": {}, "boolean": bool(self.boolean)}) + "\n")
            else:
                out.write("true\n" if self.boolean else "false\n")
        elif self.kind == "graph" and fmt in ("table", "json"):
            g = Graph(bind_namespaces="none")
            for name, ns in pfx.items():
                g.bind(name, ns)
            for t in self.triples:
                g.add(t)
            if fmt == "table":
                out.write(g.serialize(format="turtle"))
            else:
                out.write(g.serialize(format="json-ld", auto_compact=False) + "\n")
        else:
            variables, rows = self.variables, self.rows
            if self.kind == "graph":
                variables, rows = ["subject", "predicate", "object"], iter(self.triples)
            {"csv": _write_csv, "tsv": _write_tsv, "json": _write_json, "table": _write_table}[
                fmt
            ](variables, rows, out, pfx)
        out.flush()


class _TextOut:
    """Writes str to a binary stream (as UTF-8) or to a text stream."""

    def __init__(self, stream: IO[bytes] | IO[str]) -> None:
        self._stream = stream
        self._binary = not isinstance(stream, io.TextIOBase)

    def write(self, text: str) -> None:
        if self._binary:
            cast(IO[bytes], self._stream).write(text.encode("utf-8"))
        else:
            cast(IO[str], self._stream).write(text)

    def flush(self) -> None:
        if hasattr(self._stream, "flush"):
            self._stream.flush()


def _write_csv(
    variables: list[str], rows: Iterator[Row], out: _TextOut, _: Mapping[str, str]
) -> None:
    # SPARQL 1.1 Query Results CSV §2: CRLF, RFC 4180 quoting, lexical forms only
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(variables)
    for row in rows:
        w.writerow(["" if t is None else _csv_term(t) for t in row])
        if buf.tell() > 65536:
            out.write(buf.getvalue())
            buf.seek(0)
            buf.truncate()
    out.write(buf.getvalue())


def _csv_term(t: Term) -> str:
    if isinstance(t, BNode):
        return "_:" + str(t)
    return str(t)


def _write_tsv(
    variables: list[str], rows: Iterator[Row], out: _TextOut, _: Mapping[str, str]
) -> None:
    # SPARQL 1.1 Query Results TSV §3: ?-names, terms in SPARQL/Turtle syntax, LF
    out.write("\t".join("?" + v for v in variables) + "\n")
    for row in rows:
        out.write("\t".join("" if t is None else turtle_term(t, bare_numbers=True) for t in row))
        out.write("\n")


_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_NUMBER = {
    str(XSD.integer): re.compile(r"[+-]?[0-9]+\Z"),
    str(XSD.decimal): re.compile(r"[+-]?[0-9]*\.[0-9]+\Z"),
    str(XSD.double): re.compile(r"[+-]?(?:[0-9]+\.[0-9]*|\.?[0-9]+)[eE][+-]?[0-9]+\Z"),
    str(XSD.boolean): re.compile(r"(?:true|false)\Z"),
}


def turtle_term(t: Term, *, bare_numbers: bool = False) -> str:
    """A term in N-Triples syntax (numbers and booleans bare if ``bare_numbers``)."""
    if isinstance(t, URIRef):
        return f"<{t}>"
    if isinstance(t, BNode):
        return f"_:{t}"
    lexical = "".join(_ESCAPES.get(c, c) for c in str(t))
    if t.language:
        return f'"{lexical}"@{t.language}'
    dt = str(t.datatype) if t.datatype is not None else _XSD_STRING
    if dt == _XSD_STRING:
        return f'"{lexical}"'
    if bare_numbers and dt in _NUMBER and _NUMBER[dt].match(str(t)):
        return str(t)
    return f'"{lexical}"^^<{dt}>'


def _write_json(
    variables: list[str], rows: Iterator[Row], out: _TextOut, _: Mapping[str, str]
) -> None:
    # SPARQL 1.1 Query Results JSON §3; one binding a line, streamed
    head = json.dumps({"vars": variables}, ensure_ascii=False, separators=(",", ":"))
    out.write('{"head":' + head + ',"results":{"bindings":[')
    sep = "\n"
    for row in rows:
        binding = {v: _json_term(t) for v, t in zip(variables, row) if t is not None}
        out.write(sep + json.dumps(binding, ensure_ascii=False, separators=(",", ":")))
        sep = ",\n"
    out.write("\n]}}\n")


def _json_term(t: Term) -> dict[str, str]:
    if isinstance(t, URIRef):
        return {"type": "uri", "value": str(t)}
    if isinstance(t, BNode):
        return {"type": "bnode", "value": str(t)}
    d = {"type": "literal", "value": str(t)}
    if t.language:
        d["xml:lang"] = t.language
    elif t.datatype is not None and str(t.datatype) != _XSD_STRING:
        d["datatype"] = str(t.datatype)
    return d


def _write_table(
    variables: list[str], rows: Iterator[Row], out: _TextOut, prefixes: Mapping[str, str]
) -> None:
    cells = [[_table_term(t, prefixes) for t in row] for row in rows]
    widths = [_width(v) for v in variables]
    for r in cells:
        for i, c in enumerate(r):
            widths[i] = max(widths[i], _width(c))

    def line(values: list[str]) -> str:
        padded = [v + " " * (w - _width(v)) for v, w in zip(values, widths)]
        return "  ".join(padded).rstrip() + "\n"

    out.write(line(variables))
    out.write(line(["-" * w for w in widths]))
    for r in cells:
        out.write(line(r))
    out.write(f"({len(cells)} row{'' if len(cells) == 1 else 's'})\n")


_LOCAL = re.compile(r"[\w\-.]*\Z")


def shorten(iri: str, prefixes: Mapping[str, str]) -> str:
    """``org:Membership`` for an IRI in a known namespace, else ``<iri>``."""
    best = ""
    for name, ns in prefixes.items():
        if iri.startswith(ns) and len(ns) > len(prefixes.get(best, "")):
            local = iri[len(ns):]
            if _LOCAL.match(local) and not local.endswith("."):
                best = name
    if best:
        return f"{best}:{iri[len(prefixes[best]):]}"
    return f"<{iri}>"


def _table_term(t: Term | None, prefixes: Mapping[str, str]) -> str:
    if t is None:
        return ""
    if isinstance(t, URIRef):
        return shorten(str(t), prefixes)
    if isinstance(t, BNode):
        return f"_:{t}"
    return str(t).replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace(
        "\t", "\\t"
    )


def _width(s: str) -> int:
    """Columns ``s`` takes on a terminal (combining marks 0, wide East Asian 2)."""
    w = 0
    for c in s:
        if unicodedata.combining(c):
            continue
        w += 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
    return w


# ---------------------------------------------------------------------------------------
# the interface


class Store(ABC):
    """A dataset of named graphs queried through SPARQL 1.1.

    The default graph of every query is the union of all graphs (CONTRACT.md §1), and
    queries and updates know the CONTRACT.md §3 prefixes without declaring them. A
    query that names its own dataset (``FROM``) gets exactly that dataset.

    Use as a context manager, or call :meth:`close`.
    """

    #: where the store lives, for messages (a directory or an endpoint URL)
    location: str

    # -- what a backend must provide ------------------------------------------------

    @abstractmethod
    def query(self, sparql: str) -> QueryResult:
        """Run a SPARQL 1.1 query; raise QueryError if it does not parse."""

    @abstractmethod
    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 update as one transaction; QueryError if it does not parse."""

    @abstractmethod
    def dump(self, fmt: str, stream: BinaryIO) -> None:
        """Write the store to ``stream`` in one of :data:`DUMP_FORMATS`.

        ``nquads`` and ``trig`` write every graph with its name; ``turtle`` and
        ``ntriples`` write the union, each triple once. Turtle and TriG use the
        CONTRACT.md §3 prefixes.
        """

    # -- derived from the above; backends may override ---------------------------------

    def replace_graphs(self, graphs: Mapping[str, str]) -> None:
        """Atomically replace each named graph (IRI -> whole content as N-Triples).

        The graphs not named are untouched; a graph given empty content is removed.
        Replacing a graph with the same content again changes nothing: never duplicates.
        """
        text = replace_update(graphs)
        if text:
            self.update(text)

    def patch_graph(self, iri: str, remove: Collection[TripleT],
                    add: Collection[TripleT]) -> None:
        """Take the triples ``remove`` out of the named graph ``iri`` and put ``add`` in, in
        one transaction, the union kept in step (no blank nodes).

        For a large graph of which a few statements change (the resolution decisions of a
        few names, the spans of a few memberships): the cost follows the change, not the
        graph, as it would with :meth:`replace_graphs`.
        """
        text = patch_update(iri, remove, add)
        if text:
            self.update(text)

    def refresh_union(self) -> None:
        """Make the default graph the union of the named graphs, each triple once.

        SPARQL's default graph is an RDF graph, a set; engines that offer "the union of all
        graphs" (Oxigraph's flag) give it as a multiset, so a name stated by three articles
        comes back three times and COUNTs are wrong. Writers call this after changing the
        named graphs; queries then read the materialised union.
        """
        self.update("DROP SILENT DEFAULT ; INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")

    def bulk_load(self, path: str | os.PathLike[str]) -> None:
        """Load an N-Quads file (each named graph replaced); for large datasets.

        Backends override this with their fastest path; this one replaces graphs in batches.
        """
        by_graph: dict[str, list[str]] = {}
        with open(path, "rb") as fh:
            for q in ox.parse(fh, ox.RdfFormat.N_QUADS):
                if isinstance(q.graph_name, ox.NamedNode):
                    by_graph.setdefault(q.graph_name.value, []).append(
                        f"{q.subject} {q.predicate} {q.object} .\n")
        names = list(by_graph)
        for i in range(0, len(names), 500):
            self.replace_graphs({g: "".join(by_graph[g]) for g in names[i:i + 500]})

    def remove_graphs(self, iris: Iterable[str]) -> None:
        """Remove these named graphs in one transaction; missing ones are ignored."""
        text = drop_update(iris)
        if text:
            self.update(text)

    def graph_names(self) -> set[str]:
        """IRIs of the named graphs (a backend may also list one left empty by ``CLEAR``)."""
        result = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return {str(row[0]) for row in result.rows if isinstance(row[0], URIRef)}

    def has_graph(self, iri: str) -> bool:
        """Whether ``iri`` names a graph of the store (see :meth:`graph_names`)."""
        result = self.query(f"ASK {{ GRAPH <{check_iri(iri)}> {{ ?s ?p ?o }} }}")
        return bool(result.boolean)

    def triple_count(self) -> int:
        """Statements in all graphs: a triple stated in two graphs counts twice."""
        result = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        row = next(result.rows)
        return int(row[0]) if row[0] is not None else 0

    def close(self) -> None:
        """Release the store (for an embedded store: its lock)."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.location}>"
