"""Read articles from files and directories (CONTRACT.md §1, GUIDELINES.md §5).

::

    iter_articles(["news/", "more.jsonl"], on_error=print)  ->  Article, Article, ...

A source is a file or a directory (read recursively, in sorted order; hidden entries
are ignored). Files are read by the reader registered for their suffix in
:data:`READERS`; other files in a directory are passed to ``on_skip``. Every article's
text is normalised (:func:`kg.text.normalize.normalize_text`) and cleaned of page chrome,
photo credits and the byline (:mod:`kg.ingest.chrome`).

Encodings: UTF-8 (with or without a BOM), UTF-16/32 with a BOM, UTF-16 without one
when the text leaves no doubt, and the legacy Vietnamese encodings Windows-1258, TCVN3
(ABC) and VNI, which are detected and converted when one of them is clearly right
(:mod:`kg.text.legacy`); a TCVN3 or VNI document that was saved as Unicode the wrong
way (``B¸o c¸o``) is converted too.

Errors: a source that does not exist, or a file given by name with an unsupported
suffix, raises :class:`~kg.errors.InputError` before anything is read. An unusable
file (empty, binary, in no encoding recognised with confidence, larger than
:mod:`kg.ingest.limits` allows) or article (a bad JSONL line, a duplicate id, a text
too long) is passed to ``on_error`` as an :class:`~kg.errors.ArticleError`, and reading
goes on. ``on_error`` may stop the reading by raising :class:`~kg.errors.InputError`
(``kg build --strict``); that exception passes through unchanged.
"""
from __future__ import annotations

import codecs
import logging
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.errors import ArticleError, InputError
from kg.ingest import html, jsonl, txt
from kg.ingest.limits import MAX_FILE_BYTES, too_big
from kg.models import Article
from kg.text import legacy

__all__ = ["iter_articles", "discover", "sniff_encoding", "split", "read_part", "Part", "Ids",
           "READERS", "SUPPORTED_SUFFIXES", "Reader"]

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
_SNIFF_BYTES = 65536
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def _default_skip(path: Path, reason: str) -> None:
    log.info("skipped %s: %s", path, reason)


def shown(path: str | Path) -> str:
    """``path`` as it can be printed (a name that is not UTF-8 shows its bytes escaped)."""
    return str(path).encode("utf-8", "backslashreplace").decode("utf-8")


def discover(sources: Sequence[str | Path], *,
             on_skip: Callable[[Path, str], None] | None = None,
             on_error: Callable[[ArticleError], None] | None = None) -> list[Path]:
    """The files to read, in order; raise :class:`InputError` for a bad source.

    A sub-directory that cannot be listed is passed to ``on_error`` (without it, raised
    as :class:`InputError`); entries that are not regular files (pipes, devices, broken
    links) are skipped with a note.
    """
    skip = on_skip or _default_skip

    def unreadable(e: OSError) -> None:
        err = ArticleError(f"{shown(e.filename)}: cannot be listed ({e.strerror or e}); "
                           "check its permissions")
        if on_error is None:
            raise InputError(err.message) from e
        on_error(err)

    files: list[Path] = []
    for source in sources:
        path = Path(source)
        if path.is_dir():
            for root, dirs, names in os.walk(path, onerror=unreadable):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if name.startswith("."):
                        continue
                    file = Path(root, name)
                    if file.suffix.lower() not in READERS:
                        skip(file, f"not a {', '.join(SUPPORTED_SUFFIXES)} file")
                    elif not file.is_file():
                        skip(file, "not a regular file (a pipe, a device or a broken link)")
                    else:
                        files.append(file)
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
    """The codec to read ``path`` with (see the module docstring).

    Raises :class:`ArticleError` for an empty or a binary file, and for one in no
    encoding that can be told with confidence.
    """
    size = path.stat().st_size
    with path.open("rb") as f:
        head = f.read(_SNIFF_BYTES)
    whole = size <= len(head)
    for bom, codec in _BOMS:
        if head.startswith(bom):
            if not head[len(bom):].strip(b"\x00 \t\r\n") and whole:
                raise ArticleError(f"{path}: empty file; give it an article's text")
            return codec
    if not head.strip() and whole:
        raise ArticleError(f"{path}: empty file; give it an article's text")
    if b"\x00" in head:
        utf16 = _utf16_without_bom(head, whole)
        if utf16:
            log.info("%s: read as %s", path, legacy.LABELS[utf16])
            return utf16
        raise ArticleError(f"{path}: binary file (it has NUL bytes), not text; give a "
                           f"UTF-8 text file (UTF-16 needs a byte-order mark)")
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=whole)
        return "utf-8"
    except UnicodeDecodeError as e:
        guess = legacy.detect(head)
        if guess is not None:
            log.info("%s: read as %s and converted to Unicode", path, guess.label)
            return guess.codec
        if path.suffix.lower() == ".jsonl":
            return "utf-8"          # each line that is not UTF-8 is reported on its own
        raise ArticleError(
            f"{path}: not valid UTF-8 text (byte 0x{head[e.start]:02x} at offset {e.start}), "
            f"nor Windows-1258, TCVN3 (ABC) or VNI text recognisable with confidence; "
            f"convert it to UTF-8"
        ) from None


def _utf16_without_bom(head: bytes, whole: bool) -> str | None:
    """UTF-16 without a byte-order mark, when the text leaves no doubt."""
    sample = head[: len(head) - len(head) % 2]
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = codecs.getincrementaldecoder(codec)().decode(sample, final=whole)
        except UnicodeDecodeError:
            continue
        if not text or any(c < " " and c not in "\t\n\r\f" for c in text):
            continue
        good, total = legacy.vietnamese_score(text)
        ascii_share = sum(c.isascii() for c in text) / len(text)
        if (total >= 3 and good >= 0.8 * total) or (total == 0 and ascii_share > 0.95):
            return codec
    return None


@dataclass(frozen=True)
class Part:
    """A piece of the input that one worker reads on its own: a whole file, or the lines
    of a ``.jsonl`` file that begin in the byte range [start, end)."""

    path: Path
    start: int = 0                 # byte offset where its first line begins
    end: int | None = None         # byte offset after its last line; None: end of file
    first_line: int = 1            # the number of its first line (ids and messages use it)

    @property
    def whole(self) -> bool:
        return self.start == 0 and self.end is None


def split(files: Sequence[Path], part_bytes: int) -> list[Part]:
    """``files`` cut into parts of about ``part_bytes``: a ``.jsonl`` file larger than
    that at line boundaries, every other file whole.

    A ``.jsonl`` file is read once here, to find where its lines begin. Files that are
    not cut (UTF-16/32, a name that is not UTF-8, an unreadable file) stay whole, so
    each problem is reported once, by the reader, as :func:`read_part` reports it.
    """
    parts: list[Part] = []
    for path in files:
        parts.extend(_split_jsonl(path, part_bytes) if _cuttable(path, part_bytes)
                     else [Part(path)])
    return parts


def _cuttable(path: Path, part_bytes: int) -> bool:
    if path.suffix.lower() != ".jsonl" or shown(path) != str(path):
        return False
    try:
        if path.stat().st_size <= part_bytes:
            return False
        return not sniff_encoding(path).startswith(("utf-16", "utf-32"))
    except (OSError, ArticleError):
        return False


def _split_jsonl(path: Path, part_bytes: int) -> list[Part]:
    parts: list[Part] = []
    start, line = 0, 1             # the part being measured
    newlines = 0                   # line breaks in it so far
    pos = 0                        # file offset of the block
    with path.open("rb") as f:
        while block := f.read(2**20):
            i = 0
            while True:
                # the part ends after the first line break at least part_bytes from start
                j = block.find(b"\n", max(start + part_bytes - 1 - pos, i))
                if j < 0:
                    newlines += block.count(b"\n", i)
                    break
                newlines += block.count(b"\n", i, j + 1)
                parts.append(Part(path, start, pos + j + 1, line))
                start, line, newlines, i = pos + j + 1, line + newlines, 0, j + 1
            pos += len(block)
    if pos > start or not parts:
        parts.append(Part(path, start, None, line))
    return parts


def read_part(part: Part, on_error: Callable[[ArticleError], None]
              ) -> Iterator[tuple[Article, str]]:
    """The articles of one part, each with its location (``file`` or ``file:line``).

    Whatever cannot be read goes to ``on_error`` (see the module docstring); duplicate
    ids are not checked here (:class:`Ids` does, across parts).
    """
    path = part.path
    encoding = "utf-8"
    try:
        if shown(path) != str(path):
            raise ArticleError(f"{shown(path)}: the file name is not valid UTF-8, so it "
                               "cannot be the article's id; rename the file")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES and path.suffix.lower() != ".jsonl":
            raise too_big(str(path), size, "a file")
        encoding = sniff_encoding(path)
        if part.whole:
            yield from READERS[path.suffix.lower()](path, encoding, on_error)
        else:
            yield from jsonl.read_range(path, encoding, on_error, part.start, part.end,
                                        part.first_line)
    except ArticleError as e:
        on_error(e)
    except InputError:
        raise                       # on_error stops the reading (kg build --strict)
    except UnicodeDecodeError as e:
        name = legacy.LABELS.get(encoding, encoding.upper().replace("-SIG", ""))
        on_error(ArticleError(
            f"{path}: not valid {name} text (byte 0x{e.object[e.start]:02x} "
            f"near offset {e.start}); convert it to UTF-8"))
    except OSError as e:
        on_error(ArticleError(f"{shown(path)}: cannot be read ({e.strerror or e}); check "
                              f"that it exists and is readable"))
    except Exception as e:
        # a reader's bug must not stop a build of thousands of articles
        on_error(ArticleError(f"{shown(path)}: could not be read ({type(e).__name__}: {e}); "
                              "it was skipped, please report it"))


class Ids:
    """Article ids seen so far: the first article with an id is kept, later ones are
    reported (the same message wherever the articles were read)."""

    def __init__(self) -> None:
        self._seen: dict[str, str] = {}

    def duplicate(self, article_id: str, where: str) -> ArticleError | None:
        first = self._seen.get(article_id)
        if first is not None:
            return ArticleError(f"{where}: duplicate id {article_id!r} (first at {first}); "
                                "skipped, give each article its own id")
        self._seen[article_id] = where
        return None


def iter_articles(sources: Sequence[str | Path], *,
                  on_error: Callable[[ArticleError], None],
                  on_skip: Callable[[Path, str], None] | None = None) -> Iterator[Article]:
    """Articles of ``sources`` in order, each id once.

    ``sources`` are checked now (a missing one raises :class:`InputError`); the files
    are read as the iterator is consumed. A later article with an id already seen is
    reported through ``on_error`` and skipped.
    """
    files = discover(sources, on_skip=on_skip, on_error=on_error)
    return _iterate(files, on_error)


def _iterate(files: list[Path], on_error: Callable[[ArticleError], None]) -> Iterator[Article]:
    ids = Ids()
    for path in files:
        for article, where in read_part(Part(path), on_error):
            duplicate = ids.duplicate(article.id, where)
            if duplicate is not None:
                on_error(duplicate)
                continue
            yield article
