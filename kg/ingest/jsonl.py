"""Reader for ``.jsonl``: one article a line (CONTRACT.md §1).

``{"id", "text", "title"?, "date"?, "url"?, "source"?, "author"?}``. The file is
streamed, one line at a time, and no line is held beyond
:data:`~kg.ingest.limits.MAX_FILE_BYTES`. A bad line is reported through ``on_error``
(file, line number and the fix) and reading goes on with the next line.
"""
from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from urllib.parse import quote, urlsplit

import pyoxigraph as ox

from kg.errors import ArticleError, InputError
from kg.ingest.limits import MAX_ARTICLE_CHARS, MAX_FILE_BYTES, MAX_ID_CHARS, too_big, too_long
from kg.ingest.txt import parse_date_line, parse_page
from kg.models import Article
from kg.text.legacy import repair_mojibake
from kg.text.normalize import normalize_text

__all__ = ["read", "read_range", "parse_date", "publisher_from_url", "clean_url"]

log = logging.getLogger(__name__)

_FIX = 'each line must be one JSON object with at least "id" and "text"'
_JSON_TYPES = {dict: "an object", list: "an array", str: "a string", int: "a number",
               float: "a number", bool: "true/false", type(None): "null"}
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
# what an IRI cannot hold as is (RFC 3987): percent-encoded on the way in
_NOT_IRI = re.compile(r'[\x00-\x20<>"{}|\\^`\x7f-\x9f]|%(?![0-9A-Fa-f]{2})')


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
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def clean_url(url: str) -> str | None:
    """An article's URL as an IRI that is safe to store, or None when it is not an
    absolute http(s) URL: characters an IRI cannot hold are percent-encoded, so nothing
    in a URL can break out of ``<…>`` in any serialisation."""
    url = unicodedata.normalize("NFC", url.strip())
    if not url or len(url) > 8192:
        return None
    url = _NOT_IRI.sub(lambda m: quote(m.group(0), safe=""), url)
    try:
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            return None
        ox.NamedNode(url)           # the store's own IRI check (RFC 3987)
    except ValueError:
        return None
    return url


class _LongLine(Exception):
    """A line longer than MAX_FILE_BYTES (it was skipped, not read)."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def _lines(path: Path, encoding: str, start: int = 0, end: int | None = None,
           first_line: int = 1) -> Iterator[tuple[int, str | Exception]]:
    """``(line number, text)``; a line that cannot be decoded, or is too long, comes as
    the error. ``start``/``end`` limit the reading to the lines that begin in that byte
    range (``start`` must be where a line begins, ``first_line`` its number)."""
    if encoding.startswith(("utf-16", "utf-32")):      # with a BOM, or UTF-16 without
        if start or end is not None:
            raise ValueError(f"{path}: a {encoding} file cannot be read by byte ranges")
        with path.open(encoding=encoding, newline="") as f:
            yield from enumerate(_split_lf(f), 1)
        return
    codec = "utf-8" if encoding == "utf-8-sig" else encoding
    with path.open("rb") as f:
        f.seek(start)
        pos = start
        n = first_line - 1
        while end is None or pos < end:
            raw = f.readline(MAX_FILE_BYTES + 1)
            if not raw:
                return
            pos += len(raw)
            n += 1
            if len(raw) > MAX_FILE_BYTES:
                size = len(raw)
                while not raw.endswith(b"\n"):            # skip the rest of the line
                    raw = f.readline(2**20)
                    if not raw:
                        break
                    size += len(raw)
                    pos += len(raw)
                yield n, _LongLine(size)
                continue
            if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                yield n, raw.decode(codec)
            except UnicodeDecodeError as e:
                yield n, e


def _split_lf(stream: Iterable[str]) -> Iterator[str | Exception]:
    """Lines ending at "\\n" only: U+2028 inside a JSON string is not a line break.
    A line longer than the limit comes as an error and is not kept."""
    pending: list[str] = []
    size = 0
    skipping = False
    for chunk in stream:
        *complete, rest = chunk.split("\n")
        for piece in complete:
            if skipping:
                yield _LongLine(size * 2)
            else:
                yield "".join(pending) + piece
            pending, size, skipping = [], 0, False
        if not skipping:
            pending.append(rest)
            size += len(rest)
            if size * 2 > MAX_FILE_BYTES:       # two bytes a character in UTF-16
                pending, skipping = [], True
    if skipping:
        yield _LongLine(size * 2)
    elif "".join(pending):
        yield "".join(pending)


def _optional_str(obj: dict[str, object], key: str) -> str | None:
    value = obj.get(key)
    if isinstance(value, str):
        value = " ".join(normalize_text(value).split())
        return value or None
    return None


def read(path: Path, encoding: str, on_error: Callable[[ArticleError], None]
         ) -> Iterator[tuple[Article, str]]:
    """Articles of a ``.jsonl`` file, with ``file:line`` as each one's location."""
    return read_range(path, encoding, on_error)


def read_range(path: Path, encoding: str, on_error: Callable[[ArticleError], None],
               start: int = 0, end: int | None = None, first_line: int = 1
               ) -> Iterator[tuple[Article, str]]:
    """The articles of the lines of ``path`` that begin in the byte range [start, end)
    (``start`` is where line ``first_line`` begins); the whole file by default."""
    for n, line in _lines(path, encoding, start, end, first_line):
        where = f"{path}:{n}"
        try:
            article = _article(path, n, line)
        except ArticleError as e:
            on_error(e)
            continue
        except InputError:
            raise                   # on_error stops the reading (kg build --strict)
        except Exception as e:      # a bug must not lose the lines after this one
            on_error(ArticleError(f"{where}: could not be read ({type(e).__name__}: {e}); "
                                  "the line was skipped, please report it"))
            continue
        if article is not None:
            yield article, where


def _article(path: Path, n: int, line: str | Exception) -> Article | None:
    where = f"{path}:{n}"
    if isinstance(line, UnicodeDecodeError):
        raise ArticleError(f"{where}: not valid {line.encoding.upper()} (byte "
                           f"0x{line.object[line.start]:02x}); convert the file to UTF-8")
    if isinstance(line, _LongLine):
        raise too_big(where, line.size, "a line")
    if isinstance(line, Exception):
        raise line
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise ArticleError(f"{where}: not valid JSON ({e.msg}); {_FIX}") from None
    except RecursionError:
        raise ArticleError(f"{where}: not valid JSON (nested too deeply); {_FIX}") from None
    except ValueError as e:             # e.g. a number of more than 4,300 digits
        raise ArticleError(f"{where}: not valid JSON ({e}); {_FIX}") from None
    if not isinstance(obj, dict):
        kind = _JSON_TYPES.get(type(obj), type(obj).__name__)
        raise ArticleError(f"{where}: {kind}, not a JSON object; {_FIX}")
    for key in ("id", "text", "title", "date", "url", "source", "author"):
        value = obj.get(key)
        if isinstance(value, str) and _SURROGATE.search(value):
            raise ArticleError(
                f'{where}: "{key}" holds a lone UTF-16 surrogate escape (such as \\ud83d '
                f"without its pair), which is not a character; fix the escape or export "
                f"the file again as UTF-8")
    text = obj.get("text")
    if not isinstance(text, str):
        problem = ('no "text" field' if text is None else
                   f'"text" is {_JSON_TYPES.get(type(text), type(text).__name__)}, '
                   f"not a string")
        raise ArticleError(f"{where}: {problem}; {_FIX}")
    article_id = _article_id(obj.get("id"), path, n)
    text, legacy = repair_mojibake(text)
    if legacy:
        log.info("%s: text in %s read as Windows-1252; converted", where, legacy)
        for key in ("title", "author"):
            if isinstance(obj.get(key), str):
                obj[key] = repair_mojibake(obj[key])[0]
    body = normalize_text(text)
    if not body:
        raise ArticleError(f'{where}: empty "text" (article {article_id!r}); '
                           f"give the article's text or remove the line")
    title = _optional_str(obj, "title")
    if len(body) + len(title or "") > MAX_ARTICLE_CHARS:
        raise too_long(where, article_id, len(body) + len(title or ""))
    author = _optional_str(obj, "author")
    raw_url = _optional_str(obj, "url")
    url = clean_url(raw_url) if raw_url else None
    if raw_url and url is None:
        log.info("%s: url %r is not an absolute http(s) URL; left out", where, raw_url[:200])
    given_date = _optional_str(obj, "date")
    published = parse_date(given_date) if given_date else None
    # A whole saved page pasted into "text" (date line, title, chrome) is parsed as
    # the .txt reader does; otherwise only chrome, credits and byline are removed.
    page = parse_page(body, take_title=title is None and parse_date_line(
        body.split("\n", 1)[0])[0], find_byline=author is None)
    if not page.text:
        raise ArticleError(f"{where}: no article text left after the title and "
                           f"page chrome (article {article_id!r})")
    publisher = (_optional_str(obj, "source") or (url and publisher_from_url(url))
                 or page.publisher)
    return Article(
        id=article_id,
        text=page.text,
        title=title or page.title,
        date=published or page.date,
        url=url,
        publisher=publisher,
        author=author or page.author,
        source_path=str(path),
    )


def _article_id(raw_id: object, path: Path, n: int) -> str:
    where = f"{path}:{n}"
    if raw_id is None or raw_id == "":
        return f"{path.stem}-{n}"
    if not isinstance(raw_id, str | int) or isinstance(raw_id, bool):
        raise ArticleError(
            f'{where}: "id" is {_JSON_TYPES.get(type(raw_id), "not a string")}; '
            f'give each article a string "id"')
    article_id = unicodedata.normalize("NFC", str(raw_id).strip())
    if not article_id:
        return f"{path.stem}-{n}"
    if len(article_id) > MAX_ID_CHARS:
        raise ArticleError(f'{where}: "id" has {len(article_id):,} characters, more than '
                           f"the {MAX_ID_CHARS} an id may have; give the article a shorter id")
    if _CONTROL.search(article_id):
        raise ArticleError(f'{where}: "id" {article_id[:80]!r} holds control characters '
                           f"(line breaks, tabs, NUL); give each article a printable id")
    return article_id
