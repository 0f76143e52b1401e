"""Text normalisation: one canonical spelling for every article and every key.

``normalize_text`` runs on every article, so it is built from precompiled tables and
regular expressions only (no underthesea). The steps, in order:

1. invisible and odd characters: zero-width marks and the BOM are dropped, every
   Unicode space other than ``\\n`` becomes a plain space, line and paragraph separators
   become ``\\n``, other control characters are dropped;
2. curly quotes become ASCII quotes (dashes are kept as written);
3. Unicode NFC;
4. tone marks of the open syllables ``oa``, ``oe``, ``uy`` move to the new placement
   (``hoà`` -> ``hòa``, ``uỷ`` -> ``ủy``) unless the syllable goes on (``hoàng``) or
   follows ``q`` (``quý``);
5. runs of spaces become one space, lines are stripped, three or more newlines become two.

The result is idempotent: ``normalize_text(normalize_text(s)) == normalize_text(s)``.
"""
from __future__ import annotations

import re
import unicodedata

__all__ = ["normalize_text", "fold", "strip_diacritics"]

# -- 1 and 2: one translation table -------------------------------------------------

_DROP = (
    "\u00ad"                      # soft hyphen
    "\u180e"                      # Mongolian vowel separator (formerly a space)
    "\u200b\u200c\u200d\u200e\u200f"  # zero-width space/joiners, LRM, RLM
    "\u202a\u202b\u202c\u202d\u202e"  # bidi embeddings
    "\u2060\u2061\u2062\u2063\u2064"  # word joiner, invisible operators
    "\u2066\u2067\u2068\u2069"        # bidi isolates
    "\ufeff"                      # BOM / zero-width no-break space
)
# Every character for which str.isspace() holds, except "\n" (tests check the list).
_TO_SPACE = (
    "\t\x1c\x1d\x1e\x1f\u00a0\u1680"
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000"
)
_TO_NEWLINE = "\x0b\x0c\r\x85\u2028\u2029"
_QUOTES = {
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',   # “ ” „ ‟
    "\u00ab": '"', "\u00bb": '"',                                 # « »
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",   # ‘ ’ ‚ ‛
}


def _translation_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for cp in [*range(0x00, 0x20), *range(0x7F, 0xA0)]:   # C0 and C1 controls
        table[cp] = None
    for ch in _DROP:
        table[ord(ch)] = None
    for ch in _TO_SPACE:
        table[ord(ch)] = " "
    for ch in _TO_NEWLINE:
        table[ord(ch)] = "\n"
    for ch, repl in _QUOTES.items():
        table[ord(ch)] = repl
    table[ord("\n")] = "\n"
    return table


_TABLE = _translation_table()
# str.translate with a dict is slow on long strings; a regex finds the few odd characters.
_REPLACEMENT = {chr(cp): (repl or "") for cp, repl in _TABLE.items() if cp != ord("\n")}
_ODD_CHARS = re.compile("[" + "".join(re.escape(ch) for ch in sorted(_REPLACEMENT)) + "]")


def _replace_odd(m: re.Match[str]) -> str:
    return _REPLACEMENT[m.group(0)]


# -- 4: tone placement ---------------------------------------------------------------

# Tone marks in the order grave, acute, hook above, tilde, dot below.
_TONED = {
    "a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ", "o": "òóỏõọ", "u": "ùúủũụ",
}


def _tone_pairs() -> dict[str, str]:
    """Map each old-style pair (``oà``, ``uý`` ...) in every letter case to the new one."""
    pairs: dict[str, str] = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for tone in range(5):
            old = first + _TONED[second][tone]
            new = _TONED[first][tone] + second
            for upper1 in (False, True):
                for upper2 in (False, True):
                    o1 = old[0].upper() if upper1 else old[0]
                    o2 = old[1].upper() if upper2 else old[1]
                    n1 = new[0].upper() if upper1 else new[0]
                    n2 = new[1].upper() if upper2 else new[1]
                    pairs[o1 + o2] = n1 + n2
    return pairs


_TONE_PAIRS = _tone_pairs()
_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
# Not after q (quý), and only where the syllable ends: no letter or combining mark next.
_TONE_RE = re.compile(
    r"(?:[oO](?<![qQ].)[" + _TONED["a"] + _TONED["a"].upper() + _TONED["e"]
    + _TONED["e"].upper() + r"]|[uU](?<![qQ].)[" + _TONED["y"] + _TONED["y"].upper() + r"])"
    r"(?![^\W\d_]|[" + _COMBINING + r"])"
)

# -- 5: spaces and lines ------------------------------------------------------------

_SPACES = re.compile(r" {2,}")
_LINE_EDGES = re.compile(r" *\n *")
_BLANK_LINES = re.compile(r"\n{3,}")


def _new_tone(m: re.Match[str]) -> str:
    return _TONE_PAIRS[m.group(0)]


def normalize_text(s: str) -> str:
    """Return ``s`` in the project's canonical form (see the module docstring)."""
    if "\r" in s:
        s = s.replace("\r\n", "\n")
    s = _ODD_CHARS.sub(_replace_odd, s)
    if not s.isascii():
        s = unicodedata.normalize("NFC", s)
        s = _TONE_RE.sub(_new_tone, s)
    if "  " in s:
        s = _SPACES.sub(" ", s)
    if "\n" in s:
        s = _LINE_EDGES.sub("\n", s)
        s = _BLANK_LINES.sub("\n\n", s)
    return s.strip(" \n")


_WHITESPACE = re.compile(r"\s+")


def fold(s: str) -> str:
    """The comparison key: normalised, lower-case, single spaces, no line breaks."""
    s = normalize_text(s).lower()
    s = _WHITESPACE.sub(" ", s).strip()
    if not s.isascii():
        s = unicodedata.normalize("NFC", s)
    return s


_DIACRITIC_TABLE = {ord("đ"): "d", ord("Đ"): "D"}


def strip_diacritics(s: str) -> str:
    """``"Đảng ủy Hòa Bình"`` -> ``"Dang uy Hoa Binh"`` (for ASCII keys and IRIs)."""
    if s.isascii():
        return s
    decomposed = unicodedata.normalize("NFD", s.translate(_DIACRITIC_TABLE))
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", kept)
