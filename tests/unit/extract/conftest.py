"""Helpers for the extraction rule tests: run the pipeline on a few invented sentences."""
from __future__ import annotations

from datetime import date

import pytest

from kg.extract.pipeline import extract
from kg.models import Article, Facts

ARTICLE_DATE = date(2020, 8, 8)


def _run(text: str, *, day: date | None = ARTICLE_DATE, publisher: str | None = None,
         title: str | None = None) -> Facts:
    return extract(Article(id="test", text=text, title=title, date=day, publisher=publisher))


def _memberships(text_or_facts, **kw) -> set[tuple[str, str, str, str]]:
    """(person, role, body name, status) of every membership."""
    facts = _run(text_or_facts, **kw) if isinstance(text_or_facts, str) else text_or_facts
    return {(m.person, m.role, m.body.name, m.status) for m in facts.memberships}


def _persons(facts: Facts) -> set[str]:
    return {p.name for p in facts.persons}


def _events(facts: Facts) -> list[tuple]:
    """(kind, date, organizer names, chairs) of every event, in order."""
    return [(e.kind, e.date, tuple(o.name for o in e.organizers), e.chairs) for e in facts.events]


@pytest.fixture
def run():
    return _run


@pytest.fixture
def memberships():
    return _memberships


@pytest.fixture
def persons():
    return _persons


@pytest.fixture
def events():
    return _events
