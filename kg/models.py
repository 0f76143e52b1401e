"""Plain facts that flow through the pipeline: read -> extract -> RDF.

Everything here is a frozen dataclass so that extractors can be tested with ``==``.
Only :mod:`kg.rdf.build` turns these into triples.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Status = Literal["current", "former"]
EventKind = Literal[
    "conference", "congress", "session", "ceremony",
    "seminar", "working_session", "meeting", "voter_meeting",
]


@dataclass(frozen=True)
class Article:
    """One article as read from a source, its text already normalised."""

    id: str
    text: str
    title: str | None = None
    date: date | None = None
    url: str | None = None
    publisher: str | None = None
    author: str | None = None
    source_path: str | None = None


@dataclass(frozen=True)
class Place:
    """An administrative unit (an area, not a body)."""

    name: str                      # canonical, e.g. "Quận 11", "Thành phố Hồ Chí Minh"
    level: str                     # "province", "district", "ward" or "" when unknown
    parent: str | None = None      # canonical name of the enclosing place


@dataclass(frozen=True)
class Body:
    """A body (organisation) with its full canonical name."""

    name: str                                  # e.g. "Quận ủy Quận 11"
    aliases: tuple[str, ...] = ()              # as written in the article, abbreviations
    place: Place | None = None                 # jurisdiction
    parent: Body | None = None                 # the body it is part of


@dataclass(frozen=True)
class Person:
    name: str                                  # full name, e.g. "Trần Văn Bình"
    mentions: tuple[str, ...] = ()             # other forms used in the article


@dataclass(frozen=True)
class Membership:
    person: str                                # Person.name
    role: str                                  # canonical role, e.g. "Bí thư"
    body: Body
    status: Status = "current"
    attested_on: date | None = None            # the article's (or event's) date
    evidence: str = ""                         # the sentence that states it


@dataclass(frozen=True)
class Event:
    kind: EventKind
    label: str                                 # the phrase naming it
    date: date | None = None
    organizers: tuple[Body, ...] = ()
    chairs: tuple[str, ...] = ()               # Person.name
    speakers: tuple[str, ...] = ()
    presenters: tuple[str, ...] = ()
    attendees: tuple[str, ...] = ()
    evidence: str = ""


@dataclass(frozen=True)
class Facts:
    """Everything one article states."""

    article: Article
    persons: tuple[Person, ...] = ()
    bodies: tuple[Body, ...] = ()
    memberships: tuple[Membership, ...] = ()
    events: tuple[Event, ...] = ()
    notes: tuple[str, ...] = field(default=(), compare=False)
