"""GUIDELINES §4 'date' and §5: dates written in the text, resolved against the article date."""
from datetime import date

import pytest

from kg.extract.dates import date_line, find_dates, reference_year, resolve

ARTICLE = date(2020, 8, 8)


def _resolved(sentence: str, article: date | None = ARTICLE) -> list[date | None]:
    return [resolve(d, article, sentence) for d in find_dates(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    ("Sáng 18/10, Huyện ủy tổ chức hội nghị.", date(2019, 10, 18)),   # after the article date
    ("Sáng 6/8, Huyện ủy tổ chức hội nghị.", date(2020, 8, 6)),       # before it
    ("Sáng 8/8, Huyện ủy tổ chức hội nghị.", date(2020, 8, 8)),       # the same day
    ("Chiều 9/8, Huyện ủy tổ chức hội nghị.", date(2019, 8, 9)),      # the day after
])
def test_year_inferred_from_article_date(sentence, expected):
    assert _resolved(sentence) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("Ngày 8/6/2017, hội nghị diễn ra.", date(2017, 6, 8)),
    # dates written with dots ('12.6.2017'); a dot inside a number is no date ('12.500')
    ("Ngày 12.6.2017, hội nghị diễn ra với 12.500 người.", date(2017, 6, 12)),
    ("Trong các ngày 20-28/1/2016, đại hội diễn ra.", date(2016, 1, 20)),
    # a run of days with the month and year written with dashes: the first day
    ("Hội thảo tổ chức trong hai ngày 29 và 30-3-1990.", date(1990, 3, 29)),
    ("Ngày 8 tháng 8 năm 2020, hội nghị diễn ra.", date(2020, 8, 8)),
    ("Ngày 18 tháng 10 năm 2015, hội nghị diễn ra.", date(2015, 10, 18)),
])
def test_explicit_year(sentence, expected):
    assert _resolved(sentence) == [expected]


@pytest.mark.parametrize("sentence", [
    "Trong cuộc họp sáng qua (7/8), Huyện ủy yêu cầu báo cáo.",
    "Hôm qua (7-8), Huyện ủy tổ chức hội nghị.",
    "Tối qua 7/8, Huyện ủy tổ chức hội nghị.",
    "Huyện ủy tổ chức hội nghị vào chiều qua, 7.8."])
def test_the_day_written_after_yesterday(sentence):
    assert _resolved(sentence) == [date(2020, 8, 7)]


def test_today():
    assert _resolved("Sáng nay, hội nghị khai mạc.") == [ARTICLE]


def test_no_article_date_and_no_year_is_unknown():
    assert _resolved("Sáng 18/10, Huyện ủy tổ chức hội nghị.", None) == [None]


@pytest.mark.parametrize("sentence", [
    "Huyện đạt 9/9 nhóm chỉ tiêu.",
    "Có 12/15 xã đạt chuẩn nông thôn mới.",
])
def test_fraction_is_not_a_date(sentence):
    assert find_dates(sentence) == []


@pytest.mark.parametrize("text, expected", [
    ("Thứ Bảy, ngày 8 tháng 8 năm 2020\nSáng 6/8, Huyện ủy tổ chức hội nghị.", date(2020, 8, 8)),
    ("Chủ nhật, ngày 9 tháng 8 năm 2020\n", date(2020, 8, 9)),
    ("Sáng 6/8, Huyện ủy tổ chức hội nghị.", None),
])
def test_date_line(text, expected):
    assert date_line(text) == expected


def test_a_span_of_two_full_dates_is_not_an_event_day():
    from kg.extract.dates import find_dates

    text = "kỷ niệm 92 năm Ngày Báo chí (21/6/1925 - 21/6/2017), tối 21/6, Hội tổ chức lễ trao giải"
    assert [(d.day, d.month, d.year) for d in find_dates(text)] == [(21, 6, None)]


@pytest.mark.parametrize("text, year", [
    ("Trong năm 2017, tỉnh sẽ làm tốt việc này.", 2017),
    # a date bounding a rule's effect is not when the article speaks
    ("Nợ xấu phát sinh trước ngày 15/8/2019 được xử lý. Năm 2017 tỉnh làm tốt.", 2017),
    # a year in a bracketed aside dates another event
    ("Đại hội XII (đầu năm 2016) đã bầu ông. Năm 2014 ông làm Bí thư.", 2014),
    # the end of a range of dates counts
    ("Lễ kỷ niệm 70 năm (20/5/1947-20/5/2017) diễn ra.", 2017),
    # a day remembered over the years between is no life story
    ("Lễ kỷ niệm 70 năm (20/5/1947-20/5/2017) diễn ra. Ông ôn lại ngày 20/5/1947; năm 1953 Bác "
     "về đây; năm 2012 khu di tích được xếp hạng; năm 2016 có triển lãm ảnh.", 2017),
    # a year the text looks ahead to is not when it speaks
    ("Năm 2017 tỉnh khởi công dự án, dự kiến hoàn thành vào năm 2019.", 2017),
    ("Trong năm 2017 tỉnh làm đường; công viên có thể phải lùi sang năm 2020.", 2017),
    ("Ngày 8-2 tỉnh khởi công để dự án hoàn thành ngay trong năm 2020.", None),
    # a year a work is due ('… năm 2020 sẽ xong')
    ("Năm 2017 sân bay mở rộng; nhà ga năm 2020 mới xong.", 2017),
    ("Năm 2017 sân bay mở rộng; nhà ga thì năm 2020 sẽ hoàn thành.", 2017),
    # a goal's date, however far the goal is told from it; not a goal met
    ("Năm 2017 tỉnh phấn đấu xây dựng thành phố trở thành đô thị loại I vào năm 2022.", 2017),
    ("Thu ngân sách tháng 1.2017 tăng; không chạy theo chỉ tiêu có 500.000 doanh nghiệp vào năm "
     "2020.", 2017),
    ("Năm 2014 xã hoàn thành các tiêu chí và được tỉnh công nhận đạt chuẩn vào cuối năm 2016.",
     2016),
    # a life story writes many years: its last is where the story ends, not 'now'
    # a year in a name counts ('toàn quốc 2017'); not a count ('2017 hộ'), not a range's start
    ("Tối 14/6 diễn ra lễ tôn vinh Người hiến máu tiêu biểu toàn quốc 2019.", 2019),
    ("Xã có 2019 hộ dân; nhiệm kỳ 2015 - 2020 và 2010 - 2015 đã qua.", None),
    # a name's year ahead of every year written otherwise is a target
    ("Năm 2019 tỉnh thực hiện Chương trình nghị sự 2030.", 2019),
    # a biography's steps, a founding, a comparison, a decade are no 'now'
    ("Ông sinh năm 1970, vào Đảng năm 1992, tốt nghiệp năm 1994.", None),
    ("Trường thành lập ngày 16/1/1962, nay tuyển sinh 2019.", 2019),
    ("Lượng khách tăng so với năm 2018; lễ hội phục dựng từ những năm 1990.", None),
    # 'đến tháng 5/2019.' ends a target in its own sentence, not the next one's year
    ("Kế hoạch đến tháng 5/2019. Năm 2014 ông làm Giám đốc.", 2014),
    ("Năm 1990 ông về tỉnh, năm 1998 làm Phó Giám đốc, năm 2004 làm Giám đốc, năm 2010 "
     "làm Phó Chủ tịch, năm 2015 làm Chủ tịch.", None),
    # a year under review, each year of a list, the end of a period gone by are no 'now'
    ("Trung ương thảo luận kết quả kiểm điểm sự lãnh đạo, chỉ đạo của Bộ Chính trị, Ban Bí thư "
     "năm 2018.", None),
    ("Bí thư làm việc về tình hình kinh tế - văn hóa - xã hội trong năm 2018.", None),
    ("Khách giảm so với Tết 2018; Sở được tặng Cờ đơn vị xuất sắc trong phong trào thi đua năm "
     "2018.", None),
    ("Bằng khen các năm 2011, 2012 và 2018; ông sai phạm từ năm 2011 đến cuối năm 2018.", None),
    # a year in an aside, a year still to come; a sentence's end ends a target's reach
    ("Đại lộ mang tên Hồ Chí Minh (được đặt tên năm 1987) ở thành phố Ulyanovsk.", None),
    ("Liên hoan Phát thanh toàn quốc năm 2020 tại Nghệ An sắp tới. Năm 2019 tỉnh tăng trưởng.",
     2019),
    # a document's date is when it was signed
    ("Trung tâm thành lập theo Quyết định số 32 ngày 11/4/2007; công văn số 76/TTCP-C.I ngày "
     "19/4/2016 đề nghị.", None),
    # (but months under review are the year's own, and a year ahead is no longer under review)
    ("Họp báo về tình hình kinh tế - xã hội tháng 5 và 5 tháng đầu năm 2019.", 2019),
    ("Họp về tình hình kinh tế - xã hội và thu chi ngân sách tháng 5-2019.", 2019),
    ("Bộ quán triệt khẩu hiệu công tác thi đua năm 2019.", 2019),
    ("Bí thư làm việc về tình hình năm 2018, phương hướng nhiệm vụ năm 2019.", 2019),
    # a law is named by the year it was passed: its year is no 'now' (nor a life story's)
    ("Theo Luật Đất đai năm 2003 và 2013, tháng 9/2016 Sở đã trình; cuối năm 2014 và cuối năm "
     "2013 quận thu hồi; đầu năm 2019 Chủ tịch giao Sở.", 2019),
    # the tasks of a year carried out are under review ('phương hướng, nhiệm vụ' of one ahead)
    ("Tỉnh báo cáo kết quả và tình hình thực hiện nhiệm vụ năm 2018; phấn đấu đến năm 2020 đạt "
     "chuẩn.", None),
    # an anniversary's day ahead, however long its name
    ("Giải báo chí năm 2019 hướng tới kỷ niệm 90 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam "
     "(18-11-2020).", 2019),
    # a rule's date compared with another is no 'now'
    ("Tỉnh kiến nghị áp dụng mức thuế sớm hơn thời điểm 1/1/2020. Năm 2019 tỉnh tăng trưởng.",
     2019),
    # a round year far ahead of the others, never with a day, is a target however led to
    ("Năm 2017 Hà Nội trình đề án. Việc cấm xe máy tại nội thành vào năm 2030 là quá nóng vội.",
     2017),
    ("Năm 2017 Hà Nội trình đề án; ngày 1/7/2030 thành phố cấm xe máy.", 2030),
    # so are several such years together
    ("Năm 2016 ngành tôm xuất khẩu 3 tỉ USD. Ngành muốn đạt 10 tỉ USD vào năm 2025 và 20 tỉ USD "
     "vào năm 2030.", 2016),
    # a figure to reach by a year
    ("Năm 2016 tập đoàn xuất khẩu 1 tỉ USD; nếu tập đoàn đạt 2 tỉ USD vào năm 2021 thì tỉnh "
     "đạt 4 tỉ USD.", 2016),
    # a quota's year
    ("Năm 2016 ngành tôm xuất khẩu 3 tỉ USD, còn chỉ tiêu xuất khẩu 10 tỉ USD năm 2019.", 2016),
    # a round year the text also gives as a horizon is a target, even the only year
    ("Đề án giai đoạn 2017-2020 tầm nhìn 2030 được bàn. Thành phố cấm xe máy tại nội thành vào "
     "năm 2030.", None),
    # the year a plan is for, when the text writes another
    ("Quốc hội bế mạc vào ngày 21/6/2019; thông qua Nghị quyết về Chương trình xây dựng luật, "
     "pháp lệnh năm 2020 và Chương trình hoạt động giám sát của Quốc hội năm 2020.", 2019),
    # … and the one the text writes alone may be this year's
    ("Một số tồn tại chậm được khắc phục như Chương trình xây dựng luật, pháp lệnh năm 2019.",
     2019),
    # the end of a tenure by month: the text speaks after it (not in the year of a memory)
    ("Lần thứ nhất là khi ông ra quân năm 1983. Ông B làm Bí thư Thành ủy từ 2/2016-5/2019.",
     2019),
    ("Ông B làm Bí thư từ tháng 2/2016 - tháng 5/2019.", 2019),
    # (a show named with its year is no plan)
    ("Một tiết mục tại Chương trình “Vinh quang Việt Nam năm 2019”; hộ nghèo còn 4,45% năm 2018.",
     2019),
    # a year below one the text says has begun ('từ … đến nay', a congress's term) is looked
    # back to: the text speaks in some year it does not write
    ("Những năm 1970 mỗi phụ nữ sinh 6 con, từ sau năm 1980 thì 3 con. Từ năm 2005 đến nay "
     "mỗi phụ nữ có 2 con.", None),
    ("Sáng 13.6, Ban Chấp hành họp bàn việc tổ chức Đại hội nhiệm kỳ 2016-2021. Cuốn sách của "
     "ông xuất bản năm 2014.", None),
    ("Từ năm 2005 đến nay mỗi phụ nữ có 2 con; năm 2017 tỉnh giảm sinh.", 2017),
    # an edition's year ('lần thứ VI-2017'), not a quarter's a plan is due in
    ("Tối 14-6 đã bế mạc Festival Di sản Sen Vàng lần thứ VI-2017.", 2017),
    ("Dự án hoàn thành vào quý III-2021.", None),
    # (a term a country stands for is years ahead: it bounds nothing)
    ("Việt Nam ứng cử Ủy viên Hội đồng Bảo an nhiệm kỳ 2020 - 2021; hai nước hợp tác trong năm "
     "2017.", 2017),
])
def test_the_year_an_undated_article_speaks_in(text, year):
    hint = reference_year(text)
    assert (hint.year if hint else None) == year


def test_a_day_and_month_with_a_dot_after_a_cue():
    assert _resolved("Sáng 13.6, hội nghị diễn ra.") == [date(2020, 6, 13)]
    assert find_dates("Tỷ lệ đạt 12.5 phần trăm.") == []


@pytest.mark.parametrize("text, day", [
    # a school year: its days to May are in its second year, from June on in its first
    ("Sáng 30/5, lễ tuyên dương học sinh giỏi năm học 2018-2019.", date(2019, 5, 30)),
    ("Sáng 5/9, lễ khai giảng năm học 2018-2019.", date(2018, 9, 5)),
    ("Chiều 20/6, trường công bố chỉ tiêu tuyển sinh năm học 2018-2019.", date(2018, 6, 20)),
    # 'tháng 7-2019', 'tháng 7.2019' are month and year
    ("Chiều 10/7, Bộ làm việc với tỉnh. Đầu tháng 7-2019, cầu được thông xe.", date(2019, 7, 10)),
    # news in February that looks back to December writes the next year's days
    ("Sáng 6/2, Sở họp. Vụ việc xảy ra hồi cuối tháng 12/2018.", date(2019, 2, 6)),
    ("Sáng 6/10, Sở họp. Vụ việc xảy ra hồi tháng 9/2018.", date(2018, 10, 6)),
    # a month the text tells as gone by ('Trước đó, tháng 10.2018') is before any day it reports
    ("Sáng 22/5, UBND tổ chức lễ. Trước đó, tháng 10.2018, UBND đã đặt tên đường.",
     date(2019, 5, 22)),
    ("Sáng 22/5, UBND tổ chức lễ. Tháng 10.2018, UBND đặt tên đường.", date(2018, 5, 22)),
    # 'đến hết năm' is a target; 'tính đến hết năm', 'đến hết tháng' say as of when
    ("Sáng 22/5, Sở họp. Năm 2018 làm đường, đến hết năm 2020 sẽ xong.", date(2018, 5, 22)),
    ("Sáng 22/5, Sở họp. Tính đến hết năm 2018, tỉnh có 5 dự án.", date(2018, 5, 22)),
    ("Sáng 22/5, Sở họp. Đến hết tháng 4/2019, tỉnh có 12 tàu.", date(2019, 5, 22)),
    ("Sáng 22/5, Sở họp. Năm 2018 làm, sớm nhất cũng phải đầu năm 2021 mới xong.",
     date(2018, 5, 22)),
    # a day to finish by, an anniversary's day are no 'now'
    ("Sáng 19/5, Sở họp. Năm 2018 khởi công, hoàn thành vào ngày 30/4/2019.", date(2018, 5, 19)),
    ("Sáng 19/5, Sở họp về giải năm 2018, trao nhân kỷ niệm 90 năm Ngày thành lập Đảng "
     "(3/2/2020).", date(2018, 5, 19)),
    # the latest a target allows is no 'now'
    ("Sáng 22/5, Bộ họp. Năm 2018 Bộ thoái vốn, chậm nhất năm 2020 phải xong.",
     date(2018, 5, 22)),
    # a time gone by that runs to 'now' bounds it: the day before that month is the next year's
    ("Chiều 12-5, ông A tiếp xúc cử tri. Từ tháng 11-2018, Bộ đã triển khai; trong đợt giám "
     "sát tháng 9-2018, đoàn kiến nghị.", date(2019, 5, 12)),
    # (but not a 'since' still to come)
    ("Sáng 6/2, Sở họp. Quy định mới từ tháng 3/2019 sẽ áp dụng; tháng 1/2019 Sở đã họp.",
     date(2019, 2, 6)),
    # a deadline someone is set is close ahead of 'now' (a rule's bound is not: 'nợ xấu phát
    # sinh trước ngày …'), and its month bounds nothing
    ("Chiều 9/5, UBND tỉnh họp. Năm 2015, tỉnh có 500 ha; Sở cam kết thống nhất số liệu trước "
     "ngày 20/5/2019.", date(2019, 5, 9)),
    ("Chiều 3/4, UBND tỉnh họp. Năm 2015, tỉnh có 500 ha; Chủ tịch yêu cầu các huyện báo cáo "
     "trước ngày 20/5/2019.", date(2019, 4, 3)),
])
def test_a_day_takes_the_year_an_undated_text_speaks_in(text, day):
    hint = reference_year(text)
    first = find_dates(text)[0]
    assert resolve(first, None, "", hint) == day


def test_a_sentence_names_its_year_but_not_its_target():
    text = "Chiều 26-5, Bí thư làm việc với Công an về phương hướng từ nay đến năm 2025."
    assert resolve(find_dates(text)[0], None, text) is None
    text = "Chiều 26-5-2019, Bí thư làm việc; năm 2019 là năm bản lề."
    assert resolve(find_dates(text)[0], None, text) == date(2019, 5, 26)


def test_a_year_under_review_in_the_sentence_gives_way_to_the_year_the_text_speaks_in():
    text = ("Chiều 10/2, Bí thư làm việc với Thành đoàn về tình hình năm 2018, phương hướng "
            "năm 2019.")
    sentence = "Chiều 10/2, Bí thư làm việc với Thành đoàn về tình hình năm 2018."
    assert resolve(find_dates(sentence)[0], None, sentence, reference_year(text)) == \
        date(2019, 2, 10)


def test_a_year_far_ahead_in_the_sentence_gives_way_to_the_year_the_text_speaks_in():
    text = ("Năm 2016 có nhiều xe. Ngày 16/6, tại hội nghị về quản lý phương tiện giao thông "
            "vào năm 2030, nhiều chuyên gia phát biểu.")
    sentence = text.split(". ", 1)[1]
    assert resolve(find_dates(sentence)[0], None, sentence, reference_year(text)) == \
        date(2016, 6, 16)


def test_a_round_year_things_are_to_happen_in_dates_nothing_in_a_text_without_a_year():
    # every year the text writes is a target: the day stays undated (GUIDELINES §4)
    text = ("Thành phố đưa ra lộ trình đến năm 2030 cấm xe máy. Ngày 16/6, tại hội nghị về quản "
            "lý phương tiện giao thông vào năm 2030, nhiều chuyên gia phát biểu.")
    sentence = text.split(". ", 1)[1]
    assert reference_year(text) is None
    assert resolve(find_dates(sentence)[0], None, sentence, None) is None


def test_the_year_a_figure_is_compared_with_dates_no_gathering(run):
    text = ("Tại kỳ họp HĐND tỉnh Nghệ An ngày 5/7, ông Trần Văn Bình cho biết số vụ cháy giảm 12 vụ "
            "so với cùng kỳ năm 2016.")
    assert [(e.kind, e.date) for e in run(text, day=None).events] == [("session", None)]


def test_a_quarter_s_year_is_the_year_an_undated_story_speaks_in():
    text = "Sáng 23/6, thành phố tổ chức hội nghị giao ban với các quận, huyện quý II/2017."
    hint = reference_year(text)
    assert hint is not None and hint.year == 2017
