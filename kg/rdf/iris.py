"""Minting instance IRIs under the base IRI.

The local part is the normalised key itself, readable and injective: letters and digits
(any script) stay as they are, a space becomes ``-``, anything else is percent-encoded
(so a ``-`` in the key becomes ``%2D``). Two distinct keys never give the same IRI,
and nothing in a key can break out of the IRI (no ``>``, quotes, spaces or controls).
"""
from __future__ import annotations

from rdflib import URIRef

_SAFE_PUNCT = frozenset("_~")


def slug(key: str) -> str:
    if not key:
        raise ValueError("cannot mint an IRI from an empty key")
    out: list[str] = []
    for ch in key:
        if ch == " ":
            out.append("-")
        elif (ch.isalnum() and ch.isprintable()) or ch in _SAFE_PUNCT:
            out.append(ch)
        else:
            out.extend(f"%{b:02X}" for b in ch.encode("utf-8"))
    return "".join(out)


_ID_SAFE = frozenset("-._~")


def id_slug(identifier: str) -> str:
    """Identifiers (article ids) keep their hyphens and dots: 'tq-1' stays 'tq-1'; anything
    else that is not a letter or digit is percent-encoded, so this is injective too.

    An id that is only ``.`` or ``..`` is encoded as well: as a path segment it would be
    a dot-segment, which IRI resolution removes (``article/..`` is the base itself)."""
    if not identifier:
        raise ValueError("cannot mint an IRI from an empty identifier")
    if identifier in (".", ".."):
        return "%2E" * len(identifier)
    return "".join(ch if (ch.isalnum() and ch.isprintable()) or ch in _ID_SAFE
                   else "".join(f"%{b:02X}" for b in ch.encode("utf-8")) for ch in identifier)


def unslug(s: str) -> str:
    """Inverse of :func:`slug` (used by tests and by ``kg show``)."""
    from urllib.parse import unquote

    return unquote(s.replace("-", " "))


def mint(base: str, kind: str, *keys: str) -> URIRef:
    """``mint(base, "person", "ngô văn luận")`` -> ``<base>person/ngô-văn-luận``."""
    return URIRef(base + kind + "/" + "/".join(slug(k) for k in keys))
