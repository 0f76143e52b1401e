"""One article in, its facts out: the extraction pipeline."""
from __future__ import annotations

import dataclasses
from datetime import date

from kg.extract import bodies as body_rules
from kg.extract.events import find_events
from kg.extract.gazetteer import Gazetteer, PlaceEntry, load
from kg.extract.mentions import BodyRef, NameMention, SentenceMentions, analyse
from kg.extract.positions import Claim, attach
from kg.extract.dates import date_line
from kg.models import Article, Body, Event, Facts, Membership, Person
from kg.text import segment

# where a publisher is based, for bodies written without their place (GUIDELINES §2)
PUBLISHER_PLACES = {"thanhuytphcm.vn": "Hồ Chí Minh", "hanoimoi.com.vn": "Hà Nội",
                    "baodanang.vn": "Đà Nẵng", "sggp.org.vn": "Hồ Chí Minh"}


def extract(article: Article, gz: Gazetteer | None = None) -> Facts:
    gz = gz or load()
    if article.date is None:
        found = date_line(article.text)
        if found:
            article = dataclasses.replace(article, date=found)
    texts = ([article.title] if article.title else []) + [article.text]
    sentences = [analyse(gz, s) for t in texts for s in segment.sentences(gz.expand(t))]
    ctx = body_rules.PlaceContext()
    for m in sentences:
        for ref, _, _ in m.bodies:
            ctx.note(ref)
        for t in m.titles:
            if t.body:
                ctx.note(t.body)
    pub = PUBLISHER_PLACES.get((article.publisher or "").lower())
    if pub:
        found_places = gz.find_places(pub)
        ctx.publisher_place = found_places[0] if found_places else None

    full_names = _full_names(sentences)

    def resolve_short(given: str) -> str | None:
        matches = [n for n in full_names if n.split()[-1] == given]
        return matches[-1] if matches else None

    year = article.date.year if article.date else None
    claims: list[tuple[Claim, str]] = []
    last_subject: str | None = None
    for m in sentences:
        for c in attach(gz, m, last_subject, year, resolve_short):
            claims.append((c, m.text))
        firsts = [n.name for n in m.names if not n.short]
        if firsts:
            last_subject = firsts[0]
    memberships = _memberships(gz, claims, ctx, article.date)

    def person_of(_m: SentenceMentions, n: NameMention) -> str | None:
        return resolve_short(n.name) if n.short else n.name

    events = []
    for d in find_events(sentences, article.date, person_of):
        organizers = tuple(dict.fromkeys(body_rules.resolve(gz, ref, ctx) for ref in d.organizers))
        events.append(Event(d.kind, d.label, d.date, organizers, tuple(d.chairs),
                            tuple(d.speakers), tuple(d.presenters), tuple(d.attendees),
                            d.evidence))
    holders = {m.person for m in memberships}
    for e in events:
        holders.update(e.chairs + e.speakers + e.presenters + e.attendees)
    persons = tuple(Person(n) for n in full_names if n in holders)
    all_bodies: dict[str, Body] = {}
    for ms in memberships:
        all_bodies.setdefault(ms.body.name, ms.body)
    for e in events:
        for b in e.organizers:
            all_bodies.setdefault(b.name, b)
    return Facts(article, persons, tuple(all_bodies.values()), tuple(memberships), tuple(events))


def _full_names(sentences: list[SentenceMentions]) -> list[str]:
    seen: dict[str, None] = {}
    for m in sentences:
        for n in m.names:
            if not n.short:
                seen.setdefault(n.name, None)
    return list(seen)


def _chain_place(claim: Claim) -> PlaceEntry | None:
    idx = claim.chain.index(claim.title)
    order = list(claim.chain[idx + 1:]) + list(reversed(claim.chain[:idx]))
    for t in order:
        ref = t.body
        while ref is not None:
            if ref.place and ref.place.entry:
                return ref.place.entry
            ref = ref.parent
    return None


def _chain_parent(claim: Claim) -> BodyRef | None:
    idx = claim.chain.index(claim.title)
    for t in list(claim.chain[idx + 1:]) + list(reversed(claim.chain[:idx])):
        if t.body and t.body.head.kind == "sub" and t.body.parent:
            return t.body.parent
        if t.body and t.body.head.kind in ("committee",):
            return t.body
    return None


def _memberships(gz: Gazetteer, claims: list[tuple[Claim, str]], ctx: body_rules.PlaceContext,
                 when: date | None) -> list[Membership]:
    out: dict[tuple[str, str, str], Membership] = {}
    for claim, sentence in claims:
        t = claim.title
        if t.body is not None:
            body = body_rules.resolve(gz, t.body, ctx, _chain_place(claim), _chain_parent(claim))
        elif t.role.implied_body:
            body = Body(t.role.implied_body)
        else:
            continue
        key = (claim.person, t.role.name, body.name)
        previous = out.get(key)
        # a former claim wins over a current one in the same article (GUIDELINES §3)
        if previous is None or (previous.status == "current" and claim.status == "former"):
            out[key] = Membership(claim.person, t.role.name, body, claim.status,  # type: ignore[arg-type]
                                  when if claim.status == "current" else None, sentence)
    return list(out.values())
