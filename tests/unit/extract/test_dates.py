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
    # a year the text looks ahead to is not when it speaks
    ("Năm 2017 tỉnh khởi công dự án, dự kiến hoàn thành vào năm 2019.", 2017),
    ("Trong năm 2017 tỉnh làm đường; công viên có thể phải lùi sang năm 2020.", 2017),
    # a life story writes many years: its last is where the story ends, not 'now'
    ("Năm 1990 ông về tỉnh, năm 1998 làm Phó Giám đốc, năm 2004 làm Giám đốc, năm 2010 "
     "làm Phó Chủ tịch, năm 2015 làm Chủ tịch.", None),
])
def test_the_year_an_undated_article_speaks_in(text, year):
    assert reference_year(text) == year


def test_a_day_and_month_with_a_dot_after_a_cue():
    assert _resolved("Sáng 13.6, hội nghị diễn ra.") == [date(2020, 6, 13)]
    assert find_dates("Tỷ lệ đạt 12.5 phần trăm.") == []
