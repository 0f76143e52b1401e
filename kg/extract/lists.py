"""Persons in lists, each holding the title written before the list (the issue's class 2).

'Bảy phó ban khác gồm các ông A, B', '8 Phó Giám đốc Sở Nội vụ gồm có ông A, B và bà C',
'Các đồng chí Phó Chánh Văn phòng Trung ương Đảng: A, B', 'mấy nguyên ủy viên Trung ương
như A, B' (GUIDELINES §1 and §3).
"""
from __future__ import annotations

import re

from kg.extract.gazetteer import Gazetteer, RoleEntry
from kg.extract.mentions import (BARE_UNIT, LOWER, UPPER, BodyRef, NameMention, SentenceMentions,
                                 TitleMention, parse_body)
from kg.extract.named_before import bare_unit, head_word
from kg.text.normalize import fold


_GOM = r"(?:khác\s+)?(?:bao\s+)?gồm(?:\s*(?:có|các|ông|bà|:|,(?=\s*bà)))*"
_LIST_OPENER = re.compile(rf"\s*,?\s+{_GOM}\s+", re.I)


#: 'Ban Kiểm tra Hội nhiệm kỳ 2, gồm 3 thành viên: ông A, ông B, ông C': a body's members
_MEMBERS = re.compile(r"[^:;.()]{0,40}?\b(?:bao\s+)?gồm\s+(?:có\s+)?(?:\d+|hai|ba|bốn|năm|sáu|bảy"
                      r"|tám|chín|mười)\s+(thành viên|ủy viên)\s*(?:là\s*|,\s*)?:\s*"
                      r"(?:(?:các\s+)?(?:ông|bà|đồng chí)\s+)?", re.I)


#: the closing bracket of a bare title after a name, then the next names of the list, each
#: with its own bare title in brackets: 'ông A (Chủ tịch) và ông B (Phó Chủ tịch) …'
_BRACKET_CLOSE = re.compile(r"\s*\)")
_NEXT_BRACKETED = re.compile(rf"\s*(?:,|;|và)\s*(?:(?:ông|bà)\s+)?[{UPPER}][{LOWER}]*"
                             rf"(?:\s+[{UPPER}][{LOWER}]*){{1,4}}\s*\((?:nguyên\s+)?[^()]{{1,40}}\)")
_OF_WORD = re.compile(r"\s*(?:của|thuộc)?\s*")


def body_after_bracketed(gz: Gazetteer, t: TitleMention, sentence: str) -> BodyRef | None:
    """The body written once after a list whose names each have a bare title in brackets:
    'ông A (Chủ tịch) và ông B (Phó Chủ tịch) UBND TP X', 'ông A (Giám đốc) và ông B (Phó
    Giám đốc) của Trung tâm Y' (GUIDELINES §3, shared place and body)."""
    if t.body is not None or not sentence[:t.start].rstrip().endswith(("(", "(nguyên")):
        return None
    close = _BRACKET_CLOSE.match(sentence, t.end)
    if close is None:
        return None
    at = close.end()
    while (more := _NEXT_BRACKETED.match(sentence, at)) is not None:
        at = more.end()
    found = parse_body(gz, sentence, _OF_WORD.match(sentence, at).end())  # type: ignore[union-attr]
    return found[0] if found else None


def members_listed(gz: Gazetteer, m: SentenceMentions, resolve_short
                   ) -> list[tuple[str, TitleMention]]:
    """The names a body's count of members opens ('… gồm 3 thành viên: A, B, C') are its
    members, by the word the count is written with (a name with its own title in brackets,
    '… A (Chủ tịch HĐQT)', is left to the roster reader)."""
    s = m.text
    for body, _, b in m.bodies:
        opener = _MEMBERS.match(s, b)
        if not opener:
            continue
        role = gz.roles[fold(opener.group(1))]
        out: list[tuple[str, TitleMention]] = []
        at = opener.end()
        for n in m.names:
            if n.start < at:
                continue
            if n.start != at and not _NAME_AND.fullmatch(s[at:n.start]):
                break
            person = resolve_short(n.name) if n.short else n.name
            if person and not s[n.end:].lstrip().startswith("("):
                out.append((person, TitleMention(role, body, n.start, n.end)))
            at = n.end
        return out
    return []


def listed_holders(gz: Gazetteer, m: SentenceMentions, recent_bodies: dict[str, BodyRef],
                   resolve_short) -> list[tuple[str, TitleMention]]:
    """'Bảy phó ban khác gồm các ông A, Ủy viên …; B, …': every person listed holds the
    role in the body of that kind the article has just named ('Ban Kinh tế Trung ương');
    a listed person's own bare title of that role ('Phó trưởng ban Thường trực') says
    which one."""
    s = m.text
    if "gồm" not in s:
        return _titled_list(m, resolve_short, recent_bodies)  # no 'gồm': the pattern need not run
    for found in gz.role_re.finditer(s):
        role = gz.roles.get(fold(found.group()))
        opener = _LIST_OPENER.match(s, found.end())
        if not opener or role is None:
            continue
        named = dict(recent_bodies)       # what the article named before the list
        named.update((head_word(ref), ref) for ref, a, _ in m.bodies if a < found.start())
        body = named.get(role.head) if role.head else _deputy_of(m, found.start(), role)
        # 'UBND thành phố X hiện có 5 phó chủ tịch, gồm các ông: …': the body that has them
        body = body or next((ref for ref, _, b in m.bodies
                             if _HAS_N.fullmatch(s[b:found.start()])), None)
        if body is None:
            continue
        out = []
        for part in re.finditer(r"[^;]+", s[opener.end():]):
            a, b = opener.end() + part.start(), opener.end() + part.end()
            names = [n for n in m.names if a <= n.start < b]
            if not names:
                continue
            own = _own_role(gz, s, a, b, role)
            # 'A, B và bà C' in one part: a plain list of names, all with the role
            run = [names[0]]
            for prev, n in zip(names, names[1:]):
                if not _NAME_AND.fullmatch(s[prev.end:n.start]):
                    break
                run.append(n)
            for n in run:
                person = resolve_short(n.name) if n.short else n.name
                if person:
                    out.append((person, TitleMention(own, body, n.start, n.end)))
        return out
    return _titled_list(m, resolve_short, recent_bodies)


#: after a title: 'gồm có ông …', or a colon ('Các đồng chí Phó Chánh Văn phòng …: A, B')
_TITLE_LIST = re.compile(rf"\s*(?:\(?nhiệm kỳ \d{{4}}\s*[-–]\s*\d{{4}}\)?\s*)?"
                         # 'các cựu Chủ tịch xã X, huyện Y qua các thời kỳ, bao gồm …'
                         r"(?:,\s*(?:huyện|quận|thị xã|thành phố|tỉnh)\s+[^,;:()]{1,30}?"
                         r"(?=\s*,|\s+qua\s))?"
                         r"(?:\s*qua các (?:thời kỳ|nhiệm kỳ|khóa))?(?:\s*,)?\s*"
                         # 'Các Phó ban … chuyên trách, gồm:', 'Ba Phó ban kiêm nhiệm gồm:'
                         rf"(?:(?:chuyên trách|kiêm nhiệm)\s*,?\s*)?(?:{_GOM}|:)\s+", re.I)
#: between listed names; a name's own brackets ('A (SN 1958, trú tại thôn Hoành), B')
_COLON = re.compile(r"\s*:")
_NAME_AND = re.compile(r"\s*(?:\([^()]{0,80}\)\s*)?(?:,|và|,\s*và)\s*(?:(?:ông|bà)\s+)?",
                       re.I)
#: 'các/những/mấy nguyên Ủy viên Trung ương như A, B': a plural title's examples
# ('nhiều cán bộ nguyên Ủy viên …', 'các đồng chí nguyên là Ủy viên …': the persons named)
_PLURAL_BEFORE = re.compile(r"(?:các|những|mấy|nhiều|\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín)\s+"
                            r"(?:(?:cán bộ|đồng chí|ông|vị)\s+)?(?:nguyên|cựu)?(?:\s+là)?\s*$",
                            re.I)
# ('… Ủy viên Trung ương mấy khóa như A, B': the terms they sat)
_SUCH_AS = re.compile(rf"\s*(?:(?:mấy|nhiều|các|những)\s+khóa\s*)?,?\s*"
                      rf"(?:như\s+(?:(?:các\s+)?(?:ông|bà|đồng chí)\s+)?|{_GOM}\s+)",
                      re.I)


_HAS_N = re.compile(r"\s*(?:(?:hiện|hiện nay|vẫn|còn|đã)\s+)?có\s+"
                    r"(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+", re.I)


def _deputy_of(m: SentenceMentions, pos: int, role: RoleEntry) -> BodyRef | None:
    """'Giám đốc Sở Nội vụ là ông A; 8 Phó Giám đốc gồm …': the deputies' body is the one
    the head of the same title was named with before them."""
    base = role.name.removeprefix("Phó ").strip()
    for t in reversed([t for t in m.titles if t.start < pos]):
        if t.body is not None and t.role.name.lower() == base.lower():
            return t.body
    return None


def _titled_list(m: SentenceMentions, resolve_short, recent_bodies: dict[str, BodyRef]
                 ) -> list[tuple[str, TitleMention]]:
    """'8 Phó Giám đốc Sở Nội vụ gồm có ông A, B và bà C', 'Các đồng chí Phó Chánh Văn
    phòng Trung ương Đảng: A, B': each listed person holds the title written before. The
    unit may be the one the article named ('8 Phó Giám đốc Sở gồm các ông, bà: …'), and a
    listed person may carry a title of their own ('…: A – Chủ tịch UBND tỉnh; B, C').
    A sentence may hold several lists ('nguyên Tổng Bí thư: A, B; …, nguyên Chủ tịch
    Quốc hội: C, D')."""
    s = m.text
    found: list[tuple[str, TitleMention]] = []
    done = -1  # where the last list ended: a title inside it opens no other …
    groups: set[int] = set()  # … but a group's own title does ('…; các Phó Thủ tướng: B, C')
    for t in m.titles:
        if t.start < done and t.start not in groups:
            continue
        body, end = t.body, t.end
        if body is None and (unit := BARE_UNIT.match(s, t.end)):
            body, end = bare_unit(s, t.end, recent_bodies), unit.end()
        elif body is None and t.role.head in recent_bodies \
                and _PLURAL_BEFORE.search(s, 0, t.start):
            body = recent_bodies[t.role.head]  # 'Ba Phó ban kiêm nhiệm gồm: …': the Ban named
        elif body is None and _PLURAL_BEFORE.search(s, 0, t.start) and _COLON.match(s, end):
            # 'A, Tổng Giám đốc Đài X; các Phó Tổng Giám đốc: B, C': the deputies of the head
            # the sentence named just before
            body = _deputy_of(m, t.start, t.role)
        # a title of one body ('các Phó Thủ tướng: A, B, C') needs no body written; a
        # colon makes it plural too ('nguyên Tổng Bí thư: A, B')
        implied = body is None and t.role.implied_body is not None \
            and bool(_PLURAL_BEFORE.search(s, 0, t.start) or _COLON.match(s, end))
        opener = _TITLE_LIST.match(s, end) if body is not None or implied else None
        if opener is None and body is not None and _PLURAL_BEFORE.search(s, 0, t.start):
            opener = _SUCH_AS.match(s, end)
        if not opener:
            continue
        out: list[tuple[str, TitleMention]] = []
        at = opener.end()
        titled = False  # the listed persons carry titles of their own
        led = False  # … written before each name ('…: Bộ trưởng Bộ Tài chính A, …')
        by_commas = False  # … and the items parted by commas
        for n in m.names:
            if n.start < opener.end():
                continue
            gap = s[at:n.start]
            first = at == opener.end()
            if n.start == at or _NAME_AND.fullmatch(gap):
                pass
            elif led and _titles_after_comma(m, at, n.start):
                by_commas = True
            elif by_commas:
                break  # ('…, Bộ trưởng Bộ Công Thương B; Đại sứ C': the group ends)
            elif not first and _OWN_TITLE_GAP.fullmatch(gap):
                titled = True
            elif not first and _dashed_item(m, at, n):
                titled = True  # ('…: A - Phó Chủ tịch Quốc hội, B - Chủ nhiệm …': each name
                # with its titles after a dash, the items parted by commas)
            elif first and _UNNAMED_FIRST.fullmatch(gap) and any(
                    at < t.start < n.start for t in m.titles):
                titled = True  # ('…: <a pen name>, Tổng Biên tập Báo Nhân Dân; B, …': a first
                # item whose name is no full name the rules know, with titles of its own)
            elif not first and (group := _subgroup(m, at, n.start)) is not None:
                groups.update(x.start for x in m.titles if group[0] <= x.start < group[1])
                titled = True  # ('Ủy viên Bộ Chính trị: Thủ tướng A; các Phó Thủ tướng: B, C':
                # a group of the list under a title of its own, under the list's title too)
            elif (first or titled) and _titles_first(m, at, n.start, first=first):
                titled = True  # (after plain names, a titled one begins another group:
                # 'nguyên Chủ tịch Quốc hội: A, B; Thủ tướng C')
                # ('…: Bộ trưởng Bộ Tài chính A, Bộ trưởng Bộ Công Thương B; …': each item
                # its titles first, the items parted by commas, up to the semicolon)
                led = first
            else:
                break
            person = resolve_short(n.name) if n.short else n.name
            if person:
                out.append((person, TitleMention(t.role, body, n.start, n.end, t.modifier)))
            at = n.end
        # a bare colon after a title of one body lists two names at least: one is a
        # headline's speaker and what they said ('Tổng Bí thư: Hàn Quốc là đối tác …')
        if implied and not _PLURAL_BEFORE.search(s, 0, t.start) and len(out) < 2:
            continue
        found.extend(out)
        done = at
    return found


_DASHED_ITEM = re.compile(r"\s*[-–]\s*(?P<titles>[^;:()]+?)\s*,\s*")
_DASH_AFTER = re.compile(r"\s*[-–]\s")


def _dashed_item(m: SentenceMentions, a: int, n: NameMention) -> bool:
    """s[a:n.start] closes an item written 'A - <titles>,' and the next name carries its
    titles after a dash too."""
    item = _DASHED_ITEM.fullmatch(m.text, a, n.start)
    return bool(item and _DASH_AFTER.match(m.text, n.end)
                and _titles_first(m, item.start("titles"), item.end("titles"), first=True))


def _titles_first(m: SentenceMentions, a: int, b: int, first: bool) -> bool:
    """The next listed person's own titles, or rank, written before the name ('…: Phó Thủ
    tướng A; Thượng tướng B, Bộ trưởng Bộ Công an; …'): after the list's
    colon, or after a semicolon that closes the previous person, nothing but titles."""
    s = m.text
    if not first:
        semi = s.rfind(";", a, b)
        if semi < 0 or ":" in s[a:b] or "(" in s[a:b]:
            return False
        a = semi + 1
    rest = list(s[a:b])
    for t in m.titles:
        for i in range(max(t.start, a), min(t.end, b)):
            rest[i - a] = " "
    left = _RANK.sub(" ", "".join(rest))
    return bool(any(a <= t.start < b for t in m.titles) or _RANK.search(s, a, b)) \
        and not re.sub(r"[\s,–-]+", "", left)


_SUBGROUP = re.compile(r"\s*;\s*(?:các|hai|ba|bốn|năm|\d+)\s+(?P<titles>[^;:()]+?)\s*:\s*", re.I)


def _subgroup(m: SentenceMentions, a: int, b: int) -> tuple[int, int] | None:
    """Where the titles are, if s[a:b] closes an item and opens a group under titles of its
    own: '; các Phó Thủ tướng: '."""
    found = _SUBGROUP.fullmatch(m.text, a, b)
    if found and _titles_first(m, found.start("titles"), found.end("titles"), first=True):
        return found.span("titles")
    return None


def _titles_after_comma(m: SentenceMentions, a: int, b: int) -> bool:
    """s[a:b] is a comma and then nothing but the next person's titles."""
    s = m.text
    if not s[a:b].lstrip().startswith(",") or ";" in s[a:b] or ":" in s[a:b]:
        return False
    return _titles_first(m, s.index(",", a) + 1, b, first=True)


_RANK = re.compile(r"(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá)|(?:ông|bà|đồng chí)\b")
_UNNAMED_FIRST = re.compile(r"\s*(?:[A-ZĐÀ-Ỹ]\w*\s+){1,3}[A-ZĐÀ-Ỹ]\w*\s*,[^;:()]+;\s*")
#: between listed names, the previous one's own title: '– Chủ tịch UBND tỉnh; ' (not a new
#: group: 'các đồng chí Ủy viên …:')
# (the last member may follow 'và': '…; B, Thứ trưởng Tài chính và ông C, Thứ trưởng …')
# (or a clause of what became of each: 'gồm ông A được điều động …, và ông B được nghỉ hưu')
# ('…: A, Phó Thủ tướng; Thượng tướng B, Thứ trưởng …': the next one's rank before the name)
# ('…: A, Tổng Giám đốc (TGĐ) Thông tấn xã Việt Nam; B, …', '…, Chủ tịch UBND quận Ba Đình
# (Hà Nội); B, …': a short form or a place in brackets inside the titles)
_OWN_TITLE_GAP = re.compile(r"\s*(?:[-–,]|\s(?=(?:được|đã|vừa|bị)\s))\s*"
                            r"(?:[^;:()]|\([^();:]{1,40}\))*?(?:;|\s+và)\s*"
                            r"(?:(?:ông|bà|đồng chí)\s+)?"
                            r"(?:(?-i:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá)\s+)?", re.I)


def _own_role(gz: Gazetteer, s: str, a: int, b: int, role: RoleEntry) -> RoleEntry:
    """A finer form of ``role`` written bare (no body after it) in s[a:b], or ``role``."""
    for x in gz.role_re.finditer(s, a, b):
        own = gz.roles.get(fold(x.group()))
        if own and own.head == role.head and own.name.startswith(role.name) \
                and not gz.head_re.match(s, x.end() + 1):
            return own
    return role
