"""Reader for ``.jsonl``: one article a line (CONTRACT.md §1).

``{"id", "text", "title"?, "date"?, "url"?, "source"?, "author"?}``. The file is
streamed. A bad line is reported through ``on_error`` (file, line number and the fix)
and reading goes on with the next line.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from kg.errors import ArticleError
from kg.ingest.txt import parse_date_line, parse_page
from kg.models import Article
from kg.text.normalize import normalize_text

__all__ = ["read", "parse_date", "publisher_from_url"]

_FIX = 'each line must be one JSON object with at least "id" and "text"'
_JSON_TYPES = {dict: "an object", list: "an array", str: "a string", int: "a number",
               float: "a number", bool: "true/false", type(None): "null"}


def parse_date(value: str) -> date | None:
    """``2021-04-21``, ``2021-04-21T07:34:41+07:00``, ``21/04/2021`` -> a date."""
    value = value.strip()
    if len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return parse_date_line(value)[1]


def publisher_from_url(url: str) -> str | None:
    """``https://www.dantri.com.vn/a.htm`` -> ``dantri.com.vn``."""
    host = urlsplit(url.strip()).hostname
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def _lines(path: Path, encoding: str) -> Iterator[tuple[int, str | UnicodeDecodeError]]:
    """``(line number, text)``; a line that is not valid UTF-8 comes as the error."""
    if encoding in ("utf-8", "utf-8-sig"):
        with path.open("rb") as f:
            for n, raw in enumerate(f, 1):
                if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                try:
                    yield n, raw.decode("utf-8")
                except UnicodeDecodeError as e:
                    yield n, e
    else:                                   # UTF-16/32 with a BOM
        with path.open(encoding=encoding, newline="") as f:
            yield from enumerate(_split_lf(f), 1)


def _split_lf(stream: Iterable[str]) -> Iterator[str]:
    """Lines ending at "\\n" only: U+2028 inside a JSON string is not a line break."""
    pending = ""
    for chunk in stream:
        pending += chunk
        *complete, pending = pending.split("\n")
        yield from complete
    if pending:
        yield pending


def _optional_str(obj: dict[str, object], key: str) -> str | None:
    value = obj.get(key)
    if isinstance(value, str):
        value = " ".join(normalize_text(value).split())
        return value or None
    return None


def read(path: Path, encoding: str, on_error: Callable[[ArticleError], None]
         ) -> Iterator[tuple[Article, str]]:
    """Articles of a ``.jsonl`` file, with ``file:line`` as each one's location."""
    for n, line in _lines(path, encoding):
        where = f"{path}:{n}"
        if isinstance(line, UnicodeDecodeError):
            on_error(ArticleError(
                f"{path}:{n}: not valid UTF-8 (byte 0x{line.object[line.start]:02x}); "
                f"convert the file to UTF-8"))
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            on_error(ArticleError(f"{path}:{n}: not valid JSON ({e.msg}); {_FIX}"))
            continue
        if not isinstance(obj, dict):
            kind = _JSON_TYPES.get(type(obj), type(obj).__name__)
            on_error(ArticleError(f"{path}:{n}: {kind}, not a JSON object; {_FIX}"))
            continue
        text = obj.get("text")
        if not isinstance(text, str):
            problem = ('no "text" field' if text is None else
                       f'"text" is {_JSON_TYPES.get(type(text), type(text).__name__)}, '
                       f"not a string")
            on_error(ArticleError(f"{path}:{n}: {problem}; {_FIX}"))
            continue
        raw_id = obj.get("id")
        if raw_id is None or raw_id == "":
            article_id = f"{path.stem}-{n}"
        elif isinstance(raw_id, str | int) and not isinstance(raw_id, bool):
            article_id = str(raw_id).strip()
        else:
            on_error(ArticleError(
                f'{path}:{n}: "id" is {_JSON_TYPES.get(type(raw_id), "not a string")}; '
                f'give each article a string "id"'))
            continue
        body = normalize_text(text)
        if not body:
            on_error(ArticleError(f'{path}:{n}: empty "text" (article {article_id!r}); '
                                  f"give the article's text or remove the line"))
            continue
        title = _optional_str(obj, "title")
        author = _optional_str(obj, "author")
        url = _optional_str(obj, "url")
        given_date = _optional_str(obj, "date")
        published = parse_date(given_date) if given_date else None
        # A whole saved page pasted into "text" (date line, title, chrome) is parsed as
        # the .txt reader does; otherwise only chrome, credits and byline are removed.
        page = parse_page(body, take_title=title is None and parse_date_line(
            body.split("\n", 1)[0])[0], find_byline=author is None)
        if not page.text:
            on_error(ArticleError(f"{path}:{n}: no article text left after the title and "
                                  f"page chrome (article {article_id!r})"))
            continue
        publisher = (_optional_str(obj, "source") or (url and publisher_from_url(url))
                     or page.publisher)
        yield Article(
            id=article_id,
            text=page.text,
            title=title or page.title,
            date=published or page.date,
            url=url,
            publisher=publisher,
            author=author or page.author,
            source_path=str(path),
        ), where
