"""ontology/: the OWL ontology, the SHACL shapes and the JSON-LD context agree with
kg.rdf.vocab and with the data model of CONTRACT.md §2-3."""
from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pyshacl
import pytest
from pyshacl.entrypoints import meta_validate
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, OWL, SH

from kg.rdf import vocab
from kg.rdf.vocab import (
    EVENT_CLASS, FOAF, ORG, ORGKG, PREFIXES, PROV, RDF, RDFS, SCHEMA, SKOS,
)

ONTOLOGY_DIR = Path(__file__).resolve().parents[2] / "ontology"
ORGKG_NS = str(ORGKG._NS)
DECLARATION_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty,
                     OWL.AnnotationProperty, OWL.NamedIndividual)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "orgkg.ttl", format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")


@pytest.fixture(scope="module")
def context() -> dict:
    return json.loads((ONTOLOGY_DIR / "context.jsonld").read_text(encoding="utf-8"))


def declared_orgkg_terms(ontology: Graph) -> set[URIRef]:
    return {s for t in DECLARATION_TYPES for s in ontology.subjects(RDF.type, t)
            if isinstance(s, URIRef) and s.startswith(ORGKG_NS) and s != URIRef(ORGKG_NS)}


def languages(graph: Graph, subject, predicate) -> set[str | None]:
    return {o.language for o in graph.objects(subject, predicate) if isinstance(o, Literal)}


# --- the ontology ------------------------------------------------------------------------

def test_ontology_header(ontology):
    onto = URIRef(ORGKG_NS)
    assert (onto, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(onto, OWL.versionInfo) is not None
    for prop in (DCTERMS.title, DCTERMS.description):
        assert languages(ontology, onto, prop) >= {"vi", "en"}


def test_vocab_and_ontology_declare_the_same_terms(ontology):
    in_vocab = {ORGKG[name] for name in ORGKG.__annotations__}
    assert declared_orgkg_terms(ontology) == in_vocab


@pytest.mark.parametrize("name", sorted(ORGKG.__annotations__))
def test_every_term_has_vi_and_en_label_and_comment(ontology, name):
    term = ORGKG[name]
    assert languages(ontology, term, RDFS.label) >= {"vi", "en"}, f"{name}: rdfs:label"
    assert languages(ontology, term, RDFS.comment) >= {"vi", "en"}, f"{name}: rdfs:comment"


def test_event_classes_are_schema_events(ontology):
    assert (ORGKG.Event, RDFS.subClassOf, SCHEMA.Event) in ontology
    for cls in EVENT_CLASS.values():
        assert (cls, RDFS.subClassOf, ORGKG.Event) in ontology, cls


def test_membership_status_is_closed(ontology):
    members = ontology.value(ORGKG.MembershipStatus, OWL.oneOf)
    assert set(ontology.items(members)) == {ORGKG.Current, ORGKG.Former}


@pytest.mark.parametrize("term", [
    ORG.Membership, ORG.Organization, ORG.Role, FOAF.Person, SCHEMA.NewsArticle,
    ORG.member, ORG.organization, ORG.role, ORG.subOrganizationOf, ORG.memberDuring,
    SCHEMA.organizer, SCHEMA.attendee, SCHEMA.startDate,
], ids=str)
def test_external_terms_have_vi_labels(ontology, term):
    assert "vi" in languages(ontology, term, RDFS.label)


@pytest.mark.parametrize("name", ["orgkg.ttl", "shapes.ttl"])
def test_strict_parser_accepts_the_turtle(name):
    pyoxigraph = pytest.importorskip("pyoxigraph")
    assert list(pyoxigraph.parse(path=str(ONTOLOGY_DIR / name),
                                 format=pyoxigraph.RdfFormat.TURTLE))


@pytest.mark.skipif(shutil.which("rapper") is None, reason="rapper (raptor2-utils) not installed")
@pytest.mark.parametrize("name", ["orgkg.ttl", "shapes.ttl"])
def test_rapper_accepts_the_turtle(name):
    run = subprocess.run(["rapper", "-i", "turtle", "-c", str(ONTOLOGY_DIR / name)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


# --- the shapes --------------------------------------------------------------------------

def test_shapes_are_valid_shacl(shapes):
    conforms, _, text = meta_validate(shapes)
    assert conforms, text


def test_every_shape_is_documented(shapes):
    for node_shape in shapes.subjects(RDF.type, SH.NodeShape):
        assert languages(shapes, node_shape, RDFS.label) >= {"en", "vi"}, node_shape
        assert languages(shapes, node_shape, RDFS.comment) >= {"en", "vi"}, node_shape
    for prop_shape in shapes.objects(None, SH.property):
        assert "en" in languages(shapes, prop_shape, SH.name), shapes.value(prop_shape, SH.path)


VALID = """
@base           <https://w3id.org/orgkg/id/> .
@prefix orgkg:  <https://w3id.org/orgkg#> .
@prefix org:    <http://www.w3.org/ns/org#> .
@prefix foaf:   <http://xmlns.com/foaf/0.1/> .
@prefix skos:   <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <https://schema.org/> .
@prefix prov:   <http://www.w3.org/ns/prov#> .
@prefix time:   <http://www.w3.org/2006/time#> .
@prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .

<article/test_001> a schema:NewsArticle ;
    schema:identifier "test_001" ;
    schema:headline "Quận ủy Quận 11 tổ chức hội nghị sơ kết" ;
    schema:datePublished "2019-10-18"^^xsd:date ;
    schema:author "Phạm Thị Lan" ;
    schema:url <https://example.org/tin/test_001.html> ;
    schema:publisher "Báo Ví Dụ" .

<place/thành-phố-hồ-chí-minh> a schema:AdministrativeArea , orgkg:Place ;
    skos:prefLabel "Thành phố Hồ Chí Minh"@vi ;
    orgkg:placeLevel "province" .

<place/quận-11> a schema:AdministrativeArea , orgkg:Place ;
    skos:prefLabel "Quận 11"@vi ;
    orgkg:placeLevel "district" ;
    orgkg:withinPlace <place/thành-phố-hồ-chí-minh> .

<body/thành-ủy-thành-phố-hồ-chí-minh> a org:Organization ;
    skos:prefLabel "Thành ủy Thành phố Hồ Chí Minh"@vi ;
    orgkg:jurisdiction <place/thành-phố-hồ-chí-minh> .

<body/quận-ủy-quận-11> a org:Organization ;
    skos:prefLabel "Quận ủy Quận 11"@vi ;
    skos:altLabel "Quận ủy"@vi ;
    org:subOrganizationOf <body/thành-ủy-thành-phố-hồ-chí-minh> ;
    orgkg:jurisdiction <place/quận-11> .

<role/bí-thư> a org:Role ; skos:prefLabel "Bí thư"@vi .

<person/trần-văn-bình> a foaf:Person ; foaf:name "Trần Văn Bình" .
<person/lê-thị-hoa> a foaf:Person ; foaf:name "Lê Thị Hoa" .

<membership/1> a org:Membership ;
    org:member <person/trần-văn-bình> ;
    org:organization <body/quận-ủy-quận-11> ;
    org:role <role/bí-thư> ;
    orgkg:status orgkg:Current ;
    orgkg:attestedOn "2019-10-18"^^xsd:date ;
    orgkg:evidence "Đồng chí Trần Văn Bình, Bí thư Quận ủy Quận 11 chủ trì hội nghị." ;
    org:memberDuring <interval/1> ;
    prov:wasDerivedFrom <article/test_001> .

<interval/1> a time:Interval ;
    time:hasBeginning <instant/1> ; time:hasEnd <instant/1> .
<instant/1> a time:Instant ; time:inXSDDate "2019-10-18"^^xsd:date .

<event/1> a orgkg:Conference ;
    schema:name "hội nghị sơ kết 9 tháng" ;
    schema:startDate "2019-10-18"^^xsd:date ;
    schema:organizer <body/quận-ủy-quận-11> ;
    orgkg:chair <person/trần-văn-bình> ;
    schema:attendee <person/lê-thị-hoa> ;
    prov:wasDerivedFrom <article/test_001> .
"""

ID = "https://w3id.org/orgkg/id/"
ARTICLE = URIRef(ID + "article/test_001")
MEMBERSHIP = URIRef(ID + "membership/1")
EVENT = URIRef(ID + "event/1")
BODY = URIRef(ID + "body/quận-ủy-quận-11")
PLACE = URIRef(ID + "place/quận-11")
INTERVAL = URIRef(ID + "interval/1")
# Not `from ... import TIME`: pytest probes module globals, and TIME warns on unknown names.
INTERVAL_ENDS = (vocab.TIME.hasBeginning, vocab.TIME.hasEnd)


@pytest.fixture
def valid() -> Graph:
    return Graph().parse(data=VALID, format="turtle")


def validate(data: Graph, shapes: Graph) -> tuple[bool, Graph, str]:
    return pyshacl.validate(data, shacl_graph=shapes)


def test_valid_graph_conforms(valid, shapes):
    conforms, _, text = validate(valid, shapes)
    assert conforms, text


def drop(s, *predicates):
    def mutate(g: Graph) -> None:
        for p in predicates:
            g.remove((s, p, None))
    return mutate


def replace(s, p, o):
    return lambda g: g.set((s, p, o))


INVALID = {
    "membership without member": (drop(MEMBERSHIP, ORG.member), MEMBERSHIP, ORG.member),
    "status not in the list": (replace(MEMBERSHIP, ORGKG.status, Literal("current")),
                               MEMBERSHIP, ORGKG.status),
    "membership role is a person": (
        replace(MEMBERSHIP, ORG.role, URIRef(ID + "person/lê-thị-hoa")), MEMBERSHIP, ORG.role),
    "attestedOn as a string": (replace(MEMBERSHIP, ORGKG.attestedOn, Literal("2019-10-18")),
                               MEMBERSHIP, ORGKG.attestedOn),
    "event without source": (drop(EVENT, PROV.wasDerivedFrom), EVENT, PROV.wasDerivedFrom),
    "startDate as a plain string": (replace(EVENT, SCHEMA.startDate, Literal("2019-10-18")),
                                    EVENT, SCHEMA.startDate),
    "organizer is not a body": (replace(EVENT, SCHEMA.organizer, PLACE), EVENT, SCHEMA.organizer),
    "article without identifier": (drop(ARTICLE, SCHEMA.identifier),
                                   ARTICLE, SCHEMA.identifier),
    "url as a string": (replace(ARTICLE, SCHEMA.url, Literal("https://example.org/x")),
                        ARTICLE, SCHEMA.url),
    "organization without prefLabel": (drop(BODY, SKOS.prefLabel), BODY, SKOS.prefLabel),
    "prefLabel without language": (replace(BODY, SKOS.prefLabel, Literal("Quận ủy Quận 11")),
                                   BODY, SKOS.prefLabel),
    "interval without ends": (drop(INTERVAL, *INTERVAL_ENDS), INTERVAL, None),
    "unknown place level": (replace(PLACE, ORGKG.placeLevel, Literal("")),
                            PLACE, ORGKG.placeLevel),
}


@pytest.mark.parametrize("mutate, focus, path", INVALID.values(), ids=INVALID.keys())
def test_invalid_variant_is_reported(valid, shapes, mutate, focus, path):
    mutate(valid)
    conforms, report, text = validate(valid, shapes)
    assert not conforms
    results = {(report.value(r, SH.focusNode), report.value(r, SH.resultPath))
               for r in report.subjects(RDF.type, SH.ValidationResult)}
    assert results == {(focus, path)}, text


def test_event_of_each_class_is_checked(valid, shapes):
    for cls in EVENT_CLASS.values():
        event = BNode()
        valid.add((event, RDF.type, cls))  # no name, no source
        conforms, report, _ = validate(valid, shapes)
        assert not conforms, cls
        assert (None, SH.focusNode, event) in report
        valid.remove((event, None, None))


# --- the JSON-LD context -----------------------------------------------------------------

def test_context_declares_the_contract_prefixes(context):
    ctx = context["@context"]
    for prefix in ("org", "foaf", "skos", "schema", "prov", "time", "orgkg"):
        assert ctx[prefix] == str(PREFIXES[prefix]), prefix


# rdflib's own JSON-LD parser still builds a ConjunctiveGraph internally.
ignore_rdflib_deprecation = pytest.mark.filterwarnings("ignore:ConjunctiveGraph:DeprecationWarning")


@ignore_rdflib_deprecation
def test_context_compacts_and_round_trips(valid, context):
    doc = json.loads(valid.serialize(format="json-ld", context=context["@context"]))
    nodes = doc["@graph"]
    keys = {key for node in nodes for key in node}
    assert not [k for k in keys if ":" in k], "every property used has a short term"
    membership = next(n for n in nodes if n["id"] == str(MEMBERSHIP))
    assert membership["type"] == "Membership" and membership["status"] == "Current"
    back = Graph().parse(data=json.dumps(doc), format="json-ld")
    assert isomorphic(back, valid)


@ignore_rdflib_deprecation
def test_context_expands_short_terms(context):
    doc = {
        "@context": context["@context"],
        "id": ID + "membership/1", "type": "Membership",
        "member": ID + "person/trần-văn-bình", "status": "Current",
        "attestedOn": "2019-10-18",
    }
    g = Graph().parse(data=json.dumps(doc), format="json-ld")
    assert (MEMBERSHIP, ORGKG.status, ORGKG.Current) in g
    assert (MEMBERSHIP, ORGKG.attestedOn, Literal(date(2019, 10, 18))) in g
    assert (MEMBERSHIP, RDF.type, ORG.Membership) in g
