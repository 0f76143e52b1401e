"""One article in, its facts out: the extraction pipeline."""
from __future__ import annotations

import dataclasses
from functools import cache
import re
from collections import Counter
from collections.abc import Callable
from datetime import date

from kg.extract import bodies as body_rules
from kg.extract import career
from kg.extract.event_committees import events_named_in_full, spell_out_committees
from kg.extract.events import find_events
from kg.extract.gazetteer import Gazetteer, PlaceEntry, load
from kg.extract.mentions import (BARE_FIRM, CENTRAL_COMMITTEE, LOWER, UPPER, BodyRef,
                                 NameMention, PlaceRef, SentenceMentions, TitleMention, analyse,
                                 initials_of_last_words, local_places_written, places_written_at)
from kg.extract.lists import body_after_bracketed, listed_holders, members_listed
from kg.extract.named_before import (ENTERPRISE, bare_unit, committee_in_the_sentence,
                                      council_named_before, head_word,
                                      institution_by_kind, leaders_body_named_before,
                                      name_last)
from kg.extract.positions import FORMER_MODIFIERS, LEFT_AFTER, Claim, attach
from kg.extract.quotes import speakers
from kg.extract.chain_bodies import (OWN_ORGANS, body_of_next_title, chain_body, chain_level,
                                     chain_parent, chain_place, commune_committee_of_chain,
                                     office_root, organisation_around, organisation_in_chain,
                                     party_committee_of_chain, rank_of_chain)
from kg.extract.status_passes import dismissed, of_the_dead, retired
from kg.extract.dates import date_line, find_dates
from kg.extract.dates import YEAR, is_target_year, reference_year
from kg.extract.dates import resolve as resolve_date
from kg.extract.events import LEADERS, PARTICIPATION, triggers_in
from kg.models import Article, Body, Event, Facts, Membership, Person
from kg.text import segment
from kg.text.normalize import fold, strip_diacritics

# where a publisher is based, for bodies written without their place (GUIDELINES §2)
PUBLISHER_PLACES = {"thanhuytphcm.vn": "Hồ Chí Minh", "hanoimoi.com.vn": "Hà Nội",
                    "baodanang.vn": "Đà Nẵng", "sggp.org.vn": "Hồ Chí Minh"}


def extract(article: Article, gz: Gazetteer | None = None) -> Facts:
    gz = gz or load()
    if _china_only(" ".join(filter(None, (article.title, article.text)))):
        # China's own politics, told with names that read as ours: no post, body or
        # gathering of ours in it (GUIDELINES §2, §4)
        return Facts(article, (), (), (), ())
    if article.date is None:
        found = date_line(article.text)
        if found:
            article = dataclasses.replace(article, date=found)
    texts = ([article.title] if article.title else []) + [article.text]
    raw = [item for t in texts for s in segment.sentences(_names_in_capitals(gz, gz.expand(t)))
           for item in career.split_items(s)]
    sentences = [analyse(gz, s) for s in raw]
    defined = _defined_short_names(sentences)
    if defined:  # 'Tổng giám đốc Sabeco' is read as the body 'Sabeco' was defined for
        sentences = _read_again(gz, sentences, lambda s: _spell_out(s, defined))
    named_events = events_named_in_full(gz, raw)
    if named_events:  # 'Phó Trưởng Ban tổ chức Lễ hội': the festival the article names in full
        sentences = _read_again(gz, sentences,
                                lambda s: spell_out_committees(gz, s, named_events))
    ctx = body_rules.PlaceContext(short_names={written: short
                                               for short, (_, written) in defined.items()})
    written_in: list[list[tuple[int, PlaceEntry]]] = []  # places each sentence writes, where
    for m in sentences:
        refs = [ref for ref, _, _ in m.bodies] + [t.body for t in m.titles if t.body]
        for ref in refs:
            ctx.note(ref)
        written_at = places_written_at(gz, m.text)
        written_in.append(written_at)
        written = [entry for _, entry in written_at]
        for entry in written:
            ctx.note_place(entry)
        # a district named is evidence for its province ('Ban CHQS huyện Đức Thọ': Hà Tĩnh)
        districts = [r.place.entry for ref in refs for r in body_rules._walk(ref)
                     if r.place and r.place.entry and r.place.entry.kind == "district"]
        for entry in districts + [e for e in written if e.kind == "district"]:
            province = gz.province_of(entry)
            if province is not None:
                ctx.note_place(province)
        for level, name in local_places_written(gz, m.text):
            ctx.local.setdefault(level, Counter())[name] += 1
    pub = PUBLISHER_PLACES.get((article.publisher or "").lower())
    if pub:
        found_places = gz.find_places(pub)
        ctx.publisher_place = found_places[0] if found_places else None

    ctx.mentioned_in = lambda: _main_province(gz, article.title or "", article.text)
    ctx.institution = _institution(gz, sentences, ctx)
    ctx.assembly = _assembly(gz, sentences, ctx, article.text)
    ctx.national_only = _names_national_assembly_only(article.text)
    full_names = _full_names(sentences)
    _repair_truncated(sentences, full_names)
    _repair_overrun(sentences, full_names)
    full_names = _full_names(sentences)

    def resolve_short(given: str) -> str | None:
        matches = [n for n in full_names if n.split()[-1] == given]
        return matches[-1] if matches else None

    year = article.date.year if article.date else _latest_year(article.text)
    main = _main_person(sentences, resolve_short)
    addressed = _addressed_as(sentences, main, resolve_short)
    quoted = speakers([m.text for m in sentences], resolve_short)
    claims: list[tuple[Claim, str, dict[str, PlaceEntry], dict[str, BodyRef]]] = []
    recent: dict[str, PlaceEntry] = {}
    recent_bodies: dict[str, BodyRef] = {}
    roster: str | None = None
    roster_body: BodyRef | None = None
    foreign_subject = False
    sections: list[int] = []  # the place section each sentence is in ('Hà Nội: …', 'TP.HCM: …')
    for i, m in enumerate(sentences):
        for header in _HEADER.finditer(m.text) if ":" in m.text else ():
            words = header.group(1).split()
            for k in range(len(words)):  # the longest place suffix
                section = gz.find_places(" ".join(words[k:]))
                if section:
                    # 'Tuyên Quang: … Thừa Thiên - Huế: …': a new section, whose bare
                    # bodies are not the previous section's
                    recent.clear()
                    recent[section[0].level_word] = section[0]
                    sections.append(-1)  # marks a new section, counted below
                    break
        sections.append(0)
        for ref in [b for b, _, _ in m.bodies] + [t.body for t in m.titles if t.body]:
            for r in body_rules._walk(ref):
                if r.place and r.place.entry:
                    recent[r.place.level or r.place.entry.level_word] = r.place.entry
                    # ('… Bí thư Huyện ủy, Chủ tịch HĐND huyện X, tỉnh Y': Y is the
                    # province written last, for a bare 'Tỉnh ủy' in the chain)
                    # (a district's name that several provinces have says no province)
                    if r.place.entry.kind == "district" \
                            and (province := _only_province_of(gz, r.place.entry)) is not None:
                        recent[province.level_word] = province
        listed = listed_holders(gz, m, recent_bodies, resolve_short)  # bodies named before
        before_sentence = dict(recent_bodies)
        # ('Bộ Quốc phòng Trung Quốc': a foreign state's body is no body a bare title of
        # the article may take)
        own = [(ref, a, b) for ref, a, b in m.bodies
               if not gz.country_at(m.text, b + len(m.text[b:]) - len(m.text[b:].lstrip()))]
        for ref, _, _ in own:
            name_last(recent_bodies, ref)
        if _foreign_person(gz, m.text):
            foreign_subject = True   # 'ông Milos Zeman …': 'ông' now stands for him
        elif any(not n.short for n in m.names):
            foreign_subject = False
        first_claim = len(claims)
        for c in attach(gz, m, None if foreign_subject else main, year, resolve_short, roster,
                        speaker=quoted[i], addressed=addressed,
                        nearby=_addressed_in(sentences[i - 1], resolve_short) if i else None):
            c = _committee_named_before(c, own)
            # a bare title takes a body named before it: earlier in its sentence or before
            named = dict(before_sentence)
            for ref, a, _ in own:
                if a < c.title.start:
                    name_last(named, ref)
            # and the places its sentence writes before it ('Khi ông A còn làm lãnh đạo tại
            # tỉnh Hà Tĩnh, ở vị trí Chủ tịch UBND tỉnh': Hà Tĩnh's)
            here = dict(recent)
            for at, entry in written_in[i]:
                if at < c.title.start:
                    here[entry.level_word] = entry
            claims.append((c, m.text, here, named))
        held_here = {id(c.title) for c, *_ in claims[first_claim:]}
        for t in m.titles:
            if t.body is not None and id(t) not in held_here and not _PLURAL_BEFORE.search(
                    m.text, max(0, t.start - 10), t.start):
                # an office named with no holder ('Chủ tịch UBND TP X đã ký …'): the body a
                # bare rank of it takes later ('Phó Chủ tịch A chủ trì')
                claims.append((Claim(OFFICE_ONLY, t, (t,), "current"), m.text, dict(recent),
                               dict(recent_bodies)))
        for person, title in [*listed, *members_listed(gz, m, resolve_short),
                              *_deputies(gz, m, resolve_short)]:
            status = "former" if title.modifier in FORMER_MODIFIERS else "current"
            claims.append((Claim(person, title, (title,), status, False, True), m.text,
                           dict(recent), dict(recent_bodies)))
        roster = _name_line(m, resolve_short) or (roster if m.titles and not m.names else None)
        roster_header = _ROSTER_HEADER.search(m.text)
        if roster_header:
            rostered = [ref for ref, a, _ in m.bodies if a >= roster_header.end() - 1]
            roster_body = rostered[0] if rostered else None
        elif roster_body is not None and roster and _name_line(m, resolve_short):
            title = TitleMention(gz.roles["thành viên"], roster_body, 0, 0)
            claims.append((Claim(roster, title, (title,), "current", False, True), m.text,
                           dict(recent), dict(recent_bodies)))
    def person_of(_m: SentenceMentions, n: NameMention) -> str | None:
        return resolve_short(n.name) if n.short else n.name

    events = []
    delegation = _delegation(gz, sentences, ctx)
    year_hint = None if article.date else reference_year(article.text)
    for d in find_events(sentences, article.date, person_of, year_hint, _section_of(sections)):
        organizers = tuple(dict.fromkeys(body_rules.resolve(gz, ref, ctx) for ref in d.organizers))
        if not organizers and d.kind == "voter_meeting" and delegation is not None:
            organizers = (delegation,)  # deputies meet their voters as a delegation
        events.append(Event(d.kind, d.label, d.date, organizers, tuple(d.chairs),
                            tuple(d.speakers), tuple(d.presenters), tuple(d.attendees),
                            d.evidence))
    # a person the article introduces by a foreign state's title holds no post of ours, whatever
    # bare title names them later ('Phó Chủ tịch nước Trung Quốc A … Phó Chủ tịch nước A';
    # GUIDELINES §2)
    foreigners = {name for m in sentences for name in m.foreign}
    claims = [c for c in claims if c[0].person not in foreigners]
    memberships = _memberships(gz, claims, ctx, article.date, events, _units_in_full(sentences),
                               _central_units(sentences))
    memberships = dismissed(memberships, sentences, resolve_short, article.date, gz.role_re)
    memberships = retired(memberships, sentences, resolve_short, article.date)
    memberships = of_the_dead(memberships, sentences, resolve_short, article.date, gz.died,
                              article.date.year if article.date
                              else year_hint.year if year_hint else None)
    in_full = _written_in_full(gz, [m.body for m in memberships]
                               + [b for e in events for b in e.organizers])
    memberships = [dataclasses.replace(m, body=in_full[m.body.name])
                   if m.body.name in in_full else m for m in memberships]
    memberships = _one_status_per_post(memberships)
    events = [dataclasses.replace(e, organizers=tuple(in_full.get(b.name, b)
                                                      for b in e.organizers))
              for e in events]
    events = [_chaired_by(e, memberships) for e in events]
    # a sitting no body is said to hold, nor its chair's ('Chủ nhiệm Ủy ban Kiểm tra Trung ương
    # A chủ trì kỳ họp'), is one of the assembly the article reports on
    events = [dataclasses.replace(e, organizers=(ctx.assembly,))
              if not e.organizers and e.kind == "session" and ctx.assembly is not None
              and not _OTHER_SITTING.match(e.label) else e for e in events]

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


def _written_in_full(gz: Gazetteer, bodies: list[Body]) -> dict[str, Body]:
    """Bodies written short in one place ('Ban Bồi thường') and in full in another ('Ban Bồi
    thường giải phóng mặt bằng quận Tân Phú'), by the short name: the one body the article
    writes in full (a head and a name of its own at least: not a bare 'Ủy ban nhân dân',
    whose place is read from context, not from any one other body)."""
    by_name = {b.name: b for b in bodies}
    out: dict[str, Body] = {}
    for name in by_name:
        if len(name.split()) < 3 or fold(name) in gz.heads or name.endswith("Việt Nam"):
            continue  # (a national body is no short form of its branch in a province)
        # (the name in full ends on a proper name: not one run into a word of the sentence,
        # 'Đại học Đà Nẵng ghi')
        longer = [b for other, b in by_name.items() if other.startswith(name + " ")
                  and other.split()[-1][:1].isupper()]
        if len(longer) == 1:
            out[name] = longer[0]
    return out


#: 'Bộ trưởng A (Đoàn ĐBQH Sơn La) phát biểu': the delegation a deputy sits with
_DELEGATION_AFTER = re.compile(r"\s*\(\s*[Đđ]oàn\s+(?:ĐBQH|[Đđ]ại biểu Quốc hội)\b[^()]{0,40}\)")
_WITH_DELEGATION = re.compile(r"(?:\s*,[^;.:()]{0,120}?,)?\s+cùng(?:\s+với)?\s+"
                              r"(?:các\s+(?:vị\s+)?đại biểu(?:\s+Quốc hội)?\s+"
                              r"(?:trong\s+|thuộc\s+)?)?"
                              r"[Đđ]oàn\s+[Đđ]ại biểu Quốc hội\b")
_MEETS_VOTERS = re.compile(r"tiếp xúc(?:\s+với)?\s+(?:[\d.]+\s+|đông đảo\s+)?cử tri", re.I)


#: 'Tổ Đại biểu Quốc hội tỉnh X, gồm ông A; bà B, Phó Bí thư …': the deputies a group lists
#: ('ĐBQH', 'ĐB' are read out before: 'đại biểu Quốc hội', 'Đại biểu')
_DELEGATION_LIST = re.compile(r"\b(?:[Tt]ổ|[Đđ]oàn)\s+[Đđ]ại biểu Quốc hội\b[^,;:.()]{0,50}"
                              r"(?:\s*\(\s*[Đđ]ại biểu Quốc hội\s*\)[^,;:.()]{0,30})?,?\s+"
                              r"(?:bao\s+)?gồm(?:\s+có)?\s*:?\s*"
                              r"(?:(?:các\s+)?(?:ông|bà|đồng chí|[Đđ]ại biểu)\s+)?")
#: the gap from one listed deputy to the next: their own titles, then ';', ',' or 'và' (the
#: first may have its title before it: 'tổ ĐBQH gồm Bí thư Thành ủy A, bà B')
_NEXT_DEPUTY = re.compile(r"(?:\s*,[^;.:()]{0,120}?)?\s*(?:;|,|\s+và)\s*"
                          r"(?:(?:ông|bà|đồng chí|[Đđ]ại biểu)\s+)?$")
_FIRST_DEPUTY = re.compile(r"[^;,.:()]{0,80}")
_LIST_GOES_OFF = re.compile(r"\b(?:đã|đang|sẽ|vừa|tiếp xúc|cho biết|cùng)\b")


def _deputies(gz: Gazetteer, m: SentenceMentions, resolve_short
              ) -> list[tuple[str, TitleMention]]:
    """A name followed by its National Assembly delegation in brackets is a deputy's; so
    is every name a group of deputies lists ('Tổ ĐBQH … gồm ông A; bà B, Phó Bí thư …')."""
    role = gz.roles[fold("Đại biểu Quốc hội")]
    # ('Tổng Bí thư A cùng Đoàn ĐBQH thành phố tiếp xúc cử tri': A meets the voters as one of
    # the delegation's deputies)
    meets_voters = _MEETS_VOTERS.search(m.text) is not None
    out = [(person, TitleMention(role, None, n.start, n.end)) for n in m.names
           if (_DELEGATION_AFTER.match(m.text, n.end)
               or meets_voters and _WITH_DELEGATION.match(m.text, n.end))
           and (person := resolve_short(n.name) if n.short else n.name)]
    for listed in _DELEGATION_LIST.finditer(m.text):
        at = listed.end()
        for n in m.names:
            if n.start < at:
                continue
            gap = m.text[at:n.start]
            if not (_FIRST_DEPUTY if at == listed.end() else _NEXT_DEPUTY).fullmatch(gap) \
                    or _LIST_GOES_OFF.search(gap):
                break
            if person := resolve_short(n.name) if n.short else n.name:
                out.append((person, TitleMention(role, None, n.start, n.end)))
            at = n.end
    return out


_CHAIRS = re.compile(r"chủ trì", re.I)
_BRIEFING = re.compile(r"giao ban", re.I)
#: '… yêu cầu Giám đốc Sở A báo cáo': the one addressed is no host
_ADDRESSED_TO = re.compile(r"(?:yêu cầu|đề nghị|giao|chỉ đạo|phê bình|nhắc nhở)(?!\s+của)"
                           r"\s+[^,;.]{0,50}$", re.I)  # (not 'yêu cầu của A': A's request)
#: the gatherings a leader speaks at ('tại cuộc họp', 'trong buổi làm việc')
_MEETING = r"(?:cuộc họp|buổi họp|(?:buổi|cuộc) làm việc|buổi giao ban)"
# ('Phát biểu tại hội nghị giao ban …, Chủ tịch UBND thành phố A cho rằng …'; '… mà trong cuộc
# họp với các sở sáng qua, đích thân Chủ tịch UBND thành phố A yêu cầu …')
_AT_THE_MEETING = re.compile(r"(?:^|[,.…]\s*|\smà\s+)"
                             r"(?:(?:[Cc]òn|[Cc]ũng|[Rr]iêng"
                             r"|[Pp]hát biểu(?: chỉ đạo| kết luận)?)\s+)?"
                             rf"(?:[Tt]ại|[Tt]rong)\s+(?:hội nghị|{_MEETING})"
                             r"|^\W*[Ll]àm việc với"
                             # ('Bộ trưởng A nhấn mạnh … trong buổi làm việc với tỉnh X': whom A
                             # works with comes to A's ministry's session)
                             r"|(?:nhấn mạnh|chỉ đạo|yêu cầu|phát biểu|cho biết|khẳng định|đề nghị"
                             r"|lưu ý)[^.;]{0,80}?\s(?:tại|trong)\s+(?:buổi|cuộc)\s+"
                             r"(?:làm việc|họp(?: giao ban)?)\s+với\s"
                             # ('… thông báo kết luận của Thủ tướng A tại cuộc họp về …': A's)
                             r"|[Kk]ết luận\s+của[^.;]{0,80}?\s(?:tại|trong)\s+(?:buổi|cuộc)\s+"
                             r"(?:họp|làm việc)\b")
_AT_ITS_END = re.compile(rf"\s(?:tại|trong)\s+{_MEETING}\b")


def _chaired_by(e: Event, memberships: list[Membership]) -> Event:
    """A meeting or working session no body is said to hold is the meeting of the body its
    chair leads in it ('Phó Chủ tịch UBND thành phố A chủ trì cuộc họp với các sở':
    GUIDELINES §4, 'whose meeting it is'): the office the chair is named with where the
    article says they chair it, the last of a chain ('Ủy viên BTV Thành ủy, Phó Chủ tịch UBND')."""
    if e.organizers or not (e.kind in ("meeting", "working_session", "session")
                            or _BRIEFING.search(e.label)):
        return e
    held = [m for m in memberships if m.person == e.chairs[0] and m.status == "current"
            and _CHAIRS.search(m.evidence)] if len(e.chairs) == 1 else []
    if not held and len(e.chairs) <= 1 and _AT_THE_MEETING.search(e.evidence):
        # 'Tại cuộc họp giao ban …, Chủ tịch UBND thành phố A yêu cầu …': with no chair said
        # where they chair it, the leader who speaks at it in its sentence (one leader only)
        leaders = [m for m in memberships if m.status == "current" and m.role in LEADERS
                   and _named_in(e.evidence, m) and not _addressed(e.evidence, m.person)]
        held = leaders if len({m.person for m in leaders}) == 1 else []
    if not held and len(e.chairs) <= 1 and _AT_ITS_END.search(e.evidence):
        # 'Chủ tịch UBND TP A tiếp tục đề cập … tại cuộc họp giao ban ngày 6/2': the leader
        # the sentence opens with, speaking at it
        opens = e.evidence.lstrip().lower()
        held = [m for m in memberships if m.status == "current" and m.role in LEADERS
                and opens.startswith(m.role.lower()) and _named_in(e.evidence, m)]
    if not held:
        return e
    last = max(held, key=lambda m: m.evidence.lower().rfind(m.role.lower()))
    if e.kind == "session" and last.body.name in _HOLD_NO_SITTINGS:
        return e  # (the Party's central organs meet in plenums and meetings, not sittings)
    return dataclasses.replace(e, organizers=(last.body,))


_HOLD_NO_SITTINGS = {CENTRAL_COMMITTEE, "Bộ Chính trị", "Ban Bí thư"}


def _named_in(sentence: str, m: Membership) -> bool:
    """The sentence states the membership, or names its holder with its title ('Chủ tịch
    Nguyễn Đức Chung yêu cầu …' after 'Chủ tịch UBND thành phố Nguyễn Đức Chung' was named)."""
    if m.evidence == sentence:
        return True
    at = sentence.find(m.person)
    return at >= 0 and m.role.lower() in sentence[max(0, at - 80):at].lower()


def _addressed(sentence: str, person: str) -> bool:
    """'… yêu cầu Giám đốc Sở A báo cáo': the person is the one a leader addresses."""
    at = max(0, sentence.find(person))
    return bool(_ADDRESSED_TO.search(sentence, max(0, at - 60), at))


#: a person named after a form of address with no Vietnamese diacritics in the name (the
#: lookahead on the first letters lets the scan pass the other positions with one test)
_FOREIGN_PERSON = re.compile(
    r"(?=[ÔôBbĐđTNn])(?:\b[Ôô]ng|\b[Bb]à|\b[Đđ]ồng chí|Tổng thống|Thủ tướng|[Nn]gài)"
    r"\s+([A-Z][a-z]+)(?:[\s-]+[A-Z][a-z]+)+\b")


def _committee_named_before(c: Claim, own: list[tuple[BodyRef, int, int]]) -> Claim:
    """A bare 'Tỉnh ủy' after a Tỉnh ủy its sentence names with a place is that one: 'đoàn công
    tác của Tỉnh ủy Đồng Nai do ông A, Bí thư Tỉnh ủy làm Trưởng đoàn' (a committee's head
    word carries no level, so the places of the sentence cannot tell which province)."""
    t = c.title
    if t.body is None or t.body.head.kind != "committee" \
            or t.body.name or t.body.place or t.body.parent:
        return c
    same = [ref for ref, a, _ in own if a < t.start and ref.head.name == t.body.head.name
            and ref.place is not None and ref.place.entry is not None
            and not (ref.parent or ref.name)]  # (not 'Đảng ủy Khối các cơ quan tỉnh X')
    if not same:
        return c
    title = dataclasses.replace(t, body=dataclasses.replace(t.body, place=same[-1].place))
    return dataclasses.replace(c, title=title,
                               chain=tuple(title if x is t else x for x in c.chain))


#: what only China's state and party have, written in Vietnamese: its discipline commission
#: ('Ủy ban Kiểm tra kỷ luật Trung ương'), governors, the CPPCC, autonomous regions, capital
_CHINA_ONLY = re.compile(r"kỷ luật Trung ương|Tỉnh trưởng|Chính Hiệp|Khu tự trị|Bắc Kinh"
                         r"|Trung Nam Hải|Tân Hoa xã|Đảng Cộng sản Trung Quốc")
_OURS = re.compile(r"Việt Nam|\bVN\b|nước ta")


def _china_only(text: str) -> bool:
    """An article about China's own politics alone: it writes what only China has, names
    China more than once, and never names our country. Its officials' names read as ours
    ('Lý Lập Quốc', 'Vương Dân'), so no title rule can tell them apart; the article can."""
    return text.count("Trung Quốc") >= 2 and bool(_CHINA_ONLY.search(text)) \
        and not _OURS.search(text)


def _foreign_person(gz: Gazetteer, text: str) -> bool:
    """A foreign person is named ('ông Milos Zeman'), not a Vietnamese name typed without
    its marks ('ông Nguyen Van Binh')."""
    return any(m.group(1) not in _plain_surnames(gz.surnames)
               for m in _FOREIGN_PERSON.finditer(text))


@cache
def _plain_surnames(surnames: frozenset[str]) -> frozenset[str]:
    return frozenset(strip_diacritics(x) for x in surnames)


_CAPS_WORDS = re.compile(rf"(?<!\w)[{UPPER}]+(?:[ \t]+[{UPPER}]+)+(?!\w)")


def _names_in_capitals(gz: Gazetteer, text: str) -> str:
    """'Họ và tên: TRẦN VĂN BÌNH', 'đồng chí NGUYỄN THỊ HOA': a name written in capitals is
    read as 'Trần Văn Bình' (a surname, then one to three more syllables, all capitals)."""
    def fix(run: re.Match[str]) -> str:
        words = run.group().split()
        if not any(w.isupper() and len(w) > 1 for w in words):
            return run.group()
        out: list[str] = []
        i = 0
        while i < len(words):
            w = words[i]
            if w.isupper() and w.capitalize() in gz.surnames:
                j = i + 1
                while j < len(words) and j - i < 5 and words[j].isupper():
                    j += 1
                if j - i >= 2:
                    out.extend(x.capitalize() for x in words[i:j])
                    i = j
                    continue
            out.append(w)
            i += 1
        return " ".join(out) if out != words else run.group()
    return _CAPS_WORDS.sub(fix, text)


#: 'Tổng công ty cổ phần Bia Sài Gòn (Sabeco)': a short name the article defines
_SHORT_NAME = re.compile(r"\s*\(\s*([A-ZĐ][A-Za-zĐđ0-9&]{1,14})\s*\)")


def _defined_short_names(sentences: list[SentenceMentions]) -> dict[str, tuple[str, str]]:
    """Short names defined in brackets after a body: short -> (head as written, body as
    written). A short name that is a place, or defined twice differently, is left out."""
    found: dict[str, tuple[str, str]] = {}
    clash: set[str] = set()
    for m in sentences:
        for ref, a, b in m.bodies:
            d = _SHORT_NAME.match(m.text, b)
            if not d and ref.place is not None:
                # 'Trung tâm Kiểm soát bệnh tật (CDC) Hà Nội': the short form of the name
                # before the place
                d = _SHORT_NAME.search(m.text, a, b)
                b = d.start() if d else b
            if not d or sum(c.isupper() for c in d.group(1)) < 2 and not ref.head.group:
                continue
            short, written = d.group(1), m.text[a:b]
            firm = ref.parent
            if firm is not None and ref.head.kind == "sub" and firm.written \
                    and fold(short)[:1] != fold(ref.head.name)[:1]:
                # 'HĐTV Tổng công ty Bảo đảm … (BĐATHH)': the short name is the firm's; the
                # outermost one's, unless one between is named by it ('Ban Thường vụ Đảng ủy
                # Tập đoàn X (PVN)' is the group's, not its Party committee's)
                while firm.parent is not None and firm.parent.written \
                        and fold(short)[:1] != fold(firm.head.name)[:1]:
                    firm = firm.parent
                ref, written = firm, firm.written
            if ref.name and initials_of_last_words(short, ref.name.split()):
                continue  # '… Phát triển doanh nghiệp (DN)': the short form of 'doanh nghiệp'
            head = written[:len(ref.head.name)] if fold(written).startswith(
                fold(ref.head.name)) else ref.head.name
            if found.get(short, (head, written))[1] != written:
                clash.add(short)
            found[short] = (head, written)
    return {k: v for k, v in found.items() if k not in clash}


def _read_again(gz: Gazetteer, sentences: list[SentenceMentions],
                spell: Callable[[str], str]) -> list[SentenceMentions]:
    """The sentences, each one ``spell`` writes otherwise analysed again as written."""
    out = []
    for m in sentences:
        new = spell(m.text)
        out.append(analyse(gz, new) if new != m.text else m)
    return out


def _spell_out(s: str, defined: dict[str, tuple[str, str]]) -> str:
    """Each use of a defined short name, with or without its head ('TCT X', 'X'), written
    as the body it stands for; the definition itself ('(X)') is left as it is, and so is a
    short name that ends another firm's name ('Công ty Cổ phần ống sợi thủy tinh X': a
    subsidiary named after X)."""
    for short, (head, written) in defined.items():
        pattern = rf"(?<![\w(])(?:(?i:{re.escape(head)})\s+)?{re.escape(short)}(?![\w)])"
        s = re.sub(pattern, lambda m: m.group() if _ENDS_A_NAME.search(s, 0, m.start())
                   else written, s)
    return s


#: lower-case words of a firm's own name before a word ('Công ty cổ phần ống sợi thủy tinh')
_ENDS_A_NAME = re.compile(r"\b(?:Công ty|Tổng công ty|Xí nghiệp|Nhà máy)\s+(?:(?:cổ phần|Cổ phần|CP"
                          r"|TNHH)\s+)?(?:[a-zđà-ỹ]+\s+){1,5}$")


_ROSTER_HEADER = re.compile(r"danh sách (?:các )?(?:thành viên|ủy viên)\s", re.I)
_HEADER = re.compile(r"(?:^|\s)((?:(?:[A-ZÀ-ỸĐ][^\s:,.]*|[-–])\s?){1,5})\s?:\s")
_NAME_LINE = re.compile(r"^\W*(?:[\w.]+\.\s*)?(?P<name>[^\d,;:]+?)\W*$")


def _name_line(m: SentenceMentions, resolve_short) -> str | None:
    """A line holding only a name (a roster row: 'GS. Trần Văn Bình')."""
    full = [n for n in m.names if not n.short]
    if len(full) == 1 and not m.titles and len(m.text) <= len(full[0].name) + 12:
        return full[0].name
    return None


_INSTITUTION_HEADS = {"Trường", "Đại học", "Tập đoàn", "Tổng công ty", "Học viện", "Tổng cục",
                      "Đại sứ quán", "Tổng Lãnh sự quán", "Bệnh viện"}


def _institution(gz: Gazetteer, sentences: list[SentenceMentions], ctx: body_rules.PlaceContext
                 ) -> Body | None:
    """The institution an article keeps returning to (a university, a central commission)."""
    counts: Counter[str] = Counter()
    refs: dict[str, BodyRef] = {}
    for m in sentences:
        for ref in [r for outer, _, _ in m.bodies for r in body_rules._walk(outer)]:
            central_ban = ref.head.kind == "central" and ref.head.name.startswith("Ban ") \
                and ref.head.name.endswith("Trung ương")
            if (ref.head.name in _INSTITUTION_HEADS and ref.name
                    # ('Trường Sa', 'Trường Chinh': islands, a man; no school)
                    and not (ref.head.name == "Trường" and " " not in ref.name.strip())
                    # ('học sinh trường THCS X': a school named in passing, in lower case)
                    and not ref.written[:1].islower()) \
                    or central_ban:
                key = ref.head.name + " " + ref.name
                counts[key] += 1
                refs.setdefault(key, ref)
    if not counts:
        return None
    key, n = counts.most_common(1)[0]
    return body_rules.resolve(gz, refs[key], ctx) if n >= 2 or len(counts) == 1 else None


_CAP_RUN = re.compile(r"(?<!\w)[A-ZÀ-ỸĐ]\w*(?:[ -][A-ZÀ-ỸĐ]\w*){0,3}")


def _main_province(gz: Gazetteer, title: str, text: str) -> PlaceEntry | None:
    """The province an article is about, for bodies it names without their place: the
    one it names most (the title counts twice), if it clearly leads ('Hà Tĩnh có 106
    bác sỹ …' and 'Sở Y tế' is Hà Tĩnh's)."""
    counts: Counter[PlaceEntry] = Counter()
    for weight, part in ((2, title), (1, text)):
        for run in _CAP_RUN.finditer(part):
            words = run.group().replace("-", " - ").split()
            i = 0
            while i < len(words):
                for n in range(min(len(words) - i, 4), 0, -1):
                    found = [e for e in gz.find_places(" ".join(words[i:i + n]))
                             if e.kind == "province"]
                    if found:
                        counts[found[0]] += weight
                        i += n - 1
                        break
                i += 1
    top = counts.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] * 2 > top[0][1]):
        return None
    return top[0][0]


def _latest_year(text: str) -> int | None:
    """With no article date, the latest year the article mentions stands for 'now'."""
    years = [int(m.group(1)) for m in YEAR.finditer(text) if int(m.group(1)) <= 2030
             and not is_target_year(text, m.start())]  # not 'nhiệm kỳ 2020 - 2025'
    return max(years) if years else None


def _main_person(sentences: list[SentenceMentions], resolve_short) -> str | None:
    """The person the article is about: the most mentioned one (short forms count)."""
    counts: Counter[str] = Counter()
    for m in sentences:
        for n in m.names:
            full = resolve_short(n.name) if n.short else n.name
            if full:
                counts[full] += 1
    return counts.most_common(1)[0][0] if counts else None


_ADDRESS = re.compile(r"(?:^|\W)(ông|bà)\s+$", re.I)


def _addressed_as(sentences: list[SentenceMentions], person: str | None,
                  resolve_short) -> str | None:
    """The word the article calls ``person`` by ('ông', 'bà'), so that a pronoun is theirs
    only when it is that word ('Trong thời gian giữ chức …, bà đã ký …')."""
    words: Counter[str] = Counter()
    for m in sentences:
        for n in m.names:
            if (resolve_short(n.name) if n.short else n.name) == person \
                    and (said := _ADDRESS.search(m.text, max(0, n.start - 6), n.start)):
                words[said.group(1).lower()] += 1
    return words.most_common(1)[0][0] if words else None


def _addressed_in(m: SentenceMentions, resolve_short) -> dict[str, str]:
    """The last person a sentence calls 'ông', and the last it calls 'bà', by full name: whom
    the next sentence's pronoun may stand for."""
    out: dict[str, str] = {}
    for n in m.names:
        full = resolve_short(n.name) if n.short else n.name
        if full and (said := _ADDRESS.search(m.text, max(0, n.start - 6), n.start)):
            out[said.group(1).lower()] = full
    return out


def _full_names(sentences: list[SentenceMentions]) -> list[str]:
    seen: dict[str, None] = {}
    for m in sentences:
        for n in m.names:
            if not n.short:
                seen.setdefault(n.name, None)
    return list(seen)


def _repair_truncated(sentences: list[SentenceMentions], full_names: list[str]) -> None:
    """'Võ Công trí' (a lower-case typo) is read as 'Võ Công': give it the full name."""
    longer = {n.lower(): n for n in full_names}
    for m in sentences:
        for i, n in enumerate(m.names):
            if n.short:
                continue
            nxt = re.match(r"\s(\w+)", m.text[n.end:])
            if nxt and f"{n.name} {nxt.group(1)}".lower() in longer:
                m.names[i] = NameMention(longer[f"{n.name} {nxt.group(1)}".lower()], n.start,
                                         n.end + nxt.end())


def _repair_overrun(sentences: list[SentenceMentions], full_names: list[str]) -> None:
    """'Chủ tịch nước Trần Văn A Báo chí đã …' (a caption run into the next sentence) is
    read as 'Trần Văn A Báo': when the name without its last word is a full name the
    article writes elsewhere, or its last word makes a common word with the lower-case word
    after it ('Báo chí', 'Liên quan', 'Ngoài ra'), the name ends before that word."""
    counts = Counter(n.name for m in sentences for n in m.names if not n.short)
    for m in sentences:
        for i, n in enumerate(m.names):
            words = n.name.split()
            if n.short or len(words) < 4 or counts[n.name] > 1:
                continue
            head = " ".join(words[:-1])
            after = _GOES_ON_LOWER.match(m.text, n.end)
            if after and (head in full_names and head != n.name
                          or f"{words[-1].lower()} {after.group(1)}" in segment.compound_words()):
                m.names[i] = NameMention(head, n.start, n.end - len(words[-1]) - 1)


#: a word after a name in lower case: the capitalised word before it began a sentence
_GOES_ON_LOWER = re.compile(rf"\s+([{LOWER}]\w*)")


#: an assembly's session: deputies named bare ('đại biểu Trần Văn A') sit in it
_SESSION_HINTS = ("kỳ họp", "phiên", "chất vấn", "thảo luận", "tiếp xúc cử tri", "hành lang",
                  "bên lề")
_SESSION_WORDS = re.compile(r"kỳ họp|phiên họp|phiên thảo luận|chất vấn|thảo luận tổ|"
                            r"tiếp xúc cử tri|thảo luận (?:ở |tại )?(?:hội trường|tổ)|"
                            # ('Bên hành lang Quốc hội, đại biểu A …': in session)
                            r"(?:hành lang|bên lề) (?:Quốc hội|QH|kỳ họp|phiên)", re.I)
_ASSEMBLIES = ("Quốc hội", "Hội đồng nhân dân")
#: 'ĐB Trần Văn A (Phú Thọ)': a National Assembly deputy with the province that elected him
_SEAT_AFTER = re.compile(r"\s*(?:[A-ZÀ-ỸĐ]\w*\s+){1,4}?[A-ZÀ-ỸĐ]\w*\s*"
                         r"\((?:tỉnh |TP\.? |thành phố )?[A-ZÀ-ỸĐ][^()\d]{1,28}\)")
_GUESTS_BEFORE = re.compile(r"(?:các|những|có|gồm|dự|tham dự|khách mời|thay mặt)\s*$", re.I)


def _assembly(gz: Gazetteer, sentences: list[SentenceMentions], ctx: body_rules.PlaceContext,
              text: str) -> Body | None:
    """The National Assembly or the People's Council whose session the article reports:
    the one it names most, if it reports a session at all."""
    low = text.lower()
    # (the words first, each a fast substring test: most articles have none of them)
    if not any(w in low for w in _SESSION_HINTS) or not _SESSION_WORDS.search(text):
        return None
    counts: Counter[str] = Counter()
    refs: dict[str, BodyRef] = {}
    for m in sentences:
        for ref in [r for outer, _, _ in m.bodies for r in body_rules._walk(outer)]:
            # (a council named with a bare level word, 'Ban Kinh tế - Ngân sách HĐND TP', is
            # the one the article names in full, no second one to weigh against it)
            if ref.head.name in _ASSEMBLIES and (ref.head.name == "Quốc hội"
                                                 or ref.place and ref.place.written):
                key = ref.head.name + " " + (ref.place.written if ref.place else "")
                counts[key] += 1
                refs.setdefault(key, ref)
    if not counts:
        return None
    (key, n), *rest = counts.most_common(2)
    if rest and rest[0][1] == n:
        return None  # two assemblies as often: whose deputy is unclear
    return body_rules.resolve(gz, refs[key], ctx)


def _delegation(gz: Gazetteer, sentences: list[SentenceMentions],
                ctx: body_rules.PlaceContext) -> Body | None:
    """The one delegation of National Assembly deputies an article names with its place."""
    refs: dict[str, BodyRef] = {}
    for m in sentences:
        for ref in [r for outer, _, _ in m.bodies for r in body_rules._walk(outer)]:
            place = ref.place
            where = place and (place.written or (place.entry.name if place.entry else ""))
            if ref.head.name == "Đoàn đại biểu Quốc hội" and where:
                refs.setdefault(fold(where), ref)
    return body_rules.resolve(gz, next(iter(refs.values())), ctx) if len(refs) == 1 else None


def _deputy_seat(sentence: str, t: TitleMention, assembly: Body | None,
                 national_only: bool = False) -> Body | None:
    """The assembly a deputy named with a bare 'đại biểu' sits in (GUIDELINES §3), not
    a guest ('các đại biểu …', 'có đại biểu …')."""
    if _GUESTS_BEFORE.search(sentence, max(0, t.start - 14), t.start):
        return None
    if assembly is not None:
        return assembly
    if _SEAT_AFTER.match(sentence, t.end):
        return Body("Quốc hội")
    if national_only and sentence.startswith("Đại biểu", t.start) \
            and sentence[t.end:].lstrip()[:1].isupper():
        # 'ĐB Trần Văn A nói …' (the title written as one, capitalised) in a story that
        # names the National Assembly and no People's Council: its deputy, session or not
        return Body("Quốc hội")
    return None


#: an article naming the National Assembly …
_NATIONAL_ASSEMBLY = re.compile(r"Quốc hội|(?<!\w)(?:QH|ĐBQH|UBTVQH)(?!\w)")
#: … and no People's Council
_PEOPLES_COUNCIL = re.compile(r"HĐND|Hội đồng nhân dân", re.I)


def _names_national_assembly_only(text: str) -> bool:
    return bool(_NATIONAL_ASSEMBLY.search(text)) and not _PEOPLES_COUNCIL.search(text)


def _foreign_state(gz: Gazetteer, name: str) -> bool:
    """A body named with a foreign state at its end ('Bộ Quốc phòng Trung Quốc'), not
    Vietnam's own ('Đại sứ quán Việt Nam tại Nhật Bản', 'Hội Hữu nghị Việt Nam - Nhật Bản',
    'Ủy ban nhân dân huyện Phù Mỹ', 'Đảng ủy xã Thuần Mỹ': a place ending like a state)."""
    if "Việt Nam" in name or " tại " in name:
        return False
    for m in re.finditer(r"\s", name):
        if gz.country_re.fullmatch(name, m.start()):
            before = name[:m.start()].split()
            if before and before[-1][:1].isupper() and gz.find_places(
                    f"{before[-1]} {name[m.end():]}") or _LEVEL_BEFORE.search(name, 0, m.start()):
                return False
            return True
    return False


_LEVEL_BEFORE = re.compile(r"(?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố)\s+\S+$")


def _foreign_province(ref: BodyRef) -> bool:
    """A province written out that the gazetteer (every Vietnamese province) lacks."""
    return any(r.place is not None and r.place.level == "tỉnh" and r.place.entry is None
               and bool(r.place.written) for r in body_rules._walk(ref))


_CLAN = re.compile(r"(?<!\w)(\w+)(?:\s+\w+)?\s+tộc(?!\w)")


#: a sitting named for a body the gazetteer does not hold ('Phiên họp Đại hội đồng Liên hợp
#: quốc'): no sitting of the article's assembly
_OTHER_SITTING = re.compile(rf"(?i:phiên họp|kỳ họp|phiên)\s+[{UPPER}]")


def _level_unfilled(ref: BodyRef) -> bool:
    """A unit of its own name written with a bare level word ('Ngân hàng phát triển tỉnh'):
    without a place from the article, no one body."""
    return ref.head.kind == "named" and bool(ref.name) and ref.parent is None \
        and ref.place is not None and not ref.place.entry and not ref.place.written


def _is_clan(gz: Gazetteer, name: str) -> bool:
    """A family's clan council ('… Nguyễn Phước tộc') is outside the graph; the National
    Assembly's 'Hội đồng Dân tộc' is not a family's."""
    m = _CLAN.search(name)
    return bool(m and m.group(1) in gz.surnames)


def _section_of(marks: list[int]) -> list[int]:
    """The section number of each sentence from the per-sentence marks (-1: a header that
    opens a new section, before the sentence's own 0)."""
    out, n = [], 0
    for mark in marks:
        if mark < 0:
            n += 1
        else:
            out.append(n)
    return out


def _body_written_after(gz: Gazetteer, s: str, pos: int) -> bool:
    """A body's head follows the title though no body was read there ('Phó giám đốc
    Trung tâm phát triển …'): the title is no bare one to fill from the article."""
    at = pos + len(s[pos:]) - len(s[pos:].lstrip())
    return bool(gz.head_re.match(s, at))


def _event_date(sentence: str, article_date: date | None, events: list[Event]) -> date | None:
    """A sentence about a dated event attests its memberships on the event's day
    (GUIDELINES §3 Dates): the day written in the sentence, or the day of the one dated
    event of the kind the sentence names."""
    kinds = {m.lastgroup for m in triggers_in(sentence)}
    if not kinds and PARTICIPATION.search(sentence):  # 'Tham dự có ...' about the event
        kinds = {e.kind for e in events}
    if not kinds:
        return article_date
    for d in find_dates(sentence):
        if not d.today:
            return _recent(resolve_date(d, article_date, sentence), article_date)
    days = {e.date for e in events if e.kind in kinds and e.date is not None}
    return _recent(days.pop(), article_date) if len(days) == 1 else article_date


def _recent(day: date | None, article_date: date | None) -> date | None:
    """An event long before the article (a 1945 conference recalled in 2017) attests
    nothing about who holds a post now: the article's own date does."""
    if day is None or (article_date and abs((article_date - day).days) > 366):
        return article_date
    return day


def _only_province_of(gz: Gazetteer, entry: PlaceEntry) -> PlaceEntry | None:
    """The province of a district whose name no other province's district has."""
    if len({e.parent for e in gz.find_places(entry.name) if e.kind == "district"}) > 1:
        return None
    return gz.province_of(entry)


_CENTRE = re.compile(r" Trung ương(?: Đoàn)?$")


def _units_in_full(sentences: list[SentenceMentions]) -> dict[tuple[str, str], BodyRef]:
    """Units of a body the article writes with that body at least once ('Ban Pháp chế HĐND
    Hà Nội'), by head and own name: written bare elsewhere ('ông A (Trưởng ban Pháp chế)'),
    they are the same unit (GUIDELINES §2, jurisdiction from context)."""
    out: dict[tuple[str, str], BodyRef] = {}
    for m in sentences:
        for ref in [b for b, _, _ in m.bodies] + [t.body for t in m.titles if t.body]:
            if ref.name and ref.parent is not None and ref.head.inside:
                key = (ref.head.name, fold(ref.name))
                if key not in out or len(ref.written) < len(out[key].written):
                    out[key] = ref  # (the shortest: a long one may run into the sentence)
    return out


def _in_full(ref: BodyRef, full_units: dict[tuple[str, str], BodyRef] | None) -> BodyRef:
    """A unit named bare ('Cục X') as the article writes it in full once ('Cục X (Bộ Y)')."""
    if ref.name and ref.parent is None and ref.place is None and full_units:
        return full_units.get((ref.head.name, fold(ref.name)), ref)
    return ref


_CENTRE = re.compile(r" Trung ương(?: Đoàn)?$")


def _central_units(sentences: list[SentenceMentions]) -> dict[str, BodyRef]:
    """The central body a bare Party unit stands for ('Ban Tổ chức' for 'Ban Tổ chức Trung
    ương'), by the unit's folded name, when the article names that one and no other unit of
    the name (with a parent or a place)."""
    centrals: dict[str, BodyRef] = {}
    local: set[str] = set()
    for m in sentences:
        for ref in [b for b, _, _ in m.bodies] + [t.body for t in m.titles if t.body]:
            if ref.head.kind == "central" and (centre := _CENTRE.search(ref.head.name)) \
                    and fold(ref.written).endswith(fold(centre.group().split()[-1])):
                # ('Ủy ban Kiểm tra Trung ương Đoàn' is the Youth Union's, not the Party's)
                centrals[fold(ref.head.name[:centre.start()])] = ref
            elif ref.head.kind == "sub" and (ref.parent is not None or ref.place is not None):
                local.add(fold(ref.head.name))
    return {unit: ref for unit, ref in centrals.items() if unit not in local}


#: organisations whose posts are held in the committee that leads them: the Front's
#: president and vice-presidents are its Central Committee's
_LED_BY = {"Mặt trận Tổ quốc Việt Nam": "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"}
_WORD_AFTER = re.compile(r"\s+([^\s,.;:()]+)")


def _name_end(sentence: str, at: int) -> int:
    """Where the capitalised words right after ``at`` end (``at`` if none)."""
    while (w := _WORD_AFTER.match(sentence, at)) and w.group(1)[0].isupper():
        at = w.end()
    return at


#: the holder of a claim that only names an office, for the bare ranks of it named later
OFFICE_ONLY = ""
_PLURAL_BEFORE = re.compile(r"(?:các|những|mọi)\s+$", re.I)


def _firm_of_next_title(claim: Claim, sentence: str,
                        recent_bodies: dict[str, BodyRef]) -> BodyRef | None:
    """'là Bí thư Đảng ủy, Tổng Giám đốc Công ty': the next title of the chain is over the firm
    the article has named, written bare ('Công ty'), and so is the Party committee."""
    if claim.title not in claim.chain:
        return None
    after = claim.chain[claim.chain.index(claim.title) + 1:]
    nxt = after[0] if after else None
    if nxt is None or nxt.body is not None or not BARE_FIRM.match(sentence, nxt.end):
        return None
    return recent_bodies.get(ENTERPRISE)


def _bare_committee(ref: BodyRef) -> BodyRef | None:
    """The Party committee ``ref`` names without saying whose ('Đảng ủy', 'Đảng ủy cơ quan'),
    itself or as the parent of its standing board ('Ban Thường vụ Đảng ủy'); None if it
    says whose."""
    committee = ref.parent if ref.head.name == "Ban Thường vụ" and ref.parent else ref
    if committee.head.name not in ("Đảng ủy", "Đảng bộ") or committee.place \
            or committee.parent or committee.name.lower() not in ("", "cơ quan"):
        return None
    return committee


def _memberships(gz: Gazetteer,
                 claims: list[tuple[Claim, str, dict[str, PlaceEntry], dict[str, BodyRef]]],
                 ctx: body_rules.PlaceContext, when: date | None, events: list[Event],
                 full_units: dict[tuple[str, str], BodyRef] | None = None,
                 centrals: dict[str, BodyRef] | None = None) -> list[Membership]:
    out: dict[tuple[str, str, str], Membership] = {}
    periods: dict[tuple[str, str, str], int] = {}  # the latest career period of each post
    # the role and body each office was last named with, and whether with its holder
    offices: dict[str, tuple[str, Body, bool]] = {}
    held: dict[tuple[str, str], Body] = {}  # the body each person's title was first named with
    ranks: set[tuple[str, str]] = set()  # bare titles that are the rank of an office named
    # the ministerial titles each person is written with a ministry somewhere in the article
    ministers = {(c.person, c.title.role.name) for c, *_ in claims
                 if c.title.body and c.title.role.head == "Bộ"}
    for claim, sentence, recent, recent_bodies in claims:
        t = claim.title
        if t.body is not None:
            ctx.recent = recent
            ref = t.body
            if ref.head.kind == "named" and head_word(ref) == "Ban" \
                    and not (ref.name or ref.parent or ref.place):
                # 'Trưởng Ban chỉ đạo A': the one of its kind the article has named
                of_kind = [r for r in recent_bodies.values()
                           if r.head.name == ref.head.name and r.name]
                if not of_kind:
                    continue  # (a steering committee of no name the article gives: whose?)
                ref = of_kind[-1]
            ref = _in_full(ref, full_units)  # 'ông A (Trưởng ban Pháp chế)': the Ban in full
            if ref.head.name in OWN_ORGANS and not (ref.name or ref.place or ref.parent):
                # 'Bí thư chi bộ, Giám đốc Trung tâm X', 'Phó Giám đốc Công ty X - Chủ tịch
                # Công đoàn': the organisation's own
                if (organisation := organisation_in_chain(claim)) is not None:
                    ref = dataclasses.replace(ref, parent=organisation)
                elif ref.head.name == "Chi bộ":
                    continue  # (a cell of no body the chain names: whose?)
            if ref.head.name in ("Đảng ủy", "Đảng bộ") and not (ref.name or ref.place
                                                              or ref.parent) \
                    and (unit := bare_unit(sentence, t.end, recent_bodies)) is not None:
                ref = dataclasses.replace(ref, parent=unit)  # 'Phó Bí thư Đảng bộ bệnh viện'
            elif ref.head.name == "Đảng ủy" and not (ref.name or ref.place or ref.parent) \
                    and (commune := party_committee_of_chain(gz, claim)) is not None:
                ref = commune  # 'Bí thư Đảng ủy kiêm Chủ tịch UBND xã X': the commune's
            elif (bare := _bare_committee(ref)) is not None:
                # the Party committee of the body the next title is in: 'Phó Bí thư Đảng ủy,
                # Chính ủy Bộ CHQS tỉnh', 'Bí thư Đảng ủy cơ quan, Chủ tịch Liên đoàn Lao động
                # tỉnh X', 'Ủy viên Ban Thường vụ Đảng ủy, Giám đốc Sở Y'; a commune's own
                # ('Đảng ủy viên, Trưởng Công an xã Z')
                if not bare.name and (commune := commune_committee_of_chain(gz, claim)):
                    ref = commune if bare is ref else dataclasses.replace(ref, parent=commune)
                elif (own := body_of_next_title(claim)
                      or _firm_of_next_title(claim, sentence, recent_bodies)) is not None \
                        and (ctx.institution is None or not own.head.inside):
                    # (in an article about one institution, the head of one of its units,
                    # 'Viện trưởng Viện Điện', sits in the institution's Đảng ủy)
                    in_own = dataclasses.replace(bare, parent=own)
                    ref = in_own if bare is ref else dataclasses.replace(ref, parent=in_own)
            if ref.place is None and ref.parent is None and not ref.name \
                    and ref.head.kind == "state" and (level := chain_level(claim)):
                # 'Chủ tịch UBND, Trưởng Ban ATGT tỉnh': the level written once is both's
                ref = dataclasses.replace(ref, place=PlaceRef(level, None, ""))
            if (org := organisation_around(claim)) is not None:
                ref = dataclasses.replace(ref, parent=org)
            elif (within := institution_by_kind(ref, recent_bodies)) is not None:
                ref = within  # 'Ban kiểm tra Hội', 'Chi đoàn Trung tâm': of the one named
            parent = chain_parent(claim)
            if parent is None and ref.parent is None and ref.head.of:
                parent = recent_bodies.get(ref.head.of)  # 'Ủy viên HĐQT' of the firm
            body = body_rules.resolve(gz, ref, ctx, chain_place(claim), parent)
            if ref.head.name == "Đảng bộ" and body.parent is not None \
                    and body.name.startswith("Đảng bộ "):
                # 'Bí thư Đảng bộ Bệnh viện X': a title of the committee that leads the Đảng
                # bộ (GUIDELINES §2), as 'Bí thư Đảng bộ tỉnh' is the Tỉnh ủy's
                committee = "Đảng ủy " + body.name.removeprefix("Đảng bộ ")
                body = dataclasses.replace(body, name=committee, aliases=tuple(
                    dict.fromkeys((*body.aliases, body.name))))
            if ref.head.of and body.parent is None:
                continue  # 'Chủ tịch HĐQT' of no firm the article names: whose board?
            if body.name in _LED_BY and body.place is None:
                # 'Chủ tịch MTTQ Việt Nam': a post in the committee that leads the Front
                body = Body(_LED_BY[body.name], tuple(dict.fromkeys((*body.aliases, body.name))))
        elif t.role.implied_body:
            body = Body(t.role.implied_body)
        elif (held_body := held.get((claim.person, t.role.name))) is not None:
            body = held_body  # 'Bộ trưởng, Chủ nhiệm VPCP A … Bộ trưởng A nói': A's own office
        elif (claim.person, t.role.name) in ranks or rank_of_chain(claim):
            # 'Bộ trưởng, Chủ nhiệm VPCP A' (and later 'Bộ trưởng A'): the rank of the office
            # the chain names, not a post in the last ministry the article named; a
            # minister's rank is a seat in the Government (a deputy minister's is none)
            ranks.add((claim.person, t.role.name))
            if t.role.name != "Bộ trưởng":
                continue
            body = Body("Chính phủ")
        elif (after := body_after_bracketed(gz, t, sentence)) is not None:
            ctx.recent = recent
            body = body_rules.resolve(gz, after, ctx)
        elif t.role.head and recent_bodies.get(t.role.head):
            if (claim.person, t.role.name) in ministers:
                # 'hội đàm với Bộ trưởng A' before 'A, Bộ trưởng Bộ X': A's own ministry, named
                # later, not the last one named before (one holds a post in one ministry; a
                # Trưởng ban can head several boards)
                continue
            ctx.recent = recent
            # ('Cục X báo cáo … Cục trưởng A' and 'Cục X (Bộ Y)': one)
            kind_named = _in_full(recent_bodies[t.role.head], full_units)
            body = body_rules.resolve(
                gz, institution_by_kind(kind_named, recent_bodies) or kind_named, ctx)
        elif BARE_FIRM.match(sentence, t.end) and recent_bodies.get(ENTERPRISE):
            # 'lên chức Phó giám đốc Công ty': the firm the article has named
            ctx.recent = recent
            body = body_rules.resolve(gz, recent_bodies[ENTERPRISE], ctx)
        elif (council := council_named_before(t, sentence, recent_bodies)) is not None:
            ctx.recent = recent
            firm = recent_bodies.get(council.head.of) if council.head.of and not council.parent \
                else None
            body = body_rules.resolve(gz, council, ctx, None, firm)  # 'HĐQT X gồm: A (thành viên)'
        elif (led := leaders_body_named_before(t, sentence, recent_bodies)) is not None:
            ctx.recent = recent
            body = body_rules.resolve(gz, led, ctx)
        elif (unit := bare_unit(sentence, t.end, recent_bodies)) is not None:
            ctx.recent = recent
            body = body_rules.resolve(gz, unit, ctx)
        elif (party := party_committee_of_chain(gz, claim)) is not None:
            ctx.recent = recent
            body = body_rules.resolve(gz, party, ctx, chain_place(claim))
        elif (shared := chain_body(claim)) is not None:
            ctx.recent = recent
            body = body_rules.resolve(gz, shared, ctx, chain_place(claim))
        elif t.role.name == "Đại biểu" and (seat := _deputy_seat(
                sentence, t, ctx.assembly, ctx.national_only)):
            body = seat
        elif claim.status == "current" and (chaired := committee_in_the_sentence(
                t.role.name, t, sentence, recent_bodies)) is not None:
            ctx.recent = recent
            body = body_rules.resolve(gz, chaired, ctx)
        elif (claim.status == "current"
              or LEFT_AFTER.match(sentence, _name_end(sentence, claim.title.end))) \
                and not _body_written_after(gz, sentence, t.end) \
                and (same := offices.get(office_root(t.role.name))) is not None \
                and (same[0] != t.role.name or not same[2] and t.role.name == "Bí thư"
                     and bool(re.match(r"\w+ ủy\b", same[1].name))):
            # 'Chủ tịch UBND tỉnh X Nguyễn A … Phó Chủ tịch Trần B': another rank of the
            # office (a former holder's bare title may be of another body: 'nguyên Chủ
            # tịch Trần C', but not one who leaves it now: 'Phó chủ tịch Lê B nghỉ hưu';
            # the same title bare is no second holder of one post, but a Party committee's
            # secretary named with no holder is: 'Bí thư Tỉnh ủy X đã yêu cầu … Bí thư A')
            body = same[1]
        else:
            continue
        if body.parent is None and body.place is None and (
                head := gz.heads.get(fold(body.name))) is not None and head.kind == "sub":
            central = (centrals or {}).get(fold(body.name))
            if central is None:
                continue  # a bare 'Văn phòng', 'Ban Chấp hành': a unit of no body the text names
            # 'Thay mặt Ban Tổ chức Trung ương, ông A, Phó trưởng Ban Tổ chức': the central
            # one the article names, and no other of its name
            body = body_rules.resolve(gz, central, ctx)
        if _foreign_state(gz, body.name):
            continue  # 'Bộ Quốc phòng Trung Quốc': a foreign state's (GUIDELINES §2), and no
            # office a bare 'Bộ trưởng' of the article may take
        if claim.person == OFFICE_ONLY:
            if body.place is not None or t.body.head.kind != "state":  # type: ignore[union-attr]
                # ('Chủ tịch UBND các tỉnh': the office of many, no one body)
                offices[office_root(t.role.name)] = (t.role.name, body, False)
            continue
        if t.body is not None:
            offices[office_root(t.role.name)] = (t.role.name, body, True)
            held.setdefault((claim.person, t.role.name), body)
        if t.body is not None and _foreign_province(t.body):
            continue  # 'UBND tỉnh Vân Nam': no Vietnamese province of that name (GUIDELINES §2)
        if _is_clan(gz, body.name):
            continue  # 'Hội đồng trị sự Nguyễn Phước tộc': a family's council (GUIDELINES §2)
        if body.place is None and t.body is not None and _level_unfilled(t.body):
            continue  # 'Ngân hàng phát triển tỉnh' of no province the article names: which?
        key = (claim.person, t.role.name, body.name)
        previous = out.get(key)
        attested = _event_date(sentence, when, events) if claim.status == "current" else when
        # a former claim wins over a current one in the same article (GUIDELINES §3), but
        # in a career record a post takes the status of its latest period
        latest = periods.get(key)
        if previous is not None and previous.status == "current" and key not in periods \
                and claim.until is not None and claim.until != 9999:
            continue  # a post stated as held ('Ủy viên Trung ương Đảng khóa X, XI, XII') is
            # not ended by an earlier period of the same post in the record
        if latest is not None and claim.until is not None:
            if claim.until < latest:
                continue
            periods[key] = claim.until
            out[key] = Membership(claim.person, t.role.name, body, claim.status,  # type: ignore[arg-type]
                                  attested, sentence)
            continue
        if claim.until is not None:
            periods[key] = claim.until
        if previous is None or (previous.status == "current" and claim.status == "former"):
            # a current claim is attested on its date; a former one ended before it
            out[key] = Membership(claim.person, t.role.name, body, claim.status,  # type: ignore[arg-type]
                                  attested, sentence)
    named = {(m.person, m.body.name) for m in out.values() if not m.role == "Thành viên"}
    for key in [k for k, m in out.items() if m.role == "Thành viên" and (k[0], k[2]) in named]:
        del out[key]
    # 'Phó Bí thư Tỉnh ủy A … Phó Bí thư Thường trực Tỉnh ủy A': one post, written short once
    for key in [k for k, m in out.items() if m.status == "current"
                and (standing := out.get((k[0], f"{k[1]} Thường trực", k[2]))) is not None
                and standing.status == "current"]:
        del out[key]
    return _one_holder(list(out.values()), {(c.person, c.title.role.name) for c, *_ in claims
                                             if c.appointed and c.status == "current"})


def _one_status_per_post(memberships: list[Membership]) -> list[Membership]:
    """One membership a post, its former one if the article states both (GUIDELINES §3):
    posts the passes after the claims name alike ('cách chức Bí thư Chi bộ Phòng X đối với
    ông A (Bí thư chi bộ, Trưởng phòng X)': the bare cell becomes the cell of Phòng X)."""
    # (a body the article writes in two cases, 'Ban bạn đọc Báo X' and 'Ban Bạn đọc Báo X',
    # with a dash or 'và', or by its management board, 'Ban quản lý Vườn quốc gia X', is one)
    def key(m: Membership) -> tuple[str, str, str]:
        name = m.body.name.lower().replace("–", " ").replace("-", " ").replace("&", " và ")
        name = _MANAGED.sub("", name)
        if m.role in ("Chủ tịch", "Phó Chủ tịch"):
            name = _BOARD_OF.sub("", name)  # 'Chủ tịch Tập đoàn X' chairs its board
        return m.person, m.role, " ".join(_SAME_BODY_WORDS.sub(" ", name).split())
    keys = [key(m) for m in memberships]
    kept: dict[tuple[str, str, str], Membership] = {}
    written: dict[tuple[str, str, str], list[str]] = {}
    for k, m in zip(keys, memberships):
        written.setdefault(k, []).extend((m.body.name, *m.body.aliases))
        if k not in kept or (kept[k].status == "current" and m.status == "former"):
            kept[k] = m
    out = []
    for k, m in zip(keys, memberships):
        if kept[k] is m:
            names = tuple(dict.fromkeys(n for n in (*m.body.aliases, *written[k])
                                        if n != m.body.name))
            out.append(m if names == m.body.aliases else
                       dataclasses.replace(m, body=dataclasses.replace(m.body, aliases=names)))
    return out


#: a firm's board, whose chair is called the firm's ('Chủ tịch Tập đoàn X', 'Chủ tịch HĐQT
#: Tập đoàn X')
_BOARD_OF = re.compile(r"^(?:hội đồng quản trị|hội đồng thành viên) ")
#: the management board of an institution runs it: its director is the institution's
_MANAGED = re.compile(r"^ban quản lý (?=vườn quốc gia|khu bảo tồn|khu di tích)")
#: words one body's name is written with or without, dashes aside ('Phòng Kinh tế - Hạ
#: tầng' and 'Phòng Kinh tế và Hạ tầng', 'Bệnh viện đa khoa tỉnh Hòa Bình' and 'Bệnh viện đa
#: khoa Hòa Bình', 'Công ty TNHH Một thành viên Cấp nước X' and 'Công ty Cấp nước X',
#: 'Trường Đại học X' and 'Đại học X'): one holder's one title in both is one post
#: (not 'cổ phần': a state firm and the joint-stock company it became are two)
_SAME_BODY_WORDS = re.compile(r"(?<!\w)(?:và|tỉnh|huyện|quận|thị xã|thành phố|tp|đa khoa|tnhh|mtv"
                              r"|một thành viên|trường(?= đại học))(?!\w)")


# posts that one person holds at a time: when an article names two current holders, the one
# it appoints keeps the post and the other has left it ('... về làm Hiệu trưởng', 'thay ông X')
SINGLE_HOLDER = {"Bí thư", "Chủ tịch", "Trưởng ban", "Giám đốc", "Bộ trưởng", "Thủ tướng",
                 "Chánh Văn phòng", "Hiệu trưởng", "Viện trưởng", "Tổng Bí thư", "Trưởng đoàn",
                 "Chủ nhiệm", "Chánh án", "Cục trưởng", "Vụ trưởng", "Tổng Cục trưởng",
                 "Chủ tịch nước", "Tổng Giám đốc", "Tư lệnh", "Chỉ huy trưởng"}


def _one_holder(memberships: list[Membership], appointed: set[tuple[str, str]]
                ) -> list[Membership]:
    holders: dict[tuple[str, str], list[Membership]] = {}
    for m in memberships:
        if m.status == "current" and m.role in SINGLE_HOLDER:
            holders.setdefault((m.role, m.body.name), []).append(m)
    replaced: set[int] = set()
    for group in holders.values():
        new = [m for m in group if (m.person, m.role) in appointed]
        if len(group) > 1 and len(new) == 1:
            replaced.update(id(m) for m in group if m is not new[0])
    return [dataclasses.replace(m, status="former", attested_on=m.attested_on)
            if id(m) in replaced else m for m in memberships]
