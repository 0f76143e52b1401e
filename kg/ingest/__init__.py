"""Read articles from files and directories (CONTRACT.md §1, GUIDELINES.md §5).

::

    iter_articles(["news/", "more.jsonl"], on_error=print)  ->  Article, Article, ...

A source is a file or a directory (read recursively, in sorted order; hidden entries
are ignored). Files are read by the reader registered for their suffix in
:data:`READERS`; other files in a directory are passed to ``on_skip``. Every article's
text is normalised (:func:`kg.text.normalize.normalize_text`) and cleaned of page chrome,
photo credits and the byline (:mod:`kg.ingest.chrome`).

Errors: a source that does not exist, or a file given by name with an unsupported
suffix, raises :class:`~kg.errors.InputError` before anything is read. An unusable
file (empty, binary, not UTF-8) or article (a bad JSONL line, a duplicate id) is passed
to ``on_error`` as an :class:`~kg.errors.ArticleError`, and reading goes on.
"""
from __future__ import annotations

import codecs
import logging
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from kg.errors import ArticleError, InputError
from kg.ingest import html, jsonl, txt
from kg.models import Article

__all__ = ["iter_articles", "discover", "sniff_encoding", "READERS", "SUPPORTED_SUFFIXES",
           "Reader"]

log = logging.getLogger(__name__)

#: A reader: ``(path, encoding, on_error) -> (article, "file" or "file:line") ...``.
Reader = Callable[[Path, str, Callable[[ArticleError], None]], Iterator[tuple[Article, str]]]

#: The one registry of readers, by lower-case file suffix.
READERS: dict[str, Reader] = {
    ".txt": txt.read,
    ".jsonl": jsonl.read,
    ".html": html.read,
    ".htm": html.read,
}
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(READERS)

_HINT = "give a .txt, .jsonl or .html file or a directory"
_SNIFF_BYTES = 8192
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def _default_skip(path: Path, reason: str) -> None:
    log.info("skipped %s: %s", path, reason)


def discover(sources: Sequence[str | Path], *,
             on_skip: Callable[[Path, str], None] | None = None) -> list[Path]:
    """The files to read, in order; raise :class:`InputError` for a bad source."""
    skip = on_skip or _default_skip
    files: list[Path] = []
    for source in sources:
        path = Path(source)
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if name.startswith("."):
                        continue
                    file = Path(root, name)
                    if file.suffix.lower() in READERS:
                        files.append(file)
                    else:
                        skip(file, f"not a {', '.join(SUPPORTED_SUFFIXES)} file")
        elif path.is_file():
            if path.suffix.lower() not in READERS:
                raise InputError(f"{path}: unsupported file type {path.suffix or '(none)'!r}; "
                                 f"{_HINT}")
            files.append(path)
        elif path.exists():
            raise InputError(f"{path}: not a regular file or directory; {_HINT}")
        else:
            raise InputError(f"{path}: no such file or directory; {_HINT}")
    return files


def sniff_encoding(path: Path) -> str:
    """The codec to read ``path`` with: UTF-8 (BOM or not), or UTF-16/32 with a BOM.

    Raises :class:`ArticleError` for an empty or a binary file.
    """
    with path.open("rb") as f:
        head = f.read(_SNIFF_BYTES)
    for bom, codec in _BOMS:
        if head.startswith(bom):
            if not head[len(bom):].strip(b"\x00 \t\r\n") and path.stat().st_size <= len(head):
                raise ArticleError(f"{path}: empty file; give it an article's text")
            return codec
    if not head.strip() and path.stat().st_size <= len(head):
        raise ArticleError(f"{path}: empty file; give it an article's text")
    if b"\x00" in head:
        raise ArticleError(f"{path}: binary file (it has NUL bytes), not text; give a "
                           f"UTF-8 text file (UTF-16 needs a byte-order mark)")
    return "utf-8"


def _read_file(path: Path, on_error: Callable[[ArticleError], None]
               ) -> Iterator[tuple[Article, str]]:
    try:
        encoding = sniff_encoding(path)
        yield from READERS[path.suffix.lower()](path, encoding, on_error)
    except ArticleError as e:
        on_error(e)
    except UnicodeDecodeError as e:
        on_error(ArticleError(
            f"{path}: not valid {e.encoding.upper()} text (byte 0x{e.object[e.start]:02x} "
            f"near offset {e.start}); convert it to UTF-8"))
    except OSError as e:
        on_error(ArticleError(f"{path}: cannot be read ({e.strerror or e}); check that it "
                              f"exists and is readable"))


def iter_articles(sources: Sequence[str | Path], *,
                  on_error: Callable[[ArticleError], None],
                  on_skip: Callable[[Path, str], None] | None = None) -> Iterator[Article]:
    """Articles of ``sources`` in order, each id once.

    ``sources`` are checked now (a missing one raises :class:`InputError`); the files
    are read as the iterator is consumed. A later article with an id already seen is
    reported through ``on_error`` and skipped.
    """
    files = discover(sources, on_skip=on_skip)
    return _iterate(files, on_error)


def _iterate(files: list[Path], on_error: Callable[[ArticleError], None]) -> Iterator[Article]:
    seen: dict[str, str] = {}
    for path in files:
        for article, where in _read_file(path, on_error):
            first = seen.get(article.id)
            if first is not None:
                on_error(ArticleError(
                    f"{where}: duplicate id {article.id!r} (first at {first}); skipped, "
                    f"give each article its own id"))
                continue
            seen[article.id] = where
            yield article
