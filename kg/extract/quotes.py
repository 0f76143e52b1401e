"""Who speaks in a quotation: 'tôi' inside it is the speaker named before or after it.

'"Tới năm 2005 tôi được chuyển sang làm Phó giám đốc Phòng Đăng ký đất đai, năm 2008 làm
Giám đốc … Đến năm 2016 được bổ nhiệm làm Giám đốc Sở TN&MT", ông Quý thông tin' is Quý's
career in his own words (GUIDELINES §3, career records).
"""
from __future__ import annotations

import re

from kg.extract.mentions import UPPER

_OPEN = "“\""
_CLOSE = "”\""
_MARKS = re.compile("[“”\"]")
_NAME = rf"[{UPPER}]\w*(?:\s+[{UPPER}]\w*){{0,3}}"
_SAYS = (r"(?:nói|cho biết|cho hay|thông tin|chia sẻ|kể|khẳng định|giải thích|trả lời|nhấn mạnh"
         r"|tâm sự|bày tỏ|phân trần)")
#: ', ông Quý thông tin …' right after the closing quote
_AFTER = re.compile(rf"\s*[,–-]?\s*(?:(?:ông|bà|anh|chị)\s+)({_NAME})\s+(?:đã\s+|cũng\s+)?"
                    rf"{_SAYS}\b")
#: 'ông Quý cho biết: "…' right before the opening quote
_BEFORE = re.compile(rf"(?:ông|bà|anh|chị)\s+({_NAME})\s+(?:đã\s+|cũng\s+)?{_SAYS}"
                     rf"[^“\"]{{0,30}}:\s*$")


def speakers(sentences: list[str], resolve_short) -> list[str | None]:
    """For each sentence, the person who speaks in the quotation it is in, or None.
    ``resolve_short`` maps a given name ('Quý') to the article's full name."""
    out: list[str | None] = [None] * len(sentences)
    start: int | None = None  # the sentence the open quotation began in
    opened_by: str | None = None
    for i, s in enumerate(sentences):
        for mark in _MARKS.finditer(s):  # (the quotation marks only, not every character)
            k, ch = mark.start(), mark.group()
            if start is None and ch in _OPEN and (ch != '"' or _opens(s, k)):
                start, opened_by = i, _speaker(_BEFORE.search(s, 0, k), resolve_short)
            elif start is not None and ch in _CLOSE and (ch != '"' or not _opens(s, k)):
                who = opened_by or _speaker(_AFTER.match(s, k + 1), resolve_short)
                if who:
                    for j in range(start, i + 1):
                        out[j] = who
                start, opened_by = None, None
    return out


def _opens(s: str, k: int) -> bool:
    """A straight quote opens when a word follows it and none is glued before it."""
    return (k == 0 or not s[k - 1].isalnum()) and k + 1 < len(s) and s[k + 1].isalnum()


def _speaker(m: re.Match[str] | None, resolve_short) -> str | None:
    if m is None:
        return None
    name = m.group(1)
    return name if len(name.split()) >= 2 else resolve_short(name)
