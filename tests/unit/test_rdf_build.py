"""Facts -> the named graph of one article (CONTRACT §2-3), compared by isomorphism."""
from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph
from rdflib.namespace import SKOS
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.models import Article, Body, Event, Facts, Membership, Person, Place
from kg.rdf.build import IriMinter, article_graph, article_ntriples

EXPECTED = """
@prefix org: <http://www.w3.org/ns/org#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <https://schema.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix orgkg: <https://w3id.org/orgkg#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://w3id.org/orgkg/id/> .

<https://w3id.org/orgkg/id/article/a1> a schema:NewsArticle ;
    schema:identifier "a1" ; schema:headline "Hội nghị Huyện ủy" ;
    schema:datePublished "2020-08-08"^^xsd:date ; schema:author "Minh Anh" ;
    schema:publisher "baovidu.vn" ; schema:url <https://baovidu.vn/a1> .

<https://w3id.org/orgkg/id/person/trần-văn-bình> a foaf:Person ; foaf:name "Trần Văn Bình" .

<https://w3id.org/orgkg/id/place/nghệ-an> a schema:AdministrativeArea ;
    skos:prefLabel "Nghệ An"@vi ; orgkg:placeLevel "province" .
<https://w3id.org/orgkg/id/place/nghệ-an/huyện-nghi-lộc> a schema:AdministrativeArea ;
    skos:prefLabel "Huyện Nghi Lộc"@vi ; orgkg:placeLevel "district" ;
    orgkg:withinPlace <https://w3id.org/orgkg/id/place/nghệ-an> .

<https://w3id.org/orgkg/id/org/huyện-ủy-nghi-lộc> a org:Organization ;
    skos:prefLabel "Huyện ủy Nghi Lộc"@vi ; skos:altLabel "Ban Chấp hành Đảng bộ huyện Nghi Lộc"@vi ;
    orgkg:jurisdiction <https://w3id.org/orgkg/id/place/nghệ-an/huyện-nghi-lộc> .
<https://w3id.org/orgkg/id/org/ban-tổ-chức-huyện-ủy-nghi-lộc> a org:Organization ;
    skos:prefLabel "Ban Tổ chức Huyện ủy Nghi Lộc"@vi ;
    orgkg:jurisdiction <https://w3id.org/orgkg/id/place/nghệ-an/huyện-nghi-lộc> ;
    org:subOrganizationOf <https://w3id.org/orgkg/id/org/huyện-ủy-nghi-lộc> .

<https://w3id.org/orgkg/id/role/bí-thư> a org:Role ; skos:prefLabel "Bí thư"@vi .
<https://w3id.org/orgkg/id/role/trưởng-ban> a org:Role ; skos:prefLabel "Trưởng ban"@vi .

<https://w3id.org/orgkg/id/membership/trần-văn-bình/bí-thư/huyện-ủy-nghi-lộc> a org:Membership ;
    org:member <https://w3id.org/orgkg/id/person/trần-văn-bình> ;
    org:organization <https://w3id.org/orgkg/id/org/huyện-ủy-nghi-lộc> ;
    org:role <https://w3id.org/orgkg/id/role/bí-thư> ;
    orgkg:status orgkg:Current ; orgkg:attestedOn "2020-08-08"^^xsd:date ;
    orgkg:evidence "Bí thư Huyện ủy Trần Văn Bình chủ trì." ;
    prov:wasDerivedFrom <https://w3id.org/orgkg/id/article/a1> .

<https://w3id.org/orgkg/id/membership/trần-văn-bình/trưởng-ban/ban-tổ-chức-huyện-ủy-nghi-lộc>
    a org:Membership ;
    org:member <https://w3id.org/orgkg/id/person/trần-văn-bình> ;
    org:organization <https://w3id.org/orgkg/id/org/ban-tổ-chức-huyện-ủy-nghi-lộc> ;
    org:role <https://w3id.org/orgkg/id/role/trưởng-ban> ;
    orgkg:status orgkg:Former ;
    prov:wasDerivedFrom <https://w3id.org/orgkg/id/article/a1> .

<https://w3id.org/orgkg/id/event/a1/1> a orgkg:Conference ;
    schema:name "Hội nghị tổng kết"@vi ; schema:startDate "2019-10-18"^^xsd:date ;
    schema:organizer <https://w3id.org/orgkg/id/org/huyện-ủy-nghi-lộc> ;
    orgkg:chair <https://w3id.org/orgkg/id/person/trần-văn-bình> ;
    prov:wasDerivedFrom <https://w3id.org/orgkg/id/article/a1> .
"""


def facts() -> Facts:
    district = Place("Huyện Nghi Lộc", "district", "Nghệ An")
    committee = Body("Huyện ủy Nghi Lộc", ("Ban Chấp hành Đảng bộ huyện Nghi Lộc",), district)
    board = Body("Ban Tổ chức Huyện ủy Nghi Lộc", (), district, committee)
    article = Article("a1", "…", "Hội nghị Huyện ủy", date(2020, 8, 8), "https://baovidu.vn/a1",
                      "baovidu.vn", "Minh Anh")
    return Facts(
        article,
        persons=(Person("Trần Văn Bình"),),
        bodies=(committee, board),
        memberships=(
            Membership("Trần Văn Bình", "Bí thư", committee, "current", date(2020, 8, 8),
                       "Bí thư Huyện ủy Trần Văn Bình chủ trì."),
            Membership("Trần Văn Bình", "Trưởng ban", board, "former"),
        ),
        events=(Event("conference", "Hội nghị tổng kết", date(2019, 10, 18), (committee,),
                      chairs=("Trần Văn Bình",)),),
    )


def test_article_graph_is_exactly_the_contract_shape() -> None:
    got = article_graph(facts(), IriMinter())
    want = Graph().parse(data=EXPECTED, format="turtle")
    if not isomorphic(got, want):
        _, only_got, only_want = graph_diff(to_isomorphic(got), to_isomorphic(want))
        raise AssertionError("only in actual:\n" + only_got.serialize(format="nt")
                             + "\nonly in expected:\n" + only_want.serialize(format="nt"))


def test_graph_is_named_by_the_article_iri() -> None:
    got = article_graph(facts(), IriMinter("http://example.org/kg/"))
    assert str(got.identifier) == "http://example.org/kg/article/a1"


def test_the_workers_n_triples_are_the_graphs() -> None:
    iris = IriMinter()
    iri, text = article_ntriples(facts(), iris)
    graph = article_graph(facts(), iris)
    assert iri == str(graph.identifier)
    assert sorted(text.splitlines()) == sorted(graph.serialize(format="nt").splitlines())


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40))
def test_any_evidence_text_comes_back_from_the_workers_n_triples(evidence: str) -> None:
    # (quotes, backslashes and line breaks are escaped as N-Triples wants)
    base = facts()
    one = Membership("Trần Văn Bình", "Bí thư", base.bodies[0], "current", None, evidence)
    changed = Facts(base.article, base.persons, base.bodies, (one,), ())
    _, text = article_ntriples(changed, IriMinter())
    back = Graph().parse(data=text, format="nt")
    assert set(back) == set(article_graph(changed, IriMinter()))


def test_a_role_carries_its_other_spellings_as_alt_labels() -> None:
    # ('Phó ban', 'Viện phó': how articles and users write the role; case alone is no spelling)
    base = facts()
    deputy = Membership("Trần Văn Bình", "Phó Trưởng ban", base.bodies[0], "current")
    graph = article_graph(Facts(base.article, base.persons, base.bodies, (deputy,), ()),
                          IriMinter())
    role = IriMinter().role("Phó Trưởng ban")
    labels = {str(o) for o in graph.objects(role, SKOS.altLabel)}
    assert labels == {"Phó ban", "Phó Trưởng ban chuyên trách"}
    assert str(graph.value(role, SKOS.prefLabel)) == "Phó Trưởng ban"
