"""The history of the places a store mentions, from the administrative-unit data.

Articles name places as they were; the 2025 reform abolished districts (2025-07-01) and
merged 63 provinces into 34. A place keeps its identity and gains ``orgkg:validUntil``
and ``orgkg:replacedBy`` (the unit that took its area over), from data/places.tsv.
"""
from __future__ import annotations

from collections.abc import Collection
from datetime import date

from rdflib import Literal, URIRef

from kg.extract.gazetteer import load
from kg.rdf.build import IriMinter
from kg.rdf.vocab import ORGKG, RDF, SCHEMA, SKOS, XSD
from kg.store.base import Store

_PLACES = """
SELECT DISTINCT ?place ?label ?parent WHERE {
  %s
  ?place a schema:AdministrativeArea ; skos:prefLabel ?label .
  OPTIONAL { ?place orgkg:withinPlace/skos:prefLabel ?parent }
}"""


def place_history(store: Store, iris: IriMinter, places: Collection[str] | None = None) -> str:
    """N-Triples lines giving each known place of the store (or of ``places``, IRIs) its
    end and successor."""
    if places is not None and not places:
        return ""
    values = "" if places is None else (
        "VALUES ?place { " + " ".join(f"<{p}>" for p in sorted(places)) + " }")
    gz = load()
    lines: list[str] = []
    for place, label, parent in store.query(_PLACES % values).rows:
        if not isinstance(place, URIRef):
            continue
        entry = _entry(gz, str(label), str(parent) if parent else None)
        if entry is None or not entry.valid_until:
            continue
        until = Literal(date.fromisoformat(entry.valid_until).isoformat(), datatype=XSD.date)
        lines.append(f"{place.n3()} {ORGKG.validUntil.n3()} {until.n3()} .")
        if entry.replaced_by:
            successor = iris.place(entry.replaced_by)
            lines += [
                f"{place.n3()} {ORGKG.replacedBy.n3()} {successor.n3()} .",
                f"{successor.n3()} {RDF.type.n3()} {SCHEMA.AdministrativeArea.n3()} .",
                f"{successor.n3()} {SKOS.prefLabel.n3()} {Literal(entry.replaced_by, lang='vi').n3()} .",
                f"{successor.n3()} {ORGKG.placeLevel.n3()} {Literal('province').n3()} .",
            ]
    return "".join(line + "\n" for line in lines)


def _entry(gz, label: str, parent: str | None):  # type: ignore[no-untyped-def]
    """The gazetteer row of a place as the graph names it ('Quận 11' in 'Hồ Chí Minh')."""
    for candidate in (label, label.split(" ", 1)[-1]):
        for e in gz.find_places(candidate):
            if (parent is None and e.kind == "province") or (parent and e.parent == parent):
                return e
    return None
