"""RDF exporters: turtle, trig, nquads, ntriples (streamed by the store) and jsonld.

Each exporter has a ``name``, its file ``extensions`` (the first is the usual one), a
one-line ``description`` and ``write(store, stream)``; kg.export registers them.
"""
from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import pyoxigraph as ox
from rdflib import BNode, Graph, URIRef
from rdflib.plugins.serializers.jsonld import Converter
from rdflib.plugins.shared.jsonld.context import Context

from kg.errors import InputError
from kg.resources import ontology_dir
from kg.store.base import Store

#: the JSON-LD context written by the ontology (optional)
CONTEXT_PATH = ontology_dir() / "context.jsonld"


@dataclass(frozen=True)
class StoreDumpExporter:
    """Formats the store writes itself (see :meth:`Store.dump`)."""

    name: str
    extensions: tuple[str, ...]
    description: str
    dump_format: str

    def write(self, store: Store, stream: BinaryIO) -> None:
        store.dump(self.dump_format, stream)


@dataclass(frozen=True)
class JsonLdExporter:
    """The union as JSON-LD 1.1, compacted with the context file if there is one.

    Without a context file the output is expanded JSON-LD, streamed by Oxigraph.
    Compaction goes through an rdflib graph, so it holds the union in memory.
    """

    name: str = "jsonld"
    extensions: tuple[str, ...] = (".jsonld", ".json")
    description: str = "the merged graph as JSON-LD (compacted with ontology/context.jsonld)"
    context_path: Path | None = CONTEXT_PATH

    def write(self, store: Store, stream: BinaryIO) -> None:
        context = self._context()
        with tempfile.TemporaryFile() as nt:
            store.dump("ntriples", nt)
            nt.seek(0)
            if context is None:
                triples = ox.parse(nt, ox.RdfFormat.N_TRIPLES)
                ox.serialize((q.triple for q in triples), stream, ox.RdfFormat.JSON_LD)
                return
            graph = Graph(bind_namespaces="none")
            graph.parse(nt, format="nt")
        stream.write(json.dumps(compact_jsonld(graph, context), ensure_ascii=False,
                                indent=2, sort_keys=True).encode("utf-8"))
        stream.write(b"\n")

    def _context(self) -> Any:
        path = self.context_path
        if path is None or not path.is_file():
            return None
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise InputError(f"the JSON-LD context {path} is not readable JSON: {e}") from e
        return doc.get("@context", doc) if isinstance(doc, dict) else doc


class _EverySubjectConverter(Converter):
    """rdflib's JSON-LD converter, writing every subject as a top-level node.

    rdflib 7.6 writes a blank node as a node only when it is reached through a term
    without ``"@type": "@id"``; through such a term (``memberDuring``, ``attendee``) it
    writes the reference and loses the node's own triples. Writing every subject at the
    top level (blank nodes referenced by ``@id``) keeps them all.
    """

    def from_graph(self, graph: Graph) -> list[Any]:
        nodemap: dict[Any, Any] = {}
        subjects = {s for s in graph.subjects() if isinstance(s, (URIRef, BNode))}
        for s in sorted(subjects, key=lambda n: (isinstance(n, BNode), str(n))):
            self.process_subject(graph, s, nodemap)
        return list(nodemap.values())


def compact_jsonld(graph: Graph, context: Any) -> Any:
    """``graph`` as a JSON-LD document compacted with ``context`` (the @context value)."""
    ctx = Context(context)
    result = _EverySubjectConverter(ctx, False, False).convert(graph)
    if isinstance(result, list):
        result = {ctx.graph_key: result}
    result["@context"] = context
    return result


TURTLE = StoreDumpExporter("turtle", (".ttl",), "the merged graph (union) as Turtle", "turtle")
TRIG = StoreDumpExporter("trig", (".trig",), "every graph with its name, as TriG", "trig")
NQUADS = StoreDumpExporter(
    "nquads", (".nq", ".nquads"), "every graph with its name, as N-Quads", "nquads"
)
NTRIPLES = StoreDumpExporter(
    "ntriples", (".nt",), "the merged graph (union) as N-Triples", "ntriples"
)
JSONLD = JsonLdExporter()

RDF_EXPORTERS = (TURTLE, TRIG, NQUADS, NTRIPLES, JSONLD)

__all__ = [
    "CONTEXT_PATH",
    "RDF_EXPORTERS",
    "JsonLdExporter",
    "StoreDumpExporter",
    "compact_jsonld",
]
