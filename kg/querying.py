"""What kind of SPARQL request a text is, read from its first keyword after the prologue."""
from __future__ import annotations

import re

_PROLOGUE = re.compile(
    r"""\s*(?:\#[^\n]*\n\s*|(?:PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s+<[^>]*>)\s*)*""", re.I)
_UPDATE_WORDS = {"insert", "delete", "load", "clear", "drop", "create", "add", "move", "copy",
                 "with"}


def first_keyword(sparql: str) -> str:
    rest = sparql[_PROLOGUE.match(sparql).end():]  # type: ignore[union-attr]
    m = re.match(r"[A-Za-z]+", rest)
    return m.group().lower() if m else ""


def is_update(sparql: str) -> bool:
    """True for SPARQL 1.1 Update requests (INSERT, DELETE, DROP, LOAD, ...)."""
    return first_keyword(sparql) in _UPDATE_WORDS
