"""Gazetteers: the TSV files under data/, loaded once and indexed for matching.

A new title, body head or abbreviation is one line in a TSV file, not code.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from kg.resources import data_dir
from kg.text.normalize import fold, normalize_text, strip_diacritics


_OFFICE_SEPARATOR = re.compile(r"\s*(?:[-–&,]|\bvà\b)\s*")


#: how far around a full form read out another short form may start or end
_REACH = 40  # (longer than any short form as written: 25 characters)


def office_key(name: str) -> str:
    """'Kinh tế - Hạ tầng' and 'Kinh tế và Hạ tầng' compare the same."""
    return " ".join(_OFFICE_SEPARATOR.sub(" ", fold(name)).split())


def _rows(name: str) -> list[dict[str, str]]:
    path = data_dir() / name
    with path.open(encoding="utf-8") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    return [
        {k: normalize_text(v or "") for k, v in row.items()}
        for row in csv.DictReader(lines, delimiter="\t")
    ]


@dataclass(frozen=True)
class RoleEntry:
    name: str
    implied_body: str | None
    bare: bool
    head: str | None = None   # head of the body a bare title refers to ('Ban' for 'Phó ban')


@dataclass(frozen=True)
class HeadEntry:
    name: str
    kind: str  # central | committee | state | sub | named
    inside: bool = False      # may be followed by the body it belongs to
    placeless: bool = False   # takes no place from the article's context
    open: bool = False        # its own name may begin with lower-case words
    of: str | None = None     # written bare, it belongs to the last body of this head word
    group: str | None = None  # the head word bare titles look it up by ('Công ty')


@dataclass(frozen=True)
class PlaceEntry:
    name: str
    level_word: str   # "tỉnh", "thành phố", "quận", "huyện", "thị xã"
    kind: str         # "province" | "district"
    parent: str | None
    valid_until: str | None
    replaced_by: str | None

    @property
    def display(self) -> str:
        """The name used inside body names: 'Thành phố Hồ Chí Minh' reads better than bare."""
        return "Thành phố Hồ Chí Minh" if self.name == "Hồ Chí Minh" else self.name

    @property
    def full(self) -> str:
        """Name with its level word: 'tỉnh Quảng Trị', 'Quận 11', 'Thành phố Hồ Chí Minh'."""
        if self.name == "Hồ Chí Minh":
            return "Thành phố Hồ Chí Minh"
        if self.name[-1].isdigit():
            return self.name
        return f"{self.level_word} {self.name}".strip()


@lru_cache(maxsize=1 << 16)
def _syllables_off(written: str, name: str) -> int:
    """How many syllables of two spellings of one place differ in their marks."""
    a, b = fold(written).replace("-", " ").split(), fold(name).replace("-", " ").split()
    if len(a) != len(b):
        return 0  # written another way: the key matched, marks cannot be compared
    return sum(x != y for x, y in zip(a, b))


@lru_cache(maxsize=1 << 16)
def loose(s: str) -> str:
    """Key that forgives tone-mark variants of place names (Đăk/Đắk Glei)."""
    return strip_diacritics(fold(s)).replace("-", " ").replace("  ", " ")


@dataclass(frozen=True)
class Gazetteer:
    roles: dict[str, RoleEntry]              # folded alias -> entry
    role_re: re.Pattern[str]
    heads: dict[str, HeadEntry]              # folded alias -> entry
    head_re: re.Pattern[str]
    domains: dict[str, str]                  # folded alias -> canonical domain name
    domain_re: re.Pattern[str]
    places: dict[str, tuple[PlaceEntry, ...]]  # loose name -> entries
    place_max_words: int
    place_syllables: frozenset[str]            # one-word place names and aliases, folded
    place_spellings: dict[str, tuple[str, ...]]  # loose key -> the names and aliases it stands for
    surnames: frozenset[str]
    country_re: re.Pattern[str]                # a foreign state's name (data/countries.tsv)
    honorific_re: re.Pattern[str]
    abbreviation_re: re.Pattern[str]           # one alternative (group) per abbreviation
    expansions: tuple[str, ...]                 # the full form of group i + 1
    contractions: tuple[tuple[str, str], ...]   # (full, short) for the heads of body names
    #: the own names of a district People's Committee's offices (data/district_offices.tsv)
    district_offices: frozenset[str] = frozenset()
    #: names of persons that start with no family name ('Trường Chinh', data/pen_names.tsv)
    pen_name_re: re.Pattern[str] | None = None
    #: the year each of those persons died (data/pen_names.tsv)
    died: dict[str, int] = field(default_factory=dict)
    #: folded country name or alias -> the country's name as data/countries.tsv writes it
    country_names: dict[str, str] = field(default_factory=dict)
    #: folded short name a ministry goes by after 'Bộ' ('Giao thông') -> its domain's name
    ministries: dict[str, str] = field(default_factory=dict)

    def district_office(self, own_name: str) -> bool:
        """'Tài nguyên và Môi trường', 'Kinh tế - Hạ tầng': an office every district has."""
        return office_key(own_name) in self.district_offices

    def expand(self, text: str) -> str:
        # 'TP.' ends a sentence unless a place follows it ('Trường Chính trị TP. Ông Quang ...')
        # (each pattern runs only where its literal part occurs: most texts have none, and
        # a substring test is a small part of a scan with the pattern)
        if "TP." in text or "Tp." in text:
            text = _CITY_DOT.sub(lambda m: m.group(0) if self._place_at(m.group(2))
                                 else "thành phố_DOT_ ", text)
        if any(level in text for level in ("P.", "X.", "H.", "TT.")):
            text = _WARD_DOT.sub(lambda m: f"{m.group(1)} {_LOCAL_LEVEL[m.group(2)]} ", text)
            text = _GLUED_LEVEL.sub(lambda m: f"{_LOCAL_LEVEL[m.group(1)]} ", text)
            text = _SPACED_DISTRICT.sub(lambda m: "huyện " if self._place_at(m.group(1))
                                        else m.group(0), text)
        if " & " in text:  # 'NN & PTNT', 'TN & MT': a field's short form written with spaces
            text = _SPACED_AMPERSAND.sub(lambda m: f"{m.group(1)}&{m.group(2)}"
                                         if fold(f"{m.group(1)}&{m.group(2)}") in self.domains
                                         else m.group(0), text)
        if "-" in text or "–" in text:
            text = _LOPSIDED_DASH.sub(lambda m: f" {m.group().strip()} ", text)
        text = self._read_out(text)
        if "(" in text:
            text = _drop_restated(text, self)
        text = _GLUED.sub(_unglue, text)
        text = _MARKED_WORD.sub(_split_syllables, text)
        return text.replace("_DOT_", ".")

    def _read_out(self, text: str) -> str:
        """Short forms read out in full; again where a full form and the words after it make
        another ('thành ủy viên viên' gives 'Ủy viên Thành ủy viên'), so that reading a text
        twice changes nothing. Only the neighbourhood of what a pass read out is looked at
        again: a pass leaves no short form elsewhere."""
        for _ in range(3):
            spans: list[tuple[int, int]] = []
            shift = 0

            def read(m: re.Match[str]) -> str:
                nonlocal shift
                full = self._expansion(m)
                spans.append((m.start() + shift, m.start() + shift + len(full)))
                shift += len(full) - len(m.group())
                return full
            text = self.abbreviation_re.sub(read, text)
            if not any(self.abbreviation_re.search(text, max(0, a - _REACH), b + _REACH)
                       for a, b in spans):
                break
        return text

    def _expansion(self, m: re.Match[str]) -> str:
        full = self.expansions[(m.lastindex or 1) - 1]
        return full + (" " if m.group().endswith((" ", ".")) else "")

    def _place_at(self, words: str) -> bool:
        # the words up to the first punctuation: 'TP. Vinh, …' names Vinh
        parts = []
        for part in re.split(r"[,;:()]", words, maxsplit=1)[0].split():
            parts.append(part.rstrip("."))
            if part.endswith("."):
                break
        return any(self.find_places(" ".join(parts[:n])) for n in range(1, min(4, len(parts)) + 1)) \
            or parts[:1] == ["HCM"] or words.startswith("HCM")

    def country_at(self, s: str, pos: int) -> bool:
        """A foreign state is named at ``pos`` ('Mỹ', 'Cộng hòa Séc'): not a word that goes
        on in lower case ('Pháp chế', 'Mỹ thuật') nor the start of a place ('Lào Cai')."""
        m = self.country_re.match(s, pos)
        if not m:
            return False
        rest = s[m.end():m.end() + 20].split()
        if rest and rest[0][:1].islower() and " " not in m.group().strip() \
                and not m.group().strip().isupper():
            return False  # (a name of two words, 'Trung Quốc thăm …', or in capitals, 'TQ
            # đang thăm …', is no compound)
        words = s[pos:m.end()].split() + rest[:1]
        return not self.find_places(" ".join(words).strip(".,;:()"))

    def find_places(self, name: str, *, exact: bool = False) -> tuple[PlaceEntry, ...]:
        """The places ``name`` spells, forgiving a tone mark typed wrong on one syllable
        unless ``exact``."""
        found = self.places.get(loose(name), ())
        if found and " " not in name.strip() and fold(name.strip()) not in self.place_syllables:
            return ()  # one word must keep its tone marks: 'Chủ (tịch)' is not 'Chũ'
        # a tone mark may be typed wrong on one syllable ('Đăk Glei'), not on every one:
        # 'Bà Đinh (Hoài Giang)' is a woman, not 'Ba Đình'
        spellings = self.place_spellings.get(loose(name), ())
        forgiven = 0 if exact else 1
        if found and spellings and min(_syllables_off(name, f) for f in spellings) > forgiven:
            return ()
        return found

    def province_of(self, entry: PlaceEntry) -> PlaceEntry | None:
        """The province a district lies in (as the gazetteer records it)."""
        found = [e for e in self.find_places(entry.parent) if e.kind == "province"] \
            if entry.parent else []
        return found[0] if found else None


#: words run together by a page's markup ('Tập đoàn Dệt MayViệt Nam', 'trựcĐảng ủy'):
#: a lower-case letter, then a capitalised Vietnamese syllable
_LATIN = [c for c in map(chr, range(0x41, 0x1EFA))
          if c.isalpha() and unicodedata.name(c, "").startswith("LATIN")]
_LOW = re.escape("".join(c for c in _LATIN if c.islower()))
_UP = re.escape("".join(c for c in _LATIN if c.isupper()))
# (each starts a word or a run of small letters: a lookbehind saying so skips the positions
# inside one, where no match could start that did not already start before it)
_GLUED = re.compile(rf"(?<![{_LOW}])([{_LOW}]+)([{_UP}][{_LOW}]+)")


#: a bracket before more of a name
_BRACKET_ON = re.compile(rf"\s*\(\s*([^()]{{1,40}}?)\s*\)(?=\s+[{_UP}])")
#: the run of words a bracket follows: what a punctuation mark or a number ends
_RUN_BREAK = re.compile(r"[^\w\s-]|\d")
_WORD = re.compile(r"[^\W\d_]+")


def _drop_restated(text: str, gz: Gazetteer) -> str:
    """A bracket that only restates the words before it, in full or by their initials, is
    left out where the name goes on past it: 'Ủy ban Kiểm tra (UBKT) Tỉnh ủy Nam Định',
    'Sở Tài nguyên - Môi trường (TN-MT) Thanh Hóa', 'Tổng giám đốc (TGĐ) Thông tấn xã'.
    (A short form the words only begin, '… Bia Sài Gòn (Sabeco)', names something: kept.
    So is one before a person's name, which stops a title as a comma would: 'chất vấn Phó
    Thủ tướng, đại biểu (ĐB) Lê Thị An' is no deputy prime minister.)"""
    parts: list[str] = []
    kept = 0
    for m in _BRACKET_ON.finditer(text):
        if _restates(text, m, gz):
            parts.append(text[kept:m.start()])
            kept = m.end()
    return "".join(parts) + text[kept:] if parts else text


def _restates(text: str, m: re.Match[str], gz: Gazetteer) -> bool:
    gap = text[m.end():m.end() + 8]
    at = m.end() + len(gap) - len(gap.lstrip())
    after = text[at:at + 12].split()
    # (a person's name: a family name and another capitalised word, not 'Lâm nghiệp' in
    # 'Trường Đại học (ĐH) Lâm nghiệp')
    if after and after[0] in gz.surnames and not gz.head_re.match(text, at) \
            and (len(after) < 2 or after[1][:1].isupper()):
        return False
    window = text[max(0, m.start() - 120):m.start()]
    before = _WORD.findall(_RUN_BREAK.split(window)[-1])[-12:]
    said = m.group(1).split()
    if len(said) <= len(before) and fold(" ".join(before[-len(said):])) == fold(" ".join(said)):
        return True
    letters = [c for c in m.group(1) if c.isalpha()]
    return bool(re.fullmatch(r"[A-ZĐ][A-ZĐ&-]{1,9}", m.group(1))) \
        and 2 <= len(letters) <= len(before) \
        and all(fold(w)[:1] == fold(c) for w, c in zip(before[-len(letters):], letters))


def _unglue(m: re.Match[str]) -> str:
    left, right = m.group(1), m.group(2)
    marked = any(unicodedata.decomposition(c) or c in "đĐ" for c in left + right)
    return f"{left} {right}" if marked else m.group(0)  # ('VietBank' stays a brand)


#: two syllables a page ran together in lower case ('Đảng ủyviên', 'Trưởngphòng'): a word
#: with Vietnamese marks that is no syllable, but splits into two
_VOWELS = "aăâeêioôơuưyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ"
_VOWELS += _VOWELS.upper()
# (a syllable has one run of vowels: a word with two, a consonant between, may be two)
_MARKED_WORD = re.compile(rf"(?<![{_UP}{_LOW}])[{_UP}{_LOW}]*"
                          rf"[{_VOWELS}][^\W\d{_VOWELS}]+[{_VOWELS}][{_UP}{_LOW}]*")
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
                       r"[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?")
_TONES = {0x300, 0x301, 0x303, 0x309, 0x323}


def _toneless(word: str) -> str:
    return unicodedata.normalize("NFC", "".join(
        c for c in unicodedata.normalize("NFD", word.lower()) if ord(c) not in _TONES))


def _split_syllables(m: re.Match[str]) -> str:
    return _split_word(m.group())


@lru_cache(maxsize=1 << 16)  # a news vocabulary is small: each word is looked at once
def _split_word(word: str) -> str:
    if not any(unicodedata.decomposition(c) or c in "đĐ" for c in word):
        return word  # no Vietnamese mark: a brand or a foreign word ('Vinamilk')
    bare = _toneless(word)
    if _SYLLABLE.fullmatch(bare):
        return word
    # (a capital letter alone is no syllable a page glued: 'Ybă', 'Y Bhăm' are Ê Đê names)
    splits = [i for i in range(1, len(word) - 1)
              if not (i == 1 and word[0].isupper() and word[0] not in "ỞỦÝÀẢ")
              and _syllable(word[:i], bare[:i]) and _syllable(word[i:], bare[i:])]
    # a split that keeps a consonant pair whole ('với|chủ', not 'vớic|hủ'), then one whose
    # second syllable starts with a consonant, as most do ('ở|mức', not 'ởm|ức'), then
    # the longest first syllable
    splits.sort(key=lambda i: (bare[i - 1:i + 1] not in _DIGRAPHS,
                               bare[i] not in "aăâeêioôơuưy", i), reverse=True)
    return f"{word[:splits[0]]} {word[splits[0]:]}" if splits else word


_DIGRAPHS = {"ch", "gh", "kh", "ng", "nh", "ph", "th", "tr", "gi", "qu"}


def _syllable(written: str, bare: str) -> bool:
    """A Vietnamese syllable; one closed by p, t, c or ch takes only the rising or the
    heavy tone ('cà|phê', not 'càp|hê')."""
    if not _SYLLABLE.fullmatch(bare) or bare.endswith(("iê", "yê", "uô", "ươ")):
        return False  # (those vowels are always closed: 'trường|hợp', not 'trườ|nghợp')
    tones = {ord(c) for c in unicodedata.normalize("NFD", written)} & _TONES
    return not (bare.endswith(("p", "t", "c", "ch")) and tones - {0x301, 0x323})


_CITY_DOT = re.compile(r"(?<!\w)(T[Pp])\.\s*(?=((?:\S+\s*){1,3}))")
# 'UBND P.Hải Cảng', 'Công an P.5', 'UBND X.Phong Chương': a ward or commune after a body
# of its level; elsewhere 'P.' is as likely a shortened name ('Nguyễn Văn P.')
_WARD_DOT = re.compile(r"\b(UBND|HĐND|Công an|Đảng ủy|MTTQ|Ủy ban nhân dân) ([PX]|TT|H)\.\s?"
                       r"(?=[A-ZÀ-ỸĐ0-9])")
_LOCAL_LEVEL = {"P": "phường", "X": "xã", "TT": "thị trấn", "H": "huyện"}
#: a level word cut to its initials and glued to the name ('H.Thủy Nguyên', 'TT.Minh Đức',
#: 'P.Bến Nghé'; not 'TT.Huế', Thừa Thiên - Huế, nor a person's initial 'Nguyễn Văn H.')
_GLUED_LEVEL = re.compile(r"(?<![\w.])(P|X|TT|H)\.(?=[A-ZÀ-ỸĐ][a-zà-ỹđ])(?!Huế)")
#: the same with a space ('Phòng NN&PTNT H. Quảng Điền'), only before a district the
#: gazetteer knows ('Nguyễn Văn H. Ông …' is a person's initial)
_SPACED_DISTRICT = re.compile(r"(?<![\w.])H\.\s(?=((?:\S+\s*){1,3}))")
#: two short forms joined by '&' with spaces ('NN & PTNT'): a field's, if the glued form is
_SPACED_AMPERSAND = re.compile(r"\b([A-ZĐ]{1,5}) & ([A-ZĐ]{1,6})\b")
#: a dash between words with a space on one side only ('Sở TN- MT', 'Ông A- Phó Giám đốc'),
#: or none between a word and a capitalised one ('Sở Tài nguyên-Môi trường'): a dash that
#: joins two names or a name and a title, written as it is with its spaces
_LOPSIDED_DASH = re.compile(r"(?<=[^\W\d_])(?:[-–] (?=[^\W\d_])| [-–](?=[^\W\d_])"
                            r"|(?<=[^\W\d_A-ZĐ])[-–](?=[A-ZĐ][^\W\d_A-ZĐ]))")


def _alternation(forms: list[str], acronyms: frozenset[str] | set[str] = frozenset(),
                 capitalised: frozenset[str] | set[str] = frozenset()) -> str:
    """One regex alternative per form, longest first (the regex is case-insensitive). An
    acronym ('CA', 'BTV') matches only in capitals, so that 'Ca' ending a name is no 'Công
    an'; a ``capitalised`` form only with its first letter capital ('Vụ phó': 'nhiệm vụ Phó
    Trưởng ban' keeps its 'Phó')."""
    def pattern(f: str) -> str:
        if f in acronyms:
            return f"(?-i:{re.escape(f.upper())})"
        escaped = re.escape(f).replace(r"\ ", r"\s+")
        return f"(?-i:{f[:1].upper()}){escaped[1:]}" if f in capitalised else escaped
    return "|".join(pattern(f) for f in sorted(set(forms), key=len, reverse=True))


def _by_first_letters(forms: list[str], acronyms: frozenset[str] | set[str] = frozenset(),
                      capitalised: frozenset[str] | set[str] = frozenset()) -> str:
    """:func:`_alternation` for a case-insensitive regex, the forms grouped by their first
    and second letters, each group behind a lookahead for them: the engine tries at a
    word only the forms that start as it does (four times faster over the corpus for the
    heads). The matches are the same: forms that start differently never match at one
    place, and in a group the order is kept (a one-letter form last, as the shortest)."""
    groups: dict[str, dict[str, list[str]]] = {}
    for f in sorted(set(forms), key=len, reverse=True):
        groups.setdefault(f[0].lower(), {}).setdefault(f[1:2].lower(), []).append(f)

    def letter(c: str) -> str:
        return r"\s" if c == " " else re.escape(c)
    out = []
    for first, by_second in groups.items():
        inner = [f"(?=.{letter(second)})(?:{_alternation(fs, acronyms, capitalised)})"
                 for second, fs in by_second.items() if second]
        if "" in by_second:
            inner.append(_alternation(by_second[""], acronyms, capitalised))
        out.append(f"(?={letter(first)})(?:" + "|".join(inner) + ")")
    return "|".join(out)


def _first_letters(forms: Iterable[str]) -> str:
    """A lookahead for the first letters of ``forms``, in both cases."""
    firsts = {f[0] for f in forms}
    return "(?=[" + re.escape("".join(sorted(firsts | {c.upper() for c in firsts}))) + "])"


def _deputies_head_first(forms: Iterable[str]) -> set[str]:
    """Deputy titles written head first in one word ('Vụ phó', 'Cục phó'), matched only with
    a capital: 'nhiệm vụ Phó Trưởng ban', 'chức vụ phó giám đốc' hold no 'vụ phó'. A school's
    or an institute's ('hiệu phó', 'viện phó') is one word in lower case too: 'điều xuống làm
    hiệu phó Trường X'."""
    return {f for f in forms if f.endswith(" phó") and " " not in f[:-4]
            and f.lower() not in _DEPUTIES_ANY_CASE}


_DEPUTIES_ANY_CASE = {"hiệu phó", "viện phó"}


@cache
def role_spellings() -> dict[str, tuple[str, ...]]:
    """Each role's other spellings in data/roles.tsv that differ from its name by more than
    case ('Trạm trưởng': 'Trưởng trạm'; 'Phó Viện trưởng': 'Viện phó'), by its folded name:
    the role's altLabels, so the graph finds a role by the spelling an article or a user
    writes."""
    out: dict[str, tuple[str, ...]] = {}
    for row in _rows("roles.tsv"):
        seen = {fold(row["role"])}
        forms = []
        for form in filter(None, row["aliases"].split("|")):
            if fold(form) not in seen:
                seen.add(fold(form))
                forms.append(form)
        if forms:
            out[fold(row["role"])] = tuple(forms)
    return out


@cache
def load() -> Gazetteer:
    roles: dict[str, RoleEntry] = {}
    for row in _rows("roles.tsv"):
        role = RoleEntry(row["role"], row["implied_body"] or None, row["bare"] == "yes",
                         row.get("head") or None)
        for form in [row["role"], *filter(None, row["aliases"].split("|"))]:
            roles.setdefault(fold(form), role)
    heads: dict[str, HeadEntry] = {}
    acronyms: set[str] = set()  # head aliases written in capitals (CA, HĐQT): matched as such
    for row in _rows("heads.tsv"):
        head = HeadEntry(row["head"], row["kind"], row.get("inside") == "yes",
                         row.get("placeless") == "yes", row.get("open") == "yes",
                         row.get("of") or None, row.get("group") or None)
        for form in [row["head"], *filter(None, row["aliases"].split("|"))]:
            heads.setdefault(fold(form), head)
            if form.isupper():
                acronyms.add(fold(form))
    domains: dict[str, str] = {}
    ministries: dict[str, str] = {}
    for row in _rows("domains.tsv"):
        for form in [row["name"], *filter(None, (row.get("aliases") or "").split("|"))]:
            domains.setdefault(fold(form), row["name"])
        for form in filter(None, (row.get("ministry") or "").split("|")):
            ministries.setdefault(fold(form), row["name"])
    places: dict[str, list[PlaceEntry]] = {}
    for row in _rows("places.tsv"):
        entry = PlaceEntry(row["name"], row["level_word"], row["kind"], row["parent"] or None,
                           row["valid_until"] or None, row["replaced_by"] or None)
        places.setdefault(loose(entry.name), []).append(entry)
    # an alias may name another alias ('Thừa Thiên - Huế' -> 'Thừa Thiên Huế' -> 'Huế'),
    # in any order of the file
    alias_rows = _rows("place_aliases.tsv")
    alias_of = {loose(r["alias"]): loose(r["name"]) for r in alias_rows}
    place_syllables = frozenset(fold(form) for form in [
        *(r["name"] for r in _rows("places.tsv")), *(r["alias"] for r in alias_rows)]
        if " " not in form.strip())
    place_spellings: dict[str, tuple[str, ...]] = {}
    for form in [*(r["name"] for r in _rows("places.tsv")), *(r["alias"] for r in alias_rows)]:
        place_spellings[loose(form)] = (*place_spellings.get(loose(form), ()), form)
    for alias, target in alias_of.items():
        seen = {alias}
        while target not in places and target in alias_of and target not in seen:
            seen.add(target)
            target = alias_of[target]
        places.setdefault(alias, []).extend(places.get(target, []))
    # (a family name of two words, 'Rơ Mah', is found by its first: names are read word by
    # word, and 'Rơ' starts nothing else)
    surnames = frozenset(w for r in _rows("surnames.tsv") for w in {r["surname"],
                                                                 r["surname"].split()[0]})
    # each way a country is written -> the country's name
    countries = {form: r["country"] for r in _rows("countries.tsv")
                 for form in [r["country"], *filter(None, (r.get("aliases") or "").split("|"))]}
    honorifics = [r["word"] for r in _rows("honorifics.tsv")]
    alternatives: list[str] = []
    expansions: list[str] = []
    contractions = []
    abbreviations = _rows("abbreviations.tsv")
    for row in abbreviations:
        if row["short"].isalpha() and row["short"].isupper() and len(row["short"]) >= 4 \
                and " " in row["full"] and not row.get("note"):
            contractions.append((row["full"], row["short"]))
    # one branch per first letter, the rows' order kept inside it (at one position only forms
    # with that letter can match, and the first listed wins): the engine tries the few forms
    # of the letter it stands on, not every form ('tỉnh ủy viên' in lower case starts where
    # most words do)
    for first in dict.fromkeys(r["short"][0] for r in abbreviations):
        forms = []
        for row in (r for r in abbreviations if r["short"][0] == first):
            short = row["short"]
            tail = "" if short.endswith(".") else r"(?!\w)"
            forms.append(r"(" + re.escape(short).replace(r"\ ", r"\s*") + tail
                         + r"(?:\s*(?=\w)|))")
            expansions.append(row["full"])
        alternatives.append(f"(?={re.escape(first)})(?:" + "|".join(forms) + ")")
    return Gazetteer(
        roles=roles,
        # ('giữ chức vụ Trưởng phòng': the 'vụ' of 'chức vụ' starts no 'Vụ trưởng')
        # (a lookahead on the forms' first letters lets the engine pass over the other words
        # without trying every alternative: the same matches, a fifth faster; grouping them
        # by their first letters, the same matches two to four times faster again)
        role_re=re.compile(r"(?<!\w)" + _first_letters(roles) + r"(?!(?<=chức )(?-i:vụ)\s)(?:"
                           + _by_first_letters(list(roles), capitalised=_deputies_head_first(roles))
                           + r")(?!\w)", re.I),
        heads=heads,
        head_re=re.compile(r"(?<!\w)" + _first_letters(heads) + r"(?:"
                           + _by_first_letters(list(heads), acronyms) + r")(?!\w)", re.I),
        domains=domains,
        ministries=ministries,
        domain_re=re.compile(r"(?:" + _alternation(list(domains)) + r")(?!\w)", re.I),
        places={k: tuple(v) for k, v in places.items()},
        district_offices=frozenset(office_key(r["name"]) for r in _rows("district_offices.tsv")),
        # case-sensitive: a name is written capitalised ('Trường Chinh', not 'trường chinh')
        pen_name_re=re.compile(r"(?<!\w)(?:" + "|".join(
            re.escape(r["name"]) for r in _rows("pen_names.tsv")) + r")(?!\w)"),
        died={r["name"]: int(r["died"]) for r in _rows("pen_names.tsv") if r.get("died")},
        country_names={fold(form): country for form, country in countries.items()},
        place_max_words=max(len(k.split()) for k in places),
        place_syllables=place_syllables, place_spellings=place_spellings,
        surnames=surnames,
        # case-sensitive: the country is written capitalised
        country_re=re.compile(r"\s*(?:(?:nước|Cộng hòa|Vương quốc|Liên bang)\s+)?(?:"
                              + _alternation(list(countries)) + r")(?![\w-])"),
        honorific_re=re.compile(r"(?:" + _alternation(honorifics) + r")\.?\s+$", re.I),
        # the rows' order is kept: at one position the first listed form wins
        # (a lookahead on the first letters lets the engine skip the other positions fast)
        # (not inside a document's number: '40-CT/TW', '1122/QĐ-UBND' name their issuer
        # in a code, which the dates after them are read by)
        abbreviation_re=re.compile(
            "(?<![\\w/])(?<!/[A-ZĐ]-)(?<!/[A-ZĐ]{2}-)(?<!/[A-ZĐ]{3}-)"
            "(?=[" + re.escape("".join(sorted({r["short"][0] for r in abbreviations})))
            + "])(?:" + "|".join(alternatives) + ")"),
        expansions=tuple(expansions),
        # the shortest spelling of each full form ('UBND', not the typo 'UBNDN')
        contractions=tuple(sorted({full: min((sh for f, sh in contractions if f == full), key=len)
                                   for full, _ in contractions}.items())),
    )
