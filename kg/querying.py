"""What a SPARQL request is and what it would do, read from its tokens (SPARQL 1.1 §19).

- :func:`is_update`: an Update (INSERT, DELETE, LOAD, DROP ...) rather than a query;
- :func:`network_access`: the keyword that would make the engine reach another server:
  ``SERVICE`` (federated query, SPARQL 1.1 Federated Query §3) or ``LOAD`` (Update §3.1.4).
  Oxigraph performs both over HTTP (checked: a ``SERVICE <http://127.0.0.1:PORT/>`` query
  reaches a listener on that port); ``FROM <…>`` only names a graph of the store.

Tokens are found in one forward pass, so strings, IRIs, comments, variables and prefixed
names (``?service``, ``ex:load``, ``"SERVICE"``, ``<http://x/service>``) never count as
keywords, and a hostile text cannot make the scan slow. ``\\u`` escapes are read both as
written and decoded (§19.2 allows them anywhere), so an escaped keyword is found too.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["tokens", "keywords", "first_keyword", "is_update", "network_access",
           "strip_final_separator"]

_UPDATE_WORDS = {"insert", "delete", "load", "clear", "drop", "create", "add", "move", "copy",
                 "with"}
_NETWORK_WORDS = ("service", "load")

_IRIREF = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
_VAR = re.compile(r"[?$][^\W][\w\u00b7\u0300-\u036f\u203f\u2040]*")
_PNAME = re.compile(r"(?:[^\W\d_][\w.\-]*)?:(?:[\w.:%\-\\]|%[0-9A-Fa-f]{2})*")
_WORD = re.compile(r"[^\W\d_][\w\-]*")
_SHORT_STRING = {q: re.compile(q + r"(?:[^" + q + r"\\\n\r]|\\.)*" + q) for q in "'\""}
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def tokens(sparql: str) -> Iterator[tuple[str, str]]:
    """``(kind, text)`` of each token: ``word``, ``pname``, ``var``, ``iri``, ``string``,
    ``comment`` or ``punct``. An unclosed string or comment ends the text."""
    for kind, start, end in _scan(sparql):
        yield kind, sparql[start:end]


def _scan(sparql: str) -> Iterator[tuple[str, int, int]]:
    i, n = 0, len(sparql)
    while i < n:
        c = sparql[i]
        if c.isspace():
            i += 1
            continue
        if c == "#":
            end = sparql.find("\n", i)
            end = n if end < 0 else end
            yield "comment", i, end
            i = end
            continue
        if c in "'\"":
            if sparql.startswith(c * 3, i):
                end = _long_string_end(sparql, i + 3, c * 3)
                yield "string", i, end
                i = end
                continue
            m = _SHORT_STRING[c].match(sparql, i)
            if m is None:
                yield "string", i, n
                return
            yield "string", i, m.end()
            i = m.end()
            continue
        m = None
        if c == "<":
            m = _IRIREF.match(sparql, i)
            kind = "iri"
        elif c in "?$":
            m = _VAR.match(sparql, i)
            kind = "var"
        elif c == ":" or c.isalpha():
            m = _PNAME.match(sparql, i)
            kind = "pname"
            if m is None or ":" not in m.group():
                m = _WORD.match(sparql, i)
                kind = "word"
        if m is not None and m.end() > i:
            yield kind, i, m.end()
            i = m.end()
        else:
            yield "punct", i, i + 1
            i += 1


def _long_string_end(text: str, i: int, quote: str) -> int:
    """Where a long string opened before ``i`` ends (the text's end if it never does)."""
    while True:
        end = text.find(quote, i)
        if end < 0:
            return len(text)
        backslashes = 0
        while end - 1 - backslashes >= i and text[end - 1 - backslashes] == "\\":
            backslashes += 1
        if backslashes % 2 == 0:
            return end + 3
        i = end + 1


def _decoded(sparql: str) -> str:
    return _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16))
                       if int(m.group(1) or m.group(2), 16) <= 0x10FFFF else m.group(0), sparql)


def keywords(sparql: str) -> Iterator[str]:
    """The bare words of ``sparql``, lower-cased, in order (keywords and function names)."""
    for kind, text in tokens(sparql):
        if kind == "word":
            yield text.lower()


def first_keyword(sparql: str) -> str:
    """The first keyword after the prologue (``PREFIX p: <…>`` and ``BASE <…>``)."""
    skip = 0
    for kind, text in tokens(sparql):
        if kind == "comment":
            continue
        if skip:
            skip -= 1
            continue
        if kind == "word" and text.lower() == "prefix":
            skip = 2
            continue
        if kind == "word" and text.lower() == "base":
            skip = 1
            continue
        return text.lower() if kind == "word" else ""
    return ""


def is_update(sparql: str) -> bool:
    """True for SPARQL 1.1 Update requests (INSERT, DELETE, DROP, LOAD, ...)."""
    return first_keyword(sparql) in _UPDATE_WORDS or first_keyword(_decoded(sparql)) in \
        _UPDATE_WORDS


def network_access(sparql: str) -> str | None:
    """``"SERVICE"`` or ``"LOAD"`` if ``sparql`` would fetch from the network, else None."""
    for text in {sparql, _decoded(sparql)}:
        for word in keywords(text):
            if word in _NETWORK_WORDS:
                return word.upper()
    return None


def strip_final_separator(sparql: str) -> str:
    """``sparql`` without a final ``;`` (so that another operation can follow it)."""
    last: tuple[int, int] | None = None
    for kind, start, end in _scan(sparql):
        if kind != "comment":
            last = (start, end)
    if last is not None and sparql[last[0]:last[1]] == ";":
        return sparql[: last[0]] + sparql[last[1]:]
    return sparql
