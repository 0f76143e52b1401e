"""Entity resolution over a whole store: persons re-clustered after every change.

Articles are written with person IRIs minted from the name alone. This step reads every
article's profile of every name back from the store, clusters them
(:mod:`kg.resolve.persons`), renames the persons (and their memberships) of the articles
whose person turned out to be another one of that name, and rewrites the resolution
graph that records why each mention joined its person.
"""
from __future__ import annotations

from collections.abc import Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg.extract.gazetteer import load
from kg.rdf.build import IriMinter, new_graph
from kg.rdf.vocab import ORGKG, PROV, RDF
from kg.resolve.persons import Person, Post, Profile, resolve
from kg.store.base import Store
from kg.text.normalize import fold

RESOLUTION_GRAPH = "graph/resolution"

_PROFILES = """
SELECT ?g ?id ?p ?name ?role ?body ?province ?status WHERE {
  GRAPH ?g {
    ?g schema:identifier ?id .
    ?p a foaf:Person ; foaf:name ?name .
    OPTIONAL {
      ?m org:member ?p ; org:role/skos:prefLabel ?role ; orgkg:status ?status ;
         org:organization ?b .
      ?b skos:prefLabel ?body .
      OPTIONAL { ?b orgkg:jurisdiction/skos:prefLabel ?placeLabel .
                 OPTIONAL { ?b orgkg:jurisdiction/orgkg:withinPlace/skos:prefLabel ?upLabel } }
      BIND(COALESCE(?upLabel, ?placeLabel) AS ?province)
    }
  }
}"""


def load_profiles(store: Store) -> tuple[list[Profile], dict[tuple[str, str], str]]:
    """Every (article, name) profile, and the person IRI each article uses now."""
    generic = set(load().heads)
    posts: dict[tuple[str, str], set[Post]] = {}
    meta: dict[tuple[str, str], tuple[str, str]] = {}
    iri_now: dict[tuple[str, str], str] = {}
    for g, art_id, p, name, role, body, province, status in store.query(_PROFILES).rows:
        key = (str(g), str(name))
        meta[key] = (str(art_id), str(name))
        iri_now[(str(g), fold(str(name)))] = str(p)
        entry = posts.setdefault(key, set())
        # a body written without its place ('Đảng ủy', 'Ủy ban nhân dân') says nothing
        # about which of two people of one name this is
        if role is not None and body is not None and fold(str(body)) not in generic:
            current = status is None or str(status).endswith("Current")
            entry.add(Post(str(role), str(body), str(province) if province else None, current))
    profiles = [Profile(g, meta[(g, n)][0], meta[(g, n)][1], frozenset(ps))
                for (g, n), ps in posts.items()]
    return profiles, iri_now


def resolve_store(store: Store, base_iri: str) -> list[Person]:
    """Re-cluster every person of the store and make the graphs say so."""
    iris = IriMinter(base_iri)
    profiles, iri_now = load_profiles(store)
    people = resolve(profiles)
    renames: dict[str, dict[str, str]] = {}  # graph -> old person IRI -> new
    for person in people:
        target = str(iris.person_key(person.key))
        for prof in person.profiles:
            old = iri_now.get((prof.graph, fold(prof.name)))
            if old and old != target:
                renames.setdefault(prof.graph, {})[old] = target
    if renames:
        store.replace_graphs({g: _renamed(store, g, mapping, iris)
                              for g, mapping in renames.items()})
    _write_decisions(store, people, iris)
    return people


def _renamed(store: Store, graph: str, persons: dict[str, str], iris: IriMinter) -> str:
    """The graph's N-Triples with its persons, and their memberships, renamed."""
    result = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    g = Graph()
    for s, p, o in result.triples:
        g.add((_rename(s, persons, iris), p, _rename(o, persons, iris)))
    return g.serialize(format="nt")


def _rename(node: Node, persons: dict[str, str], iris: IriMinter) -> Node:
    if not isinstance(node, URIRef):
        return node
    text = str(node)
    if text in persons:
        return URIRef(persons[text])
    prefix = iris.base + "membership/"
    if text.startswith(prefix):
        parts = text[len(prefix):].split("/")
        # membership/<person path>/<role>/<body>: the person path is all but the last two
        person = iris.base + "person/" + "/".join(parts[:-2])
        if person in persons:
            new_path = persons[person][len(iris.base + "person/"):]
            return URIRef(prefix + "/".join([new_path, *parts[-2:]]))
    return node


def _write_decisions(store: Store, people: Iterable[Person], iris: IriMinter) -> None:
    graph_iri = iris.base + RESOLUTION_GRAPH
    g = new_graph(URIRef(graph_iri))
    for person in people:
        node = iris.person_key(person.key)
        for prof in person.profiles:
            decision = URIRef(f"{iris.base}resolution/{str(node)[len(iris.base + 'person/'):]}/"
                              f"{str(iris.article(prof.article))[len(iris.base + 'article/'):]}")
            g.add((decision, RDF.type, ORGKG.ResolutionDecision))
            g.add((decision, ORGKG.resolvedEntity, node))
            g.add((decision, PROV.wasDerivedFrom, URIRef(prof.graph)))
            g.add((decision, ORGKG.reason, Literal(person.reasons.get(prof.graph, ""))))
    store.replace_graphs({graph_iri: g.serialize(format="nt")})


__all__ = ["RESOLUTION_GRAPH", "load_profiles", "resolve_store"]
