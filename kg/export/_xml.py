"""Writing XML text by hand, safely: the GEXF and GraphML writers stream with these.

XML 1.0 (§2.2 Char) forbids most C0 control characters even as character references, so
a ``\\x0b`` copied from a web page makes a whole file unreadable; :func:`clean` drops
them. :func:`attr` escapes an attribute value so that parsers read back exactly the
text (line breaks and tabs as character references, which attribute-value normalisation
§3.3.3 would otherwise turn into spaces).
"""
from __future__ import annotations

import io
import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO

# XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile(r"\s+")
_ATTR = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
         "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
_ATTR_RE = re.compile('[&<>"\n\r\t]')
_TEXT = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_TEXT_RE = re.compile("[&<>]")


def clean(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot carry."""
    return _ILLEGAL.sub("", text)


def token(text: str) -> str:
    """``text`` as an xs:token: cleaned, whitespace runs collapsed, no spaces at the ends."""
    return _SPACES.sub(" ", clean(text)).strip()


def attr(text: str) -> str:
    """``text`` escaped for a double-quoted attribute value."""
    return _ATTR_RE.sub(lambda m: _ATTR[m.group()], clean(text))


def text(value: str) -> str:
    """``value`` escaped as element content."""
    return _TEXT_RE.sub(lambda m: _TEXT[m.group()], clean(value))


def number(value: float) -> str:
    """A float without a needless ``.0`` (``2`` not ``2.0``), never ``nan``/``inf``."""
    if not math.isfinite(value):
        raise ValueError(f"{value} cannot be written as an XML number")
    return str(int(value)) if float(value).is_integer() else repr(float(value))


@contextmanager
def text_writer(stream: BinaryIO) -> Iterator[io.TextIOWrapper]:
    """A UTF-8 text layer over ``stream`` with a large buffer; the stream stays open."""
    out = io.TextIOWrapper(stream, encoding="utf-8", newline="\n", write_through=False)
    try:
        yield out
        out.flush()
    finally:
        out.detach()
