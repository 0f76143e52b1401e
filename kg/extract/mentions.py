"""Mentions in one sentence: titles (role + body phrase), places and person names.

Works on a sentence whose abbreviations are already expanded (Gazetteer.expand).
Returns spans; deciding who holds what is positions.py's job.
"""
from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass, field

from kg.extract.gazetteer import Gazetteer, HeadEntry, PlaceEntry, RoleEntry
from kg.text.normalize import fold
from kg.text.segment import compound_words

UPPER = "".join(ch for ch in map(chr, range(0x41, 0x1EFA)) if ch.isupper() and ch.isalpha())
LOWER = "".join(ch for ch in map(chr, range(0x61, 0x1EFB)) if ch.islower() and ch.isalpha())
# ('Đắk R'Lấp': an apostrophe between letters is inside the word, not a quote)
_CAP_WORD = re.compile(rf"[{UPPER}](?:[^\s,;:.()\[\]\"'“”/]|'(?=\w))*")
_LEVEL = re.compile(r"(thành phố|tỉnh|quận|huyện|thị xã|thị trấn|xã|phường)(?!\w)\s*", re.I)
# communes and wards are not in the place data: they count only with their name written
_NAMED_ONLY_LEVELS = {"xã", "phường", "thị trấn"}
_LOWER_TAIL = re.compile(rf" ([{LOWER}]+)(?: ([{LOWER}]+))?(?!\w)")
_COMMITTEE_BEFORE = re.compile(r"(?:Tỉnh|Thành) ủy\s*$")
_COUNCIL_BEFORE = re.compile(r"(?:ủy|UBND|HĐND)\s*$", re.I)  # ('Huyện ủy Đăk Glei')
_NUMBERED = re.compile(r"(quận|Quận)\s+(\d{1,2})(?!\d)")
_NUMBERED_WARD = re.compile(r"[Pp]hường\s+(\d{1,2})(?![\d/.,]\d)")
_SKIP_BEFORE_PLACE = re.compile(
    r"(?:khóa\s+[IVXLC]+\s*|nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}\s*|đơn vị\s+"
    # 'Ban An toàn giao thông (ATGT) TP.HCM': a short form in brackets before the place
    # (the short form is expanded by then: '(An toàn giao thông)')
    r"|\([^()]{1,40}\)\s*(?=(?:tỉnh|thành phố|huyện|quận|thị xã)\s))+",
    re.I)
_SPACE = re.compile(r"\s*")
#: a short form in brackets after a body's name, then the place it is of: 'Trung tâm Kiểm
#: soát bệnh tật (CDC) Hà Nội', 'Sở Thông tin và Truyền thông (TT&TT) Hà Nội'
_SHORT_ASIDE = re.compile(r"\(\s*(?=[^\s)]*[A-ZĐ][^\s)]*[A-ZĐ])[A-ZĐ][\w&-]{1,11}\s*\)"
                          r"\s+(?=[A-ZĐ])")
# words that may sit between the capitalised words of a body's own name
_NAME_GLUE = {"và", "các", "-", "–", "&", "số", "về", "nhà", "nước", "quốc", "gia", "của"}
# capitalised words that start sentences and never belong to a person's name
NOT_NAME = {"Ngày", "Sáng", "Chiều", "Tối", "Trưa", "Theo", "Trước", "Sau", "Tại", "Trong", "Ảnh",
            "Ông", "Bà", "Cùng", "Hôm", "Đây", "Với", "Các", "Những", "Tháng", "Thứ",
            "Khi", "Từ", "Đến", "Về", "Được", "Đã", "Là", "Và", "Còn", "Nhưng", "Do", "Vì",
            "Nguồn", "Video", "Clip", "Làm", "Có", "Đề", "Tuy", "Nếu", "Bởi", "Cũng", "Qua",
            "Đúng"}
_NOT_PLACE = {"Ảnh", "Theo", "Ông", "Bà", "Trong", "Tại", "Sau", "Cụ", "Đồng", "Được", "Hiện",
              "Chiều", "Sáng", "Ngày", "Trước", "Các", "Những", "Đây", "Phát", "Dự", "Về"}
#: capitalised words that open a sentence, never a word of a body's name
_SENTENCE_OPENERS = {"Trước", "Sau", "Theo", "Tại", "Trong", "Ảnh", "Khi", "Từ", "Đến", "Được",
                     "Đã", "Là", "Còn", "Nhưng", "Vì", "Nguồn", "Video", "Clip", "Tuy", "Nếu",
                     "Bởi", "Cũng", "Qua", "Hôm", "Ông", "Bà", "Như", "Tuy nhiên", "Hiện nay",
                     "Lãnh"}  # ('… Toàn Cầu Lãnh đạo UBND TP …': 'Lãnh đạo' opens a sentence)
_FESTIVAL = re.compile(r"[Hh]ội\s+(?:xuân|làng|chùa|đền|đình|hoa|Lim\b|Gióng\b)")
_DAY_OPENERS = {"Sáng", "Chiều", "Tối", "Trưa", "Đêm", "Ngày", "Hôm"}
_STOP_WORDS = {"tỉnh", "thành", "quận", "huyện", "thị", "khóa", "nhiệm", "đơn"}


@dataclass(frozen=True)
class PlaceRef:
    level: str | None             # level word as written, folded ("tỉnh", "thành phố"...)
    entry: PlaceEntry | None      # resolved place, or None for a bare level word
    written: str = ""             # unknown place name written after a level word


@dataclass(frozen=True)
class BodyRef:
    head: HeadEntry
    name: str = ""                        # own name of a 'named' body (Xây dựng, Chính trị)
    place: PlaceRef | None = None
    parent: BodyRef | None = None
    written: str = ""
    of_institution: str = ""              # 'Phòng X của trường': the institution's head word


@dataclass(frozen=True)
class TitleMention:
    role: RoleEntry
    body: BodyRef | None
    start: int
    end: int
    modifier: str = ""                    # "nguyên", "cựu", "tân"... folded


@dataclass(frozen=True)
class NameMention:
    name: str
    start: int
    end: int
    short: bool = False                   # a given name only ('ông Dũng')


@dataclass
class SentenceMentions:
    text: str
    titles: list[TitleMention] = field(default_factory=list)
    names: list[NameMention] = field(default_factory=list)
    bodies: list[tuple[BodyRef, int, int]] = field(default_factory=list)
    #: persons named right after a foreign state's title ('Phó Chủ tịch nước Trung Quốc Lý
    #: Nguyên Triều'): their bare titles elsewhere in the article are that state's too
    foreign: list[str] = field(default_factory=list)


def _skip_space(s: str, pos: int) -> int:
    m = _SPACE.match(s, pos)
    return m.end() if m else pos


def parse_place(gz: Gazetteer, s: str, pos: int, *, want: str | None = None
                ) -> tuple[PlaceRef, int] | None:
    """A place at ``pos``: 'tỉnh Quảng Trị', 'Quận 11', 'Đà Nẵng', or a bare 'tỉnh'."""
    pos = _skip_space(s, pos)
    skip = _SKIP_BEFORE_PLACE.match(s, pos)
    if skip:
        pos = skip.end()
    elif (aside := _SHORT_ASIDE.match(s, pos)) \
            and (after := parse_place(gz, s, aside.end(), want=want)) and after[0].entry:
        return after  # (a known place only: '(CDC) Nguyễn …' goes on to a person)
    ward = _NUMBERED_WARD.match(s, pos)
    if ward:  # 'UBND phường 8': a numbered ward, known by its number alone
        return PlaceRef("phường", None, f"Phường {ward.group(1)}"), ward.end()
    num = _NUMBERED.match(s, pos)
    if num:
        entries = gz.find_places(f"Quận {num.group(2)}")
        entry = entries[0] if entries else None
        return PlaceRef("quận", entry, f"Quận {num.group(2)}"), num.end()
    level = None
    lm = _LEVEL.match(s, pos)
    if lm:
        level = fold(lm.group(1))
        pos = lm.end()
    words = list(_CAP_WORD.finditer(s, pos))
    run: list[re.Match[str]] = []
    expect = pos
    for w in words:
        if s[expect:w.start()].strip(" -–") or len(run) >= gz.place_max_words:
            break
        if run and w.group() in ("Ngày", "Sáng", "Chiều", "Tối", "Theo", "Ảnh") \
                and re.match(r"\s*(?:\d|nay\b|qua\b)", s[w.end():]):
            break  # a caption run into the next sentence: 'UBND xã Hải Yến Ngày 24-6, …'
        if s[expect:w.start()].strip() and gz.role_re.match(s, w.start()):
            break  # 'UBND tỉnh - Chủ tịch Hội đồng': a title after a dash is no place
        if run and w.group() == "Ông":
            break  # 'xã Ngọc Lương Ông Phương cho biết': the next sentence's subject
        run.append(w)
        expect = w.end()
    # a place written bare must be spelled right: 'Ngân hàng … Việt Nam Thương Tín' is a bank's
    # name, not huyện Thường Tín (after a level word a mark typed wrong is forgiven: 'tỉnh
    # Thanh Hoa', 'huyện Chư Pah')
    exact = not (level or _COUNCIL_BEFORE.search(s, max(0, pos - 10), pos))
    for n in range(len(run), 0, -1):
        text = s[run[0].start():run[n - 1].end()]
        entries = gz.find_places(text, exact=exact)
        if entries:
            entry = _pick_place(entries, level, want)
            if level in _NAMED_ONLY_LEVELS and entry.level_word != level:
                # 'thị trấn Kỳ Sơn' is the township, not the district it is named after
                return PlaceRef(level, None, text), run[n - 1].end()
            return PlaceRef(level, entry, text), run[n - 1].end()
    if len(run) == 1 and (level or _COMMITTEE_BEFORE.search(s, max(0, pos - 10), pos)) \
            and (tail := _LOWER_TAIL.match(s, run[0].end())):
        # 'tỉnh Yên bái', 'Thành ủy Hải phòng': a known place typed with its later words in
        # lower case (only after a level word or a committee: 'ông Nam định hướng …')
        for end in (tail.end(2), tail.end(1)):
            if end > 0 and (entries := gz.find_places(s[run[0].start():end])):
                return PlaceRef(level, _pick_place(entries, level, want),
                                s[run[0].start():end]), end
    # a surname after the level word starts a person's name ('UBND tỉnh Lê Văn Bình'),
    # unless only two words follow ('xã Mai Phụ')
    person_like = bool(gz.surnames.intersection([run[0].group()])) and len(run) != 2 \
        if run else False
    if person_like and level and (k := _name_after_place(gz, run, first=2)):
        # 'xã Thạch Xuân Nguyễn Văn Quý': a place named like a family, then a full name
        return PlaceRef(level, None, s[run[0].start():run[k - 1].end()]), run[k - 1].end()
    if level and run and not person_like and (num := _PLACE_NUMBER.match(s, run[-1].end())):
        run_text = s[run[0].start():num.end()]  # 'phường Mỹ Đình 2'
        if len(run) <= 3:
            return PlaceRef(level, None, run_text), num.end()
    if level and run and not person_like \
            and (run[0].group() not in _NOT_PLACE or _place_after_all(run)):
        n = min(len(run), 3)
        n = _name_after_place(gz, run) or n  # 'xã Đồng Tâm Nguyễn Văn Đức'
        text = s[run[0].start():run[n - 1].end()]
        return PlaceRef(level, None, text), run[n - 1].end()
    if level:  # a bare level word: the place comes from context ('UBND xã' has none)
        return PlaceRef(level, None), lm.end(1) if lm else pos
    return None


def _name_after_place(gz: Gazetteer, run: list[re.Match[str]], first: int = 1) -> int:
    """Where a full name (family name and two or more words) starts after a place's
    first words, within three words; 0 if none does. (A place named like a family,
    'Thạch Xuân', has two words at least: ``first`` = 2.)"""
    # (most communes' names have two words: 'xã Ngọc Lương Lê Xuân Phương' is Ngọc Lương's
    # chairman, though 'Lương' is a family name too)
    order = sorted(range(first, min(len(run), 4)), key=lambda k: k != 2)
    # ('xã Ngọc Lương Ông Phương': a caption run into the next sentence, whose 'Ông' starts
    # no given name: the commune is Ngọc Lương)
    return next((k for k in order if run[k].group() in gz.surnames and len(run) - k >= 3
                 and not any(w.group() in NOT_NAME and not _given_name_not_time(w.string, w)
                             for w in run[k + 1:k + 3])), 0)


def _place_after_all(run: list[re.Match[str]]) -> bool:
    """'xã Đồng Tâm' is a place; 'xã Đồng chí …' is not ('Đồng' is kept out of place
    names only as the start of 'Đồng chí')."""
    return run[0].group() == "Đồng" and len(run) > 1


_LEVEL_AT = re.compile(r"(?<!\w)(?:thành phố|tỉnh|quận|huyện|thị xã)\s", re.I)


def places_written(gz: Gazetteer, s: str) -> list[PlaceEntry]:
    """The known places a sentence writes with their level word ('tại huyện Gio Linh,
    tỉnh Quảng Trị'), wherever they stand."""
    return [entry for _, entry in places_written_at(gz, s)]


def places_written_at(gz: Gazetteer, s: str) -> list[tuple[int, PlaceEntry]]:
    """The same, with where each is written."""
    out = []
    for m in _LEVEL_AT.finditer(s):
        found = parse_place(gz, s, m.start())
        if found and found[0].entry:
            out.append((m.start(), found[0].entry))
    for m in _TOPIC_PLACE.finditer(s):
        # 'Với Hà Nội, Phó Chủ tịch UBND thành phố A cho hay …': the place the clause is about
        before = s[:m.start()].rstrip()
        if before and before[-1] not in ".;:,":
            continue  # (the word opens its clause)
        found = parse_place(gz, s, m.end())
        if found and found[0].entry and found[0].entry.kind == "province" \
                and s.startswith(",", found[1]):
            out.append((m.end(), found[0].entry))
    return sorted(out, key=lambda p: p[0])


_TOPIC_PLACE = re.compile(r"(?<!\w)(?:[Vv]ới|[Đđ]ối với|[Rr]iêng|[Tt]ại|[Ởở])\s+(?=[A-ZĐ])")


# (districts too: one the place data lacks, 'quận 9' merged away since, is written only)
_LOCAL_AT = re.compile(r"(?<!\w)(?:xã|phường|thị trấn|[qQ]uận|[hH]uyện)\s+(?=[A-ZĐÀ-Ỹ\d])")


def local_places_written(gz: Gazetteer, s: str) -> list[tuple[str, str]]:
    """Communes, wards and districts outside the place data a sentence names ('xã Quảng
    Tâm', 'phường 5', 'quận 9'): (level, name)."""
    out = []
    for m in _LOCAL_AT.finditer(s):
        found = parse_place(gz, s, m.start())
        if found and found[0].level and found[0].entry is None and found[0].written:
            out.append((found[0].level, found[0].written))
    return out


#: 'phường Mỹ Đình 2'; not a count after the place ('phường Trung Tự 30 tháng tù giam')
_PLACE_NUMBER = re.compile(r" \d{1,2}(?![\d/.,:-]\d)(?!\w)"
                           r"(?!\s+(?:tháng|năm|ngày|giờ|phút|tuổi|người|triệu|tỷ|nghìn|hộ|lần|m2|ha"
                           r"|km|%))")


def _pick_place(entries: tuple[PlaceEntry, ...], level: str | None, want: str | None
                ) -> PlaceEntry:
    def score(e: PlaceEntry) -> tuple[int, int]:
        return (int(level is not None and e.level_word == level),
                int(want is not None and e.kind == want))
    return max(entries, key=score)


_HEAD_LEVEL = {"Tỉnh ủy": "province", "Thành ủy": None, "Quận ủy": "district",
               "Huyện ủy": "district", "Thị ủy": "district", "Tỉnh đoàn": "province",
               "Huyện đoàn": "district", "Quận đoàn": "district", "Thị đoàn": "district"}


def parse_body(gz: Gazetteer, s: str, pos: int, depth: int = 0) -> tuple[BodyRef, int] | None:
    """A body phrase starting at ``pos`` (after optional spaces)."""
    found = _parse_body(gz, s, pos, depth)
    if found is None or not found[0].name.lower().endswith("trường") \
            or not (bare := _OF_THE_SCHOOL.search(found[0].name)) or _CAP_AFTER.match(s, found[1]):
        return found
    # 'Công đoàn Trường', 'Hội Sinh viên trường': a unit of the school the article is about
    ref = found[0]
    return dataclasses.replace(ref, name=ref.name[:bare.start()].strip(),
                               of_institution="trường"), found[1]


#: (not the word of 'môi trường', 'thị trường', 'công trường' …)
_OF_THE_SCHOOL = re.compile(r"(?:^|(?<!\bmôi)(?<!\bthị)(?<!\bchiến)(?<!\bcông)(?<!\bhiện)"
                            r"(?<!\bquảng)(?<!\blập)(?<!\bđấu)(?<!\bphi)(?<!\bngư)\s)"
                            r"trường$", re.I)


#: units of a department, whose field papers often write in lower case after the
#: capitalised head ('Chi cục bảo vệ môi trường', 'Phòng khoáng sản')
_UNIT_HEADS = {"Chi cục", "Phòng", "Trung tâm", "Khu Quản lý"}
_DEPARTMENT_TITLE = re.compile(r"[Vv]ụ trưởng\s*$")
_HARD_END = re.compile(r"\s*(?:[,;.)(]|$|\s+và\s)")
#: … or the sentence's verb after it ('Ban chỉ đạo điều hành giá đã chủ trì …')
_VERB_NEXT = re.compile(r"\s+(?:đã|đang|sẽ|vừa|cũng|được|bị|chủ trì|họp|tổ chức|yêu cầu"
                        r"|cho biết)\b")
_AGENCY = re.compile(r"\s+[Cc]ơ quan(?=\s)")
#: our state's full name after a title: no body of its own, and the holder follows it
_OUR_STATE = re.compile(r"\s+(?:nước\s+)?(?:Cộng hòa xã hội chủ nghĩa|CHXHCN)\s+Việt Nam(?!\w)",
                        re.I)
#: a party named before its country: 'Bí thư Ban Bí thư Trung ương Đảng Cộng sản Trung Quốc'
_FOREIGN_PARTY = re.compile(r"\s*(?:Đảng\s+)?(?:Cộng sản|Nhân dân Cách mạng)(?=\s+[A-ZĐ])")
_FOREIGN_CHAIN_GAP = re.compile(r"\s*(?:,|kiêm)\s*")
_PAIRED = re.compile(r"\s*[-–]\s*")
_CAPITAL_NEXT = re.compile(rf"\s+[{UPPER}]")
#: bodies whose own names list their fields, with commas: 'Hợp tác xã Thu mua, chế biến …'
_FIELDS_LISTED = frozenset({"Hợp tác xã", "Viện", "Phòng", "Trung tâm"})
_FIELD_AFTER_COMMA = re.compile(r"(?:kinh doanh|chế biến|sản xuất|dịch vụ|thương mại|giám sát"
                                r"|kinh tế|quản trị|thu mua|xuất nhập khẩu|đầu tư|tổng hợp"
                                r"|văn hóa|du lịch|môi trường|tiêu thụ)(?!\w)")
#: … or capitalised, the last joined by 'và': 'Viện Hợp tác, Nghiên cứu và Đào tạo quốc tế',
#: 'Phòng Khoa học Công nghệ, Hợp tác và Sau đại học'
_FIELDS_AFTER_COMMA = re.compile(rf"[{UPPER}][{LOWER}]*(?:\s+[{LOWER}]+)?"
                                 rf"(?:\s+[{UPPER}][{LOWER}]*(?:\s+[{LOWER}]+)?)?\s+và\s+[{UPPER}]")
#: 'tại trường Tiểu học Đoàn Tùng': a school written in lower case, known by its level and name
_SCHOOL_NEXT = re.compile(r"\s+(?:Tiểu học|THCS|THPT|Mầm non|Mẫu giáo|Đại học|Cao đẳng|Trung cấp"
                          r"|Trung học cơ sở|Trung học phổ thông|Phổ thông|PTDTBT|PTDTNT)"
                          rf"(?:\s+[{LOWER}]\w*){{0,2}}\s+[{UPPER}\d]")


#: 'Văn phòng Trung ương' of no body named after it ('… Trung ương Đoàn' is the Youth
#: Union's): the Party's Central Office
_PARTY_OFFICE = re.compile(r"\s+Trung ương\b")
_OURS_ABROAD = re.compile(r"\s*(?:của\s+)?(?:Việt Nam|VN|nước ta)\s+tại\s+")
#: a central body whose place, written after it, makes it that place's own body
# ('Chủ tịch UBTƯ MTTQ Việt Nam tỉnh Quảng Trị': the Central Committee's name, as some write
# it, with the province whose committee it is)
_LOCAL_FORM = {"Mặt trận Tổ quốc Việt Nam": "Ủy ban Mặt trận Tổ quốc Việt Nam",
               "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam": "Ủy ban Mặt trận Tổ quốc Việt Nam"}


def _parse_body(gz: Gazetteer, s: str, pos: int, depth: int = 0) -> tuple[BodyRef, int] | None:
    pos = _skip_space(s, pos)
    m = gz.head_re.match(s, pos)
    if not m or depth > 3:
        return None
    if _EVENT_START.match(s, pos) or _FESTIVAL.match(s, pos):
        return None  # 'Hội nghị …', 'Hội thảo …', 'Hội xuân Yên Tử': a gathering or a
        # festival, not the body 'Hội'
    head = gz.heads[fold(m.group())]
    role = gz.role_re.match(s, pos)
    if role and role.end() > m.end():
        return None  # 'Viện trưởng', 'Trạm trưởng': a title, not the body 'Viện', 'Trạm'
    if m.group()[0].islower() and (" " not in m.group() or (head.kind == "sub" or head.inside)
                                   and len(m.group().split()) == 2) \
            and not (m.group() == "sở" and _CAPITAL_NEXT.match(s, m.end())
                     and not s[max(0, pos - 4):pos].lower().endswith("trụ ")) \
            and not (m.group() == "trường" and _SCHOOL_NEXT.match(s, m.end())):
        return None  # 'bộ', 'vụ', 'ban', 'thanh tra', 'văn phòng' in running text are not heads
        # (but 'Chánh Văn phòng sở Giáo dục …': a department written in lower case, not 'trụ
        # sở'; nor 'tại trường THCS Kim Đồng': a school)
    end = m.end()
    if head.kind == "central":
        local = _LOCAL_FORM.get(head.name)
        place = parse_place(gz, s, end) if local else None
        if local and place:  # 'Chủ tịch MTTQ Việt Nam TP.HCM': the city's Front committee
            return BodyRef(gz.heads[fold(local)], place=place[0], written=s[pos:place[1]]), \
                place[1]
        return BodyRef(head, written=m.group()), end
    if head.kind == "sub" and head.name.startswith("Ban ") and _COMPOUND.match(s, end):
        # 'Ban Kinh tế - Ngân sách HĐND …': a committee of its own name, not 'Ban Kinh tế'
        ban = gz.heads.get(fold("Ban"))
        if ban is not None:
            return _parse_named(gz, s, pos, pos + 3, ban, depth)
    if head.name == "Ban Tổ chức" and (what := _ORGANISED.match(s, end)) \
            and (ban := gz.heads.get(fold("Ban"))) is not None:
        # 'Trưởng Ban tổ chức Festival Biển Nha Trang 2017', '… lễ hội đền Trần năm 2017': the
        # organising committee of a festival, a contest, a fair, named by it (not a Party
        # committee's Ban Tổ chức); ('Ban tổ chức …' read as the committee's own name, which
        # lower case would end)
        # (what is organised is read in lower case: 'Lễ hội Chùa Hương 2017' would open a
        # gathering's name, which ends the committee's)
        at, k = _skip_space(s, pos + 3), _skip_space(s, what.start())
        first = s[k].lower() if _EVENT_START.match(s, k) else s[k]
        named = _parse_named(gz, s[:at] + s[at].upper() + s[at + 1:k] + first + s[k + 1:],
                             pos, pos + 3, ban, depth)
        if named and _PROPER.search(named[0].name, what.end() - at):
            return named
        # ('Phó Ban Tổ chức lễ hội cho biết': a festival's committee of no name the text gives
        # here is read as any bare unit is, below)
    if head.kind == "sub":
        # 'Văn phòng - Tổng cục Đường bộ', 'Văn phòng của Bộ': the body it belongs to
        after = _SPOKESMAN.match(s, end) or _OF.match(s, end)
        parent = parse_body(gz, s, after.end(), depth + 1)  # type: ignore[union-attr]
        if parent and parent[0].head.kind != "sub" or parent and parent[0].parent:
            return BodyRef(head, parent=parent[0], written=s[pos:parent[1]]), parent[1]
        if head.name == "Ban cán sự Đảng" and parent:
            return BodyRef(head, parent=parent[0], written=s[pos:parent[1]]), parent[1]
        if head.name in _PARTY_BANS and not parent \
                and (place := parse_place(gz, s, end)) and place[0].level in _COMMITTEE_OF \
                and (place[0].entry or place[0].written):
            # 'Trưởng ban Tuyên giáo huyện Mỹ Đức': the Party committee's department of the
            # place written after it (the committee is left unsaid)
            committee = gz.heads[fold(_COMMITTEE_OF[place[0].level])]
            return BodyRef(head, parent=BodyRef(committee, place=place[0], written=""),
                           written=s[pos:place[1]]), place[1]
        office = _PARTY_OFFICE.match(s, end) if head.name == "Văn phòng" else None
        if office:
            return BodyRef(gz.heads[fold("Văn phòng Trung ương Đảng")],
                           written=s[pos:office.end()]), office.end()
        if head.inside:  # 'Văn phòng Đăng ký đất đai': a unit named for itself
            named = _parse_named(gz, s, pos, end, dataclasses.replace(head, kind="named"), depth)
            if named:
                return named
        if head.of:  # 'HĐQT Vinaconex': the board of a firm named by its brand
            firm = brand(gz, s, end)
            if firm:
                return BodyRef(head, parent=firm[0], written=s[pos:firm[1]]), firm[1]
        return BodyRef(head, written=m.group()), end
    if head.kind == "named":
        return _parse_named(gz, s, pos, end, head, depth)
    place = parse_place(gz, s, end, want=_HEAD_LEVEL.get(head.name))
    if place:
        return BodyRef(head, place=place[0], written=s[pos:place[1]]), place[1]
    if head.name in ("Đảng ủy", "Đảng bộ", "Thành đoàn", "Tỉnh đoàn", "Huyện đoàn", "Quận đoàn",
                     "Đoàn Thanh niên",
                     "Công đoàn") or head.inside:
        inner = parse_body(gz, s, end, depth + 1)
        if inner:
            return BodyRef(head, parent=inner[0], written=s[pos:inner[1]]), inner[1]
        # 'Đảng ủy cơ quan LĐLĐ thành phố': the Party committee of a body's own offices
        agency = _AGENCY.match(s, end)
        inner = parse_body(gz, s, agency.end(), depth + 1) if agency else None
        if agency and inner:
            return BodyRef(head, name="Cơ quan", parent=inner[0], written=s[pos:inner[1]]), \
                inner[1]
        name, nend = _own_name(gz, s, end)
        if name:
            place = parse_place(gz, s, nend)
            if place:
                return BodyRef(head, name=name, place=place[0], written=s[pos:place[1]]), place[1]
            return BodyRef(head, name=name, written=s[pos:nend]), nend
    return BodyRef(head, written=m.group()), end


def _parse_named(gz: Gazetteer, s: str, start: int, end: int, head: HeadEntry, depth: int
                 ) -> tuple[BodyRef, int] | None:
    pos = _skip_space(s, end)
    if " " not in head.name and _place_name_at(gz, s, start) > end:
        return None  # 'Bí thư Hội An': a city whose name begins as a head ('Hội'), no body
    if head.name in DELEGATION_HEADS and (of := _OF.match(s, pos)) \
            and (sender := parse_body(gz, s, of.end(), depth + 1)) is not None \
            and sender[0].head.name == "Bộ":
        # 'Đoàn công tác (của) Bộ X': the delegation of the ministry that sends it, which a
        # bare 'Bộ trưởng' leading it heads
        return BodyRef(head, parent=sender[0], written=s[start:sender[1]]), sender[1]
    if head.name == "Hội đồng trường":  # 'Hội đồng trường Trường Đại học X': the school's council
        inner = parse_body(gz, s, pos, depth + 1)
        if inner:
            return BodyRef(head, parent=inner[0], written=s[start:inner[1]]), inner[1]
    purpose = False  # a steering committee's name read on past its first stretch
    dm = gz.domain_re.match(s, pos)
    # ('Bộ Công Thương và Ủy ban Quốc gia X': two bodies, not one field 'Công Thương và …')
    compound = dm and (joined := _COMPOUND.match(s, dm.end())) \
        and not gz.head_re.match(s, joined.end() - 1)
    if dm and not compound and not _name_goes_on(gz, s, dm.end()) \
            and not _PLURAL_GOES_ON.match(s, dm.end()) and not _NATIONAL_AFTER.match(s, dm.end()) \
            and not (head.open and (lower := _LOWER_GOES_ON.match(s, dm.end()))
                     and lower.group(1) not in _STOP_LOWER | _LEVEL_WORDS):
        name, nend = gz.domains[fold(dm.group())], dm.end()
    else:  # no domain, or a compound one: 'Phòng Tài chính - Kế toán'
        # ('Ban chỉ đạo điều hành giá đã …': a steering committee's name in lower case, up
        # to the sentence's verb; a unit's ends at a bracket, a comma or 'và' only)
        # (so is a management board's: 'Phó trưởng Ban quản lý an toàn thực phẩm cho biết')
        steering = head.name == "Ban Chỉ đạo" or head.name == "Ban" \
            and fold(s[pos:pos + 7]) == "quản lý"
        # (a 'Vụ' only after its own title: 'Vụ trưởng Vụ báo chí', not 'Vụ việc xảy ra')
        unit = (head.name in _UNIT_HEADS or head.name == "Vụ"
                and _DEPARTMENT_TITLE.search(s, max(0, start - 16), start) is not None) \
            and s[start].isupper() and s[pos:pos + 1].islower() or steering
        # ('Ban Chỉ đạo về khu vực phòng thủ thành phố Hà Nội': a purpose opened by 'về', as
        # long as the place the committee is of closes it; 'cuộc họp Ban chỉ đạo về tình hình
        # dịch trên địa bàn' is a meeting about something)
        about = _ABOUT.match(s, pos) if head.name == "Ban Chỉ đạo" else None
        name, nend = _own_name(gz, s, about.end() if about else pos,
                               open_start=head.open or unit, inside=head.inside,
                               titled=head.name in _TITLED_HEADS, unit=unit, verb_ends=steering,
                               proper_ends=head.name == "Trường",
                               comma_fields=head.name in _FIELDS_LISTED)
        if about and name:
            name = s[about.start("about"):nend] \
                if _names_a_place(gz, s, _skip_space(s, nend)) else ""
        if head.name == "Ban Chỉ đạo" and name and (longer := _purpose_goes_on(gz, s, name, nend)):
            name, nend, purpose = s[pos:longer], longer, True
        if dm and nend == dm.end():
            # 'Trưởng phòng TN&MT bị khiển trách': the name is the domain's short form alone
            name = gz.domains[fold(dm.group())]
    if head.name == "Bộ" and dm and s.startswith("tổ chức", pos):
        return None  # 'cuộc họp báo của Bộ tổ chức sáng 28-6': the ministry organising it (no
        # ministry is named for the Party's field 'Tổ chức')
    if not name:
        if head.name != "Hội đồng trường":
            return None
        # 'Hội đồng trường Trường Đại học X'; alone, the council of the article's institution
        inner = parse_body(gz, s, end, depth + 1)
        if inner:
            return BodyRef(head, parent=inner[0], written=s[start:inner[1]]), inner[1]
        return BodyRef(head, written=s[start:end]), end
    if head.name == "Bộ":
        # ('Bộ trưởng Giao thông A': the ministry by the short name people give it)
        name = gz.ministries.get(fold(name), name)
        return BodyRef(head, name=name, written=s[start:nend]), nend
    if head.name == "Trường" and " " not in name and name[:1].isupper() \
            and not gz.find_places(name) and not name.isupper():
        return None  # 'Tổng Bí thư Trường Chinh', 'quần đảo Trường Sa': a name, no school
    if head.name in _MISSIONS and fold(name).endswith("việt nam") \
            and (at := _AT.match(s, nend)) and gz.country_re.match(s, at.end()):
        # 'Đại sứ quán Việt Nam tại Cộng hòa Séc': Vietnam's mission, named with its host
        nend = gz.country_re.match(s, at.end()).end()  # type: ignore[union-attr]
        return BodyRef(head, name=s[_skip_space(s, end):nend], written=s[start:nend]), nend
    if head.kind == "named" and (at := _AT.match(s, nend)) \
            and (land := gz.country_re.match(s, at.end())) is not None:
        # 'Ban Cán sự Đoàn tại Liên bang Nga', 'Tổng hội người Việt Nam tại Thái Lan': our
        # body abroad, named with the country it works in
        country = land.group().strip()
        if any(w.isupper() for w in country.split()):  # ('LB Nga', 'TQ': written short)
            country = gz.country_names.get(fold(country), country)
        return BodyRef(head, name=f"{s[_skip_space(s, end):nend]} tại {country}",
                       written=s[start:land.end()]), land.end()
    link = _OF.match(s, nend) if head.inside else None
    if head.inside and (inst := _OF_INSTITUTION.match(s, nend)):
        return BodyRef(head, name=name, written=s[start:nend],
                       of_institution=inst.group(1).lower()), inst.end()
    parent = parse_body(gz, s, link.end() if link else nend, depth + 1)
    if parent and head.inside:
        return BodyRef(head, name=name, parent=parent[0], written=s[start:parent[1]]), parent[1]
    if head.inside and s.startswith(",", nend) and depth == 0 and not purpose:
        # (not after a purpose read to its end: 'Ban Chỉ đạo … về phòng, chống tham nhũng,
        # Quốc hội, Chính phủ' lists bodies)
        # 'Cục trưởng Cục Quản lý giá, Bộ Tài chính Nguyễn Văn A': the ministry after a
        # comma is the unit's, when the title ends there; so are a department's, a police's,
        # a hospital's ('Phó trưởng Phòng tham mưu, Công an tỉnh X', 'Trưởng khoa Nội, Bệnh
        # viện Y')
        outer = parse_body(gz, s, _skip_space(s, nend + 1), depth + 1)
        if outer and (outer[0].head.name in ("Bộ", "Tổng cục") or outer[0].head.kind == "central"
                      or head.name in _UNITS and outer[0].head.name in _UNIT_OWNERS
                      or _office_of(head.name, outer[0])) \
                and _ends_the_title(gz, s, outer[1]):
            return BodyRef(head, name=name, parent=outer[0], written=s[start:outer[1]]), outer[1]
    if head.inside and depth == 0 and (bracket := _OWNER_IN_BRACKETS.match(s, nend)):
        # 'Phó Cục trưởng Cục Thú y (Bộ NN&PTNT)', 'Chi cục trưởng Chi cục Thủy sản (Sở
        # NN&PTNT Bình Định)': the body in brackets, all of them, owns the unit
        outer = parse_body(gz, s, bracket.end(), depth + 1)
        if outer and s.startswith(")", outer[1]) and (
                outer[0].head.name in ("Bộ", "Tổng cục") or outer[0].head.kind == "central"
                or outer[0].head.name in _UNIT_OWNERS or outer[0].head.kind == "sub"):
            return BodyRef(head, name=name, parent=outer[0],
                           written=s[start:outer[1] + 1]), outer[1] + 1
    place = parse_place(gz, s, nend)
    if not place and (of := _OF_PLACE.match(s, nend)):
        # 'Ban chỉ đạo phòng, chống dịch Covid-19 của Hà Nội': the place the body is of
        place = parse_place(gz, s, of.end())
    if place:
        return BodyRef(head, name=name, place=place[0], written=s[start:place[1]]), place[1]
    return BodyRef(head, name=name, written=s[start:nend]), nend


#: a proper name or a year in what a committee organises ('lễ hội đền Trần năm 2017')
_PROPER = re.compile(rf"(?<!\w)[{UPPER}\d]")
#: what an organising committee is of: a festival, a contest, an exhibition, a fair
_ORGANISED = re.compile(r"\s+(?:[Ff]estival|[Ll]ễ hội|[Ll]ễ [Kk]hai ấn|[Gg]iải(?! thưởng\s+[a-zđ])"
                        r"|[Tt]riển lãm|[Cc]uộc thi|[Hh]ội thi|[Nn]gày hội|[Nn]gày thơ|[Ll]iên hoan"
                        r"|[Hh]ội chợ|[Hh]ội diễn|[Hh]ội báo|[Tt]uần lễ)\s")


def _office_of(unit: str, outer: BodyRef) -> bool:
    """'Phó Vụ trưởng Vụ Pháp luật, Văn phòng Quốc hội': a central office, written after a
    comma, owns the department before it."""
    return unit == "Vụ" and outer.head.name == "Văn phòng" and outer.parent is not None \
        and outer.parent.head.kind == "central"


_OF_PLACE = re.compile(r"\s+của\s+")
#: bodies named by the body that sends them (an inspection team, 'Đoàn Kiểm tra số 471', is
#: its own)
DELEGATION_HEADS = ("Đoàn công tác",)


#: 'về' opening a steering committee's purpose in lower case ('Ban Chỉ đạo về khu vực …')
_ABOUT = re.compile(r"\s*(?P<about>về)\s+(?=[a-zđà-ỹ])")
#: the ranks a steering committee's name opens with, before 'về' and its purpose:
#: 'Ban Chỉ đạo Trung ương về phòng, chống tham nhũng'
_STEERING_RANKS = {"nhà nước", "trung ương", "quốc gia", "chính phủ"}
_PURPOSE_GAP = re.compile(r"\s*,\s*|\s+về\s+")
#: a stretch of a purpose between commas, up to what ends the sentence's clause
_PURPOSE_STRETCH = re.compile(r"[^,.;:()\[\]\"“”…|!?]+")
_PURPOSE_WORD = re.compile(r"\S+")
#: what a purpose is said of: 'chống buôn lậu … thuộc ngành Công Thương'
_OF_TRADE = re.compile(r"thuộc\s+(?:ngành|lĩnh vực)\s+")
#: stop words a purpose holds ('… của một số dự án và doanh nghiệp', 'các tồn tại')
_PURPOSE_WORDS = {"và", "các", "của", "những", "cho"}
_PURPOSE_STRETCHES = 4
#: phrases of a purpose that open with a stop word: '… ưu đãi người có công'
_PURPOSE_PHRASES = {"có công"}
#: verbs that go on with the sentence after a steering committee's name, beyond those a
#: body's name stops at anyway
_CLAUSE_VERB = re.compile(r"(?:phát biểu|nhấn mạnh|khẳng định|kết luận|cho rằng|đề nghị|"
                          r"báo cáo|chỉ đạo|tiến hành|tiếp tục|làm việc|dẫn đầu|nêu rõ"
                          r"|ban hành|phê duyệt|thông qua|triển khai|ký)\b", re.I)


#: words that open a clause about a whole ('…, cả nước sẽ cổ phần hóa …'), not a purpose
_ALL_OF = {"cả", "mọi", "tất"}


def _purpose_goes_on(gz: Gazetteer, s: str, name: str, end: int) -> int | None:
    """Where a steering committee's name ends when its purpose goes on past a comma or 'về'
    ('Ban Chỉ đạo Nhà nước về đổi mới đơn vị sự nghiệp công lập', 'Ban chỉ đạo chống buôn
    lậu, gian lận thương mại và hàng giả tỉnh X'), or None when it stops where it was read.

    The name goes on past a comma only to a stretch that ends as a name does: holding 'và',
    or before a place, a bracket, 'thuộc ngành', a person's name, the end of the sentence or
    its verb ('… tiền thuê đất sẽ do ông A …'); a clause of the sentence ('…, đề nghị các lực
    lượng …', '…, ông A cho biết') never begins with a purpose's word. 'phòng, chống' is one
    word written with a comma."""
    taken_to: int | None = None
    at, after_ve = end, False
    for stretch_no in range(_PURPOSE_STRETCHES):
        gap = _PURPOSE_GAP.match(s, at)
        if gap is None:
            break
        joined = gap.group().strip() == "," and s[:at].lower().endswith("phòng") \
            and s.startswith("chống", gap.end())
        if "về" in gap.group():
            if stretch_no or fold(name) not in _STEERING_RANKS:
                break
            after_ve = True
        elif not joined:
            after_ve = False
        stretch = _PURPOSE_STRETCH.match(s, gap.end())
        words = stretch.group().split()[:2] if stretch else []
        if not words or not words[0][:1].islower() or words[0] in _WHEN_WORDS \
                or words[0] in _ALL_OF \
                or words[0] in _STOP_LOWER and " ".join(words).lower() not in compound_words():
            break  # ('tổ chức lại …' opens a stretch, 'tổ chức họp' too: a verb is caught below)
        stop, closed = _purpose_stretch_end(gz, s, gap.end(), stretch.end())  # type: ignore[union-attr]
        if stop <= gap.end():
            break
        sound = closed or after_ve or " và " in s[gap.end():stop]
        if stop < stretch.end() or not s.startswith(",", stretch.end()):  # type: ignore[union-attr]
            return stop if sound else taken_to  # the name ends in this stretch
        if sound:
            taken_to = stop  # (and may go on past the comma after it)
        at = stop
    return taken_to


def _names_a_place(gz: Gazetteer, s: str, at: int) -> bool:
    """A place is written at ``at``: one the gazetteer knows, or a level word before a
    capitalised name or a number ('tỉnh X', 'quận 5'), not 'xã hội' (society)."""
    found = parse_place(gz, s, at)
    return found is not None and (found[0].entry is not None or any(
        c.isupper() or c.isdigit() for c in s[at:found[1]]))


def _purpose_stretch_end(gz: Gazetteer, s: str, start: int, end: int) -> tuple[int, bool]:
    """Where a purpose's stretch s[start:end] ends, and whether it ends as a name does (at a
    place, a bracket, 'thuộc ngành', a person's name, the sentence's end or its verb) rather
    than at a comma or a word that goes on with the clause."""
    last = start
    trade = False  # inside 'thuộc ngành Công Thương'
    prev = ""
    for w in _PURPOSE_WORD.finditer(s, start, end):
        word, low = w.group(), w.group().lower()
        if trade and (word[0].isupper() or low in ("ngành", "lĩnh", "vực")):
            last = w.end()
            continue
        if (trade := bool(_OF_TRADE.match(s, w.start()))):
            continue  # 'thuộc ngành Công Thương': the purpose's field, inside the name
        if _VERB_NEXT.match(s, w.start() - 1) or _CLAUSE_VERB.match(s, w.start()) \
                or low == "thuộc" or _names_a_place(gz, s, w.start()) \
                or word in gz.surnames and _looks_like_name(s, w.start(), gz):
            return last, True
        nxt = s[w.end():end].split()[:1]
        opens = f"{low} {nxt[0].lower() if nxt else ''}"  # the word it may open with the next
        if word[0].isupper() or low[0].isdigit() or low in _WHEN_WORDS \
                or low in _STOP_LOWER and low not in _PURPOSE_WORDS \
                and opens not in _PURPOSE_PHRASES and opens not in compound_words() \
                and f"{prev} {low}" not in compound_words():
            return last, False
        if low not in _PURPOSE_WORDS:
            last = w.end()  # (a name never ends with 'và', 'của')
        prev = low
    closes = end >= len(s) or s[end] in ".;:()!?\"“”"
    return last, closes


def _ends_a_common_word(taken: list[re.Match[str]], low: str) -> bool:
    """``low`` is the last syllable of a common two-syllable word (underthesea's dictionary)
    begun by the word taken before it."""
    return bool(taken) and f"{taken[-1].group().lower()} {low}" in compound_words()


def _closes_a_word(taken: list[re.Match[str]], low: str) -> bool:
    """``low`` ends a common noun begun by the lower-case word before it ('… xử lý các vấn
    đề', 'việc làm'): part of the name, no verb."""
    if taken and f"{taken[-1].group().lower()} {low}" in _NOUNS_OF_STOP_WORDS:
        return True
    return low in _NOUN_ENDINGS and bool(taken) and taken[-1].group().islower() \
        and _ends_a_common_word(taken, low)


#: words that end a name as verbs or particles but also end common nouns ('vấn đề', 'hội
#: đồng', 'việc làm', 'nhà ở', 'da cam', 'dân chủ', 'thường trực');
#: not 'nhận' ('ghi nhận'), 'tại' ('hiện tại'), 'chức' ('tổ chức'): verbs and adverbs
_NOUN_ENDINGS = frozenset({"đề", "đồng", "làm", "ở", "cam", "chủ", "trực"})
#: … and nouns whose last syllable is such a word only in them ('xử lý các vấn đề tồn tại':
#: shortcomings, not 'hiện tại')
_NOUNS_OF_STOP_WORDS = frozenset({"tồn tại"})


_OWNER_IN_BRACKETS = re.compile(r"\s*\(\s*")


#: units, and the bodies that own one named before them and a comma
_UNITS = ("Phòng", "Khoa", "Trung tâm", "Khu Quản lý", "Chi cục", "Trạm", "Văn phòng",
          "Bộ môn")
# ('Trưởng bộ môn Ngoại, Trường Đại học Y Hà Nội': a school owns its chairs and faculties)
_UNIT_OWNERS = ("Sở", "Công an", "Bệnh viện", "Cục", "Trường", "Đại học", "Học viện")

_STOP_LOWER = {"được", "đã", "về", "đều", "tại", "làm", "giữ", "cho", "thay", "trao", "từ", "đến",
               "với",
               "là", "nhiệm", "khóa", "đơn", "vừa", "sẽ", "cũng", "chủ", "phát", "trực",
               "kiêm", "theo", "nay", "trong", "thuộc", "gồm", "có", "để", "và", "ông", "bà",
               "của", "cùng", "cam", "đề", "yêu", "chỉ", "tổ", "phối", "đang", "mới", "thì",
               "đồng", "các", "rồi",
               "nhận", "giảng", "này", "khi", "bổ",
               # verbs that follow a name in reports ('Công ty X hưởng lợi', 'bị khởi tố')
               "hưởng", "thừa", "nói", "khẳng", "nêu", "xin", "nộp", "chịu", "nhấn", "do",
               "chia", "vắng", "họp",
               # 'Báo Thanh niên lúc đó', '… y tế lấy ví dụ': a clause going on
               "lúc", "lấy", "nhiều", "ở",
               # '… ngân hàng như Luật doanh nghiệp quy định': a comparison, no name
               "như",
               # '… Giám đốc Trung tâm tặng hoa chúc mừng': the sentence's verb
               "tặng", "chúc",
               # '… Kế hoạch Tài chính và nghiêm khắc kiểm điểm …': the sentence's verb
               "nghiêm"}
# 'đảm' ends a name only as a verb ('đảm nhận', 'đảm nhiệm'), not in 'Bảo đảm an toàn'
_STOP_BEFORE = {"đảm": {"nhận", "nhiệm", "bảo", "đương"},
                # '… Học viện X qua đời': the holder died, the name has ended
                "qua": {"đời"}, "tạ": {"thế"},
                # 'Cục X bị cách chức' ends the name; 'thiết bị' does not
                "bị": {"cách", "kỷ", "khởi", "bắt", "phạt", "xử", "đình", "tạm", "kiện", "tố",
                       "phê", "cảnh", "buộc", "truy", "điều", "miễn"},
                # 'sinh năm 1960' ends a name; 'Hội các ngành sinh học' goes on
                "sinh": {"năm", "ngày", "tháng", "ra", "sống", "hoạt", "viên", "con"},
                "giao": {"ông", "bà", "cho", "nhiệm", "việc", "trách"},
                "đánh": {"giá"},  # 'Công ty X đánh giá …': a verb
                # 'giáng chức ông A, Phó Cục trưởng Cục X xuống làm chuyên viên': a demotion
                "xuống": {"làm", "chức", "giữ"},
                # 'cách chức Trưởng phòng X đối với ông Y': the object follows the title
                "đối": {"với"},
                # 'Công ty X lên chức Phó Giám đốc', '… sang làm …': a move, not the name
                "lên": {"chức", "làm", "giữ", "nắm"},
                "sang": {"làm", "giữ", "nhận", "công"},
                # 'Tập đoàn X giai đoạn 2009-2011': when, not the name
                "giai": {"đoạn"}, "thời": {"kỳ", "gian", "điểm"},
                # 'Công ty X công bố …', '… thông báo …': the sentence's verb
                "công": {"bố"}, "thông": {"báo"},
                # '… chùa Hương xác nhận', '… trả lời', '… giải thích': reporting verbs
                "xác": {"nhận"}, "trả": {"lời"}, "giải": {"thích", "trình", "thể", "tán"},
                "lý": {"giải"}, "bày": {"tỏ"}, "phản": {"ánh", "hồi", "bác"},
                "đưa": {"tin"},  # 'Báo VietnamNet đưa tin, …'
                "báo": {"cáo"},  # '… Chi đoàn Trung tâm báo cáo tổng kết …'

                "tiếp": {"tục"},
                "thiếu": {"trách", "sót"},  # '… môi trường thiếu trách nhiệm khi …': a fault
                "vào": {"ngày", "năm", "tháng", "lúc", "sáng", "chiều", "tối", "cuối", "đầu"},
                # '… Giải trí sau khi ông A về hưu': a time clause, not the name
                # ('Trường Mầm non X giải thể sau vụ …': dissolved after the incident; '…
                # Công ty X và sau là Bí thư …': a later step of a career)
                "sau": {"khi", "đó", "này", "thời", "vụ", "là", "làm", "giữ"},
                "trước": {"khi", "đó", "này", "vụ"},
                # not 'Đăng ký'; '… do ông A, Giám đốc Công ty X ký.': the verb, last
                "ký": {"kết", "quyết", "văn", "hợp", "công", "biên", ""},
                "ôn": {"lại"},  # '… Mật mã ôn lại quá trình 45 năm': the sentence goes on
                # 'điều' ends a name as a verb ('điều động', 'điều hành' …) but not in
                # 'Trung tâm điều dưỡng phục hồi chức năng …' (nursing): see _GOES_ON_ONLY
                }
#: … and not after these, whose word they close: 'Văn phòng Đăng ký'
_STOP_NOT_AFTER = {"ký": {"đăng"}}
#: … but may open a name still in lower case: 'Ban chỉ đạo điều hành giá'
_FIRST_WORD_OK = {"điều"}
#: words that go on with a name only before the words given: 'điều dưỡng', not 'điều động'
_GOES_ON_ONLY = {"điều": {"dưỡng"},
                 # 'Ban Chỉ đạo phòng chống tham nhũng'; 'tham dự', 'tham gia' end it
                 "tham": {"nhũng"},
                 # 'Trung tâm dự đại hội': attends; 'Ban Quản lý dự án', 'Trung tâm dự báo'
                 "dự": {"án", "báo", "trữ", "toán", "bị", "phòng", "thảo"}}
#: … or open one before these: 'Phòng tham mưu' (staff), where 'Sở X tham mưu cho …' advises
_OPENS_ONLY = {"tham": {"mưu"}}
_LOWER_NAME_START = {"khối", "cơ"}
_LEVEL_WORDS = {"tỉnh", "thành", "quận", "huyện", "thị", "xã", "phường", "tp"}


#: a unit of the institution the article is about: 'Phòng Tổ chức của trường', 'Khoa Nội
#: của bệnh viện' (no name follows the institution's head word)
_OF_INSTITUTION = re.compile(r"\s+(?:của|thuộc)\s+(?:nhà\s+)?(trường|bệnh viện|công ty|"
                             r"tổng công ty|ngân hàng|tập đoàn|học viện|viện)"
                             r"(?![\w-]|\s+[A-ZĐÀ-Ỹ\d])")
#: a unit and the body it belongs to: 'Ban Chỉ đạo … của Bộ Y', 'Xí nghiệp … thuộc Công ty Z'
_OF = re.compile(r"\s*(?:[-–]\s*)?(?:của|thuộc|trực thuộc)?\s*")
#: 'Chánh Văn phòng, người phát ngôn (của) Bộ Nội vụ': the spokesman's office is the body's
_SPOKESMAN = re.compile(r"(?:\s*[,–-]\s*(?:kiêm\s+)?|\s+kiêm\s+)người phát ngôn(?:\s+của)?\s+",
                        re.I)


def _own_name(gz: Gazetteer, s: str, pos: int, open_start: bool = False,
              inside: bool = True, titled: bool = False, unit: bool = False,
              verb_ends: bool = False, proper_ends: bool = False,
              comma_fields: bool = False) -> tuple[str, int]:
    """The own name of a body after its head: 'Chính trị', 'Đa khoa huyện' stops at 'huyện'.

    With ``open_start`` (enterprises: 'Công ty cổ phần Sao Mai', 'Xí nghiệp cấp nước Hà
    Tiên') the name may begin with lower-case words, but only if a capitalised word or a
    place comes before it ends: 'các công ty trong ngành' names no body."""
    # ('|': a table's cell ends; '…': a sentence trails off)
    words = re.compile(r"[^\s,;:.…()\[\]\"“”|]+").finditer(s, pos)
    taken: list[re.Match[str]] = []
    asides: list[tuple[int, int]] = []  # short forms in brackets inside the name, left out
    expect = pos
    inside_place = 0  # an enterprise's name holds its place as written: 'bia Sài Gòn'
    inside_domain = 0
    after_place = False
    for w in words:
        if w.start() < inside_place:
            taken.append(w)
            expect = w.end()
            after_place = True
            continue
        gap = s[expect:w.start()]
        token = w.group()
        low = token.lower()
        if proper_ends and token[0].islower() and low not in _LEVEL_WORDS | {"số"} \
                and len(taken) >= 2 \
                and all(t.group()[0].isupper() and not t.group().isupper() for t in taken[-2:]):
            break  # (with ``proper_ends``) a proper name read to its end closes the body's
            # name: 'Trường Mầm non Sen Vàng dùng dép đánh trẻ' (not 'Trường ĐH Bách khoa',
            # 'Trường THPT Thuận Thành số 1')
        if taken and gap.strip() == "(" and _SHORT_FORM.fullmatch(token) \
                and (close := _CLOSE_THEN_LOWER.match(s, w.end())) \
                and close.group(1) not in (_STOP_LOWER - {"các", "và"}) | _WHEN_WORDS \
                and initials_of_last_words(token, [t.group() for t in taken]):
            # 'BQL dự án đầu tư xây dựng (ĐTXD) các công trình …': the short form of the
            # words before it, and the name goes on
            asides.append((expect, close.end()))
            expect = close.end()
            continue
        if taken and not gap.strip() and w.start() >= inside_domain and token[0].islower() \
                and (domain := gz.domain_re.match(s, w.start())) and " và " in domain.group():
            # a field written in lower case inside the name: 'Ban Quản lý dự án công trình
            # nông nghiệp và phát triển nông thôn tỉnh', where 'phát' alone would end it
            inside_domain = domain.end()
        # (a name still in lower case may be long: 'Ban quản lý dự án xây dựng tuyến đường
        # sắt đô thị số 1'; it must reach a capital, a number or a place to count)
        # (a name whose proper part has begun ends sooner: 'Ngân hàng … Đồng bằng sông Cửu
        # Long góp 8' is a sentence going on)
        # 'nông thôn mới' is one term (the national programme's), wherever it falls
        new_countryside = low == "mới" and len(taken) >= 2 \
            and fold(s[taken[-2].start():w.start()]) == "nông thôn"
        # (a capitalised word goes on with the proper part however long the lower-case
        # part before it: '… hệ thống cấp nước Sông Đà')
        # ('phòng, chống tham nhũng': prevention and fight, one field written with a comma)
        prevent = gap.strip() == "," and low == "chống" and bool(taken) \
            and taken[-1].group().lower() == "phòng"
        # ('Hợp tác xã Sản xuất, kinh doanh rượu nếp Khánh Lộc', 'Viện Nghiên cứu xã hội, kinh
        # tế và môi trường': the fields of a cooperative, institute or unit listed with commas)
        prevent = prevent or comma_fields and gap.strip() == "," and len(taken) >= 1 \
            and (_FIELD_AFTER_COMMA.match(s, w.start()) is not None
                 or _FIELDS_AFTER_COMMA.match(s, w.start()) is not None
                 and token not in gz.surnames and not gz.role_re.match(s, w.start())
                 and not gz.head_re.match(s, w.start()) and not _place_name_at(gz, s, w.start()))
        if gap.strip() and not prevent \
                or len(taken) >= (12 if _has_capital(taken[1:]) and not token[0].isupper()
                                         else 16) \
                and w.start() >= inside_domain and not new_countryside:
            break
        if w.start() < inside_domain:
            taken.append(w)
            expect = w.end()
            continue
        if taken and taken[-1].group()[0].isdigit() and (
                token[0].islower() and low != "và"
                or token in ("-", "–") and s[w.end():w.end() + 3].strip()[:1].islower()):
            break  # 'Bệnh viện Quân đội 108 kỷ niệm …', '… năm 2017 - giải thích': a number
            # ends the name
        if after_place and token not in ("-", "–", "số") and not token[0].isdigit() \
                and not _place_name_at(gz, s, w.start()):
            break  # a place ends an enterprise's name, unless another place or a year follows
        if not taken or token[0].isupper() and _EVENT_START.match(s, w.start()):
            if _EVENT_START.match(s, w.start()):
                break  # 'TCT X Hội nghị công bố …': a gathering, not the name
        head = gz.head_re.match(s, w.start())
        if head and head.group()[0].islower() and " " not in head.group():
            head = None
        if head and taken and _HEAD_IN_A_WORD.fullmatch(f"{taken[-1].group()} {token}"):
            head = None  # 'Đại học Bách Khoa', 'Y Khoa': one word in capitals, no faculty
        if head and taken and not parse_body(gz, s, w.start(), 3):
            head = None  # 'Trung tâm Hội nghị Quốc gia': 'Hội' starts no body here
        if head and taken and taken[-1].group().lower() in ("các", "những"):
            head = None  # 'Vụ Tài chính các Ngân hàng …': banks in general, inside the name
        if taken and (head or gz.role_re.match(s, w.start())
                      or (token[0] in "-–" and len(token) > 1)):
            break
        following = s[w.end():w.end() + 12].split()
        if taken and low == "một" and [f.lower() for f in following[:2]] == ["thành", "viên"]:
            # 'Công ty TNHH một thành viên X': the legal form (MTV), not the level word 'thành'
            words_ahead = list(itertools.islice(words, 2))
            taken.extend([w, *words_ahead])
            expect = taken[-1].end()
            continue
        if taken and low in _LEVEL_WORDS and _is_level(low, following):
            if following and (following[0][0].isupper() or following[0][0].isdigit()
                              or following[0] == "phố"):
                break
            if low != "xã":
                break
        if taken and token in _DAY_OPENERS and following and following[0][:1].isdigit():
            break  # a caption run into the next sentence: 'Ảnh: Minh An Sáng 23/6, …'
        if not taken and low in _LOWER_NAME_START:
            taken.append(w)  # 'Đảng ủy khối các cơ quan tỉnh'
        elif taken and token in _SENTENCE_OPENERS \
                and [f.lower().rstrip(",.;:") for f in following[:2]] != ["đại", "học"] and (
                # ('… Hợp tác và Sau đại học': postgraduate studies, a field, no new sentence)
                not following or not following[0][0].isupper() or token == "Theo"
                or token in ("Ông", "Bà") and (_name_follows(gz, s, w.end())
                                               or taken[-1].group() in ("-", "–", "--"))):
            break  # a caption run into the next sentence ('Ban biên tập Trước đó, …', 'Vụ
            # TCNH Theo Quyết định …': 'Theo' is no word of a name), or
            # the next person of a list ('Bộ TT&TT - Ông Hồng Thanh Quang')
        elif token[0].isupper() or token[0].isdigit():
            if gz.country_at(s, w.start()) and not (
                    taken and taken[-1].group() in ("-", "–") and following[:1]
                    and following[0][:1].isupper()):
                break  # 'Bộ Quốc phòng Mỹ': the country is no part of the name (but after a
                # dash a name may start like one: 'BOT Cao tốc Trung Lương – Mỹ Thuận')
            if open_start and (place := _place_name_at(gz, s, w.start())):
                inside_place = place
                taken.append(w)
                expect = w.end()
                after_place = True
                continue
            if taken and not open_start and _place_name_at(gz, s, w.start()) \
                    and fold(s[taken[0].start():taken[-1].end()]) not in _KIND_ONLY:
                break  # 'Trường Đại học Bách khoa Hà Nội': the place follows the name
            # in an enterprise's or unit's name, two capitalised words are its proper name
            # ('Ban quản lý rừng Yên Tử', 'Công ty Chế biến dừa Lương Quới'); a person's
            # name written after it has three or more
            shortest = 3 if open_start or titled else 2
            if taken and gz.pen_name_re is not None and gz.pen_name_re.match(s, w.start()):
                break  # 'Tổng Biên tập Báo Nhân Dân Thuận Hữu': a pen name ends the name
            if token in gz.surnames and _looks_like_name(s, w.start(), gz, shortest) \
                    and not (taken and all(t.group() in _TRADE_FORMS
                                           or t.group().lower() in _TRADE_WORDS
                                           for t in taken)):
                # (after its legal form alone, a firm's name is its own, though it reads like a
                # person's: 'Công ty TNHH TM XNK Hoàng Gia Phát', 'Công ty TNHH Nguyễn Hưng')
                if not _named_after(taken, s) \
                        and not _SITE_BEFORE.search(s, max(0, w.start() - 20), w.start()):
                    break  # a person's name
                # a school or a site named after a person ('Trường THPT dân lập Lý Thái Tổ',
                # 'Ban tổ chức lễ hội Đền Trần Thái Bình')
                inside_place = _NAME_RUN.match(s, w.start()).end()  # type: ignore[union-attr]
            taken.append(w)
            if fold(s[taken[0].start():w.end()]).endswith(("việt nam", "trung ương")):
                # a name ending with the country or 'Trung ương' ends there, but a friendship
                # association goes on with its other country ('Hội Hữu nghị Việt Nam - Cuba')
                pair = _PAIRED.match(s, w.end())
                if pair and gz.country_re.match(s, pair.end()):
                    end = gz.country_re.match(s, pair.end()).end()  # type: ignore[union-attr]
                    return s[taken[0].start():end], end
                break
        elif low in ("và", "-", "–", "&", "các") and taken or open_start and low == "các":
            taken.append(w)
        elif taken and _INSTITUTIONS.match(s, w.start()):
            taken.append(w)  # '… và tổ chức tín dụng': credit institutions, not 'tổ chức' done
        elif low == "về" and len(taken) >= 2 and following and following[0][0].isupper() \
                and not parse_place(gz, s, _skip_space(s, w.end())):
            taken.append(w)  # 'Ban Chỉ đạo Nhà nước về Du lịch'; not 'về Hà Nội'

        elif (taken or open_start) and low == "từ" and following[:1] == ["thiện"]:
            taken.append(w)  # 'Quỹ từ thiện …': charity, not 'từ' (from)
        elif (taken or open_start) and low == "phát" and following[:1] and \
                following[0].lower() in ("điện", "hành", "thanh", "sóng"):
            taken.append(w)  # 'Công ty phát điện 1', 'Nhà xuất bản'; not 'phát biểu'
        elif low == "phát" and [f.rstrip(",.;:!?)") for f in following[:1]] == ["triển"] and (
                open_start and not _has_capital(taken)
                or len(taken) >= 2 and fold(s[taken[-2].start():taken[-1].end()]) == "nghiên cứu"):
            # 'Trung tâm phát triển quỹ đất TP. Huế': a kind of unit, still in lower case
            # (after a proper name, 'Công ty Sao Mai phát triển …' is a verb, but 'Viện
            # Nghiên cứu phát triển …' is research and development, one field)
            taken.append(w)
        elif taken and low == "mới" and (taken[-1].group().lower() == "đổi" or new_countryside):
            # 'Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp' (renewal), '… xây dựng nông thôn
            # mới', not 'mới' (just)
            taken.append(w)
        elif taken and low == "nhiệm" and taken[-1].group().lower() == "trách" \
                and following[:1] == ["hữu"]:
            taken.append(w)  # 'Công ty Trách nhiệm hữu hạn X': the legal form written out
        elif low == "công" and token[0].islower() and following[:1] == ["tác"] \
                and _has_capital(taken):
            break  # 'về Học viện X công tác từ năm 1999': to work there, after the proper
            # name ('Ban Chỉ đạo công tác …' goes on: no proper name has begun)
        elif taken and low == "không" and taken[-1].group().lower() != "hàng":
            break  # 'Cục Văn hóa cơ sở không …' (not): the sentence goes on; 'hàng không'
        elif (taken or open_start) and (low not in _STOP_LOWER or _closes_a_word(taken, low)) \
                and not low[0].isdigit() \
                and not (following and following[0].lower().rstrip(",.;:!?")
                         in _STOP_BEFORE.get(low, ())
                         and not (taken and taken[-1].group().lower()
                                  in _STOP_NOT_AFTER.get(low, ()))) \
                and not (low in _GOES_ON_ONLY and (taken or low not in _FIRST_WORD_OK) and not (
                    following and following[0].lower().rstrip(",.;:!?") in _GOES_ON_ONLY[low])
                    # ('Vụ Quản lý đê điều': the last syllable of a common word, no verb)
                    and not _ends_a_common_word(taken, low)
                    and not (not taken and following and following[0].lower().rstrip(",.;:!?")
                             in _OPENS_ONLY.get(low, ()))) \
                and not (open_start and _proper_name_ended(taken)) \
                and not _named_for_a_place(gz, s, taken):
            taken.append(w)
        else:
            break
        expect = w.end()
    while taken and taken[-1].group().lower() in ("và", "-", "–", "&", "các"):
        taken.pop()
    if open_start and taken and not _has_capital(taken):
        # 'Hội đồng thi đua khen thưởng Bộ Y tế': a place or the parent body ends it
        after = _OF.match(s, taken[-1].end()).end()  # type: ignore[union-attr]
        if not (after < len(s) and (parse_place(gz, s, after)
                                    or inside and parse_body(gz, s, after, 3))) \
                and not (unit and 2 <= len(taken) <= (16 if asides else 8 if verb_ends else 5)
                         and (_HARD_END.match(s, taken[-1].end())
                              or verb_ends and _VERB_NEXT.match(s, taken[-1].end()))
                         and taken[0].group().lower() not in ("các", "những")):
            # (a unit written with its head capitalised may have its field in lower case up
            # to a bracket, a comma or 'và': 'Chi cục quản lý đất đai và ông B')
            return "", pos
    if not taken:
        return "", pos
    name, end = s[taken[0].start():taken[-1].end()], taken[-1].end()
    for a, b in reversed(asides):
        if b <= end:
            name = name[:a - taken[0].start()] + name[b - taken[0].start():]
    return name, end


_SHORT_FORM = re.compile(r"[A-ZĐ][A-ZĐ&-]{1,9}")
_CLOSE_THEN_LOWER = re.compile(r"\s*\)(?=\s+([a-zđà-ỹ]+))")
#: words that take a name's sentence on, not the name: '… doanh nghiệp (DN) sáng 11/7'
_WHEN_WORDS = {"sáng", "chiều", "tối", "trưa", "đêm", "ngày", "hôm", "năm", "tháng", "nay"}


def initials_of_last_words(short: str, words: list[str]) -> bool:
    """'ĐTXD' stands for the last words only ('… dự án đầu tư xây dựng'), not for them all:
    a short form inside a name, no short name of the whole ('Tổng công ty Bảo đảm … miền Nam
    (BĐSBMN)' defines one)."""
    letters = [c for c in short if c.isalpha()]
    return len(letters) < len(words) and all(
        fold(w)[:1] == fold(c) for w, c in zip(words[-len(letters):], letters))


#: 'Vụ Tài chính các Ngân hàng …': the name goes on past its domain with a plural
_PLURAL_GOES_ON = re.compile(rf"\s+(?:các|những)\s+[{UPPER}]")
#: '(Trường) Đại học Kinh tế quốc dân': the name goes on past its field in lower case
_NATIONAL_AFTER = re.compile(r"\s+quốc (?:dân|gia)(?!\w)")
_INSTITUTIONS = re.compile(r"tổ(?=\s+chức\s+(?:tín dụng|tài chính))", re.I)
#: papers and magazines have titles of words that may be family names ('báo Đại Đoàn Kết'):
#: only a full name of three words or more after them is a person's
_TITLED_HEADS = {"Báo", "Tạp chí"}
#: Vietnam's missions abroad, named with the state that hosts them
_MISSIONS = {"Đại sứ quán", "Tổng Lãnh sự quán", "Lãnh sự quán"}
_AT = re.compile(r"\s+tại\s+")
#: own names that only say what kind of institution it is: the place is its name
#: ('Trường Đại học Vinh', 'Bệnh viện Đa khoa Hà Tĩnh')
_KIND_ONLY = {"đại học", "cao đẳng", "trung cấp", "trung học phổ thông", "trung học cơ sở",
              "tiểu học", "mầm non", "đa khoa", "sư phạm", "y", "y dược",
              # the same kinds in capitals ('Trường THCS Lê Văn Tám')
              "thcs", "thpt", "ptth", "ptcs", "ptdtnt", "ptdtbt", "th", "mn"}


#: words a head's syllable ends, written in capitals inside a name ('Trường Đại học Bách Khoa
#: Thành phố Hồ Chí Minh', 'Đại học Y Khoa Phạm Ngọc Thạch'): that 'Khoa' heads no faculty
_HEAD_IN_A_WORD = re.compile(r"(?:Bách|Y|Đa|Nha|Nhi|Sản|Nhãn|Ngoại|Nội|Chuyên) Khoa", re.I)
_EVENT_START = re.compile(r"(?:Hội nghị|Hội thảo|Đại hội|Lễ|Kỳ họp|Phiên họp|Buổi)(?!\w)")


def _named_after(taken: list[re.Match[str]], s: str) -> bool:
    """The name so far only says what kind of school it is ('Trung học phổ thông', 'dân
    lập'): a person's name that follows is the school's name."""
    if not taken:
        return False
    so_far = fold(s[taken[0].start():taken[-1].end()])
    return so_far in _KIND_ONLY or so_far.endswith(("dân lập", "tư thục", "chuyên"))


def _named_for_a_place(gz: Gazetteer, s: str, taken: list[re.Match[str]]) -> bool:
    """'Đại học Đà Nẵng': a name that is a place's is whole; a lower-case word after it is the
    sentence going on ('Giám đốc ĐH Đà Nẵng ghi nhận …')."""
    return bool(taken) and _place_name_at(gz, s, taken[0].start()) == taken[-1].end()


def _proper_name_ended(taken: list[re.Match[str]]) -> bool:
    """In an enterprise's name, a lower-case word after an acronym ('Ngân hàng MHB góp')
    or a brand ('Tổng công ty Vinaconex liên quan vụ …') is the sentence going on, not the
    name (legal forms aside: 'Công ty TNHH thương mại')."""
    if not taken:
        return False
    last = taken[-1].group()
    return len(last) > 1 and last.isupper() and last not in _LEGAL_FORMS or _is_brand(last)


#: a run of vowels: a Vietnamese syllable has one, a brand written in Latin letters several
_VOWEL_RUN = re.compile(r"[aeiouy]+", re.I)


def _is_brand(word: str) -> bool:
    """'Vinaconex', 'Sabeco', 'Viettel': a capitalised word of plain Latin letters with more
    than one syllable in it, which no Vietnamese syllable is."""
    return word[:1].isupper() and word.isascii() and word.isalpha() \
        and len(_VOWEL_RUN.findall(word)) >= 2


#: an enterprise's legal form, written before the rest of its name ('Công ty TNHH thương mại …')
_LEGAL_FORMS = {"TNHH", "MTV", "TMCP", "CP", "CTCP", "XNK", "HTX"}
#: the same written out ('Công ty TNHH Thương mại Xuất nhập khẩu Hoàng Gia Phát', 'Công ty
#: TNHH một thành viên Lê Quang Lộc'): a firm's name after them alone is its own
_TRADE_WORDS = {"một", "thành", "viên", "cổ", "phần", "trách", "nhiệm", "hữu", "hạn", "thương",
                "mại", "xuất", "nhập", "khẩu", "dịch", "vụ", "sản", "đầu", "tư", "xây", "dựng",
                "và", "-", "&"}
_TRADE_FORMS = _LEGAL_FORMS | {"TM", "DV", "XD", "SX", "TMDV", "TM-DV", "TM&DV", "XNK", "ĐT", "MTV"}


_ACRONYM = re.compile(r"\s*[A-ZĐ]{3,8}(?![\w-])")
_SYL_PLAIN = rf"[{UPPER}][{LOWER}]+"
# ('Tổng Giám đốc Becamex IDC': a brand and the initials it goes with; not 'VCCI TP.HCM')
_BRAND = re.compile(r"\s*([A-ZĐ][A-Za-zĐ0-9&]{2,15}(?:\s+(?!TP\b)[A-Z]{2,5}(?![\w.&-]))?)(?![\w-])")
# ('Vietnam Airlines', 'Dragon Capital': a firm named in English, by the word its kind ends it)
_GROUP_BRAND = re.compile(rf"\s*((?:[{UPPER}][\w&-]*\s+){{1,3}}(?:Group|Corporation|Corp|Holdings"
                          r"|Capital|Airlines|Airways|Securities|Partners|Ventures))(?![\w-])")
#: an enterprise known by its brand alone ('Vinamilk', 'EVN'): the head of its name
BRAND_HEAD = HeadEntry("", "named", placeless=True, group="Công ty")


def brand(gz: Gazetteer, s: str, pos: int, words: int = 1) -> tuple[BodyRef, int] | None:
    """A firm named by its brand right at ``pos``: one word of plain Latin letters (no
    Vietnamese marks) that is no surname, place or country ('Tổng giám đốc Vinamilk'), or,
    with ``words`` > 1, up to that many capitalised words that are no person's name
    ('Tổng giám đốc Điện Quang')."""
    if (group := _GROUP_BRAND.match(s, pos)) is not None:
        # 'Tổng Giám đốc Sao Mai Group': a group named in English, all its words
        return BodyRef(BRAND_HEAD, name=group.group(1), written=group.group(1)), group.end()
    m = _BRAND.match(s, pos)
    if not m and words > 1:
        m = _BRAND_WORDS.match(s, pos)
        if m and (len(m.group(1).split()) > words or _name_follows(gz, s, m.start(1))):
            m = None
    if not m or m.group(1) in gz.surnames or m.group(1) in NOT_NAME \
            or gz.find_places(m.group(1)) or gz.country_at(s, m.start(1)) \
            or gz.head_re.match(s, m.start(1)) or gz.role_re.match(s, m.start(1)) \
            or gz.domain_re.fullmatch(m.group(1)):
        return None  # ('Giám đốc GTVT TP.HCM': a department's field, written short, no firm)
    return BodyRef(BRAND_HEAD, name=m.group(1), written=m.group(1)), m.end()


#: a Vietnamese syllable written without its marks ('Chung', 'Phong'): a given name, no brand
_PLAIN_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
                             r"[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?", re.I)
_COINED = re.compile(r"\s*([A-Z][a-z]{4,15})(?=[\s,.;:)]|$)(?!\s+[A-ZĐÀ-Ỹ])")


def _coined_brand(s: str, pos: int) -> bool:
    """'Chủ tịch Vinaconex', 'Giám đốc Saigontourist': a coined word that is no Vietnamese
    syllable, with no other capitalised word after it (not 'Chủ tịch Fidel Castro')."""
    m = _COINED.match(s, pos)
    return bool(m and not _PLAIN_SYLLABLE.fullmatch(m.group(1)))


_BRAND_WORDS = re.compile(rf"\s*({_SYL_PLAIN}(?:\s+{_SYL_PLAIN}){{1,2}})(?![\w-])(?!\s+[{UPPER}])")


def _has_capital(words: list[re.Match[str]]) -> bool:
    return any(w.group()[0].isupper() or w.group()[0].isdigit() for w in words)


def _place_name_at(gz: Gazetteer, s: str, pos: int) -> int:
    """Where a known place written without its level word ('Hà Tiên', not 'tỉnh X')
    that starts at ``pos`` ends; 0 if none does."""
    found = parse_place(gz, s, pos)
    return found[1] if found and found[0].entry and not found[0].level else 0


#: a lower-case word after a unit's domain goes on with its name ('Phòng Tổ chức cán bộ
#: lao động'), unless it starts the sentence's next part
_LOWER_GOES_ON = re.compile(r" ([a-zđà-ỹ]+)")

#: a domain that goes on after a dash is a longer name: 'Tài chính - Kế toán'
_COMPOUND = re.compile(rf"\s*(?:[-–]|và)\s*[{UPPER}]")


def _name_goes_on(gz: Gazetteer, s: str, pos: int) -> bool:
    """After a domain, a capitalised word that is no place, body, title or person goes on
    with the name: 'Tập đoàn Bưu chính Viễn thông Việt Nam', not 'Sở Tài chính Hà Nội'."""
    at = _skip_space(s, pos)
    if at == pos or at >= len(s) or not s[at].isupper():
        return False
    word = re.match(r"\w+", s[at:])
    return not (parse_place(gz, s, at) or gz.head_re.match(s, at) or gz.role_re.match(s, at)
                or gz.country_at(s, at)
                or _name_follows(gz, s, at) or (word and word.group() in NOT_NAME))


def _is_level(low: str, following: list[str]) -> bool:
    """'thành' and 'thị' mark a level only in 'thành phố', 'thị xã', 'thị trấn' (and not
    in the names 'Thuận Thành', 'Ngọc Thị')."""
    nxt = following[0].lower().strip(".,;:!?)(\"'“”") if following else ""
    if low == "thành":
        return nxt == "phố"
    if low == "thị":
        return nxt in ("xã", "trấn")
    return True


def _looks_like_name(s: str, pos: int, gz: Gazetteer, shortest: int = 2) -> bool:
    """A person's name starts at ``pos``: not a run that holds the country's name or
    starts with a place ('Công Thương Việt Nam', 'Hà Tiên')."""
    m = _NAME_RUN.match(s, pos)
    if not m or len(m.group().split()) < shortest:
        return False
    words = m.group().split()
    return "Việt Nam" not in m.group() and not gz.find_places(" ".join(words[:2]))


# ('Điểu K'Ré', 'Ksor H'Bơ Khăp': a Central Highlands syllable with its initial's apostrophe)
_SYL = rf"[{UPPER}](?:['’][{UPPER}])?[{LOWER}]*"
_NAME_RUN = re.compile(rf"{_SYL}(?:\s+{_SYL}){{1,4}}")
_HONORIFIC = r"(?:ông|bà|Ông|Bà|đồng chí|Đồng chí)"
_SHORT_REF = re.compile(
    rf"(?<!\w)({_HONORIFIC})\s+({_SYL})(?!\s*[{UPPER}])(?!\w)")


_SYL_RE = re.compile(_SYL + r"(?!\w)")


#: middle names that only persons have: 'Sầm Văn Lưu', 'Giàng Thị Mỷ' are full names even
#: with a family name the gazetteer lacks (minority and rare names)
_MIDDLE_NAMES = {"Văn", "Thị"}


def _has_middle_name(words: list[str], i: int) -> bool:
    return i + 2 < len(words) and words[i + 1] in _MIDDLE_NAMES and words[i] not in NOT_NAME \
        and words[i + 2] not in _MIDDLE_NAMES


#: a Central Highlands given name opened by its initial's apostrophe, which starts a woman's
#: name of the Ê Đê or Gia Rai ('H'Yim Kđoh') or a K'Ho name ('K'Đức Tuấn'): a full name
#: with no family name before it
_HIGHLAND_FIRST = re.compile(rf"[HK]['’][{UPPER}]")


# ('… Chủ tịch UBND TP Nguyễn Đức Chung Đúng 8h30, buổi công bố …': a caption run into the
# story, whose 'Đúng 8h30' opens a sentence)
_TIMES_OF_DAY = {"Sáng", "Chiều", "Tối", "Trưa", "Đúng"}
_TIME_GOES_ON = re.compile(r"\s*(?:\d|nay\b|qua\b|mai\b|ngày\b|hôm\b|cùng\b|sớm\b|muộn\b|"
                           r"tới\b|\()")


def _given_name_not_time(s: str, w: re.Match[str]) -> bool:
    """'ông Vũ Xuân Sáng do …': 'Sáng' ends a name unless a day follows ('Sáng 5/8'); 'ông Lê
    Văn Tự Do, Phó Cục trưởng …': a function word capitalised right before the comma of a
    title's apposition is the name's last syllable (it opens no sentence there)."""
    if w.group() in _GIVEN_NAME_WORDS and s.startswith(",", w.end()):
        return True
    return w.group() in _TIMES_OF_DAY and not _TIME_GOES_ON.match(s, w.end()) \
        and w.end() < len(s) and s[w.end()] in " ,;-–)"


#: words that open sentences but are given names too ('Tự Do', 'Văn Tuy', 'Thị Còn')
_GIVEN_NAME_WORDS = {"Do", "Vì", "Tuy", "Qua", "Còn", "Cũng", "Có", "Đến"}


def find_names(gz: Gazetteer, s: str, blocked: list[tuple[int, int]]) -> list[NameMention]:
    """Full names (surname + 1-4 capitalised syllables) outside title/body spans."""
    out: list[NameMention] = []
    runs: list[list[re.Match[str]]] = []
    inside = bytearray(len(s) + 1)  # 1 where a title, a body or a credit is (one lookup a word)
    for a, b in blocked:
        inside[a:b] = b"\x01" * (b - a)
    for m in _SYL_RE.finditer(s):
        if inside[m.start()]:
            runs.append([])
            continue
        if runs and runs[-1] and s[runs[-1][-1].end():m.start()].isspace() \
                and len(s[runs[-1][-1].end():m.start()]) <= 2 \
                and not (m.group() in NOT_NAME and not _given_name_not_time(s, m)):
            runs[-1].append(m)  # ('Trần Ngọc Bà Phạm Thị Hà': 'Bà' opens a second run)
        else:
            runs.append([m])
    for run in runs:
        words = [m.group() for m in run]
        i = 0
        while i < len(words):
            skip = _place_prefix(gz, words[i:])
            rest_words = words[i + skip:]
            level_before = re.search(r"(?:tỉnh|thành phố|quận|huyện|thị xã|xã|phường)\s*$",
                                     s[max(0, run[i].start() - 12):run[i].start()], re.I)
            if skip and not level_before and words[i] in gz.surnames and (
                    rest_words and rest_words[0] not in gz.surnames and len(rest_words) <= 2
                    or _called_as_a_person(s, run[i].start())):
                break  # 'Hoàng Mai Anh' is a person, 'quận Hoàng Mai' a place, 'ông Hoàng Sa'
                # a man named like a place
            if skip:
                i += skip
            elif words[i] not in gz.surnames and not _has_middle_name(words, i) \
                    and not _HIGHLAND_FIRST.match(words[i]):
                i += 1
            elif len(words[i]) == 1 and i + 1 < len(words) and words[i + 1] in gz.surnames:
                i += 1  # 'nhóm A Nguyễn Văn B': a letter ('A', 'Y' open highland names) before
                # a family name is no part of the name
            else:
                break
        rest = run[i:i + 5]
        cut = next((k for k, w in enumerate(rest) if k and w.group() in NOT_NAME
                    and not _given_name_not_time(s, w)), None)
        if cut is not None:
            rest = rest[:cut]
        for k in (3, 2):  # 'Bí thư Tỉnh ủy Trần Văn Bình Hà Tĩnh': a province after the name
            if len(rest) - k >= 3 and any(e.kind == "province" for e in gz.find_places(
                    " ".join(m.group() for m in rest[-k:]))):
                rest = rest[:-k]
                break
        kept = [m.group() for m in rest]
        if len(rest) < 2 or _lunar_year(kept) or _place_prefix(gz, kept) == len(rest) \
                and not _called_as_a_person(s, rest[0].start()):
            continue
        if _SITE_BEFORE.search(s, max(0, rest[0].start() - 20), rest[0].start()):
            continue  # 'đường Hàn Thuyên', 'Đền Trần Thái Bình': a site named for a person
        out.append(NameMention(s[rest[0].start():rest[-1].end()], rest[0].start(), rest[-1].end()))
    if gz.pen_name_re is not None:
        # a name that starts with no family name ('Tổng Bí thư Trường Chinh'), from the list
        for m in gz.pen_name_re.finditer(s):
            if not any(a <= m.start() < b for a, b in blocked) \
                    and not any(n.start < m.end() and m.start() < n.end for n in out):
                out.append(NameMention(m.group(), m.start(), m.end()))
    for m in _SHORT_REF.finditer(s):
        if any(n.start <= m.start(2) < n.end for n in out):
            continue
        out.append(NameMention(m.group(2), m.start(2), m.end(2), short=True))
    return sorted(out, key=lambda n: n.start)


#: the ten stems and twelve branches that name a year of the lunar calendar
_STEMS = {"Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"}
_BRANCHES = {"Tý", "Sửu", "Dần", "Mão", "Mẹo", "Thìn", "Tỵ", "Tị", "Ngọ", "Mùi", "Thân", "Dậu",
             "Tuất", "Hợi"}


#: a street, a temple or a monument is named for a person: the name after it is the site's
#: ('lễ hội Đền Trần Thái Bình', 'đường Nguyễn Huệ'; not 'gia đình …', 'yêu cầu …', 'thành phố
#: Hồ Chí Minh', which is a place anyway)
_SITE_BEFORE = re.compile(r"(?<!\w)(?:đền|chùa|(?<!gia )(?<!triều )đình|miếu|lăng|đường|"
                          r"(?<!thành )(?<!khu )phố|đại lộ|(?<!yêu )cầu|quảng trường|công viên|"
                          r"tượng đài|nhà lưu niệm|khu lưu niệm)\s+$", re.I)
_HONORIFIC_BEFORE = re.compile(rf"(?<!\w){_HONORIFIC}\s+$")


def _called_as_a_person(s: str, at: int) -> bool:
    """An honorific stands right before ``at`` ('ông Hoàng Sa'): a person's name follows."""
    return bool(_HONORIFIC_BEFORE.search(s, max(0, at - 9), at))


def _lunar_year(words: list[str]) -> bool:
    """'Xuân Đinh Dậu', 'Tết Mậu Tuất': a year of the lunar calendar, no person ('Đinh' is
    also a family name)."""
    return len(words) == 2 and words[0] in _STEMS and words[1] in _BRANCHES


def _place_prefix(gz: Gazetteer, words: list[str]) -> int:
    for n in range(min(len(words), gz.place_max_words), 0, -1):
        if n >= 2 and gz.find_places(" ".join(words[:n])):
            return n
    if words and words[0] in ("Hồ", "Quận") and len(words) > 2 and words[1:3] == ["Chí", "Minh"]:
        return 3
    return 0


_WORD_BEFORE = re.compile(r"([A-ZĐÀ-Ỹ][a-zà-ỹđ]*)\s$")
_CAP_AFTER = re.compile(r" [A-ZĐÀ-Ỹ][a-zà-ỹđ]*(?![\w-])")
_TITLED_REF = re.compile(rf"\s+({_SYL})(?!\s*[{UPPER}\d])(?!\w)")
# (a credit ends before 'Ông'/'Bà' opening the caption: 'Ảnh: TRẦN NGỌC Bà Phạm Thị …')
PHOTO_CREDIT = re.compile(rf"(?:Ảnh|Nguồn|Video|Clip)\s*:\s*(?:(?!Ông\b|Bà\b){_SYL}\s*){{1,4}}")
_HONORIFIC_WORDS = re.compile(r"(?:Phó Giáo sư|Giáo sư|Tiến sĩ|Tiến sỹ|Thạc sĩ|Phó Giáo)(?!\w)")
_MODIFIER = re.compile(r"(nguyên|cựu|tân|quyền|nguyên là|từng là|từng)\s+$", re.I)


CENTRAL_COMMITTEE = "Ban Chấp hành Trung ương Đảng"
#: 'Ban Tổ chức Trung ương Đảng': the Party's, said after 'Trung ương' (not 'Đảng Cộng sản
#: Trung Quốc', not 'Đảng bộ', 'Đảng ủy')
_OF_THE_PARTY = re.compile(r"\s+Đảng(?!\w)(?!\s+(?:Cộng sản|bộ|ủy|đoàn)\b)")
_CENTRAL_COMMITTEE = re.compile(r"\s+(Trung ương|TƯ|TW)(?!\w)")


def _ends_the_title(gz: Gazetteer, s: str, pos: int) -> bool:
    """Nothing but punctuation, a lower-case word or a person's name comes next (not the
    name of another organisation: 'Trung ương Đoàn', 'Trung ương Hội')."""
    at = _skip_space(s, pos)
    return at >= len(s) or not s[at].isupper() or _name_follows(gz, s, at)


_TWO_WORDS_BEFORE = re.compile(r"(?:\S+\s+){1,2}$")


def _in_country(gz: Gazetteer, s: str, pos: int) -> bool:
    """'Ban' in 'Tây Ban Nha', 'Đài' in 'Đài Loan': a head word inside a country's name
    (which starts at most two words before it)."""
    if not s[pos].isupper():
        return False
    starts = [pos]
    if (before := _TWO_WORDS_BEFORE.search(s, max(0, pos - 24), pos)) is not None:
        starts += [before.start() + w.start() for w in re.finditer(r"\S+", before.group())]
    return any((c := gz.country_re.match(s, at)) and c.end() > pos for at in starts)


def analyse(gz: Gazetteer, s: str) -> SentenceMentions:
    out = SentenceMentions(s)
    taken: list[tuple[int, int]] = []
    foreign_ends: list[int] = []  # where a foreign state's title ends
    # bodies first, so that 'Bí thư' inside 'Ban Bí thư' is not read as a role
    body_spans: list[tuple[int, int]] = []
    for hm in gz.head_re.finditer(s):
        if any(a <= hm.start() < b for a, b in body_spans) or _in_country(gz, s, hm.start()):
            continue
        if " " not in hm.group() and (prev := _WORD_BEFORE.search(s, 0, hm.start())) \
                and (prev.group(1) in gz.surnames or prev.group(1) in _MIDDLE_NAMES) \
                and _CAP_AFTER.match(s, hm.end()):
            continue  # 'Thượng tướng Lý Trường Khanh', 'bà Nguyễn Thị Trường Giang': a
            # person's name, not 'Trường Long'
        if " " in hm.group() and all(w[:1].isupper() for w in hm.group().split()) \
                and (prev := _WORD_BEFORE.search(s, 0, hm.start())) \
                and prev.group(1) in gz.surnames and not _CAP_AFTER.match(s, hm.end()):
            continue  # 'ông Nguyễn Quốc Hội': the last words of a name, not 'Quốc hội'
        if hm.group()[0].islower() and any(
                r.start() < hm.start() and r.end() >= hm.end()
                for r in gz.role_re.finditer(s, max(0, hm.start() - 16), hm.end())):
            continue  # 'Phó trưởng ban Thường trực': all one title, no 'Ban Thường trực'
        parsed = parse_body(gz, s, hm.start())
        if parsed:
            if not gz.country_at(s, _skip_space(s, parsed[1])):  # not 'Bộ Ngoại giao Nhật Bản'
                out.bodies.append((parsed[0], hm.start(), parsed[1]))
            body_spans.append((hm.start(), parsed[1]))
    role_matches = list(gz.role_re.finditer(s))  # (scanned once: the names look at them too)
    for rm in role_matches:
        if any(a <= rm.start() < b for a, b in body_spans + taken):
            continue
        role = gz.roles[fold(rm.group())]
        parsed = parse_body(gz, s, rm.end())
        shorter = _body_inside_title(gz, s, rm)
        if shorter:  # 'Bí thư Trung ương Đoàn': 'Bí thư' of 'Trung ương Đoàn'
            role, parsed = shorter
        if not parsed and role.head and fold(role.name).startswith(fold(role.head) + " "):
            # 'Chi cục trưởng QLTT thành phố X': the unit the title is named for, whose
            # head the title does not repeat
            parsed = _unit_of_title(gz, s, rm.end(), role.head)
        if parsed and role.head == "Bộ" and parsed[0].head.name == "Công an" \
                and parsed[0].place is None and parsed[0].parent is None:
            # 'Bộ trưởng Công an Trần Văn A': the ministry, not a province's police
            parsed = BodyRef(gz.heads[fold("Bộ")], name="Công an",
                             written=s[_skip_space(s, rm.end()):parsed[1]]), parsed[1]
        if not parsed and role.head == "Bộ" and gz.domain_re.match(s, _skip_space(s, rm.end())):
            parsed = _unit_of_title(gz, s, rm.end(), "Bộ")  # 'Thứ trưởng GD&ĐT Nguyễn …'
        if not parsed and (role.head == "Công ty" or _ACRONYM.match(s, rm.end())
                           or _coined_brand(s, rm.end()) or _GROUP_BRAND.match(s, rm.end())) \
                and not _OUR_STATE.match(s, rm.end()):
            # 'Tổng giám đốc Vinamilk', 'Tổng giám đốc Điện Quang', 'Chủ tịch VCCI'
            parsed = brand(gz, s, rm.end(), 3 if role.head == "Công ty" else 1)
        if not parsed and "Bí thư" in role.name and (cell := _BARE_CELL.match(s, rm.end())):
            # 'Bí thư chi bộ, Giám đốc Trung tâm X': the cell of the body the next title
            # names (the pipeline gives it that parent); the chain goes on past it
            parsed = BodyRef(gz.heads[fold("Chi bộ")], written=cell.group().strip()), cell.end()
        if not parsed and role.name in _PLACE_TITLES:
            parsed = _place_title(gz, s, rm.end(), role,   # 'Bí thư thị trấn X', 'Chủ tịch tỉnh X'
                                  holder_before=_name_precedes(s, rm.start()))
        if not parsed and role.name == "Đại sứ" and (abroad := _OURS_ABROAD.match(s, rm.end())) \
                and (land := gz.country_re.match(s, abroad.end())):
            # 'Đại sứ Việt Nam tại Lào': the embassy (a foreign state's envoy is no one's here)
            parsed = BodyRef(gz.heads[fold("Đại sứ quán")], name=f"Việt Nam tại {land.group()}",
                             written=s[_skip_space(s, rm.end()):land.end()]), land.end()
        if not parsed and role.head and fold(rm.group()).endswith(fold(role.head)) \
                and (unnamed := gz.head_re.match(s, rm.end() - len(role.head))) \
                and unnamed.end() > rm.end() and (kind := gz.heads.get(fold(unnamed.group()))) \
                and kind.kind == "named" and _name_follows(gz, s, unnamed.end()):
            # 'Phó Thủ tướng, Trưởng Ban chỉ đạo Trần Văn A': the steering committee the
            # article names in full elsewhere (the pipeline looks it up)
            parsed = BodyRef(kind, written=unnamed.group()), unnamed.end()
        # 'Trưởng đoàn Thanh tra (Phó Chánh thanh tra TP)': the head of an inspection team (an
        # 'Đoàn thanh tra' of no name, no post), not of the inspectorate
        team = parsed is not None and fold(role.name).endswith("đoàn") \
            and parsed[0].head.name == "Thanh tra" \
            and not (parsed[0].name or parsed[0].place or parsed[0].parent)
        central = _CENTRAL_COMMITTEE.match(s, rm.end())
        if not parsed and central and role.name.startswith("Ủy viên") \
                and _ends_the_title(gz, s, central.end()):
            # 'Ủy viên Trung ương, Bộ trưởng …': a member of the Party's Central Committee
            # ('Ủy viên Trung ương Đoàn' is the Youth Union's: a name follows there)
            parsed = BodyRef(gz.heads[fold(CENTRAL_COMMITTEE)], written=central.group(1)), \
                central.end()
        last = rm.group().split()[-1]
        unit = gz.heads.get(fold(role.head)) if role.head else None
        if unit and unit.kind != "named" and fold(rm.group()).endswith(fold(role.head or "")) \
                and not _QUALIFIER.match(s, rm.end()):
            # 'Chánh Văn phòng Tỉnh ủy', 'Chánh Thanh tra Sở Y tế': the title ends with
            # the unit it leads, inside the body that follows
            at = rm.end() - len(unit.name)
            parsed = parse_body(gz, s[:at] + unit.name + s[rm.end():], at) or parsed
        elif not parsed and last.lower() in ("ban", "đoàn", "phòng") \
                and not _QUALIFIER.match(s, rm.end()):  # 'Phó Trưởng ban phụ trách Ban X'
            parsed = parse_body(gz, s[:rm.end() - len(last)] + last.capitalize() + s[rm.end():],
                                rm.end() - len(last))
            if parsed and parsed[0].head.name.lower() in ("ban", "phòng") \
                    and (not parsed[0].name or fold(parsed[0].name).startswith("ban ")):
                # (nor 'Ban Ban Chỉ đạo': the title's word and the body's head; 'Phòng Phòng,
                # chống tệ nạn xã hội' is a unit's name, prevention)
                parsed = None
        elif not parsed and unit and fold(rm.group()).endswith(fold(unit.name)) \
                and not _QUALIFIER.match(s, rm.end()):
            # 'Phó trưởng Trạm Cấp nước X': the unit the title was written to end with
            at = rm.end() - len(unit.name)
            found = parse_body(gz, s[:at] + unit.name + s[rm.end():], at)
            parsed = found if found and (found[0].name or found[0].parent) else None
        at = _skip_space(s, rm.end())
        if not parsed and role.head and s.startswith(role.head.lower() + " ", at):
            # 'Phó Hiệu trưởng trường Đại học X': the unit the title heads, in lower case
            parsed = parse_body(gz, s[:at] + role.head + s[at + len(role.head):], at)
        if not parsed and role.name in ("Bí thư", "Phó Bí thư") \
                and (village := _VILLAGE.match(s, at)) is not None:
            # 'Bí thư thôn Yên Cảnh', 'Bí thư chi bộ thôn X': the village's Party cell
            cell_head = "Chi bộ "
            shift = len(cell_head) - (village.start("level") - at)
            found = parse_body(gz, s[:at] + cell_head + s[village.start("level"):], at)
            if found and found[0].name:
                end = found[1] - shift
                parsed = dataclasses.replace(found[0], written=s[at:end]), end
        if not parsed and at < len(s) and s[at].islower():
            # 'Giám đốc sở Tài nguyên và Môi trường', 'Hiệu trưởng đại học Tôn Thất X': a
            # head in lower case, as long as a capitalised own name follows it
            found = parse_body(gz, s[:at] + s[at].upper() + s[at + 1:], at)
            if found and found[0].head.kind == "named" and found[0].name \
                    and found[0].name[0].isupper():
                parsed = found
        if not parsed and (gap := _QUALIFIER.match(s, rm.end())):
            parsed = parse_body(gz, s, gap.end())  # 'Phó trưởng đoàn chuyên trách Đoàn ĐBQH'
        if not parsed and (gap := _AT_BODY.match(s, rm.end())):
            parsed = parse_body(gz, s, gap.end())  # 'Phó Giám đốc phụ trách sản xuất tại X'
        body, end = (parsed if parsed else (None, rm.end()))
        if team:
            body = None
        if (ours := _OUR_STATE.match(s, end)) is not None:
            end = ours.end()  # 'Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam Trần Văn A'
        if body is not None and (s[max(0, end - 10):end].lower().endswith("trung ương")
                                 or s[:end].endswith(("TW", "TƯ"))) \
                and (party := _OF_THE_PARTY.match(s, end)) is not None:
            end = party.end()  # 'Trưởng Ban Tổ chức Trung ương Đảng A', '… Trung Ương Đảng A',
            # '… TW Đảng A': A holds it
        party_of = _FOREIGN_PARTY.match(s, end)  # '… Trung ương Đảng Cộng sản Trung Quốc'
        if party_of:
            end = party_of.end()
        if gz.country_at(s, _skip_space(s, end)):
            taken.append((rm.start(), end))
            country = gz.country_re.match(s, _skip_space(s, end))
            foreign_ends.append(country.end() if country else end)
            # ('Ủy viên Bộ Chính trị, Phó Chủ tịch Quân ủy Trung ương Trung Quốc': the titles
            # chained before it are the same foreign official's)
            while out.titles and _FOREIGN_CHAIN_GAP.fullmatch(s, out.titles[-1].end, rm.start()):
                out.titles.pop()
            continue  # 'Thủ tướng Nhật Bản', 'Bộ trưởng Bộ Tư pháp Séc': a foreign state's
        if body is None and not role.implied_body and not fold(role.name).endswith("đoàn") \
                and (ran := _run_by(out, rm.start())):
            # 'HTX X do ông A làm giám đốc' (not a delegation's head: 'Đoàn công tác của Bộ Y do
            # ông A làm trưởng đoàn' is no post, and Bộ Y's even less)
            body = ran
        if body is None and not role.bare and not _name_follows(gz, s, rm.end()) \
                and not _KIEM.match(s, rm.end()) and not BARE_FIRM.match(s, rm.end()) \
                and not BARE_UNIT.match(s, rm.end()) \
                and not ((nxt := _CHAIN_ON.match(s, rm.end()))
                         and gz.role_re.match(s, nxt.end())):
            # a bare title ('Phó Chủ tịch') only counts next to a name
            if not _name_precedes(s, rm.start()) and s[:rm.start()].strip(" -–•*+"):
                continue
        mod = _MODIFIER.search(s, max(0, rm.start() - 12), rm.start())
        out.titles.append(TitleMention(role, body, rm.start(), end,
                                       fold(mod.group(1)) if mod else ""))
        taken.append((rm.start(), end))
    roles = [(rm.start(), rm.end()) for rm in role_matches]
    titled_refs = [m for a, b in roles if (m := _TITLED_REF.match(s, b))]
    credits = [(cm.start(), cm.end()) for cm in PHOTO_CREDIT.finditer(s)]
    credits += [(hm.start(), hm.end()) for hm in _HONORIFIC_WORDS.finditer(s)]
    blocked = taken + body_spans + roles + credits
    out.names = find_names(gz, s, blocked)
    for m in titled_refs:  # 'Bí thư Bình': a title and a given name refer to a person
        if not any(n.start <= m.start(1) < n.end for n in out.names) \
                and not any(a <= m.start(1) < b for a, b in taken + body_spans) \
                and m.group(1) not in NOT_NAME and not gz.head_re.match(s, m.start(1)) \
                and not gz.country_at(s, m.start(1)):  # not 'Chủ tịch nước Cộng hòa …'
            out.names.append(NameMention(m.group(1), m.start(1), m.end(1), short=True))
    out.names.sort(key=lambda n: n.start)
    out.foreign = [n.name for n in out.names if not n.short
                   and (any(_skip_space(s, e) == n.start for e in foreign_ends)
                        or _leads_foreign_delegation(gz, s, n.start)
                        or _titled_in_foreign_state(gz, s, n.start, out.titles)
                        or _state_in_brackets_after(gz, s, n, out.names))]
    _seats_without_title(gz, out, taken)
    _share_the_body(out)
    return out


#: 'Đoàn đại biểu Đảng Cộng sản Trung Quốc do đồng chí A, Ủy viên Bộ Chính trị, … làm
#: Trưởng đoàn': the one who leads a delegation
_DELEGATION_LED_BY = re.compile(r"\b[Đđ]oàn\s(?P<of>[^.;:()]{2,80}?)\s+do\s+"
                                r"(?:(?:đồng chí|ông|bà|ngài)\s+)?$")


def _leads_foreign_delegation(gz: Gazetteer, s: str, pos: int) -> bool:
    """The name at ``pos`` leads a foreign state's or party's delegation (GUIDELINES §2:
    their officials are outside the graph)."""
    led = _DELEGATION_LED_BY.search(s, max(0, pos - 100), pos)
    return led is not None and any(
        gz.country_at(s, led.start("of") + w.start())
        for w in re.finditer(r"(?<!\S)\S", led.group("of")))


_STATE_IN_BRACKETS = re.compile(r"\((?P<state>[^()]{2,30})\)\s*$")


#: ', Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Luông Nậm Thà (Lào)': the titles after a name, up
#: to a foreign state in brackets
_TITLES_TO_STATE = re.compile(r"\s*,[^;.()]{3,100}?\(\s*(?P<state>[^()]{2,30}?)\s*\)")


def _state_in_brackets_after(gz: Gazetteer, s: str, n: NameMention,
                             names: list[NameMention]) -> bool:
    """'Ông A, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Luông Nậm Thà (Lào)': the titles written
    after the name end with a foreign state in brackets: a foreign official (GUIDELINES §2)."""
    found = _TITLES_TO_STATE.match(s, n.end)
    if found is None or any(n.end < m.start < found.end() for m in names):
        return False
    country = gz.country_re.match(s, found.start("state"))
    return country is not None and country.end() == found.end("state") \
        and gz.country_at(s, found.start("state"))


def _titled_in_foreign_state(gz: Gazetteer, s: str, pos: int,
                             titles: list[TitleMention]) -> bool:
    """'Bí thư Khu ủy Khu tự trị Quảng Tây (Trung Quốc) A': a title whose place is a foreign
    state's, the state in brackets before the name (GUIDELINES §2)."""
    state = _STATE_IN_BRACKETS.search(s, max(0, pos - 34), pos)
    country = gz.country_re.match(s, state.start("state")) if state is not None else None
    if state is None or country is None or not gz.country_at(s, state.start("state")) \
            or country.end() != state.end("state"):
        return False
    return any(t.start < state.start() and not re.search(r"[,.;:]", s[t.start:state.start()])
               for t in titles)


#: 'A, nguyên Giám đốc và B, nguyên Phó Giám đốc Công ty X': the next holder's title names
#: the unit both titles are of
_AND_NEXT_HOLDER = re.compile(r"\s+và\s+(?:(?:ông|bà)\s+)?$")
_HOLDER_TITLE_GAP = re.compile(r"\s*[,–-]\s*(?:(?:nguyên|cựu)\s+)?$")


def _share_the_body(out: SentenceMentions) -> None:
    """… and the place: 'A, Phó Giám đốc Sở Ngoại vụ và B, Phó Giám đốc Sở Nội vụ tỉnh X'."""
    s = out.text
    for i, t in enumerate(out.titles[:-1]):
        nxt = out.titles[i + 1]
        bare = t.body is None and t.role.implied_body is None
        placeless = t.body is not None and t.body.place is None and t.body.parent is None \
            and nxt.body is not None and nxt.body.place is not None \
            and nxt.body.head == t.body.head
        if not (bare or placeless) or nxt.body is None \
                or t.role.name.removeprefix("Phó ").lower() \
                != nxt.role.name.removeprefix("Phó ").lower():
            continue
        holder = next((n for n in out.names if t.end <= n.start and n.end <= nxt.start), None)
        if holder and _AND_NEXT_HOLDER.fullmatch(s, t.end, holder.start) \
                and _HOLDER_TITLE_GAP.fullmatch(s, holder.end, nxt.start):
            body = nxt.body if t.body is None else dataclasses.replace(t.body, place=nxt.body.place)
            out.titles[i] = dataclasses.replace(t, body=body)


#: 'HTX X do ông A làm giám đốc': the one named after 'do' runs the body before it …
_DO = r"\bdo\s+(?:(?:ông|bà|đồng chí|anh|chị)\s+)?"
_RUNS_VERB = r"\s(?:làm|giữ chức(?: vụ)?)\s*$"
DO_BEFORE = re.compile(_DO + "$", re.I)
#: … past an aside that may name another ('do ông A - chồng bà B làm giám đốc')
RUNS_AFTER = re.compile(r"(?:\s*[,–-]\s*[^.;:()]{1,40}?)?\s*,?" + _RUNS_VERB, re.I)
#: all that stands between the body and the title said of its runner ('Công ty X (do ông
#: A, chồng bà B, làm giám đốc)'), but not a runner through another ('do Hội X mà bà A làm')
_RUN_BY = re.compile(rf"\s*\(?\s*{_DO}[{UPPER}](?:(?!\smà\s)[^.;:()]){{2,60}}?" + _RUNS_VERB)


def _run_by(out: SentenceMentions, at: int) -> BodyRef | None:
    """The body a bare title at ``at`` is a post in, when the one it is said of is named
    after 'do' right behind that body (the whole body: 'Đoàn công tác của Bộ X do …')."""
    ran = [(a, ref) for ref, a, b in out.bodies if _RUN_BY.fullmatch(out.text, b, at)]
    return min(ran, key=lambda r: r[0], default=(0, None))[1]


_SEAT_GAP = re.compile(r"\s*[,–-]\s*(?:thuộc\s+)?$")


def _seats_without_title(gz: Gazetteer, out: SentenceMentions,
                         taken: list[tuple[int, int]]) -> None:
    """Seats written as a body with no title before it: 'ông Trần Văn A, Đoàn đại biểu Quốc
    hội tỉnh X, …' (a deputy of that delegation), 'ông A, Thường vụ Tỉnh ủy, …' (a member of
    the standing committee); GUIDELINES §3."""
    deputy, member = gz.roles.get("đại biểu"), gz.roles.get("ủy viên")
    for ref, a, b in out.bodies:
        # 'ông A, Thường vụ Tỉnh ủy, …': the standing committee written as a title
        if ref.head.name == "Ban Thường vụ" and member is not None \
                and fold(ref.written).startswith("thường vụ") \
                and not any(x <= a < y for x, y in taken):
            out.titles.append(TitleMention(member, ref, a, b))
            continue
        if ref.head.name != "Đoàn đại biểu Quốc hội" or deputy is None \
                or any(x <= a < y for x, y in taken):
            continue
        gap = out.text[max(0, a - 12):a]
        if any(n.end <= a and _SEAT_GAP.fullmatch(out.text[n.end:a]) for n in out.names) \
                and _SEAT_GAP.search(gap):
            out.titles.append(TitleMention(deputy, ref, a, b))
    out.titles.sort(key=lambda t: t.start)


def _unit_of_title(gz: Gazetteer, s: str, pos: int, head: str) -> tuple[BodyRef, int] | None:
    at = _skip_space(s, pos)
    if at >= len(s) or not s[at].isupper() or gz.head_re.match(s, at) \
            or _name_follows(gz, s, at) and not gz.domain_re.match(s, at):
        return None  # ('Bộ trưởng Công Thương Trần Văn Bình': a domain, then the name)
    if gz.role_re.match(s, at):
        return None  # 'Bộ trưởng Chủ nhiệm Văn phòng Chính phủ': a second title, no unit
    synthetic = f"{head} {s[at:]}"
    found = parse_body(gz, synthetic, 0)
    if not found or found[1] <= len(head) + 1:
        return None
    return found[0], at + found[1] - len(head) - 1


def _body_inside_title(gz: Gazetteer, s: str, rm: re.Match[str]
                       ) -> tuple[RoleEntry, tuple[BodyRef, int]] | None:
    """A title whose last words begin a longer body name: 'Bí thư Trung ương Đoàn' is
    'Bí thư' + 'Trung ương Đoàn', not 'Bí thư Trung ương' + 'Đoàn'."""
    if _QUALIFIER.match(s, rm.end()):
        return None  # 'Phó Trưởng ban phụ trách Ban X': the title ends, its body follows
    for w in re.finditer(r"\s+(?=\S)", s[rm.start():rm.end()]):
        at = rm.start() + w.end()
        role = gz.roles.get(fold(s[rm.start():at].strip()))
        if role is None or not gz.head_re.match(s, at):
            continue
        parsed = parse_body(gz, s, at)
        if parsed and parsed[1] > rm.end():
            return role, parsed
    return None


#: a Party cell named by no name of its own, before the next title or the sentence's end
#: a village, hamlet or street block after a Party title: its cell ('Bí thư thôn X')
_VILLAGE = re.compile(r"(?:[Cc]hi bộ\s+)?(?P<level>thôn|ấp|bản|xóm|khu phố|tổ dân phố|khối phố"
                      r"|làng)\s+(?=[A-ZĐÀ-Ỹ0-9])")
_BARE_CELL = re.compile(r"\s+[Cc]hi bộ(?=\s*(?:[,;(–-]|kiêm(?!\w)|$))")
#: titles that, followed by a place alone, name the place's Party committee or People's
#: Committee: 'Bí thư thị trấn Kỳ Sơn', 'Phó Chủ tịch huyện Gio Linh'
_PLACE_TITLES = {"Bí thư": "party", "Phó Bí thư": "party", "Phó Bí thư Thường trực": "party",
                 "Chủ tịch": "Ủy ban nhân dân", "Phó Chủ tịch": "Ủy ban nhân dân",
                 "Phó Chủ tịch Thường trực": "Ủy ban nhân dân",
                 "Trưởng Công an": "Công an", "Phó Trưởng Công an": "Công an"}
#: the departments of a Party committee, which a place written after them names the
#: committee of ('Ban Tuyên giáo huyện X': Huyện ủy X's)
_PARTY_BANS = ("Ban Tổ chức", "Ban Tuyên giáo", "Ban Dân vận", "Ban Nội chính")
_COMMITTEE_OF = {"tỉnh": "Tỉnh ủy", "thành phố": "Thành ủy", "huyện": "Huyện ủy",
                 "quận": "Quận ủy", "thị xã": "Thị ủy", "xã": "Đảng ủy", "phường": "Đảng ủy",
                 "thị trấn": "Đảng ủy"}


_DASH = re.compile(r"\s*[-–]\s*")
_WARD_NAME = re.compile(rf"\s+({_SYL_PLAIN}(?:\s+{_SYL_PLAIN}){{1,3}})"
                        rf"(?=\s*(?:[,.;:)]|$|\s+[{LOWER}]))")


#: 'ông A, nguyên Bí thư Hà Tĩnh': a former title with a bare province after its holder
_FORMER_JUST_BEFORE = re.compile(r"\b(?:nguyên|cựu)\s+\S+(?:\s+\S+)?\s*$", re.I)


def _place_title(gz: Gazetteer, s: str, pos: int, role: RoleEntry, holder_before: bool = False
                 ) -> tuple[BodyRef, int] | None:
    found = parse_place(gz, s, pos)
    if found and holder_before and found[0].level in ("xã", "phường", "thị trấn") \
            and not found[0].written \
            and (ward := _WARD_NAME.match(s, found[1])):
        # 'bà A, Bí thư phường Nguyễn Thái Bình': with its holder named before, the words
        # after a ward are the ward's name, though it is a person's (the wards of Quận 1)
        found = PlaceRef(found[0].level, None, ward.group(1)), ward.end(1)
    dash = _DASH.match(s, found[1]) if found else None
    if not found or not found[0].level and not (
            found[0].entry and found[0].entry.kind == "province"
            and (_name_follows(gz, s, dash.end() if dash else found[1])
                 or holder_before and _FORMER_JUST_BEFORE.search(s, max(0, pos - 30), pos))):
        # a province alone only next to its holder's name: 'Chủ tịch Hà Nội Nguyễn …',
        # 'Bí thư Sóc Trăng - Nguyễn …', 'ông A, nguyên Bí thư Hà Tĩnh'
        return None
    place, end = found
    if not place.level and place.entry:
        place = dataclasses.replace(place, level=place.entry.level_word)
    if not (place.entry or place.written) and not holder_before \
            and (_PLACE_TITLES[role.name] == "party" or not _name_follows(gz, s, end)):
        # a bare 'Chủ tịch thành phố' only next to its holder's name, before it or after
        # ('ông A - Bí thư thị trấn -': the town the article is in)
        return None
    if _PLACE_TITLES[role.name] == "party":
        head = gz.heads.get(fold(_COMMITTEE_OF.get(place.level or "", "Đảng ủy")))
    else:
        head = gz.heads.get(fold(_PLACE_TITLES[role.name]))
    if head is None:
        return None
    return BodyRef(head, place=place, written=s[_skip_space(s, pos):end]), end


def _name_follows(gz: Gazetteer, s: str, pos: int) -> bool:
    # (or a list of names after a colon: 'các Phó Tổng Giám đốc: A, B')
    pos = _skip_space(s, pos)
    if s.startswith(":", pos):
        pos = _skip_space(s, pos + 1)
    m = _NAME_RUN.match(s, pos)
    return bool(m and m.group().split()[0] in gz.surnames)


_QUALIFIER = re.compile(r"\s+(?:chuyên trách|thường trực|kiêm nhiệm|phụ trách)\s+(?=[A-ZĐÀ-Ỹ])"
                        # ('Phó Chủ tịch Trung ương Hội Khuyến học Việt Nam': the association's
                        # central committee, the association)
                        r"|\s+Trung ương\s+(?=Hội\s)")
_AT_BODY = re.compile(r"\s*(?:phụ trách\s+(?:[^\s,;:.()]+\s+){1,3}?)?tại\s+(?=[A-ZÀ-ỸĐ])")
#: a firm's head word with no name after a title ('lên chức Phó giám đốc Công ty;'): the
#: firm the article has named
BARE_FIRM = re.compile(r"\s+(?:[Cc]ông ty|[Tt]ổng công ty|[Nn]gân hàng)(?=\s*[,.;:)]|\s+[a-zđà-ỹ]|$)")
#: 'Giám đốc Bệnh viện khẳng định', 'Hiệu trưởng nhà trường': the institution of that kind
#: the article has named (group 1: the kind)
BARE_UNIT = re.compile(r"\s+(?:nhà\s+)?([Bb]ệnh viện|[Tt]rường|[Hh]ọc viện|[Vv]iện|[Tt]rung tâm|Sở"
                       # 'phó giám đốc sở (này)': the department just named
                       r"|sở"
                       r"|[Hh]ội đồng|Hội)"
                       r"(?:\s+này)?(?=\s*[,.;:)]|$|\s+(?:đã|cũng|cho|khẳng|nói|phát biểu|trao|ký|"
                       r"và|là|vẫn|đang|sẽ|được|bị|từ|đến|cho đến|kiêm|gồm|do|dự|tham dự"
                       r"|tặng|trao tặng|chúc mừng)\b)")
#: 'Chủ tịch kiêm Giám đốc Công ty X': a bare title that a chain goes on from
_KIEM = re.compile(r"\s+kiêm\s", re.I)
#: 'là Phó Chủ tịch, Phó Chủ tịch Thường trực UBND …': a bare title chained to the next
# (a dash too: 'Phó Chủ tịch - Tổng Thư ký UBTƯ MTTQ Việt Nam A')
_CHAIN_ON = re.compile(r"\s*(?:,|\s(?:rồi|và)\s|\s[-–]\s)\s*(?:sau đó\s+)?", re.I)


def _name_precedes(s: str, pos: int) -> bool:
    return bool(re.search(rf"{_SYL}\s+{_SYL}\s*[,(–-]?\s*(?:là\s+)?(?:(?:nguyên|cựu|tân|quyền)\s+)?$",
                          s[max(0, pos - 48):pos]))
