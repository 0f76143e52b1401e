"""The graph people look at: persons, bodies, places, events and articles as nodes.

The RDF dataset is a graph of statements; Gephi, yEd, spreadsheets and the HTML view want
a graph of *things*. :func:`build_network` reads the store (SPARQL only, so any store
works) and returns a :class:`Network`:

- **nodes** of five kinds (:data:`KINDS`): ``person`` (foaf:Person), ``body``
  (org:Organization), ``place`` (schema:AdministrativeArea), ``event`` (the orgkg event
  classes) and ``article`` (schema:NewsArticle); the node id is the entity's IRI;
- **edges**, one per (source, target, relation) (:data:`RELATIONS`): a person's posts in
  a body are one ``member`` edge labelled with the roles (``Bí thư``); ``thuộc`` for
  org:subOrganizationOf, ``chủ trì`` for orgkg:chair, and so on;
- **spells**: the time an edge or node holds, as closed date intervals. A membership's
  spell is its ``org:memberDuring`` (the first and last dates articles attest it); an
  event's is its date, an article's its publication date, and the edges to an event or
  from an article carry that spell too. Bodies, persons and places have none.

Every attribute has one declared type (:data:`NODE_COLUMNS`, :data:`EDGE_COLUMNS`) and an
element simply lacks the attributes it has no value for: no ``None`` reaches a writer.

:class:`NetworkOptions` holds the filters the network formats share (``--kinds``,
``--since``/``--until``, ``--focus``/``--depth``); :func:`build_network` applies them.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from typing import Any, Literal, TypeAlias

from rdflib import Graph, URIRef

from kg.errors import InputError
from kg.rdf.vocab import EVENT_CLASS, FOAF, ORG, ORGKG, PROV, RDF, SCHEMA, SKOS
from kg.store.base import Store

KINDS = ("person", "body", "place", "event", "article")
Kind: TypeAlias = str
Value: TypeAlias = str | int | float | bool
Spell: TypeAlias = tuple[date, date]

#: kind -> colour (r, g, b): distinct on white (Gephi) and easy to tell apart in a picture
COLOURS: dict[str, tuple[int, int, int]] = {
    "person": (31, 119, 180),    # blue
    "body": (255, 127, 14),      # orange
    "place": (44, 160, 44),      # green
    "event": (148, 103, 189),    # purple
    "article": (127, 127, 127),  # grey
}
#: kind -> node size at degree 0; the size grows with the square root of the degree
BASE_SIZE = {"person": 6.0, "body": 8.0, "place": 8.0, "event": 5.0, "article": 4.0}

#: relation -> (label, source kind, target kind)
RELATIONS: dict[str, tuple[str, str, str]] = {
    "member": ("giữ chức", "person", "body"),  # labelled with the roles themselves
    "subOrganizationOf": ("thuộc", "body", "body"),
    "jurisdiction": ("địa bàn", "body", "place"),
    "withinPlace": ("thuộc", "place", "place"),
    "replacedBy": ("nhập vào", "place", "place"),
    "organizer": ("tổ chức", "body", "event"),
    "chair": ("chủ trì", "person", "event"),
    "speaker": ("phát biểu", "person", "event"),
    "presenter": ("trình bày", "person", "event"),
    "attendee": ("dự", "person", "event"),
    "reports": ("đưa tin", "article", "event"),
    "names": ("nêu tên", "article", "person"),
    "namesBody": ("nêu tên", "article", "body"),
}

AttrType = Literal["string", "integer", "double", "boolean"]

#: node attribute -> its one type (GEXF/GraphML declarations, CSV columns)
NODE_COLUMNS: dict[str, AttrType] = {
    "kind": "string",
    "degree": "integer",
    "articles": "integer",          # articles that name it
    "classification": "string",     # body: the head of its name (Thành ủy, Sở, ...)
    "aliases": "string",            # body: other names, " | " between them
    "parent": "string",             # body: the body it belongs to (label)
    "place": "string",              # body: its jurisdiction (label)
    "level": "string",              # place: province | district
    "valid_until": "string",        # place: ISO date (the 2025 reform)
    "replaced_by": "string",        # place: label
    "event_type": "string",         # event: hội nghị, đại hội, ...
    "date": "string",               # event: ISO date; article: publication date
    "identifier": "string",         # article: its id
    "headline": "string",
    "publisher": "string",
    "author": "string",
    "url": "string",
}
#: edge attribute -> its one type
EDGE_COLUMNS: dict[str, AttrType] = {
    "relation": "string",
    "roles": "string",              # member: the roles, ", " between them
    "status": "string",             # member: current | former | unclear
    "start": "string",              # ISO date: the earliest spell start
    "end": "string",                # ISO date: the latest spell end
    "ended_by": "string",           # member, former: the earliest date it had ended by
    "articles": "integer",          # articles that state it
    "sources": "string",            # their identifiers, space-separated
}


def hex_colour(rgb: tuple[int, int, int]) -> str:
    """``(31, 119, 180)`` -> ``#1f77b4``."""
    return "#{:02x}{:02x}{:02x}".format(*rgb)


@dataclass
class Node:
    id: str
    kind: Kind
    label: str
    attrs: dict[str, Value] = field(default_factory=dict)
    spells: list[Spell] = field(default_factory=list)

    @property
    def colour(self) -> tuple[int, int, int]:
        return COLOURS[self.kind]

    @property
    def colour_hex(self) -> str:
        return hex_colour(self.colour)

    @property
    def size(self) -> float:
        return round(BASE_SIZE[self.kind] + 3 * math.sqrt(int(self.attrs.get("degree", 0))), 2)


@dataclass
class Edge:
    id: str
    source: str
    target: str
    relation: str
    label: str
    weight: float
    attrs: dict[str, Value] = field(default_factory=dict)
    spells: list[Spell] = field(default_factory=list)


@dataclass(frozen=True)
class Membership:
    """One org:Membership, for the formats that keep memberships apart (Popolo)."""

    id: str
    person: str
    body: str
    role: str            # the role's label
    role_id: str
    status: str          # current | former | unclear
    start: date | None   # the first date an article attests it
    end: date | None     # the last date an article attests it
    ended_by: date | None
    sources: tuple[str, ...]  # article IRIs


@dataclass
class Network:
    nodes: dict[str, Node]
    edges: list[Edge]
    memberships: list[Membership] = field(default_factory=list)
    #: article IRI -> (identifier, url or None, headline or None)
    articles: dict[str, tuple[str, str | None, str | None]] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        out = {k: 0 for k in KINDS}
        for n in self.nodes.values():
            out[n.kind] += 1
        return out

    def time_span(self) -> tuple[date, date] | None:
        days = [d for el in self._elements() for s in el.spells for d in s]
        return (min(days), max(days)) if days else None

    def _elements(self) -> Iterator[Node | Edge]:
        yield from self.nodes.values()
        yield from self.edges


# ---------------------------------------------------------------------------------------
# options


@dataclass(frozen=True)
class NetworkOptions:
    """The filters shared by the network formats.

    ``kinds``: node kinds kept. ``since``/``until``: keep what holds in that window (see
    :func:`filter_time`). ``focus``: a name; keep its neighbourhood within ``depth`` steps
    (see :func:`neighbourhood`).
    """

    kinds: tuple[str, ...] = KINDS
    since: date | None = None
    until: date | None = None
    focus: str | None = None
    depth: int = 2

    @classmethod
    def parse(cls, kinds: str | None = None, since: str | None = None,
              until: str | None = None, focus: str | None = None,
              depth: int | None = None) -> NetworkOptions:
        """Options from command-line text; bad values raise InputError saying the fix."""
        chosen: tuple[str, ...] = KINDS
        if kinds:
            words = [w.strip().lower() for w in kinds.split(",") if w.strip()]
            aliases = {"persons": "person", "bodies": "body", "organization": "body",
                       "organizations": "body", "places": "place", "events": "event",
                       "articles": "article", "org": "body"}
            words = [aliases.get(w, w) for w in words]
            unknown = [w for w in words if w not in KINDS]
            if unknown or not words:
                raise InputError(f"--kinds {kinds}: use a comma-separated list of "
                                 f"{', '.join(KINDS)}")
            chosen = tuple(k for k in KINDS if k in words)
        start = _parse_day("--since", since, first=True)
        end = _parse_day("--until", until, first=False)
        if start and end and start > end:
            raise InputError(f"--since {since} is after --until {until}: swap them")
        if depth is not None and depth < 0:
            raise InputError(f"--depth {depth}: give 0 or more steps")
        if focus is not None and not focus.strip():
            raise InputError("--focus needs a name, e.g. --focus \"Thành ủy Hà Nội\"")
        return cls(chosen, start, end, focus.strip() if focus else None,
                   2 if depth is None else depth)

    @property
    def filters_time(self) -> bool:
        return self.since is not None or self.until is not None


def _parse_day(option: str, text: str | None, *, first: bool) -> date | None:
    """``2019``, ``2019-06`` or ``2019-06-30``; a year or month means its first (``--since``)
    or last (``--until``) day."""
    if text is None or not text.strip():
        return None
    t = text.strip()
    try:
        if re.fullmatch(r"\d{4}", t):
            return date(int(t), 1, 1) if first else date(int(t), 12, 31)
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})", t):
            y, mo = int(m[1]), int(m[2])
            day_one = date(y, mo, 1)   # ValueError for month 13
            if first:
                return day_one
            nxt = date(y + (mo == 12), mo % 12 + 1, 1)
            return date.fromordinal(nxt.toordinal() - 1)
        return date.fromisoformat(t)
    except ValueError:
        pass
    raise InputError(f"{option} {text}: give a date as YYYY, YYYY-MM or YYYY-MM-DD")


# ---------------------------------------------------------------------------------------
# reading the store

_EVENT_TYPES = " ".join(f"<{c}>" for c in EVENT_CLASS.values())
_Q_PERSONS = f"SELECT ?s ?p ?o WHERE {{ ?s a <{FOAF.Person}> ; ?p ?o }}"
_Q_BODIES = f"SELECT ?s ?p ?o WHERE {{ ?s a <{ORG.Organization}> ; ?p ?o }}"
_Q_PLACES = f"SELECT ?s ?p ?o WHERE {{ ?s a <{SCHEMA.AdministrativeArea}> ; ?p ?o }}"
_Q_ROLES = f"SELECT ?s ?o WHERE {{ ?s a <{ORG.Role}> ; <{SKOS.prefLabel}> ?o }}"
_Q_ARTICLES = f"SELECT ?s ?p ?o WHERE {{ ?s a <{SCHEMA.NewsArticle}> ; ?p ?o }}"
_Q_EVENTS = f"SELECT ?s ?p ?o WHERE {{ VALUES ?t {{ {_EVENT_TYPES} }} ?s a ?t ; ?p ?o }}"
_Q_MEMBERSHIPS = f"""SELECT ?m ?person ?body ?role WHERE {{
  ?m a <{ORG.Membership}> ; <{ORG.member}> ?person ; <{ORG.organization}> ?body ;
     <{ORG.role}> ?role }}"""
_Q_CLAIMS = f"""SELECT ?g ?m ?status ?on ?ended WHERE {{ GRAPH ?g {{
  ?m <{ORGKG.status}> ?status
  OPTIONAL {{ ?m <{ORGKG.attestedOn}> ?on }} OPTIONAL {{ ?m <{ORGKG.endedBy}> ?ended }} }} }}"""
_Q_DURING = f"""SELECT ?m ?begin ?end WHERE {{ ?m <{ORG.memberDuring}> ?i
  OPTIONAL {{ ?i <http://www.w3.org/2006/time#hasBeginning>/<http://www.w3.org/2006/time#inXSDDate> ?begin }}
  OPTIONAL {{ ?i <http://www.w3.org/2006/time#hasEnd>/<http://www.w3.org/2006/time#inXSDDate> ?end }} }}"""
_Q_ENDED = f"SELECT ?m (MIN(?d) AS ?e) WHERE {{ ?m <{ORGKG.endedBy}> ?d }} GROUP BY ?m"
# what an article's own graph names: persons, bodies it gives a post in, organises an
# event or writes with a name of its own (an altLabel is a name as written)
_Q_MENTIONS = f"""SELECT DISTINCT ?g ?x WHERE {{ GRAPH ?g {{
  {{ ?x a <{FOAF.Person}> }} UNION {{ ?m <{ORG.organization}> ?x }}
  UNION {{ ?e <{SCHEMA.organizer}> ?x }} UNION {{ ?x <{SKOS.altLabel}> ?l }} }} }}"""

_EVENT_ROLES = {
    str(ORGKG.chair): "chair", str(ORGKG.speaker): "speaker",
    str(ORGKG.presenter): "presenter", str(SCHEMA.attendee): "attendee",
}


def _day(term: object) -> date | None:
    if term is None:
        return None
    try:
        return date.fromisoformat(str(term)[:10])
    except ValueError:
        return None


def _by_subject(rows: Iterable[tuple[Any, ...]]) -> dict[str, dict[str, list[Any]]]:
    out: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for s, p, o in rows:
        if isinstance(s, URIRef):
            out[str(s)][str(p)].append(o)
    return out


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"\s+")


def _text(value: object) -> str:
    """Text as every format can carry it: no control characters but line breaks and tabs."""
    return _CONTROL.sub("", str(value).replace("\r\n", "\n").replace("\r", "\n"))


def _label(value: object) -> str:
    """A label on one line."""
    return _SPACES.sub(" ", _text(value)).strip()


def _first(values: list[Any] | None) -> str | None:
    """The smallest value (a stable choice when articles disagree), as clean text."""
    if not values:
        return None
    return _text(min(str(v) for v in values))


@cache
def _ontology_labels() -> dict[str, str]:
    """IRI -> its @vi rdfs:label in ontology/orgkg.ttl (event types)."""
    from kg.resources import ontology_dir

    g = Graph()
    try:
        g.parse(ontology_dir() / "orgkg.ttl", format="turtle")
    except (OSError, FileNotFoundError):
        return {}
    labels: dict[str, str] = {}
    for s, o in g.subject_objects(URIRef("http://www.w3.org/2000/01/rdf-schema#label")):
        if getattr(o, "language", None) == "vi":
            labels[str(s)] = str(o)
    return labels


@cache
def _heads() -> list[tuple[str, str]]:
    """(folded head, head) of body names, longest first: 'Ban Thường vụ' before 'Ban'."""
    from kg.extract.gazetteer import load
    from kg.text.normalize import fold

    heads = {(fold(e.name), e.name) for e in load().heads.values()}
    return sorted(heads, key=lambda h: -len(h[0]))


def classification(name: str) -> str | None:
    """The head of a body's name, its kind: ``Thành ủy``, ``Ủy ban nhân dân``, ``Sở``."""
    from kg.text.normalize import fold

    key = fold(name)
    for folded, head in _heads():
        if key == folded or key.startswith(folded + " "):
            return head
    return None


def _status(claims: list[tuple[str, date | None]]) -> str:
    """What the latest dated article says; undated ones count only when they agree."""
    dated = sorted((d, s) for s, d in claims if d)
    if dated:
        return dated[-1][1]
    said = {s for s, _ in claims}
    return said.pop() if len(said) == 1 else "unclear"


def _merge(spells: Iterable[Spell]) -> list[Spell]:
    out: list[Spell] = []
    for a, b in sorted(spells):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def read_network(store: Store) -> Network:
    """Every node and edge of the store, unfiltered (see :func:`build_network`)."""
    nodes: dict[str, Node] = {}
    articles: dict[str, tuple[str, str | None, str | None]] = {}
    label_of: dict[str, str] = {}

    # articles
    article_day: dict[str, date] = {}
    for iri, props in _by_subject(store.query(_Q_ARTICLES).rows).items():
        ident = _first(props.get(str(SCHEMA.identifier))) or iri.rsplit("/", 1)[-1]
        attrs: dict[str, Value] = {"identifier": ident}
        for key, pred in (("headline", SCHEMA.headline), ("publisher", SCHEMA.publisher),
                          ("author", SCHEMA.author), ("url", SCHEMA.url)):
            v = _first(props.get(str(pred)))
            if v:
                attrs[key] = v
        node = Node(iri, "article", _label(ident), attrs)
        day = _day(_first(props.get(str(SCHEMA.datePublished))))
        if day:
            node.attrs["date"] = day.isoformat()
            node.spells = [(day, day)]
            article_day[iri] = day
        nodes[iri] = node
        url = attrs.get("url")
        headline = attrs.get("headline")
        articles[iri] = (ident, str(url) if url else None, str(headline) if headline else None)

    # persons
    for iri, props in _by_subject(store.query(_Q_PERSONS).rows).items():
        name = _first(props.get(str(FOAF.name))) or iri.rsplit("/", 1)[-1]
        nodes[iri] = Node(iri, "person", _label(name))

    # places
    place_props = _by_subject(store.query(_Q_PLACES).rows)
    for iri, props in place_props.items():
        label = _first(props.get(str(SKOS.prefLabel))) or iri.rsplit("/", 1)[-1]
        label_of[iri] = _label(label)
    for iri, props in place_props.items():
        node = Node(iri, "place", label_of[iri])
        level = _first(props.get(str(ORGKG.placeLevel)))
        if level:
            node.attrs["level"] = level
        until = _day(_first(props.get(str(ORGKG.validUntil))))
        if until:
            node.attrs["valid_until"] = until.isoformat()
        repl = _first(props.get(str(ORGKG.replacedBy)))
        if repl:
            node.attrs["replaced_by"] = label_of.get(repl, repl)
        nodes[iri] = node

    # bodies
    body_props = _by_subject(store.query(_Q_BODIES).rows)
    for iri, props in body_props.items():
        label_of[iri] = _label(_first(props.get(str(SKOS.prefLabel))) or iri.rsplit("/", 1)[-1])
    structural: list[tuple[str, str, str]] = []
    for iri, props in body_props.items():
        label = label_of[iri]
        node = Node(iri, "body", label)
        head = classification(label)
        if head:
            node.attrs["classification"] = head
        aliases = sorted({_label(v) for v in props.get(str(SKOS.altLabel), [])} - {label})
        if aliases:
            node.attrs["aliases"] = " | ".join(aliases)
        for parent in sorted({str(v) for v in props.get(str(ORG.subOrganizationOf), [])}):
            node.attrs.setdefault("parent", label_of.get(parent, parent))
            structural.append((iri, parent, "subOrganizationOf"))
        for place in sorted({str(v) for v in props.get(str(ORGKG.jurisdiction), [])}):
            node.attrs.setdefault("place", label_of.get(place, place))
            structural.append((iri, place, "jurisdiction"))
        nodes[iri] = node
    for iri, props in place_props.items():
        for rel, link in (("withinPlace", str(ORGKG.withinPlace)),
                          ("replacedBy", str(ORGKG.replacedBy))):
            for other in sorted({str(v) for v in props.get(link, [])}):
                structural.append((iri, other, rel))

    # events
    labels = _ontology_labels()
    event_links: list[tuple[str, str, str]] = []   # (source, target, relation)
    event_day: dict[str, date] = {}
    event_sources: dict[str, set[str]] = defaultdict(set)
    for iri, props in _by_subject(store.query(_Q_EVENTS).rows).items():
        types = sorted(str(t) for t in props.get(str(RDF.type), []))
        etype = next((labels[t] for t in types if t in labels), None)
        name = _first(props.get(str(SCHEMA.name))) or etype or iri.rsplit("/", 1)[-1]
        node = Node(iri, "event", _label(name))
        if etype:
            node.attrs["event_type"] = etype
        day = _day(_first(props.get(str(SCHEMA.startDate))))
        if day:
            node.attrs["date"] = day.isoformat()
            node.spells = [(day, day)]
            event_day[iri] = day
        for org in props.get(str(SCHEMA.organizer), []):
            event_links.append((str(org), iri, "organizer"))
        for role_pred, rel in _EVENT_ROLES.items():
            for who in props.get(role_pred, []):
                event_links.append((str(who), iri, rel))
        for art in props.get(str(PROV.wasDerivedFrom), []):
            event_sources[iri].add(str(art))
            event_links.append((str(art), iri, "reports"))
        nodes[iri] = node

    # memberships
    role_label = {str(r): str(label) for r, label in store.query(_Q_ROLES).rows}
    claims: dict[str, list[tuple[str, str, date | None]]] = defaultdict(list)
    for g, m, status, on, ended in store.query(_Q_CLAIMS).rows:
        st = "former" if str(status).endswith("Former") else "current"
        claims[str(m)].append((str(g), st, _day(on) if st == "current" else
                               (_day(ended) or _day(on))))
    during: dict[str, tuple[date | None, date | None]] = {}
    for m, begin, finish in store.query(_Q_DURING).rows:
        during[str(m)] = (_day(begin), _day(finish))
    ended_by: dict[str, date] = {}
    for m, e in store.query(_Q_ENDED).rows:
        if (day := _day(e)) is not None:
            ended_by[str(m)] = day
    memberships: list[Membership] = []
    for m, person, body, role in store.query(_Q_MEMBERSHIPS).rows:
        mid = str(m)
        cl = claims.get(mid, [])
        start, end = during.get(mid, (None, None))
        memberships.append(Membership(
            mid, str(person), str(body),
            _label(role_label.get(str(role), str(role).rsplit("/", 1)[-1])),
            str(role), _status([(s, d) for _, s, d in cl]), start, end or start,
            ended_by.get(mid), tuple(sorted({g for g, _, _ in cl if g in articles}))))
    memberships.sort(key=lambda ms: ms.id)

    # what each article names
    mentions: list[tuple[str, str]] = []
    named_in: dict[str, set[str]] = defaultdict(set)
    for g, x in store.query(_Q_MENTIONS).rows:
        art, thing = str(g), str(x)
        if art in articles and thing in nodes and nodes[thing].kind in ("person", "body"):
            mentions.append((art, thing))
            named_in[thing].add(art)
    for iri, sources in event_sources.items():
        named_in[iri] |= {a for a in sources if a in articles}
    for iri, node in nodes.items():
        if node.kind in ("person", "body", "event"):
            node.attrs["articles"] = len(named_in.get(iri, ()))

    edges = _edges(nodes, memberships, structural, event_links, mentions, event_day,
                   article_day, articles)
    net = Network(nodes, edges, memberships, articles)
    _set_degrees(net)
    return net


def _edges(nodes: dict[str, Node], memberships: list[Membership],
           structural: list[tuple[str, str, str]], event_links: list[tuple[str, str, str]],
           mentions: list[tuple[str, str]], event_day: dict[str, date],
           article_day: dict[str, date],
           articles: dict[str, tuple[str, str | None, str | None]]) -> list[Edge]:
    by_key: dict[tuple[str, str, str], Edge] = {}

    def edge(source: str, target: str, relation: str) -> Edge | None:
        if source not in nodes or target not in nodes:
            return None
        key = (source, target, relation)
        if key not in by_key:
            by_key[key] = Edge("", source, target, relation, RELATIONS[relation][0], 1.0)
        return by_key[key]

    # memberships: one edge per (person, body), the roles in the order they are first seen
    groups: dict[tuple[str, str], list[Membership]] = defaultdict(list)
    for ms in memberships:
        groups[(ms.person, ms.body)].append(ms)
    for (person, body), group in groups.items():
        e = edge(person, body, "member")
        if e is None:
            continue
        group.sort(key=lambda ms: (ms.start or date.max, ms.role))
        roles = list(dict.fromkeys(ms.role for ms in group))
        e.label = ", ".join(roles)
        e.attrs["roles"] = e.label
        statuses = {ms.status for ms in group}
        e.attrs["status"] = ("current" if "current" in statuses else
                             "former" if statuses == {"former"} else "unclear")
        e.spells = _merge((ms.start, ms.end or ms.start) for ms in group if ms.start)
        ends = [ms.ended_by for ms in group if ms.ended_by]
        if ends and e.attrs["status"] == "former":
            e.attrs["ended_by"] = min(ends).isoformat()
        sources = sorted({a for ms in group for a in ms.sources})
        _set_sources(e, sources, articles)
        e.weight = float(max(1, len(sources)))
    for source, target, rel in structural:
        edge(source, target, rel)
    for source, target, rel in event_links:
        e = edge(source, target, rel)
        if e is not None and target in event_day:
            e.spells = [(event_day[target], event_day[target])]
    for art, thing in mentions:
        e = edge(art, thing, "names" if nodes[thing].kind == "person" else "namesBody")
        if e is not None and art in article_day:
            e.spells = [(article_day[art], article_day[art])]
    edges = sorted(by_key.values(), key=lambda e: (e.relation, e.source, e.target))
    for i, e in enumerate(edges):
        e.id = f"e{i}"
        e.attrs["relation"] = e.relation
        if e.spells:
            e.attrs["start"] = e.spells[0][0].isoformat()
            e.attrs["end"] = max(s[1] for s in e.spells).isoformat()
    return edges


def _set_sources(e: Edge, sources: list[str],
                 articles: dict[str, tuple[str, str | None, str | None]]) -> None:
    e.attrs["articles"] = len(sources)
    if sources:
        e.attrs["sources"] = " ".join(articles[a][0] for a in sources)


def _set_degrees(net: Network) -> None:
    degree: dict[str, int] = defaultdict(int)
    for e in net.edges:
        degree[e.source] += 1
        degree[e.target] += 1
    for iri, node in net.nodes.items():
        node.attrs["degree"] = degree.get(iri, 0)
        node.attrs["kind"] = node.kind


# ---------------------------------------------------------------------------------------
# filters


def _overlaps(spells: list[Spell], since: date | None, until: date | None) -> bool:
    lo, hi = since or date.min, until or date.max
    return any(a <= hi and b >= lo for a, b in spells)


#: edges that say where a thing belongs: they carry no time and are followed upwards
_STRUCTURAL = ("subOrganizationOf", "jurisdiction", "withinPlace", "replacedBy")


def filter_time(net: Network, since: date | None, until: date | None) -> Network:
    """What holds between ``since`` and ``until``.

    Memberships, events and articles are kept when one of their spells overlaps the
    window; those with no date are left out (nothing places them in it). Persons,
    bodies and places carry no time: they stay when something kept touches them, with the
    bodies and places they belong to (parents, jurisdictions) and the structure among those.
    """
    def timed(el: Node | Edge) -> bool:
        if isinstance(el, Node):
            return el.kind in ("event", "article")
        return el.relation not in _STRUCTURAL

    nodes = {i: n for i, n in net.nodes.items()
             if not timed(n) or _overlaps(n.spells, since, until)}
    edges = [e for e in net.edges if e.source in nodes and e.target in nodes
             and (not timed(e) or _overlaps(e.spells, since, until))]
    seeds = {i for i, n in nodes.items() if timed(n)}
    for e in edges:
        if timed(e):
            seeds |= {e.source, e.target}
    up: dict[str, list[str]] = defaultdict(list)
    for e in edges:
        if e.relation in _STRUCTURAL:
            up[e.source].append(e.target)
    keep = set(seeds)
    queue = deque(seeds)
    while queue:
        for parent in up.get(queue.popleft(), ()):
            if parent not in keep:
                keep.add(parent)
                queue.append(parent)
    kept_ids = {i for i in nodes if i in keep}
    return _subnetwork(net, kept_ids, [e for e in edges
                                        if e.source in kept_ids and e.target in kept_ids])


def filter_kinds(net: Network, kinds: Iterable[str]) -> Network:
    wanted = set(kinds)
    ids = {i for i, n in net.nodes.items() if n.kind in wanted}
    return _subnetwork(net, ids, [e for e in net.edges if e.source in ids and e.target in ids])


def find_node(net: Network, name: str) -> Node:
    """The one node called ``name`` (a person's name, a body's name or alias, a place,
    an event's name, an article's id or an IRI); InputError when none or several match."""
    from kg.extract.gazetteer import load
    from kg.text.normalize import fold

    gaz = load()

    def key(text: str) -> str:
        return fold(gaz.expand(text))

    if name in net.nodes:
        return net.nodes[name]
    wanted = key(name)
    names: dict[str, set[str]] = defaultdict(set)
    for iri, node in net.nodes.items():
        names[iri].add(key(node.label))
        for alias in str(node.attrs.get("aliases", "")).split(" | "):
            if alias:
                names[iri].add(key(alias))
    exact = sorted(i for i, ks in names.items() if wanted in ks)
    hits = exact or sorted(i for i, ks in names.items() if any(wanted in k for k in ks))
    if len(hits) == 1:
        return net.nodes[hits[0]]
    if not hits:
        raise InputError(f"--focus {name!r}: nothing in the graph has that name; try part "
                         "of it, or find names with kg show")
    listed = "; ".join(f"{net.nodes[i].label} ({net.nodes[i].kind}, {i})" for i in hits[:8])
    more = f" and {len(hits) - 8} more" if len(hits) > 8 else ""
    raise InputError(f"--focus {name!r} matches {len(hits)} nodes: {listed}{more}; "
                     "give the full name or the IRI")


def neighbourhood(net: Network, centre: str, depth: int) -> Network:
    """The nodes within ``depth`` steps of ``centre`` (edges followed both ways).

    The walk does not go on through a place, an article or a parent body reached from its
    child: they are kept, but their other neighbours are not, so the neighbourhood of a
    Thành ủy does not take in every body of the province or of the Party.
    """
    adj: dict[str, list[tuple[str, bool]]] = defaultdict(list)   # node -> (other, stop?)
    for e in net.edges:
        adj[e.source].append((e.target, e.relation in _STRUCTURAL))
        adj[e.target].append((e.source, False))
    dist = {centre: 0}
    queue = deque([centre])
    while queue:
        here = queue.popleft()
        if dist[here] >= depth:
            continue
        for other, upwards in adj.get(here, ()):
            if other in dist:
                continue
            dist[other] = dist[here] + 1
            if not upwards and net.nodes[other].kind not in ("place", "article"):
                queue.append(other)
    ids = set(dist)
    return _subnetwork(net, ids, [e for e in net.edges if e.source in ids and e.target in ids])


def _subnetwork(net: Network, ids: set[str], edges: list[Edge]) -> Network:
    nodes = {i: n for i, n in net.nodes.items() if i in ids}
    memberships = [m for m in net.memberships if m.person in ids and m.body in ids]
    return Network(nodes, edges, memberships, net.articles)


def apply(net: Network, options: NetworkOptions) -> Network:
    """``net`` through the options' filters: time, then kinds, then focus."""
    if options.filters_time:
        net = filter_time(net, options.since, options.until)
        net.memberships = [m for m in net.memberships if _membership_in(m, options)]
    if set(options.kinds) != set(KINDS):
        net = filter_kinds(net, options.kinds)
    if options.focus is not None:
        centre = find_node(net, options.focus)
        net = neighbourhood(net, centre.id, options.depth)
    net = Network({i: replace(n, attrs=dict(n.attrs)) for i, n in net.nodes.items()},
                  net.edges, net.memberships, net.articles)
    _set_degrees(net)
    return net


def _membership_in(m: Membership, options: NetworkOptions) -> bool:
    if m.start is None:
        return False
    return _overlaps([(m.start, m.end or m.start)], options.since, options.until)


def build_network(store: Store, options: NetworkOptions | None = None) -> Network:
    """The store as a :class:`Network`, filtered by ``options``."""
    net = read_network(store)
    return apply(net, options) if options is not None else net




# ---------------------------------------------------------------------------------------
# the exporters' common part


@dataclass(frozen=True)
class NetworkExporter:
    """An exporter of the network (kg.export's protocol) that takes :class:`NetworkOptions`.

    Subclasses give ``name``, ``extensions``, ``description`` and :meth:`write_network`;
    ``kg export`` passes the command's filters with :meth:`with_options`.
    """

    name: str = ""
    extensions: tuple[str, ...] = ()
    description: str = ""
    options: NetworkOptions = NetworkOptions()

    def with_options(self, options: NetworkOptions) -> NetworkExporter:
        return replace(self, options=options)

    def write(self, store: Store, stream: Any) -> None:
        self.write_network(build_network(store, self.options), stream)

    def write_network(self, net: Network, stream: Any) -> None:
        raise NotImplementedError


__all__ = [
    "COLOURS",
    "EDGE_COLUMNS",
    "KINDS",
    "NODE_COLUMNS",
    "RELATIONS",
    "Edge",
    "Membership",
    "Network",
    "NetworkExporter",
    "NetworkOptions",
    "Node",
    "apply",
    "build_network",
    "classification",
    "filter_kinds",
    "filter_time",
    "find_node",
    "hex_colour",
    "neighbourhood",
    "read_network",
]
