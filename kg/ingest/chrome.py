"""What is on a news page but is not the article: page chrome, photo credits, bylines.

GUIDELINES.md §5: page chrome (``Ý kiến bạn đọc``, ``refresh``, ``Tổng lượt bình
luận``, ``Tin khác``, ``Thông báo``), photo captions' credits and share buttons are not
content; the byline is the article's author. The word lists are data: a new chrome
line is one entry below.

All functions take normalised text (:func:`kg.text.normalize.normalize_text`).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kg.text.normalize import fold

__all__ = [
    "CHROME_STOP", "CHROME_LINES", "CHROME_PREFIXES",
    "is_chrome_line", "strip_chrome", "strip_photo_credits",
    "split_publisher_lead", "parse_byline", "split_byline", "clean_body", "CleanBody",
]

# -- page chrome ---------------------------------------------------------------------

#: A line that opens the page furniture after an article: it and everything after go.
CHROME_STOP = frozenset(fold(s) for s in (
    "Ý kiến bạn đọc", "Ý kiến của bạn", "Gửi ý kiến", "Gửi ý kiến của bạn",
    "Tổng lượt bình luận", "Bình luận", "Viết bình luận", "Gửi bình luận",
    "Tin khác", "Các tin khác", "Tin liên quan", "Tin tức liên quan", "Bài liên quan",
    "Bài viết liên quan", "Tin cùng chuyên mục", "Cùng chuyên mục", "Tin mới",
    "Tin mới nhất", "Tin đọc nhiều", "Đọc nhiều nhất", "Tin nổi bật", "Xem thêm",
    "Đọc thêm", "Có thể bạn quan tâm", "Bạn có thể quan tâm",
))

#: A line removed wherever it stands (share buttons, tools, widgets).
CHROME_LINES = frozenset(fold(s) for s in (
    "refresh", "Thông báo", "Chia sẻ", "Chia sẻ bài viết", "Share", "Like", "Tweet",
    "Facebook", "Twitter", "Zalo", "Email", "Gửi email", "Gửi bài", "Gửi", "In", "In bài",
    "In bài viết", "Bản in", "Print", "Lưu", "Lưu bài", "Lưu tin", "Quay lại", "Trở lại",
    "Trở về", "Về đầu trang", "Đầu trang", "Lên đầu trang", "Top", "Cỡ chữ",
    "Nghe đọc bài", "Nghe bài viết", "Nghe audio", "Theo dõi", "Google News",
    "Copy link", "Sao chép liên kết", "Sao chép đường dẫn", "A A A", "A- A A+",
    "Tải ứng dụng", "Đăng nhập", "Đăng ký", "Trang chủ",
))

#: A line that starts like this is chrome (tag lists, share bars).
CHROME_PREFIXES = tuple(fold(s) for s in (
    "Tags:", "Tag:", "Từ khóa:", "Chia sẻ:", "Chia sẻ bài viết:", "Share:",
))

_COUNT_SUFFIX = re.compile(r"\s*[(\[]?\d+[)\]]?$")
_NO_ALNUM = re.compile(r"^[\W_]*$")
_NO_LETTER = re.compile(r"^[\W\d_]*$")


_CHROME_MAX = 60      # longer lines are content


def _chrome_key(line: str) -> str:
    if len(line) > _CHROME_MAX:
        return ""
    key = fold(line).rstrip(" :.")
    return _COUNT_SUFFIX.sub("", key)   # "Bình luận (0)" -> "bình luận"


def is_chrome_line(line: str) -> bool:
    """True for a share button, widget title, tag list or a line of punctuation only."""
    if not line.strip() or _NO_ALNUM.match(line):
        return True
    key = _chrome_key(line)
    return (key in CHROME_LINES or key in CHROME_STOP
            or fold(line[:30]).startswith(CHROME_PREFIXES))


def strip_chrome(lines: Sequence[str]) -> list[str]:
    """Drop page chrome from a page's lines; blank lines between paragraphs are kept.

    The first stop line (``Ý kiến bạn đọc``, ``Tin khác`` ...) after some content ends
    the article; other chrome lines are dropped wherever they are.
    """
    out: list[str] = []
    has_content = False
    for line in lines:
        if not line.strip():
            out.append("")
            continue
        if has_content and _chrome_key(line) in CHROME_STOP:
            break
        if is_chrome_line(line):
            continue
        out.append(line)
        has_content = True
    while out and _NO_LETTER.match(out[-1]):      # blank lines, "0" comment counts
        out.pop()
    while out and not out[0]:
        out.pop(0)
    return out


# -- photo credits -------------------------------------------------------------------

_PAREN_CREDIT = re.compile(
    r"[ ]?\(\s*(?:[Ả]nh|ảnh|Ảnh minh họa|ảnh minh họa|Ảnh minh hoạ|Nguồn ảnh|Nguồn|Clip|"
    r"Video|Đồ họa|Infographic|Ảnh và clip|Ảnh, clip)\s*:[^()\n]{1,80}\)"
)
# "Ảnh:" after the start of a line, a sentence end, a closing bracket or a dash.
_BARE_CREDIT = re.compile(r"(?:Ảnh minh họa|Ảnh|ẢNH)[ ]*:[ ]*")
_CREDIT_BEFORE = re.compile(r"(?:^|[.!?…\"')\];,] *| *[-–—] *)$", re.MULTILINE)
# Capitalised words that start a sentence rather than continue a credit ("Ảnh: Lê Sơn
# Tổng Bí thư ..."). Only checked from the credit's second word on.
_SENTENCE_STARTERS = frozenset(
    "Theo Trong Tuy Tại Trước Sau Khi Ông Bà Đây Để Với Về Từ Các Những Nhiều Hiện Cũng "
    "Được Do Vì Nhưng Còn Đến Chiều Sáng Trưa Tối Ngày Hôm Chủ Phó Bí Tổng Thủ Bộ Giám "
    "Ủy Thượng Thiếu Lãnh Lễ Buổi Phát Tham Dự Thực Tính Chương Người Cục Sở UBND HĐND "
    "Trao Đoàn Hội Năm Tháng Đồng Cùng Đặc Riêng Qua Ngoài Bên Song Mặc Dù Nếu Như Là Có "
    "Không Ngay Tiếp Vừa Đó Này Kết Báo Quyết Thời".split()
)
_CREDIT_MAX_WORDS = 5
# Publications whose names have lower-case words ("Ảnh: Dân trí Theo ông ...").
_PUBLICATIONS = tuple(fold(s).split() for s in (
    "Báo Nhân dân", "Nhân dân", "Dân trí", "Thanh niên", "Tiền phong", "Tuổi trẻ",
    "Người lao động", "Lao động", "Pháp luật", "Công an nhân dân", "Quân đội nhân dân",
    "Đại đoàn kết", "Kinh tế nông thôn", "Tri thức trẻ", "Giáo dục thời đại", "Giao thông",
    "Đời sống", "Xây dựng", "Báo Đầu tư", "Đầu tư", "Hà Nội mới", "Sài Gòn giải phóng",
    "Thời báo Tài chính", "Nông thôn ngày nay", "Cổng thông tin điện tử",
    "Giáo dục Việt Nam", "Văn hóa", "Môi trường và đô thị",
))
_AGENCY_DASH = frozenset("- – —".split())


def _is_capitalised(word: str) -> bool:
    core = word.strip("\"'()[],;:")
    return bool(core) and (core[0].isupper() or core[0].isdigit())


def _is_all_caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _credit_length(words: list[str]) -> int:
    """How many of ``words`` (the text after ``Ảnh:``) are the credit."""
    folded = [fold(w).rstrip(".,;") for w in words[:7]]
    skip = 1 if folded[:1] == ["báo"] else 0           # "Ảnh: Báo Giao thông"
    for pub in _PUBLICATIONS:
        if folded[skip:skip + len(pub)] == pub:
            return skip + len(pub)
    seen_caps = False
    for i, word in enumerate(words):
        if i >= 1 and word.endswith(":") and i < _CREDIT_MAX_WORDS + 3:
            # a section header ('Quảng Trị: Ngày 10/7, ...') starts after the credit
            j = i
            while j > 1 and _is_capitalised(words[j - 1]) and "." not in words[j - 1]:
                j -= 1
            return j
        if i >= _CREDIT_MAX_WORDS:
            return i
        core = word.rstrip(".,;:")
        domain_like = "." in core or "/" in core
        if i >= 1 and (core in _AGENCY_DASH or core[:1] in _AGENCY_DASH):
            agency = core.lstrip("-–—") or (words[i + 1] if i + 1 < len(words) else "")
            if _is_all_caps(agency):      # "Ảnh: Nguyễn Văn Cảnh - TTXVN"
                return i + (1 if core.lstrip("-–—") else 2)
            return i
        if not _is_capitalised(word) and not domain_like:
            if i == 1:                     # "Ảnh: Giáo dục Việt Nam." (a name has capitals)
                for j in range(1, min(len(words), _CREDIT_MAX_WORDS)):
                    if words[j].endswith("."):
                        return j + 1
            if i >= 2 and not seen_caps and "/" not in words[i - 1]:
                return i - 1               # "Ảnh: Viết Thành Đề cao ...": "Đề" starts it
            return i
        if i >= 1 and core in _SENTENCE_STARTERS:
            return i                       # "Ảnh: Lê Sơn Tổng Bí thư ..."
        if seen_caps and not _is_all_caps(word) and len(core) > 1 and not domain_like:
            return i                       # "Ảnh: BÁO ĐÀ NẴNG Trong khi đó"
        seen_caps = seen_caps or _is_all_caps(word)
        agency = core.rsplit("/", 1)[-1] if "/" in core else ""
        if agency and (_is_all_caps(agency) or "." in agency):
            return i + 1                   # "Ảnh: Thanh Tân/TTXVN"
        if word.endswith(".") and not re.fullmatch(r"(?:\w\.)+", word):
            return i + 1                   # "Ảnh: Google Maps."
    return len(words)


def strip_photo_credits(text: str) -> str:
    """Remove ``(Ảnh: X)`` and ``Ảnh: X`` photo credits; the caption itself stays.

    A credit glued to the next sentence (``... Ảnh: Lê Sơn Sáng 12/3, ...``) is replaced
    by a line break so that the caption and the sentence stay apart.
    """
    if "(" in text and "nh" in text or "(Nguồn" in text or "(Clip" in text:
        text = _PAREN_CREDIT.sub("", text)
    if "Ảnh" not in text and "ẢNH" not in text:
        return text
    out: list[str] = []
    pos = 0
    for m in _BARE_CREDIT.finditer(text):
        if m.start() < pos:
            continue
        before = _CREDIT_BEFORE.search(text, max(pos, m.start() - 8), m.start())
        if before is None:
            continue
        start = before.start() + (1 if before.group(0)[:1] in ".!?…\"')];," else 0)
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        rest = text[m.end():line_end]
        words = rest.split(" ")
        k = _credit_length(words)
        if k == 0:
            continue
        credit_len = len(" ".join(words[:k]))
        end = m.end() + credit_len
        after = text[end:line_end].lstrip(" ")
        out.append(text[pos:start])
        out.append("\n" if after else "")
        pos = end + (len(text[end:line_end]) - len(after))
    out.append(text[pos:])
    return "".join(out)


# -- publisher lead ------------------------------------------------------------------

_LEAD = re.compile(r"^\(\s*([^()\n]{2,60}?)\s*\)\s*[-–—]+\s*")


def split_publisher_lead(paragraph: str) -> tuple[str | None, str]:
    """``"(Thanhuytphcm.vn) - Sáng 18/10, ..."`` -> ``("thanhuytphcm.vn", "Sáng 18/10, ...")``."""
    m = _LEAD.match(paragraph)
    if not m:
        return None, paragraph
    name = m.group(1)
    if re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", name):    # a domain: lower-case
        name = name.lower()
    return name, paragraph[m.end():]


# -- bylines -------------------------------------------------------------------------

_HONORIFICS = frozenset("Ông Bà Chị Cô Thầy Bác Cụ Em Ngài Đ/c".split())
# Capitalised words of body names and titles, never in a pen name.
_NOT_IN_NAMES = frozenset(
    "UBND HĐND MTTQ TAND VKSND BCH TW TƯ Ủy Bí Chủ Tịch Tỉnh Quận Huyện Xã Phường Sở Bộ "
    "Đảng Phó Trưởng Giám Đốc Tổng Thủ Tướng Nhà Nước Phủ Hội Nội Viện Cục Tập Kết "
    "Hết Ảnh Theo Xem".split()
)
_GROUPS = ("Nhóm phóng viên", "Nhóm PV", "Phóng viên", "PV", "CTV", "Nhóm CTV")
_BYLINE_PREFIX = re.compile(
    r"^(?:(?:Bài và ảnh|Bài, ảnh|Bài & ảnh|Bài và clip|Tin và ảnh|Tin, ảnh|Tin & ảnh)\s*:?\s+"
    r"|(?:Bài|Tin|Bài viết)\s*:\s*|Theo\s+)"
)
_PAREN_TAIL = re.compile(r"\s*\(([^()]{1,60})\)$")
_PAREN_WORDS = ("theo", "tổng hợp", "t/h", "th", "ghi", "thực hiện", "lược dịch", "dịch")
_PHOTO_PART = re.compile(r"[,;]?\s+(?:Ảnh|ảnh|Ảnh và clip|Clip)\s*:\s*[^,:()]{1,40}$")
_SEPARATORS = re.compile(r"\s*[-–—]\s*|\s*,\s*|\s+và\s+|\s*&\s*")
_WORD = re.compile(r"^(?:[^\W\d_]+\.)*[^\W\d_]+\.?\+?$")   # Ngọc, T.Uyên, B.T.Ngọc, H.
_MAX_BYLINE = 80


def _name_word(word: str) -> bool:
    if not _WORD.match(word) or word in _NOT_IN_NAMES:
        return False
    parts = [p for p in word.rstrip("+").split(".") if p]
    return all(p[0].isupper() and (p[1:].islower() or p.isupper() or len(p) == 1)
               for p in parts)


def _persons(names: str) -> list[list[str]] | None:
    """Split ``"Kim Tân - Phương Thảo"`` into words per person; None if not names."""
    persons: list[list[str]] = []
    for part in _SEPARATORS.split(names):
        if not part:
            return None
        if part in _GROUPS or any(part.startswith(g + " ") for g in _GROUPS):
            group = next(g for g in _GROUPS if part == g or part.startswith(g + " "))
            rest = part[len(group):].split()
            if not all(_name_word(w) for w in rest):
                return None
            persons.append(["PV", *rest])
            continue
        words = part.split()
        if not 1 <= len(words) <= 5 or not all(_name_word(w) for w in words):
            return None
        persons.append(words)
    return persons


def _title_case_caps(names: str) -> str:
    words = [w for w in re.split(r"[\s,&–—-]+", names) if w and w != "và"]
    if len(words) >= 2 and all(_is_all_caps(w) for w in words):
        return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize()
                      if m.group(0) != "và" else m.group(0), names)
    return names


def parse_byline(fragment: str) -> str | None:
    """The author if ``fragment`` is a byline, else None.

    Accepted: ``Hồ Xuân Mai -``, ``Kim Tân - Phương Thảo (Theo Dân Trí)``, ``B.T.Ngọc``,
    ``PV/VOV.VN``, ``Phúc Hằng (TTXVN)``, ``Theo VGP``, ``Bài và ảnh: Lê Thị Hoa``,
    ``MINH ĐỨC`` (written ``Minh Đức``). Rejected: anything with a lower-case word,
    a title or body word (``UBND``, ``Quận``), an honorific (``Ông``, ``Bà``).
    """
    frag = fragment.strip().rstrip("-–—;, ").strip()
    if not frag or len(frag) > 2 * _MAX_BYLINE or "\n" in frag:
        return None
    half = len(frag) // 2
    if (len(frag) % 2 == 1 and frag[:half] == frag[half + 1:] and frag[half] == " "
            and any(c in frag[:half] for c in " /.")):
        frag = frag[:half]                  # "Trí Anh/VOV.VN Trí Anh/VOV.VN"
    if len(frag) > _MAX_BYLINE:
        return None
    rest = frag
    prefix = _BYLINE_PREFIX.match(rest)
    if prefix:
        rest = rest[prefix.end():]
    photo = _PHOTO_PART.search(rest) if prefix else None
    if photo:                               # "Bài: Phan Anh, Ảnh: Q.Chiến"
        rest = rest[:photo.start()]
    paren = _PAREN_TAIL.search(rest)
    if paren:
        inside = paren.group(1).strip()
        if not (inside[:1].isupper() or inside.lower().startswith(_PAREN_WORDS)):
            return None
        rest = rest[:paren.start()]
    agency = None
    if "/" in rest:
        rest, agency = rest.split("/", 1)
        agency = agency.strip()
        if not agency or not agency[0].isupper() or len(agency.split()) > 5:
            return None
    rest = rest.strip().rstrip("-–— ").strip()
    if not rest:
        return None
    persons = _persons(rest)
    if not persons:
        return None
    words = [w for p in persons for w in p]
    if words[0] in _HONORIFICS or len(words) > 12:
        return None
    strong = (
        len(words) >= 2 or words == ["PV"]
        or any("." in w.strip(".") for w in words)          # T.Uyên, B.T.Ngọc
        or prefix is not None or paren is not None or agency is not None
    )
    if not strong:
        return None
    cut = frag.find(rest)
    return frag[:cut] + _title_case_caps(rest) + frag[cut + len(rest):]


# "ThS. Lê Văn A", "Nguyễn Văn A. Bình": a dot that does not end a sentence.
_ABBREVIATIONS = frozenset("TS ThS Ths GS PGS BS KS NCS TX TT Đ/c PGS.TS GS.TS TS.BS".split())
_CITY_PREFIXES = frozenset(("TP", "Tp", "tp"))
_CITIES = frozenset(("Hồ Chí Minh", "HCM", "Hà Nội", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế"))
_WORD_BEFORE = re.compile(r"(\S+)\.$")
# Links left at the end of a flattened page: "... ./. Xem thêm:".
_TRAILING_LINKS = re.compile(r"\s*(?:Xem thêm|Tin liên quan|Bài liên quan|Đọc thêm)\s*:?\s*$")


def _not_a_sentence_end(line: str, dot: int, tail: str) -> bool:
    # only the last 100 characters before the dot: an unbounded (\S+) search over a
    # long line without spaces is quadratic, and no abbreviation is that long
    m = _WORD_BEFORE.search(line, max(0, dot - 100), dot + 1)
    if not m or line[dot] != ".":
        return False
    word = m.group(1).split("(")[-1]
    if word in _CITY_PREFIXES:
        return tail.strip() in _CITIES
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isupper())

# A last line that is only a news agency or a paper's name: TTXVN, VOV, VietnamNet.
_AGENCY_LINE = re.compile(r"^(?:[A-ZĐ]{2,8}|[A-Z][a-z]+[A-Z][A-Za-z]+)(?:\.(?:VN|vn|net))?$")
_FINAL_PUNCTUATION = tuple('.!?…"\')')
_SENTENCE_END = re.compile(r"(?:[.!?…]|[.!?…][\"')\]])\s+")


def split_byline(text: str) -> tuple[str, str | None]:
    """Remove a byline at the end of ``text``: ``(text without it, author)``.

    The byline is either the whole last line (``...\\n\\nĐức Thiện``) or, in a body
    flattened into one line, what follows the last sentence (``... chỉnh đốn Đảng.
    Kim Tân - Phương Thảo (Theo Dân Trí)``).
    """
    text = _TRAILING_LINKS.sub("", text.rstrip())
    if not text:
        return text, None
    nl = text.rfind("\n")
    last = text[nl + 1:]
    if nl >= 0:
        if _AGENCY_LINE.match(last) and last not in _NOT_IN_NAMES:
            prev_nl = text.rfind("\n", 0, nl)       # "...\nTuyết Mai\nTTXVN"
            prev = text[prev_nl + 1:nl]
            author = parse_byline(prev) if prev_nl >= 0 else None
            if author:
                return text[:prev_nl].rstrip(), f"{author}/{last}"
            if prev.rstrip().endswith(_FINAL_PUNCTUATION):
                return text[:nl].rstrip(), last
        author = parse_byline(last)
        if author:
            return text[:nl].rstrip(), author
    tail_start = None
    for m in _SENTENCE_END.finditer(last, max(0, len(last) - 2 * _MAX_BYLINE - 4)):
        if not _not_a_sentence_end(last, m.start(), last[m.end():]):
            tail_start = m
    if tail_start is None:
        return text, None
    author = parse_byline(last[tail_start.end():])
    if not author:
        return text, None
    cut = (nl + 1) + tail_start.start() + len(tail_start.group(0).rstrip())
    return text[:cut].rstrip(), author


# -- all together ------------------------------------------------------------------


@dataclass(frozen=True)
class CleanBody:
    """The article body with chrome, credits and byline removed."""

    text: str
    author: str | None = None
    publisher: str | None = None


def clean_body(text: str, *, find_byline: bool = True) -> CleanBody:
    """Chrome, photo credits, a ``(Publisher) -`` lead and the byline out of ``text``."""
    lines = strip_chrome(text.split("\n"))
    publisher = None
    if lines:
        publisher, lines[0] = split_publisher_lead(lines[0])
    body = strip_photo_credits("\n".join(lines)).strip()
    author = None
    if find_byline:
        body, author = split_byline(body)
    return CleanBody(body, author, publisher)
