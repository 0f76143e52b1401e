"""Bodies a bare title takes from what the article has named before it.

'Giám đốc Bệnh viện khẳng định …', 'Ủy viên HĐQT', 'lãnh đạo Công ty X: A (Giám đốc)': the
title names no body of its own, and the reader supplies the last body of its kind the
article named (GUIDELINES §2, jurisdiction and bodies from context). The pipeline keeps
those bodies, one per kind in the order named, in a dict keyed by ``head_word``.
"""
from __future__ import annotations

import re

from kg.extract import bodies as body_rules
from kg.extract.mentions import BARE_UNIT, BRAND_HEAD, UPPER, BodyRef, TitleMention


def name_last(bodies: dict[str, BodyRef], ref: BodyRef) -> None:
    """Note ``ref``, and the bodies it is part of, as the last named of their kind (the
    dict keeps that order): 'HĐQT Ngân hàng X' names the bank too."""
    for r in body_rules._walk(ref):
        key = head_word(r)
        bodies.pop(key, None)
        bodies[key] = r


#: the head word, in data/roles.tsv, of the titles that, written bare, belong to the
#: enterprise the sentence or the article has just named
ENTERPRISE = "Công ty"


_NO_HEAD_OF_BAN = ("Ban Chấp hành", "Ban Thường vụ", "Ban Bí thư", "Ban cán sự")


def head_word(ref: BodyRef) -> str:
    """'Ban Kinh tế Trung ương' and 'Ban Tổ chức' are both a 'Ban'; 'Tổng cục ...' a 'Tổng cục'."""
    name = ref.head.name
    if ref.head.group:
        return ref.head.group  # 'Ngân hàng X', 'Tổng công ty Y': the firm a 'Tổng Giám đốc' runs
    if name.startswith(_NO_HEAD_OF_BAN):
        return name  # a Party committee is led by a Bí thư: no 'Phó ban' of it
    for word in ("Tổng cục", "Ban", "Vụ", "Cục", "Viện", "Sở", "Trường"):
        if name == word or name.startswith(word + " "):
            return word
    # (a ministry is a 'Bộ'; the Politburo, a military command or a chair of a university,
    # 'Bộ Chính trị', 'Bộ Tư lệnh', 'Bộ môn', are none: no bare 'Bộ trưởng' is theirs)
    return name



_COUNCILS = {"Hội đồng quản trị", "Hội đồng thành viên", "Ban Kiểm soát", "Ban Thường vụ",
             "Ban Chấp hành", "Hội đồng"}


#: the heads of a board, written bare in brackets after a name in the board's roster
_BOARD_HEADS = {"Chủ tịch": ("Hội đồng quản trị", "Hội đồng thành viên", "Hội đồng"),
                "Phó Chủ tịch": ("Hội đồng quản trị", "Hội đồng thành viên", "Hội đồng"),
                "Trưởng ban": ("Ban Kiểm soát",), "Phó Trưởng ban": ("Ban Kiểm soát",)}
_LISTS = re.compile(r"\bgồm\b", re.I)


def council_named_before(t: TitleMention, sentence: str, recent_bodies: dict[str, BodyRef]
                          ) -> BodyRef | None:
    """A bare 'thành viên' / 'ủy viên' in a roster of the council the sentence names
    before it: 'Hội đồng quản trị X gồm 9 thành viên: ông A (thành viên), …'; and its
    head, in brackets after a name in the list: 'HĐQT X gồm các ông A (chủ tịch), B (ủy
    viên)'."""
    heads = _BOARD_HEADS.get(t.role.name)
    if t.role.name not in ("Thành viên", "Ủy viên") and heads is None:
        return None
    for ref in reversed(list(recent_bodies.values())):
        if ref.head.name in _COUNCILS and ref.written \
                and 0 <= (at := sentence.find(ref.written)) < t.start:
            if heads is None:
                return ref
            if ref.head.name in heads and sentence[:t.start].rstrip().endswith("(") \
                    and _LISTS.search(sentence, at + len(ref.written), t.start):
                return ref
            return None
    return None


#: 'lãnh đạo (và cán bộ) X: A (Giám đốc), B (Phó Giám đốc)': the leaders of X, each with a
#: bare title in brackets
_LEADERS_OF = re.compile(r"(?:lãnh đạo|ban lãnh đạo|ban giám đốc)(?:\s+(?:và|,)\s+(?:cán bộ|"
                         r"nhân viên|công chức))?\s+$", re.I)
_LIST_OPENS = re.compile(r"\s*(?:\([^()]*\)\s*)?(?::|gồm|là)")


#: a unit known by an acronym and its place: 'VDB Minh Hải', 'BIDV Hà Tĩnh'
_ACRONYM_UNIT = re.compile(rf"([A-ZĐ]{{2,8}}(?:\s+[{UPPER}][^\s:,;()]*){{0,3}})(?=\s*(?::|gồm))")


def leaders_body_named_before(t: TitleMention, sentence: str,
                              recent_bodies: dict[str, BodyRef]) -> BodyRef | None:
    """A bare title in brackets in a list of the leaders of a body named before the list:
    'các bị cáo nguyên là lãnh đạo Công ty X: A (nguyên Giám đốc), B (Phó Giám đốc)'."""
    if not sentence[:t.start].rstrip().endswith(("(", "( nguyên", "(nguyên")):
        return None
    for ref in reversed(list(recent_bodies.values())):
        at = sentence.find(ref.written) if ref.written else -1
        if 0 <= at < t.start and _LEADERS_OF.search(sentence, max(0, at - 40), at) \
                and _LIST_OPENS.match(sentence, at + len(ref.written)):
            return ref
    for unit in _ACRONYM_UNIT.finditer(sentence, 0, t.start):
        if _LEADERS_OF.search(sentence, max(0, unit.start() - 40), unit.start()):
            return BodyRef(BRAND_HEAD, name=unit.group(1), written=unit.group(1))
    return None


#: the kinds of body a bare unit word stands for ('nhà trường': a school or a university)
_UNIT_KINDS = {"bệnh viện": ("Bệnh viện",), "trường": body_rules.SCHOOL_HEADS,
               "học viện": ("Học viện",), "viện": ("Viện",), "trung tâm": ("Trung tâm",),
               "sở": ("Sở",), "hội đồng": ("Hội đồng",), "hội": ("Hội",)}


def bare_unit(sentence: str, end: int, recent_bodies: dict[str, BodyRef]) -> BodyRef | None:
    """'Giám đốc Bệnh viện khẳng định …': the hospital the article last named."""
    m = BARE_UNIT.match(sentence, end)
    if not m:
        return None
    return next((recent_bodies[k] for k in _UNIT_KINDS[m.group(1).lower()]
                 if k in recent_bodies), None)


#: a unit or the Party's, Union's cells of an institution named by its kind alone:
#: 'Ban kiểm tra Hội', 'Chi đoàn Trung tâm', 'Công đoàn Bệnh viện'
_OWN_KIND = re.compile(r"^(?P<own>.*?)\s*\b(?P<kind>Hội|Trung tâm|Bệnh viện|Trường|Học viện|Viện)$")


def institution_by_kind(ref: BodyRef, recent_bodies: dict[str, BodyRef]) -> BodyRef | None:
    """'Ban kiểm tra Hội' in an article about Hội X is Ban Kiểm tra of Hội X: the body whose
    own name ends with the kind of the institution the article named takes it as parent."""
    m = _OWN_KIND.match(ref.name) if ref.name and ref.parent is None and ref.place is None \
        else None
    if m is None:
        return None
    named = next((recent_bodies[k] for k in _UNIT_KINDS[m.group("kind").lower()]
                  if k in recent_bodies), None)
    if named is None:
        return None
    own = m.group("own")
    return BodyRef(ref.head, name=own[:1].upper() + own[1:], parent=named, written=ref.written)


#: bodies whose head is a 'Chủ tịch' too: with one of them in the sentence, a bare 'Chủ
#: tịch' is no longer the People's Committee's alone
_CHAIRED = ("Hội đồng nhân dân", "Ủy ban Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc Việt Nam",
            "Hội", "Hội đồng", "Liên đoàn", "Công đoàn", "Hội đồng quản trị", "Liên minh")
_CHAIR_ROLES = ("Chủ tịch", "Phó Chủ tịch")


def committee_in_the_sentence(role: str, t: TitleMention, sentence: str,
                              recent_bodies: dict[str, BodyRef]) -> BodyRef | None:
    """'Tại cuộc họp giao ban giữa UBND TP Hà Nội với các sở, Chủ tịch A yêu cầu …': a bare
    (Phó) Chủ tịch in a sentence that names one People's Committee, and no other body a
    Chủ tịch heads, before the title, is that committee's."""
    ref = recent_bodies.get("Ủy ban nhân dân")
    if role not in _CHAIR_ROLES or ref is None or not ref.written \
            or sentence.rfind(ref.written, 0, t.start) < 0 \
            or sentence[:t.start].rstrip().endswith("("):
        return None  # ('ông A (Chủ tịch) và ông B (Phó Chủ tịch) UBND TP X': the body after)
    others = [r for key, r in recent_bodies.items() if r is not ref and r.written
              and sentence.rfind(r.written, 0, t.start) >= 0
              and (key in _CHAIRED or r.head.name in _CHAIRED)]
    return None if others else ref
