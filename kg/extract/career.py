"""Career records: the periods of a biography and where its items begin (GUIDELINES §3).

A biography lists posts by period: '- Từ 01/2002 đến 8/2005: Phó Giám đốc …',
'+ Tháng 7.1994 – 12.2005: …', 'Từ 2010 đến nay: …', 'Từ 3/7/2017: Ông là …',
'1998 - 2002: …'. Many pages run the items together on one line, so each item is cut
into a sentence of its own before titles are attached: the period then governs the
titles of its item only, and the holder is the subject of the biography.

A period that has ended before the article's year makes its posts former; one that runs
to the present ('đến nay', 'hiện nay', or a start with no end) keeps them current.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_DAY_MONTH = r"(?:(?:ngày\s+)?\d{1,2}\s*[/.-]\s*)?(?:(?:tháng\s+)?\d{1,2}\s*[/.-]\s*|tháng\s+\d{1,2}\s+(?:năm\s+)?)?"
_YEAR = r"(?:năm\s+)?(?:19|20)\d{2}"
_START = rf"(?:[Tt]ừ\s+)?(?:[Tt]háng\s+|[Nn]ăm\s+|[Nn]gày\s+)?{_DAY_MONTH}{_YEAR}"
_NOW = r"(?:đến\s+|tới\s+)?(?:nay|hiện nay|hiện tại|bây giờ)"
# 'đến giữa năm 2006', 'đến cuối năm 2010': a part of the year ends it as well
_PART = r"(?:(?:đầu|giữa|cuối)\s+)?"
_END = (rf"(?:(?P<now>{_NOW})|{_PART}(?:tháng\s+|năm\s+)?{_DAY_MONTH}(?:năm\s+)?"
        rf"(?P<end>(?:19|20)\d{{2}}))")

#: a period heading a career item; 'open' is a start with no end ('Từ 3/7/2017:')
PERIOD = re.compile(
    # ('từ 2005 đến 2010 là Chủ tịch HĐQT': the period of the post that follows)
    rf"{_START}\s*(?:[-–]|đến|tới)\s*{_END}\s*(?::|,|(?=(?:là|làm|giữ chức)\s))"
    rf"|(?P<open>[Tt]ừ\s+(?:[Tt]háng\s+|[Nn]ăm\s+|[Nn]gày\s+)?{_DAY_MONTH}{_YEAR})\s*:")

_ANY_END = rf"(?:{_NOW}|{_PART}(?:tháng\s+|năm\s+)?{_DAY_MONTH}(?:năm\s+)?(?:19|20)\d{{2}})"
_HEAD = rf"(?={_START}\s*(?:(?:[-–]|đến|tới)\s*{_ANY_END}\s*)?[:,])"
#: where an item begins inside a longer line: after a bullet or a clause end
_ITEM_START = re.compile(rf"(?<=[.;:])\s*[-+•*–]?\s*{_HEAD}|(?<!\d)\s+[-+•*–]\s+{_HEAD}")


@dataclass(frozen=True)
class Period:
    end_year: int | None      # None: runs to the present
    to_present: bool

    def ended_before(self, year: int | None) -> bool:
        """The period ended before ``year`` (with no year known, any end is the past)."""
        if self.to_present or self.end_year is None:
            return False
        return year is None or self.end_year < year


def period_in(text: str) -> Period | None:
    """The last period written in ``text`` (the one nearest to what follows it)."""
    found = None
    for found in PERIOD.finditer(text):
        pass
    if found is None:
        return None
    if found.group("now") or found.group("open"):
        return Period(None, True)
    return Period(int(found.group("end")), False)


_A_YEAR = re.compile(r"(?:19|20)\d\d")


def split_items(sentence: str) -> list[str]:
    """A sentence cut where career items begin; a sentence with fewer than two periods is
    returned whole (a lone date is no list)."""
    if len(_A_YEAR.findall(sentence)) < 2 or len(PERIOD.findall(sentence)) < 2:
        return [sentence]  # (two periods need two years: most sentences have fewer)
    cuts = sorted({m.start() for m in _ITEM_START.finditer(sentence) if m.start() > 0})
    parts, prev = [], 0
    for c in cuts:
        if sentence[prev:c].strip():
            parts.append(sentence[prev:c].strip())
        prev = c
    parts.append(sentence[prev:].strip())
    return [p for p in parts if p]
