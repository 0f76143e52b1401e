"""Facts -> RDF: the only module that makes triples (CONTRACT.md §2-3).

Each article becomes one named graph, named by the article's IRI, holding everything the
article supports. Entities get canonical IRIs from their normalised names, so the same
person, body, role or place is one node across articles.
"""
from __future__ import annotations

from datetime import date
from typing import Any, Protocol

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg.extract.gazetteer import role_spellings
from kg.models import Body, Event, Facts, Membership, Place
from kg.rdf.iris import id_slug, mint
from kg.rdf.vocab import (DEFAULT_BASE_IRI, EVENT_CLASS, FOAF, ORG, ORGKG, PREFIXES, PROV, RDF,
                          SCHEMA, SKOS, XSD)
from kg.text.normalize import fold

_PLACE_LEVEL = {"province": "province", "district": "district", "ward": "ward"}


class IriMinter:
    """Canonical IRIs under one base: the key is the folded (normalised) name."""

    def __init__(self, base: str = DEFAULT_BASE_IRI) -> None:
        self.base = base

    def article(self, article_id: str) -> URIRef:
        return URIRef(f"{self.base}article/{id_slug(article_id)}")

    def person(self, name: str) -> URIRef:
        return mint(self.base, "person", fold(name))

    def person_key(self, key: tuple[str, ...]) -> URIRef:
        """A resolved person: the name, and a discriminator when the name is shared."""
        return mint(self.base, "person", *key)

    def body(self, name: str) -> URIRef:
        return mint(self.base, "org", fold(name))

    def role(self, name: str) -> URIRef:
        return mint(self.base, "role", fold(name))

    def place(self, name: str, within: str | None = None) -> URIRef:
        """A province by its name; a district also by its province (names repeat)."""
        if within:
            return mint(self.base, "place", fold(within), fold(name))
        return mint(self.base, "place", fold(name))

    def membership(self, person: str, role: str, body: str) -> URIRef:
        return mint(self.base, "membership", fold(person), fold(role), fold(body))

    def event(self, article_id: str, n: int) -> URIRef:
        return URIRef(f"{self.base}event/{id_slug(article_id)}/{n}")


def new_graph(identifier: URIRef | None = None) -> Graph:
    g = Graph(identifier=identifier)
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    return g


def _d(value: date) -> Literal:
    return Literal(value.isoformat(), datatype=XSD.date)


def _vi(text: str) -> Literal:
    return Literal(text, lang="vi")


class _Sink(Protocol):
    """Where the triples go: an rdflib Graph, or a plain set (see :func:`article_ntriples`)."""

    def add(self, triple: tuple[Any, Any, Any], /) -> object: ...


def article_graph(facts: Facts, iris: IriMinter) -> Graph:
    """The named graph of one article."""
    g = new_graph(iris.article(facts.article.id))
    _article(g, facts, iris)
    return g


def article_ntriples(facts: Facts, iris: IriMinter) -> tuple[str, str]:
    """The IRI and the N-Triples of :func:`article_graph`'s graph, written as rdflib's
    N-Triples serializer writes them, without building the Graph: a Graph indexes each
    triple three ways, which a build's workers, who only send the text on, do not need."""
    triples: set[tuple[Node, Node, Node]] = set()
    a = _article(triples, facts, iris)
    return str(a), "".join(map(_nt_row, triples))


def _nt_row(triple: tuple[Node, Node, Node]) -> str:
    s, p, o = triple
    return f"{s.n3()} {p.n3()} {_nt_literal(o) if isinstance(o, Literal) else o.n3()} .\n"


def _nt_literal(value: Literal) -> str:
    # the N-Triples escapes: backslash, line breaks and the quote (rdflib's nt serializer)
    quoted = '"' + value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"') \
        .replace("\r", "\\r") + '"'
    if value.language:
        return f"{quoted}@{value.language}"
    return f"{quoted}^^<{value.datatype}>" if value.datatype else quoted


def _article(g: _Sink, facts: Facts, iris: IriMinter) -> URIRef:
    """Add the article's triples to ``g``; returns the article's IRI."""
    art = facts.article
    a = iris.article(art.id)
    g.add((a, RDF.type, SCHEMA.NewsArticle))
    g.add((a, SCHEMA.identifier, Literal(art.id)))
    if art.title:
        g.add((a, SCHEMA.headline, Literal(art.title)))
    if art.date:
        g.add((a, SCHEMA.datePublished, _d(art.date)))
    if art.author:
        g.add((a, SCHEMA.author, Literal(art.author)))
    if art.url:
        g.add((a, SCHEMA.url, URIRef(art.url)))
    if art.publisher:
        g.add((a, SCHEMA.publisher, Literal(art.publisher)))
    for p in facts.persons:
        _person(g, iris, p.name)
    for b in facts.bodies:
        _body(g, iris, b)
    for m in facts.memberships:
        _membership(g, iris, m, a)
    for n, e in enumerate(facts.events, start=1):
        _event(g, iris, e, iris.event(art.id, n), a)
    return a


def _person(g: _Sink, iris: IriMinter, name: str) -> URIRef:
    p = iris.person(name)
    g.add((p, RDF.type, FOAF.Person))
    g.add((p, FOAF.name, Literal(name)))
    return p


def _place(g: _Sink, iris: IriMinter, place: Place) -> URIRef:
    node = iris.place(place.name, place.parent)
    g.add((node, RDF.type, SCHEMA.AdministrativeArea))
    g.add((node, SKOS.prefLabel, _vi(place.name)))
    if place.level in _PLACE_LEVEL:
        g.add((node, ORGKG.placeLevel, Literal(_PLACE_LEVEL[place.level])))
    if place.parent:  # districts lie in a province
        g.add((node, ORGKG.withinPlace, _place(g, iris, Place(place.parent, "province"))))
    return node


def _body(g: _Sink, iris: IriMinter, body: Body) -> URIRef:
    node = iris.body(body.name)
    g.add((node, RDF.type, ORG.Organization))
    g.add((node, SKOS.prefLabel, _vi(body.name)))
    for alias in body.aliases:
        g.add((node, SKOS.altLabel, _vi(alias)))
    if body.place:
        g.add((node, ORGKG.jurisdiction, _place(g, iris, body.place)))
    if body.parent:
        g.add((node, ORG.subOrganizationOf, _body(g, iris, body.parent)))
    return node


def _role(g: _Sink, iris: IriMinter, role: str) -> URIRef:
    node = iris.role(role)
    g.add((node, RDF.type, ORG.Role))
    g.add((node, SKOS.prefLabel, _vi(role)))
    for spelling in role_spellings().get(fold(role), ()):
        g.add((node, SKOS.altLabel, _vi(spelling)))
    return node


def _membership(g: _Sink, iris: IriMinter, m: Membership, article: URIRef) -> None:
    node = iris.membership(m.person, m.role, m.body.name)
    g.add((node, RDF.type, ORG.Membership))
    g.add((node, ORG.member, _person(g, iris, m.person)))
    g.add((node, ORG.organization, _body(g, iris, m.body)))
    g.add((node, ORG.role, _role(g, iris, m.role)))
    g.add((node, ORGKG.status, ORGKG.Current if m.status == "current" else ORGKG.Former))
    if m.attested_on and m.status == "current":
        g.add((node, ORGKG.attestedOn, _d(m.attested_on)))
    if m.status == "former" and m.attested_on:
        g.add((node, ORGKG.endedBy, _d(m.attested_on)))
    if m.evidence:
        g.add((node, ORGKG.evidence, Literal(m.evidence)))
    g.add((node, PROV.wasDerivedFrom, article))


def _event(g: _Sink, iris: IriMinter, e: Event, node: URIRef, article: URIRef) -> None:
    g.add((node, RDF.type, EVENT_CLASS[e.kind]))
    g.add((node, SCHEMA.name, _vi(e.label)))
    if e.date:
        g.add((node, SCHEMA.startDate, _d(e.date)))
    for b in e.organizers:
        g.add((node, SCHEMA.organizer, _body(g, iris, b)))
    for prop, names in ((ORGKG.chair, e.chairs), (ORGKG.speaker, e.speakers),
                        (ORGKG.presenter, e.presenters), (SCHEMA.attendee, e.attendees)):
        for name in names:
            g.add((node, prop, _person(g, iris, name)))
    if e.evidence:
        g.add((node, ORGKG.evidence, Literal(e.evidence)))
    g.add((node, PROV.wasDerivedFrom, article))
