"""Popolo JSON (popoloproject.com), the format open-government tools read.

``kg export --format popolo`` writes one JSON object with the Popolo collections:

- ``persons``: ``id`` (the person's IRI), ``name``, ``sources`` (the articles naming them);
- ``organizations``: ``id``, ``name``, ``other_names`` (aliases), ``classification`` (the
  head of the name: ``Thành ủy``, ``Ủy ban nhân dân``, ``Sở`` …), ``parent_id``
  (org:subOrganizationOf), ``area_id`` (orgkg:jurisdiction), ``sources``;
- ``areas``: places with ``classification`` (province, district) and ``parent_id``;
- ``posts``: one per role held in a body (``Bí thư`` of ``Quận ủy Quận 11``), with
  ``label``, ``role``, ``organization_id``; its id is the body's IRI + ``/post/`` + the
  role's IRI name;
- ``memberships``: one per org:Membership, with ``person_id``, ``organization_id``,
  ``post_id``, ``role``, ``start_date``, ``end_date`` and ``sources``;
- ``events``: name, ``classification`` (hội nghị, đại hội …), ``start_date``,
  ``organization_id`` and ``attendees`` (everyone the articles name at it).

The dates say what the articles say, no more: a membership's ``start_date`` is the
earliest date an article attests it (it began on or before that day); ``end_date`` is
the earliest date by which an article says it had ended, for a former post. Each
``sources`` entry is ``{"url", "note"}``: the article's URL (or its IRI, written as a URI)
and ``"<id>: <headline>"``.

``--since``/``--until`` and ``--focus`` apply as for the network formats; ``--kinds`` does
not (every collection is written).
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any, BinaryIO
from urllib.parse import quote

from kg.export.network import KINDS, Network, NetworkExporter, build_network
from kg.store.base import Store

# RFC 3987 §3.1: an IRI becomes a URI by percent-encoding its non-ASCII characters
_URI_SAFE = ":/?#[]@!$&'()*+,;=%-._~"


def iri_to_uri(iri: str) -> str:
    return quote(iri, safe=_URI_SAFE)


def _source(net: Network, article: str) -> dict[str, str]:
    ident, url, headline = net.articles.get(article, (article.rsplit("/", 1)[-1], None, None))
    note = f"{ident}: {headline}" if headline else ident
    return {"url": iri_to_uri(url or article), "note": note}


def _post_id(body: str, role_iri: str) -> str:
    return f"{body}/post/{role_iri.rstrip('/').rsplit('/', 1)[-1]}"


def popolo(net: Network) -> dict[str, list[dict[str, Any]]]:
    """``net`` as a Popolo document (plain data, ready for ``json.dumps``)."""
    named_by: dict[str, list[str]] = defaultdict(list)
    parent: dict[str, str] = {}
    area: dict[str, str] = {}
    within: dict[str, str] = {}
    organizer: dict[str, str] = {}
    attendees: dict[str, list[str]] = defaultdict(list)
    for e in net.edges:
        if e.relation in ("names", "namesBody"):
            named_by[e.target].append(e.source)
        elif e.relation == "subOrganizationOf":
            parent.setdefault(e.source, e.target)
        elif e.relation == "jurisdiction":
            area.setdefault(e.source, e.target)
        elif e.relation == "withinPlace":
            within.setdefault(e.source, e.target)
        elif e.relation == "organizer":
            organizer.setdefault(e.target, e.source)
        elif (e.relation in ("chair", "speaker", "presenter", "attendee")
              and e.source not in attendees[e.target]):
            attendees[e.target].append(e.source)

    def sources(iri: str) -> list[dict[str, str]]:
        return [_source(net, a) for a in sorted(set(named_by.get(iri, ())))]

    persons, organizations, areas, events = [], [], [], []
    for iri, node in sorted(net.nodes.items()):
        if node.kind == "person":
            persons.append({"id": iri, "name": node.label, "sources": sources(iri)})
        elif node.kind == "body":
            org: dict[str, Any] = {"id": iri, "name": node.label}
            aliases = str(node.attrs.get("aliases", ""))
            if aliases:
                org["other_names"] = [{"name": a} for a in aliases.split(" | ")]
            if "classification" in node.attrs:
                org["classification"] = str(node.attrs["classification"])
            if iri in parent:
                org["parent_id"] = parent[iri]
            if iri in area:
                org["area_id"] = area[iri]
            org["sources"] = sources(iri)
            organizations.append(org)
        elif node.kind == "place":
            place: dict[str, Any] = {"id": iri, "name": node.label}
            if "level" in node.attrs:
                place["classification"] = str(node.attrs["level"])
            if iri in within:
                place["parent_id"] = within[iri]
            areas.append(place)
        elif node.kind == "event":
            event: dict[str, Any] = {"id": iri, "name": node.label}
            if "event_type" in node.attrs:
                event["classification"] = str(node.attrs["event_type"])
            if "date" in node.attrs:
                event["start_date"] = str(node.attrs["date"])
            if iri in organizer:
                event["organization_id"] = organizer[iri]
            people = [p for p in attendees.get(iri, ()) if p in net.nodes]
            if people:
                event["attendees"] = [{"id": p, "name": net.nodes[p].label} for p in people]
            events.append(event)

    reported: dict[str, list[str]] = defaultdict(list)
    for e in net.edges:
        if e.relation == "reports":
            reported[e.target].append(e.source)
    for event in events:
        event["sources"] = [_source(net, a) for a in sorted(set(reported.get(event["id"], ())))]

    posts: dict[str, dict[str, Any]] = {}
    memberships = []
    for m in net.memberships:
        if m.person not in net.nodes or m.body not in net.nodes:
            continue
        body = net.nodes[m.body]
        post_id = _post_id(m.body, m.role_id)
        if post_id not in posts:
            post: dict[str, Any] = {"id": post_id, "label": f"{m.role} {body.label}",
                                    "role": m.role, "organization_id": m.body}
            if m.body in area:
                post["area_id"] = area[m.body]
            posts[post_id] = post
        ms: dict[str, Any] = {"id": m.id, "person_id": m.person, "organization_id": m.body,
                              "post_id": post_id, "role": m.role,
                              "label": f"{m.role} {body.label}" +
                                       (" (nguyên)" if m.status == "former" else "")}
        if m.start:
            ms["start_date"] = m.start.isoformat()
        if m.status == "former" and m.ended_by:
            ms["end_date"] = m.ended_by.isoformat()
        ms["sources"] = [_source(net, a) for a in m.sources]
        memberships.append(ms)

    return {"persons": persons, "organizations": organizations, "areas": areas,
            "posts": sorted(posts.values(), key=lambda p: p["id"]),
            "memberships": memberships, "events": events}


@dataclass(frozen=True)
class PopoloExporter(NetworkExporter):
    name: str = "popolo"
    extensions: tuple[str, ...] = (".popolo",)
    description: str = ("persons, organizations, posts, memberships, areas and events as "
                        "Popolo JSON (popoloproject.com)")

    def write(self, store: Store, stream: BinaryIO) -> None:
        # every collection, whatever --kinds says: sources need the articles
        self.write_network(build_network(store, replace(self.options, kinds=KINDS)), stream)

    def write_network(self, net: Network, stream: BinaryIO) -> None:
        doc = popolo(net)
        stream.write(json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"))
        stream.write(b"\n")


POPOLO = PopoloExporter()

__all__ = ["POPOLO", "PopoloExporter", "iri_to_uri", "popolo"]
