"""Dates written in articles, resolved against the article date (GUIDELINES §4)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

# a run of days shares the month written after the last: '12 và 13/7', '29 và 30-3-1990'
# (each pattern below that starts at a digit or a few letters says so first, with a
# lookahead: the scan then passes every other position with one test, not a lookbehind's)
_DAY_MONTH = re.compile(
    r"(?=\d)(?<![\d/.-])(\d{1,2})(?:\s*(?:[-–,]|và)\s*\d{1,2}(?=[\s,]*(?:và\s*)?(?:[\d/]|-\s*\d)))*"
    # ('12.6.2017', 'sáng 13.6': some papers write dates with dots; a dot between digits
    # is no decimal point in Vietnamese, which writes '1,5')
    r"(?:\s*[/-]\s*|\.)(\d{1,2})(?:\s*[/-]\s*((?:19|20)\d{2})|\.((?:19|20)\d{2}))?(?![\d/-]|\.\d)")
_SPELLED = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+((?:19|20)\d{2}))?", re.I)
_TODAY = re.compile(r"(?=[sctShCTH])(?:(?:sáng|chiều|tối|trưa)\s+nay|hôm nay)", re.I)
_YEAR = re.compile(r"năm\s+((?:19|20)\d{2})")
# ('sáng nay (6/2)', 'hôm qua, 5/2': the day written after 'now' or 'yesterday')
_CUE = re.compile(r"(?:sáng|chiều|tối|trưa|ngày|hôm|đêm)\s*(?:(?:nay|qua)\s*,?)?\s*\(?\s*$", re.I)
_DATE_LINE = re.compile(
    r"^\s*(?:Thứ\s+\w+|Chủ\s+nhật)\s*,\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})",
    re.I)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    day: int | None
    month: int | None
    year: int | None
    today: bool = False


def date_line(text: str) -> date | None:
    """The 'Thứ Bảy, ngày 8 tháng 8 năm 2020' line that opens a saved page."""
    m = _DATE_LINE.match(text)
    if not m:
        return None
    try:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


_SPAN = re.compile(r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?:19|20)\d{2}\s*[-–—]\s*"
                   r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?P<end>(?:19|20)\d{2})")


def find_dates(s: str) -> list[DateMention]:
    """Day/month expressions that name a day ('Sáng 18/10', 'ngày 6-2', '8/6/2017').

    A span of two full dates ('(21/6/1925 - 21/6/2017)') is an anniversary or a life, not
    the day of anything the sentence reports: neither end is returned.
    """
    spans = [(m.start(), m.end()) for m in _SPAN.finditer(s)]
    return [d for d in _find_dates(s) if not any(a <= d.start < b for a, b in spans)]


def _find_dates(s: str) -> list[DateMention]:
    out: list[DateMention] = []
    for m in _SPELLED.finditer(s):
        out.append(DateMention(m.start(), m.end(), int(m.group(1)), int(m.group(2)),
                               int(m.group(3)) if m.group(3) else None))
    for m in _DAY_MONTH.finditer(s):
        if any(d.start <= m.start() < d.end for d in out):
            continue
        day, month = int(m.group(1)), int(m.group(2))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        year = int(m.group(3) or m.group(4)) if m.group(3) or m.group(4) else None
        # a bare 6/2 is a date only after a cue word; 9/9 in '9/9 nhóm chỉ tiêu' is not
        if year is None and not _CUE.search(s[max(0, m.start() - 12):m.start()]):
            continue
        out.append(DateMention(m.start(), m.end(), day, month, year))
    for m in _TODAY.finditer(s):
        out.append(DateMention(m.start(), m.end(), None, None, None, today=True))
    return sorted(out, key=lambda d: d.start)


# (the end of a range counts too: 'kỷ niệm … (20/5/1947-20/5/2017)')
#: a year written in full (for the years a text speaks of)
YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
#: a birth date ('sinh năm 1960', 'SN 12/3/1960'): no date of anything the person did
BIRTH = re.compile(r"(?:sinh (?:ngày|năm)|SN)\s*[\d/.-]+(?:\s*tháng\s*\d{1,2})?(?:\s*năm\s*\d{4})?",
                    re.I)
_FULL_YEAR = re.compile(r"(?=\d)(?:(?<![\d/.-])|(?<=\d{4}-)|(?<=\d{4}\s-\s))"
                        r"\d{1,2}\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?!\d)")
_NAMED_YEAR = re.compile(r"(?:năm|tháng\s+(\d{1,2})\s*[/.-]|quý\s+(?:I{1,3}|IV|[1-4])\s*[/.-])"
                         r"\s*((?:19|20)\d{2})(?!\d)", re.I)  # ('… giao ban quý II/2017')
# the end of a tenure or period by month: 'làm Bí thư Thành ủy từ 2/2016-5/2017' (the text
# speaks after it)
_RANGE_END = re.compile(r"(?<=\d)\s*[-–]\s*(?:tháng\s+)?(\d{1,2})\s*/\s*((?:19|20)\d{2})(?!\d)",
                        re.I)
_RANGE_START = re.compile(r"\btừ\s+(?:tháng\s+)?\d{1,2}\s*/\s*(?:19|20)\d{2}$", re.I)
# a year standing in a name, not counting anything: 'Người hiến máu tiêu biểu toàn quốc
# 2017.', 'Tết Đinh Dậu 2017', 'Hội nghị "Hà Nội 2017 - Hợp tác đầu tư"' ('2017 hộ' counts)
# (not the start of a range: 'nhiệm kỳ 2010 - 2015'; not a year 'năm' already gives)
_BARE_YEAR = re.compile(r"(?=20)(?<=[^\W\d_]\s)(?<![Nn]ăm\s)(?<!NĂM\s)()(20[0-3]\d)"
                        r"(?=\s*(?:[.,;:)\]\"”'’–-]|$)|\s+[A-ZĐ])(?!\s*[-–]\s*\d)")
# an edition's number and year: 'Festival Di sản Quảng Nam lần thứ VI-2017'
_EDITION_YEAR = re.compile(r"lần thứ\s+(?:[IVXL]+|\d{1,2})\s*[-–]\s*()((?:19|20)\d{2})(?!\d)")
# a school year or a season is two years (its days to May are in the second)
_SCHOOL_YEAR = re.compile(r"(?:năm học|niên học|mùa giải)\s+((?:19|20)\d{2})\s*[-–/]\s*"
                          r"((?:19|20)\d{2})", re.I)
# years that are no 'now': a birth, a target, the end of a plan, the steps of a biography
# ('đến hết năm 2020': a target; 'tính đến hết năm 2016': as of a year gone by)
_NOT_NOW = re.compile(r"(?:(?<!tuyển )sinh|SN|(?<!tính )(?:đến|tới)\s+hết|(?:đến|tới)(?!\s+hết)|"
                      # ('kế hoạch thanh tra năm 2018': the year a plan is for)
                      r"tầm nhìn|giai đoạn|kế hoạch(?:\s+(?!năm\b)[^\W\d_]+){0,4}|mục tiêu|"
                      r"(?:chậm|muộn|sớm) nhất|"
                      r"nhiệm kỳ|vào Đảng|kết nạp Đảng|nhập ngũ|tốt nghiệp|thành lập|ra đời|"
                      r"so với(?: cùng kỳ)?|\bnhững|\bcác|thập niên)[^\w.!?;]*"
                      # ('đến cuối năm 2016'; 'các năm 2011, 2012 và 2016': each year listed;
                      # not across a sentence's end: '… sắp tới. Năm 2017 …')
                      r"(?:(?:cuối|đầu|giữa)\s+)?(?:ngày|năm|tháng)?(?:[\s\d/,-]|và|\.(?=\d))*$",
                      re.I)
# a year under review is gone by when the text speaks: 'kiểm điểm … năm 2016', 'tình hình
# kinh tế - xã hội trong năm 2016', 'Cờ … thi đua năm 2016' (an award for a year gone by),
# 'giảm so với Tết 2016'
_UNDER_REVIEW = re.compile(r"(?:kiểm điểm|tổng kết|(?:cờ|bằng khen)\b[^.;:!?()]{0,40}thi đua|"
                           r"tình hình|so với|cùng kỳ)"
                           # (the next year is no longer the one under review: 'tình hình năm
                           # 2016, phương hướng năm 2017'; months under review are this year's:
                           # 'tình hình kinh tế - xã hội 5 tháng đầu năm 2017')
                           r"(?:(?!(?:19|20)\d\d|phương hướng|(?<!thực hiện )nhiệm vụ|tháng)"
                           r"[^.;:!?()]){0,64}$",
                           re.I)
# a year the text looks ahead to: 'dự kiến hoàn thành vào năm 2019', 'phấn đấu năm 2018',
# 'có hiệu lực từ 01/07/2018', 'chương trình giám sát năm 2018', 'trước năm 2020'
_AHEAD = re.compile(r"(?:kỷ niệm[^.;:()]{0,60}\(\s*$)|"  # an anniversary's day: '(3/2/2018)'
                    # ('đạt chỉ tiêu xuất khẩu 10 tỉ USD năm 2025': a quota's year; a school's
                    # intake names the school year it is for, 'chỉ tiêu tuyển sinh năm học …')
                    r"(?:dự kiến|phấn đấu|sẽ|(?<!đã )phải|chỉ tiêu(?! tuyển sinh)|"
                    r"đưa vào (?:sử dụng|vận hành|khai thác)|tiến độ|"
                    r"hiệu lực|thời hạn|hạn chót|đến hạn|lộ trình|chương trình giám sát|"
                    # 'áp dụng sớm hơn thời điểm 1/1/2018': a rule's date compared, not now
                    r"(?:sớm|muộn|chậm) hơn)"
                    r"[^.;:!?]{0,32}$|(?:hoàn thành|xong|trước|sang|lùi)\s+(?:ngay\s+)?"
                    r"(?:vào\s+|trong\s+)?"
                    r"(?:cuối\s+|đầu\s+|giữa\s+)?(?:năm\s*|ngày\s*)?$", re.I)


# a goal's date: 'phấn đấu xây dựng tỉnh … thành thành phố trực thuộc Trung ương vào năm 2022',
# 'mục tiêu … 10 tỷ USD vào năm 2020', 'hoàn thành, thông xe kỹ thuật vào tháng 6/2020'
# ('nếu Tập đoàn đạt 2 tỉ USD vào năm 2021', 'chỉ tiêu có 500.000 doanh nghiệp vào năm 2020': a
# figure to reach by then; not a standard met,
# 'được công nhận đạt chuẩn vào cuối năm 2016')
_GOAL_BY = re.compile(r"\b(?:phấn đấu|mục tiêu|chỉ tiêu|dự kiến|kế hoạch|lộ trình|tiến độ|sẽ"
                      r"|hoàn thành|(?<!nhận )(?<!được )đạt|nếu"
                      # (not a goal met: '… hoàn thành các tiêu chí và được công nhận … vào
                      # cuối năm 2016')
                      r"|đưa (?:dự án )?vào|bàn giao)\b"
                      # (a dot inside a number goes on: '500.000 doanh nghiệp')
                      r"(?:(?!\b(?:đã|được|vừa)\b)(?:[^.;:!?…]|(?<=\d)\.(?=\d))){0,90}?"
                      r"\bvào\s+"
                      r"(?:(?:cuối|đầu|giữa)\s+)?(?:quý\s+\w+\s+)?(?:(?:năm|tháng\s+\d{1,2}\s*[/.-])\s*)?$",
                      re.I)


_GONE_BY = re.compile(r"(?:[Tt]rước đó|[Hh]ồi|[Cc]ách đây[^,.;]{0,12})\s*,?\s*(?:ngày\s*)?"
                      r"(?:[\d/.-]+\s*)?(?:tháng\s*)?$")
_UP_TO_END = re.compile(r"(?:đến|tới)\s+hết\s*$", re.I)  # 'đến hết tháng 5/2017': as of then
_UNTIL = re.compile(r"(?:đến|tới)\s+$", re.I)
_SINCE = re.compile(r"từ\s*$", re.I)  # 'mua từ năm 2003': a year long past, not 'now'
# a date that bounds a rule's effect is no 'now': 'nợ xấu trước ngày 15/8/2017', 'kể từ ngày …'
# (but a deadline someone is set or sets themself is close ahead of when the text speaks:
# 'cam kết … thống nhất số liệu trước ngày 20/5/2017', 'yêu cầu … hoàn thành trước ngày …')
_DEADLINE_SET = re.compile(r"\b(?:cam kết|yêu cầu|giao|đề nghị|chỉ đạo)\b[^.;:!?]{0,80}"
                           r"\btrước\s+ngày\s*$", re.I)
_BOUND = re.compile(r"(?:từ|trước|sau|đến|hết|tới)\s+ngày\s*$", re.I)
# a document's date is when it was signed, not a day the text reports: 'Quyết định số
# 22/2013/QĐ-TTg ngày 26/4/2013', 'văn bản số 76/TTCP-C.I ngày 19/4', 'Quyết định số 32 ngày …'
DOCUMENT_DAY = re.compile(r"(?:(?:[Qq]uyết định|[Nn]ghị định|[Tt]hông tư|[Cc]ông văn|[Vv]ăn bản|"
                          r"[Cc]hỉ thị|[Kk]ết luận|[Nn]ghị quyết|[Tt]ờ trình|[Tt]hông báo)\s+"
                          r"(?:số\s+)?[\w/.-]*|\d+/[\w./-]*[A-ZĐ][\w./-]*)\s*(?:ký\s+)?(?:\(\s*)?"
                          r"(?:ngày\s*)?$")  # ('Quyết định 49 (ngày 1-9-2011)')
# a year in a bracketed aside dates something else: 'Đại hội XII (đầu năm 2016)'
_ASIDE = re.compile(r"\((?:[^()\d]{0,24})$")  # ('(được đặt tên năm 1987)')
# a year the text says is still to come: '… lần thứ XIII – năm 2018 tại Nghệ An sắp tới'
# ('… trong năm 2019 sẽ xong', 'đến năm 2020 mới hoàn thành': a year a work is due)
_STILL_TO_COME = re.compile(r"[^.;:()]{0,40}?\b(?:sắp tới|tới đây|sắp diễn ra)\b"
                            r"|[^.;:(),]{0,16}?\s(?:thì\s+)?(?:sẽ|mới)\s+"
                            r"(?:xong|hoàn thành|hoàn tất|đưa vào|khánh thành|đi vào)\b")


_NUMBER_WORDS = {"nhất": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6,
                 "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def number(word: str) -> int | str:
    """'4', 'tư', 'IV' are one number: 'kỳ họp thứ tư' and 'kỳ họp thứ 4' are one session."""
    if word.isdigit():
        return int(word)
    if word.lower() in _NUMBER_WORDS:
        return _NUMBER_WORDS[word.lower()]
    if word and all(c in _ROMAN for c in word):
        values = [_ROMAN[c] for c in word]
        return sum(-v if i + 1 < len(values) and v < values[i + 1] else v
                   for i, v in enumerate(values))
    return word.lower()


#: the year each term ('khóa') of the National Assembly and of the Party's Central Committee
#: (its Politburo and Secretariat too) ended or ends: 'đại biểu Quốc hội khóa XIII' in a
#: text of 2017 is a post that is over
TERM_ENDS = {
    "quốc hội": {9: 1997, 10: 2002, 11: 2007, 12: 2011, 13: 2016, 14: 2021, 15: 2026},
    "đảng": {7: 1996, 8: 2001, 9: 2006, 10: 2011, 11: 2016, 12: 2021, 13: 2026},
}
#: 'khóa XI, XIII', 'khóa X, XI và XII', 'khoá 13' after a title
TERMS_AFTER = re.compile(r"\s*,?\s*\(?(?:khóa|khoá)\s+"
                         r"((?:[IVXL]+|\d{1,2})(?:\s*(?:,|và)\s*(?:[IVXL]+|\d{1,2})\b)*)\b")


def term_ended(series: str, terms: str, year: int | None) -> bool:
    """The latest of ``terms`` ('XI, XIII') of ``series`` ended before ``year``."""
    ends = TERM_ENDS[series]
    numbers = [n for w in re.split(r"\s*(?:,|và)\s*", terms) if isinstance(n := number(w), int)]
    last = max(numbers, default=None)
    return bool(year and last in ends and ends[last] < year)


def is_target_year(text: str, pos: int) -> bool:
    """The year written at ``pos`` is a birth, a target or the end of a plan or term."""
    return bool(_NOT_NOW.search(text[max(0, pos - 24):pos]))


@dataclass(frozen=True)
class YearHint:
    """The year an undated article speaks in, and what moves one of its day-months out
    of it."""
    year: int
    #: the earliest month the text dates in ``year`` when it dates that year only by
    #: months ('hồi cuối tháng 12/2016'): a day-month more than half a year before it is
    #: the next year's (news in February looking back to December)
    since_month: int = 0
    #: the earliest month the text dates in ``year`` as a time gone by ('Trước đó, tháng
    #: 10.2016, …'): any day-month before it is the next year's
    past_month: int = 0
    #: ``year`` begins a school year ('năm học 2016-2017') the text dates no other way:
    #: January to May are the second year's (June on, the text looks to the year ahead)
    school_year: bool = False

    def year_of(self, month: int) -> int:
        if self.school_year and month <= 5:
            return self.year + 1
        if month + 6 < self.since_month or month < self.past_month:
            return self.year + 1
        return self.year


def reference_year(text: str) -> YearHint | None:
    """The year an undated article speaks in: the latest year it writes in a date, after
    'năm' or in a name, other than births, targets and the bounds of rules (GUIDELINES §4:
    with no article date, a day and month take the year the text gives)."""
    found = _years(text, _FULL_YEAR, _NAMED_YEAR, _EDITION_YEAR) + [
        w for w in _years(text, _RANGE_END)
        if _RANGE_START.search(text, max(0, w.at - 24), w.at)]
    written = {w.year for w in found}
    # a name's round year ahead of every year written otherwise is a target ('Chương trình
    # nghị sự 2030'), not the year of 'Liên hoan Cồng chiêng 2017'
    found += [w for w in _years(text, _BARE_YEAR)
              if not written or w.year <= max(written) or w.year % 5]
    # the year a plan is for, only if the text writes no other ('Chương trình xây dựng luật
    # năm 2017' may be this year's)
    planned = [w for w in found if _PLAN_FOR.search(text, max(0, w.at - 80), w.at)]
    if len(planned) < len(found):
        found = [w for w in found if w not in planned]
    school = [int(m.group(1)) for m in _SCHOOL_YEAR.finditer(text)
              if int(m.group(2)) == int(m.group(1)) + 1 and _now(text, m.start(), m.re)]
    years = {w.year for w in found} | set(school)
    # (the documents a story cites count toward its span: 'bổ nhiệm tại quyết định số 4105 ngày
    # 25.10.2005 …, quyết định số 1122 ngày 23.12.2015')
    spanned = written | {int(m.group(2)) for m in _FULL_YEAR.finditer(text)
                         if DOCUMENT_DAY.search(text, max(0, m.start() - 48), m.start())}
    # (not a story of a day remembered, whose span ends now: 'kỷ niệm 70 năm … (20/5/1947-
    # 20/5/2017)', though it goes over the years between)
    remembered = any(int(m.group("end")) == max(spanned, default=0) for m in _SPAN.finditer(text))
    if len(spanned) >= _LIFE_STORY_YEARS and max(spanned) - min(spanned) >= 10 \
            and not remembered:
        return None  # a life story: its last year is where the story ends, not when the
        # article speaks, and its day-months stay undated (GUIDELINES §4)
    # a round year far ahead of every other year the text writes, never with a day or month,
    # is a target however it is led to ('lộ trình cấm xe máy … vào năm 2030')
    # (so are such years together: 'đạt 10 tỉ USD vào năm 2025 và 20 tỉ USD vào năm 2030' in a
    # 2017 story)
    round_only = {y for y in years
                  if y % 5 == 0 and not any(w.year == y and w.month for w in found)}
    # (… and one the text also writes as a horizon is a target wherever it stands, even with
    # no other year: 'tầm nhìn 2030 …; cấm xe máy trong nội đô vào năm 2030')
    years -= {y for y in round_only
              if any(_HORIZON.search(text, max(0, m.start() - 24), m.start())
                     for m in re.finditer(rf"(?<!\d){y}(?!\d)", text))}
    if years - round_only:
        years -= {y for y in round_only if y - max(years - round_only) >= 8}
    while len(years) > 1 and (top := max(years)) % 5 == 0 \
            and top - max(years - {top}) >= 8 and not any(w.year == top and w.month for w in found):
        years.discard(top)
    if not years or max(years) < _now_at_least(text):
        return None  # (a year below when the text must speak is one it looks back to: no 'now')
    year = max(years)
    latest = [w for w in found if w.year == year]
    dated = [w.month for w in latest if w.month is not None]
    since = min(dated) if dated and len(dated) == len(latest) and year not in school else 0
    gone = [w.month for w in latest if w.month is not None and since
            and _GONE_BY.search(text, max(0, w.at - 20), w.at)]
    # 'từ tháng 11-2016, Bộ Chính trị đã triển khai …': the text speaks after that month, so
    # a day-month before it is the next year's (a 'since' still to come, 'từ tháng 3/2017 sẽ
    # áp dụng', bounds nothing)
    since_past = [int(m.group(1)) for m in _NAMED_YEAR.finditer(text)
                  if m.group(1) and int(m.group(2)) == year
                  and _SINCE.search(text, max(0, m.start() - 6), m.start())
                  and _DONE_SINCE.match(text, m.end())]
    if since_past:
        gone.append(max(since_past))
    return YearHint(year, since_month=since, past_month=min(gone, default=0),
                    school_year=year in school and not latest)


# a time the text says runs to now began by the time it speaks: 'Từ năm 2005 đến nay', 'từ tháng
# 1/2013 đã …'
_SINCE_YEAR = re.compile(r"\btừ\s+(?:sau\s+)?(?:năm|tháng\s+\d{1,2}\s*[/.-])\s*"
                         r"((?:19|20)\d{2})(?!\d)", re.I)
# … and so had the term of a congress it names, or would within a year (a congress is got ready
# the year before its term): 'tổ chức Đại hội nhiệm kỳ 2016-2021' (not any term: one a country
# stands for is years ahead, 'ứng cử … Hội đồng Bảo an nhiệm kỳ 2020 - 2021')
_TERM_YEARS = re.compile(r"\b[Đđ]ại hội\b[^.;:!?()]{0,60}?(?:nhiệm kỳ|khóa|khoá)\s+(?:[IVXL]+\s*)?"
                         r"\(?\s*((?:19|20)\d{2})\s*[-–]\s*(?:19|20)\d{2}(?!\d)")


def _now_at_least(text: str) -> int:
    """The earliest year an undated text can speak in, by the spans it says have begun."""
    since = [int(m.group(1)) for m in _SINCE_YEAR.finditer(text)
             if _DONE_SINCE.match(text, m.end())]
    terms = [int(m.group(1)) - 1 for m in _TERM_YEARS.finditer(text)]
    return max(since + terms, default=0)


# a law is named by the year it was passed: 'Luật Đất đai năm 2003 và 2013', 'Hiến pháp năm 2013'
_LAW_TITLE = re.compile(r"(?:(?<!\w)Luật|Bộ luật|Hiến pháp|Pháp lệnh)\b[^.;:!?()]{0,40}?"
                        r"(?:năm\s*)?(?:(?:19|20)\d\d\s*(?:,|và)\s*)*$")
_DONE_SINCE = re.compile(r"[^.;:!?]{0,60}?\b(?:đã|đến nay|tới nay|cho đến nay)\b")
_LIFE_STORY_YEARS = 5  # distinct years a text writes that make it a career's story


class _Written(NamedTuple):
    year: int
    month: int | None  # the month written with it ('tháng 12/2016'), if any
    at: int


def _years(text: str, *patterns: re.Pattern[str]) -> list[_Written]:
    """The years ``patterns`` find that speak of 'now'."""
    out = []
    for rx in patterns:
        for m in rx.finditer(text):
            if not _now(text, m.start(), rx):
                continue
            month = int(m.group(1)) if m.group(1) else None
            if rx is _FULL_YEAR and _set_deadline(text, m.start()):
                month = None  # (a deadline's month bounds nothing: the text speaks before it)
            out.append(_Written(int(m.group(2)), month, m.start()))
    return out


def _set_deadline(text: str, at: int) -> bool:
    return _DEADLINE_SET.search(text, max(0, at - 100), at) is not None


def _now(text: str, at: int, rx: re.Pattern[str]) -> bool:
    as_of_month = _UP_TO_END.search(text, max(0, at - 12), at) and text.startswith("tháng", at)
    set_deadline = rx is _FULL_YEAR and _set_deadline(text, at)
    return not ((_NOT_NOW.search(text[max(0, at - 24):at]) and not as_of_month)
                or (_UNDER_REVIEW.search(text, max(0, at - 80), at)
                    and not text.startswith("tháng", at))
                or _AHEAD.search(text[max(0, at - 72):at]) and not set_deadline
                or _GOAL_BY.search(text, max(0, at - 140), at)
                or (rx is not _FULL_YEAR and _SINCE.search(text[max(0, at - 6):at]))
                or (rx is _FULL_YEAR and _BOUND.search(text[max(0, at - 12):at])
                    and not set_deadline)
                or (rx is _FULL_YEAR and DOCUMENT_DAY.search(text, max(0, at - 48), at))
                or (rx is not _FULL_YEAR and _ASIDE.search(text[max(0, at - 26):at]))
                or bool(_STILL_TO_COME.match(text, at))  # (from the year's own words on)
                or bool(_LAW_TITLE.search(text, max(0, at - 60), at)))


#: the year a programme or plan is for: 'Chương trình xây dựng luật, pháp lệnh năm 2018',
#: 'chương trình hoạt động giám sát của Quốc hội năm 2018' (a year ahead, or the one the plan
#: covers: not when the text speaks)
# (not a show's name: 'Chương trình “Vinh quang Việt Nam năm 2017”')
_PLAN_FOR = re.compile(r"\b(?:[Cc]hương trình\s+"
                       r"(?:xây dựng luật|(?:hoạt động\s+)?giám sát|công tác)"
                       r"|[Kk]ế hoạch|[Dd]ự toán|giám sát chuyên đề)\b[^.;:!?()\d“”\"]{0,60}?"
                       r"(?:\bnăm\s*)?$")
#: a year written as a horizon: 'giai đoạn 2017-2020 tầm nhìn 2030', 'lộ trình đến năm 2030'
_HORIZON = re.compile(r"(?:tầm nhìn|(?:đến|tới)(?!\s+hết)|giai đoạn\s+(?:19|20)\d{2}\s*[-–])"
                      r"\s*(?:năm\s*)?$", re.I)


_INTO_YEAR = re.compile(r"\bvào\s+(?:năm\s*)?$", re.I)
_COMPARED = re.compile(r"(?:so với|cùng kỳ)[^.;:!?()\d]{0,20}$", re.I)


def resolve(d: DateMention, article_date: date | None, sentence: str,
            year_hint: YearHint | None = None) -> date | None:
    """The calendar date, inferring the year from the article date (or the sentence, or
    ``year_hint``: the year an undated article speaks in)."""
    if d.today:
        return article_date
    assert d.day is not None and d.month is not None
    year = d.year
    if year is None and article_date is not None:
        year = article_date.year
        if (d.month, d.day) > (article_date.month, article_date.day):
            year -= 1
    if year is None:
        years = [m.group(1) for m in _YEAR.finditer(sentence)  # not 'từ nay đến năm 2020'
                 if not _UNTIL.search(sentence, max(0, m.start() - 8), m.start())
                 and not _AHEAD.search(sentence[max(0, m.start() - 40):m.start()])
                 # nor the year a figure is compared with: 'giảm 12 vụ so với cùng kỳ năm 2016'
                 and not _COMPARED.search(sentence, max(0, m.start() - 30), m.start())
                 # nor a round year things are to happen in: 'Ngày 16/6, tại hội nghị về quản lý
                 # phương tiện vào năm 2030' (with no year the text speaks in to compare it to)
                 and not (int(m.group(1)) % 5 == 0
                          and _INTO_YEAR.search(sentence, max(0, m.start() - 12), m.start()))]
        # (a year before the one the text speaks in is a year under review: 'làm việc về
        # tình hình năm 2016' in a 2017 story)
        # (nor a year years ahead of it: 'Ngày 16/6, tại hội nghị về quản lý phương tiện vào
        # năm 2030' is a target's, in a 2017 story)
        if len(set(years)) == 1 and (year_hint is None
                                     or year_hint.year <= int(years[0]) <= year_hint.year + 1):
            year = int(years[0])
    if year is None and year_hint is not None:
        year = year_hint.year_of(d.month)
    if year is None:
        return None
    try:
        return date(year, d.month, d.day)
    except ValueError:
        return None
