"""The JSON-LD export uses the context shipped in ontology/ and that context has a term
for every property and class the dataset uses (nothing is left as a prefixed name)."""
from __future__ import annotations

import json
from pathlib import Path

from kg.export import export
from kg.export.rdf_formats import CONTEXT_PATH
from kg.store import Store


def prefixed_names(doc: dict) -> set[str]:  # type: ignore[type-arg]
    """Keys and types written as ``prefix:name``: what the context has no term for."""
    found: set[str] = set()
    for node in doc["@graph"]:
        found |= {k for k in node if ":" in k}
        types = node.get("type", [])
        found |= {t for t in (types if isinstance(types, list) else [types]) if ":" in t}
    return found


def test_the_project_context_is_used_and_complete(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "out.jsonld"
    export(store, "jsonld", path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    shipped = json.loads(CONTEXT_PATH.read_text(encoding="utf-8"))["@context"]
    assert doc["@context"] == shipped
    assert prefixed_names(doc) == set()
    places = [n for n in doc["@graph"] if "validUntil" in n]
    assert places and places[0]["validUntil"] == "2025-07-01"
