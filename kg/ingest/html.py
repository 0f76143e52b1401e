"""Reader for ``.html`` / ``.htm``: a saved news page (stdlib ``html.parser`` only).

Metadata comes from ``<meta>`` (Open Graph, ``article:*``, ``author``, schema.org
``itemprop``), ``<link rel=canonical>``, ``<h1>`` and ``<title>``. The body is the
paragraphs of ``<article>`` (else ``<main>``, else the whole page), one a line, with
scripts, navigation, headers, footers, asides, forms, figures and share/comment
widgets left out.

``html.parser`` takes quadratic time on unclosed constructs (60 kB of ``<a `` takes
45 s on Python 3.11), so :func:`sanitise` first rewrites the page in one linear pass:
comments, declarations, scripts and styles go, every tag is written again with quoted
attributes, a ``<`` that opens no tag becomes ``&lt;``, and an unclosed construct ends
the page, as it does in a browser.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html import escape, unescape
from html.parser import HTMLParser
from pathlib import Path

from kg.errors import ArticleError
from kg.ingest.jsonl import clean_url, parse_date, publisher_from_url
from kg.ingest.limits import MAX_ARTICLE_CHARS, too_long
from kg.ingest.txt import parse_page
from kg.models import Article
from kg.text.legacy import repair_mojibake
from kg.text.normalize import normalize_text

__all__ = ["read", "parse_html", "sanitise", "HtmlPage"]

log = logging.getLogger(__name__)

_DROP = frozenset(
    "script style nav header footer aside form noscript svg iframe button figure "
    "figcaption template select canvas object video audio menu dialog".split()
)
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_BLOCK = frozenset(
    "p div section article main h1 h2 h3 h4 h5 h6 li ul ol blockquote tr td th table dd dt "
    "dl pre body address center".split()
)
_HEADINGS = frozenset("h2 h3 h4 h5 h6".split())
# class/id words of page widgets that are not the article
_WIDGET = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|related|comments?|breadcrumbs?|tags?|advert\w*|"
    r"ads|banner|menu|sidebar|popup|newsletter|subscribe|print-?button)(?:$|[\s_-])",
    re.IGNORECASE,
)
_DATE_KEYS = ("article:published_time", "og:published_time", "datepublished", "pubdate",
              "publishdate", "publish-date", "dc.date.issued", "dc.date", "date",
              "sailthru.date", "parsely-pub-date")
_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "byl", "parsely-author")


@dataclass
class _Block:
    text: str
    in_article: bool
    in_main: bool
    tag: str


@dataclass
class HtmlPage:
    """What :class:`_PageParser` found in a page."""

    meta: dict[str, str] = field(default_factory=dict)
    title: str = ""
    h1: str = ""
    canonical: str = ""
    time: str = ""
    blocks: list[_Block] = field(default_factory=list)


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = HtmlPage()
        self._stack: list[tuple[str, bool]] = []     # (tag, dropped)
        self._open_tags: dict[str, int] = {}          # tag -> times on the stack
        self._skip = 0
        self._article = 0
        self._main = 0
        self._in_title = False
        self._title: list[str] = []
        self._buf: list[str] = []
        self._h1: list[str] | None = None
        self._block_tag = "div"

    # -- helpers --
    def _flush(self) -> None:
        text = " ".join("".join(self._buf).split())
        self._buf = []
        if text:
            self.page.blocks.append(_Block(text, self._article > 0, self._main > 0,
                                           self._block_tag))

    def _open(self, tag: str, dropped: bool) -> None:
        self._stack.append((tag, dropped))
        self._open_tags[tag] = self._open_tags.get(tag, 0) + 1
        if dropped:
            self._skip += 1
        elif tag == "article":
            self._article += 1
        elif tag == "main":
            self._main += 1

    def _close(self, tag: str, dropped: bool) -> None:
        if dropped:
            self._skip -= 1
        elif tag == "article":
            self._article -= 1
        elif tag == "main":
            self._main -= 1

    # -- HTMLParser --
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and "content" in a:
                self.page.meta.setdefault(key, a["content"])
            return
        if tag == "link":
            if "canonical" in a.get("rel", "").lower().split() and not self.page.canonical:
                self.page.canonical = a.get("href", "")
            return
        if tag == "time" and not self.page.time and a.get("datetime") and not self._skip:
            self.page.time = a["datetime"]
        if tag in _VOID:
            if tag == "br" and not self._skip:
                self._flush()
            return
        if tag == "title" and not self._stack_has("body"):
            self._in_title = True
            return
        if tag == "h1" and not self.page.h1:
            self._h1 = []
        widget = tag not in ("html", "body", "article", "main") and _WIDGET.search(
            " ".join((a.get("class", ""), a.get("id", ""))))
        if tag in _BLOCK and not self._skip:
            self._flush()
            self._block_tag = tag
        self._open(tag, tag in _DROP or bool(widget))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            self.handle_starttag(tag, attrs)

    def _stack_has(self, tag: str) -> bool:
        return self._open_tags.get(tag, 0) > 0      # O(1): a page may nest deeply

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self._in_title:
            self._in_title = False
            self.page.title = " ".join("".join(self._title).split())
            return
        if not self._stack_has(tag):
            return
        while self._stack:
            t, dropped = self._stack.pop()
            self._open_tags[t] -= 1
            if t == "h1" and self._h1 is not None:
                self.page.h1 = " ".join("".join(self._h1).split())
                self._h1 = None
            if (tag in _BLOCK or t in _BLOCK) and not self._skip:
                self._flush()
            self._close(t, dropped)
            if t == tag:
                break
        self._block_tag = "div"

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title.append(data)
            return
        if self._h1 is not None:
            self._h1.append(data)
        if not self._skip:
            self._buf.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def parse_html(source: str) -> HtmlPage:
    """Metadata and text blocks of an HTML page (in time linear in its length)."""
    parser = _PageParser()
    parser.feed(sanitise(source))
    parser.close()
    return parser.page


# -- sanitise: one linear pass that leaves html.parser nothing to rescan ------------------

_RAW_TEXT = frozenset("script style xmp iframe noembed noframes plaintext textarea".split())
_TAG_NAME = re.compile(r"[A-Za-z][^\s/>\x00]*")
_ATTR_NAME = re.compile(r"[^\s/>=\x00][^\s/>=\x00]*")
_UNQUOTED = re.compile(r"[^\s>]*")
_SPACE_SLASH = re.compile(r"[\s/]*")
_SPACE = re.compile(r"\s*")
_END_TAG = re.compile(r"</([A-Za-z][^\s/>\x00]*)[^>]*>")


def _raw_text_end(name: str) -> re.Pattern[str]:
    return re.compile(r"</" + re.escape(name) + r"(?=[\s/>])[^>]*>", re.IGNORECASE)


_RAW_TEXT_END = {name: _raw_text_end(name) for name in _RAW_TEXT}


def sanitise(source: str) -> str:
    """``source`` rewritten so that ``html.parser`` reads it in linear time.

    Every step moves forward: each search starts where the last one ended, and a search
    that finds nothing ends the page.
    """
    out: list[str] = []
    i, n = 0, len(source)
    while i < n:
        lt = source.find("<", i)
        if lt < 0:
            out.append(source[i:])
            break
        out.append(source[i:lt])
        i = lt
        if source.startswith("<!--", i):
            end = source.find("-->", i + 4)
            if end < 0:
                break                           # an unclosed comment runs to the end
            i = end + 3
        elif source.startswith("</", i):
            m = _END_TAG.match(source, i)
            if m:
                out.append(f"</{m.group(1).lower()}>")
                i = m.end()
            else:
                end = source.find(">", i)
                if end < 0:
                    break
                i = end + 1                     # "</ x>" and the like: a bogus comment
        elif source.startswith(("<!", "<?"), i):
            end = source.find("]]>", i) if source.startswith("<![CDATA[", i) else -1
            end = end + 2 if end >= 0 else source.find(">", i)
            if end < 0:
                break
            i = end + 1
        elif (m := _TAG_NAME.match(source, i + 1)):
            tag, i = _start_tag(source, m.end(), m.group().lower())
            if tag is None:
                break                           # an unclosed tag runs to the end
            if tag:
                name = m.group().lower()
                if name in _RAW_TEXT:
                    end_m = _RAW_TEXT_END[name].search(source, i)
                    if end_m is None:
                        break
                    i = end_m.end()             # scripts and styles say nothing
                    continue
                out.append(tag)
        else:
            out.append("&lt;")
            i += 1
    return "".join(out)


def _start_tag(source: str, i: int, name: str) -> tuple[str | None, int]:
    """The tag whose name ends at ``i``, written again, and where it ends (None: the
    tag is never closed)."""
    attrs: list[str] = []
    n = len(source)
    while True:
        i = _SPACE_SLASH.match(source, i).end()  # type: ignore[union-attr]
        if i >= n:
            return None, i
        if source[i] == ">":
            break
        m = _ATTR_NAME.match(source, i)
        if m is None:                            # a stray "=": skip it
            i += 1
            continue
        key = m.group().lower()
        i = _SPACE.match(source, m.end()).end()  # type: ignore[union-attr]
        value = ""
        if i < n and source[i] == "=":
            i = _SPACE.match(source, i + 1).end()  # type: ignore[union-attr]
            if i < n and source[i] in "\"'":
                close = source.find(source[i], i + 1)
                if close < 0:
                    return None, n
                value, i = source[i + 1:close], close + 1
            else:
                v = _UNQUOTED.match(source, i)
                value, i = v.group(), v.end()  # type: ignore[union-attr]
        if key.isascii() and key.replace("-", "").replace(":", "").replace("_", "").isalnum():
            attrs.append(f' {key}="{escape(unescape(value), quote=True)}"')
    return f"<{name}{''.join(attrs)}>", i + 1


def _body_lines(page: HtmlPage, title: str) -> list[str]:
    blocks = ([b for b in page.blocks if b.in_article] or
              [b for b in page.blocks if b.in_main] or page.blocks)
    if any(b.tag == "p" for b in blocks):
        blocks = [b for b in blocks if b.tag == "p" or b.tag in _HEADINGS]
    return [b.text for b in blocks if not (b.tag == "h1" or b.text == title)]


def _first(meta: dict[str, str], keys: tuple[str, ...]) -> str:
    for key in keys:
        value = meta.get(key, "").strip()
        if value:
            return value
    return ""


def read(path: Path, encoding: str, on_error: Callable[[ArticleError], None]
         ) -> Iterator[tuple[Article, str]]:
    """One article from a saved HTML page; its id is the file name without extension."""
    source, legacy = repair_mojibake(path.read_text(encoding=encoding))
    if legacy:
        log.info("%s: %s text read as Windows-1252; converted", path, legacy)
    page = parse_html(source)
    meta = page.meta
    site = meta.get("og:site_name", "").strip()
    title = meta.get("og:title", "").strip() or page.h1 or page.title
    if site and title.endswith(site) and title != site:
        title = title[: -len(site)].rstrip(" -|–—:")
    title = " ".join(normalize_text(title).split())
    url = clean_url(meta.get("og:url") or page.canonical or "")
    author = _first(meta, _AUTHOR_KEYS)
    if author.startswith(("http://", "https://")):
        author = ""
    author = " ".join(normalize_text(author).split())
    raw_date = _first(meta, _DATE_KEYS) or page.time
    text = normalize_text("\n".join(_body_lines(page, title)))
    if len(text) + len(title) > MAX_ARTICLE_CHARS:
        raise too_long(str(path), path.stem, len(text) + len(title))
    parsed = parse_page(text, take_title=False, find_byline=not author)
    if not parsed.text:
        raise ArticleError(f"{path}: no article text found (no <p> paragraphs in <article>, "
                           f"<main> or <body>); save the page as HTML with its text, or "
                           f"paste the text into a .txt file")
    yield Article(
        id=path.stem,
        text=parsed.text,
        title=title or None,
        date=(parse_date(raw_date) if raw_date else None) or parsed.date,
        url=url,
        publisher=(url and publisher_from_url(url)) or normalize_text(site) or parsed.publisher,
        author=author or parsed.author,
        source_path=str(path),
    ), str(path)
