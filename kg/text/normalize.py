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
5. a tone mark typed on the wrong vowel of a syllable moves to the vowel the (new-style)
   orthography puts it on: ``Hòang`` -> ``Hoàng``, ``Đòan`` -> ``Đoàn``, ``Qúy`` ->
   ``Quý``, ``họach`` -> ``hoạch``, ``thọai`` -> ``thoại``, ``gíao`` -> ``giáo``. The
   rule is the scorer's (``_place_tone`` in the shared ``score.py``): ``qu`` and ``gi``
   (before another vowel) are onsets; the mark goes on the last vowel with a hat or a horn
   (``người``, ``chuyện``, ``cứu``), else on the last vowel of a closed syllable
   (``hoàng``, ``toàn``, ``huỳnh``), else on the middle of three vowels (``ngoài``,
   ``khuỷu``) or the first of two (``hòa``, ``thủy``, ``mùa``). Only words of Vietnamese
   letters with exactly one tone mark, a valid onset, vowel cluster and final are touched,
   letter case is kept; English words, abbreviations, ``Đắk`` and the like are left alone.
   Steps 4 and 5 are one pass of one precompiled regular expression that stops only on
   old-style pairs and on the shapes of a misplaced mark (``òa`` before a final, ``úy``
   after ``q`` ...), never on a correct syllable, so the per-word rule runs on a handful
   of words per article;
6. runs of spaces become one space, lines are stripped, three or more newlines become two.

The result is idempotent: ``normalize_text(normalize_text(s)) == normalize_text(s)``.
"""
from __future__ import annotations

import functools
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
# The pairs are found by the regex of step 5 (one pass for both steps): the second vowel
# of 'oà', 'oé', 'uỷ' ..., not after q (quý), and only where the syllable ends: no letter
# or combining mark next.

# -- 5: the tone mark on the vowel the orthography wants ---------------------------

_TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323"        # grave, acute, hook above, tilde, dot
_BASE_VOWELS = "aăâeêioôơuưy"
_HATTED = frozenset("ăâêôơư")
_VOWELS = frozenset(_BASE_VOWELS)


def _tone_tables() -> tuple[dict[str, tuple[str, str]], dict[tuple[str, str], str]]:
    """``"Ò"`` -> ``("O", "\\u0300")`` and back, for every vowel, tone and letter case."""
    split: dict[str, tuple[str, str]] = {}
    for vowel in _BASE_VOWELS + _BASE_VOWELS.upper():
        for mark in _TONE_MARKS:
            split[unicodedata.normalize("NFC", vowel + mark)] = (vowel, mark)
    return split, {v: k for k, v in split.items()}


_SPLIT_TONE, _JOIN_TONE = _tone_tables()
_TONED_VOWELS = "".join(_SPLIT_TONE)
# The Vietnamese alphabet (no f, j, w, z), both cases, with and without tone marks.
_VIET_LETTERS = frozenset(
    "abcdđeghiklmnopqrstuvxy" + "ăâêôơư" + "ABCDĐEGHIKLMNOPQRSTUVXY" + "ĂÂÊÔƠƯ"
    + _TONED_VOWELS
)
_ONSETS = frozenset((
    "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng",
    "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
))
_FINALS = frozenset(("", "c", "ch", "m", "n", "ng", "nh", "p", "t"))
# Vowel clusters (after the onsets 'qu', 'gi' are taken off) of open and closed syllables.
_SINGLE = ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")
_OPEN = frozenset(("a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y") + (
    "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oa", "oe", "oi", "ôi",
    "ơi", "ua", "uê", "ui", "uơ", "uy", "ưa", "ưi", "ưu",
    "iêu", "yêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyu",
))
_CLOSED = frozenset(_SINGLE + (
    "iê", "yê", "oa", "oă", "oe", "oo", "ôô", "uâ", "uê", "uô", "uy", "ươ", "uyê",
))


def _misplaced_candidate() -> re.Pattern[str]:
    """Where a tone mark may be on the wrong vowel; never where it is right.

    Most toned vowels stand next to another vowel (``người``, ``của``, ``quốc``), so the
    pattern only matches the shapes of a misplaced mark, one per case of the rule:
    a toned vowel before a hatted one (``tùôi``) or a toned plain vowel after a hatted one
    (``ngươì``); a toned vowel before another vowel and a final (``hòang``); the ``u`` of
    ``qu`` or the ``i`` of ``gi`` toned before a vowel (``qúy``, ``gíao``); a plain
    vowel toned at the end of a word after another vowel (``maì``, not ``quá``, ``già``);
    the first of three vowels at the end of a word (``ngòai``). Tests check it finds every
    word ``_place_tone`` would change.
    """
    toned = _TONED_VOWELS
    plain_toned = "".join(c for c, (v, _) in _SPLIT_TONE.items() if v.lower() not in _HATTED)
    hatted = "".join(sorted(_HATTED)) + "".join(sorted(_HATTED)).upper()
    vowel = _BASE_VOWELS + _BASE_VOWELS.upper() + toned
    u_toned = "".join(_JOIN_TONE[(u, m)] for u in "uU" for m in _TONE_MARKS)
    i_toned = "".join(_JOIN_TONE[(i, m)] for i in "iI" for m in _TONE_MARKS)
    # Every branch starts on the toned vowel: one character class first lets the regex
    # engine skip ahead to the next toned vowel instead of trying every branch everywhere;
    # most toned vowels then fail at once on a consonant both sides.
    after = "|".join((
        f"[{vowel}]{{0,2}}[{hatted}]",                             # tùôi
        f"[{vowel}]{{1,3}}[cmnptCMNPT]",                           # hòang
        f"[{vowel}]{{2}}(?!\\w)",                                 # ngòai
    ))
    before = "|".join((
        f"(?<=[{plain_toned}])(?:(?<=[{hatted}].)|(?<=[{hatted}][{vowel}].)"
        f"|(?<=[{hatted}][{vowel}]{{2}}.))",                       # ngươì
        f"(?<=[{u_toned}])(?<=[qQ].)[{vowel}]",                     # qúy
        f"(?<=[{i_toned}])(?<=[gG].)[{vowel}]",                     # gíao
        f"(?<=[{plain_toned}])(?<![qQ][uU].)(?<![gG][iI].)(?<=[{vowel}].)(?!\\w)",  # maì
    ))
    # Step 4 in the same pass: the second vowel of an old-style 'oà', 'oé', 'uỷ', not after
    # q, at the end of the syllable; tried before the others that look back, and never
    # matched by the ones that look ahead (no letter follows).
    old_style = (
        f"(?:(?<=[{_TONED['a'] + _TONED['a'].upper() + _TONED['e'] + _TONED['e'].upper()}])"
        f"(?<=[oO].)|(?<=[{_TONED['y'] + _TONED['y'].upper()}])(?<=[uU].))"
        f"(?<![qQ]..)(?![^\\W\\d_]|[{_COMBINING}])"
    )
    return re.compile(
        f"[{toned}](?:(?=[{vowel}])(?:{after})"
        f"|(?<=[{vowel}qQgG].)(?:(?P<old>{old_style})|{before}))"
    )


_MISPLACED_CANDIDATE = _misplaced_candidate()
_WORD_TAIL = re.compile(r"\w*")


def _place_tone(word: str) -> str:
    """``word`` with its one tone mark on the vowel the orthography puts it on.

    Words that are not a Vietnamese syllable (other letters, no or two tone marks, an
    impossible onset, vowel cluster or final) come back unchanged. Letter case is kept
    position by position: ``HÒANG`` -> ``HOÀNG``, ``Đòan`` -> ``Đoàn``.
    """
    at = -1
    mark = ""
    for i, ch in enumerate(word):
        if ch not in _VIET_LETTERS:
            return word
        toned = _SPLIT_TONE.get(ch)
        if toned is not None:
            if at >= 0:
                return word                      # two tone marks
            at, mark = i, toned[1]
    if at < 0:
        return word
    chars = list(word)
    chars[at] = _SPLIT_TONE[word[at]][0]
    base = "".join(chars).lower()
    start = 0
    while start < len(base) and base[start] not in _VOWELS:
        start += 1
    if start and (base[start - 1:start + 1] == "qu" or (
            base[start - 1:start + 1] == "gi" and start + 1 < len(base)
            and base[start + 1] in _VOWELS)):
        start += 1                               # 'qu', 'gi' are onsets
    end = start
    while end < len(base) and base[end] in _VOWELS:
        end += 1
    if start >= end or base[:start] not in _ONSETS or base[end:] not in _FINALS:
        return word
    cluster = base[start:end]
    if cluster not in (_CLOSED if end < len(base) else _OPEN):
        return word
    hatted = [i for i, c in enumerate(cluster) if c in _HATTED]
    if hatted:
        target = hatted[-1]                      # 'ươ' -> ơ; otherwise the one hatted vowel
    elif end < len(base):
        target = len(cluster) - 1                # closed syllable: the last vowel
    else:
        target = 1 if len(cluster) == 3 else 0   # open: 'ngoài' the middle, 'hòa' the first
    target += start
    if target == at:
        return word
    chars[target] = _JOIN_TONE[(chars[target], mark)]
    return "".join(chars)


def _fix_tones(s: str) -> str:
    """Steps 4 and 5 in one pass over ``s``.

    The candidate regex stops on every old-style pair (step 4: the pair is replaced) and
    on every word whose tone mark may be misplaced (step 5: the whole word goes through
    ``_place_tone``). One pass gives the same text as step 4 on the whole text and then
    step 5: a word ``_place_tone`` changes is a Vietnamese syllable, and its old-style
    pair, if any, ends up where step 4 puts it; a word it leaves alone is searched on.
    """
    m = _MISPLACED_CANDIDATE.search(s)
    if m is None:
        return s
    out: list[str] = []
    done = 0
    checked = -1                        # the end of the last word _place_tone left alone
    while m is not None:
        at = m.start()
        if m.group("old") is not None:
            out.append(s[done:at - 1])
            out.append(_TONE_PAIRS[s[at - 1:at + 1]])
            done = at + 1
            m = _MISPLACED_CANDIDATE.search(s, at + 1)
            continue
        if at < checked:                # another candidate in a word already seen
            m = _MISPLACED_CANDIDATE.search(s, at + 1)
            continue
        start = at
        while start and (s[start - 1].isalnum() or s[start - 1] == "_"):
            start -= 1
        tail = _WORD_TAIL.match(s, at)
        end = tail.end() if tail else at + 1  # the pattern matches at any position
        # a combining mark after the word could compose with a vowel that lost its tone;
        # a word running into a replaced old-style pair has a digit or '_' (no syllable)
        if start >= done and (end == len(s) or unicodedata.category(s[end])[0] != "M"):
            word = s[start:end]
            fixed = _place_tone(word)
            if fixed != word:
                out.append(s[done:start])
                out.append(fixed)
                done = end
                m = _MISPLACED_CANDIDATE.search(s, end)
                continue
        checked = end
        m = _MISPLACED_CANDIDATE.search(s, at + 1)
    if not out:
        return s
    out.append(s[done:])
    return "".join(out)


# -- 6: spaces and lines ------------------------------------------------------------

_SPACES = re.compile(r" {2,}")
_LINE_EDGES = re.compile(r" *\n *")
_BLANK_LINES = re.compile(r"\n{3,}")


def normalize_text(s: str) -> str:
    """Return ``s`` in the project's canonical form (see the module docstring)."""
    if "\r" in s:
        s = s.replace("\r\n", "\n")
    s = _ODD_CHARS.sub(_replace_odd, s)
    if not s.isascii():
        s = unicodedata.normalize("NFC", s)
        s = _fix_tones(s)
    if "  " in s:
        s = _SPACES.sub(" ", s)
    if "\n" in s:
        if " \n" in s or "\n " in s:         # the regex has no prefix to skip ahead on
            s = _LINE_EDGES.sub("\n", s)
        if "\n\n\n" in s:
            s = _BLANK_LINES.sub("\n\n", s)
    return s.strip(" \n")


_WHITESPACE = re.compile(r"\s+")


# the extractors fold the same few thousand short forms (titles, body heads) hundreds of
# thousands of times in a corpus: remembered, they cost a tenth of the extraction less
@functools.lru_cache(maxsize=1 << 16)
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
