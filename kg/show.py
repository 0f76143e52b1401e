"""``kg show NAME``: one person's positions over time, or one body's holders and sub-bodies.

Everything is read from the store with SPARQL, so it works the same on any store.
The result is plain data (:class:`PersonView`, :class:`BodyView`); :func:`render` turns
it into text for a terminal.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from kg.errors import InputError
from kg.extract.gazetteer import load
from kg.store.base import Store
from kg.text.normalize import fold


@dataclass
class Claim:
    article: str
    status: str                  # "current" | "former"
    on: date | None              # attested on (current) or ended by (former)


@dataclass
class Position:
    role: str
    body: str
    claims: list[Claim] = field(default_factory=list)

    @property
    def first(self) -> date | None:
        days = [c.on for c in self.claims if c.status == "current" and c.on]
        return min(days) if days else None

    @property
    def last(self) -> date | None:
        days = [c.on for c in self.claims if c.status == "current" and c.on]
        return max(days) if days else None

    @property
    def ended(self) -> date | None:
        days = [c.on for c in self.claims if c.status == "former" and c.on]
        return min(days) if days else None

    @property
    def status(self) -> str:
        """What the latest dated article says; undated articles that disagree are shown."""
        dated = sorted((c for c in self.claims if c.on), key=lambda c: (c.on, c.status))
        if dated:
            return dated[-1].status
        said = {c.status for c in self.claims}
        return said.pop() if len(said) == 1 else "current or former: the articles differ"

    def sort_key(self) -> tuple[int, date, str, str]:
        day = self.first or self.ended
        return (0 if day else 1, day or date.max, self.body, self.role)


@dataclass
class PersonView:
    iri: str
    name: str
    positions: list[Position]
    reasons: list[str]


@dataclass
class BodyView:
    iri: str
    name: str
    aliases: list[str]
    place: str | None
    parents: list[str]
    children: list[str]
    holders: dict[str, list[tuple[str, Position]]]   # role -> (person, position)


_PERSONS = """
SELECT DISTINCT ?p ?name WHERE { ?p a foaf:Person ; foaf:name ?name }"""
_POSITIONS = """
SELECT ?role ?body ?id ?status ?on ?ended WHERE {
  GRAPH ?g { ?m org:member <%s> ; org:role/skos:prefLabel ?role ;
                org:organization/skos:prefLabel ?body ; orgkg:status ?status .
             ?g schema:identifier ?id .
             OPTIONAL { ?m orgkg:attestedOn ?on } OPTIONAL { ?m orgkg:endedBy ?ended } }
}"""
_REASONS = """
SELECT ?reason ?id WHERE { ?d orgkg:resolvedEntity <%s> ; orgkg:reason ?reason ;
                              prov:wasDerivedFrom/schema:identifier ?id }"""
_BODIES = """
SELECT DISTINCT ?b ?label WHERE { ?b a org:Organization ; skos:prefLabel|skos:altLabel ?label }"""
_BODY = """
SELECT ?kind ?value WHERE {
  { <%(b)s> skos:prefLabel ?value BIND("name" AS ?kind) }
  UNION { <%(b)s> skos:altLabel ?value BIND("alias" AS ?kind) }
  UNION { <%(b)s> orgkg:jurisdiction/skos:prefLabel ?value BIND("place" AS ?kind) }
  UNION { ?c org:subOrganizationOf <%(b)s> ; skos:prefLabel ?value BIND("child" AS ?kind) }
}"""
_PARENT = """
SELECT ?parent ?label WHERE { <%s> org:subOrganizationOf ?parent . ?parent skos:prefLabel ?label }
ORDER BY ?parent LIMIT 1"""
_HOLDERS = """
SELECT ?name ?role ?id ?status ?on ?ended WHERE {
  GRAPH ?g { ?m org:organization <%s> ; org:member/foaf:name ?name ;
                org:role/skos:prefLabel ?role ; orgkg:status ?status .
             ?g schema:identifier ?id .
             OPTIONAL { ?m orgkg:attestedOn ?on } OPTIONAL { ?m orgkg:endedBy ?ended } }
}"""


def show(store: Store, name: str) -> list[PersonView | BodyView]:
    """Every person and body the store knows by ``name`` (exactly, after normalisation;
    else those whose name contains it)."""
    key = _key(name)
    persons = _match({str(p): str(n) for p, n in store.query(_PERSONS).rows}, key)
    bodies: dict[str, str] = {}
    for b, label in store.query(_BODIES).rows:
        bodies.setdefault(str(b), str(label))
        if _key(str(label)) == key:
            bodies[str(b)] = str(label)
    body_hits = _match(bodies, key)
    if not persons and not body_hits:
        raise InputError(f"no person or body named {name!r} in the store; try part of the "
                         f"name, or list names with: kg query 'SELECT ?n WHERE {{ ?x foaf:name ?n }}'")
    views: list[PersonView | BodyView] = [_person(store, iri, n) for iri, n in persons]
    views += [_body(store, iri) for iri, _ in body_hits]
    return views


def _key(text: str) -> str:
    """Names compare with abbreviations written out: 'Thành ủy TP.HCM' finds its body."""
    return fold(load().expand(text))


def _match(names: dict[str, str], key: str) -> list[tuple[str, str]]:
    exact = sorted((iri, n) for iri, n in names.items() if _key(n) == key)
    if exact:
        return exact
    return sorted((iri, n) for iri, n in names.items() if key in _key(n))[:20]


def _day(term: object) -> date | None:
    try:
        return date.fromisoformat(str(term)[:10]) if term is not None else None
    except ValueError:
        return None


def _claim(art: object, status: object, on: object, ended: object) -> Claim:
    st = "former" if str(status).endswith("Former") else "current"
    return Claim(str(art), st, _day(on) if st == "current" else (_day(ended) or _day(on)))


def _person(store: Store, iri: str, name: str) -> PersonView:
    positions: dict[tuple[str, str], Position] = {}
    for role, body, art, status, on, ended in store.query(_POSITIONS % iri).rows:
        pos = positions.setdefault((str(role), str(body)), Position(str(role), str(body)))
        pos.claims.append(_claim(art, status, on, ended))
    reasons = sorted({f"{art}: {reason}" for reason, art in store.query(_REASONS % iri).rows})
    return PersonView(iri, name, sorted(positions.values(), key=Position.sort_key), reasons)


def _body(store: Store, iri: str) -> BodyView:
    facts: dict[str, list[str]] = defaultdict(list)
    for kind, value in store.query(_BODY % {"b": iri}).rows:
        if str(value) not in facts[str(kind)]:
            facts[str(kind)].append(str(value))
    holders: dict[str, dict[str, Position]] = defaultdict(dict)
    for name, role, art, status, on, ended in store.query(_HOLDERS % iri).rows:
        pos = holders[str(role)].setdefault(str(name), Position(str(role), str(name)))
        pos.claims.append(_claim(art, status, on, ended))
    by_role = {role: sorted(((n, p) for n, p in people.items()), key=lambda np: np[1].sort_key())
               for role, people in sorted(holders.items())}
    title = facts["name"][0] if facts["name"] else iri
    return BodyView(iri, title, sorted(a for a in facts["alias"] if a != title),
                    facts["place"][0] if facts["place"] else None, _ancestors(store, iri),
                    sorted(facts["child"]), by_role)


def _ancestors(store: Store, iri: str) -> list[str]:
    """The chain of bodies this one is part of, nearest first."""
    chain: list[str] = []
    seen = {iri}
    for _ in range(12):
        rows = list(store.query(_PARENT % iri).rows)
        if not rows or str(rows[0][0]) in seen:
            break
        iri = str(rows[0][0])
        seen.add(iri)
        chain.append(str(rows[0][1]))
    return chain


def _span(p: Position) -> str:
    first, last, ended = p.first, p.last, p.ended
    if first and last and first != last:
        text = f"{first} … {last}"
    elif first:
        text = f"{first}"
    else:
        text = "date unknown"
    if ended:
        text += f", ended by {ended}"
    return text


def _sources(p: Position) -> str:
    return ", ".join(sorted({c.article for c in p.claims}))


def render(views: list[PersonView | BodyView]) -> str:
    out: list[str] = []
    for v in views:
        if isinstance(v, PersonView):
            out.append(f"{v.name}  <{v.iri}>")
            if not v.positions:
                out.append("  no positions recorded")
            for p in v.positions:
                out.append(f"  {_span(p):<34} {p.role}, {p.body} ({p.status})")
                out.append(f"  {'':<34}   sources: {_sources(p)}")
            if len(v.reasons) > 1 or any("kept apart" in r for r in v.reasons):
                out.append("  why these mentions are this person:")
                out.extend(f"    {r}" for r in v.reasons)
        else:
            out.append(f"{v.name}  <{v.iri}>")
            if v.aliases:
                out.append(f"  also written: {'; '.join(v.aliases)}")
            if v.place:
                out.append(f"  jurisdiction: {v.place}")
            if v.parents:
                out.append(f"  part of: {' ⊂ '.join(v.parents)}")
            if v.children:
                out.append("  sub-bodies: " + "; ".join(v.children))
            for role, people in v.holders.items():
                out.append(f"  {role}:")
                for person, p in people:
                    out.append(f"    {_span(p):<34} {person} ({p.status}) [{_sources(p)}]")
        out.append("")
    return "\n".join(out).rstrip() + "\n"
