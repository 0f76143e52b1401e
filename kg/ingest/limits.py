"""How large one input may be, so that reading and extraction take bounded time and memory.

A news article is a few thousand characters (the longest of the 1,956 corpus articles
has 37,000); extraction runs at about 250,000 characters a second, so the limit on
an article's text keeps any one article under about five seconds. Files are checked
against :data:`MAX_FILE_BYTES` before they are read, and a ``.jsonl`` line is never
held in memory beyond it.
"""
from __future__ import annotations

from kg.errors import ArticleError

#: characters of normalised text (title and body) an article may have
MAX_ARTICLE_CHARS = 1_000_000
#: bytes of one .txt or .html file, or of one line of a .jsonl file
MAX_FILE_BYTES = 16 * 2**20
#: characters of an article id
MAX_ID_CHARS = 512


def too_long(where: str, article_id: str, chars: int) -> ArticleError:
    return ArticleError(
        f"{where}: article {article_id[:80]!r} has {chars:,} characters of text, more than "
        f"the {MAX_ARTICLE_CHARS:,} one article may have (news articles have a few "
        f"thousand); split it into several articles")


def too_big(where: str, size: int, what: str) -> ArticleError:
    return ArticleError(
        f"{where}: {what} of {size / 2**20:.1f} MiB, more than the "
        f"{MAX_FILE_BYTES // 2**20} MiB one article may take; split it into articles "
        f"(one a file, or one a line of a .jsonl file)")
