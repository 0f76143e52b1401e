"""SHACL validation of the store's union with pySHACL."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.store import EmbeddedStore
from kg.validate import ValidationReport, Violation, validate

ID = "https://w3id.org/orgkg/id/"
A1, A2 = ID + "article/a1", ID + "article/a2"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
FOAF = "http://xmlns.com/foaf/0.1/"
ORG = "http://www.w3.org/ns/org#"

SHAPES = """\
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix ex: <https://example.org/shapes#> .

ex:Person a sh:NodeShape ;
    sh:targetClass foaf:Person ;
    sh:property [ sh:path foaf:name ; sh:minCount 1 ; sh:datatype xsd:string ;
                  sh:message "a person needs a name" ] .

ex:Membership a sh:NodeShape ;
    sh:targetClass org:Membership ;
    sh:property [ sh:path org:member ; sh:class foaf:Person ; sh:minCount 1 ;
                  sh:severity sh:Warning ] .
"""

PERSON = f'<{ID}person/p1> <{TYPE}> <{FOAF}Person> .\n'
NAME = f'<{ID}person/p1> <{FOAF}name> "Trần Văn Bình" .\n'
MEMBERSHIP = f"<{ID}m/1> <{TYPE}> <{ORG}Membership> .\n<{ID}m/1> <{ORG}member> <{ID}person/p1> .\n"


@pytest.fixture
def shapes(tmp_path: Path) -> Path:
    p = tmp_path / "shapes.ttl"
    p.write_text(SHAPES, encoding="utf-8")
    return p


@pytest.fixture
def store(tmp_path: Path):
    with EmbeddedStore(tmp_path / "store") as s:
        yield s


def test_conforming(store: EmbeddedStore, shapes: Path) -> None:
    # the person is typed in one article and named in another: the union conforms
    store.replace_graphs({A1: PERSON + MEMBERSHIP, A2: NAME})
    report = validate(store, shapes)
    assert isinstance(report, ValidationReport)
    assert report.conforms and report.violations == []
    assert "Conforms: True" in report.text


def test_non_conforming(store: EmbeddedStore, shapes: Path) -> None:
    store.replace_graphs({A1: PERSON + MEMBERSHIP.replace("person/p1", "person/p2")})
    report = validate(store, shapes)
    assert not report.conforms
    assert report.violations == [
        Violation(focus=f"{ID}m/1", path=f"{ORG}member",
                  message=report.violations[0].message, severity="Warning",
                  value=f"{ID}person/p2"),
        Violation(focus=f"{ID}person/p1", path=f"{FOAF}name",
                  message="a person needs a name", severity="Violation"),
    ]
    assert "Conforms: False" in report.text


def test_empty_store_conforms(store: EmbeddedStore, shapes: Path) -> None:
    assert validate(store, shapes).conforms


def test_ontology_subclasses_are_targets(
    store: EmbeddedStore, shapes: Path, tmp_path: Path
) -> None:
    onto = tmp_path / "onto.ttl"
    onto.write_text(
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        f"<https://example.org/Leader> rdfs:subClassOf <{FOAF}Person> .\n", encoding="utf-8")
    store.replace_graphs({A1: f"<{ID}person/p3> <{TYPE}> <https://example.org/Leader> .\n"})
    assert validate(store, shapes).conforms
    report = validate(store, shapes, ontology_path=onto)
    assert [v.focus for v in report.violations] == [f"{ID}person/p3"]


def test_missing_shapes_file(store: EmbeddedStore, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist") as e:
        validate(store, tmp_path / "nope.ttl")
    assert "nope.ttl" in e.value.message and e.value.exit_code == 2


def test_unparsable_shapes_file(store: EmbeddedStore, tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(InputError, match="does not parse"):
        validate(store, bad)
