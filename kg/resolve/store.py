"""Entity resolution in a store: persons clustered by blocks of one name.

Articles are written with person IRIs minted from the name alone. Resolution reads the
profiles of the names back from the store, clusters them (:mod:`kg.resolve.persons`),
renames the persons (and their memberships) of the articles whose person turned out to
be another one of that name, and records in the resolution graph why each mention joined
its person.

Clustering looks at one name at a time, so the name (folded, :func:`kg.text.normalize.fold`)
is the *block*: every decision carries its block (``orgkg:block``), and a change to some
articles re-examines only the blocks those articles name, now or before the change
(:func:`resolve_changed`). That gives what :func:`resolve_store`, which re-clusters the
whole store, gives, because two things hold after either of them:

- each profile of the store has a decision of its block, derived from its article and
  naming the person IRI its article uses;
- so the profiles of a block are those of its decisions, except in the changed articles,
  which are read whole.
"""
from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg.extract.gazetteer import load
from kg.rdf.build import IriMinter
from kg.rdf.vocab import ORGKG, PROV, RDF
from kg.resolve.persons import Person, Post, Profile, resolve
from kg.store.base import Row, Store, TripleT, turtle_term
from kg.text.normalize import fold

RESOLUTION_GRAPH = "graph/resolution"

_PROFILES = """
SELECT ?g ?id ?p ?name ?role ?body ?province ?status WHERE {
  %s
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

#: mentions (profiles) resolved at a time by :func:`resolve_store`
CHUNK = 2000

#: the person IRIs articles use, by (graph IRI, folded name)
IrisNow = dict[tuple[str, str], str]


@dataclass
class Resolution:
    """What a resolution did: the persons of the blocks it looked at, and the memberships
    it renamed (old and new IRIs), whose derived facts must follow."""

    people: list[Person] = field(default_factory=list)
    renamed_memberships: set[str] = field(default_factory=set)


def load_profiles(store: Store, values: str = "") -> tuple[list[Profile], IrisNow]:
    """The (article, name) profiles of the store, or of those bound by ``values`` (a SPARQL
    ``VALUES`` clause over ``?g`` and ``?p``), and the person IRI each article uses now."""
    return _profiles(store.query(_PROFILES % values).rows)


def _profiles(rows: Iterable[Row]) -> tuple[list[Profile], IrisNow]:
    generic = set(load().heads)
    posts: dict[tuple[str, str], set[Post]] = {}
    meta: dict[tuple[str, str], tuple[str, str]] = {}
    iri_now: IrisNow = {}
    for g, art_id, p, name, role, body, province, status in rows:
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


def resolve_store(store: Store, base_iri: str, *, chunk: int = CHUNK) -> int:
    """Re-cluster every person of the store and make the graphs say so (the whole
    resolution graph written again: for a new store, or one whose state is unknown);
    returns the number of persons.

    The blocks are taken in chunks of about ``chunk`` mentions, each read, clustered and
    written before the next, so memory follows the chunk and the largest block, not the
    store.
    """
    iris = IriMinter(base_iri)
    resolution = iris.base + RESOLUTION_GRAPH
    store.remove_graphs([resolution])
    # every spelling of each block's name, and how many articles use it: a chunk is read
    # by its names, which the store's index finds, so no chunk needs a pass over the store
    spellings: dict[str, list[str]] = {}
    mentions: dict[str, int] = {}
    for name, count in store.query(
            "SELECT ?name (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?p a foaf:Person ; "
            "foaf:name ?name } } GROUP BY ?name").rows:
        block = fold(str(name))
        spellings.setdefault(block, []).append(str(name))
        mentions[block] = mentions.get(block, 0) + int(str(count))
    persons = 0
    names: list[str] = []
    size = 0
    for block in sorted(spellings):
        names += sorted(spellings[block])
        size += mentions[block]
        if size >= chunk:
            persons += _resolve_names(store, names, iris, resolution)
            names, size = [], 0
    if names:
        persons += _resolve_names(store, names, iris, resolution)
    return persons


def _resolve_names(store: Store, names: list[str], iris: IriMinter, resolution: str) -> int:
    """Resolve the blocks of ``names`` (all their spellings), adding their decisions."""
    # the persons of these names first: Oxigraph joins VALUES over ?g and ?p into the
    # profile query's graph pattern, but scans the store once for each ?name
    pairs = store.query(
        "SELECT DISTINCT ?g ?p WHERE { VALUES ?name { "
        + " ".join(turtle_term(Literal(n)) for n in names)
        + " } GRAPH ?g { ?p foaf:name ?name } }").rows
    profiles, iri_now = load_profiles(
        store, "VALUES (?g ?p) { " + " ".join(f"(<{g}> <{p}>)" for g, p in pairs) + " }")
    people = resolve(profiles)
    _apply_renames(store, people, iri_now, iris)
    store.patch_graph(resolution, (), decisions(people, iris))
    return len(people)


def resolve_changed(store: Store, base_iri: str, graphs: Collection[str]) -> Resolution:
    """Re-cluster only the blocks that the article graphs ``graphs`` name, as they are now
    or as they were (``graphs`` may have been replaced or removed since the last
    resolution); the store must otherwise be resolved (see the module docstring)."""
    iris = IriMinter(base_iri)
    resolution = iris.base + RESOLUTION_GRAPH
    changed = sorted(set(graphs))
    if not changed:
        return Resolution()
    in_changed = "VALUES ?g { " + " ".join(f"<{g}>" for g in changed) + " }"
    # the blocks the changed articles named when last resolved, and those they name now
    blocks = {str(b) for (b,) in store.query(
        f"SELECT DISTINCT ?b WHERE {{ {in_changed} GRAPH <{resolution}> {{ "
        f"?d prov:wasDerivedFrom ?g ; orgkg:block ?b }} }}").rows}
    rows = list(store.query(_PROFILES % in_changed).rows)
    blocks |= {fold(str(row[3])) for row in rows}
    if not blocks:
        return Resolution()
    old, pairs = _block_decisions(store, resolution, blocks)
    unchanged = sorted((g, p) for g, p in pairs if g not in set(changed))
    if unchanged:
        rows += store.query(_PROFILES % (
            "VALUES (?g ?p) { " + " ".join(f"(<{g}> <{p}>)" for g, p in unchanged) + " }")).rows
    profiles, iri_now = _profiles(rows)
    people = resolve(profiles)
    renamed = _apply_renames(store, people, iri_now, iris)
    new = decisions(people, iris)
    store.patch_graph(resolution, old - new, new - old)
    return Resolution(people, renamed)


def _block_decisions(store: Store, resolution: str, blocks: Collection[str]
                     ) -> tuple[set[TripleT], set[tuple[str, str]]]:
    """Every statement of the decisions of ``blocks``, and their (article graph, person)."""
    values = " ".join(turtle_term(Literal(b)) for b in sorted(blocks))
    triples: set[TripleT] = set()
    article: dict[str, str] = {}
    person: dict[str, str] = {}
    for d, p, o in store.query(
            f"SELECT ?d ?p ?o WHERE {{ VALUES ?b {{ {values} }} GRAPH <{resolution}> {{ "
            f"?d orgkg:block ?b ; ?p ?o }} }}").rows:
        assert d is not None and p is not None and o is not None
        triples.add((d, p, o))
        if p == PROV.wasDerivedFrom:
            article[str(d)] = str(o)
        elif p == ORGKG.resolvedEntity:
            person[str(d)] = str(o)
    return triples, {(article[d], person[d]) for d in article if d in person}


def _apply_renames(store: Store, people: Iterable[Person], iri_now: IrisNow,
                   iris: IriMinter) -> set[str]:
    """Give each article the IRI of the person its mention resolved to; returns the
    membership IRIs renamed, old and new."""
    renames: dict[str, dict[str, str]] = {}  # graph -> old person IRI -> new
    for person in people:
        target = str(iris.person_key(person.key))
        for prof in person.profiles:
            old = iri_now.get((prof.graph, fold(prof.name)))
            if old and old != target:
                renames.setdefault(prof.graph, {})[old] = target
    memberships: set[str] = set()
    if renames:
        store.replace_graphs({g: _renamed(store, g, mapping, iris, memberships)
                              for g, mapping in renames.items()})
    return memberships


def _renamed(store: Store, graph: str, persons: dict[str, str], iris: IriMinter,
             memberships: set[str]) -> str:
    """The graph's N-Triples with its persons, and their memberships, renamed."""
    result = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    g = Graph()
    for s, p, o in result.triples:
        g.add((_rename(s, persons, iris, memberships), p,
               _rename(o, persons, iris, memberships)))
    return g.serialize(format="nt")


def _rename(node: Node, persons: dict[str, str], iris: IriMinter,
            memberships: set[str]) -> Node:
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
            renamed = prefix + "/".join([new_path, *parts[-2:]])
            memberships.update((text, renamed))
            return URIRef(renamed)
    return node


def decisions(people: Iterable[Person], iris: IriMinter) -> set[TripleT]:
    """The statements of the resolution graph about these persons: one decision for each
    of their mentions, with its block, article, person and reason."""
    out: set[TripleT] = set()
    for person in people:
        node = iris.person_key(person.key)
        block = Literal(person.key[0])
        for prof in person.profiles:
            decision = URIRef(f"{iris.base}resolution/{str(node)[len(iris.base + 'person/'):]}/"
                              f"{str(iris.article(prof.article))[len(iris.base + 'article/'):]}")
            out.add((decision, RDF.type, ORGKG.ResolutionDecision))
            out.add((decision, ORGKG.block, block))
            out.add((decision, ORGKG.resolvedEntity, node))
            out.add((decision, PROV.wasDerivedFrom, URIRef(prof.graph)))
            out.add((decision, ORGKG.reason, Literal(person.reasons.get(prof.graph, ""))))
    return out


__all__ = ["CHUNK", "RESOLUTION_GRAPH", "Resolution", "decisions", "load_profiles", "resolve_changed",
           "resolve_store"]
