"""Who holds which title: chains of titles attached to persons, with their status.

GUIDELINES §3. A chain is titles joined by commas, 'kiêm', 'rồi'; it belongs to the name
written right after it ('Bí thư Quận ủy, Chủ tịch HĐND Quận 5 Trần Văn Bình'), else to
the name right before it ('ông X, Phó Bí thư ...', 'ông X (Ủy viên ...)'), else, after a
verb of appointment ('giữ chức', 'làm', 'thôi giữ chức'), to the subject of the clause.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from kg.extract.career import Period, period_in
from kg.extract.dates import BIRTH, TERMS_AFTER, term_ended
from kg.extract.gazetteer import Gazetteer
from kg.text.normalize import fold
from kg.extract.mentions import (BARE_UNIT, DO_BEFORE, LOWER, PHOTO_CREDIT, RUNS_AFTER,
                                 NameMention, SentenceMentions, TitleMention)

_CHAIN_GAP = re.compile(
    # ('Ủy viên Ủy ban T.Ư MTTQ, nhiệm kỳ 2014-2019, Ủy viên Ban Thường vụ Tỉnh ủy': a term)
    r"^(?:\s|,|\(|\)|kiêm|rồi|và|đồng thời|nguyên|cựu|quyền|tân|từng(?:\s+là)?|[-–]"
    r"|nhiệm kỳ\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d"
    # ('Bí thư Đảng ủy Bộ Tham mưu, Đại tá, Phó Tham mưu trưởng Quân khu 4': a rank)
    r"|(?-i:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy)|Đại úy|Thiếu úy)(?=\s*,)"
    # ('Giám đốc Sở Tài nguyên và Môi trường (Sở TN&MT), Chủ tịch Hội …': a body's short
    # name in brackets; capitalised, one phrase, so never an aside about someone else)
    r"|\((?-i:[A-ZĐ])[^(),;:]{0,40}\))*$", re.I)
_AFTER_NAME = re.compile(
    # ('ông A, năm nay 96 tuổi, nguyên …': an age said with 'năm nay', 'nay đã')
    r"^\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*(?:(?:sinh|quê|SN)\b[^,;()]{0,40}"
    r"|(?:(?:năm nay|nay đã|nay|đã)\s+)?\d{2,3}\s+tuổi))*"
    # 'ông A (sinh năm 1982), Bác sĩ, Trưởng khoa …': a profession between name and title
    # ('…, Bác sĩ y khoa, Phó Giám đốc …', '…, Tiến sĩ Luật, Phó Vụ trưởng …': with its field)
    r"(?:,\s*(?:bác sĩ|tiến sĩ|thạc sĩ|kỹ sư|luật sư|dược sĩ|giáo sư|phó giáo sư|nhà báo|cử nhân)"
    r"(?:\s+[^\s,;:()]+){0,4}(?=\s*,))?"
    # ('ông A - Thanh tra viên cao cấp - Phó Cục trưởng …': a civil-service grade, no post)
    r"(?:\s*[,–-]\s*(?:thanh tra viên|kiểm sát viên|điều tra viên|chấp hành viên|kiểm toán viên)"
    r"(?:\s+(?:chính|cao cấp|trung cấp|sơ cấp))?\s*(?=[,–-]))?"
    # ('|': a table's cell)
    # ('(82 tuổi, nguyên Bí thư …)', '(61 tuổi, ngụ xã X, huyện Y, nguyên Bí thư …)',
    # '(thương binh 1/4, nguyên Phó Giám đốc …)': what the brackets tell of the person
    # first; not of a relative, whose title it would be ('(vợ ông B, nguyên Chủ tịch …)')
    r"(?:,|\((?:\s*(?![^,;()]*\b(?:ông|bà|vợ|chồng|con|cha|bố|mẹ|anh|chị|em|cháu|của)\b)"
    # ('(45 tuổi, trú tại khu A, phường B, thành phố C, tỉnh D, nguyên Giám đốc …)')
    r"[^,;()]{1,45}?\s*(?:,|\s[-–]\s)){0,6}|--?|–|:|\|)?"
    # ('ông A (bao gồm cách chức cả các chức vụ: Bí thư …)': the posts a dismissal takes)
    r"(?:(?<=\()\s*(?:bao gồm\s+)?cách chức\s+(?:cả\s+)?(?:các\s+)?chức vụ\s*:?)?"
    # ('bà A, khi còn Chủ tịch UBND tỉnh, ký …': a post of the time told, hers)
    r"\s*(?:(?:khi|lúc)\s+còn\s+)?"
    r"\s*(?:chức vụ|là)?\s*(?:tân|nguyên|cựu|quyền|đương kim|từng)?\s*$", re.I)
_APPOINT = re.compile(
    # ('nhất là Tổng Bí thư', 'đặc biệt là …': a focus, no copula of the subject)
    r"(?:giữ chức(?: vụ| danh)?|chức danh|làm|(?<!nhất )(?<!biệt )là|trở thành|"
    r"được bầu(?: làm| giữ chức)?|bầu|trúng cử(?: vào)?(?: vị trí)?|đắc cử|"
    # ('được bổ nhiệm chức vụ Hiệu trưởng …', '… vào vị trí …')
    r"bổ nhiệm(?: lại)?(?: (?:vào )?(?:chức vụ|chức danh|vị trí))?|"
    r"đảm nhiệm(?: chức vụ| các chức vụ| những nhiệm vụ là)?|"
    r"đảm nhận(?: những nhiệm vụ là| các nhiệm vụ| chức vụ)?|"
    r"nhận nhiệm vụ(?: mới)?(?: là| làm)?|thôi giữ chức(?: vụ)?|thôi chức(?: vụ)?|thôi làm|miễn nhiệm(?: chức danh| chức vụ)?|"
    r"không còn (?:là|làm|giữ(?: chức(?: vụ)?)?)|tham gia(?: làm| là)?|"
    r"(?:ở|trên) (?:các )?(?:vị trí|cương vị|chức vụ)(?: như| là)?|"
    # ('… bao gồm cách chức cả các chức vụ Bí thư …, Phó Bí thư Tỉnh ủy': the posts it takes)
    r"cách chức(?:\s+cả)?(?:\s+(?:các|tất cả các|mọi)\s+chức vụ\s*:?)?|"
    r"cách (?:hết|tất cả) các chức vụ(?: trong Đảng)?\s*,?\s*(?:bao gồm|gồm)?(?: cả)?\s*:?|"
    r"phân công(?: làm| nhiệm vụ| giữ chức)?|cương vị|chỉ định(?: vào| giữ chức)?|"
    # ('được bổ nhiệm các chức vụ: A, B rồi C', 'kinh qua các nhiệm vụ: …; Phó trưởng phòng X')
    r"(?:giữ|qua|kinh qua|đảm nhiệm|đảm nhận|trải qua|bổ nhiệm) (?:các|nhiều|những) "
    r"(?:chức danh,? |chức danh và )?(?:chức vụ|cương vị|vị trí|chức danh|nhiệm vụ)"
    # ('từng giữ nhiều chức vụ quan trọng như …', 'từng giữ các chức danh, chức vụ lãnh đạo,
    # quản lý như: …')
    r"(?: công tác)?(?: (?:quan trọng|chủ chốt|then chốt|lãnh đạo(?:,? quản lý)?|khác nhau))?"
    r"(?:,?\s*(?:tiêu biểu|như|gồm)(?: là)?| như| là)?\s*:?|(?:giữ|đảm nhận|đảm nhiệm) vị trí|"
    r"(?:bãi nhiệm|thôi|xin thôi|cho thôi|thôi làm) (?:tư cách|nhiệm vụ)|(?:được )?giao quyền|"
    r"tái đắc cử|điều động(?: giữ chức| làm)?|về làm|sang làm|phê chuẩn làm|tiếp tục làm|"
    r"lên(?: chức| làm)?|thăng chức|"
    r"(?<!\w)thôi|"  # ('cho ông A thôi Ủy viên Bộ Chính trị')
    r"được bầu vào|bầu vào|vào|"
    r"(?<!\w)từ(?: chức vụ| chức| vị trí| cương vị)?)"
    # (a modifier stands between the verb and the title: 'được bầu làm tân Chủ tịch')
    # ('từ Trưởng phòng lên chức …')
    r"\s*(?:(?:tân|quyền|nguyên|cựu|đương kim)\s+)?$", re.I)
_TOPIC_BEFORE = re.compile(r"\b(?:trường hợp|vụ việc|vụ|việc)\s+(?:của\s+)?(?:ông|bà|đồng chí)?\s*$",
                           re.I)
_SAYS = re.compile(r"\s+(?:đã\s+)?(?:nhấn mạnh|cho biết|khẳng định|nói|yêu cầu|chỉ đạo|đề nghị|"
                   r"phát biểu|cho rằng|nêu rõ|kết luận)\b")
_MANY_BEFORE = re.compile(r"\b(?:mấy|các|những|nhiều)\s+(?:ông|bà|vị|đồng chí)?\s*$", re.I)
#: 'bổ nhiệm ông A làm Giám đốc Sở X': A, between the verb and the title, holds it
_VERB_BEFORE = re.compile(r"(?:bổ nhiệm|điều động|luân chuyển|cử|bầu|phân công)\s+"
                          r"(?:ông|bà|đồng chí)?\s*$", re.I)
_OBJECT_BEFORE = re.compile(r"\s*(?:làm|giữ chức(?: vụ)?|vào vị trí)\s*", re.I)
#: a list of posts opened by 'các chức vụ …:' and its next item after a semicolon
# ('từng kinh qua nhiều vị trí công tác tại X như A; B; C': 'như' opens it as well as ':')
_POSTS_OPENER = (r"(?:các|nhiều|những)\s+(?:chức vụ|cương vị|vị trí|chức danh|nhiệm vụ)[^;:]{0,40}"
                 r"(?::|\bnhư\s*:?)")
# ('từng giữ các chức vụ Bí thư Đảng ủy, Giám đốc Công ty X; Chủ tịch HĐQT …': the
# opener needs no colon when the first item follows it at once)
_MANY_POSTS = re.compile(rf"(?:{_POSTS_OPENER}"
                         r"|(?:các|nhiều|những)\s+(?:chức vụ|cương vị|chức danh))\s*$", re.I)
#: … and such a list, its first items no titles, up to the item a title begins
_MANY_POSTS_BEFORE = re.compile(rf"(?P<opener>{_POSTS_OPENER})[^.:]*;\s*$", re.I)
_NEXT_ITEM = re.compile(r"[^;:.]*;\s*(?:(?:Thiếu|Trung|Thượng|Đại)\s+tướng[^;]*?,\s*)?")
#: 'theo lời mời của Bí thư Tỉnh ủy khi đó': someone else's title, not the subject's
_OF_SOMEONE = re.compile(r"\bcủa\s+$", re.I)
#: … and, for a subject named by a pronoun, 'ông sẽ hỏi cho Bộ trưởng GTVT', 'làm việc với'
_TO_SOMEONE = re.compile(r"\b(?:của|cho|với)\s+$", re.I)
#: 'Khi ông A còn làm lãnh đạo tỉnh, ở vị trí Chủ tịch UBND tỉnh …': posts of a time gone by
_WHEN_STILL = re.compile(r"\b(?:[Kk]hi|[Ll]úc)\s+[^,;.]{0,60}?\bcòn\s+(?:là|làm|giữ|đương chức)"
                         r"[^;.]{0,80}$")
#: a long bracketed aside between a name and its title (the name's relatives, a caption)
_LONG_ASIDE = re.compile(r"\s*\([^()]{1,160}\)\s*[,–-]?\s*$")
#: 'bà A ký quyết định bổ nhiệm em trai mình làm Giám đốc Sở …': the post is the object's,
#: who is named by no name here, not the subject's
_UNNAMED_OBJECT = re.compile(
    rf"(?<!được )\b(?:bổ nhiệm|điều động|luân chuyển|cử|phân công)\s+"
    # (not the holder named by a pronoun: 'phân công tôi làm Bí thư', the speaker)
    rf"(?!(?:ông|bà|đồng chí|anh|chị|tôi|chúng tôi)\b)"
    rf"[{LOWER}][^\s,;:()]*(?:\s+[{LOWER}][^\s,;:()]*){{0,3}}"
    r"\s+(?:làm|giữ chức(?: vụ)?|vào vị trí)\s*$")
#: 'bà A, chị ông B, …': an aside naming the subject's kin
_KIN_ASIDE = re.compile(r",\s*(?:con|em|anh|chị|vợ|chồng|cháu|bố|cha|mẹ)"
                        r"(?:\s+(?:trai|gái|ruột|rể|dâu|họ))*\s+(?:của\s+)?(?:ông|bà)\s+$", re.I)
#: ', khi đó là', ', lúc đó là', ', hiện là': a copula that goes on with the sentence's subject
_COPULA_AFTER = re.compile(r"\s*,\s*(?:(?:khi đó|lúc đó|lúc ấy|khi ấy|hiện|hiện nay|nay)\s+)?là\s*",
                           re.I)
#: 'gia đình ông A có người thân làm Bí thư Tỉnh ủy': a relative holds it, not the subject
_KIN_HOLDS = re.compile(r"\b(?:người thân|người nhà|họ hàng|(?:con|em|anh|chị|vợ|chồng|cháu|bố|mẹ)"
                        r"(?:\s+(?:trai|gái|ruột|rể|dâu|họ))?)\s+(?:đang\s+|đều\s+)?"
                        r"(?:làm|là|giữ chức(?: vụ)?)\s*$", re.I)
#: 'A, B bỏ phiếu kín bầu Thẩm phán …': the subject votes; the post is someone else's
_VOTES = re.compile(r"bỏ phiếu(?: kín| tín nhiệm)?\s+(?:để\s+)?(?:bầu|phê chuẩn|miễn nhiệm)\s*$",
                    re.I)
# 'từng' as 'once' ('từng là', 'từng giữ chức'), not as 'each' ('từng dự án')
_LEAVING = re.compile(
    # ('cho ông A thôi Ủy viên Bộ Chính trị': 'thôi' right before the post)
    r"(thôi giữ chức|thôi chức|thôi làm|thôi đảm nhiệm|thôi nhiệm vụ|\bthôi\s*$|"
    r"miễn nhiệm|bãi nhiệm|"
    # ('hủy bỏ quyết định bổ nhiệm chức vụ Phó trưởng phòng … đối với bà A': undone)
    r"(?:hủy|hủy bỏ|thu hồi) (?:các )?quyết định bổ nhiệm(?: chức vụ| chức)?\s*$|"
    r"cách chức|cách (?:hết|tất cả) các chức vụ|cho thôi|trước đây là|"
    # 'đã tuyên bố từ chức Chủ tịch Hội', 'từ chức vụ A về giữ chức B': resigned, or moved
    # from it (not one still to come: 'nếu sai, tôi sẽ từ chức')
    r"(?<!sẽ )(?<!nếu )\btừ chức(?: vụ)?\s*$|"
    # 'lần lượt đảm nhận các vị trí như A, B và C': one post after another, all left
    r"lần lượt\s+(?:đảm nhận|đảm nhiệm|giữ|kinh qua|trải qua|làm)|"
    # 'đã trải qua nhiều cương vị công tác, tiêu biểu là: …': a career, its posts left
    r"(?:trải qua|kinh qua)\s+(?:các|nhiều|những)\s+(?:chức vụ|cương vị|vị trí|nhiệm vụ)|"
    # 'ông A đã có nhiều năm làm Phó Giám đốc Sở X': years counted out in a post, over
    r"\bcó\s+(?:nhiều|hơn\s+\d+|\d+|hai|ba|bốn|năm|mấy)\s+năm\s+"
    r"(?:làm|giữ chức(?: vụ)?|đảm nhiệm(?: cương vị)?)\s*$|"
    # 'ông A không còn là Bí thư Thành ủy': no longer
    r"không còn\s+(?:là|làm|giữ(?: chức(?: vụ)?)?|đảm nhiệm)|"
    r"không tiếp tục\s+(?:tham gia|là|làm|giữ|đảm nhiệm)|"

    # (not 'never': 'mất mùa chưa từng có', 'chưa từng giữ chức')
    r"nguyên là|(?<!chưa )(?<!không )(?<!chẳng )từng\s+(?:là|giữ|làm|được|đảm|nắm|kinh qua|"
    r"công tác|trên|ở|có|tham gia|"
    r"đứng đầu|lãnh đạo|$))", re.I)
#: a post since left, said right after its holder's name: 'Phó Chủ tịch A nghỉ hưu'
LEFT_AFTER = re.compile(r"\s*(?:[,–-]\s*)?(?:(?:đã|vừa|được|đã được|vừa được)\s+)?"
                        # ('… bị kỷ luật (bằng hình thức) cách chức', '… bị giáng chức')
                        r"(?:bị\s+(?:kỷ luật\s+)?(?:(?:bằng|với)\s+hình thức\s+)?"
                        r"(?:cách chức|miễn nhiệm|bãi nhiệm|giáng chức)|nghỉ hưu|về hưu|xin thôi|"
                        r"cho thôi"
                        # '… Trưởng phòng X với hình thức cách chức': the discipline it gets
                        r"|(?:với|bằng) hình thức (?:kỷ luật )?(?:cách chức|bãi nhiệm|miễn nhiệm)"
                        # 'bà A - Chủ tịch UBND tỉnh nay là Bí thư Tỉnh ủy': a post since left
                        # (a title follows, not a body's new name: 'Sở Địa chính, nay là Sở …')
                        r"|(?:và\s+)?(?:nay|hiện nay|giờ)\s+(?:đã\s+)?(?:là|làm)\s+"
                        r"(?=(?:Phó |Tổng )?(?:Bí thư|Chủ tịch|Giám đốc|Trưởng|Ủy viên|Bộ trưởng|"
                        r"Thứ trưởng|Chánh|Hiệu trưởng|Viện trưởng|Cục trưởng|Vụ trưởng|Thủ tướng|"
                        r"Chủ nhiệm|Tư lệnh|Đại sứ)))", re.I)
_UNTIL_START = re.compile(r"^\W*(?:đến|tới|cho đến)\s+(?:(?:cuối|đầu|giữa)\s+)?"
                          r"(?:tháng\s+\d{1,2}\s*[/.-]\s*|năm\s+)?((?:19|20)\d{2})\b", re.I)
_DISMISS_BEFORE = re.compile(r"(?:cách chức|cách hết các chức vụ|cách (?:tất cả )?các chức vụ|miễn nhiệm"
                             r"|cho thôi(?: giữ chức)?|bãi nhiệm"
                             # 'hủy quyết định bổ nhiệm ông A, Phó Trưởng khoa': an
                             # appointment undone
                             r"|(?:hủy|hủy bỏ|thu hồi) (?:các )?quyết định bổ nhiệm)(?:\s+\w+){0,3}"
                             r"\s+(?:đối với\s+)?(?:ông|bà|đồng chí)?\s*$", re.I)
_FORMER_MOD = {"nguyên", "cựu", "từng", "từng là", "nguyên là"}
FORMER_MODIFIERS = _FORMER_MOD  # the modifiers that make a title a former post
_YEAR_NEAR = re.compile(
    r"(?<!sinh )(?<!SN )(?:năm|tháng \d{1,2}\s*[/-]|tháng \d{1,2} năm|\("
    r"|ngày \d{1,2}[./-]\d{1,2}[./-])"
    r"\s*((?:19|20)\d{2})", re.I)
# ('đề nghị của Đảng ủy xã': the proposal a decision followed, not a pending one)
# ('xem xét kỷ luật ông A bằng hình thức cảnh cáo, thôi chức …': a discipline given its
# form is decided)
_PLANNED = re.compile(r"dự thảo|tờ trình|dự kiến|đề nghị(?! của)|xem xét(?![^.;]{0,80}\bhình thức)"
                      r"|giới thiệu", re.I)
_ELECTED_BEFORE = re.compile(r"(?:trúng cử|đắc cử|được bầu|bầu)"
                             r"(?:\s+(?:vào|làm|giữ chức(?: vụ)?|vị trí))*"
                             r"\s*(?:(?:tân|quyền)\s+)?$", re.I)
_PAST_YEAR_AFTER = re.compile(
    r"^\s*\((?:năm )?((?:19|20)\d{2})\)|^\s*(?:cho )?đến năm ((?:19|20)\d{2})"
    # ('giữ chức Giám đốc X từ năm 2003': held since then, not over; 'từ 2000 đến 2005' is
    # a closed range, read apart)
    r"|^\s*(?:tháng \d{1,2}/|năm )((?:19|20)\d{2})")
#: 'giai đoạn 2009-2011', 'nhiệm kỳ 2010 - 2015' after a post: when it was held (group 1:
#: the end year)
#: ('Chủ tịch HĐND tỉnh X khóa XV (nhiệm kỳ 2011-2016)': the term by its number, then years)
_SPAN_AFTER = re.compile(r"\s*,?\s*(?:khóa\s+[IVXL]+\s*)?"
                         r"\(?(?P<spell>giai đoạn|thời kỳ|nhiệm kỳ|trong các năm)\s+"
                         r"(?:19|20)\d{2}\s*[-–]\s*(?P<end>(?:19|20)\d{2})", re.I)
_CLOSED_IN_BRACKETS = re.compile(r"\s*\((?:từ\s+)?(?:tháng\s+)?"
                                 r"(?:\d{1,2}\s*[/.-]\s*)?(?:19|20)\d{2}"
                                 r"\s*(?:[-–]|đến)\s*(?:tháng\s+)?(?:\d{1,2}\s*[/.-]\s*)?"
                                 r"((?:19|20)\d{2})\)", re.I)
_TO_NOW = re.compile(r"\s*(?:[-–]|đến|tới|cho đến)\s*(?:nay|hiện nay|bây giờ)", re.I)
_CLOSED_RANGE_AFTER = re.compile(
    r"^\s*(?:\(\s*)?từ (?:tháng |năm )?(?:\d{1,2}/)?(?:19|20)\d{2}\s*(?:[-–]|đến)\s*"
    r"(?:tháng |năm )?(?:\d{1,2}/)?(?:19|20)\d{2}")
_OBJECT_AFTER = re.compile(
    # ('… nhiệm kỳ 2005 - 2010 và nhiệm kỳ 2010 - 2015 đối với ông A': one post, two terms)
    # ('đại biểu HĐND thành phố khóa XV (nhiệm kỳ 2016 - 2021) đối với ông A': the council's
    # term by its number)
    r"\s*(?:,?\s*khóa\s+[IVXL]+\b\s*)?"
    r"(?:\(?nhiệm kỳ \d{4}\s*[-–]\s*\d{4}\)?\s*(?:(?:và|,)\s*(?=\(?nhiệm kỳ))?)*"
    # ('Chủ tịch Hội đồng do ông A đảm nhiệm': the holder after 'do')
    # (not 'Đoàn đại biểu X do ông A dẫn đầu': a verb of holding must follow)
    # ('Giám đốc Sở hiện nay là ông A': the holder now; 'Phó Chánh Văn phòng phụ trách Ban
    # Tiếp công dân là ông A': what the deputy is in charge of)
    r"(?:phụ trách\s+[^,.;:()]{1,40}?\s+(?=(?:hiện nay\s+|hiện\s+)?là\s))?"
    r"(?:đối với|(?:(?:hiện nay|hiện|hiện tại|bây giờ)\s+)?(?P<is>là)"
    r"|do(?=\s+(?:ông|bà|đồng chí)\s[^.;]{0,80}?"
    r"\b(?:đảm nhiệm|đảm nhận|nắm giữ|giữ|phụ trách)\b))\s+(?:ông|bà|đồng chí)?\s*", re.I)
#: 'trao Quyết định bổ nhiệm Vụ trưởng Vụ X cho bà A': the post a decision gives …
_DECISION = (r"(?:quyết định|QĐ)(?:\s+số\s+\S+)?\s+(?:bổ nhiệm|điều động|chỉ định|phân công"
             r"|công nhận)(?:\s+(?:lại|có thời hạn))?\s+(?:chức vụ\s+)?$")
_DECIDED_POST = re.compile(_DECISION, re.I)
#: … and whom to, after it (only there: 'Chủ tịch UBND tỉnh cho ông A thôi giữ chức …' is
#: the one who lets); the empty 'is' group says the appointee is named by no 'là'
_FOR_APPOINTEE = re.compile(r"\s*(?P<is>)cho\s+(?:ông|bà|đồng chí)\s+", re.I)
#: … a decision its signer or presenter gives (not one received: 'được trao quyết định …')
_GIVES_POST = re.compile(rf"(?<!được )(?:trao|ký|ban hành|công bố|đọc)\s+(?:các\s+)?{_DECISION}",
                         re.I)
#: a title spoken of as such, held by no one the sentence names ('quy định chức danh X',
#: 'bổ sung chức danh Y'; not 'giữ các chức vụ …', held)
_TITLE_AS_SUCH = re.compile(r"(?:quy định|bổ sung|tiêu chuẩn|tiêu chí|danh mục)\s+"
                            r"chức (?:danh|vụ)\s+$", re.I)
#: 'cách chức thành viên Ủy ban nhân dân các cấp': the post at every level, no one's
_EVERY_LEVEL = re.compile(r"\s+(?:ở\s+|tại\s+)?các cấp\b", re.I)
_COMMA_BEFORE_NAME = re.compile(
    r"^\s*(?:\(?(?:giai đoạn|thời kỳ|nhiệm kỳ)\s+[\d\s–-]+\)?\s*)?"  # 'Trên cương vị …
    # ('… Giám đốc Công ty X (tháng 1/2004 - 5/2010), bà A đã …')
    r"(?:\((?:từ\s+)?(?:tháng\s+)?[\d\s/.–-]+(?:đến\s+(?:tháng\s+)?[\d\s/.–-]+)?\)\s*)?"
    # ('… Giám đốc Trung tâm Y tế huyện X (Hòa Bình), ông A …': the province in brackets)
    r"(?:\((?-i:[A-ZĐ])[^()\d]{1,24}\)\s*)?"
    # ('Giám đốc Công an tỉnh X, Đại tá A': a rank before the holder)
    r"(?:,|-|–)\s*(?:ông|bà|đồng chí|(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy))?\s*$",
    re.I)  # giai đoạn 2009-2011, ông A …'
# ('các ông A - Bí thư Đảng ủy xã; B - …, cũng bị cách chức')
_LIST_DISMISSED = re.compile(r"(?:\bgồm(?:\s+có)?|\bcác\s+(?:ông|bà|đồng chí))\b"
                             r"(?P<list>[^.:]{10,400}?)\s"
                             r"(?:(?:đều|cũng|đã|vừa)\s+)*"
                             r"bị\s+(?:cách chức|bãi nhiệm|miễn nhiệm|cách hết)", re.I)
_ON_BEHALF_OF = re.compile(r"(?:ủy quyền|thay mặt)(?:\s+của)?\s*$", re.I)
_NOMINATION = re.compile(r"giới thiệu|đề cử|dự kiến|ứng cử|đề nghị bầu|để bầu|quy hoạch"
                         # ('quy trình đề nghị bổ nhiệm chức vụ Phó Viện trưởng …': proposed)
                         r"|đề nghị bổ nhiệm"
                         # a post still to take ('ông A sẽ chuyển … về làm Trưởng đoàn …'), or
                         # to fill ('tiến hành thủ tục bầu Trưởng đoàn …')
                         # (not one to leave: 'sẽ thôi giữ chức …')
                         r"|\bsẽ\s+(?:[^.;:,]{0,60}?\s)?(?<!thôi )(?:làm|giữ chức(?: vụ)?|giữ"
                         r"|đảm nhiệm|đảm nhận)\s*$|(?<!được )\bbầu\s*$", re.I)
_EARLIER = re.compile(
    # ('Khi đó, ông A là Chủ tịch …', 'Lúc đó ông A đang giữ chức …': a time gone by)
    r"(?:^|[,;]\s*)(?:trước đó|trước đây|trước khi [^,.;]{2,80},"
    r"|(?:vào\s+)?(?:khi đó|lúc đó|lúc ấy|khi ấy|thời điểm đó|thời điểm ấy|hồi đó|thời đó"
    r"|lúc bấy giờ))\s*,?\s+[^,.;]{0,40}\s"
    # ('Trước khi về hưu, ông đảm nhận cương vị Trưởng ban …', 'Trước khi về nhận nhiệm vụ
    # mới tại Hải Phòng, ông A giữ chức vụ …'; the post the clause names is the new one:
    # 'Trước khi được bổ nhiệm làm Giám đốc Sở X, ông A đã có nhiều năm làm Phó Giám đốc …')
    r"(?:là|làm|giữ chức(?: vụ)?|(?:giữ|ở|trên) (?:cương vị|vị trí)"
    r"|đảm nhiệm(?: chức vụ| cương vị| vị trí)?|đảm nhận(?: chức vụ| cương vị| vị trí)?)\s*$", re.I)
#: a sentence opened by 'Trước đó,' tells of earlier times throughout: '…; 3 năm làm Phó bí
#: thư Tỉnh ủy' (an appointment it reports stands: 'Trước đó, Tỉnh bổ nhiệm ông A làm …')
_EARLIER_SENTENCE = re.compile(
    r"^\W*(?:trước đó|trước đây)\s*,(?:(?!bổ nhiệm|bầu|điều động|phân công|giao|cử)[^.])*"
    r"(?:năm|tháng)\s+(?:là|làm|giữ chức(?: vụ)?)\s*$", re.I)
#: 'khi còn là Giám đốc …', 'lúc đó là …': a post of a time that is over
_BACK_THEN = re.compile(r"(?:(?:khi còn|lúc còn|khi đó|lúc đó|lúc ấy|thời điểm đó|khi ấy)\s+"
                        r"(?:đang\s+|đã\s+)?(?:là|làm|giữ chức(?: vụ)?|đương chức)"
                        # ('bà A, khi còn Chủ tịch UBND tỉnh, ký …': 'còn' says 'still' alone)
                        r"|(?:khi|lúc)\s+còn\s*$"
                        # '(khi làm Phó Chủ tịch UBND tỉnh)', 'từ thời ông làm Bí thư Tỉnh ủy'
                        r"|(?:\(\s*(?:khi|lúc)|\bthời\s+(?:ông|bà)|\btừ thời)\s+(?:đang\s+)?"
                        r"(?:làm|giữ chức(?: vụ)?)"
                        # 'trong thời gian giữ chức Chủ tịch …, ông A đã …': a tenure told as past
                        # ('trong 5 năm ông làm Bộ trưởng …': a tenure counted out, over)
                        r"|trong (?:thời gian|giai đoạn|thời kỳ|(?:\d+|hai|ba|bốn|năm|mấy|nhiều)"
                        r" năm) (?:ông|bà)?\s*(?:làm|giữ chức(?: vụ)?"
                        r"|giữ các (?:chức vụ|cương vị)|giữ cương vị"
                        r"|đảm nhiệm(?: cương vị)?|công tác tại|là)"
                        # 'Giai đoạn ông Trần Văn A lên làm Bộ trưởng …': a tenure told as past
                        # ('trong thời kỳ ông A là Bí thư …', 'thời gian bà B giữ các cương vị …')
                        r"|(?:giai đoạn|thời kỳ|thời gian)\s+(?:ông|bà)\s+"
                        r"(?-i:[A-ZĐÀ-Ỹ]\w*\s+){1,4}(?:lên\s+)?(?:làm|là|giữ chức(?: vụ)?"
                        r"|giữ các (?:chức vụ|cương vị)|giữ cương vị|đảm nhiệm(?: cương vị)?))\s*$",
                        re.I)
_THEN_WORDS = (r"(?:khi đó|lúc đó|lúc bấy giờ|thời điểm đó|thời điểm ấy|khi ấy|lúc ấy|hồi đó"
               r"|thời đó)")
#: '…, Chủ tịch UBND tỉnh (thời điểm đó)': the post as it was then
_THEN_AFTER = re.compile(rf"\s*[,(]?\s*(?:vào\s+)?{_THEN_WORDS}(?!\w)", re.I)
#: 'Bí thư Thành ủy lúc bấy giờ là ông A' (between title and name), 'Người ký quyết định thời
#: điểm đó là bà A - Chủ tịch UBND tỉnh' (before the name): the holder of a post as it was then
_THEN_IS = re.compile(rf"(?:^|\W)\s*,?\s*{_THEN_WORDS}\s+là\s+(?:(?:ông|bà|đồng chí)\s+)?$",
                      re.I)
#: 'từ <title> lên chức / sang làm <title>': the first post is left for the second
_FROM = re.compile(r"(?:^|\W)từ\s+(?:(?:chức vụ|chức|vị trí|cương vị)\s+)?$", re.I)
# ('từ Trưởng phòng X được bổ nhiệm làm Phó Giám đốc Sở Y': the post left for the new one)
_TO = re.compile(r"\s*,?\s*(?:được\s+)?(?:(?:lên|sang|về|chuyển sang|chuyển về)\s+"
                 r"(?:chức|làm|giữ|nhận)|(?:bổ nhiệm|điều động|đề bạt|cất nhắc)\s+"
                 r"(?:lên\s+)?(?:làm|giữ chức))\b", re.I)
_BEFORE_THEN = re.compile(r"(?:^|\W)trước đó\W*$", re.I)
# 'ông' used as a pronoun: followed by a verb, not by a name ('thầy': a teacher, in a story
# about one)
_PRONOUN_BEFORE = re.compile(r"(?:^|[,;:(]|\s)(?:[Ôô]ng|[Bb]à|[Tt]hầy)\s+(?=[a-zđà-ỹ])")
#: 'trên cương vị …', 'với tư cách là …': the capacity a title is held in
_CAPACITY = re.compile(r"(?:trên|với|ở)\s+(?:cương vị|tư cách(?:\s+là)?)\s", re.I)
_PRONOUN_AFTER = re.compile(r"\s*,?\s*(ông|bà|thầy)\s+(?=[a-zđà-ỹ])")
_PRONOUN_START = re.compile(r"^\W*(?:ông|bà|thầy)\s+(?![A-ZÀ-ỸĐ])", re.I)
#: 'Đồng chí đã trải qua nhiều cương vị …': 'đồng chí' opening a sentence stands for the
#: person the article is about only before a verb of holding posts ('các đồng chí' is many)
_COMRADE_HELD = re.compile(r"^\W*Đồng chí\s+(?:đã\s+|từng\s+)?(?:trải qua|kinh qua|giữ|đảm nhiệm)")


@dataclass(frozen=True)
class Claim:
    person: str
    title: TitleMention
    chain: tuple[TitleMention, ...]
    status: str
    appointed: bool = False   # attached through a verb of appointment ('giữ chức', 'làm')
    listed: bool = False      # a row of a roster ('Danh sách thành viên ...')
    until: int | None = None  # the end year of its career-record period (9999: to now)


def _deputy_before_name(m: SentenceMentions, prev: TitleMention, t: TitleMention) -> bool:
    """'bà A, Phó Giám đốc Sở X, ĐB B và ĐB C': a bare 'Đại biểu' written before a name, as
    in a list of deputies, is that name's, no link of the chain before it."""
    return t.body is None and m.text[t.start:t.end].lower() == "đại biểu" \
        and prev.body is not None \
        and any(n.start == t.end + 1 and m.text[t.end] == " " for n in m.names) \
        and any(n.end <= prev.start for n in m.names)  # (the chain before has its holder)


def office_root(role: str) -> str:
    """'Phó Chủ tịch Thường trực' -> 'chủ tịch': the office a rank belongs to."""
    return fold(role).removeprefix("phó ").replace(" thường trực", "").strip()


def _another_rank(chain: list[TitleMention], t: TitleMention) -> bool:
    """'A - Chủ tịch UBND thị xã X, Phó Chủ tịch B': a bare title of another rank of an
    office the chain holds is someone else's (one person is not both head and deputy)."""
    root = office_root(t.role.name)
    return t.body is None and any(c.body is not None and c.role.name != t.role.name
                                  and office_root(c.role.name) == root for c in chain)


#: 'Sau báo cáo của Giám đốc Sở X, Chủ tịch UBND Y B yêu cầu …': a short phrase that opens
#: the clause and ends with 'của' names its titles for someone else than the subject after it
#: ('Giao nhiệm vụ cho tân Vụ trưởng Vụ X, Bộ trưởng A bày tỏ …': whom it is for or with, too)
_OPENING_OF = re.compile(r"(?:^|[,;:]\s*)(?:[^\s,;:.]+\s+){1,8}?(?:của|cho|với)\s+"
                         r"(?:(?:ông|bà|đồng chí|tân)\s+)?$", re.I)
#: … the subject who then speaks or acts, after the name
_SPEAKS = re.compile(r"\s*,?\s*(?:(?:đã|vừa|sẽ|đang|cũng|vẫn)\s|(?:cho rằng|cho biết|cho hay"
                     r"|yêu cầu|phát biểu|khẳng định|nói|đề nghị|nhấn mạnh|chỉ đạo|thông tin"
                     r"|giải trình|trả lời|lưu ý|đánh giá|kết luận|thừa nhận|bày tỏ|ký|ban hành"
                     r"|quyết định|đồng ý|chấp thuận|phê duyệt)\b)", re.I)


def _opening_of(m: SentenceMentions, chain: list[TitleMention], t: TitleMention) -> bool:
    """The chain so far closes an opening phrase ('Tiếp thu ý kiến của đại biểu, …', 'Trả
    lời chất vấn của Bộ trưởng Bộ X, …') and ``t`` begins the title of the subject who
    speaks after it: two persons, not one chain. ('Đó là yêu cầu của Ủy viên Bộ Chính trị,
    Chủ nhiệm Ủy ban Kiểm tra Trung ương A tại hội nghị': one, whom the phrase names.)"""
    if not _OPENING_OF.search(m.text, 0, chain[0].start):
        return False
    name = next((n for n in m.names if n.start >= t.end), None)
    return name is not None and bool(_SPEAKS.match(m.text, name.end))


def _and_opens_another(gz: Gazetteer, m: SentenceMentions, ordered: list[TitleMention],
                       chain: list[TitleMention], gap: str, t: TitleMention) -> bool:
    """'Đại tướng A, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng và Bí thư Thành ủy Hà Nội
    B': the 'và' ends the titles written after A and opens those written before B, two
    persons. One holder's, 'ông A, Bí thư và Chủ tịch UBND xã', when no name follows.
    ``ordered``: the sentence's titles in the order written."""
    if "và" not in gap.lower().split():
        return False
    s = m.text
    if not any(n.end <= chain[0].start and _AFTER_NAME.match(s[n.end:chain[0].start])
               for n in m.names):
        return False  # (no holder before: 'Bí thư và Chủ tịch UBND xã A' are both A's)
    last = t
    for t2 in ordered:
        between = s[last.end:t2.start]
        if t2.start >= last.end and _CHAIN_GAP.match(between) \
                and "và" not in between.lower().split() \
                and not any(last.end <= n.start < t2.start for n in m.names):
            last = t2
    name = next((n for n in m.names if n.start >= last.end), None)
    return name is not None and _only_honorific(gz, s[last.end:name.start]) \
        and not _LOCAL_LEVEL_BEFORE.search(s, max(0, name.start - 12), name.start)


def chains(gz: Gazetteer, m: SentenceMentions) -> list[list[TitleMention]]:
    out: list[list[TitleMention]] = []
    ordered = sorted(m.titles, key=lambda t: t.start)
    for t in ordered:
        if out:
            prev = out[-1][-1]
            gap = m.text[prev.end:t.start]
            # (a bracket closed in the gap that opened before the chain ends an aside: 'ông A
            # (em trai bà B, Bí thư Tỉnh ủy), Giám đốc Sở …' is A's, not B's)
            if _CHAIN_GAP.match(gap) and gap.count(")") <= gap.count("(") \
                    and not any(prev.end <= n.start < t.start for n in m.names) \
                    and not _deputy_before_name(m, prev, t) \
                    and not _another_rank(out[-1], t) \
                    and not (gap.strip() == "," and _opening_of(m, out[-1], t)) \
                    and not _and_opens_another(gz, m, ordered, out[-1], gap, t) \
                    and ("nhiệm kỳ" not in gap.lower() or m.text[t.start].isupper()):
                # (a term inside a chain is one title's and the chain goes on, but a list of
                # posts in lower case each with its own term, 'thư ký … nhiệm kỳ 2015-2020, phó
                # chủ tịch … nhiệm kỳ 2020-2025', is a list of steps)
                out[-1].append(t)
                continue
        out.append([t])
    return out


def attach(gz: Gazetteer, m: SentenceMentions, last_subject: str | None,
           article_year: int | None, resolve_short, roster: str | None = None,
           speaker: str | None = None, addressed: str | None = None,
           nearby: dict[str, str] | None = None) -> list[Claim]:
    """Claims of one sentence. ``resolve_short`` maps a given name to a full name;
    ``speaker`` is who speaks in the quotation the sentence is in ('tôi' is them);
    ``addressed`` is the word the article calls ``last_subject`` by ('ông', 'bà');
    ``nearby`` the persons the sentence before calls by each word."""
    s = m.text
    names = [n for n in m.names]
    claims: list[Claim] = []
    subject_in_sentence: str | None = None
    prev_end = 0
    list_owner: str | None = None  # whose posts a list after 'các chức vụ …:' gives
    # 'lãnh đạo xã X gồm ông A, Bí thư Đảng ủy xã; B, Phó Chủ tịch HĐND xã cũng bị cách chức':
    # the posts of a list the verb after it takes
    listed_dismissed = [m.span("list") for m in _LIST_DISMISSED.finditer(s)]
    list_leaving = False
    for chain in _split_after_passive(m, chains(gz, m)):
        if len(chain) > 1 and (_ADDRESSED.search(s, 0, chain[0].start)
                               or _ON_BEHALF_OF.search(s, max(0, chain[0].start - 30),
                                                       chain[0].start)):
            # 'Báo cáo với Bí thư Thành ủy, Phó Giám đốc Sở X Nguyễn Văn A cho biết': the
            # first title is whom A reports to, not A's ('Thừa ủy quyền của Chủ tịch nước, Bí
            # thư Tỉnh ủy A trao …': whom A acts for)
            chain = chain[1:]
        start, end = chain[0].start, chain[-1].end
        if _TITLE_AS_SUCH.search(s, max(0, start - 30), start) or _EVERY_LEVEL.match(s, end):
            continue  # 'đề nghị bổ sung chức danh Chánh án TAND tối cao là chức danh có cảnh
            # vệ': the title as such, no one's post
        person: str | None = None
        dismissed = held_then = False
        named_after = False  # the holder named after the title and a comma ('…, ông A')
        # ('Bộ trưởng A trao Quyết định bổ nhiệm Vụ trưởng Vụ X': the post the decision gives,
        # to no one the sentence names, is not the giver's)
        given = bool(_GIVES_POST.search(s, max(0, start - 60), start))
        after = [n for n in names if n.start >= end and gz.honorific_re.pattern and
                 (_only_honorific(gz, s[end:n.start]) or _delegation(gz, s[end:n.start])
                  or _higher_place(gz, s[end:n.start]) or _THEN_IS.fullmatch(s[end:n.start])
                  or _SUCH_AS.fullmatch(s[end:n.start])
                  and _PLURAL_TITLE.search(s, max(0, start - 8), start))]
        if after and _LOCAL_LEVEL_BEFORE.search(s, max(0, after[0].start - 12), after[0].start) \
                and (any(n.end <= start and _AFTER_NAME.match(s[n.end:start]) for n in names)
                     or _WARD_OF_BODY.search(s, max(0, after[0].start - 40), after[0].start)):
            # 'ông A, Phó Chủ tịch UBND phường Lê Thanh Nghị': a ward named after a person,
            # the body's place
            last = chain[-1]
            place = last.body.place if last.body else None
            if last.body and place and not place.written and not place.entry \
                    and after[0].start >= last.end:
                ward = dataclasses.replace(place, written=after[0].name)
                chain = [*chain[:-1], dataclasses.replace(
                    last, body=dataclasses.replace(last.body, place=ward))]
            after = []
        if after and (dash := _DASHED.match(s, after[0].end)) \
                and gz.role_re.match(s, dash.end()) \
                and any(n.end <= start and _DASHED.fullmatch(s[n.end:start]) for n in names):
            # '- Ông A -- Cục trưởng Cục X - Ông B -- Tổng biên tập …': a list of persons
            # each with a title after a dash; the title is the one's before it
            after = []
        if after:
            person = _full(after[0], resolve_short)
        together: list[str] = []
        if after and _PLURAL_TITLE.search(s, max(0, start - 8), start):
            # 'các Phó Chủ tịch UBND thành phố A, B đã dự': each name holds the title
            run = [after[0]]
            for n in names:
                if n.start > run[-1].end and _AND.match(s[run[-1].end:n.start]):
                    run.append(n)
            together = [p for n in run if (p := _full(n, resolve_short))] if len(run) > 1 else []
        elif after and len(run := _names_run(s, after[0], names)) > 1 \
                and _PAIR_ENDS.match(s, run[-1].end):
            # 'nguyên Chủ tịch Quốc hội A và B;', 'nguyên Tổng Bí thư A, B;': the title is
            # every name's (the last with no title of its own after it)
            together = [p for n in run if (p := _full(n, resolve_short))]
        unit = BARE_UNIT.match(s, end)  # 'Chủ tịch Hội đồng do ông A đảm nhiệm'
        target = _OBJECT_AFTER.match(s, unit.end() if unit else end) \
            or (_FOR_APPOINTEE.match(s, unit.end() if unit else end)
                if _DECIDED_POST.search(s, max(0, start - 40), start) else None)
        if person is None and target:
            named = [n for n in names if n.start == target.end()]
            if named:
                person = _full(named[0], resolve_short)
                # 'miễn nhiệm chức vụ Ủy viên UBND tỉnh đối với ông A (nguyên Giám đốc Sở X) và
                # ông B': the post is every named object's
                run = _objects_after(s, named[0], names)
                if len(run) > 1:
                    together = [p for n in run if (p := _full(n, resolve_short))]
        header = _LIST_HEADER.match(s, end)
        if person is None and not (header and any(n.start == header.end() for n in names)):
            # (a title that heads a list, 'nguyên Chủ tịch Quốc hội: A, B', is theirs)
            before = [n for n in names if n.end <= start and _AFTER_NAME.match(s[n.end:start])]
            if before and len(chain) == 1 and chain[0].body is None \
                    and chain[0].role.implied_body and _SAYS.match(s, end) \
                    and _TOPIC_BEFORE.search(s, max(0, before[-1].start - 30), before[-1].start):
                # 'Đối với trường hợp của A, Tổng Bí thư nhấn mạnh …': the speaker, not A
                before = []
            if before and _SOURCE_BEFORE.search(s, max(0, before[-1].start - 24),
                                                before[-1].start) \
                    and _IS_AFTER.match(s, end):
                # 'Theo đại biểu A, Chánh án TAND tối cao cũng là …': whom A speaks of
                before = []
            if not before:  # 'ông A (em trai bà B, Bí thư Tỉnh ủy), Giám đốc Sở …'
                before = [n for n in names if n.end <= start and _LONG_ASIDE.match(s, n.end, start)]
            if given:
                before = []
            if before:
                person = _full(before[-1], resolve_short)
                run = _coordinated(s, [n for n in names if n.end <= before[-1].end])
                plural = _PLURAL.search(s, max(0, run[0].start - 24), run[0].start)
                if not plural and any("và" in s[a.end:b.start].split()
                                      for a, b in zip(run[:-2], run[1:-1])):
                    # ('là ông A và B, ông C (Phó trưởng đoàn)': a 'và' before the last link
                    # closed a list of its own; C opens another)
                    run = run[-1:]
                if len(run) > 1 and (plural or _IN_BRACKETS.match(s, before[-1].end, start)):
                    # 'Các ông A và B, Phó Chủ tịch UBND tỉnh': both hold it; so do 'A, B
                    # (Phó Giám đốc)' in a list whose names carry their titles in brackets
                    together = [p for n in run if (p := _full(n, resolve_short))]
                # 'cách chức ông X - Trưởng Công an': the post the verb takes from X
                dismissed = bool(_DISMISS_BEFORE.search(s[max(0, before[-1].start - 40):
                                                         before[-1].start]))
                held_then = bool(_THEN_IS.search(s, max(0, before[-1].start - 30),
                                                        before[-1].start))
        # a title written next to its holder's name describes the holder as they are,
        # even in a sentence about a nomination ('ứng cử là ông X, Phó Hiệu trưởng …')
        beside = person is not None
        if person is None and not any(n.end <= start and _OBJECT_BEFORE.fullmatch(s, n.end, start)
                                      and _VERB_BEFORE.search(s, max(0, n.start - 24), n.start)
                                      for n in names):
            # 'Bí thư Thành ủy Hà Nội, ông Trần Văn Bình, ...' (not 'bổ nhiệm ông A làm Giám
            # đốc Sở X, ông B nói': the post is A's)
            later = [n for n in names if n.start >= end and (
                _COMMA_BEFORE_NAME.match(s[end:n.start]) or _comma_honorific(gz, s[end:n.start])
                # ('trong thời gian giữ chức vụ Giám đốc Sở X (giai đoạn 2004-2010), Thứ
                # trưởng A đã …': the holder, named with a title of their own)
                or _BACK_THEN.search(s, max(0, start - 60), start)
                and any(end < t.start and not s[t.end:n.start].strip()
                        and _COMMA_BEFORE_NAME.match(s[end:t.start]) for t in m.titles))]
            if later and not _MANY_BEFORE.search(s, max(0, start - 16), start) \
                    and not _ON_BEHALF_OF.search(s, max(0, start - 30), start) \
                    and not _TO_SOMEONE.search(s, max(0, start - 12), start):
                # (not 'mấy ông Bộ trưởng, Thứ trưởng X, ông A, …': titles of many, A's not;
                # nor 'Thừa ủy quyền của Chủ tịch nước, Thiếu tướng A …': whom A acts for; nor
                # 'Theo Quyết định của Bộ trưởng Bộ Tài chính, bà A …': whose decision it is;
                # nor 'Báo cáo với Chủ tịch nước, ông A …': whom A reports to)
                person = _full(later[0], resolve_short)
                named_after = True
        lead_from = max([n.end for n in names if n.end <= start] + [prev_end])
        if person is None and list_owner is None and ";" in s[max(0, start - 300):start] \
                and (opened := _MANY_POSTS_BEFORE.search(s, max(0, start - 300), start)) \
                and not any(opened.end("opener") <= n.start < start for n in names):
            # '… từng kinh qua nhiều vị trí công tác như cán bộ giảng dạy …; Phó Bí thư Thành
            # đoàn; …': a list whose first items are no titles is still the subject's
            subject = [n for n in names if n.end <= opened.start()]
            if subject and (owner := _full(subject[-1], resolve_short)):
                list_owner = owner
                list_leaving = bool(_LEAVING.search(s, subject[-1].end, opened.end("opener")))
        item = person is None and list_owner and _NEXT_ITEM.fullmatch(s, prev_end, start)
        if item:
            # '… trải qua nhiều cương vị, tiêu biểu là: A; B; C': each item is the owner's
            person = list_owner
        prev_end = end
        period = period_in(s[:start])
        appointed = False
        people: list[str] = together
        # ('gửi đơn kiến nghị lên Thủ tướng': whom a petition goes up to, no post of anyone's)
        sent_up = bool(_SENT_UP.search(s, max(0, start - 60), start))
        if person is None and _APPOINT.search(s[:start]) and not _VOTES.search(s[:start]) \
                and not sent_up and not given \
                and not _UNNAMED_OBJECT.search(s, max(0, start - 60), start) \
                and not _KIN_HOLDS.search(s, max(0, start - 40), start):
            appointed = True
            # not a name in brackets: 'bà A (chị ruột ông B) từng giữ chức …' is A's
            # (a short name that is no one of the article's, 'Vinaconex', is no subject)
            # (nor a name of a caption run into the sentence: '… trò chuyện - Ảnh: Xuân
            # Lâm Trên cương vị Chủ tịch …, đồng chí đã …')
            credit = max((c.end() for c in PHOTO_CREDIT.finditer(s, 0, start)), default=0)
            preceding = [n for n in names if credit <= n.start and n.end <= start
                         and not _bracketed(s, n, start) and _full(n, resolve_short)]
            if preceding and (by := _by_agent(s, preceding[-1])):
                # 'A được ông B tuyển dụng làm …', 'A được Chủ tịch UBND tỉnh B bổ nhiệm làm
                # …': B appoints, the post is A's (or the pronoun's: 'Ông được B cử làm …')
                preceding = [n for n in preceding if n.end <= by]
                if not preceding and last_subject and _PRONOUN_BEFORE.search(s[:start]):
                    person = last_subject
            if preceding and (runner := _runner(s, preceding, start)):
                preceding = [runner]  # 'Công ty X (do ông A, chồng bà B, làm giám đốc)'
            if preceding and (kin_subject := _kin_aside_subject(s, names, preceding[-1], start)):
                preceding = [kin_subject]
            if preceding and _MANY_SUBJECTS.search(s, max(preceding[-1].end, start - 60), start):
                # 'với đồng chí A, trước đó đã xử lý các đồng chí nguyên là Ủy viên Trung ương
                # như B, C': the post of many named after it, not A's
                preceding = []
            if preceding:
                obj = _appointed_object(s, preceding)
                person = _full(obj or preceding[-1], resolve_short)
                people = [p for n in (_coordinated(s, preceding) if obj is None else [obj])
                          if (p := _full(n, resolve_short))]
            elif last_subject and (_PRONOUN_BEFORE.search(s[:start]) or _COMRADE_HELD.match(s)):
                person = last_subject  # 'Ông được điều động giữ chức ...'
            elif speaker and _FIRST_PERSON.search(s, 0, start):
                person = speaker  # '"Năm 2011, tôi được bổ nhiệm làm …", ông A nói'

        # ('Trên cương vị Bí thư Đảng ủy, Chủ tịch HĐTV X giai đoạn 2009-2011, ông đã …': the
        # capacity the one the story is about acted in, its years written after it)
        spell = _SPAN_AFTER.match(s, end)
        spell_end = spell.end() + s.startswith(")", spell.end()) if spell else end
        if person is None and (pronoun := _PRONOUN_AFTER.match(s, spell_end)) \
                and (_BACK_THEN.search(s, max(0, start - 60), start)
                     or _in_capacity(s, start, names)):
            # 'Trong thời gian giữ chức X, Y, bà đã ký …': the one the story is about, in a
            # tenure told before the pronoun; or, if the story calls them otherwise, the one
            # the sentence before calls so ('… của ông A, nguyên Chủ tịch UBND tỉnh. Theo đó,
            # trong thời gian giữ cương vị …, ông có khuyết điểm' in a story about a woman)
            word = pronoun.group(1).lower()
            if last_subject and word == addressed:
                person = last_subject
            elif nearby and word in nearby:
                person = nearby[word]
        # ('ông được Thủ tướng bổ nhiệm giữ chức …': the title before the verb is the
        # appointer's, the post after it the pronoun's)
        agent = bool(_PASSIVE_BY.search(s, max(0, start - 12), start)) \
            and bool(_AGENT_VERB.match(s, end))
        if person is None and last_subject and not sent_up and not agent \
                and (period or _PRONOUN_START.match(s) or _PRONOUN_BEFORE.search(s[:start])) \
                and not _TO_SOMEONE.search(s, max(0, start - 12), start) \
                and not [n for n in names if n.end <= start]:
            person = last_subject
        if person is None and roster and not names:
            person = roster
        if person is None or (not beside and _NOMINATION.search(s[max(0, start - 120):start])):
            continue  # a post someone is only proposed for is not held (GUIDELINES §3)
        subject_in_sentence = subject_in_sentence or person
        clause = _clause_before(s, start, lead_from)
        leaving = (bool(_LEAVING.search(clause)) or dismissed
                   or bool(_WHEN_STILL.search(s, max(0, start - 120), start))
                   or any(a <= start < b for a, b in listed_dismissed)
                   or bool(item and list_leaving)) \
            and not _PLANNED.search(_clause_before(s, start, max(0, start - 160)))
        if appointed and _MANY_POSTS.search(s, max(0, start - 60), start):
            list_owner, list_leaving = person, leaving
        lead = _clause_before(s, start, lead_from)
        # (a year gone by that dates what a titled holder did, 'Trước đó, ngày 17.12.2016, Phó
        # Thủ tướng A đã đến kiểm tra …', says nothing of the post since: GUIDELINES §3, a
        # post the article never says was left stays current)
        # ('Ngày 25/10/2016, Chủ tịch UBND tỉnh X, ông A đã ký …' too)
        acts_then = (bool(after) and after[0].start >= end or named_after) \
            and not _HOLDS_BEFORE.search(lead)
        # ('trúng cử đại biểu Quốc hội năm 2016': the year an election gave the post, no end)
        elected = _ELECTED_BEFORE.search(s, max(0, start - 40), start) is not None
        # (… but a year a career's length before dates a post long over, whatever the holder
        # did then: 'Ngày 7/2/1947, Bác gửi thư cho ông A – Thứ trưởng Bộ Nội vụ')
        lead_year = _lead_year(lead)
        opened = _OPENING_YEAR.match(_clause_before(s, start, 0))
        past = _is_past(period, article_year) or bool(
            lead_year and article_year and lead_year < article_year and not acts_then) \
            or bool(opened and article_year
                    and int(opened.group(1)) <= article_year - _CAREER_YEARS)
        # ('Giám đốc Sở X, nguyên Bí thư Quận ủy Y nhiệm kỳ 2010-2015': the term written
        # after the chain dates the posts from its last 'nguyên' on, not the ones before;
        # a leaving, 'A, Giám đốc Sở X, nguyên Bí thư Huyện ủy Y nghỉ hưu', ends them all)
        past_from = 0
        if not past and _past_after(s, end, article_year, elected):
            if not LEFT_AFTER.match(s, end):
                past_from = max((i for i, t in enumerate(chain) if t.modifier in _FORMER_MOD),
                                default=0)
            past = past_from == 0
        if target and target.group("is") and _BEFORE_THEN.search(s[max(0, start - 60):start]):
            past = True
        if _EARLIER.search(s[:start]) or _EARLIER_SENTENCE.search(s[:start]) \
                or _BACK_THEN.search(s, max(0, start - 60), start) \
                or _THEN_AFTER.match(s, end) or held_then:
            past = True  # 'Trước đó, ông X là Phó Giám đốc ...'
        if _FROM.search(s, max(0, start - 24), start) and _TO.match(s, end):
            past = True  # 'bổ nhiệm ông X từ Trưởng phòng Kỹ thuật lên chức Phó Giám đốc'
        if after and person == _full(after[0], resolve_short) \
                and LEFT_AFTER.match(s, after[0].end):
            past = True  # 'Phó Chủ tịch UBND tỉnh Lê Văn An nghỉ hưu'
        held_until = _UNTIL_START.match(s)
        if held_until and article_year and int(held_until.group(1)) < article_year \
                and not acts_then:
            # 'Đến tháng 3-2015, ông Nam giữ chức trưởng ban …' dates the post; 'Tới tháng
            # 10/2020, Chủ tịch UBND tỉnh A đã trao …' dates only what its holder did
            past = True
        if period and period.to_present:
            past, past_from = False, 0  # '1/2000-nay: ...' runs to the present
        back_then = bool(_BACK_THEN.search(s, max(0, start - 60), start))
        # 'Phó Chủ tịch, Chủ tịch rồi Bí thư Tỉnh ủy', 'làm Bộ trưởng Bộ X rồi về TP.HCM làm
        # Bí thư Thành ủy', 'làm Bí thư Huyện ủy X, nhưng sau đó được cất nhắc, giữ …': the
        # steps before a 'rồi', a 'sau đó', were left for the ones after it (a seat on a
        # committee goes along: 'Ủy viên Ban Thường vụ Thành đoàn, Trưởng ban X rồi Phó Bí thư')
        stepped = max((i for i in range(1, len(chain))
                       if _THEN_NEXT.search(s, chain[i - 1].end, chain[i].start)), default=0)
        if _THEN_NEXT.match(s, end):
            stepped = len(chain)
        carried = ""
        for i, t in enumerate(chain):
            # 'nguyên Chủ tịch kiêm Giám đốc': 'kiêm' carries the modifier along
            # and so does a comma after a bare title that shares the next one's place:
            # 'nguyên Bí thư, Chủ tịch UBND huyện X' is one former tenure of both posts
            gap = s[chain[i - 1].end:t.start] if i else ""
            if i and not _KIEM_GAP.match(gap) \
                    and not (chain[i - 1].body is None and gap.strip() == ","):
                carried = ""
            carried = t.modifier or carried
            status = "former" if (leaving or past or carried in _FORMER_MOD
                                  or i < stepped and not t.role.name.startswith("Ủy viên")
                                  or 0 < past_from <= i
                                  or _term_over(s, t, article_year)) else "current"
            if back_then and i == len(chain) - 1 and i and not leaving and not carried \
                    and after and not s[t.end:after[0].start].strip() \
                    and s[chain[i - 1].end:t.start].strip() == ",":
                # 'trong thời gian giữ chức vụ Giám đốc Sở X, Thứ trưởng Bộ Y A đã …': the
                # title beside the name is the holder's now, the tenure before it is over
                status = "current"
            # (a post the text says is left is over whatever its term: '… Chủ tịch UBND tỉnh
            # nhiệm kỳ 2016-2021 thôi giữ chức Chủ tịch UBND tỉnh, nhiệm kỳ 2016-2021')
            ends = None if period is None or leaving \
                else (9999 if period.to_present else period.end_year)
            for holder in people or [person]:
                claims.append(Claim(holder, t, tuple(chain), status, appointed, until=ends))
    claims.extend(_seats(gz, m, names, resolve_short, last_subject))
    claims.extend(_delegation_left(gz, m, names, resolve_short))
    claims = _replacing(s, names, claims, resolve_short)
    claims.extend(_replaced(s, names, claims, resolve_short))
    return _moved_away(s, claims)


#: 'điều động bà Hoa đến nhận công tác tại Quận ủy': a transfer away from the post held
_MOVED = re.compile(r"(?:điều động|điều chuyển)(?P<who>[^.;]{0,60}?)\s(?:đến|sang|về)\s+"
                    r"(?:nhận\s+)?(?:công tác|làm việc)", re.I)


def _moved_away(s: str, claims: list[Claim]) -> list[Claim]:
    """The post a person is transferred away from ('điều động … đến nhận công tác tại …')
    is left (GUIDELINES §3); a rotation for a fixed time ('có thời hạn') keeps it."""
    moved = _MOVED.search(s)
    if not moved or "thời hạn" in moved.group():
        return claims
    who = moved.group("who")
    return [dataclasses.replace(c, status="former")
            if not c.appointed and c.title.end <= moved.start()
            and (c.person in who or re.search(rf"\b{re.escape(c.person.split()[-1])}\b", who))
            else c for c in claims]


# ('thay nhà báo B', 'thay Đại tá B': whom the appointee replaces, by profession or rank)
_REPLACES = re.compile(r"(?:^|\W)thay(?:\s+thế)?(?:\s+cho)?\s+"
                       # ('thay thế PGS.TS B': by an academic title)
                       r"(?:(?:ông|bà|đồng chí|nhà báo|NSƯT|NSND|"
                       r"(?:GS|PGS|TS|ThS)(?:\.\s?(?:TS|ThS))?\.?|"
                       r"(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá))\s+)?$", re.I)


#: 'A thay B làm Trưởng ban': the verb after the replaced one's name gives A the post
_TAKES = re.compile(r"\s*(?:làm|giữ chức(?: vụ)?|đảm nhiệm(?: chức vụ| cương vị)?)\s*$", re.I)
#: between the subject's name and 'thay': 'A thay B', 'A được bổ nhiệm thay B'
_BEFORE_THAY = re.compile(r"\s*(?:(?:sẽ|được|đã|vừa)\s+)*(?:(?:bổ nhiệm|điều động|bầu|phân công|cử"
                          r"|chỉ định)\s*)?", re.I)


def _replacing(s: str, names: list[NameMention], claims: list[Claim], resolve_short
               ) -> list[Claim]:
    """'Bà A thay ông B làm Trưởng ban X': A takes the post B held, which B has left
    (GUIDELINES §3, 'thay ông …'); the verb after B's name does not make the post B's."""
    out = list(claims)
    for i, n in enumerate(names):
        thay = _REPLACES.search(s, max(0, n.start - 30), n.start)
        if not thay or i == 0 or not _BEFORE_THAY.fullmatch(
                s, names[i - 1].end, s.lower().index("thay", thay.start())):
            continue
        replaced, subject = _full(n, resolve_short), _full(names[i - 1], resolve_short)
        if not replaced or not subject or "sẽ" in s[names[i - 1].end:thay.start()]:
            continue  # (a replacement still to come: B holds it until then)
        for k, c in enumerate(out):
            if c.person == replaced and c.appointed and _TAKES.fullmatch(s, n.end, c.title.start):
                out[k] = dataclasses.replace(c, status="former", appointed=False)
                out.append(dataclasses.replace(c, person=subject, status="current"))
    return out


def _replaced(s: str, names: list[NameMention], claims: list[Claim], resolve_short
              ) -> list[Claim]:
    """'… bổ nhiệm ông A giữ chức Giám đốc Sở Y tế, thay ông B': B held that post and has
    left it (GUIDELINES §3)."""
    out: list[Claim] = []
    for n in names:
        if not _REPLACES.search(s[max(0, n.start - 30):n.start]):
            continue
        person = _full(n, resolve_short)
        taken = [c for c in claims if c.appointed and c.status == "current"
                 and c.title.end <= n.start and c.person != person]
        if person and taken and not _TO_COME.search(s, max(0, taken[-1].title.start - 40),
                                                      taken[-1].title.start):
            # (not 'A sẽ làm Trưởng ban từ ngày 1/7 thay B': B holds it until then)
            last = taken[-1]
            out.extend(Claim(person, c.title, c.chain, "former") for c in taken
                       if c.chain == last.chain and c.person == last.person)
    return out


_FIRST_PERSON = re.compile(r"(?<!\w)tôi(?!\w)", re.I)
_TO_COME = re.compile(r"\bsẽ\b", re.I)
#: what carries a title's modifier on to the next: 'nguyên Chủ tịch kiêm Giám đốc', 'nguyên
#: Chủ tịch UBND thị xã và Bí thư Thị ủy' (one former tenure told of both)
_KIEM_GAP = re.compile(r"^\s*(?:kiêm|và)\s*$", re.I)
_INTO = re.compile(r"(?:chỉ định|bầu|bầu bổ sung|bầu lại|tham gia)\s+vào\s*$", re.I)
#: 'chỉ định ông A tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy': a Party committee's seats
#: given (not any body one takes part in, 'tham gia Đoàn công tác', nor a step of a career
#: told without who gave it, 'năm 2005, ông tham gia Ban Chấp hành …')
_JOINS = re.compile(r"\b(?:chỉ định|bầu|cử|phân công|điều động)\b[^.;]{0,120}?\stham gia\s*$",
                    re.I)
_SEAT_HEADS = {"Ban Chấp hành", "Ban Thường vụ"}
#: 'vào Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí thư Tỉnh ủy X': the post given with
#: the seats, whose committee they are of
_AND_POST = re.compile(r"\s*,?\s*(?:và\s+)?(?:giữ chức(?: vụ)?|làm)\s*$", re.I)
_INTO_MORE = re.compile(r"^\s*(?:,|và)\s*$")


def _seats(gz: Gazetteer, m: SentenceMentions, names: list[NameMention], resolve_short,
           main: str | None) -> list[Claim]:
    """'được chỉ định vào Ban Chấp hành Đảng bộ quận, Ban Thường vụ Quận ủy': Ủy viên."""
    s = m.text
    out: list[Claim] = []
    member = gz.roles.get("ủy viên")
    if member is None:
        return out
    bodies = sorted(m.bodies, key=lambda b: b[1])
    active = False
    last_end = 0
    for ref, a, b in bodies:
        if _INTO.search(s[max(0, a - 30):a]) \
                or ref.head.name in _SEAT_HEADS and _JOINS.search(s[max(0, a - 160):a]):
            active = True
        elif not (active and _INTO_MORE.match(s[last_end:a])):
            active = False
        last_end = b
        if not active:
            continue
        preceding = [n for n in names if n.end <= a]
        holders: list[str] = []
        if preceding:
            person = _full(preceding[-1], resolve_short)
            holders = [p for n in _coordinated(s, preceding) if (p := _full(n, resolve_short))]
        elif _PRONOUN_BEFORE.search(s[:a]):
            person = main
        else:
            continue
        # a seat of a time over: 'từng tham gia Ban Chấp hành …' (not one taken in a year
        # gone by, 'năm 2010, ông được bầu vào Ban Chấp hành Trung ương': held since)
        lead = _clause_before(s, a, preceding[-1].end if preceding else 0)
        over = bool(_LEAVING.search(lead) or _EARLIER.search(s[:a]))
        for holder in holders or ([person] if person else []):
            out.append(Claim(holder, TitleMention(member, ref, a, b), (),
                             "former" if over else "current", True))
    # seats named together share a parent: 'vào Ban Chấp hành, Ban Thường vụ Quận ủy'
    chain = tuple(c.title for c in out)
    if out:
        seated = out[-1].title.end
        chain += tuple(t for t in m.titles if t.start >= seated
                       and _AND_POST.fullmatch(s, seated, t.start))[:1]
    return [Claim(c.person, c.title, chain, c.status, c.appointed) for c in out]


#: ' rồi ', ', nhưng sau đó ': what follows is the next step of a career
_THEN_NEXT = re.compile(r"\s*,?\s*(?:và\s+|nhưng\s+)?(?:sau đó\s*,?\s*|(?:sau đó\s+)?rồi\s+)"
                        # (in lower case: 'Sau đó, …' opens a caption's next sentence)
                        r"(?!\s*(?:đến nay|nay|hiện nay)\b)")
#: a plural subject: 'các đồng chí', 'hàng loạt cán bộ', 'nhiều người'
_MANY_SUBJECTS = re.compile(r"\b(?:các|những|nhiều|một số|hàng loạt)\s+(?:các\s+)?"
                            r"(?:đồng chí|ông|bà|cán bộ|người|vị|quan chức|lãnh đạo)"
                            r"\s+(?:(?:nguyên|đều|từng|đã|đang|cũng)\s+)*(?:là|làm)\s*$", re.I)
#: 'chuyển sinh hoạt Đoàn đại biểu Quốc hội đối với ông A từ Đoàn ĐBQH tỉnh X về …'
_DELEGATION_MOVE = re.compile(r"chuyển sinh hoạt\b", re.I)
_FROM_BEFORE = re.compile(r"\btừ\s+$", re.I)


def _delegation_left(gz: Gazetteer, m: SentenceMentions, names: list[NameMention],
                     resolve_short) -> list[Claim]:
    """'chuyển sinh hoạt Đoàn ĐBQH đối với ông A từ Đoàn ĐBQH tỉnh X về Đoàn ĐBQH TP Y': a
    deputy moved from one province's delegation to another's sits in the first no more."""
    s = m.text
    moved = _DELEGATION_MOVE.search(s)
    deputy = gz.roles.get("đại biểu")
    if moved is None or deputy is None:
        return []
    left = [(ref, a, b) for ref, a, b in m.bodies if a > moved.end()
            and ref.head.name == "Đoàn đại biểu Quốc hội"
            and _FROM_BEFORE.search(s, max(0, a - 8), a)]
    if not left:
        return []
    ref, a, b = left[0]
    mover = [n for n in names if moved.end() <= n.start and n.end <= a]
    person = _full(mover[-1], resolve_short) if mover else None
    return [Claim(person, TitleMention(deputy, ref, a, b), (), "former", False)] if person \
        else []


#: 'bổ nhiệm ông A, em trai bà B, làm Giám đốc …': A is the one appointed
_APPOINTING = re.compile(r"(?:bổ nhiệm|điều động|luân chuyển|bầu|cử|phân công)\s+"
                         r"(?:ông|bà|đồng chí)\s*$", re.I)
#: 'A được cử làm Bí thư Thành ủy, Phó Chủ tịch B nghỉ hưu': the post A is given
_PASSIVE_APPOINT = re.compile(r"được\s+(?:\w+\s+){0,2}?(?:làm|giữ chức(?: vụ)?)\s*$", re.I)


#: a verb of appointing right after the agent's name ('A được ông B tuyển dụng làm …')
_AGENT_VERB = re.compile(r"\s*(?:,(?:(?!được|điều động|bổ nhiệm)[^,;()]){1,80},\s*)?"
                         # ('được bà B, khi còn Chủ tịch …, ký …': an aside of the agent's)
                         r"(?:đã\s+)?(?:tuyển dụng|bổ nhiệm|cử|điều động|điều|phân công|giao"
                         r"|chỉ định"
                         r"|đề bạt|luân chuyển|ký quyết định)\b", re.I)
_PASSIVE_BY = re.compile(r"\b(?:được|bởi)\s+$", re.I)
_HOLDS_BEFORE = re.compile(r"\b(?:làm|giữ|là|bổ nhiệm|cử|bầu)\b", re.I)


def _by_agent(s: str, n: NameMention) -> int:
    """Where 'được' stands when ``n`` is the agent of a passive appointment ('A được ông B
    tuyển dụng làm …', 'A được Chủ tịch UBND tỉnh B bổ nhiệm …'); 0 when it is not."""
    if not _AGENT_VERB.match(s, n.end):
        return 0
    at = s.rfind("được", max(0, n.start - 100), n.start)
    if at <= 0 or s[at - 1].isalnum() or _HOLDS_BEFORE.search(s, at + len("được"), n.start):
        return 0  # (a title between them is the agent's: 'được Chủ tịch UBND tỉnh B')
    return at


def _runner(s: str, preceding: list[NameMention], start: int) -> NameMention | None:
    """The name after 'do' that the title's 'làm' is said of, past an aside that may name
    another ('do ông A - chồng bà B làm giám đốc': A's, not B's)."""
    for n in reversed(preceding):
        if DO_BEFORE.search(s, max(0, n.start - 12), n.start) \
                and RUNS_AFTER.fullmatch(s, n.end, start):
            return n
    return None


def _appointed_object(s: str, preceding: list[NameMention]) -> NameMention | None:
    """The person an appointing verb names, when a comma-set apposition with other
    names stands between them and the title."""
    together = _coordinated(s, preceding)  # 'bổ nhiệm ông A, ông B làm …': both are
    if _APPOINTING.search(s, 0, preceding[-1].start):
        return None  # '…; bổ nhiệm ông B, nguyên …, giữ chức …': the nearest verb's own
    for n in reversed(preceding[:-1]):
        if _APPOINTING.search(s, 0, n.start) and s[n.end:].lstrip().startswith(",") \
                and n not in together:
            return n
    return None


def _split_after_passive(m: SentenceMentions, found: list[list[TitleMention]]
                         ) -> list[list[TitleMention]]:
    """A chain after 'X được cử làm' whose last title runs into another name: the last
    title is that name's ('… Bí thư Thành ủy, Phó Chủ tịch Lê B nghỉ hưu')."""
    out: list[list[TitleMention]] = []
    for chain in found:
        last = chain[-1]
        if len(chain) > 1 and _PASSIVE_APPOINT.search(m.text, 0, chain[0].start) \
                and any(n.end <= chain[0].start for n in m.names) \
                and any(n.start >= last.end and not m.text[last.end:n.start].strip()
                        for n in m.names):
            out.extend([chain[:-1], [last]])
        else:
            out.append(chain)
    return out


def _kin_aside_subject(s: str, names: list[NameMention], n: NameMention, start: int
                       ) -> NameMention | None:
    """'bà A, chị ông B, khi đó là Chủ tịch UBND tỉnh': B is named in an aside about A's
    kin, and the copula after it goes on with A, the sentence's subject."""
    if not _COPULA_AFTER.fullmatch(s, n.end, start):
        return None
    kin = _KIN_ASIDE.search(s, max(0, n.start - 30), n.start)
    subject = [m for m in names if kin and m.end <= kin.start()]
    return subject[-1] if subject else None


def _bracketed(s: str, n: NameMention, end: int) -> bool:
    """The name sits in brackets that close before ``end``."""
    opened = s.rfind("(", 0, n.start)
    return opened >= 0 and s.find(")", opened, n.start) < 0 and 0 <= s.find(")", n.end) < end


#: a dash between a name and its title ('A -- Cục trưởng', 'A – Giám đốc')
_DASHED = re.compile(r"\s*(?:--?|–)\s*")
#: 'gửi đơn kiến nghị lên Thủ tướng Chính phủ': whom a petition goes up to, no post taken
_SENT_UP = re.compile(r"\b(?:kiến nghị|gửi|trình|báo cáo|đề xuất|đề nghị|phản ánh|khiếu nại)\b"
                      r"[^.;:]{0,40}\slên\s*$", re.I)
_ADDRESSED = re.compile(r"(?:báo cáo|trình|gửi|đề nghị|kiến nghị)\s+(?:với|lên)\s+$", re.I)
_JUST_AND = re.compile(r"\s+và\s+(?:(?:ông|bà)\s+)?", re.I)
_NEXT_NAME = re.compile(r"\s*,\s*")  # (not "…, bà B, ông C": each one named on their own)


def _names_run(s: str, first: NameMention, names: list[NameMention]) -> list[NameMention]:
    """``first`` and the names that follow it joined only by commas, up to one joined by
    'và' ('A, B và C')."""
    run = [first]
    for n in names:
        if n.start <= run[-1].end:
            continue
        gap = s[run[-1].end:n.start]
        if _JUST_AND.fullmatch(gap):
            run.append(n)
            break
        if not _NEXT_NAME.fullmatch(gap):
            break
        run.append(n)
    return run
_PAIR_ENDS = re.compile(r"\s*(?:[;.)]|$|,\s*(?:các|cùng|và)\b)")
_LIST_HEADER = re.compile(r"\s*:\s*(?:(?i:ông|bà|đồng chí)\s+)?")
_IN_BRACKETS = re.compile(r"\s*\(\s*(?:nguyên\s+)?$")
#: a plural before coordinated names: the title after the last is each one's
_PLURAL = re.compile(r"(?:các|hai|ba|bốn)\s+(?:ông|bà|đồng chí|ông bà)\s*:?\s*$", re.I)
_LOCAL_LEVEL_BEFORE = re.compile(r"(?:xã|phường|thị trấn)\s+$", re.I)
#: 'Chủ tịch UBND phường Nguyễn Cư Trinh có báo cáo': a city ward named after a person, in
#: the body's name (not 'Chủ tịch xã Nguyễn Văn A', the commune's chairman by name)
_WARD_OF_BODY = re.compile(r"(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Đảng ủy|Công an)"
                           r"\s+phường\s+$")
_PLURAL_TITLE = re.compile(r"(?:các|hai|ba)\s+$", re.I)
#: 'các đại biểu Quốc hội như A, B': the holders a plural title names after it
_SUCH_AS = re.compile(r"\s+(?:như|gồm|là)\s*:?\s*(?:(?:ông|bà|đồng chí)\s+)?", re.I)
_SOURCE_BEFORE = re.compile(r"(?:^|\W)theo\s+(?:(?:ông|bà|đồng chí|đại biểu|ĐB)\s+)?$", re.I)
# ('Theo đại biểu A, Bí thư Tỉnh ủy Yên Bái phải chỉ đạo …': the title is what A speaks of,
# the subject of A's words)
_IS_AFTER = re.compile(r"\s+(?:cũng\s+)?(?:là|phải|cần|nên|sẽ|không|chưa|đã|đang|vẫn)\b", re.I)
_SOURCE = re.compile(r"(?:^|\W)(?:theo|như)\s+(?:(?:ông|bà|đồng chí)\s+)?$", re.I)
_AND = re.compile(r"^\s*(?:,|và|,\s*và)\s*(?:(?:ông|bà|đồng chí)\s+)?$", re.I)
#: between two objects of one appointment or dismissal: the first's own post in brackets or
#: after a comma, then 'và ông' ('đối với ông A (Giám đốc Sở X) và ông B', 'đối với ông A,
#: Giám đốc Sở X và ông B'); the second names its honorific, so a name in the first's post
#: is no object
_NEXT_OBJECT = re.compile(r"\s*(?:\([^()]{0,80}\)|,[^,;:.()]{0,80}?)?\s*(?:,\s*)?(?:và|cùng)\s+"
                          r"(?:ông|bà|đồng chí)\s+$", re.I)


def _objects_after(s: str, first: NameMention, names: list[NameMention]) -> list[NameMention]:
    """The names a post after 'đối với' goes to, from ``first`` on."""
    run = [first]
    for n in names:
        if n.start > run[-1].end and _NEXT_OBJECT.fullmatch(s, run[-1].end, n.start):
            run.append(n)
    return run


def _coordinated(s: str, preceding: list[NameMention]) -> list[NameMention]:
    """The names joined with the last one by commas and 'và' ('Các đồng chí A, B và C
    được bầu vào …'): the subjects of one appointment."""
    run = [preceding[-1]]
    for n in reversed(preceding[:-1]):
        if not _AND.match(s[n.end:run[0].start]) or _SOURCE.search(s, max(0, n.start - 12),
                                                                     n.start):
            break  # 'Theo ông A, ông B từng …': A is who says so
        run.insert(0, n)
    return run


_DELEGATION = re.compile(r"^\s*(?:đoàn|đơn vị)\s+(?:(?:tỉnh|thành phố)\s+)?(?P<place>[^,;:()]+?)\s*$",
                         re.I)


def _delegation(gz: Gazetteer, gap: str) -> bool:
    """'Đại biểu Quốc hội đoàn TP.HCM Trần Văn Bình': the delegation between title and name."""
    m = _DELEGATION.match(gap)
    return bool(m and gz.find_places(m.group("place")))


_HIGHER_PLACE = re.compile(r"^\s*,\s*(?P<level>quận|huyện|thị xã|thành phố|tỉnh)\s+(?P<place>[^,;:()]+?)"
                           r"\s*(?:\([^()]{1,30}\)\s*)?(?:[,–-]\s*)?(?:(?:ông|bà|đồng chí)\s+)?$",
                           re.I)


def _higher_place(gz: Gazetteer, gap: str) -> bool:
    """'Chủ tịch UBND phường Láng Hạ, quận Đống Đa Đỗ Văn Hùng', '… xã Gio Mai, huyện Gio
    Linh, tỉnh Quảng Trị Trần Văn Bình': the places above the body's, between title and
    name."""
    parts = gap.split(",")
    if len(parts) < 2 or parts[0].strip():
        return False
    places = parts[1:]
    if len(places) > 1 and re.fullmatch(r"\s*(?:(?:ông|bà|đồng chí)\s+)?", places[-1]):
        places.pop()  # '…, tỉnh Quảng Trị, ông Trần Văn Bình'
    return all((m := _HIGHER_PLACE.match("," + part)) and gz.find_places(m.group("place"))
               for part in places)


_DASH_HONORIFIC = re.compile(r"\s*[-–]\s*(?:ông|bà|đồng chí)\s+", re.I)


#: 'Đại biểu Quốc hội khóa XIV Lê Thị An', '… khóa 14 - bà Lê Thị An': the term of the
#: body between its title and the holder's name
_TERM_BETWEEN = re.compile(r"\s*\(?(?:khóa|khoá)\s+(?:[IVXL]+|\d{1,2})\b\)?", re.I)


def _in_capacity(s: str, start: int, names: list[NameMention]) -> bool:
    """The title at ``start`` is written after 'trên cương vị' in its clause, with titles
    only between ('trên cương vị Ủy viên Trung ương Đảng khóa X, Bí thư Đảng ủy …')."""
    lead = max(0, start - 150)
    caps = list(_CAPACITY.finditer(s, lead, start))
    return bool(caps) and not re.search(r"[.;:]", s[caps[-1].end():start]) \
        and not any(caps[-1].end() <= n.start < start for n in names)


def _comma_honorific(gz: Gazetteer, gap: str) -> bool:
    """', TS ', '- nhà sử học ': a holder's academic title or profession after the comma
    that ends the title ('Đại biểu Quốc hội, nhà sử học Lê Văn An')."""
    comma = _COMMA_OR_DASH.match(gap)
    return bool(comma and gz.honorific_re.fullmatch(gap[comma.end():].strip() + " "))


_COMMA_OR_DASH = re.compile(r"\s*[,–-]\s*")


def _only_honorific(gz: Gazetteer, gap: str) -> bool:
    if term := _TERM_BETWEEN.match(gap):
        gap = gap[term.end():]
    if not gap.strip() or re.fullmatch(r"\s*\([^()]{1,60}\)\s*", gap):
        return True  # 'Tổng cục Du lịch (Bộ VHTTDL) Lê Văn An'
    if _DASH_HONORIFIC.fullmatch(gap):
        return True  # 'Phó Chủ tịch VNITO - ông Lê Văn An'
    dash = _DASHED.match(gap)
    if dash and "," not in gap and gz.honorific_re.fullmatch(gap[dash.end():].strip() + " "):
        return True  # 'Giám đốc Công an tỉnh X - Thiếu tướng Lê Văn An'

    return bool(gz.honorific_re.fullmatch(gap.strip() + " ")) and "," not in gap


def _full(n: NameMention, resolve_short) -> str | None:
    return resolve_short(n.name) if n.short else n.name


def _clause_before(s: str, start: int, lead_from: int) -> str:
    """Text between the subject and the chain, cut at the last clause boundary."""
    text = s[lead_from:start]
    cut = max(text.rfind(";"), text.rfind(". "))
    return text[cut + 1:] if cut >= 0 else text


def _is_past(period: Period | None, article_year: int | None) -> bool:
    """A post of a closed period is over: the record says when it ended (a period closed
    in the article's own year is over too, a later item took its place)."""
    return bool(period and period.ended_before(article_year + 1 if article_year else None))


#: a title of the National Assembly or of the Party's centre, by the words it ends with
_NATIONAL_TITLE = re.compile(r"(?P<qh>quốc hội|đbqh)$|(?P<party>(?:trung ương|t\.ư|tw)(?: đảng)?"
                             r"|bộ chính trị|ban bí thư)$")


def _term_over(s: str, t: TitleMention, article_year: int | None) -> bool:
    """'đại biểu Quốc hội khóa XI, XIII', 'Ủy viên Bộ Chính trị khóa XI' in a text of a year
    after the latest term written: the post is over (the terms are the nation's, not the
    numbering of a province's council or a union's committee)."""
    terms = TERMS_AFTER.match(s, t.end)
    national = _NATIONAL_TITLE.search(fold(s[t.start:t.end])) if terms else None
    if not terms or not national:
        return False
    return term_ended("quốc hội" if national.group("qh") else "đảng", terms.group(1),
                      article_year)


#: the years a career lasts at most: a post dated this long before the article is over
_CAREER_YEARS = 25
#: the day, month or year a clause opens with: its time ('Trước đó, ngày 7.2.1947, …',
#: 'Năm 1965, …')
_OPENING_YEAR = re.compile(r"\W*(?:(?:trước đó|sau đó|đến|vào|từ|cuối|đầu|giữa|khoảng)\W+)*"
                           r"(?:ngày\s+\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*|tháng\s+\d{1,2}"
                           r"\s*[./-]\s*|(?:tháng\s+\d{1,2}\s+)?năm\s+)((?:19|20)\d{2})\b", re.I)


def _lead_year(lead: str) -> int | None:
    """The latest year the words before a title date it by, if any."""
    lead = BIRTH.sub("", lead[-90:])
    # ('Cuối năm 2016 vừa qua, Chủ tịch UBND TP A ký …': a time just gone, the title now)
    # ('Về tình hình năm 2016, Giám đốc Sở A cho biết': the year a report is on, not when)
    years = [int(y.group(1)) for y in _YEAR_NEAR.finditer(lead)
             if not _JUST_GONE.match(lead, y.end())
             and not _REPORTED_ON.search(lead, max(0, y.start() - 70), y.start())]
    return max(years, default=None)


_JUST_GONE = re.compile(r"\s+(?:vừa qua|vừa rồi)\b")
_REPORTED_ON = re.compile(r"\b(?:báo cáo|kết quả|giám sát|tình hình|tổng kết|sơ kết|kiểm điểm"
                          r"|so với|cùng kỳ)\b[^,.;:]*$", re.I)


def _span_over(last: int, spell: str, article_year: int | None) -> bool:
    """A tenure 'giai đoạn A-B' ('nhiệm kỳ', 'thời kỳ'), written after a title, is over."""
    if article_year is not None and last != article_year:
        return last < article_year
    return spell.lower() != "nhiệm kỳ"


def _past_after(s: str, end: int, article_year: int | None, elected: bool = False) -> bool:
    if _CLOSED_RANGE_AFTER.match(s[end:end + 40]) or LEFT_AFTER.match(s, end):
        return True  # '… Cục trưởng Cục X bị cách chức', '… đã nghỉ hưu'
    if (unit := BARE_UNIT.match(s, end)) is not None:
        end = unit.end()  # 'Phó Hiệu trưởng trường này cho đến năm 1997'
    if _CLOSED_RANGE_AFTER.match(s[end:end + 40]) or LEFT_AFTER.match(s, end):
        return True
    span = _SPAN_AFTER.match(s, end)
    if span and _span_over(int(span.group("end")), span.group("spell"), article_year):
        return True  # '… Tập đoàn X giai đoạn 2009-2011' (a term still running is held: a
        # 'nhiệm kỳ' to the year the text speaks in; a 'giai đoạn' told up to it, or in a
        # text that speaks in no year, is over)
    closed = _CLOSED_IN_BRACKETS.match(s, end)
    if closed and article_year and int(closed.group(1)) <= article_year:
        return True  # '… Giám đốc Công ty X (tháng 1/2004 - 5/2010), bà A …' (a period
        # closed in the latest year the text writes is over too)

    m = _PAST_YEAR_AFTER.match(s[end:end + 30])
    if m and elected and m.group(3) and not s[end:end + m.end()].lstrip().startswith("từ"):
        return False  # 'được bầu làm Chủ tịch HĐND năm 2016': when the post began
    if m and _TO_NOW.match(s, end + m.end()):
        return False  # 'từ tháng 2/2010 đến nay': held since, not over
    if not m:
        return False
    year = int(m.group(1) or m.group(2) or m.group(3))
    return article_year is None or year < article_year
