"""Mine the corpus for the forms that follow role heads and body heads.

Usage::

    python scripts/mine_gazetteers.py ../shared/corpus/articles.jsonl [-o data/mined] [--min-count 3]

Reads a JSONL file of articles (``id``, ``text``, ``title``...), normalises each text
the way the pipeline does (:func:`kg.text.normalize.normalize_text`, then the
gazetteer's abbreviation expansion :meth:`kg.extract.gazetteer.Gazetteer.expand`),
cuts it into rough sentences and counts:

``role_forms.tsv``
    role phrases: a title stem (any role of ``data/roles.tsv``, or one of
    :data:`TITLE_STEMS`, or a compound ``<word> trưởng``), optionally prefixed by
    ``Phó``/``Tổng``, plus up to :data:`MAX_ROLE_TAIL` words, written right before a body
    head or a person's name ('Phó Tổng Giám đốc', 'Chủ tịch HĐQT', 'Trưởng phòng').
    Lower-case phrases count too. Columns: ``before_body`` / ``before_name`` say what
    came next; ``in_gazetteer`` whether the whole phrase is a role of roles.tsv.
``role_followers.tsv``
    the first capitalised word or two after a role phrase when they are neither a known
    head, a place nor a person: candidates for body heads missing from the lists
    ('Ngân hàng', 'Hiệp hội').
``body_heads.tsv``
    every capitalised body head in use (heads.tsv and the probe list :data:`PROBE_HEADS`)
    and what followed it: an own name or domain, another head ('Văn phòng Bộ ...'), a
    place, or nothing. ``in_gazetteer`` says whether heads.tsv has it, ``kind`` its kind.
``body_names.tsv``
    head + the name that followed it ('Bộ | Tài nguyên và Môi trường',
    'Ban Chỉ đạo | Trung ương về phòng, chống tham nhũng'); the name stops before a place.
``domains.tsv``
    the names after the heads that take a domain (:data:`DOMAIN_HEADS`: Bộ, Sở, Ban, Cục,
    Vụ, Tổng cục, Chi cục, Phòng), with ``in_gazetteer`` = known to data/domains.tsv.

Only mined forms and counts are written, never sentences or contexts: the corpus is
real newspaper text and does not enter the project. Forms seen fewer than
``--min-count`` times are left out (one-off strings are article-specific). Rows are
sorted by count (descending) then form, so the output is deterministic. Each file
starts with a comment naming the command that made it.

The lists are for review by hand: the forms worth keeping go into data/roles.tsv,
data/heads.tsv and data/domains.tsv as general vocabulary (never person names nor
strings of one article).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from kg.extract.gazetteer import Gazetteer, load
from kg.text.normalize import fold, normalize_text

#: heads probed beside those of data/heads.tsv (the issue's list and their kin)
PROBE_HEADS = [
    "Bộ", "Sở", "Ban", "Cục", "Vụ", "Tổng cục", "Viện", "Văn phòng", "Ban Chỉ đạo",
    "Hội đồng", "Ủy ban", "Công ty", "Tổng công ty", "Tập đoàn", "Ngân hàng", "Hội",
    "Hiệp hội", "Liên minh", "Liên đoàn", "Liên hiệp", "Hợp tác xã", "Trường", "Đại học",
    "Học viện", "Bệnh viện", "Trung tâm", "Đoàn", "Chi cục", "Thanh tra", "Phòng",
    "Quỹ", "Kho bạc", "Cảng vụ", "Đài", "Báo", "Tạp chí", "Nhà xuất bản", "Thông tấn xã",
    "Bộ Tư lệnh", "Bộ Chỉ huy", "Quân khu", "Quân đoàn", "Sư đoàn", "Lữ đoàn", "Bộ đội",
    "Cảnh sát", "Đồn", "Tòa án", "Viện kiểm sát", "Kiểm toán Nhà nước", "Hải quan",
    "Cơ quan", "Khu", "Ban Quản lý", "Ban quản lý", "Tổ công tác", "Hội đồng quản trị",
    "Hội đồng thành viên", "Ban Kiểm soát", "Ban kiểm soát", "Ủy ban Bầu cử",
    "Ban Bầu cử", "Tổ bầu cử", "Hội đồng bầu cử", "Hội đồng Bầu cử Quốc gia",
    "Đoàn Kiểm tra", "Đoàn kiểm tra", "Đoàn Thanh tra", "Đoàn thanh tra",
    "Đoàn công tác", "Đoàn Thanh niên", "Trung ương Đoàn", "Hội đồng thi đua khen thưởng",
    "Hội đồng Thi đua - Khen thưởng", "Ban Thi đua - Khen thưởng", "Ban Thi đua",
]

#: heads whose own name is a domain (Bộ Tài chính, Sở Xây dựng, Ban Tổ chức)
DOMAIN_HEADS = {"Bộ", "Sở", "Ban", "Cục", "Vụ", "Tổng cục", "Chi cục", "Phòng"}

#: title stems probed beside the roles of data/roles.tsv
TITLE_STEMS = [
    "Trưởng", "Giám đốc", "Chủ tịch", "Chủ nhiệm", "Chánh", "Bí thư", "Ủy viên",
    "Thành viên", "Thư ký", "Tổng biên tập", "Tổng Biên tập", "Biên tập", "Đại sứ",
    "Lãnh sự", "Tổng Lãnh sự", "Thẩm phán", "Kiểm sát viên", "Điều tra viên",
    "Chấp hành viên", "Thanh tra viên", "Kiểm toán viên", "Tổng Kiểm toán", "Trợ lý",
    "Cố vấn", "Người phát ngôn", "Phát ngôn viên", "Thống đốc", "Tư lệnh", "Chính ủy",
    "Thủ tướng", "Đại biểu", "Kế toán trưởng", "Chỉ huy trưởng", "Chủ nhiệm HTX",
    "Chủ sự", "Hiệu trưởng", "Phụ trách", "Người đứng đầu", "Đội trưởng", "Tổ trưởng",
]
#: capitalised words before 'trưởng' that make no title ('Theo Bộ trưởng' starts at 'Bộ')
_NOT_TITLE_BEFORE_TRUONG = {"Theo", "Tân", "Nguyên", "Cựu", "Ông", "Bà", "Các", "Những", "Khi",
                            "Sau", "Trước", "Với", "Của", "Do", "Là", "Và", "Được", "Phó",
                            "Tổng"}
MAX_ROLE_TAIL = 3       # words a role phrase may take after its stem
MAX_NAME_WORDS = 14     # words of a body's own name
MAX_LOWER_RUN = 3       # lower-case words in a row inside a name (outside a 'về' topic)

_WORD = re.compile(r"[^\s,;:.()\[\]\"'/!?…]+")
_SENT_END = re.compile(r"(?<=[.!?…])\s+(?=[\"'(]?[A-ZÀ-Ỹ])|\n+")
_SYL = r"[A-ZÀ-ỸĐ][a-zà-ỹđ]*"
_SYL_RE = re.compile(_SYL + r"(?!\w)")
# level words are lower-case ('Xã hội' in 'Thương binh và Xã hội' is no commune)
_LEVEL = re.compile(r"(?:thành phố|Thành phố|tỉnh|quận|huyện|thị xã|thị trấn|xã|phường"
                    r"|Quận \d)(?!\w)")
#: lower-case words that end a name or a role phrase (verbs, prepositions, pronouns...)
_STOP = set("""được đã về tại làm giữ cho thay trao từ đến với là nhiệm khóa sinh đơn vừa sẽ
cũng kiêm theo nay trong thuộc gồm có để ông bà cùng đang mới thì các rồi nhận này khi đi dự
trên dưới ra vào lên không chưa những nhiều một hai ba bị do vì nên mà hay hoặc như sau trước
ngày tháng năm lúc đó đây họp tiếp biết nói rằng ký của và""".split())  # noqa: SIM905
#: two-word verbs whose first syllable also starts names ('tham gia' / 'Chống tham nhũng')
_STOP2 = set("""tham gia|tham dự|chủ trì|tổ chức|chỉ đạo|chỉ thị|đề nghị|đề xuất|kiểm tra|
phát biểu|phát hiện|đồng chí|đồng thời|yêu cầu|cam kết|đối với|phối hợp|giảng dạy|đảm nhận|
bổ nhiệm|quyết định|điều hành|giao nhiệm|hoan nghênh|nhấn mạnh|khẳng định|cho biết|cho rằng
""".replace("\n", "").split("|"))


def _stops(s: str, w: re.Match[str]) -> bool:
    """A lower-case stop word (or two-word verb) at ``w``."""
    tok = w.group()
    if not tok.islower():
        return False
    nxt = _WORD.match(s, w.end() + 1) if s[w.end():w.end() + 1] == " " else None
    return tok in _STOP or bool(nxt and f"{tok} {nxt.group().lower()}" in _STOP2)


_ABBREV = re.compile(r"[A-ZĐ0-9&\-]{2,}")
_GLUE = {"và", "-", "–", "&"}


def sentences(text: str) -> list[str]:
    return [s for s in _SENT_END.split(text) if s.strip()]


def _alternation(forms: list[str]) -> str:
    forms = sorted(set(forms), key=lambda f: (-len(f), f))
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)


class Miner:
    def __init__(self, gz: Gazetteer):
        self.gz = gz
        # the head as looked up: gazetteer alias -> canonical head; probe -> itself
        self.head_name: dict[str, str] = {k: e.name for k, e in gz.heads.items()}
        for h in PROBE_HEADS:
            self.head_name.setdefault(fold(h), h)
        # capitalised heads only: 'bộ', 'ban', 'vụ' in running text are no heads
        self.head_re = re.compile(r"(?<!\w)(?:" + _alternation([*gz.heads, *PROBE_HEADS])
                                  + r")(?!\w)", re.IGNORECASE)
        stems = [*gz.roles, *map(fold, TITLE_STEMS)]
        # a compound '<Word> trưởng' is written with a capital ('Chi cục trưởng',
        # 'Kế toán trưởng'), the rest of a stem in any case ('phó giám đốc')
        self.stem_re = re.compile(
            r"(?<!\w)(?:(?i:phó|tổng)\s+){0,2}(?:(?i:" + _alternation(stems) + r")"
            + rf"|(?!(?:{'|'.join(_NOT_TITLE_BEFORE_TRUONG)})\s){_SYL}(?:\s+[a-zà-ỹđ]+)?"
            + r"\s+trưởng)(?!\w)")
        self.role_forms: Counter[str] = Counter()
        self.role_next: dict[str, Counter[str]] = defaultdict(Counter)
        self.role_spell: dict[str, Counter[str]] = defaultdict(Counter)
        self.followers: Counter[str] = Counter()
        self.heads: Counter[str] = Counter()
        self.head_next: dict[str, Counter[str]] = defaultdict(Counter)
        self.names: Counter[tuple[str, str]] = Counter()

    # -- what sits at a position ---------------------------------------------------
    def head_at(self, s: str, pos: int) -> re.Match[str] | None:
        """A body head at ``pos``: capitalised, or a known head of several words written
        in lower case ('đoàn đại biểu Quốc hội'), as the extractor reads them; not the
        start of a title ('Bộ trưởng', 'Cục trưởng')."""
        m = self.head_re.match(s, pos)
        if not m:
            return None
        if m.group()[0].islower() and not (" " in m.group() and fold(m.group()) in self.gz.heads):
            return None
        role = self.gz.role_re.match(s, pos)
        if role and role.end() > m.end():
            return None
        return m

    def name_at(self, s: str, pos: int) -> bool:
        """A person's name: a family name and one to four more capitalised syllables."""
        words: list[str] = []
        for m in _SYL_RE.finditer(s, pos):
            if s[pos:m.start()].strip() or len(words) >= 5:
                break
            words.append(m.group())
            pos = m.end()
        return len(words) >= 2 and words[0] in self.gz.surnames \
            and not self.place_len(words)

    def place_len(self, words: list[str]) -> int:
        for n in range(min(len(words), self.gz.place_max_words), 0, -1):
            if self.gz.find_places(" ".join(words[:n])):
                return n
        return 0

    def place_at(self, s: str, pos: int) -> bool:
        if _LEVEL.match(s, pos):
            return True
        words = [m.group() for m in _SYL_RE.finditer(s[pos:pos + 60])]
        return bool(words) and s[pos:].startswith(words[0]) and self.place_len(words) > 0

    # -- counting ------------------------------------------------------------------
    def sentence(self, s: str) -> None:
        self._roles(s)
        self._heads(s)

    def _roles(self, s: str) -> None:
        pos = 0
        while True:
            m = self.stem_re.search(s, pos)
            if not m:
                return
            pos = m.end()
            if self.head_at(s, m.start()) and not self.gz.role_re.match(s, m.start()):
                continue   # 'Trưởng' of a head such as 'Trường'? no: a head is no role
            end, nxt = m.end(), None
            last = m.group().split()[-1]
            inner = self.head_re.match(s, m.end() - len(last))
            if last.lower() in ("ban", "đoàn", "phòng") and inner and inner.end() > m.end() \
                    and fold(inner.group()) in self.gz.heads:
                self._count(m.group(), "body")   # the extractor reads 'Trưởng Ban' here too
                continue
            for _ in range(MAX_ROLE_TAIL + 1):
                at = end + (len(s[end:]) - len(s[end:].lstrip(" ")))
                if at == end and end < len(s):
                    break   # punctuation: the phrase ends with no head or name after it
                if self.head_at(s, at):
                    nxt = "body"
                    break
                if self.name_at(s, at):
                    nxt = "name"
                    break
                w = _WORD.match(s, at)
                if not w or _stops(s, w) \
                        or self.place_at(s, at) \
                        or w.group()[0].isdigit():
                    break
                end = w.end()
            if nxt is None:
                self._follower(s, m.end())
                continue
            self._count(s[m.start():end], nxt)
            pos = end

    def _count(self, written: str, nxt: str) -> None:
        form = re.sub(r"\s+", " ", written)
        key = fold(form)
        self.role_forms[key] += 1
        self.role_next[key][nxt] += 1
        self.role_spell[key][form] += 1

    def _follower(self, s: str, end: int) -> None:
        at = end + (len(s[end:]) - len(s[end:].lstrip(" ")))
        if at == end:
            return
        words: list[str] = []
        for w in _WORD.finditer(s, at):
            if s[at:w.start()].strip() or len(words) >= 2 \
                    or not (words or w.group()[0].isupper()):
                break
            words.append(w.group())
            at = w.end()
        if words and words[0].isalpha() and not self.gz.role_re.match(words[0]) \
                and not self.place_len(words):
            self.followers[" ".join(words)] += 1

    def _heads(self, s: str) -> None:
        pos = 0
        while (m := self.head_re.search(s, pos)):
            pos = m.end()
            if not self.head_at(s, m.start()):
                pos = m.start() + 1
                continue
            head = self.head_name[fold(m.group())]
            entry = self.gz.heads.get(fold(head))
            self.heads[head] += 1
            at = m.end() + (len(s[m.end():]) - len(s[m.end():].lstrip(" ")))
            if at == m.end() or at >= len(s):
                self.head_next[head]["bare"] += 1
            elif self.head_at(s, at):
                self.head_next[head]["head"] += 1
            elif self.place_at(s, at):
                self.head_next[head]["place"] += 1
            else:
                name = self.own_name(s, at, entry is None or entry.open)
                if name:
                    self.head_next[head]["name"] += 1
                    self.names[(head, name)] += 1
                else:
                    self.head_next[head]["bare"] += 1

    def own_name(self, s: str, pos: int, open_: bool = True) -> str:
        """The name after a head: capitalised words and glue words ('và', '-', '&'), lower-case
        words after the first word ('Giao thông vận tải', 'Công ty cổ phần ...'), a comma
        before a capitalised word ('Văn hóa, Thể thao và Du lịch'), and after 'về' a topic
        in lower case with commas ('về phòng, chống tham nhũng'). It ends at a head, a
        title, a person, a place, other punctuation or a stop word; a name cut by a stop
        word or by its length keeps one lower-case syllable after its last capitalised
        one ('Quốc phòng khẳng định' -> 'Quốc phòng') unless it is a known domain. A name
        starts in lower case only after an open head or one not in heads.tsv; a name with
        no capitalised word is none."""
        taken: list[re.Match[str]] = []
        topic = clean = False
        at = pos
        while len(taken) < MAX_NAME_WORDS:
            w = _WORD.match(s, at)
            if not w:
                clean = True
                break
            tok, low = w.group(), w.group().lower()
            if taken and (self.head_at(s, w.start()) or self.gz.role_re.match(s, w.start())
                          or self.name_at(s, w.start()) or self.place_at(s, w.start())):
                clean = True
                break
            if not taken and (self.name_at(s, w.start()) or not tok[0].isalnum()):
                break
            if tok[0].isupper() or tok[0].isdigit() or (low in _GLUE and taken):
                pass
            elif low == "về" and taken:
                topic = True
            elif _stops(s, w) or not (taken or open_):
                break   # a stop word; a lower-case start only for an open head
            elif not topic and len(taken) >= MAX_LOWER_RUN and all(
                    t.group()[0].islower() for t in taken[-MAX_LOWER_RUN:]):
                break   # a long lower-case run is running text, not a name
            taken.append(w)
            gap = re.match(r"\s*,\s*|\s+", s[w.end():])
            nxt = w.end() + (gap.end() if gap else 0)
            if not gap or nxt >= len(s):
                clean = True
                break
            if "," in gap.group():
                nw = _WORD.match(s, nxt)
                if not nw:
                    clean = True
                    break
                lower_topic = topic and nw.group()[0].islower() and not _stops(s, nw)
                upper = nw.group()[0].isupper() and not (
                    self.head_at(s, nxt) or self.gz.role_re.match(s, nxt)
                    or self.name_at(s, nxt) or self.place_at(s, nxt))
                if not (lower_topic or upper):
                    clean = True
                    break
            at = nxt

        def text(ws: list[re.Match[str]]) -> str:
            return re.sub(r"\s+", " ", s[ws[0].start():ws[-1].end()]) if ws else ""

        if not clean and not topic:   # at most one lower-case syllable after the last capital
            while len(taken) >= 2 and taken[-1].group()[0].islower() \
                    and (taken[-2].group()[0].islower() or _ABBREV.fullmatch(taken[-2].group())) \
                    and fold(text(taken)) not in self.gz.domains:
                taken.pop()   # ... and none after an abbreviation ('GTVT cần')
        if not topic and "," in text(taken) and " và " not in text(taken):
            # a list ('Tây Ban Nha, Thổ Nhĩ Kỳ, ...'), not one name: keep its first item
            first = s.index(",", taken[0].start())
            taken = [t for t in taken if t.end() <= first]
        while taken and taken[-1].group().lower() in _GLUE | {"về"}:
            taken.pop()
        if not any(w.group()[0].isupper() or w.group()[0].isdigit() for w in taken):
            return ""
        return text(taken)


def _header(fh, argv: list[str], n: int, what: str, columns: list[str]) -> None:
    fh.write(f"# made by: python scripts/mine_gazetteers.py {' '.join(argv)}\n")
    fh.write(f"# {n} articles; {what}\n")
    fh.write("\t".join(columns) + "\n")


def write(out: Path, miner: Miner, argv: list[str], n: int, min_count: int) -> None:
    gz = miner.gz
    out.mkdir(parents=True, exist_ok=True)

    def rows(counter):
        return sorted(((k, c) for k, c in counter.items() if c >= min_count),
                      key=lambda kc: (-kc[1], kc[0]))

    with (out / "role_forms.tsv").open("w", encoding="utf-8") as fh:
        _header(fh, argv, n, "role phrases before a body head or a person's name "
                "(most frequent spelling)",
                ["form", "count", "before_body", "before_name", "in_gazetteer"])
        for key, c in rows(miner.role_forms):
            spell = min(miner.role_spell[key].items(), key=lambda kv: (-kv[1], kv[0]))[0]
            nxt = miner.role_next[key]
            fh.write(f"{spell}\t{c}\t{nxt['body']}\t{nxt['name']}\t"
                     f"{'yes' if key in gz.roles else 'no'}\n")
    with (out / "role_followers.tsv").open("w", encoding="utf-8") as fh:
        _header(fh, argv, n, "capitalised words after a role stem that are no known head, "
                "place or person", ["form", "count", "is_head"])
        for form, c in rows(miner.followers):
            known = "yes" if miner.head_at(form, 0) else "no"
            fh.write(f"{form}\t{c}\t{known}\n")
    with (out / "body_heads.tsv").open("w", encoding="utf-8") as fh:
        _header(fh, argv, n, "capitalised body heads (heads.tsv + probe list) and what "
                "followed them", ["head", "count", "with_name", "with_head", "with_place",
                                  "bare", "in_gazetteer", "kind"])
        for head, c in rows(miner.heads):
            nxt = miner.head_next[head]
            entry = gz.heads.get(fold(head))
            fh.write(f"{head}\t{c}\t{nxt['name']}\t{nxt['head']}\t{nxt['place']}\t"
                     f"{nxt['bare']}\t{'yes' if entry else 'no'}\t"
                     f"{entry.kind if entry else ''}\n")
    with (out / "body_names.tsv").open("w", encoding="utf-8") as fh:
        _header(fh, argv, n, "own names after a body head (a trailing place cut off)",
                ["head", "name", "count", "head_in_gazetteer", "name_is_domain"])
        named = Counter({f"{h}\t{nm}": c for (h, nm), c in miner.names.items()})
        for key, c in rows(named):
            head, name = key.split("\t")
            fh.write(f"{head}\t{name}\t{c}\t{'yes' if fold(head) in gz.heads else 'no'}\t"
                     f"{'yes' if fold(name) in gz.domains else 'no'}\n")
    with (out / "domains.tsv").open("w", encoding="utf-8") as fh:
        _header(fh, argv, n, "names after " + ", ".join(sorted(DOMAIN_HEADS))
                + " (candidate domains)", ["domain", "count", "heads", "in_gazetteer"])
        dom: Counter[str] = Counter()
        dom_heads: dict[str, set[str]] = defaultdict(set)
        for (head, name), c in miner.names.items():
            if head in DOMAIN_HEADS:
                dom[name] += c
                dom_heads[name].add(head)
        for name, c in rows(dom):
            fh.write(f"{name}\t{c}\t{'|'.join(sorted(dom_heads[name]))}\t"
                     f"{'yes' if fold(name) in gz.domains else 'no'}\n")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path, help="JSONL of articles (id, text, title...)")
    ap.add_argument("-o", "--out", type=Path,
                    default=Path(__file__).resolve().parent.parent / "data" / "mined")
    ap.add_argument("--min-count", type=int, default=3,
                    help="leave out forms seen fewer times (default 3)")
    args = ap.parse_args(argv)
    gz = load()
    miner = Miner(gz)
    n = 0
    with args.corpus.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            art = json.loads(line)
            n += 1
            for part in (art.get("title") or "", art.get("text") or ""):
                for s in sentences(gz.expand(normalize_text(part))):
                    miner.sentence(s)
    write(args.out, miner, argv, n, args.min_count)
    print(f"{n} articles -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
