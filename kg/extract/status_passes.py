"""Passes over a whole article that end the posts it gives: a dismissal that names no post,
a person the article remembers (GUIDELINES §3, status)."""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from datetime import date

from kg.extract.dates import BIRTH, YEAR
from kg.extract.mentions import UPPER, NameMention, SentenceMentions
from kg.models import Membership

#: 'Sở đã kỷ luật cách chức đối với 2 ông A và ông B': a dismissal naming no post; a demotion
#: too ('kỷ luật bằng hình thức giáng chức, điều động sang đơn vị khác đối với ông A'), with
#: what goes with it in between (no title there: see dismissed)
_DISMISSAL = re.compile(r"\b(?:cách chức|cách hết các chức vụ|bãi nhiệm|giáng chức)"
                        r"(?:(?P<between>[^.;:]{0,80}?)\s+đối|(?=\s+với\s))\s+với\s+"
                        r"(?:\d+\s+|hai\s+|ba\s+|các\s+)?(?:ông|bà|đồng chí)?\s*", re.I)
_PARTY_ONLY = re.compile(r"\bĐảng\b")
#: 'Ông A, Bí thư chi bộ, Cục trưởng Cục X … đã bị kỷ luật bằng hình thức cách hết chức vụ
#: trong Đảng', 'kỷ luật ông A bằng hình thức cách hết chức vụ': every post (in the Party)
#: of the sentence's subject, or of the one the discipline names
_ALL_POSTS_TAKEN = re.compile(r"(?:\bbị\s+(?:kỷ luật\s+)?|(?<=\s))"
                              r"(?:(?:bằng|với)\s+hình thức\s+)?cách\s+(?:hết|tất cả)\s+"
                              r"(?:các\s+)?chức vụ(?P<party>\s+trong Đảng)?", re.I)
_DISCIPLINED = re.compile(r"\bkỷ luật\s+(?:ông|bà|đồng chí)\s*$", re.I)
# ('… đối với hai ông A (Phó Chi cục trưởng …) và ông B (…)': each name's title in brackets)
_THEN_NAME = re.compile(r"\s*(?:\([^()]{0,160}\)\s*)?(?:,|và|,\s*và)\s*(?:ông|bà|đồng chí)?\s*",
                        re.I)


def dismissed(memberships: list[Membership], sentences: list[SentenceMentions],
              resolve_short, when: date | None, roles: re.Pattern[str] | None = None
              ) -> list[Membership]:
    """Persons an article says were dismissed with no post named ('kỷ luật cách chức đối
    với 2 ông A và ông B') have left the posts it gives them elsewhere (GUIDELINES §3,
    'cách chức')."""
    gone: set[str | None] = set()
    party_gone: set[str | None] = set()  # who lost their posts in the Party only
    for m in sentences:
        # ('với': the pattern needs it, most sentences go no further)
        for found in _DISMISSAL.finditer(m.text) if "với" in m.text else ():
            between = found.group("between") or ""  # ('giáng chức với ông A': none)
            if any(found.start("between") <= t.start < found.end("between") for t in m.titles) \
                    or roles is not None and roles.search(between):
                continue  # 'cách chức Ủy viên Ban Thường vụ đối với ông A': that post only
            # 'cách hết các chức vụ trong Đảng đối với ông A, Cục trưởng …': the Party's only
            who = party_gone if _PARTY_ONLY.search(between) else gone
            at = found.end()
            for n in m.names:
                if n.start < at:
                    continue
                if n.start != at and not _THEN_NAME.fullmatch(m.text, at, n.start):
                    break
                who.add(resolve_short(n.name) if n.short else n.name)
                at = n.end
        for taken in _ALL_POSTS_TAKEN.finditer(m.text) if "cách" in m.text else ():
            if _DISMISSAL.match(m.text, m.text.lower().index("cách", taken.start())) \
                    or not m.names or m.names[0].start >= taken.start():
                continue  # ('cách hết các chức vụ đối với ông A': above)
            named = [n for n in m.names if n.end <= taken.start()
                     and _DISCIPLINED.search(m.text, max(0, n.start - 24), n.start)]
            if not named and "bị" not in taken.group().lower():
                continue
            # (the name nearest before 'bị' is its subject: 'A cho biết B đã bị cách …')
            n = named[-1] if named else [n for n in m.names if n.end <= taken.start()][-1]
            who = party_gone if taken.group("party") else gone
            who.add(resolve_short(n.name) if n.short else n.name)
    memberships = _left(memberships, party_gone, when, within=_party_post)
    return _left(memberships, gone, when)


def _party_post(ms: Membership) -> bool:
    return bool(_PARTY_BODY.search(ms.body.name))


#: the Party's bodies: its committees ('Tỉnh ủy', 'Đảng ủy', 'Chi ủy') and their organs
_PARTY_BODY = re.compile(r"\b(?:Chi bộ|Đảng bộ|Đảng ủy|Đảng đoàn|Ban cán sự|Bộ Chính trị|Ban Bí thư"
                         r"|Trung ương Đảng)\b|\w ủy\b")


#: 'Nhà báo A nghỉ hưu từ ngày 12/6' (not 'A sẽ nghỉ hưu'): a person who has retired
_RETIRED = re.compile(r"\s*(?:(?:đã|vừa|chính thức)\s+)*(?:nghỉ hưu|về hưu|nghỉ chế độ)\b", re.I)


def retired(memberships: list[Membership], sentences: list[SentenceMentions],
            resolve_short, when: date | None) -> list[Membership]:
    """A person the article says has retired holds no post now: the posts it gives them,
    in this sentence or another ('Trước khi về hưu, ông đảm nhận …'), are former
    (GUIDELINES §3)."""
    gone: set[str | None] = set()
    for m in sentences:
        if "hưu" not in m.text and "chế độ" not in m.text:
            continue
        for n in m.names:
            if _RETIRED.match(m.text, n.end) and not _AHEAD_OF.search(m.text, 0, n.start):
                gone.add(resolve_short(n.name) if n.short else n.name)
    return _left(memberships, gone, when)


#: a retirement still to come: 'B sẽ làm Trưởng ban từ 1/7 sau khi / thay A về hưu'
_AHEAD_OF = re.compile(r"\b(?:sẽ|sắp|sau khi|chuẩn bị|dự kiến|thay)\b", re.I)


#: 'kỷ niệm 100 năm Ngày sinh đồng chí A', 'cố Tổng Bí thư A', 'A (1917 - 1991)': a person
#: the article remembers, whose posts are all of the past
_REMEMBERED_BEFORE = re.compile(
    rf"(?:(?<!sự )(?<!\w)[cC]ố|kỷ niệm\s+\d+\s+năm\s+(?:[Nn]gày\s+)?(?:sinh|mất)(?:\s+của)?"
    rf"|tưởng niệm|mặc niệm|truy điệu)\s+"
    rf"(?:(?:đồng chí|ông|bà)\s+|[{UPPER}]\S*\s+(?:\S+\s+){{0,3}})?$")
_LIFE_SPAN = re.compile(r"\s*\(\s*(?:\d{1,2}\s*/\s*\d{1,2}\s*/\s*)?(?:18|19)\d{2}\s*[-–]\s*"
                        r"(?:\d{1,2}\s*/\s*\d{1,2}\s*/\s*)?(?:19|20)\d{2}\s*\)")
#: what a sentence must hold for either pattern to find anything in it
_REMEMBER_HINT = re.compile(r"[cC]ố|niệm|truy điệu|\(\s*(?:\d{1,2}\s*/\s*\d{1,2}\s*/\s*)?1[89]\d\d")


def of_the_dead(memberships: list[Membership], sentences: list[SentenceMentions],
                resolve_short, when: date | None, died: dict[str, int] | None = None,
                now: int | None = None) -> list[Membership]:
    """A person the article remembers (a birth centenary, 'cố', 'mặc niệm', a life span after
    the name) holds no post now: the posts it gives are former (GUIDELINES §3). So does a
    person known by a pen name the gazetteer knows died before the article ('Tổng Bí thư
    Trường Chinh'), and one whose death the sentence dates years before ``now``, the year the
    article speaks in ('Sau khi Tổng Bí thư A qua đời, ngày 14-7-1986, …').

    A death the article reports as news ('A, Chủ tịch UBND huyện X, qua đời sáng 24/5') ends
    no post: the dev gold keeps the posts held at death current, as for any post the article
    never says was left."""
    gone: set[str | None] = {name for name, year in (died or {}).items()
                             if when is None or year < when.year}
    for m in sentences:
        if "Hồ Chí Minh" in m.text or "Bác" in m.text:
            gone.update(resolve_short(n.name) if n.short else n.name
                        for n in _in_his_lifetime(m))
        remembers, died_in = _REMEMBER_HINT.search(m.text), _DIED_HINT.search(m.text)
        # (a year of birth dates no death: 'A, sinh năm 1960, …, đã qua đời')
        long_ago = bool(died_in and now and any(
            int(y) < now for y in YEAR.findall(BIRTH.sub("", m.text))))
        for i, n in enumerate(m.names if remembers or long_ago else ()):
            if remembers and (_REMEMBERED_BEFORE.search(m.text, max(0, n.start - 40), n.start)
                              or _LIFE_SPAN.match(m.text, n.end)):
                gone.add(resolve_short(n.name) if n.short else n.name)
            # (the verb of this name, no other name between: not 'A cho biết B đã qua đời')
            elif long_ago and (death := _DIED_AFTER.match(m.text, n.end)) \
                    and not any(n.end <= o.start < death.end() for o in m.names[i + 1:]) \
                    and not _SAYS_IN.search(m.text, n.end, death.end()):
                gone.add(resolve_short(n.name) if n.short else n.name)
    return _left(memberships, gone, when)


#: Hồ Chí Minh named as one of a list of persons ('Từ trái sang: Tổng Bí thư A, Chủ tịch Hồ Chí
#: Minh, Phó Thủ tướng B'; not 'viếng Chủ tịch Hồ Chí Minh', 'tư tưởng Hồ Chí Minh') …
_HO_CHI_MINH_LISTED = re.compile(r"(?:[:,]\s*|\svà\s+)Chủ tịch Hồ Chí Minh"
                                 r"(?=\s*(?:,|và\s|[.;]|$)|\s+(?:ngày|tại|ở|trong)\s)")
#: … or as the one who meets or writes to them ('Bác gặp đoàn cán bộ …: A – Bí thư Tỉnh ủy',
#: 'Bác đã gửi thư cho ông B – Thứ trưởng …')
_HE_MEETS = re.compile(r"(?<!\w)Bác(?:\s+Hồ)?\s+(?:đã\s+|từng\s+)?(?:gặp|tiếp|gửi thư"
                       r"|viết thư|thăm|đến thăm|làm việc với|căn dặn|dặn)\b")


def _in_his_lifetime(m: SentenceMentions) -> list[NameMention]:
    """The persons a sentence names with Hồ Chí Minh, in a list of persons he is one of or
    after he meets or writes to them: their posts are of his time (he died in 1969)."""
    text = m.text
    if (listed := _HO_CHI_MINH_LISTED.search(text)) is not None:
        # the list: from its colon (or the sentence's start) to its end
        opened = text.rfind(":", 0, listed.start() + 1)
        closed = text.find(";", listed.end())
        return [n for n in m.names if max(opened, 0) <= n.start
                and (closed < 0 or n.start < closed)]
    if (meets := _HE_MEETS.search(text)) is not None:
        closed = text.find(";", meets.end())
        return [n for n in m.names if n.start >= meets.end()
                and (closed < 0 or n.start < closed)]
    return []


#: 'Tổng Bí thư A qua đời, ngày 14-7-1986': a death the sentence dates
_DIED_HINT = re.compile(r"từ trần|qua đời|tạ thế")
_DIED_AFTER = re.compile(r"(?:\s*[,–-]\s*[^.;()]{0,160}?)?\s*,?\s*(?:đã\s+|vừa\s+)?"
                         r"(?:từ trần|qua đời|tạ thế)\b")
_SAYS_IN = re.compile(r"\b(?:cho biết|nói|thông tin|xác nhận|kể|nhớ|sẽ|nếu)\b", re.I)


def _left(memberships: list[Membership], gone: set[str | None], when: date | None,
          within: Callable[[Membership], bool] = lambda ms: True) -> list[Membership]:
    """The current posts of the persons ``gone`` (those of them ``within`` accepts) made
    former (a former post ended before the article's date, GUIDELINES §3 'Dates')."""
    if not gone:
        return memberships
    return [dataclasses.replace(ms, status="former", attested_on=when)
            if ms.person in gone and ms.status == "current" and within(ms) else ms
            for ms in memberships]
