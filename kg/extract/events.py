"""Events: dated gatherings with organiser, chair and participants (GUIDELINES §4)."""
from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field
from datetime import date
from typing import cast

from kg.extract import dates
from kg.extract.gazetteer import load
from kg.extract.mentions import (DELEGATION_HEADS, BodyRef, SentenceMentions, TitleMention,
                                 parse_body, parse_place)
from kg.models import EventKind
from kg.text.normalize import fold

# Order matters: the first trigger that matches at a position wins.
TRIGGERS: tuple[tuple[EventKind, str], ...] = (
    # ('tiếp xúc với 160 cử tri hai quận …', 'cuộc tiếp xúc')
    ("voter_meeting", r"(?:hội nghị )?tiếp xúc (?:với )?(?:(?:hơn |gần |khoảng )?[\d.]+ )?cử tri"
                      # (not a leader's talks: 'các cuộc tiếp xúc ngắn với Tổng Bí thư Lào')
                      r"|(?<!các )(?:buổi|cuộc) tiếp xúc(?! ngắn| song phương)"
                      r"(?! với (?!(?:[\d.]+ )?cử tri))"),
    # (not a suspect's or a reporter's 'làm việc với cơ quan công an / phóng viên')
    ("working_session", r"(?:buổi|cuộc) làm việc(?! với (?:phóng viên|PV)\b)"
                        r"|làm việc với(?! (?:cơ quan (?:công an|điều tra|chức năng)"
                        r"|công an|phóng viên|PV|báo chí)\b)"),
    ("seminar", r"(?<!Quốc )hội thảo(?! luận)|tọa đàm"),  # not 'Quốc hội thảo luận'
    # (questions in a sitting: 'trả lời chất vấn của các đại biểu', not in writing)
    ("session", r"kỳ họp|phiên họp"
                r"|phiên (?:chất vấn|thảo luận|toàn thể|trù bị|khai mạc|bế mạc|làm việc)"
                r"|(?:phiên )?trả lời (?:tái )?chất vấn(?! bằng văn bản)"
                # the assembly's debate: 'Sáng 30/5, Quốc hội thảo luận dự án Luật …', 'buổi
                # thảo luận hội trường kỳ họp thứ 5 HĐND', 'Quốc hội (QH) thảo luận tại tổ'
                r"|(?:(?<=Quốc hội )|(?<=QH\) )|(?<=Quốc hội\) )|(?<=Quốc hội tiếp tục )"
                r"|(?<=Quốc hội đã ))(?:thảo luận|cho ý kiến)"
                # ('Thảo luận góp ý tại Quốc hội chiều 6/6 …': the sitting the sentence opens on)
                r"|^thảo luận(?=(?: góp ý| tổ)? (?:tại|ở) (?:Quốc hội|hội trường|tổ)\b)"
                r"|buổi thảo luận(?= (?:tại |ở )?(?:hội trường|tổ)\b)"),
    ("congress", r"đại hội"),
    # ('UBND quận tổ chức sơ kết 5 tháng công tác …': a review meeting; not a duty to hold
    # one, 'yêu cầu … trong tổ chức sơ kết')
    # ('UBND Quận 1 đã sơ kết 5 tháng công tác …': the body held its review)
    # ('tại buổi sơ kết chống buôn lậu …': the review meeting held)
    ("conference", r"hội nghị|(?:(?<=tổ chức )(?<!trong tổ chức )|(?<=đã )|(?<=vừa )|(?<=buổi ))"
                   r"(?:sơ kết|tổng kết)(?!\w)"),
    ("ceremony", r"(?:buổi )?lễ(?! hội| tết| phật| chùa| đền| phủ| miếu| đầu năm| giải hạn| cầu"
                 r"| khai ấn| phát ấn| rước| vu lan| cúng| giỗ| tế| treo| đường)(?!\w)"
                 # ('lễ đường': a hall; 'lễ tế', 'lễ treo trâu': a festival's rites)
                 r"|(?:công bố|trao) (?:các |hai |\w+ )?"
                 r"(?:quyết định|vị trí|nhân sự)"
                 r"|trình (?:Quốc thư|thư ủy nhiệm)"  # an envoy's credentials: a ceremony
                 # a groundbreaking or an opening held ('phát lệnh khởi công cầu …', 'tổ chức
                 # khánh thành …'), not one a text just mentions ('dự án khởi công năm 2015')
                 r"|phát lệnh khởi công|(?<=tổ chức )(?:khởi công|khánh thành|động thổ)(?!\w)"
                 # 'tổ chức biểu dương, khen thưởng các tập thể': an awards ceremony (after
                 # 'tổ chức' only: see _AWARDS_AFTER)
                 r"|(?:biểu dương|tuyên dương|khen thưởng|trao thưởng|vinh danh)"
                 # the opening or closing of a festival, a fair, a contest ('Tối 14-6, tại
                 # quảng trường Sông Hoài đã bế mạc Festival Di sản Quảng Nam'): its ceremony
                 # (not a link to another story: '[Khai mạc Ngày hội …]')
                 r"|(?<!\[)(?:khai mạc|bế mạc)(?= (?:festival|lễ hội|hội chợ|tuần lễ|liên hoan"
                 r"|triển lãm|ngày hội|hội thi|hội diễn|hội báo|giải)(?!\w))"),
    ("meeting", r"cuộc họp|(?<=tổ chức )họp báo|(?<=[Tt]ại )họp báo|(?:buổi|cuộc) họp báo"
                r"|gặp (?:gỡ|mặt) báo chí"
                # a briefing ('giao ban báo chí', 'buổi giao ban'; 'hội nghị giao ban' stays a
                # conference) and a get-together ('buổi gặp mặt', 'cuộc gặp mặt truyền thống')
                r"|(?:buổi |cuộc )?giao ban(?= báo chí)|(?:buổi|cuộc) giao ban"
                r"|(?:buổi|cuộc) gặp mặt|(?<=tổ chức )gặp mặt|(?:buổi|cuộc|chương trình) gặp gỡ"
                r"|(?<!\w)họp(?! báo)(?!\w)"),
)
# every trigger starts a word: saying so first lets the scan skip each position inside a
# word with one test instead of trying every alternative there (a third of the time)
TRIGGER = re.compile(r"(?<!\w)(?:" + "|".join(f"(?P<{k}>{p})" for k, p in TRIGGERS) + ")",
                     re.I)


# (the events and then the memberships of an article scan its sentences for gatherings:
# the second scan finds them remembered)
@functools.lru_cache(maxsize=512)
def triggers_in(s: str) -> tuple[re.Match[str], ...]:
    """The gatherings ``s`` names, in order (:data:`TRIGGER`)."""
    return tuple(TRIGGER.finditer(s))


_REFERENCE = re.compile(r"(nghị quyết|điều lệ|chương trình|văn kiện|tiến tới|chuẩn bị|đi dự"
                        r"|trước thềm|tạm dừng|hạn chế|không tổ chức|dừng tổ chức"
                        r"|nhiệm kỳ|sau khi kết thúc|sắp tới|dự kiến|dịp|nghỉ)\s*(?:\w+\s+){0,2}$",
                        re.I)
# a session a report is sent or put to is named, not reported: 'kiến nghị của cử tri gửi đến
# kỳ họp thứ 2', 'thẩm tra các báo cáo để trình kỳ họp thứ 4'
_SENT_TO = re.compile(r"\b(?:trình|gửi(?:\s+(?:đến|tới|lên))?)\s*$", re.I)
# the occasion a sentence opens with is its frame, not what it reports: 'Nhân chuyến thăm
# Nhật Bản và dự Hội nghị Tương lai châu Á, sáng 6/6, Thủ tướng đã có buổi làm việc …'
_OCCASION = re.compile(r"\W*Nhân\s+(?:dịp|chuyến|lần|kỷ niệm)\s[^,;]*$", re.I)
# a gathering still to come is no event (GUIDELINES §4): 'sẽ tổ chức hội thảo', 'dự kiến họp'
# ('hoan nghênh ông A sang thăm và tham dự Hội nghị …': a visit welcomed ahead)
_PLANNED = re.compile(r"(?:\bsẽ|dự kiến|dự định|đang đợi|chờ|sắp|chuẩn bị"
                      # (not a plan carried out or named: 'tình hình thực hiện kế hoạch kinh tế
                      # - xã hội 6 tháng qua tại cuộc họp …')
                      r"|(?<!thực hiện )kế hoạch(?! kinh tế| phát triển))\b"
                      r"(?:[^.;,:]|(?<=\d),(?=\d)){0,80}$"  # '22,5 ngày' is no clause end
                      r"|hoan nghênh\b[^.;:]{0,80}\bthăm\b[^.;:]{0,60}$"
                      # (a gathering to attend in a list of what someone will do: 'sẽ thăm Việt
                      # Nam, dự Hội nghị Cấp cao APEC')
                      r"|\bsẽ\b[^.;:]{0,80}?,\s*(?:và\s+)?(?:(?:tham|tới|đến)\s+)?dự\s+$"
                      # nor one built for ('công trình xây dựng để tổ chức Đại hội …'), nor one a
                      # meeting discusses ('cuộc họp … bàn về việc tổ chức Đại hội …')
                      r"|\b(?:để|bàn(?:\s+về)?)\s+(?:phục vụ\s+)?(?:việc\s+)?tổ chức\s*$"
                      # nor one asked for: 'cần tổ chức hội nghị …', 'yêu cầu các địa phương
                      # nhanh chóng tổ chức tổng kết …'
                      r"|(?:\b(?:cần|phải|nên|nhanh chóng|khẩn trương)"
                      r"|\byêu cầu\b(?:(?!\bđã\b|\bvừa\b)[^.;:,]){0,60}?)\s+tổ chức\s*$", re.I)
_STRONG_BEFORE = re.compile(
    # ('trả lời phóng viên trong buổi họp báo', 'Trong cuộc họp chiều qua, …': what was said or
    # decided in it)
    # ('Tại buổi tọa đàm diễn ra ngay sau đó, …')
    # ('Chủ tịch nước chứng kiến lễ ký kết …', 'phát biểu trong lễ ký kết': a gathering held)
    r"(tổ chức|(?:tại|trong)(?:\s+(?:buổi|cuộc))?|dự|tham dự|chứng kiến"
    r"|phát biểu(?: chỉ đạo| kết luận| khai mạc| bế mạc| mở đầu| đề dẫn)?(?: tại| trong)?"
    r"|kết luận|khai mạc|bế mạc|chủ trì)\s*$", re.I)
PARTICIPATION = re.compile(r"^\W*(?:đến dự|tham dự|dự|phát biểu|báo cáo|trình bày|kết luận)\b"
                            r"|chủ trì", re.I)
# ('Đoàn công tác của Bộ X do Bộ trưởng A dẫn đầu có buổi làm việc với …': the delegation's body)
_ORGANISING = (r"(?:do\s+[^.;]{0,100}?\s+(?:dẫn đầu|làm [Tt]rưởng đoàn)\s*,?\s*)?"
               # ('UBND tỉnh X và thị trấn Y (Trung Quốc) tiếp tục tổ chức hội nghị …': a partner
               # the text names no body of)
               r"(?:(?:và|cùng với)\s+[^.;]{1,60}?\s+(?=(?:(?:đã|vừa|tiếp tục|chính thức)\s+)*"
               r"(?:phối hợp\s+|đồng\s+)?tổ chức\b))?"
               r"(?:(?:đã|vừa|cũng|chính thức|cùng|long trọng|trọng thể|tiếp tục)\s+)*"
               # ('UBND tỉnh X phối hợp các cơ quan chức năng tổ chức lễ hội …'; 'UBND tỉnh X phối
               # hợp với Bộ A, Bộ B, Bộ C và Ủy ban D tổ chức …': partners listed at length)
               r"(?:(?:chủ trì\s*,?\s*(?:và\s+)?)?phối hợp(?: với)? [^;]{0,160}?)?"
               r"(?:(?:phối hợp|đồng|cùng)\s+)?"
               # ('Thành ủy X triệu tập cuộc họp …': who calls it holds it)
               r"(?:tổ chức|công bố|trao(?!\s+đổi)|khai mạc|bế mạc|triệu tập%s)(?!\w)")
_ORGANISE = re.compile(_ORGANISING % "|có", re.I)
#: … and 'có (buổi)' only right before the gathering: 'X có buổi làm việc với …'
_ORGANISE_NOT_HAS = re.compile(_ORGANISING % "", re.I)
# ('Ban A, Báo B chủ trì, phối hợp với Ban C tổ chức …': who lead it, then their partners)
_WITH_PARTNERS = re.compile(r"\s*(?:(?:đã|vừa|cũng|chính thức|tiếp tục)\s+)*"
                            r"(?:chủ trì\s*,?\s*(?:và\s+)?)?phối hợp(?:\s+với)?\s", re.I)
_ONLY_AUX = re.compile(r"^(?:\s|đã|vừa|chính thức)*$", re.I)
_ON_BEHALF = re.compile(r"thay mặt\s*$", re.I)
_CHAIR = re.compile(r"chủ trì", re.I)
_SPEAK = re.compile(r"phát biểu", re.I)
_PRESENT = re.compile(r"báo cáo|trình bày", re.I)
_ATTEND = re.compile(r"(?:^|\W)(?:đến dự|tham dự|dự)(?!\w)", re.I)
# ('Thứ trưởng Bộ X Trần Văn A cùng đoàn công tác đã có buổi làm việc …': the leader and the
# delegation with them)
_NAME_IN_GAP = re.compile(r"^\s*(?:[A-ZÀ-Ỹ][\w]*\s+){1,4}(?:cùng\s+(?:đoàn công tác|đoàn)\s+)?"
                          r"(?=(?:đã|vừa)\s)")
_LABEL_END = re.compile(r"[,.;:()]|\s(?:tại|do|với|vào|diễn ra|được)\s"
                        # (a caption run into the next sentence: 'chủ trì buổi làm việc Theo
                        # ông A, …')
                        r"|\s(?=(?:Theo|Tại|Trong|Sau|Trước|Ông|Bà|Phát biểu)\s)")


@dataclass
class EventDraft:
    kind: EventKind
    label: str
    date: date | None
    sentence_index: int
    organizers: list = field(default_factory=list)      # BodyRef
    chairs: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    presenters: list[str] = field(default_factory=list)
    attendees: list[str] = field(default_factory=list)
    evidence: str = ""
    written_date: tuple | None = None   # (day, month) as written, to tell apart same-day events
    part_of_day: str | None = None      # 'sáng', 'chiều' …: two gatherings of one day
    section: int = 0                    # 'Hà Nội: …' / 'TP.HCM: …': a place's own news
    at_the: bool = False                # 'Tại buổi lễ …': the gathering the story is about
    #: the text names what the gathering was ('hội nghị', 'buổi trao quyết định'), not only
    #: an act ('ông A trao quyết định …')
    gathering_word: bool = True


_REPORTED = re.compile(r"\b(?:cho biết|cho hay|thông tin|xác nhận|thông báo)\b", re.I)


#: 'Nhân dịp kỷ niệm 46 năm Ngày toàn thắng 30/4/1975, …': the day remembered, not the
#: gathering's
_REMEMBERED = re.compile(r"kỷ niệm\s[^.;,:()]{0,50}$", re.I)
#: 'Phát biểu tại hội nghị, ông A khẳng định: Ngày 12/12/2013, Bộ Chính trị …': a day in what
#: is said there, not the gathering's
#: ('cuộc họp thông tin về …': a briefing, so not 'thông tin')
_SAID = re.compile(r"\b(?:cho biết|khẳng định|nhấn mạnh|nói|nêu rõ|cho rằng|chia sẻ"
                   r"|nhắc lại|ôn lại|nhớ lại|kể lại)\b", re.I)


#: 'Ngày 8-2, UBND quận đã ban hành kết luận của ông A tại cuộc họp …': the day the
#: conclusions were issued, not the meeting's
_CONCLUSIONS = re.compile(r"\b(?:ban hành|thông báo|gửi|có)\s+(?:văn bản\s+|thông báo\s+)?"
                          r"kết luận\b", re.I)


def _owner(d: dates.DateMention, triggers: list[re.Match[str]]) -> re.Match[str] | None:
    """A date belongs to the first event word after it in the sentence, else the last before
    (or to the one it is written right after: 'Sau phiên họp Tổ sáng 23/5, tại cuộc họp
    đoàn …')."""
    after = [t for t in triggers if t.start() >= d.end]
    before = [t for t in triggers if t.end() <= d.start]
    if before and after and _RIGHT_AFTER.fullmatch(before[-1].string, before[-1].end(), d.start) \
            and _CLAUSE_ENDS.match(before[-1].string, d.end):
        return before[-1]
    if after:
        return after[0]
    return before[-1] if before else None


#: what may stand between a gathering's word and its day: its own short name ('phiên họp Tổ
#: sáng 23/5')
_RIGHT_AFTER = re.compile(r"(?:\s+(?-i:[A-ZĐ])\w*){0,2}\s+(?:sáng|chiều|tối|trưa|ngày|hôm)\s*",
                          re.I)
_CLAUSE_ENDS = re.compile(r"\s*,")


def find_events(sentences: list[SentenceMentions], article_date: date | None,
                person_of, year_hint: dates.YearHint | None = None,
                sections: list[int] | None = None) -> list[EventDraft]:
    """``person_of(sentence, name_mention)`` gives the full name of a name mention or None."""
    drafts: list[EventDraft] = []
    announcers: list = []  # BodyRef: who announced decisions the article names undated
    last_day: tuple[dates.DateMention, str] | None = None  # the last day written, and where
    foreign_named = False  # a foreign body's gathering was named (and left out)
    today: date | None = None  # an undated text's own day: 'sáng nay (6/2)'
    for i, m in enumerate(sentences):
        s = m.text
        ds = dates.find_dates(s)
        # 'Cùng ngày, Bộ X đã có buổi làm việc với …': the day the sentence before wrote
        said_same_day = _SAME_DAY.match(s) if not ds else None
        written_on = _today_written(s, ds, year_hint) if article_date is None else None
        if written_on is not None and (today is None or written_on > today):
            today = written_on
        same_day = last_day if said_same_day else None
        # (not a deadline or a bound: '… báo cáo trước ngày 4/7. Cũng trong sáng cùng ngày, …'
        # is the day written before it)
        written = [d for d in ds if not d.today and not dates.DOCUMENT_DAY.search(
            s, max(0, d.start - 48), d.start)
            and not _NOT_ITS_DAY.search(s[max(0, d.start - 24):d.start])]
        if written:
            last_day = (written[-1], s)
        # 'Chính phủ họp trực tuyến phiên họp thường kỳ': the verb gives way to the
        # gathering it names (which takes the date)
        triggers = [t for t in triggers_in(s)
                    if not (t.group().lower() == "họp" and _NAMED_AFTER.match(s, t.end()))
                    # ('hội nghị công bố quyết định …': what the conference is for, no second
                    # gathering)
                    and not (t.lastgroup == "ceremony"
                             and t.group().lower().startswith(("công bố", "trao"))
                             and _MEETING_BEFORE.search(s, max(0, t.start() - 12), t.start()))
                    and not _at_venue(s, t)
                    and _stands(t)]
        # 'Hội nghị lần thứ chín Ban Chấp hành Đảng bộ thành phố khóa XVI họp ngày 11/6': the
        # verb after a gathering's name in the same clause is that gathering meeting
        triggers = [t for t in triggers if t.group().lower() != "họp" or not any(
            u.end() <= t.start() and u.group().lower() != "họp"
            and _SAME_CLAUSE.fullmatch(s, u.end(), t.start()) for u in triggers)]
        for t in triggers:
            kind = cast(EventKind, t.lastgroup)  # (the group names are TRIGGERS' kinds)
            if _inside_name(m, t.start()):
                continue
            before = s[max(0, t.start() - 40):t.start()]
            if _foreign_only(s, t):
                foreign_named = True
                continue
            if foreign_named and (_POINTING_AFTER.match(s, t.end())
                                  or _BARE_AFTER.match(s, t.end())):
                # 'Tại phiên khai mạc kỳ họp quốc hội này', 'khai mạc Đại hội hôm 16/4': the
                # foreign body's gathering again
                continue
            dated = [_with_the_spans_year(d, ds) for d in ds if _owner(d, triggers) is t
                     and (not _NOT_ITS_DAY.search(s[max(0, d.start - 24):d.start])
                          or _opens_a_span(s, d, ds, t, triggers))
                     and not dates.DOCUMENT_DAY.search(s, max(0, d.start - 48), d.start)
                     and not _REMEMBERED.search(s, max(0, d.start - 60), d.start)
                     and not (d.start > t.end() and _SAID.search(s, t.end(), d.start))
                     and not (d.end <= t.start() and _CONCLUSIONS.search(s, d.end, t.start()))]
            if article_date is None:
                # 'sáng nay (6/2)': with no article date the day written is the date
                dated.sort(key=lambda d: d.today)
            if len(dated) > 1 and dated[0].end <= t.start() < dated[-1].start \
                    and "," in s[dated[0].end:t.start()] \
                    and not _OPENS_THE_SENTENCE.fullmatch(s, 0, dated[0].start):
                # 'nhà báo A bị bắt ngày 22.6, trong buổi họp báo do Bộ Công an tổ chức sáng nay
                # (28.6), …': a day inside a clause before is that clause's; the gathering's
                # is written after it
                dated = [d for d in dated if d.start > t.start()]
            if len(dated) > 1 and _REPORTED.search(s, dated[0].end, dated[1].start):
                # 'Ngày 9/6, ông A cho biết ngày 8/6, Thanh tra đã công bố …': the first day
                # is when it was told, the next the gathering's
                dated = dated[1:]
            if _REFERENCE.search(before) or _OCCASION.match(s, 0, t.start()) \
                    or kind == "session" and _SENT_TO.search(before) \
                    or _MANY.search(before) and not dated \
                    or _PLANNED.search(s[max(0, t.start() - 90):t.start()]) \
                    or _PLANNED_AFTER.match(s, t.end()):
                continue
            strong = bool(_STRONG_BEFORE.search(before)) or t.start() < 3 or bool(dated) \
                or same_day is not None and not t.group().lower().startswith("làm việc") \
                or (kind == "session" and bool(_NAMED_SESSION.match(s, t.end()))
                    and not _AS_A_TIME.search(before))  # not 'tiếp xúc cử tri sau Kỳ họp thứ 3'
            if kind == "ceremony" and t.group().lower().startswith(("công bố", "trao")) \
                    and not dated:
                # 'Ban Tổ chức Thành ủy vừa công bố các quyết định': no gathering of its own,
                # but who holds the 'lễ trao quyết định' the article goes on to name
                announcers.extend(_organizers(m, t.start(), t.end()))
                continue
            if kind == "meeting" and t.group().lower() == "họp" and not dated:
                continue
            if not strong:
                continue
            when = dates.resolve(dated[0], article_date, s, year_hint) if dated else None
            if not dated and same_day is not None:
                when = dates.resolve(same_day[0], article_date, same_day[1], year_hint)
                now = article_date.year if article_date else year_hint.year if year_hint else None
                if when is not None and now is not None and when.year < now - 1:
                    when = None  # (the day before was a life's: 'Ngày vào Đảng: 25-8-1983')
            label = _label(s, t.start())
            draft = EventDraft(kind, label, when, i, evidence=s)
            draft.written_date = (dated[0].day, dated[0].month) if dated else None
            draft.section = sections[i] if sections else 0
            part = _PART_OF_DAY.search(s, max(0, dated[0].start - 8), dated[0].start) \
                if dated else None
            draft.part_of_day = part.group(1).lower() if part else None
            if not dated and same_day is not None and said_same_day is not None \
                    and said_same_day.lastindex:
                # 'Chiều cùng ngày, Bí thư A đã có buổi làm việc với …': that day's afternoon,
                # a second gathering after the morning's
                draft.part_of_day = next(g for g in said_same_day.groups() if g).lower()
            draft.organizers = _organizers(m, t.start(), t.end())
            if kind == "ceremony" and not draft.organizers \
                    and (opens := _OPENS.match(s, t.end())) is not None:
                # 'Lễ khai mạc Kỳ họp thứ ba, Quốc hội khóa XIV': the opening of a gathering
                # is held by whoever holds the gathering
                of = next((u for u in triggers if u.start() == opens.end()), None)
                if of is not None:
                    draft.organizers = _organizers(m, of.start(), of.end())
            at = _AT_THE.search(before)
            # ('trong' only of a mention that is bare: 'Trong buổi làm việc với các sở ngành …'
            # may name another gathering)
            draft.at_the = at is not None and (not at.group().lower().startswith("trong")
                                               or bool(_BARE_AFTER.match(s, t.end())
                                                       or _POINTING_AFTER.match(s, t.end())))
            draft.gathering_word = bool(_NAMES_A_GATHERING.match(t.group())
                                        or _GATHERING_BEFORE.search(before))
            _participants(m, draft, person_of)
            drafts.append(draft)
        if drafts and not triggers and PARTICIPATION.search(s):
            # 'Tham dự có ...', 'X chủ trì.': people of the event the article just named
            extra = EventDraft(drafts[-1].kind, drafts[-1].label, None, i)
            _participants(m, extra, person_of)
            for attr in ("chairs", "speakers", "presenters", "attendees"):
                have = getattr(drafts[-1], attr)
                have.extend(x for x in getattr(extra, attr) if x not in have)
    merged = _fold_get_togethers(_merge(drafts, sentences, person_of))
    _date_from_the_lead(merged, sentences, article_date, year_hint)
    if today is not None:
        # 'sáng nay (6/2)' … 'lễ khai mạc tổ chức vào lúc 20 giờ, ngày 10/3': a day after the
        # one the text is written on is still to come (GUIDELINES §4: planned, no event)
        merged = [e for e in merged if e.date is None or e.date <= today]
    for e in merged:
        if e.kind == "ceremony" and not e.organizers and announcers \
                and _DECISION.search(e.label):
            e.organizers = [announcers[0]]
    return merged


def _today_written(s: str, ds: list[dates.DateMention],
                   year_hint: dates.YearHint | None) -> date | None:
    """The day an undated text is written on, where it says so: 'sáng nay (6/2)'."""
    for d, nxt in zip(ds, ds[1:]):
        if d.today and not nxt.today and _TODAY_GAP.fullmatch(s, d.end, nxt.start):
            return dates.resolve(nxt, None, s, year_hint)
    return None


_TODAY_GAP = re.compile(r"\s*[(,]?\s*(?:ngày\s*)?")


#: a sentence that opens on the day the one before wrote
# ('Chiều cùng ngày, tại TP.HCM đã diễn ra hội nghị …': a part of that day)
_SAME_DAY = re.compile(r"\W*(?:(Sáng|Chiều|Trưa|Tối|Đêm)\s+)?(?:[Cc]ũng\s+)?"
                       r"(?:(?:[Cc]ùng|[Tt]rong)\s+(?:ngày|buổi\s+(sáng|chiều|tối))"
                       # ('Cũng trong sáng cùng ngày, …': that day's morning)
                       r"|[Tt]rong\s+(?:(sáng|chiều|trưa|tối|đêm)\s+)?cùng\s+ngày)"
                       r"(?:\s+(?:hôm nay|hôm đó|này|nay))?\s*,")
_OPENS_THE_SENTENCE = re.compile(r"\W*(?:\w+\s+){0,2}")  # ('Chiều ngày 9/5, …')
_OPENS = re.compile(r"\s+(?:khai mạc|bế mạc)\s+", re.I)
_DECISION = re.compile(r"(?:trao|công bố)\s+(?:các\s+)?quyết định", re.I)
_GET_TOGETHER = re.compile(r"^\W*(?:buổi |cuộc )?gặp mặt(?! báo chí)", re.I)


def _fold_get_togethers(events: list[EventDraft]) -> list[EventDraft]:
    """'Buổi gặp mặt, tặng quà thanh niên nhập ngũ … Tại buổi lễ, …': a get-together the story
    also names as its one other gathering is that gathering (which keeps its own kind)."""
    others = [e for e in events if not _GET_TOGETHER.match(e.label)]
    if len(others) != 1 or len(others) == len(events):
        return events
    kept = others[0]
    for e in events:
        if e is kept:
            continue
        kept.date = kept.date or e.date
        kept.organizers = kept.organizers or e.organizers
        for attr in ("chairs", "speakers", "presenters", "attendees"):
            have = getattr(kept, attr)
            have.extend(x for x in getattr(e, attr) if x not in have)
    return [kept]


# ('Tại buổi lễ …', and a sentence that opens 'Dự lễ viếng có …': the gathering the lead told of)
# ('phát biểu kết luận cuộc họp', 'bế mạc hội nghị': the one gathering spoken of, again)
# ('Đồng chí A … đã tới dự buổi lễ': the guests of the gathering the story is about)
# ('nêu ra trong cuộc họp': in it, as 'tại' is)
_AT_THE = re.compile(r"(?:\btại|\btrong|\bkết luận|\bbế mạc|^\W*(?:dự|tham dự)"
                     r"|\b(?:tới|đến)\s+(?:tham\s+)?dự)\s+(?:buổi\s+|cuộc\s+)?$", re.I)
_LEAD_SENTENCES = 4  # the title and the lead's first sentences


def _date_from_the_lead(events: list[EventDraft], sentences: list[SentenceMentions],
                        article_date: date | None, year_hint: dates.YearHint | None) -> None:
    """'Ngày 6/2, ông A trao 8 giấy chứng nhận … Tại buổi lễ, …': a story that names its
    gathering only after its lead gives it the day the lead writes (when no event of the
    story is dated otherwise)."""
    if any(e.date is not None for e in events):
        return
    undated = [e for e in events if e.at_the]
    if len(undated) != 1:
        return
    for i, m in enumerate(sentences[:_LEAD_SENTENCES]):
        # (a day written with its year in a lead is a birth, a founding, an anniversary)
        days = [d for d in dates.find_dates(m.text) if not d.today and d.year is None
                and not _NOT_ITS_DAY.search(m.text[max(0, d.start - 24):d.start])
                and not dates.DOCUMENT_DAY.search(m.text, max(0, d.start - 48), d.start)]
        if days:
            if i < undated[0].sentence_index:
                undated[0].date = dates.resolve(days[0], article_date, m.text, year_hint)
            return


#: words that are a gathering only in context: awards after 'tổ chức'; questions answered,
#: not questioning in general ('chất vấn và trả lời chất vấn', 'về trả lời chất vấn')
_AWARDS = ("biểu dương", "tuyên dương", "khen thưởng", "trao thưởng", "vinh danh")
_AWARDS_AFTER = re.compile(r"tổ chức\s+$", re.I)
_NOT_A_SITTING = re.compile(r"(?:chất vấn và|về)\s+$", re.I)


#: 'lễ dâng hương': worship at a temple, unless it commemorates ('… kỷ niệm 100 năm Ngày sinh
#: đồng chí A', '… tưởng niệm các anh hùng liệt sỹ')
_INCENSE = re.compile(r"\s+dâng hương(?:,?\s*(?:dâng\s+)?hoa)?", re.I)
_COMMEMORATES = re.compile(r"[^.;]{0,40}?(?:kỷ niệm|tưởng niệm|tri ân|liệt s[ỹĩ]|anh hùng"
                           r"|Chủ tịch Hồ Chí Minh|Bác Hồ|ngày sinh)", re.I)


#: a state's or party's institution, and the words that may name its country after it:
#: 'Đại hội lần thứ X Đảng Nhân dân Cách mạng Lào', 'Kỳ họp thứ 2 Quốc hội Lào'
_INSTITUTION = re.compile(r"\b(?:[Đđ]ảng|[Qq]uốc hội|Chính phủ)((?:\s+[^\W\d_]+){1,5})")


def _foreign_only(s: str, t: re.Match[str]) -> bool:
    """A congress, plenum or session of a foreign state's or party's institution only
    (GUIDELINES §4: no event of foreign bodies only)."""
    if t.lastgroup not in ("congress", "conference", "session"):
        return False
    name = s[t.end():(end.start() if (end := _LABEL_END.search(s, t.end())) else len(s))]
    if "Việt Nam" in name:
        return False
    return any(_country_at(name, i.start(1) + w.start())
               for i in _INSTITUTION.finditer(name) for w in re.finditer(r"\s(?=\S)", i.group(1)))


#: words that end a country's name in a gathering's ('… Đảng Cộng sản Cuba đã thông qua …')
_AFTER_COUNTRY = re.compile(r"\s+(?:đã|vừa|đang|sẽ|cũng|là|và|diễn ra|khai mạc|bế mạc"
                            r"|lần thứ|khóa|từ ngày|hôm)\b"
                            r"|\s*(?:[,.;:()]|$)")


def _country_at(s: str, pos: int) -> bool:
    m = load().country_re.match(s, pos)
    return load().country_at(s, pos) or bool(m and _AFTER_COUNTRY.match(s, m.end()))


def _stands(t: re.Match[str]) -> bool:
    word, s, at = t.group().lower(), t.string, t.start()
    if _RITE_BEFORE.search(s, max(0, at - 6), at) or _CROWDS.match(s, t.end()):
        return False  # 'Tế lễ, hát quan họ': a rite; 'hội nghị đông người': any crowded one
    if (incense := _INCENSE.match(s, t.end())) is not None:
        return bool(_COMMEMORATES.match(s, incense.end()))
    if word.startswith(_AWARDS):
        return bool(_AWARDS_AFTER.search(s, max(0, at - 10), at))
    if word.startswith(("trả lời chất vấn", "trả lời tái chất vấn")):
        return not _NOT_A_SITTING.search(s, max(0, at - 14), at)
    if word.startswith("phiên") and _SITTING_OF.match(s, t.end()):
        return False  # 'Tại phiên bế mạc hội nghị': a sitting of the conference named next
    if _EVERY_LEVEL.match(s, t.end()):
        return False  # 'tổ chức Đại hội Đoàn các cấp': congresses at every level, no one
    return True


_RITE_BEFORE = re.compile(r"(?<!\w)[Tt]ế\s+$")
_CROWDS = re.compile(r"\s+(?:tập trung\s+)?đông người\b", re.I)
_SITTING_OF = re.compile(r"\s+(?:của\s+)?(?:hội nghị|đại hội(?! đồng)|hội thảo)\b", re.I)
_EVERY_LEVEL = re.compile(r"(?:\s*(?:,|và)\s*(?:hội nghị|đại hội))?(?:\s+[A-ZĐÀ-Ỹ]\w*){0,4}"
                          r"\s+các cấp\b")  # ('đại hội, hội nghị Công đoàn các cấp')


def _inside_name(m: SentenceMentions, pos: int) -> bool:
    """Inside a body's name, or a capitalised word inside a proper name ('xã Tri Lễ', 'thôn
    Lễ Pháp'), or a body's name after a title ('Phó Chủ tịch Hội nghị Hiệp thương …')."""
    return any(a <= pos < b for _, a, b in m.bodies) or (
        m.text[pos].isupper() and bool(_AFTER_CAPITAL.search(m.text, max(0, pos - 24), pos)
                                       or _PLACE_WORD.search(m.text, max(0, pos - 12), pos)
                                       or _after_a_title(m.text, pos)))


def _after_a_title(s: str, pos: int) -> bool:
    """A title right before: 'Phó Chủ tịch Hội nghị Hiệp thương …' names a body."""
    return any(not s[r.end():pos].strip()
               for r in load().role_re.finditer(s, max(0, pos - 40), pos))


_PLACE_WORD = re.compile(r"(?:thôn|làng|xóm|ấp|bản|đường|phố|xã|phường)\s+$")


#: a hall named for gatherings is a place, not one: 'Trung tâm Hội nghị tỉnh X', 'Cung Văn hóa'
_VENUE = re.compile(r"(?:Trung tâm|Cung|Nhà|[Pp]hòng|[Hh]ội trường)\s+$")


def _at_venue(s: str, t: re.Match[str]) -> bool:
    """A gathering word naming a hall ('Trung tâm Hội nghị Quốc gia', 'phòng họp'), not a
    debate held in the hall ('thảo luận hội trường kỳ họp thứ 5')."""
    venue = _VENUE.search(s, max(0, t.start() - 12), t.start())
    return venue is not None and not (venue.group().startswith("hội trường")
                                      and t.group()[0].islower())
_AFTER_CAPITAL = re.compile(r"(?<![.:;!?]\s)(?<!^)\b[A-ZĐÀ-Ỹ][a-zà-ỹđ]+ $")


def _label(s: str, start: int) -> str:
    end = _LABEL_END.search(s, start + 3)
    text = s[start:end.start() if end else len(s)].strip()
    words = text.split()
    return " ".join(words[:14])[:1].upper() + " ".join(words[:14])[1:]


#: the verb between one who chairs and the gathering they chair
_CHAIR_VERB = r"(?:(?:đã|vừa|cũng)\s+)*chủ trì\s+(?:(?:buổi|cuộc)\s+)?"
#: 'UBND quận X đã chủ trì họp bàn với …': a body (not a leader's title) that chairs holds it
_BODY_CHAIRS = re.compile(rf"\s*{_CHAIR_VERB}", re.I)
#: … and a leader's title (and name), a comma or 'trực tiếp' allowed: 'Chủ tịch A, trực tiếp
#: chủ trì cuộc họp'
_CHAIRS = re.compile(rf"\s*,?\s*(?:trực tiếp\s+)?{_CHAIR_VERB}", re.I)
#: … a gathering which is with others: 'cuộc họp (giao ban) với các sở, ngành'
_WITH_OTHERS = re.compile(r"[^.;:()]{0,60}?\svới\s", re.I)
#: the gatherings a leader holds for the body they lead
_A_LEADERS = ("working_session", "meeting", "conference")


def _organizers(m: SentenceMentions, t_start: int, t_end: int) -> list:
    s = m.text
    out = []
    verb_trigger = s[t_start:t_end].lower().startswith(("công bố", "trao"))
    # the body that 'tổ chức' / 'công bố' the event, written before the verb, or on whose
    # behalf ('thay mặt') someone announces it
    for body, a, b in m.bodies:
        if b <= t_start:
            gap = _NAME_IN_GAP.sub("", s[_past_higher_place(s, b):t_start], count=1)
            # (a delegation's head named with all their titles makes a longer gap: 'đoàn công
            # tác của Tỉnh ủy X do đồng chí A, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy làm Trưởng
            # đoàn đã có buổi làm việc …')
            # (so does a list of partners: 'UBND tỉnh X phối hợp với Bộ A, Bộ B, … tổ chức')
            if ((len(gap) < 90 or len(gap) < 140 and gap.lstrip().startswith("do ")
                 or len(gap) < 200 and _WITH_PARTNERS.match(gap))
                    and _organises(gap.strip())) \
                    or (verb_trigger and _ONLY_AUX.match(gap)) \
                    or (_BODY_CHAIRS.fullmatch(s, b, t_start)
                        and not any(t.start <= a < t.end for t in m.titles)) \
                    or (_ON_BEHALF.search(s[max(0, a - 12):a]) and t_start - b < 40):
                out.append(body)
    # 'UBND tỉnh X phối hợp với Bộ A, Bộ B tổ chức …': the partners it holds the event with
    spans = {id(body): (a, b) for body, a, b in m.bodies}
    if out and (with_ := _WITH_PARTNERS.match(s, spans[id(out[0])][1], t_start)):
        out[1:] = [body for body, a, _ in m.bodies if with_.end() <= a < t_start]
    # 'Công an thành phố và UBND quận X đã tổ chức …': the bodies joined to an organiser
    for body, a, b in reversed(m.bodies):
        if out and b <= spans[id(out[0])][0] and body not in out \
                and _JOINED.fullmatch(s[b:spans[id(out[0])][0]]):
            out.insert(0, body)
    # 'Cuộc họp báo … do Hội đồng Bầu cử Quốc gia (phối hợp với Y) tổ chức'
    for body, a, b in m.bodies:
        by = _BY.search(s, max(0, a - 6), a)
        # (a gathering's name may be long: 'Hội nghị Chuyên đề đóng mới, nâng cấp tàu cá theo
        # Nghị định 67/CP về một số chính sách phát triển thủy sản do Bộ NN&PTNT tổ chức')
        if not out and by and t_end <= a < t_end + 130 and ";" not in s[t_end:a] \
                and not any(t.start() > t_end + 1 and _stands(t)  # ('Lễ tuyên dương, khen
                            for t in TRIGGER.finditer(s, t_end, a)) \
                and _ORGANISED_AFTER.match(s, b):  # ('Lễ tuyên dương …': one name)
            out.append(body)
            partner = _ORGANISED_AFTER.match(s, b)
            out.extend(o for o, oa, _ in m.bodies if partner and b < oa < partner.end())
    # 'Hội nghị Ban Chấp hành ...', 'phiên họp thứ 10 của Ủy ban Thường vụ Quốc hội'
    for body, a, b in m.bodies:
        if s[t_start:t_end].lower().endswith("với") or re.match(r"\s*với\s", s[t_end:]):
            break  # '(buổi) làm việc với X': X is the other party, not the organiser
        if _INAUGURATES.match(s, t_end) or _BUILDS.search(s, t_start, t_end):
            break  # 'Lễ công bố Trung tâm X', 'Lễ ra mắt Hội Y': X is what is opened
            # ('phát lệnh khởi công cầu X': what is built)
        # ('buổi họp báo kinh tế - xã hội tháng 5 của UBND TP.HCM': what it is about, then
        # whose)
        # ('phiên họp thường kỳ tháng 2-2017 của Chính phủ': the month it is of, then whose)
        if a >= t_end and ((re.fullmatch(r"\s*(?:\w+\s+){0,4}?"
                                         r"(?:tháng\s+\d{1,2}\s*[/.-]\s*\d{4}\s+)?"
                                         # ('cuộc họp thứ hai của Thường trực Chính phủ':
                                         # the standing members hold it for their body)
                                         r"(?:của\s+)?(?:[Tt]hường trực\s+)?", s[t_end:a])
                            or _LONG_OF.fullmatch(s, t_end, a))
                           and not _PLURAL_BODY.search(s, t_end, a)
                           or _ORDINAL_COMMA.fullmatch(s[t_end:a])) \
                and not re.search(r"\b(tại|về|cho|có|đã|vừa|bầu)\b", s[t_end:a]) \
                and not any(t.start < a < t.end for t in m.titles) \
                and not (body.head.name in _NO_SESSIONS
                         and s[t_start:t_end].lower() == "kỳ họp"):
            # (not 'có Ủy viên Bộ Chính trị': a title; nor 'Tại kỳ họp thứ 2 Chính phủ báo cáo
            # …': the government reports at an assembly's session, it holds none)
            if not out:
                out.append(body)
            break
    # a session of a body that sits in sessions, pointed at ('Kỳ họp này, Ủy ban Kiểm tra
    # cũng kết luận …') or named as what its finding came from ('Kết luận của Ủy ban Kiểm
    # tra Trung ương tại kỳ họp thứ 15 …')
    if not out and s[t_start:t_end].lower() in ("kỳ họp", "phiên họp"):
        for body, a, b in m.bodies:
            if body.head.name in _SITS_IN_SESSIONS \
                    and (a >= t_end and _POINTED_COMMA.fullmatch(s, t_end, a)
                         or b <= t_start and _OF_BODY_AT.fullmatch(s, b, t_start)
                         and s[max(0, a - 5):a].lower().endswith("của ")):
                out.append(body)
                break
    # a body that opens the sentence and acts in it ('Đoàn ĐBQH X đã bầu ... tại cuộc họp')
    if not out and m.bodies and m.bodies[0][1] <= 2 and m.bodies[0][2] < t_start \
            and m.bodies[0][0].head.name not in _PRESS \
            and not _TELLS.search(s, m.bodies[0][2], t_start):
        # (not 'Báo X đưa tin, tại phiên họp …', 'Văn phòng Chính phủ vừa có thông báo kết luận
        # của Thủ tướng tại cuộc họp …': who tells of a gathering)
        out.append(m.bodies[0][0])
    # the body whose gathering the verb is: 'Ủy ban Kiểm tra Trung ương họp', 'Đoàn ĐBQH
    # tỉnh X tiếp xúc cử tri'
    before = [(body, a, b) for body, a, b in m.bodies if b <= t_start]
    works_with = s[t_start:t_end].lower().endswith("với")
    # ('UBND Quận 1, TP.HCM đã sơ kết …': past the higher place written after it)
    if not out and before and not works_with \
            and _SUBJECT_GAP.match(s[_past_higher_place(s, before[-1][2]):t_start]):
        out.append(before[-1][0])
    # a delegation that works with a host holds the working session, for the body that sends
    # it: 'Đoàn công tác của Bộ Chính trị do đồng chí A dẫn đầu làm việc với …'
    # (the last delegation named before the verb: its leader's titles may name other bodies,
    # 'do đồng chí A, Ủy viên Bộ Chính trị làm Trưởng đoàn')
    if not out and before and works_with:
        for body, a, b in reversed(before):
            if body.head.name in _DELEGATES or _DELEGATION_OF.search(s, max(0, a - 24), a):
                if _SUBJECT_GAP.match(_LED_BY.sub("", s[b:t_start], count=1)):
                    out.append(body)
                break
    # a body whose leaders open the sentence, past its day, and work with another holds the
    # working session, as a delegation does: 'Ngày 11/5, đoàn lãnh đạo Tổng cục Du lịch đã
    # làm việc với Hiệp hội Du lịch Đà Nẵng' (a body alone that works with another may be the
    # host of the other's visit: 'UBND tỉnh Cà Mau đã làm việc với Bộ Xây dựng')
    if not out and before and works_with:
        body, a, b = before[-1]
        if _LEADERS_OPEN.fullmatch(s, 0, a) and _SUBJECT_GAP.match(s[b:t_start]):
            out.append(body)
    # a leader named as the subject who works with a host holds the working session for the
    # body they lead: 'Sáng 12/7, đồng chí A, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội làm
    # việc với Cục Thi hành án dân sự' (not a seat: 'Ủy viên', 'Đại biểu')
    if not out and (works_with or re.match(r"\s*với\s", s[t_end:])):
        led = [(t, t.body) for t in m.titles if t.body is not None and t.end <= t_start
               and t.role.name not in ("Đại biểu", "Ủy viên", "Thành viên")]
        if led and _LEADER_GAP.fullmatch(
                _without_names(m, led[-1][0].end, t_start).replace(",", " ")):
            out.append(led[-1][1])
    # 'Thảo luận góp ý tại Quốc hội chiều 6/6 …': the assembly the debate sits in
    sits_in = _SITS_IN.match(s, t_end) if s[t_start:t_end].lower() == "thảo luận" else None
    if not out and sits_in:
        out.extend(body for body, a, _ in m.bodies if a == sits_in.end())
    # 'buổi làm việc tại trường của Bí thư Thành ủy A', 'cuộc họp của Chủ tịch UBND TP với
    # các sở': a leader's gathering is held for the body they lead
    held = TRIGGER.fullmatch(s, t_start, t_end)
    # ('Hội nghị của Thủ tướng với doanh nghiệp': a title that names its body alone)
    if not out and held is not None and held.lastgroup in _A_LEADERS:
        for title in m.titles:
            led_body = title.body or _implied_body(title)
            if led_body is not None and t_end <= title.start < t_end + 60 \
                    and _WHOSE_LEADER.search(s, t_end, title.start) \
                    and title.role.name not in ("Đại biểu", "Ủy viên", "Thành viên"):
                out.append(led_body)
                break
    # 'Tại buổi làm việc sáng nay (6.2), Chủ tịch UBND TP Hà Nội đã yêu cầu …': a meeting the
    # sentence opens with, whose leader speaks first after it (named or not), is theirs
    # (not a bare or pointing mention, 'Tại buổi làm việc, …', 'Tại cuộc họp đó, …': one named
    # before, whose own host stands; nor a leader who only attends, 'đã trực tiếp tham dự')
    if not out and held is not None and held.lastgroup in ("working_session", "meeting") \
            and _OPENS_AT.fullmatch(s, 0, t_start) and (comma := s.find(",", t_end)) > 0 \
            and not _REFERS_BACK.fullmatch(s, t_end, comma):
        first = next((t for t in m.titles if t.start > comma), None)
        if first is not None and first.body is not None \
                and first.role.name.removeprefix("Phó ") in LEADERS \
                and s[comma + 1:first.start].strip().lower() in ("", "ông", "bà", "đồng chí") \
                and not _ONLY_ATTENDS.match(_without_names(m, first.end, len(s))):
            out.append(first.body)
    # 'Chủ tịch UBND TP A chủ trì cuộc họp với các sở, ngành': a leader who chairs a meeting
    # with others holds it for the body they lead (a chair alone may preside over another's)
    if not out and held is not None and held.lastgroup in _A_LEADERS \
            and _WITH_OTHERS.match(s, t_end):
        chair = next((t for t in reversed(m.titles) if t.end <= t_start), None)
        chair_body = (chair.body or _implied_body(chair)) if chair is not None else None
        if chair is not None and chair_body is not None \
                and chair.role.name.removeprefix("Phó ") in LEADERS \
                and _CHAIRS.fullmatch(_without_names(m, chair.end, t_start)):
            out.append(chair_body)
    # 'cuộc họp giao ban sáng 6/2 giữa UBND thành phố với các sở': the first party's
    between = _BETWEEN.match(s, t_end)
    if not out and between:
        out.extend(body for body, a, _ in m.bodies if a == between.end())
    # 'Họp báo của tỉnh Quảng Nam': a place's gathering is its People's Committee's
    of_place = _OF_PLACE.match(s, t_end)
    if not out and of_place:
        found = parse_place(load(), s, of_place.end())
        if found and found[0].entry:
            out.append(BodyRef(load().heads[fold("Ủy ban nhân dân")], place=found[0],
                               written=s[of_place.end():found[1]]))
    # 'Sáng 22/5, huyện Bình Chánh (TP.HCM) tổ chức lễ …': a place holds it through its
    # People's Committee (as 'Họp báo của tỉnh Quảng Nam' above)
    if not out:
        out.extend(_place_organising(s, t_start))
    # 'Hội nghị Trung ương 5': a plenum of the Party's Central Committee
    if not out and s[t_start:t_end].lower() == "hội nghị" and _PLENUM.match(s, t_end):
        out.append(BodyRef(load().heads[fold(CENTRAL_COMMITTEE)], written="Trung ương"))
    # 'Đại hội Đảng lần thứ XII', 'Đại hội đại biểu toàn quốc lần thứ X của Đảng': the
    # Party's congress ('Đảng' alone is no body name elsewhere: 'Đảng viên', 'Đảng bộ')
    if not out and s[t_start:t_end].lower() == "đại hội" and _PARTY_CONGRESS.match(s, t_end):
        out.append(BodyRef(load().heads[fold(PARTY)], written="Đảng"))
    return [_sent_by(s, o, spans.get(id(o))) for o in out]


_REFERS_BACK = re.compile(r"\s*(?:(?:đó|này|ấy|trên|nói trên|trước đó|hôm đó)\s*)?")
_ONLY_ATTENDS = re.compile(r"[^,.;]{0,40}?\b(?:đã\s+|cũng\s+|trực tiếp\s+)*(?:tham\s+)?dự\b", re.I)
#: the day a sentence opens with, before its first comma ('Ngày 3-2, ', 'Sáng 11.5, ')
_DAY_LEAD = (r"\W*(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Nn]gày|[Hh]ôm)\b"
             r"(?:[^,;.]|(?<=\d)\.(?=\d)){0,40},\s*)?")
_OPENS_AT = re.compile(_DAY_LEAD + r"(?:[Tt]ại|[Tt]rong)\s+(?:buổi\s+|cuộc\s+)?")
#: the roles that lead a body: whose gathering the leader speaks at is the body's
LEADERS = frozenset({"Chủ tịch", "Bí thư", "Bộ trưởng", "Thủ tướng", "Giám đốc", "Trưởng ban"})
#: 'do đồng chí A, Ủy viên …, dẫn đầu': who leads a delegation, between it and its verb
_LED_BY = re.compile(r"^\s*,?\s*\(?\s*do\s+[^.;()]{0,120}?\s+(?:dẫn đầu|làm [Tt]rưởng [Đđ]oàn)"
                     r"\s*\)?\s*,?")  # (or in brackets: '(do Bộ trưởng A dẫn đầu)')
#: 'Đoàn công tác (của) Bộ X', 'đoàn giám sát của Y': a delegation named by who sends it
_DELEGATION_OF = re.compile(r"\b[Đđ]oàn (?:công tác|giám sát|khảo sát|kiểm tra)(?: số \d+)?"
                            r"\s+(?:của\s+)?$")
# (what the gathering is about, not what it does with another's paper: 'họp để xem xét báo
# cáo của Ủy ban Kiểm tra', 'chưa đọc kết luận của …', 'dưới sự chỉ đạo của …')
_LONG_OF = re.compile(r"\s*(?:(?!(?:để|xem|xét|nghe|đọc|chưa|cũng|kết luận|thông qua|về|với|theo"
                      r"|dưới|sự|chỉ đạo|quyết định|nghị quyết|ý kiến)\b)(?:\w+|[-–])\s+){5,9}?"
                      r"của\s+", re.I)
_DELEGATES = (*DELEGATION_HEADS, "Đoàn Kiểm tra")  # bodies sent to work with a host
_OF = re.compile(r"\s*(?:của\s+)?")


#: a sentence opening with its day and the leaders of the body named next
_LEADERS_OPEN = re.compile(_DAY_LEAD + r"(?:[Đđ]oàn\s+)?[Ll]ãnh đạo\s+")
_LEADER_GAP = re.compile(r"\s*(?:(?:đã|vừa|đang|tiếp tục|chính thức|có"
                         r"|cùng(?: đoàn công tác| đoàn)?"
                         # ('A dẫn đầu đoàn công tác có buổi làm việc với …': the leader's)
                         r"|dẫn đầu(?: đoàn công tác| đoàn)?"
                         r"|(?:đến\s+)?(?:thăm|kiểm tra|khảo sát)\s+và)"
                         r"\s+)*", re.I)


def _implied_body(title: TitleMention) -> BodyRef | None:
    """The body a title written alone stands for ('Thủ tướng': Chính phủ), if it is one the
    gazetteer knows as a head."""
    implied = title.role.implied_body
    if not implied or (head := load().heads.get(fold(implied))) is None:
        return None
    return BodyRef(head, written=implied)


def _without_names(m: SentenceMentions, start: int, end: int) -> str:
    """The text between ``start`` and ``end`` with the persons' names it holds left out."""
    out, at = [], start
    for n in m.names:
        if start <= n.start and n.end <= end:
            out.append(m.text[at:n.start])
            at = n.end
    return "".join(out) + m.text[at:end]


def _place_organising(s: str, t_start: int) -> list[BodyRef]:
    """The People's Committee of a place that opens a clause and organises the gathering."""
    gz = load()
    starts = [0, *(m.end() for m in _CLAUSE_START.finditer(s, 0, t_start))]
    for k, start in enumerate(starts):
        found = parse_place(gz, s, start)
        if found is None or found[0].entry is None or found[0].level is None:
            continue  # (a bare name may be a person's or a firm's: the level word must show)
        clause_before = s[starts[k - 1]:start] if k else ""
        if _VENUE_CLAUSE.match(clause_before) or _ENDS_IN_PLACE.search(clause_before):
            continue  # 'tại Trung tâm X, thành phố Quy Nhơn đã khai mạc …': where; 'Giáo hội
            # Phật giáo quận 3, TP Hồ Chí Minh tổ chức …': the higher place of what is before
        gap = _NAME_IN_GAP.sub("", s[_past_higher_place(s, found[1]):t_start], count=1)
        if len(gap) < 60 and _organises(gap.strip()):
            return [BodyRef(gz.heads[fold("Ủy ban nhân dân")], place=found[0],
                            written=s[start:found[1]])]
    return []


_CLAUSE_START = re.compile(r"[,:]\s*")
_VENUE_CLAUSE = re.compile(r"\s*(?:tại|ở)\s", re.I)
_ENDS_IN_PLACE = re.compile(r"\b(?:quận|huyện|xã|phường|thị trấn|thị xã|thành phố|tỉnh|TP\.?"
                            r"|Q\.|H\.)"
                            r"\s*[\w.-]+(?:\s+[\w.-]+){0,3}\s*[,:]\s*$")


def _past_higher_place(s: str, at: int) -> int:
    """After a body, the higher place written after a comma or in brackets ('UBND quận 1,
    Thành phố Hồ Chí Minh đã tổ chức …', 'Phòng GD&ĐT quận A (Hà Nội) tổ chức'): where the
    sentence goes on."""
    m = _PLACE_AFTER.match(s, at)
    if m is None:
        return at
    found = parse_place(load(), s, m.end())
    if found is None or found[0].entry is None:
        return at
    if m.group().strip() == "(":  # (a bracketed place must close: 'quận A (Hà Nội) tổ chức')
        close = _CLOSE.match(s, found[1])
        return close.end() if close else at
    return found[1]


_PLACE_AFTER = re.compile(r"\s*(?:,|\()\s*")
_CLOSE = re.compile(r"\s*\)")


def _organises(gap: str) -> bool:
    """'X (đã) tổ chức …', 'X có buổi làm việc': the body holds the gathering named next (not
    'X vừa có thông báo kết luận của A tại cuộc họp …': X tells of another's meeting)."""
    m = _ORGANISE.match(gap)
    if m and m.group().endswith("có") and not _HAS_ONE.fullmatch(gap, m.end()):
        # ('phối hợp với các cơ quan có liên quan tổ chức …': the verb further on)
        m = _ORGANISE_NOT_HAS.match(gap)
    return bool(m)


_HAS_ONE = re.compile(r"\s*(?:(?:buổi|cuộc)\s*)?(?:triệu tập\s*)?")  # ('có cuộc triệu tập họp')


def _sent_by(s: str, body: BodyRef, span: tuple[int, int] | None) -> BodyRef:
    """A delegation's gathering is held by the body that sends it: 'Đoàn công tác Bộ Công an
    … có buổi làm việc với …' is the ministry's working session."""
    if span is None or body.head.name not in DELEGATION_HEADS:
        return body
    at = s.find(" ", span[0] + len(body.head.name))
    of = _OF.match(s, at) if at > 0 else None
    sender = parse_body(load(), s, of.end()) if of else None
    return sender[0] if sender and sender[1] <= span[1] + 40 else body


#: 'Hội nghị báo cáo viên các tỉnh ủy, thành ủy': the bodies whose people attend, not its own
_SITS_IN = re.compile(r"(?: góp ý| tổ)? (?:tại|ở) ")
#: between a gathering and the leader whose it is: 'buổi làm việc trực tiếp tại trường của '
_WHOSE_LEADER = re.compile(r"[^,.;:()\d]{0,30}?\bcủa\s+(?:(?:đồng chí|ông|bà)\s+)?$", re.I)
_PLURAL_BODY = re.compile(r"(?:các|những)\s*$", re.I)
_BETWEEN = re.compile(r"[^,;.()]{0,40}?\sgiữa\s+", re.I)
_TELLS = re.compile(r"\b(?:thông báo|kết luận|công văn|văn bản|đưa tin)\b", re.I)
_PRESS = {"Báo", "Tạp chí", "Thông tấn xã Việt Nam", "Đài Truyền hình Việt Nam",
          "Đài Tiếng nói Việt Nam"}
_BUILDS = re.compile(r"(?:khởi công|khánh thành|động thổ)$", re.I)
_INAUGURATES = re.compile(r"\s*(?:công bố|ra mắt|khánh thành|khai trương|thành lập|đón nhận"
                          r"|gắn biển|động thổ|khởi công)\s", re.I)
_BY = re.compile(r"(?<!\w)(do|được)\s+$", re.I)
_JOINED = re.compile(r"\s*(?:,|và|,\s*và|cùng(?: với)?)\s*")
_ORGANISED_AFTER = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?"  # 'Phòng GD&ĐT quận A (Hà Nội) tổ chức'
                              r"(?:(?:phối hợp với|và|cùng)\s+[^.;]{0,60}?\s+)?(?:đồng\s+)?"
                              r"(?:tổ chức|chủ trì)(?!\w)", re.I)
_AS_A_TIME = re.compile(r"(?:sau|trước|trước thềm|chuẩn bị cho|cho)\s*$", re.I)
#: 'Kỳ họp thứ 3, Quốc hội khóa XIV': a session named by its number and its assembly
_NAMED_SESSION = re.compile(r"\s+thứ\s+\w+\s*,?\s*(?:của\s+)?(?:Quốc hội|Hội đồng nhân dân|HĐND)", re.I)
_OF_PLACE = re.compile(r"\s*(?:\w+\s+){0,3}?của\s+(?=(?:tỉnh|thành phố|huyện|quận|thị xã)\s)",
                       re.I)
#: no more than a clause between a gathering's name and a verb that goes on with it
_SAME_CLAUSE = re.compile(r"[^.,;:()]{0,100}")
_PLANNED_AFTER = re.compile(
    r"[^.;]{0,80}?\s(?:sẽ|dự kiến)\s+(?:(?:được|chính thức|chính|chỉ)\s+)*"
    r"(?:diễn ra|tổ chức|khai mạc|bắt đầu)"
    # 'Cuộc họp sẽ bàn …', 'Tại kỳ họp này, Quốc hội sẽ xem xét …'
    r"|(?:\s+\w+){0,2}?\s+sẽ\s|\s+(?:này|tới|sắp tới)\s*,[^.;,]{0,30}\ssẽ\s"
    # 'Hội nghị Cấp cao APEC tháng 11/2017 tới đây', 'Đại hội … sắp tới': said to be ahead
    r"|[^.;,:()]{0,50}?\s(?:tới đây|sắp (?:tới|đến)|sắp diễn ra|(?:tuần|tháng|năm)\s+tới)(?!\w)"
    # … nor a kind of gathering held at every level ('đại hội, hội nghị Công đoàn các cấp')
    r"|(?:[^.;:]{0,40}?\s)?các cấp(?=\s*(?:[,.;:)]|$|và\b|nhiệm kỳ|tiến tới|trong\b))", re.I)
def _opens_a_span(s: str, d: dates.DateMention, ds: list[dates.DateMention],
                  t: re.Match[str], triggers: list[re.Match[str]]) -> bool:
    """'từ ngày 5-5 đến 10-5-2017, tại Hà Nội, Hội nghị …': the first day of the days a
    gathering lasts is its day (not a rule's 'có hiệu lực từ ngày 1/7 đến …', nor a period of
    work 'Từ 17/12 đến 16/1, trong vòng 1 tháng, Ban đã làm việc với …', nor the days of a
    gathering named just before, which gives them to it: 'sẽ diễn ra Hội nghị SOM1 từ ngày 18-2
    đến ngày 3-3, bao gồm 80 cuộc họp')."""
    if not _SPAN_FROM.search(s, max(0, d.start - 10), d.start) \
            or _RULE_SPAN.search(s, max(0, d.start - 40), d.start) \
            or t.group().lower().startswith("làm việc"):
        return False
    if any(d.start - 80 < o.end() <= d.start and not re.search(r"[.;]", s[o.end():d.start])
           for o in triggers):
        return False
    ends = [e for e in ds if e.start > d.end and _SPAN_TO.fullmatch(s, d.end, e.start)]
    return bool(ends) and not _PERIOD_AFTER.match(s, ends[0].end)


_SPAN_FROM = re.compile(r"(?<!\w)từ\s+(?:ngày\s*)?$", re.I)
_SPAN_TO = re.compile(r"\s*(?:đến|tới|[-–])\s*(?:ngày\s*)?")
def _with_the_spans_year(d: dates.DateMention, ds: list[dates.DateMention]) -> dates.DateMention:
    """'từ ngày 5-5 đến 10-5-2017': the first day takes the year the last is written with."""
    if d.year is not None:
        return d
    end = next((e for e in ds if e.start > d.end and e.start - d.end <= 16 and e.year), None)
    return dataclasses.replace(d, year=end.year) if end is not None else d


_PERIOD_AFTER = re.compile(r"\s*,?\s*trong\s+(?:vòng|thời gian|suốt)", re.I)
_RULE_SPAN = re.compile(r"hiệu lực|áp dụng|thời gian|thời hạn|giai đoạn|kéo dài", re.I)
# a day that is no gathering's: when a decision takes effect, the end of a span
_NOT_ITS_DAY = re.compile(r"(?:kể từ|từ|hiệu lực|đến|tới|trước)\s*(?:ngày\s*)?$", re.I)
_NAMED_AFTER = re.compile(r"[^.;,]{0,24}?(?:phiên họp|kỳ họp|cuộc họp|hội nghị"
                          r"|phiên (?:toàn thể|chất vấn|thảo luận|khai mạc|bế mạc))", re.I)
#: bodies that hold sessions ('kỳ họp') of their own
#: executive bodies meet in 'phiên họp', never in an assembly's 'kỳ họp'
_NO_SESSIONS = frozenset({"Chính phủ", "Ủy ban nhân dân"})
_SITS_IN_SESSIONS = frozenset({"Ủy ban Kiểm tra", "Ủy ban Kiểm tra Trung ương", "Hội đồng nhân dân",
                               "Quốc hội", "Ủy ban Thường vụ Quốc hội"})
#: 'Kỳ họp này, Ủy ban Kiểm tra …': a session pointed at, then whose it is
_POINTED_COMMA = re.compile(r"\s*(?:này|đó|lần này|nói trên)\s*,\s*", re.I)
#: 'Kết luận của Ủy ban Kiểm tra Trung ương tại kỳ họp …': where the body's finding came from
_OF_BODY_AT = re.compile(r"\s*tại\s+(?:các\s+)?", re.I)
# 'Hội nghị lần thứ sáu, Ủy ban Trung ương MTTQ Việt Nam …': whose session it was
_ORDINAL_COMMA = re.compile(r"\s*(?:lần thứ|thứ|khóa)\s+\w+\s*(?:\([^()]*\)\s*)?,\s*", re.I)
_SUBJECT_GAP = re.compile(r"^\s*(?:(?:đã|vừa|đang|tiếp tục|chính thức|tiến hành|có buổi|họp"
                          # ('UBND TP đã tiến hành buổi họp …': the gathering's measure word)
                          r"|buổi|cuộc"
                          r"|trực tuyến"
                          # ('đã đến thăm và làm việc với …': a visit that is the working session)
                          r"|(?:đến\s+)?(?:thăm|kiểm tra|khảo sát)\s+(?:và|,))\s+)*$",
                          re.I)
PARTY = "Đảng Cộng sản Việt Nam"
CENTRAL_COMMITTEE = "Ban Chấp hành Trung ương Đảng"
_PLENUM = re.compile(r"\s+(?:lần thứ \w+\s+)?Trung ương(?:\s+Đảng)?(?:\s+(?:lần thứ \w+|\d+|khóa))",
                     re.I)
_PARTY_CONGRESS = re.compile(
    r"(?:\s+(?:[đĐ]ại biểu|toàn quốc|lần thứ [IVXLC\d]+|khóa [IVXLC\d]+))*(?:\s+của)?\s+Đảng"
    r"(?:\s+Cộng sản Việt Nam)?(?!\w)(?!\s+(?:ủy|bộ|viên|đoàn|và Nhà nước))")


def _participants(m: SentenceMentions, d: EventDraft, person_of) -> None:
    s = m.text
    for n in m.names:
        full = person_of(m, n)
        if not full:
            continue
        after = s[n.end:n.end + 120]
        before = s[max(0, n.start - 160):n.start]
        if _CHAIR.search(after.split(".")[0]) and not re.search(r"[;]", after.split("chủ trì")[0]) \
                or _CHAIRED_BY.search(before[-70:]):
            d.chairs.append(full)
        elif _SPEAK.match(after.strip()) or re.search(r"^\s*,?[^.;]{0,120}phát biểu", after) \
                and not _CHAIR.search(after) or re.match(r"^\W*phát biểu", s, re.I):
            d.speakers.append(full)
        elif _PRESENT.search(before[:40]) and s.lower().startswith(("báo cáo", "trình bày")) \
                or re.match(r"^\s*,?[^.;]{0,80}(trình bày|báo cáo)", after):
            d.presenters.append(full)
        elif _ATTEND.search(s[:40]) or _ATTEND.match(" " + after.lstrip(" ,")):
            d.attendees.append(full)


#: 'dưới sự chủ trì của Tổng Bí thư A': the chair named after the word
_CHAIRED_BY = re.compile(r"(?:dưới sự|do)\s+chủ trì\s+(?:của\s+)?[^,;.()]{0,50}$", re.I)
_ANNOUNCE = re.compile(r"(?:công bố|trao|triển khai)\s", re.I)
_MEETING_BEFORE = re.compile(r"(?:hội nghị|cuộc họp)\s+$", re.I)


def _announcing(e: EventDraft, d: EventDraft) -> bool:
    """'Bộ X đã công bố quyết định …' and 'Hội nghị công bố quyết định' name one
    gathering: a conference held to announce the decision."""
    kinds = {e.kind, d.kind}
    if kinds != {"ceremony", "conference"}:
        return False
    verb, noun = (e, d) if e.kind == "ceremony" else (d, e)
    return bool(_ANNOUNCE.match(verb.label)) and bool(_ANNOUNCE.search(noun.label))


_ORDINAL = re.compile(r"(?:lần )?thứ\s+(\w+)", re.I)


_PART_OF_DAY = re.compile(r"(sáng|chiều|tối|trưa)\s*(?:ngày\s*)?$", re.I)


#: what a gathering is about, written right after its name: 'Cuộc họp về …', 'Hội nghị về …'
_TOPIC = re.compile(r"(?:(?:buổi|cuộc)\s+)?\w+(?:\s+\w+)?\s+về\s+(?:việc\s+)?(\w+(?:\s+\w+){0,2})",
                    re.I)


def _other_topics(e: EventDraft, d: EventDraft) -> bool:
    """'cuộc họp về công tác di dời tàu' and 'cuộc họp về kết quả kiểm tra': each names what it
    is about, and they share no word of it."""
    te, td = _TOPIC.match(e.label), _TOPIC.match(d.label)
    if te is None or td is None:
        return False
    return not set(fold(te.group(1)).split()) & set(fold(td.group(1)).split())


def _same(e: EventDraft, d: EventDraft) -> bool:
    if _other_topics(e, d):
        return False
    oe, od = _ORDINAL.search(e.label), _ORDINAL.search(d.label)
    if oe and od and dates.number(oe.group(1)) != dates.number(od.group(1)):
        return False  # 'Đại hội ... lần thứ X' and '... lần thứ XII' are two congresses
    if e.date and d.date and e.date != d.date:
        return False
    if e.date and e.part_of_day and d.part_of_day and e.part_of_day != d.part_of_day:
        return False  # 'sáng 3/7 … tại Hải Phòng', 'chiều 3/7 … tại Vũng Tàu': two; so are
        # 'Sáng 7-2, … làm việc với quận 2. Chiều cùng ngày, … với quận 9'
    if e.written_date and d.written_date:
        if e.written_date != d.written_date or e.date != d.date:
            return False
        if e.section != d.section:
            return False  # 'Hà Nội: chiều 26/6 …', 'TP.HCM: ngày 26/6 …': two gatherings
        if e.chairs and d.chairs and not set(e.chairs) & set(d.chairs):
            return False  # 'Chiều 7-2, Phó Chủ tịch UBND TP Đà Nẵng A chủ trì cuộc họp …',
            # 'Chiều 7-2, Chủ tịch UBND tỉnh Khánh Hòa B chủ trì cuộc họp …': each chairs their own
        # the same day but different organisers: two events ('Hà Nội: ...', 'TP.HCM: ...')
        return not (e.organizers and d.organizers and _other_bodies(e.organizers, d.organizers))
    if e.organizers and d.organizers and not _related(e.organizers, d.organizers):
        return False
    return True


def _other_bodies(ours: list[BodyRef], theirs: list[BodyRef]) -> bool:
    """Organisers of other kinds, or of one kind in other places ('Đoàn ĐBQH tỉnh Sơn La',
    'Đoàn ĐBQH tỉnh Bắc Ninh'); a place left unwritten tells them apart from none."""
    if {o.head.name for o in ours} != {o.head.name for o in theirs}:
        return True
    places = [{o.place.entry.name for o in orgs if o.place and o.place.entry}
              for orgs in (ours, theirs)]
    return all(places) and not places[0] & places[1]


def _related(ours: list[BodyRef], theirs: list[BodyRef]) -> bool:
    """Organisers that are one body or one inside the other ('UBTƯ MTTQ Việt Nam' and its
    'Đoàn Chủ tịch UBTƯ MTTQ Việt Nam'): one gathering's, named two ways."""
    a = {fold(o.written) for o in ours if o.written}
    b = {fold(o.written) for o in theirs if o.written}
    return any(x in y or y in x for x in a for y in b)


#: a label that starts with what the gathering was, not with an act ('Trao quyết định …')
_NAMES_A_GATHERING = re.compile(r"(?:buổi|cuộc|hội nghị|lễ|kỳ họp|phiên|đại hội|hội thảo|tọa đàm"
                                # (acts GUIDELINES §4 names a kind by: 'làm việc với' is a
                                # working session, whatever the story calls it after)
                                r"|họp báo|làm việc với|tiếp xúc cử tri)\b", re.I)
_GATHERING_BEFORE = re.compile(r"(?:buổi|cuộc|lễ)\s+$", re.I)
#: 'các hội nghị không cần thiết', 'những cuộc họp': gatherings of a kind, no one of them
#: (unless dated: 'các cuộc họp ngày 1/6 và 7/6')
_MANY = re.compile(r"(?:các|những|nhiều)\s+$", re.I)
_BARE_MENTIONS = ("hội nghị", "buổi lễ", "cuộc họp", "phiên họp", "buổi làm việc", "cuộc làm việc",
                  "hội thảo", "buổi giao ban", "sơ kết", "tổng kết", "buổi sơ kết", "buổi tổng kết")
_BARE_AFTER = re.compile(r"\s*(?:[,.;:]|$|\s+(?:hôm|ngày|sáng|chiều|tối|lần này)\b)", re.I)
#: 'kỳ họp quốc hội này': a gathering named before
_POINTING_AFTER = re.compile(r"(?:\s+[^\W\d_]+){0,5}?\s+(?:này|trên|nói trên|đó|ấy)\b", re.I)
# ('Cũng tại buổi làm việc này', 'tại cuộc họp trên': the gathering just named)
_POINTING = re.compile(r"\s+(?:này|trên|nói trên|đó|ấy|hôm nay)$", re.I)


def _generic(d: EventDraft) -> bool:
    """A bare mention ('tại hội nghị') with no date or organiser of its own."""
    return d.date is None and not d.organizers \
        and _POINTING.sub("", d.label.lower()) in _BARE_MENTIONS


def _merge(drafts: list[EventDraft], sentences, person_of) -> list[EventDraft]:
    """A second mention of the same event in one article is the same event."""
    out: list[EventDraft] = []
    for d in drafts:
        same = [e for e in out if (e.kind == d.kind or _announcing(e, d)) and _same(e, d)]
        named = [] if same or not _generic(d) else \
            [e for e in out if e.label.lower().startswith(d.label.lower() + " ")][:1]
        # ('phát biểu tại hội nghị' after 'hội nghị tiếp xúc cử tri': the one named in full)
        same = same or named
        if not same and _generic(d) and d.chairs:
            # 'Ông A chủ trì buổi làm việc' (a caption) after 'Chiều 7-2, ông A chủ trì cuộc
            # họp …': the gathering A chairs, in other words; its first name says what it was
            same = named = [e for e in out if set(e.chairs) & set(d.chairs)][:1]
        if not same and out and d.at_the and _generic(d) and d.kind != "ceremony":
            # 'Tại cuộc họp, ông A …' after 'Hội nghị giao ban …': the story's gathering
            # spoken of again in other words, not a second one (GUIDELINES §4) ('tại buổi
            # lễ' after a get-together names what it was: see _fold_get_togethers)
            same, named = out[-1:], out[-1:]
            if not same[0].gathering_word:
                # ('Sáng 3-7, ông A trao quyết định … Phát biểu tại buổi làm việc, …': what
                # the gathering was is what the story calls it, not the act it told first)
                same[0].kind = d.kind
        if same:
            e = same[0]
            if e.kind != d.kind and not named:  # the gathering's own name says what it was
                e.kind, e.label = "conference", e.label if e.kind == "conference" else d.label
            if not e.organizers or e.date is None and d.date is not None and d.organizers:
                e.organizers = d.organizers  # the dated report names them over a headline
            if e.date is None and d.date is not None:
                e.date = d.date
            for attr in ("chairs", "speakers", "presenters", "attendees"):
                lst = getattr(e, attr)
                lst.extend(x for x in getattr(d, attr) if x not in lst)
        else:
            out.append(d)
    return out
