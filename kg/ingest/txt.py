"""Reader for ``.txt``: one article a file, the saved-page format of ``examples/``.

::

    Thứ Bảy, ngày 8 tháng 8 năm 2020          <- optional: the publication date

    Quận 11: Tăng cường xây dựng Đảng bộ ...  <- the title (first line when no date)
    Đồng chí ... phát biểu tại hội nghị       <- photo caption: dropped
    (Thanhuytphcm.vn) - Sáng 18/10, ...       <- "(Publisher) -" lead: publisher, dropped
    ...                                       <- body
    Đức Thiện                                 <- byline: the author, dropped
    Ý kiến bạn đọc / refresh / Tin khác ...   <- page chrome: dropped

:func:`parse_page` also serves the JSONL reader when an object's ``text`` is such a page.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kg.errors import ArticleError
from kg.ingest.chrome import clean_body, is_chrome_line, split_publisher_lead
from kg.ingest.limits import MAX_ARTICLE_CHARS, too_long
from kg.models import Article
from kg.text.legacy import repair_mojibake
from kg.text.normalize import normalize_text

__all__ = ["read", "parse_page", "parse_date_line", "Page"]

log = logging.getLogger(__name__)

_WEEKDAY = r"(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s*nhật|cn|t[2-7])"
_TIME = (                                 # "10:30", "| 10h30 (GMT+7)"
    r"(?:\s*[,|-]?\s*\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?"
    r"(?:\s*\(?\s*GMT\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*\)?)?)?"
)
_DATE_WORDS = re.compile(
    r"^(?:" + _WEEKDAY + r"\s*[,-]?\s*)?(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*"
    r"(?:năm|,)\s*(\d{4})" + _TIME + r"$",
    re.IGNORECASE,
)
_DATE_NUMERIC = re.compile(
    r"^(?:" + _WEEKDAY + r"\s*[,-]?\s*)?(?:ngày\s+)?"
    r"(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})" + _TIME + r"$",
    re.IGNORECASE,
)
_DATE_ISO = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$"
)

# A caption ends without a sentence's final punctuation, or with a photo credit.
_SENTENCE_FINAL = tuple('.!?…:;"\'')
_CREDIT_END = re.compile(r"(?:\(\s*(?:Ảnh|ảnh)\s*:[^()]*\)|[-–—.]\s*(?:Ảnh|ẢNH)\s*:.{1,60})\s*\.?$")
_CAPTION_MAX = 400


@dataclass(frozen=True)
class Page:
    """The parts of a saved page."""

    text: str
    title: str | None = None
    date: date | None = None
    publisher: str | None = None
    author: str | None = None


def parse_date_line(line: str) -> tuple[bool, date | None]:
    """``(is a date line, the date)`` for ``Thứ Bảy, ngày 8 tháng 8 năm 2020``,
    ``Chủ nhật, 08/08/2020 10:30``, ``2020-08-08``. An impossible date (31/2) is still a
    date line, with no date.
    """
    line = line.strip()
    if len(line) > 60:
        return False, None
    m = _DATE_WORDS.match(line)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif (m := _DATE_NUMERIC.match(line)):
        d, mo, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
    elif (m := _DATE_ISO.match(line)):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        return False, None
    try:
        return True, date(y, mo, d)
    except ValueError:
        return True, None


def _is_caption(line: str, *, after_title_of_page: bool) -> bool:
    if len(line) > _CAPTION_MAX:
        return False
    if _CREDIT_END.search(line):
        return True
    return after_title_of_page and not line.rstrip().endswith(_SENTENCE_FINAL)


def parse_page(text: str, *, take_title: bool = True, find_byline: bool = True) -> Page:
    """Split a normalised saved page into date, title, publisher, author and body.

    With ``take_title=False`` (the title is known from elsewhere) the first line is
    body, unless the page starts with a date line, which is always taken.
    """
    lines = text.split("\n")
    i = 0

    def skip_blank() -> None:
        nonlocal i
        while i < len(lines) and (not lines[i].strip() or is_chrome_line(lines[i])):
            i += 1

    skip_blank()
    published: date | None = None
    dated = False
    if i < len(lines):
        dated, published = parse_date_line(lines[i])
        if dated:
            i += 1
            skip_blank()
    title: str | None = None
    if take_title and i < len(lines):
        title = lines[i].strip()
        i += 1
        skip_blank()
    # A caption between the title and the lead: a short line without final punctuation
    # (only in a saved page, i.e. with a date line or a "(Publisher) -" lead next), or
    # any line that ends with a photo credit.
    if i < len(lines):
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        has_next = j < len(lines)
        lead_next = has_next and split_publisher_lead(lines[j])[0] is not None
        saved_page = title is not None and (dated or lead_next)
        if has_next and _is_caption(lines[i], after_title_of_page=saved_page):
            i = j
    body = clean_body("\n".join(lines[i:]), find_byline=find_byline)
    return Page(
        text=body.text, title=title or None, date=published,
        publisher=body.publisher, author=body.author,
    )


def read(path: Path, encoding: str, on_error: Callable[[ArticleError], None]
         ) -> Iterator[tuple[Article, str]]:
    """One article from a ``.txt`` file; its id is the file name without the extension."""
    raw, legacy = repair_mojibake(path.read_text(encoding=encoding))
    if legacy:
        log.info("%s: %s text read as Windows-1252; converted", path, legacy)
    text = normalize_text(raw)
    if not text:
        raise ArticleError(f"{path}: empty file; write the article's title on the first "
                           f"line and its text below")
    if len(text) > MAX_ARTICLE_CHARS:
        raise too_long(str(path), path.stem, len(text))
    page = parse_page(text)
    if not page.text:
        raise ArticleError(f"{path}: no article text after the title; write the title on "
                           f"the first line and the text below")
    yield Article(
        id=path.stem, text=page.text, title=page.title, date=page.date,
        publisher=page.publisher, author=page.author, source_path=str(path),
    ), str(path)

