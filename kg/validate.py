"""``kg validate``: SHACL (W3C Shapes Constraint Language, 2017) over the store's union.

The union is copied into an rdflib graph through N-Triples (fine at this project's
scale) and checked by pySHACL without inference, with SHACL Advanced Features
(SHACL-AF) on. The shapes' ``sh:targetClass`` follows ``rdfs:subClassOf`` in the data
graph (SHACL §2.1.3.3); pass the ontology to have its class hierarchy mixed in.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import BNode, Graph, URIRef
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from kg.errors import InputError
from kg.store.base import Store


@dataclass(frozen=True)
class Violation:
    """One ``sh:ValidationResult``: IRIs as strings, ``path`` None for node constraints."""

    focus: str
    path: str | None
    message: str
    severity: str  # "Violation", "Warning" or "Info" (the local name of sh:resultSeverity)
    value: str | None = None


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    text: str = ""


def validate(
    store: Store, shapes_path: str | Path, ontology_path: str | Path | None = None
) -> ValidationReport:
    """Check the union of ``store`` against the shapes in ``shapes_path``."""
    shapes = _load(Path(shapes_path), "shapes")
    ontology = _load(Path(ontology_path), "ontology") if ontology_path is not None else None

    buf = io.BytesIO()
    store.dump("ntriples", buf)
    data = Graph()
    data.parse(data=buf.getvalue(), format="nt")

    conforms, results, text = shacl_validate(
        data,
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="none",
        advanced=True,
        abort_on_first=False,
    )
    assert isinstance(results, Graph)
    return ValidationReport(bool(conforms), _violations(results), str(text))


def _load(path: Path, what: str) -> Graph:
    if not path.is_file():
        raise InputError(f"the {what} file {path} does not exist: give the path of a Turtle file")
    g = Graph()
    try:
        g.parse(path)
    except Exception as e:  # rdflib raises many kinds for a bad file
        raise InputError(f"the {what} file {path} does not parse as RDF: {e}") from e
    return g


def _violations(results: Graph) -> list[Violation]:
    out = []
    for r in results.subjects(RDF.type, SH.ValidationResult):
        severity = results.value(r, SH.resultSeverity)
        out.append(
            Violation(
                focus=_text(results.value(r, SH.focusNode)) or "",
                path=_path(results, results.value(r, SH.resultPath)),
                message=_messages(results, r),
                severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
                value=_text(results.value(r, SH.value)),
            )
        )
    out.sort(key=lambda v: (v.focus, v.path or "", v.message))
    return out


def _messages(results: Graph, r: Node) -> str:
    """All ``sh:resultMessage``s, English first then by language, joined by ``; ``."""
    msgs = [m for m in results.objects(r, SH.resultMessage)]
    msgs.sort(key=lambda m: (getattr(m, "language", None) != "en",
                             getattr(m, "language", None) or "", str(m)))
    return "; ".join(str(m) for m in msgs)


def _text(node: Node | None) -> str | None:
    if node is None:
        return None
    return f"_:{node}" if isinstance(node, BNode) else str(node)


def _path(results: Graph, node: Node | None) -> str | None:
    """A property path as text: an IRI as is, a complex path in SPARQL-like syntax."""
    if node is None:
        return None
    if isinstance(node, URIRef):
        return str(node)
    if isinstance(node, BNode):
        inverse = results.value(node, SH.inversePath)
        if inverse is not None:
            return "^" + (_path(results, inverse) or "")
        for prop, suffix in ((SH.zeroOrMorePath, "*"), (SH.oneOrMorePath, "+"),
                             (SH.zeroOrOnePath, "?")):
            inner = results.value(node, prop)
            if inner is not None:
                return f"({_path(results, inner)}){suffix}"
        alternatives = results.value(node, SH.alternativePath)
        if alternatives is not None:
            from rdflib.collection import Collection

            return "|".join(_path(results, n) or "" for n in Collection(results, alternatives))
        if results.value(node, RDF.first) is not None:
            from rdflib.collection import Collection

            return "/".join(_path(results, n) or "" for n in Collection(results, node))
    return str(node)
