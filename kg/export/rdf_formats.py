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
from rdflib import Graph

import kg
from kg.errors import InputError
from kg.store.base import PREFIX_IRIS, Store

#: the JSON-LD context written by the ontology (optional)
CONTEXT_PATH = Path(kg.__file__).resolve().parents[1] / "ontology" / "context.jsonld"


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
            store.dump("ntriples", nt)  # type: ignore[arg-type]
            nt.seek(0)
            if context is None:
                triples = ox.parse(nt, ox.RdfFormat.N_TRIPLES)
                ox.serialize((q.triple for q in triples), stream, ox.RdfFormat.JSON_LD)
                return
            graph = Graph(bind_namespaces="none")
            graph.parse(nt, format="nt")  # type: ignore[arg-type]
        graph.serialize(stream, format="json-ld", context=context, indent=2)

    def _context(self) -> Any:
        path = self.context_path
        if path is None or not path.is_file():
            return None
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise InputError(f"the JSON-LD context {path} is not readable JSON: {e}") from e
        return doc.get("@context", doc) if isinstance(doc, dict) else doc


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

__all__ = ["CONTEXT_PATH", "JsonLdExporter", "RDF_EXPORTERS", "StoreDumpExporter",
           "PREFIX_IRIS"]
