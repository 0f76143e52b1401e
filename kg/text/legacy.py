"""Vietnamese text in the encodings that came before Unicode: detect it, convert it.

Old documents still arrive in three 8-bit encodings:

- **Windows-1258** (``cp1258``): Microsoft's code page; tone marks are combining
  characters after the letter (NFC composes them later).
- **TCVN3** (TCVN 5712:1993, the ``.VnTime`` fonts of the ABC keyboard): one byte for
  each precomposed lower-case letter (``0xB8`` á, ``0xAE`` đ, ``0xAD`` ư). Upper-case
  toned letters were usually typed with the ``.VnTimeH`` fonts, i.e. with the lower-case
  codes; a word in capitals whose only small letters are such codes is upper-cased again.
- **VNI** (the VNI-Windows fonts): an ASCII letter followed by a Windows-1252 character
  that draws its marks (``aù`` á, ``oâ`` ô, ``ô`` ơ, ``ö`` ư, ``ñ`` đ).

:func:`detect` decodes a sample with each of them and scores how much of the result is
made of well-formed Vietnamese syllables; it names an encoding only when one is clearly
right, so a file that is none of them is refused rather than turned into nonsense.
:func:`repair_mojibake` does the same for text that was already decoded the wrong way
(a TCVN3 or VNI document saved as Unicode shows ``B¸o c¸o`` or ``Baùo caùo``).

Importing this module registers the Python codecs ``tcvn3`` and ``vni`` (decode and
encode), so ``path.read_text(encoding="tcvn3")`` works.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

__all__ = ["Guess", "LABELS", "detect", "repair_mojibake", "vietnamese_score",
           "cp1258_encode", "tcvn3_decode", "tcvn3_encode", "vni_decode", "vni_encode"]

#: codec name -> how messages name the encoding
LABELS = {"cp1258": "Windows-1258", "tcvn3": "TCVN3 (ABC)", "vni": "VNI",
          "utf-16-le": "UTF-16LE (no byte-order mark)",
          "utf-16-be": "UTF-16BE (no byte-order mark)"}

# -- TCVN3 ------------------------------------------------------------------------------

# TCVN 5712:1993 (VN1), bytes 0x80-0xFF, as glibc's TCVN5712-1 decodes them; VN3 (the
# ABC fonts) is the same without the upper-case toned letters. 0xB0-0xB4 are combining
# tone marks.
_TCVN3_HIGH = (
    0x00C0, 0x1EA2, 0x00C3, 0x00C1, 0x1EA0, 0x1EB6, 0x1EAC, 0x00C8,  # 0x80
    0x1EBA, 0x1EBC, 0x00C9, 0x1EB8, 0x1EC6, 0x00CC, 0x1EC8, 0x0128,  # 0x88
    0x00CD, 0x1ECA, 0x00D2, 0x1ECE, 0x00D5, 0x00D3, 0x1ECC, 0x1ED8,  # 0x90
    0x1EDC, 0x1EDE, 0x1EE0, 0x1EDA, 0x1EE2, 0x00D9, 0x1EE6, 0x0168,  # 0x98
    0x00A0, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110,  # 0xA0
    0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0x1EB0,  # 0xA8
    0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00E0, 0x1EA3, 0x00E3,  # 0xB0
    0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB4,  # 0xB8
    0x1EAE, 0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7,  # 0xC0
    0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x1EC2, 0x1EBB, 0x1EBD,  # 0xC8
    0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC,  # 0xD0
    0x1EC9, 0x1EC4, 0x1EBE, 0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2,  # 0xD8
    0x1ED4, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7,  # 0xE0
    0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9,  # 0xE8
    0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF,  # 0xF0
    0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0,  # 0xF8
)
# VN1 also puts a few upper-case letters on C0 control positions
_TCVN3_LOW = {0x01: 0x00DA, 0x02: 0x1EE4, 0x04: 0x1EEA, 0x05: 0x1EEC, 0x06: 0x1EEE,
              0x11: 0x1EE8, 0x12: 0x1EF0, 0x13: 0x1EF2, 0x14: 0x1EF6, 0x15: 0x1EF8,
              0x16: 0x00DD, 0x17: 0x1EF4}
_TCVN3_DECODE = "".join(chr(_TCVN3_LOW.get(b, b)) for b in range(0x80)) + "".join(
    map(chr, _TCVN3_HIGH))
_TCVN3_ENCODE = {ch: bytes([b]) for b, ch in enumerate(_TCVN3_DECODE)}
_TCVN3_TABLE = {i: ch for i, ch in enumerate(_TCVN3_DECODE) if ord(ch) != i}

# a word in capitals typed with a .VnTimeH font: "§¶NG" -> "ĐảNG" -> "ĐẢNG"
_VNTIMEH_WORD = re.compile(r"\b(?=\w*[A-Z]\w*[A-Z])(?=\w*[^\W\d_a-zA-Z])[^\W\d_]+\b")


def _recase(m: re.Match[str]) -> str:
    word = m.group(0)
    small = [c for c in word if c.islower()]
    if small and all(not c.isascii() for c in small):
        return word.upper()
    return word


def tcvn3_decode(data: bytes) -> str:
    """TCVN3 bytes -> text (not yet NFC: the combining marks 0xB0-0xB4 stay apart)."""
    text = data.decode("latin-1").translate(_TCVN3_TABLE)
    return _VNTIMEH_WORD.sub(_recase, text)



def tcvn3_encode(text: str, errors: str = "strict") -> bytes:
    """Text -> TCVN3 bytes (for tests and round trips); unknown characters raise."""
    out = bytearray()
    for i, ch in enumerate(unicodedata.normalize("NFC", text)):
        code = _TCVN3_ENCODE.get(ch)
        if code is None:
            if errors == "strict":
                raise UnicodeEncodeError("tcvn3", text, i, i + 1, "not in TCVN3")
            code = b"?"
        out += code
    return bytes(out)


_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_CIRC, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"
_TONES = frozenset((_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT))


# -- Windows-1258 -----------------------------------------------------------------------

def cp1258_encode(text: str, errors: str = "strict") -> bytes:
    """Text -> Windows-1258 bytes: letters with their shape marks (â ă ơ) precomposed,
    tone marks as combining characters, the way Windows wrote them."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in _TONES)
        if not tones:
            out.append(ch)
            continue
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES)))
        out.append(tones)
    return "".join(out).encode("cp1258", errors=errors)


# -- VNI --------------------------------------------------------------------------------

_TONE_KEYS = {"ø": _GRAVE, "ù": _ACUTE, "û": _HOOK, "õ": _TILDE, "ï": _DOT}
_CIRC_KEYS = {"â": "", "à": _GRAVE, "á": _ACUTE, "å": _HOOK, "ã": _TILDE, "ä": _DOT}
_BREVE_KEYS = {"ê": "", "è": _GRAVE, "é": _ACUTE, "ú": _HOOK, "ü": _TILDE, "ë": _DOT}


def _vni_pairs() -> dict[str, str]:
    pairs: dict[str, str] = {}

    def add(base: str, key: str, marks: str) -> None:
        lower = unicodedata.normalize("NFC", base + marks)
        pairs[base + key] = lower
        pairs[base.upper() + key.upper()] = lower.upper()

    for vowel in "aeouy":
        for key, tone in _TONE_KEYS.items():
            add(vowel, key, tone)
    for vowel in "aeo":
        for key, tone in _CIRC_KEYS.items():
            add(vowel, key, _CIRC + tone)
    for key, tone in _BREVE_KEYS.items():
        add("a", key, _BREVE + tone)
    for horned, key0 in (("o", "ô"), ("u", "ö")):        # ô is ơ, ö is ư in VNI
        for key, tone in _TONE_KEYS.items():
            lower = unicodedata.normalize("NFC", horned + _HORN + tone)
            pairs[key0 + key] = lower
            pairs[key0.upper() + key.upper()] = lower.upper()
    return pairs


_VNI_PAIRS = _vni_pairs()
_VNI_SINGLE = {"ô": "ơ", "ö": "ư", "ñ": "đ", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ"}
_VNI_SINGLE.update({k.upper(): v.upper() for k, v in list(_VNI_SINGLE.items())})
_VNI_RE = re.compile("|".join(re.escape(k) for k in sorted(
    [*_VNI_PAIRS, *_VNI_SINGLE], key=len, reverse=True)))
_VNI_ALL = {**_VNI_SINGLE, **_VNI_PAIRS}
_VNI_BASES = frozenset("aeouyAEOUYôöÔÖ")


def _cp1252(data: bytes) -> str:
    # VNI fonts draw every byte; the five bytes cp1252 leaves undefined read as Latin-1
    return data.decode("cp1252", errors="kg-latin1")


def _latin1_fallback(e: UnicodeError) -> tuple[str, int]:
    assert isinstance(e, UnicodeDecodeError)
    return e.object[e.start:e.end].decode("latin-1"), e.end


codecs.register_error("kg-latin1", _latin1_fallback)


def vni_decode(data: bytes) -> str:
    """VNI bytes -> text."""
    return _vni_text(_cp1252(data))


def _vni_text(text: str) -> str:
    return _VNI_RE.sub(lambda m: _VNI_ALL[m.group(0)], text)


def _vni_reverse() -> dict[str, str]:
    rev: dict[str, str] = {}
    for seq, ch in sorted(_VNI_ALL.items(), key=lambda kv: len(kv[0])):
        rev.setdefault(ch, seq)
    for ch in "ìíÌÍ":
        rev[ch] = ch
    return rev


_VNI_REVERSE = _vni_reverse()


def vni_encode(text: str, errors: str = "strict") -> bytes:
    """Text -> VNI bytes (for tests and round trips)."""
    out = "".join(_VNI_REVERSE.get(ch, ch) for ch in unicodedata.normalize("NFC", text))
    return out.encode("cp1252", errors=errors)


# -- codecs -----------------------------------------------------------------------------

class _Tcvn3Codec(codecs.Codec):
    def encode(self, input: str, errors: str = "strict") -> tuple[bytes, int]:
        return tcvn3_encode(input, errors), len(input)

    def decode(self, input: Any, errors: str = "strict") -> tuple[str, int]:
        return tcvn3_decode(bytes(input)), len(input)


class _VniCodec(codecs.Codec):
    def encode(self, input: str, errors: str = "strict") -> tuple[bytes, int]:
        return vni_encode(input, errors), len(input)

    def decode(self, input: Any, errors: str = "strict") -> tuple[str, int]:
        return vni_decode(bytes(input)), len(input)


class _Tcvn3Incremental(codecs.IncrementalDecoder):
    def decode(self, input: Any, final: bool = False) -> str:
        return tcvn3_decode(bytes(input))


class _VniIncremental(codecs.IncrementalDecoder):
    """Holds back a last letter that the next byte may still mark."""

    def __init__(self, errors: str = "strict") -> None:
        super().__init__(errors)
        self._pending = ""

    def decode(self, input: Any, final: bool = False) -> str:
        text = self._pending + _cp1252(bytes(input))
        self._pending = ""
        if not final and text and text[-1] in _VNI_BASES:
            text, self._pending = text[:-1], text[-1]
        return _vni_text(text)

    def reset(self) -> None:
        self._pending = ""

    def getstate(self) -> tuple[bytes, int]:
        return self._pending.encode("cp1252", errors="replace"), 0

    def setstate(self, state: tuple[bytes, int]) -> None:
        self._pending = _cp1252(state[0])


class _Encoder(codecs.IncrementalEncoder):
    codec: codecs.Codec

    def encode(self, input: str, final: bool = False) -> bytes:
        return self.codec.encode(input, self.errors)[0]


class _Tcvn3Encoder(_Encoder):
    codec = _Tcvn3Codec()


class _VniEncoder(_Encoder):
    codec = _VniCodec()


def _search(name: str) -> codecs.CodecInfo | None:
    name = name.lower().replace("-", "_")
    if name in ("tcvn3", "tcvn_3", "abc"):
        c: Any = _Tcvn3Codec()
        return codecs.CodecInfo(c.encode, c.decode, name="tcvn3",
                                incrementaldecoder=_Tcvn3Incremental,
                                incrementalencoder=_Tcvn3Encoder)
    if name in ("vni", "vni_windows"):
        c = _VniCodec()
        return codecs.CodecInfo(c.encode, c.decode, name="vni",
                                incrementaldecoder=_VniIncremental,
                                incrementalencoder=_VniEncoder)
    return None


codecs.register(_search)


# -- is this Vietnamese? ----------------------------------------------------------------

_NUCLEI = sorted((
    "a ă â e ê i o ô ơ u ư y "
    "ai ao au ay âu ây eo êu ia iê iu oa oă oe oi oo ôi ơi ua uâ uê ui uô uơ uy ưa ưi ươ "
    "ưu ya yê iêu yêu oai oay oao oeo uây uôi uya uyê uyu ươi ươu"
).split(), key=len, reverse=True)
_SYLLABLE = re.compile(
    r"(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?"
    r"(?:" + "|".join(_NUCLEI) + r")"
    r"(?:ng|nh|ch|[cmnpt])?"
)
_EDGE = "\"'“”‘’«»()[]{}<>.,;:!?…-–—/\\|*#%&+=_~^`@$0123456789"


def _is_syllable(token: str) -> bool:
    decomposed = unicodedata.normalize("NFD", token.lower())
    tones = sum(1 for c in decomposed if c in _TONES)
    if tones > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return _SYLLABLE.fullmatch(bare) is not None


def vietnamese_score(text: str) -> tuple[int, int]:
    """``(well-formed, all)`` counts of the words of ``text`` that hold a non-ASCII
    character; ASCII words say nothing about the encoding."""
    good = total = 0
    for raw in unicodedata.normalize("NFC", text).split():
        word = raw.strip(_EDGE)
        if not word or word.isascii():
            continue
        total += 1
        if word.isalpha() and _is_syllable(word):
            good += 1
    return good, total


@dataclass(frozen=True)
class Guess:
    """An encoding that :func:`detect` is confident about."""

    codec: str
    text: str          # the sample, decoded
    good: int          # well-formed non-ASCII words
    total: int         # non-ASCII words

    @property
    def label(self) -> str:
        return LABELS.get(self.codec, self.codec)


_MIN_WORDS = 3       # fewer non-ASCII words than this decide nothing
_MIN_SHARE = 0.8     # share of well-formed words the winner needs
_MARGIN = 0.25       # lead over the runner-up


def _decoders() -> dict[str, object]:
    return {"cp1258": lambda b: b.decode("cp1258"), "tcvn3": tcvn3_decode,
            "vni": vni_decode}


def _pick(candidates: list[Guess]) -> Guess | None:
    ranked = sorted(candidates, key=lambda g: g.good / g.total if g.total else 0.0,
                    reverse=True)
    if not ranked or ranked[0].total < _MIN_WORDS:
        return None
    best = ranked[0]
    share = best.good / best.total
    runner = (ranked[1].good / ranked[1].total if len(ranked) > 1 and ranked[1].total
              else 0.0)
    if share >= _MIN_SHARE and share - runner >= _MARGIN:
        return best
    return None


def detect(data: bytes, codecs_to_try: tuple[str, ...] = ("cp1258", "tcvn3", "vni")
           ) -> Guess | None:
    """The legacy encoding of ``data`` (a sample that is not UTF-8), or None when no
    encoding is clearly right."""
    candidates: list[Guess] = []
    decoders = _decoders()
    for name in codecs_to_try:
        try:
            text = decoders[name](data)  # type: ignore[operator]
        except UnicodeDecodeError:
            continue
        good, total = vietnamese_score(text)
        candidates.append(Guess(name, text, good, total))
    return _pick(candidates)


# Letters only Vietnamese uses (â ê ô are also French, so Latin-1 has them)
_VIETNAMESE_ONLY = re.compile("[ăđĩũơưĂĐĨŨƠƯ\u1ea0-\u1ef9]")
_SAMPLE = 65536


def _cp1252_byte(ch: str) -> int | None:
    try:
        return ch.encode("cp1252")[0]
    except UnicodeEncodeError:
        return ord(ch) if ord(ch) < 256 else None


_BYTE_OF = {ch: b for ch in map(chr, range(0x2200)) if (b := _cp1252_byte(ch)) is not None}
_RUNS = re.compile("[" + re.escape("".join(_BYTE_OF)) + "]+")


def repair_mojibake(text: str) -> tuple[str, str | None]:
    """``text`` with a TCVN3 or VNI document that was read as Windows-1252 turned back
    into Vietnamese, and the encoding found (None: ``text`` is returned unchanged).

    Text that already reads as Vietnamese is left alone, and so is text whose
    re-reading is not clearly better.
    """
    sample = text[:_SAMPLE]
    if _VIETNAMESE_ONLY.search(sample):
        return text, None
    good, total = vietnamese_score(sample)
    if total < _MIN_WORDS or good / total >= 0.5:
        return text, None
    raw = bytes(_BYTE_OF.get(ch, 0x3F) for ch in sample)
    guess = detect(raw, ("tcvn3", "vni"))
    if guess is None:
        return text, None
    decode = tcvn3_decode if guess.codec == "tcvn3" else vni_decode
    # characters Windows-1252 cannot hold were not part of the document's encoding
    repaired = _RUNS.sub(lambda m: decode(bytes(_BYTE_OF[c] for c in m.group(0))), text)
    return repaired, guess.codec
