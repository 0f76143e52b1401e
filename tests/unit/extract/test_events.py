"""GUIDELINES §4: events, their kind, date, organiser, chair and participants."""
from datetime import date

import pytest

BINH = "Trần Văn Bình"
HOA = "Lê Thị Hoa"
NGHI_LOC = "Huyện ủy Nghi Lộc"
OPENING = "Sáng 18/10, Huyện ủy Nghi Lộc tổ chức hội nghị tổng kết công tác năm."


def test_dated_conference_with_organizer(run, events):
    assert events(run(OPENING)) == [("conference", date(2019, 10, 18), (NGHI_LOC,), ())]


def test_chair(run, events):
    facts = run(f"{OPENING} Bí thư Huyện ủy {BINH} chủ trì hội nghị.")
    assert events(facts) == [("conference", date(2019, 10, 18), (NGHI_LOC,), (BINH,))]


def test_chair_in_a_sentence_without_the_event_word(run, events):
    facts = run(f"{OPENING} Bí thư Huyện ủy {BINH} chủ trì.")
    assert events(facts) == [("conference", date(2019, 10, 18), (NGHI_LOC,), (BINH,))]


def test_speaker(run):
    facts = run(f"{OPENING} Phát biểu tại hội nghị, Phó Bí thư Huyện ủy {HOA} nhấn mạnh "
                "vai trò của cơ sở.")
    assert [(e.kind, e.speakers) for e in facts.events] == [("conference", (HOA,))]


@pytest.mark.parametrize("text", [
    f"{OPENING} Phó Bí thư Huyện ủy {HOA} dự hội nghị.",
    f"Sáng 18/10, Phó Bí thư Huyện ủy {HOA} dự hội nghị do Huyện ủy Nghi Lộc tổ chức.",
])
def test_attendee(run, text):
    facts = run(text)
    assert [(e.kind, e.attendees) for e in facts.events] == [("conference", (HOA,))]


def test_second_mention_is_the_same_event(run, events):
    facts = run(f"{OPENING} Bí thư Huyện ủy {BINH} chủ trì hội nghị. Tại hội nghị, các đại biểu "
                "thảo luận sôi nổi. Hội nghị đã thông qua nghị quyết.")
    assert events(facts) == [("conference", date(2019, 10, 18), (NGHI_LOC,), (BINH,))]


def test_no_article_date_and_no_year_gives_no_date(run, events):
    assert events(run(OPENING, day=None)) == [("conference", None, (NGHI_LOC,), ())]


def test_date_line_gives_the_article_date(run, events):
    facts = run(f"Thứ Bảy, ngày 8 tháng 8 năm 2020\n{OPENING}", day=None)
    assert facts.article.date == date(2020, 8, 8)
    assert events(facts) == [("conference", date(2019, 10, 18), (NGHI_LOC,), ())]


@pytest.mark.parametrize("text, kind", [
    ("Sáng 5/8, HĐND tỉnh Nghệ An tổ chức kỳ họp thứ 10.", "session"),
    ("Sáng 5/8, Ủy ban Thường vụ Quốc hội tiến hành phiên họp thứ 48.", "session"),
    ("Chiều 5/8, Đoàn ĐBQH tỉnh Nghệ An tiếp xúc cử tri huyện Nghi Lộc.", "voter_meeting"),
    ("Sáng 5/8, UBND tỉnh Nghệ An tổ chức lễ khai mạc Tuần Văn hóa.", "ceremony"),
    ("Sáng 5/8, Sở Xây dựng tỉnh Nghệ An tổ chức hội thảo về quy hoạch đô thị.", "seminar"),
    ("Sáng 5/8, Sở Xây dựng tỉnh Nghệ An tổ chức tọa đàm về nhà ở xã hội.", "seminar"),
    ("Sáng 5/8, Đảng bộ huyện Nghi Lộc tổ chức đại hội đại biểu lần thứ XXV.", "congress"),
    ("Chiều 5/8, Ban Thường vụ Tỉnh ủy Nghệ An có buổi làm việc với Huyện ủy Nghi Lộc.",
     "working_session"),
    ("Chiều 5/8, UBND tỉnh Nghệ An tổ chức cuộc họp về phòng chống dịch.", "meeting"),
])
def test_event_kind(run, text, kind):
    assert [(e.kind, e.date) for e in run(text).events] == [(kind, date(2020, 8, 5))]


@pytest.mark.parametrize("text", [
    "Các đại biểu thảo luận việc thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX.",
    "Huyện ủy Nghi Lộc tập trung chuẩn bị Đại hội Đảng bộ huyện.",
    "Các chi bộ tiến tới Đại hội Đảng bộ huyện Nghi Lộc lần thứ XXV.",
    # what something is built for
    "Ngày 9/2, tỉnh Nghệ An đã xây sân vận động để tổ chức Đại hội Thể dục thể thao toàn quốc.",
    # a rite for the dead ('lễ giỗ'), as 'lễ cúng'
    "Ngày 9/2, ông Trần Văn Bình đi Hưng Yên tham dự lễ giỗ danh y Hải Thượng Lãn Ông.",
    "Sáng 9/2, tại đền Đông Cuông, ban tổ chức lễ hội tiến hành lễ tế theo phong tục.",
    # a kind of gathering held at every level
    "Ngày 9/2, Tổng Liên đoàn ban hành hướng dẫn phương thức tổ chức đại hội Công đoàn các cấp.",
    # work with persons on the same day, no gathering ('làm việc với' needs a day of its own)
    "Sáng 14/5, đoàn kiểm tra mỏ đá. Cùng ngày, Phòng Giáo dục huyện Nghi Lộc làm việc với các "
    "cá nhân liên quan.",
])
def test_reference_to_an_event_is_not_an_event(run, text):
    assert run(text).events == ()


def test_two_dated_events_of_one_kind_are_two_events(run, events):
    facts = run("Sáng 3/8, Huyện ủy Nghi Lộc tổ chức hội nghị sơ kết. "
                "Sáng 5/8, Huyện ủy Nghi Lộc tổ chức hội nghị chuyên đề.")
    assert events(facts) == [("conference", date(2020, 8, 3), (NGHI_LOC,), ()),
                             ("conference", date(2020, 8, 5), (NGHI_LOC,), ())]


def test_meeting_of_a_committee_is_organised_by_it(run, events):
    facts = run("Sáng 6/8, Hội nghị Ban Chấp hành Đảng bộ tỉnh Nghệ An lần thứ 5 khai mạc.")
    assert events(facts) == [("conference", date(2020, 8, 6), ("Tỉnh ủy Nghệ An",), ())]


def test_organiser_named_after_the_event(run, events):
    facts = run("Sáng 6/8, kỳ họp thứ 10 HĐND tỉnh Nghệ An khai mạc.")
    assert events(facts) == [("session", date(2020, 8, 6),
                              ("Hội đồng nhân dân tỉnh Nghệ An",), ())]


def test_organiser_that_opens_its_own_session(run, events):
    facts = run("Sáng 6/8, HĐND tỉnh Nghệ An khai mạc kỳ họp thứ 10.")
    assert events(facts) == [("session", date(2020, 8, 6),
                              ("Hội đồng nhân dân tỉnh Nghệ An",), ())]


@pytest.mark.parametrize("text", [
    f"Đại hội Đảng lần thứ XII đầu năm 2016, ông {BINH} tái đắc cử Ủy viên Bộ Chính trị.",
    f"Tại Đại hội đại biểu toàn quốc lần thứ XII của Đảng diễn ra trong các ngày 20-28/1/2016, "
    f"ông {BINH} tái đắc cử Ủy viên Bộ Chính trị.",
])
def test_the_party_congress_is_organised_by_the_party(run, events, text):
    [(kind, _, organizers, _)] = events(run(text))
    assert (kind, organizers) == ("congress", ("Đảng Cộng sản Việt Nam",))


def test_a_congress_of_party_members_is_not_the_party_congress(run, events):
    [(kind, _, organizers, _)] = events(run(
        f"Đại hội Đảng viên chi bộ khu phố 3 diễn ra sáng 5/4. Ông {BINH} phát biểu."))
    assert (kind, organizers) == ("congress", ())


def test_the_front_congress_is_organised_by_the_front(run, events):
    [(kind, day, organizers, _)] = events(run(
        "Tại Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ VIII diễn ra trong "
        f"các ngày 25, 26 và 27/9/2014, ông {BINH} được cử giữ chức Chủ tịch."))
    assert (kind, day, organizers) == ("congress", date(2014, 9, 25),
                                       ("Mặt trận Tổ quốc Việt Nam",))


def test_undated_article_gives_a_day_the_year_its_text_speaks_in(run, events):
    text = ("Theo kế hoạch năm 2017, chiều 3/7, Bộ Tư pháp tổ chức hội nghị tổng kết. "
            f"Ông {BINH} sinh ngày 1/1/1960, mục tiêu đến năm 2020.")
    assert events(run(text, day=None)) == [("conference", date(2017, 7, 3), ("Bộ Tư pháp",), ())]


def test_undated_article_dates_today_by_the_day_written_next_to_it(run, events):
    text = "Sáng nay (3/7), Bộ Tư pháp tổ chức hội nghị tổng kết công tác năm 2019."
    assert events(run(text, day=None)) == [("conference", date(2019, 7, 3), ("Bộ Tư pháp",), ())]


def test_a_gathering_named_after_the_lead_takes_the_lead_day(run, events):
    text = (f"Ngày 6/2, ông {BINH}, Chủ tịch UBND tỉnh Nghệ An, trao giấy chứng nhận đầu tư "
            "năm 2019 cho 8 doanh nghiệp. Tại buổi lễ, các doanh nghiệp cam kết giải ngân sớm.")
    assert [(k, d) for k, d, *_ in events(run(text, day=None))] == [("ceremony", date(2019, 2, 6))]


def test_a_gathering_its_guests_came_to_takes_the_lead_day(run, events):
    text = ("Tối 8/6, tại Hà Nội, Ban tổ chức đã trao 1 giải Nhất, 2 giải Nhì cho các tác giả "
            f"năm 2019. Đồng chí {BINH}, Trưởng ban Tuyên giáo Trung ương đã tới dự buổi lễ.")
    assert [(k, d) for k, d, *_ in events(run(text, day=None))] == [("ceremony", date(2019, 6, 8))]


def test_a_lead_day_with_its_own_year_is_no_lead(run, events):
    text = ("Trường được thành lập ngày 15/4/1996, năm 2019 đã có 3.000 sinh viên. "
            "Tại buổi lễ, nhà trường trao học bổng.")
    assert [(k, d) for k, d, *_ in events(run(text, day=None))] == [("ceremony", None)]


def test_undated_article_with_no_year_leaves_the_day_unknown(run, events):
    text = "Chiều 3/7, Bộ Tư pháp tổ chức hội nghị tổng kết."
    assert events(run(text, day=None)) == [("conference", None, ("Bộ Tư pháp",), ())]


def test_announcing_a_decision_and_its_conference_are_one_gathering(run, events):
    text = ("Chiều 3/7, tại Hà Nội, Bộ Tư pháp đã công bố quyết định bổ nhiệm ông "
            f"{BINH}. Phát biểu tại Hội nghị công bố quyết định, Thứ trưởng Bộ Tư pháp Lê Văn "
            "An chúc mừng ông Bình.")
    assert events(run(text)) == [("conference", date(2020, 7, 3), ("Bộ Tư pháp",), ())]


def test_the_body_whose_gathering_the_verb_is_organises_it(run, events):
    facts = run("Sáng 18/10, tại Hà Nội, Ủy ban Kiểm tra Trung ương họp kỳ thứ 12. Sáng "
                "19/10, Đoàn ĐBQH tỉnh Quảng Trị tiếp xúc cử tri huyện Gio Linh.")
    assert events(facts) == [
        ("meeting", date(2019, 10, 18), ("Ủy ban Kiểm tra Trung ương",), ()),
        ("voter_meeting", date(2019, 10, 19), ("Đoàn đại biểu Quốc hội tỉnh Quảng Trị",), ())]


def test_a_press_conference_a_body_holds_is_its_meeting(run, events):
    facts = run("Ngày 18/10, UBND tỉnh Quảng Trị tổ chức họp báo về tình hình kinh tế.")
    assert events(facts) == [("meeting", date(2019, 10, 18), ("Ủy ban nhân dân tỉnh Quảng Trị",),
                              ())]


def test_a_places_gathering_is_organised_by_its_peoples_committee(run, events):
    facts = run("Chiều 31/5, tại cuộc họp báo của tỉnh Quảng Nam, ông Trần Văn Bình cho biết.")
    assert events(facts) == [("meeting", date(2020, 5, 31), ("Ủy ban nhân dân tỉnh Quảng Nam",),
                              ())]


@pytest.mark.parametrize("text, organisers", [
    # a place that opens the clause and holds the gathering: its People's Committee
    ("Sáng 22/5, huyện Nghi Lộc tổ chức lễ khánh thành cầu Hưng Hòa.",
     ("Ủy ban nhân dân huyện Nghi Lộc",)),
    ("Sáng 22/5, tỉnh Quảng Trị đã tổ chức lễ tuyên dương học sinh giỏi.",
     ("Ủy ban nhân dân tỉnh Quảng Trị",)),
    # not where it is held, nor the higher place of an organiser we do not know
    ("Sáng 22/5, tại Trung tâm Hội nghị tỉnh, thành phố Quy Nhơn đã khai mạc hội nghị khoa học.",
     ()),
    ("Sáng 22/5, Giáo hội Phật giáo quận 3, Thành phố Hồ Chí Minh tổ chức lễ tưởng niệm.", ()),
])
def test_a_place_that_holds_a_gathering_holds_it_by_its_peoples_committee(run, events, text,
                                                                           organisers):
    assert [e[2] for e in events(run(text))] == [organisers]


@pytest.mark.parametrize("after", [", Thành phố Hồ Chí Minh", " (Thành phố Hồ Chí Minh)"])
def test_an_organiser_with_its_higher_place_after_it(run, events, after):
    text = f"Chiều 14/6, UBND quận 1{after} đã tổ chức hội nghị sơ kết công tác trật tự đô thị."
    assert [e[2] for e in events(run(text))] == [("Ủy ban nhân dân Quận 1",)]


def test_a_photo_credit_run_into_the_next_sentence_names_no_body(run, events):
    text = ("Ông Trần Văn Bình phát biểu. Ảnh: Trường Phong Sáng 23/6, Sở Y tế Hà Nội tổ chức "
            "hội nghị giao ban.")
    assert [e[2] for e in events(run(text))] == [("Sở Y tế thành phố Hà Nội",)]


def test_a_gathering_still_to_come_is_no_event(run, events):
    text = ("Đà Nẵng đang đợi Bộ Tư pháp phối hợp tổ chức một số hội thảo. Quốc hội sẽ họp phiên "
            "bế mạc vào ngày 21/6/2017. Tỉnh dừng bắn pháo hoa vào dịp lễ 30/4 và 1/5. Lễ khai "
            "mạc Năm Du lịch Quốc gia sẽ chính thức diễn ra vào ngày 11/2.")
    assert events(run(text)) == []


def test_a_body_inside_a_participants_title_organises_nothing(run, events):
    text = (f"Sáng 6/6, Thủ tướng {BINH} đã có buổi làm việc với các doanh nghiệp. Cùng dự buổi "
            f"làm việc có Ủy viên Bộ Chính trị {HOA}.")
    assert events(run(text)) == [("working_session", date(2020, 6, 6), (), ())]


def test_preparing_for_a_session_is_no_event(run, events):
    text = "Các sở khẩn trương chuẩn bị nội dung trình tại kỳ họp thứ tư HĐND thành phố."
    assert events(run(text)) == []


def test_the_day_a_decision_takes_effect_dates_no_gathering(run, events):
    text = (f"Tổng công ty Sông Biếc vừa công bố quyết định bổ nhiệm ông {BINH} làm Tổng giám đốc "
            "kể từ ngày 12/6/2017.")
    assert events(run(text)) == []


def test_worship_holidays_and_names_are_no_ceremonies(run, events):
    text = ("Trưa 3/2, xe đi lễ đền Bia Bà. Chiều 7/7, anh Vi Văn Cường (xã Tri Lễ) chở vợ. Lễ "
            "trao thưởng cho đội bóng sẽ diễn ra trước trận đấu.")
    assert events(run(text)) == []


def test_a_conference_to_meet_voters_is_a_voter_meeting(run, events):
    facts = run(f"Tối 15/6, tại Hội nghị tiếp xúc cử tri phường 5, ông {BINH} phát biểu.")
    assert [e[0] for e in events(facts)] == ["voter_meeting"]


def test_a_person_named_like_a_school_is_no_organiser(run, events):
    facts = run(f"Chiều 18/6, Đại tướng {BINH} chủ trì Lễ đón Thượng tướng Lý Trường Khanh.")
    assert events(facts) == [("ceremony", date(2020, 6, 18), (), (BINH,))]


def test_guests_are_no_organisers(run, events):
    facts = run("Sáng 10/6, Bộ Y tế tổ chức lễ kỷ niệm. Tham dự buổi lễ còn có Bộ trưởng Bộ Tài "
                "chính Lê Văn An.")
    assert [e[2] for e in events(facts)] == [("Bộ Y tế",)]


def test_the_verb_hop_gives_way_to_the_session_it_names(run, events):
    text = "Sáng 3/7, Chính phủ họp trực tuyến phiên họp thường kỳ tháng 6."
    assert events(run(text)) == [("session", date(2020, 7, 3), ("Chính phủ",), ())]


def test_the_body_named_after_a_sessions_ordinal_organises_it(run, events):
    text = ("Ngày 5-9-2013, tại Hội nghị lần thứ sáu, Ủy ban T.Ư MTTQ Việt Nam hiệp thương cử "
            f"ông {BINH} giữ chức Chủ tịch.")
    assert events(run(text)) == [("conference", date(2013, 9, 5),
                                  ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",), ())]


def test_presenting_credentials_is_a_ceremony_and_a_country_heads_no_body(run, events):
    text = (f"Sáng 13/7, tại Phủ Chủ tịch, Đại sứ Vương quốc Tây Ban Nha Juan Lopez đã trình "
            f"Quốc thư lên Chủ tịch nước {BINH}.")
    assert events(run(text)) == [("ceremony", date(2020, 7, 13), (), ())]


def test_a_hall_named_for_conferences_is_no_conference(run, events):
    text = ("Sáng 8/7, tại Trung tâm Hội nghị tỉnh Phú Thọ, Công ty cổ phần Sông Biếc tổ chức "
            "lễ kỷ niệm 35 năm thành lập.")
    assert events(run(text)) == [("ceremony", date(2020, 7, 8), ("Công ty cổ phần Sông Biếc",), ())]


@pytest.mark.parametrize("text", [
    "Tại kỳ họp này, Quốc hội sẽ xem xét 13 dự án luật.",
    "Sáng 5/6, cuộc họp sẽ bàn về du lịch.",
    "Theo chương trình dự kiến, Quốc hội sẽ làm việc trong 22,5 ngày (không kể ngày nghỉ) và họp "
    "phiên bế mạc vào ngày 21/6.",
    "Từ ngày 30/4, tỉnh tạm dừng các hội nghị đông người chưa cần thiết.",
    "Sáng 5/2, hàng nghìn người dự lễ giải hạn ở chùa Phúc Khánh.",
    "Lễ khai Ấn năm 2020 sẽ bắt đầu từ lúc 5 giờ ngày 15 tháng Giêng âm lịch (ngày 8/2).",
    "Chủ tịch nước hoan nghênh ông A sang thăm Việt Nam và tham dự Hội nghị Cấp cao APEC 2020.",
    "Sắp tới, Chủ tịch nước Trần Văn Bình sẽ thăm tỉnh Nghệ An, dự Hội nghị xúc tiến đầu tư.",
    "Luật sư Trần Văn Bình tại buổi làm việc với PV Báo Lao Động.",
])
def test_no_event_planned_forbidden_of_worship_or_an_interview(run, events, text):
    assert events(run(text)) == []


@pytest.mark.parametrize("text", [
    "Chiều 27/6, tại buổi họp báo thường kỳ, Bộ Nội vụ trả lời báo chí.",
    "Chiều 27/6, hai Thủ tướng tiến hành gặp gỡ báo chí sau hội đàm.",
])
def test_a_press_conference_is_a_meeting(run, events, text):
    assert [e[:2] for e in events(run(text))] == [("meeting", date(2020, 6, 27))]


def test_do_x_to_chuc_after_the_gathering_names_its_organisers(run, events):
    text = ("Sáng 5/6, hội thảo về y tế do Bộ Y tế phối hợp với Tỉnh ủy Nghệ An tổ chức đã diễn "
            "ra. Chiều 6/6, cuộc họp báo do Hội đồng bầu cử quốc gia tổ chức cũng diễn ra.")
    assert [e[2] for e in events(run(text))] == [("Bộ Y tế", "Tỉnh ủy Nghệ An"),
                                                ("Hội đồng Bầu cử Quốc gia",)]


def test_morning_and_afternoon_of_one_day_are_two_gatherings(run, events):
    text = ("Chiều 3/7, tại Vũng Tàu, Bộ Y tế tổ chức hội nghị công bố quyết định bổ nhiệm ông A. "
            "Trước đó, sáng 3/7, tại Hải Phòng, Bộ Y tế tổ chức hội nghị công bố quyết định khác.")
    assert [e[:2] for e in events(run(text))] == [("conference", date(2020, 7, 3))] * 2


@pytest.mark.parametrize("text, kinds", [
    ("Ngày 5/6, làm việc với cơ quan Công an, ông Quận đã thừa nhận hành vi.", []),
    ("Ngày 5/6, đại hội bầu đại biểu đi dự Đại hội Công đoàn quận lần thứ IV.", ["congress"]),
    ("Ngày 5/6, Bộ trưởng làm việc với Tỉnh ủy Nghệ An.", ["working_session"]),
])
def test_questioning_and_a_congress_to_come_are_no_gatherings(run, events, text, kinds):
    assert [e[0] for e in events(run(text))] == kinds


def test_a_questioning_sitting_is_a_session(run, events):
    assert [e[:2] for e in events(run("Sáng 20/5, tại phiên chất vấn, Bộ trưởng trả lời."))] == [
        ("session", date(2020, 5, 20))]


@pytest.mark.parametrize("text, organisers", [
    ("Sáng 20/5, Quốc hội thảo luận dự án Luật Thủy lợi. Nhiều đại biểu góp ý.", ("Quốc hội",)),
    # (the assembly debating in groups is the one the article reports the session of)
    ("Sáng 20/5, Quốc hội (QH) thảo luận tại tổ về dự án Luật Thủy lợi.", ("Quốc hội",)),
    ("Sáng 20/5, việc lấn chiếm vỉa hè là chủ đề nóng tại buổi thảo luận hội trường kỳ họp "
     "thứ 5 HĐND TP.HCM khóa IX.", ("Hội đồng nhân dân Thành phố Hồ Chí Minh",)),
])
def test_an_assemblys_debate_is_a_sitting(run, events, text, organisers):
    # (not a seminar: 'Quốc hội thảo luận' holds no 'hội thảo'; a plenary debate 'hội trường'
    # is no hall's name)
    assert events(run(text)) == [("session", date(2020, 5, 20), organisers, ())]


def test_a_session_named_by_number_and_assembly_is_an_event(run, events):
    text = "Chủ tịch Quốc hội đã tóm tắt nội dung chính của Kỳ họp thứ 3, Quốc hội khóa XIV."
    assert events(run(text)) == [("session", None, ("Quốc hội",), ())]


def test_one_day_in_two_places_sections_is_two_gatherings(run, events):
    text = ("Hà Nội: Chiều 26/6, Thành ủy Hà Nội trao quyết định điều động ông A.\n"
            "TP.HCM: Ngày 26/6, UBND TP.HCM trao quyết định nghỉ hưu cho ông B.")
    assert [e[2] for e in events(run(text))] == [("Thành ủy Hà Nội",),
                                                ("Ủy ban nhân dân Thành phố Hồ Chí Minh",)]


@pytest.mark.parametrize("noun, kind", [("hội nghị", "conference"), ("cuộc họp", "meeting")])
def test_what_a_conference_is_for_is_no_second_gathering(run, events, noun, kind):
    text = f"Tại {noun} công bố quyết định của Bộ Chính trị sáng 9/5, ông Trần Văn Bình phát biểu."
    assert [e[:2] for e in events(run(text))] == [(kind, date(2020, 5, 9))]


@pytest.mark.parametrize("text, day", [
    # the first of the days a gathering lasts is its day
    ("Từ ngày 5-5 đến 10-5-2019, tại Hà Nội, Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng "
     "khóa XII đã họp.", date(2019, 5, 5)),
    # not the days of a gathering named just before (here still to come), nor a period of work
    ("Tại Nha Trang sẽ diễn ra Hội nghị quan chức cao cấp từ ngày 18-2 đến ngày 3-3, bao gồm "
     "80 cuộc họp lớn.", None),
    ("Từ 17/12/2018 đến 16/1/2019, trong vòng 1 tháng, Ban chỉ đạo đã làm việc với 9 dự án.",
     None),
])
def test_a_span_of_days_dates_the_gathering_by_its_first(run, events, text, day):
    assert [e[1] for e in events(run(text, day=None))] in ([day], [])
    if day is not None:
        assert [e[1] for e in events(run(text, day=None))] == [day]


def test_an_awards_gathering_organised_is_a_ceremony(run, events):
    text = ("Chiều 11/5, UBND quận Tây Hồ đã tổ chức biểu dương, khen thưởng các tập thể, cá nhân "
            "có thành tích.")
    assert events(run(text)) == [("ceremony", date(2020, 5, 11),
                                  ("Ủy ban nhân dân quận Tây Hồ",), ())]


@pytest.mark.parametrize("text, expected", [
    (f"Sáng 14/6, Bộ trưởng Bộ Y tế {BINH} tiếp tục trả lời chất vấn của các đại biểu Quốc hội. "
     "Ngay từ đầu phiên trả lời chất vấn, Bộ trưởng đã trả lời câu hỏi.",
     [("session", date(2020, 6, 14), ("Quốc hội",), ())]),   # the assembly's sitting
    ("Sáng 14/6, Bộ trưởng đã trả lời chất vấn bằng văn bản.", []),
    ("Sáng 14/6, các đại biểu bàn về chất vấn và trả lời chất vấn.", []),
])
def test_answering_questions_in_a_sitting_is_a_session(run, events, text, expected):
    assert events(run(text)) == expected


@pytest.mark.parametrize("joined, verb", [(" và ", "đã tổ chức"), (", ", "phối hợp tổ chức")])
def test_bodies_joined_before_the_verb_organise_together(run, events, joined, verb):
    text = f"Sáng 11/5, Công an tỉnh Hà Tĩnh{joined}UBND huyện Kỳ Anh {verb} hội nghị."
    assert events(run(text)) == [("conference", date(2020, 5, 11),
                                  ("Công an tỉnh Hà Tĩnh", "Ủy ban nhân dân huyện Kỳ Anh"), ())]



def test_a_gathering_named_again_by_a_body_inside_its_organiser_is_one(run, events):
    text = ("Chiều 21/6, UBTƯ MTTQ Việt Nam tổ chức Hội nghị Đoàn Chủ tịch lần thứ 12. Phát biểu "
            f"tại Hội nghị, ông {BINH} khẳng định, Hội nghị Đoàn Chủ tịch UBTƯ MTTQ Việt Nam lần "
            "thứ 12 có hai nhiệm vụ.")
    assert events(run(text)) == [("conference", date(2020, 6, 21),
                                  ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",), ())]


def test_the_occasion_a_sentence_opens_with_is_no_event_it_reports(run, events):
    text = ("Nhân chuyến thăm chính thức Nhật Bản và dự Hội nghị Tương lai châu Á, sáng 6/6, Thủ "
            f"tướng {BINH} đã có buổi làm việc với các doanh nghiệp.")
    assert [e[:2] for e in events(run(text))] == [("working_session", date(2020, 6, 6))]


def test_the_dated_report_names_the_organiser_over_an_undated_headline(run, events):
    text = ("Hội nghị Đoàn Chủ tịch UBTƯ MTTQ Việt Nam bàn công tác nhân sự. Chiều 21/6, UBTƯ "
            "MTTQ Việt Nam tổ chức Hội nghị Đoàn Chủ tịch lần thứ 12.")
    assert events(run(text)) == [("conference", date(2020, 6, 21),
                                  ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",), ())]


def test_a_sitting_named_for_another_body_is_not_the_assemblys(run, events):
    text = ("Đại biểu Quốc hội chất vấn Bộ trưởng về biển. Sáng 14/6, Phiên họp Đại hội đồng Liên "
            "hợp quốc cũng bàn về biển.")
    assert events(run(text)) == [("session", date(2020, 6, 14), (), ())]


def test_a_voter_meeting_is_the_delegation_of_deputies_the_article_names(run, events):
    text = (f"Chủ tịch Quốc hội {BINH} tại buổi tiếp xúc cử tri sáng 8/7. Tại các cuộc tiếp xúc, "
            "thay mặt Đoàn đại biểu Quốc hội thành phố Cần Thơ, ông Bình đã tóm tắt nội dung.")
    assert events(run(text)) == [("voter_meeting", date(2020, 7, 8),
                                  ("Đoàn đại biểu Quốc hội thành phố Cần Thơ",), ())]


def test_the_body_that_announced_decisions_holds_the_handing_over(run, events):
    text = ("Ban Tổ chức Thành ủy Đà Nẵng vừa công bố các quyết định về nhân sự. Sáng 8/7, tại lễ "
            f"trao quyết định, ông {BINH} mong các đồng chí phát huy năng lực.")
    assert events(run(text)) == [("ceremony", date(2020, 7, 8),
                                  ("Ban Tổ chức Thành ủy Đà Nẵng",), ())]


def test_what_a_ceremony_opens_is_not_its_organiser(run, events):
    text = "Sáng 5/7, Lễ công bố Trung tâm Phục vụ hành chính công tỉnh Hà Tĩnh diễn ra."
    assert events(run(text)) == [("ceremony", date(2020, 7, 5), (), ())]


def test_a_bare_mention_is_the_gathering_named_in_full_before(run, events):
    text = ("Sáng 5/7, Đoàn đại biểu Quốc hội Hà Nội tổ chức hội nghị tiếp xúc cử tri quận Ba Đình. "
            f"Phát biểu tại hội nghị, ông {BINH} nói.")
    assert events(run(text)) == [("voter_meeting", date(2020, 7, 5),
                                  ("Đoàn đại biểu Quốc hội thành phố Hà Nội",), ())]


@pytest.mark.parametrize("text", [
    f"Bế mạc Hội nghị Trung ương 5 chiều 10/5, Tổng Bí thư {BINH} phát biểu.",
    f"Chiều 10/5, tại Hội nghị Trung ương lần thứ 5, Ban Thường vụ báo cáo, ông {BINH} dự.",
])
def test_a_central_committee_plenum_is_the_central_committees(run, events, text):
    assert events(run(text)) == [("conference", date(2020, 5, 10),
                                  ("Ban Chấp hành Trung ương Đảng",), ())]


def test_a_day_written_with_a_dot(run, events):
    assert events(run("Sáng 18.10, Huyện ủy Nghi Lộc tổ chức hội nghị tổng kết công tác năm.")) \
        == [("conference", date(2019, 10, 18), (NGHI_LOC,), ())]


def test_a_hall_named_le_duong_is_no_ceremony(run, events):
    assert events(run("Chiều 12/5, tại Đại lễ đường Nhân dân, hai bên đã trao đổi ý kiến.")) == []


def test_an_organiser_after_a_passive_verb_and_its_place_in_brackets(run, events):
    text = ("Sáng 30/5, Lễ tuyên dương, khen thưởng giáo viên dạy giỏi năm học 2019-2020 "
            "được Phòng Giáo dục và Đào tạo huyện Nghi Lộc (Nghệ An) tổ chức tại hội trường.")
    assert events(run(text)) == [("ceremony", date(2020, 5, 30),
                                  ("Phòng Giáo dục và Đào tạo huyện Nghi Lộc",), ())]


def test_a_meeting_no_body_holds_is_its_chairs_office(run, events):
    text = (f"Chiều 7/2, Phó Chủ tịch UBND tỉnh Nghệ An {BINH} chủ trì cuộc họp với các sở "
            "về tiến độ các công trình trọng điểm.")
    assert events(run(text)) == [("meeting", date(2020, 2, 7), ("Ủy ban nhân dân tỉnh Nghệ An",),
                                  (BINH,))]


def test_a_sitting_is_its_chairs_committees_over_the_assembly_the_article_names(run, events):
    text = ("Ngày 6/7, HĐND tỉnh Khánh Hòa họp. Ủy ban Kiểm tra Trung ương đã họp. Ông Trần Văn "
            "Bình, Chủ nhiệm Ủy ban Kiểm tra Trung ương chủ trì kỳ họp.")
    assert ("session", None, ("Ủy ban Kiểm tra Trung ương",), ("Trần Văn Bình",)) \
        in events(run(text))


@pytest.mark.parametrize("festival", ["Hội xuân Tam Đảo", "hội Lim"])
def test_a_festival_opened_is_no_organiser(run, events, festival):
    text = f"Sáng 6/2, lễ khai mạc {festival} năm 2020 thu hút đông đảo du khách."
    assert events(run(text)) == [("ceremony", date(2020, 2, 6), (), ())]


def test_a_conference_takes_no_organiser_from_its_chair(run, events):
    text = f"Chiều 7/2, Phó Chủ tịch UBND tỉnh Nghệ An {BINH} chủ trì hội nghị về giá đất."
    assert events(run(text)) == [("conference", date(2020, 2, 7), (), (BINH,))]



def test_a_commemorative_incense_offering_is_a_ceremony_a_temple_rite_is_not(run, events):
    text = ("Sáng 7/7, Tỉnh ủy Nghệ An đã long trọng tổ chức lễ dâng hương kỷ niệm 100 năm Ngày "
            f"sinh đồng chí {BINH}.")
    assert events(run(text)) == [("ceremony", date(2020, 7, 7), ("Tỉnh ủy Nghệ An",), ())]
    assert events(run("Tối 10/2, ban quản lý di tích tổ chức lễ dâng hương tại đền Trần.")) == []



def test_trao_doi_is_no_handing_over_and_names_no_organiser(run, events):
    text = (f"Đại biểu Quốc hội {BINH}, Giám đốc Công an tỉnh Nghệ An trao đổi với phóng viên bên lề "
            "kỳ họp sáng 8/6.")
    assert all("Công an tỉnh Nghệ An" not in orgs for _, _, orgs, _ in events(run(text)))


def test_the_secretariat_written_with_the_central_committee(run, events):
    text = ("Ngày 25/5/2020, dưới sự chủ trì của Tổng Bí thư Trần Văn Bình, Ban Bí thư Trung ương "
            "Đảng đã họp để xem xét báo cáo.")
    assert events(run(text)) == [("meeting", date(2020, 5, 25), ("Ban Bí thư",), (BINH,))]



def test_a_briefing_is_held_by_the_leader_who_speaks_at_it(run, events):
    text = ("Tại cuộc họp giao ban sáng 6/2, Chủ tịch UBND tỉnh Nghệ An Trần Văn Bình yêu cầu các "
            "sở đẩy nhanh tiến độ.")
    assert events(run(text)) == [("meeting", date(2020, 2, 6), ("Ủy ban nhân dân tỉnh Nghệ An",),
                                  ())]


@pytest.mark.parametrize("text, kind", [
    ("Phát biểu tại hội nghị giao ban sáng 6/2, Chủ tịch UBND tỉnh Nghệ An Trần Văn Bình cho rằng "
     "các sở phải rút kinh nghiệm.", "conference"),
    ("Không phải ngẫu nhiên mà trong cuộc họp với các sở sáng 6/2, đích thân Chủ tịch UBND tỉnh "
     "Nghệ An Trần Văn Bình yêu cầu Sở Y tế báo cáo.", "meeting"),
])
def test_a_briefing_a_leader_speaks_at_after_a_lead_in_is_theirs(run, events, text, kind):
    assert events(run(text)) == [(kind, date(2020, 2, 6), ("Ủy ban nhân dân tỉnh Nghệ An",), ())]


def test_the_one_a_leader_addresses_holds_no_briefing(run, events):
    text = ("Tại cuộc họp giao ban sáng 6/2, Chủ tịch Trần Văn Bình yêu cầu Giám đốc Sở Y tế tỉnh "
            "Nghệ An Lê Văn An báo cáo.")
    assert events(run(text)) == [("meeting", date(2020, 2, 6), (), ())]



@pytest.mark.parametrize("text, label_kind", [
    ("Chiều 6/6, tại buổi giao ban báo chí do Ban Tuyên giáo Tỉnh ủy Nghệ An tổ chức, ông An "
     "trả lời.", ("meeting", ("Ban Tuyên giáo Tỉnh ủy Nghệ An",))),
    ("Chiều 10/2, Tỉnh ủy Nghệ An tổ chức gặp mặt doanh nghiệp đầu năm.",
     ("meeting", ("Tỉnh ủy Nghệ An",))),
])
def test_a_briefing_and_a_get_together_are_meetings(run, events, text, label_kind):
    assert [(k, o) for k, _, o, _ in events(run(text))] == [label_kind]


def test_a_get_together_the_story_also_names_as_a_ceremony_is_that_ceremony(run, events):
    text = ("Chiều 10/2, Quận ủy Hoàn Kiếm tổ chức buổi gặp mặt thanh niên lên đường nhập ngũ. "
            "Tại buổi lễ, các đại biểu ôn lại truyền thống.")
    assert events(run(text)) == [("ceremony", date(2020, 2, 10), ("Quận ủy Hoàn Kiếm",), ())]


@pytest.mark.parametrize("text", [
    "Tháng 1/2016, tại Đại hội lần thứ X Đảng Nhân dân Cách mạng Lào, ông Thongloun được bầu.",
    "Sáng 5/3, tại Kỳ họp thứ 2 Quốc hội Lào, ông Thongloun được bầu làm Thủ tướng.",
    "Hội nghị Trung ương III của Đảng Cộng sản Cuba đã thông qua 3 văn kiện.",
])
def test_a_foreign_institutions_gathering_is_no_event(run, text):
    assert run(text).events == ()


def test_a_gathering_of_both_countries_is_an_event(run):
    text = ("Sáng 5/3/2019, tại Hội nghị hợp tác giữa Quốc hội Việt Nam và Quốc hội Lào, ông A "
            "phát biểu.")
    assert [e.kind for e in run(text).events] == ["conference"]


def test_the_bodies_whose_people_attend_do_not_organise(run):
    text = ("Hội nghị báo cáo viên các tỉnh ủy, thành ủy tháng 2. Ngày 8/2/2019, Ban Tuyên giáo "
            "Trung ương tổ chức Hội nghị báo cáo viên các tỉnh ủy, thành ủy.")
    assert [(e.kind, e.date, [o.name for o in e.organizers]) for e in run(text).events] == [
        ("conference", date(2019, 2, 8), ["Ban Tuyên giáo Trung ương"])]


def test_a_session_numbered_in_words_and_in_digits_is_one(run):
    text = ("Ngày 7/7/2019, tại kỳ họp thứ tư HĐND thành phố Đà Nẵng khóa IX, ông Trần Văn Bình báo "
            "cáo. Ông Bình trần tình tại kỳ họp thứ 4, HĐND thành phố khóa IX.")
    assert [(e.kind, e.date) for e in run(text).events] == [("session", date(2019, 7, 7))]


def test_a_documents_date_is_no_gatherings(run):
    text = ("Sau khi nghe thông báo kết quả Kỳ họp thứ ba, Quốc hội khóa XIV, cử tri kiến nghị thực "
            "hiện Quyết định số 22/2013/QĐ-TTg ngày 26/4/2013 của Thủ tướng.")
    assert [(e.kind, e.date) for e in run(text).events] == [("session", None)]


@pytest.mark.parametrize("number", ["40-CT/TW", "18-NQ/TƯ", "1122/QĐ-UBND"])
def test_a_party_documents_number_keeps_its_date_off_the_gathering(run, number):
    # the issuer's short form inside a document's number ('…/TW', '…/QĐ-UBND') is part of
    # the number, not a body to read out: the date after it is still the document's
    text = (f"Trưởng ban Lê Văn Bảo nhắc lại Chỉ thị số {number} ngày 22/11/2014 của Ban Bí thư "
            "tại Hội nghị tổng kết tín dụng chính sách.")
    assert [(e.kind, e.date) for e in run(text).events] == [("conference", None)]


def test_the_day_told_after_the_day_of_telling_is_the_gatherings(run):
    text = ("Ngày 9/6, một lãnh đạo Thanh tra Chính phủ cho biết ngày 8/6, Thanh tra Chính phủ "
            "đã công bố quyết định thanh tra Công ty TNHH Cường Hưng.")
    assert [(e.kind, e.date) for e in run(text).events] == [("ceremony", date(2020, 6, 8))]


@pytest.mark.parametrize("text, body", [
    # a delegation's body holds the working session its head leads
    ("Ngày 7/2, đoàn công tác của Bộ GD-ĐT do Bộ trưởng Trần Văn Bình dẫn đầu có buổi làm việc "
     "với lãnh đạo UBND thành phố Cần Thơ.", "Bộ Giáo dục và Đào tạo"),
    # the one leader who speaks in it, working with others, holds it
    ("Bộ trưởng Bộ GTVT Trần Văn Bình đã nhấn mạnh như trên trong buổi làm việc với Thành phố "
     "Hồ Chí Minh ngày 7/2.", "Bộ Giao thông vận tải"),
    ("Ông Trần Văn Bình, Chủ tịch UBND thành phố Cần Thơ, đã nhấn mạnh như trên tại buổi làm "
     "việc với các quận, huyện vào ngày 7/2.", "Ủy ban nhân dân thành phố Cần Thơ"),
])
def test_who_holds_a_working_session(run, text, body):
    assert [(e.kind, e.date, [o.name for o in e.organizers]) for e in run(text).events] == [
        ("working_session", date(2020, 2, 7), [body])]


@pytest.mark.parametrize("text, sender", [
    ("Ngày 19/6, Đoàn công tác Bộ Công an do Thứ trưởng Bộ Công an Trần Văn Bình dẫn đầu có "
     "buổi làm việc với Công an Hà Tĩnh.", "Bộ Công an"),
    # (its head named with all their titles, and 'làm Trưởng đoàn')
    ("Ngày 31/5, đoàn công tác của Thường trực Tỉnh ủy Lạng Sơn do đồng chí Trần Văn Bình, Ủy "
     "viên Trung ương Đảng, Bí thư Tỉnh ủy làm Trưởng đoàn đã có buổi làm việc với lãnh đạo tỉnh "
     "Quảng Trị.", "Tỉnh ủy Lạng Sơn"),
])
def test_a_delegations_working_session_is_its_senders(run, text, sender):
    assert [[o.name for o in e.organizers] for e in run(text).events] == [[sender]]


def test_a_partner_the_text_names_no_body_of_leaves_the_organiser(run, events):
    text = ("Ngày 8/6, UBND tỉnh Lạng Sơn và thị trấn Bằng Tường (Quảng Tây, Trung Quốc) tiếp tục "
            "tổ chức hội nghị xúc tiến thương mại.")
    assert [e[2] for e in events(run(text))] == [("Ủy ban nhân dân tỉnh Lạng Sơn",)]


def test_a_leader_with_their_delegation_holds_the_working_session_for_their_body(run):
    text = ("Sáng 2/7, Thứ trưởng Bộ Y tế Trần Thị Bình cùng đoàn công tác đã có buổi làm việc với "
            "các đơn vị của thành phố Hải Phòng.")
    sender = "Bộ Y tế"
    assert [[o.name for o in e.organizers] for e in run(text).events] == [[sender]]


@pytest.mark.parametrize("text", [
    "Sự việc xảy ra vào chiều ngày 3-6, tại tuyến đường thôn Lễ Pháp, thị trấn Đông Anh.",
    "Chủ tịch nước tiếp Phó Chủ tịch Hội nghị Hiệp thương chính trị nhân dân toàn quốc Trung Quốc "
    "vào chiều 11/5.",
])
def test_a_gathering_word_inside_a_place_or_a_body_after_a_title_is_no_gathering(run, text):
    assert run(text).events == ()


def test_a_newspaper_that_reports_a_sitting_holds_none(run):
    text = ("Báo VietnamNet đưa tin, tại phiên thảo luận ở tổ về dự thảo Luật cảnh vệ chiều 6/6, "
            "đại biểu Trần Văn Bình đề xuất bổ sung.")
    assert [(e.kind, e.organizers) for e in run(text).events] == [("session", ())]


def test_a_body_the_gathering_acts_on_is_not_its_organiser(run):
    text = ("Sáng 20/5, Hội Luật gia tỉnh Nam Định tổ chức Đại hội. Đại hội đã bầu Ban Chấp hành "
            "nhiệm kỳ mới.")
    assert [[o.name for o in e.organizers] for e in run(text).events] == [
        ["Hội Luật gia tỉnh Nam Định"]]


@pytest.mark.parametrize("text", [
    # the first party of a meeting 'giữa X với Y'
    "Tại cuộc họp giao ban sáng 6/2 giữa UBND thành phố Hà Nội với các sở, Chủ tịch Trần Văn Bình "
    "yêu cầu Giám đốc Sở báo cáo.",
    # the leader named earlier with the full title who speaks at it
    "Chủ tịch UBND thành phố Hà Nội Trần Văn Bình ký công văn. Tại cuộc họp giao ban với các sở "
    "sáng 6/2, Chủ tịch UBND thành phố Trần Văn Bình yêu cầu các sở báo cáo.",
    # whose request it is ('yêu cầu của A'), at a meeting with others
    "Đó là yêu cầu của Chủ tịch UBND thành phố Hà Nội Trần Văn Bình tại cuộc họp giao ban với các "
    "sở ngành sáng 6/2.",
    # the office that tells of a leader's conclusions at a meeting holds none
    "Văn phòng UBND thành phố Hà Nội vừa có thông báo kết luận của Chủ tịch UBND thành phố Hà Nội "
    "Trần Văn Bình tại cuộc họp về trật tự đô thị.",
])
def test_who_holds_a_briefing_with_the_departments(run, text):
    assert [[o.name for o in e.organizers] for e in run(text).events] == [
        ["Ủy ban nhân dân thành phố Hà Nội"]]


@pytest.mark.parametrize("text, body", [
    ("Chiều 21/6, Văn phòng Chủ tịch nước phối hợp với các cơ quan có liên quan tổ chức Lễ công "
     "bố Quyết định của Chủ tịch nước.", "Văn phòng Chủ tịch nước"),
    ("Chiều 13/7, Ủy ban Kiểm tra Trung ương đã có cuộc làm việc với Ban cán sự Đảng Bộ Công "
     "Thương.", "Ủy ban Kiểm tra Trung ương"),
])
def test_co_names_the_holder_only_right_before_the_gathering(run, text, body):
    assert [[o.name for o in e.organizers] for e in run(text).events] == [[body]]


def test_a_gathering_the_lead_told_of_opened_with_du_le_takes_the_leads_day(run):
    text = ("Nhân dịp kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh, sáng 18/5, Đoàn đại biểu Ban Chấp hành "
            "Trung ương Đảng đã vào Lăng viếng Chủ tịch Hồ Chí Minh. Dự lễ viếng có Tổng Bí thư Trần "
            "Văn Bình.")
    assert [(e.kind, e.date) for e in run(text).events] == [("ceremony", date(2020, 5, 18))]


@pytest.mark.parametrize("text, kind, day, organiser", [
    ("Chiều 14/6, UBND Quận 1 tổ chức sơ kết 5 tháng công tác quản lý trật tự đô thị.",
     "conference", date(2020, 6, 14), ["Ủy ban nhân dân Quận 1"]),
    ("Sáng 12/5, UBND tỉnh Nam Định tổ chức khởi công cầu Tân Phong.",
     "ceremony", date(2020, 5, 12), ["Ủy ban nhân dân tỉnh Nam Định"]),
    # what is built is no organiser
    ("Sáng 8/2, Phó Chủ tịch UBND tỉnh Trần Văn Bình phát lệnh khởi công cầu vượt Trường Sơn "
     "vào sân bay Tân Sơn Nhất.", "ceremony", date(2020, 2, 8), []),
])
def test_a_review_or_a_groundbreaking_held(run, text, kind, day, organiser):
    assert [(e.kind, e.date, [o.name for o in e.organizers]) for e in run(text).events] == [
        (kind, day, organiser)]


def test_a_duty_to_hold_a_review_is_no_gathering(run):
    text = ("Chủ tịch nước yêu cầu Công an các đơn vị trong tổ chức sơ kết công tác 6 tháng đầu "
            "năm phải đánh giá đúng thực trạng.")
    assert not run(text).events


@pytest.mark.parametrize("text", [
    "Chúng ta cần tổ chức hội nghị đánh giá mô hình này.",
    "Chủ tịch UBND tỉnh yêu cầu các địa phương nhanh chóng tổ chức hội nghị rút kinh nghiệm.",
])
def test_a_gathering_asked_for_is_not_held(run, text):
    assert not run(text).events


def test_a_gathering_held_at_a_request_is_held(run):
    text = "Thực hiện yêu cầu của tỉnh, sáng 5/6 UBND huyện Ba Vì đã tổ chức hội nghị."
    assert [(e.kind, e.date) for e in run(text).events] == [("conference", date(2020, 6, 5))]


@pytest.mark.parametrize("text, kind", [
    ("Sáng 13/5, Tổng Bí thư Trần Văn Bình đã tiếp xúc với 160 cử tri hai quận Ba Đình và Tây Hồ.",
     "voter_meeting"),
    ("Tại họp báo thường kỳ Bộ Nội vụ chiều 13/5, Thứ trưởng Lê Văn Hùng cho biết.", "meeting"),
])
def test_a_voter_meeting_with_a_count_and_a_briefing_after_tai(run, text, kind):
    assert [(e.kind, e.date) for e in run(text).events] == [(kind, date(2020, 5, 13))]


def test_a_leaders_talks_are_no_voter_meeting(run):
    text = ("Ngày 15/5, Chủ tịch nước Trần Văn Bình đã có các cuộc tiếp xúc ngắn với Tổng Bí thư, "
            "Chủ tịch Lào.")
    assert not [e for e in run(text).events if e.kind == "voter_meeting"]


@pytest.mark.parametrize("text, organiser", [
    ("Sáng 5/6, Đoàn công tác của Bộ Chính trị do đồng chí Trần Văn Bình dẫn đầu làm việc với Ban "
     "Thường vụ Tỉnh ủy Cà Mau.", "Bộ Chính trị"),
    ("Sáng 5/6, đoàn công tác Tổng cục Du lịch do Phó Tổng cục trưởng Trần Văn Bình dẫn đầu đã "
     "làm việc với UBND tỉnh Cà Mau.", "Tổng cục Du lịch"),
    # its leader told of in brackets
    ("Sáng 5/6, đoàn công tác của Bộ Xây dựng (do Bộ trưởng Trần Văn Bình dẫn đầu) làm việc với "
     "UBND tỉnh Cà Mau.", "Bộ Xây dựng"),
    # a visit that is the working session, the leader 'trưởng Đoàn'
    ("Sáng 5/6, đoàn công tác Bộ Xây dựng do ông Trần Văn Bình, Thứ trưởng Bộ Xây dựng làm trưởng "
     "Đoàn, đến thăm và làm việc với UBND tỉnh Cà Mau.", "Bộ Xây dựng"),
])
def test_a_delegation_working_with_its_host_holds_the_session_for_its_sender(run, text, organiser):
    assert [[o.name for o in e.organizers] for e in run(text).events] == [[organiser]]


def test_a_body_that_only_works_with_another_is_no_organiser(run):
    text = "Sáng 5/6, UBND tỉnh Cà Mau đã làm việc với Bộ Xây dựng."
    assert [[o.name for o in e.organizers] for e in run(text).events] == [[]]


def test_whose_briefing_after_what_it_is_about(run):
    text = ("Trưa 29/5, tại buổi họp báo kinh tế - xã hội tháng 5 của UBND TP.HCM, ông Trần Văn "
            "Bình cho biết.")
    assert [[o.name for o in e.organizers] for e in run(text).events] == [
        ["Ủy ban nhân dân Thành phố Hồ Chí Minh"]]


def test_whose_paper_a_meeting_reads_is_not_its_organiser(run):
    text = ("Ngày 25/5, Ban Bí thư đã họp để xem xét báo cáo của Ủy ban Kiểm tra Trung ương về "
            "vụ việc.")
    assert [[o.name for o in e.organizers] for e in run(text).events] == [["Ban Bí thư"]]


@pytest.mark.parametrize("text, kind, day, organiser", [
    ("Chiều 9/6, Quốc hội tiếp tục thảo luận hội trường về tình hình kinh tế - xã hội.",
     "session", date(2020, 6, 9), ["Quốc hội"]),
    # the sitting the sentence opens on
    ("Thảo luận góp ý tại Quốc hội chiều 6/6 về dự thảo Luật Cảnh vệ, đại biểu Trần Văn Bình "
     "đề nghị bổ sung.", "session", date(2020, 6, 6), ["Quốc hội"]),
    # a body that held its review, the higher place written after it
    ("Chiều 14/6, UBND quận 1, Thành phố Hồ Chí Minh đã sơ kết 5 tháng công tác quản lý trật tự "
     "đô thị.", "conference", date(2020, 6, 14), ["Ủy ban nhân dân Quận 1"]),
    ("Chiều 23/6, Ban Pháp chế HĐND tỉnh Nghệ An tiếp tục họp thẩm tra các báo cáo.",
     "meeting", date(2020, 6, 23), ["Ban Pháp chế Hội đồng nhân dân tỉnh Nghệ An"]),
])
def test_a_sitting_or_review_the_body_holds_without_naming_it(run, text, kind, day, organiser):
    assert [(e.kind, e.date, [o.name for o in e.organizers]) for e in run(text).events] == [
        (kind, day, organiser)]


@pytest.mark.parametrize("text, organiser", [
    ("Chiều 16/5, Ủy ban Thường vụ Quốc hội cho ý kiến về báo cáo giám sát.",
     "Ủy ban Thường vụ Quốc hội"),
    ("Trong phần trả lời tái chất vấn tại HĐND tỉnh Nghệ An ngày 5/7, Phó Chủ tịch UBND tỉnh Trần "
     "Văn Bình cho biết.", "Hội đồng nhân dân tỉnh Nghệ An"),
])
def test_an_assemblys_sitting_told_by_what_it_does(run, text, organiser):
    assert [(e.kind, [o.name for o in e.organizers]) for e in run(text).events] == [
        ("session", [organiser])]


def test_an_assembly_that_has_not_given_its_view_holds_no_sitting(run):
    assert not run("Quy hoạch này chưa được Quốc hội cho ý kiến.").events


@pytest.mark.parametrize("text, organiser", [
    ("Trong buổi làm việc trực tiếp tại trường của Bí thư Tỉnh ủy Nghệ An Trần Văn Bình ngày 22/2, "
     "trường được chỉ đạo.", "Tỉnh ủy Nghệ An"),
    ("Sáng 6/2, tại cuộc họp của Chủ tịch UBND tỉnh Nghệ An với các sở, ông Trần Văn Bình yêu cầu "
     "báo cáo.", "Ủy ban nhân dân tỉnh Nghệ An"),
    # a title that names its body alone, and a conference as well as a meeting
    ("Sáng 6/5, tại Hội nghị của Thủ tướng với doanh nghiệp, ông Trần Văn Bình phát biểu.",
     "Chính phủ"),
    ("Chiều 6/5, tại cuộc họp của Phó Thủ tướng Lê Thị Hoa với các bộ, ông Trần Văn Bình "
     "báo cáo.", "Chính phủ"),
])
def test_a_leaders_gathering_is_held_for_the_body_they_lead(run, text, organiser):
    assert [[o.name for o in e.organizers] for e in run(text).events] == [[organiser]]


@pytest.mark.parametrize("opening", ["Cùng ngày,", "Cũng trong ngày,", "Cùng buổi sáng,",
                                     "Chiều cùng ngày,", "Tối cùng ngày,",
                                     "Cũng trong sáng cùng ngày,"])
def test_a_sentence_on_the_same_day_takes_the_day_written_before(run, events, opening):
    text = ("Sáng 14/5, Thứ trưởng Trần Văn Bình đã kiểm tra mỏ đá ở huyện Nghi Lộc. "
            f"{opening} Sở Xây dựng tỉnh Nghệ An đã có buổi làm việc với UBND huyện Nghi Lộc.")
    assert events(run(text)) == [("working_session", date(2020, 5, 14),
                                  ("Sở Xây dựng tỉnh Nghệ An",), ())]


def test_the_year_a_plan_is_for_is_not_the_year_the_article_speaks_in(run, events):
    text = ("Chiều 10/7, Thanh tra tỉnh Nghệ An tổ chức hội nghị sơ kết công tác 6 tháng đầu năm "
            "2017. Các sở cần xây dựng kế hoạch thanh tra năm 2018 bảo đảm nội dung.")
    assert [e[:2] for e in events(run(text, day=None))] == [("conference", date(2017, 7, 10))]


@pytest.mark.parametrize("again", [
    f"Tại cuộc họp, ông {BINH} yêu cầu các sở báo cáo.",
    f"Cũng tại buổi làm việc này, ông {BINH} yêu cầu các sở báo cáo.",
    f"Phát biểu tại cuộc họp, ông {BINH} yêu cầu các sở báo cáo.",
    f"Việc chậm báo cáo cũng được ông {BINH} nêu ra trong cuộc họp."])
def test_the_gathering_spoken_of_again_in_other_words_is_the_same(run, events, again):
    text = f"Sáng 18/10, UBND huyện Nghi Lộc tổ chức hội nghị giao ban với các xã. {again}"
    assert events(run(text)) == [("conference", date(2019, 10, 18),
                                  ("Ủy ban nhân dân huyện Nghi Lộc",), ())]


def test_a_gathering_of_another_kind_named_in_full_is_a_second_one(run, events):
    text = ("Sáng 18/10, UBND huyện Nghi Lộc tổ chức hội nghị giao ban với các xã. Chiều 18/10, "
            "UBND huyện Nghi Lộc tổ chức cuộc họp bàn về phòng chống bão.")
    assert [k for k, *_ in events(run(text))] == ["conference", "meeting"]


def test_what_the_story_calls_a_gathering_told_first_by_its_act_is_what_it_was(run, events):
    text = (f"Sáng 18/10, Phó Chủ tịch UBND huyện Nghi Lộc {HOA} trao quyết định bổ nhiệm ông "
            f"{BINH}. Phát biểu tại buổi làm việc, bà Hoa giao nhiệm vụ.")
    assert [(k, d) for k, d, *_ in events(run(text))] == [("working_session", date(2019, 10, 18))]


def test_a_gathering_named_by_its_act_after_buoi_keeps_its_kind(run, events):
    text = (f"Sáng 18/10, Phó Chủ tịch UBND huyện Nghi Lộc {HOA} công bố tại buổi trao quyết "
            f"định bổ nhiệm ông {BINH}. Tại buổi làm việc, bà Hoa giao nhiệm vụ.")
    assert [(k, d) for k, d, *_ in events(run(text))] == [("ceremony", date(2019, 10, 18))]


@pytest.mark.parametrize("text, kind", [
    # 'làm việc với' and 'tiếp xúc cử tri' name the gathering's kind (GUIDELINES §4's table)
    (f"Sáng 18/10, Phó Chủ tịch UBND tỉnh Nghệ An {HOA} làm việc với lãnh đạo huyện Nghi Lộc. "
     "Tiếp tục chỉ đạo tại cuộc họp, bà Hoa đề nghị huyện rà soát.", "working_session"),
    ("Sáng 18/10, Đoàn đại biểu Quốc hội tỉnh Nghệ An tiếp xúc cử tri huyện Nghi Lộc. Phát biểu "
     "tại buổi làm việc, bà Hoa cảm ơn cử tri.", "voter_meeting"),
])
def test_an_act_the_guidelines_name_a_kind_by_keeps_its_kind(run, events, text, kind):
    assert [(k, d) for k, d, *_ in events(run(text))] == [(kind, date(2019, 10, 18))]


@pytest.mark.parametrize("text, body", [
    (f"Sáng 12/7, đồng chí {BINH}, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội làm việc với Cục "
     "Thi hành án dân sự TP Hà Nội.", "Thành ủy Hà Nội"),
    (f"Sáng 12/7, Bộ trưởng Bộ Y tế {BINH} có buổi làm việc với UBND tỉnh Nghệ An.", "Bộ Y tế"),
])
def test_a_leader_who_works_with_a_host_holds_the_working_session_for_their_body(run, text, body):
    assert [[o.name for o in e.organizers] for e in run(text).events] == [[body]]


def test_a_seat_gives_no_working_session_to_its_body(run):
    text = f"Sáng 12/7, đại biểu Quốc hội {BINH} làm việc với UBND tỉnh Nghệ An."
    assert [[o.name for o in e.organizers] for e in run(text).events] == [[]]


def test_cuoc_lam_viec_is_a_working_session(run, events):
    text = (f"Sáng 5/6, Bí thư Tỉnh ủy Nghệ An {BINH} chủ trì cuộc làm việc với các sở. Tại "
            "cuộc làm việc, các đồng chí đã nghe báo cáo.")
    assert [(k, d) for k, d, *_ in events(run(text))] == [("working_session", date(2020, 6, 5))]


@pytest.mark.parametrize("lead", ["Còn tại", "Cũng tại", "Trong"])
def test_the_one_leader_who_speaks_at_a_meeting_after_a_conjunction_holds_it(run, lead):
    text = (f"{lead} cuộc họp giao ban với các sở sáng 6/2, Chủ tịch UBND tỉnh Nghệ An {BINH} đã "
            "yêu cầu các sở báo cáo.")
    assert [[o.name for o in e.organizers] for e in run(text).events] == [
        ["Ủy ban nhân dân tỉnh Nghệ An"]]


def test_a_plan_carried_out_is_no_gathering_to_come(run, events):
    text = ("Khái quát tình hình thực hiện kế hoạch kinh tế - xã hội 6 tháng qua tại cuộc họp trực "
            f"tuyến Chính phủ với các địa phương ngày 3/7, Chủ tịch UBND tỉnh Nghệ An {BINH} khẳng "
            "định kinh tế tăng trưởng.")
    assert [(k, d) for k, d, *_ in events(run(text))] == [("meeting", date(2020, 7, 3))]


def test_a_sitting_of_a_conference_is_the_conference(run, events):
    text = ("Hội nghị Ban Thường vụ Tỉnh ủy Nghệ An tổ chức ngày 23/6. Tại phiên bế mạc hội nghị, "
            "các đại biểu đã góp ý dự thảo báo cáo.")
    assert [(k, d) for k, d, *_ in events(run(text))] == [("conference", date(2020, 6, 23))]


def test_congresses_at_every_level_are_no_one_gathering(run):
    assert run("Công tác tổ chức Đại hội Đoàn các cấp diễn ra đúng tiến độ.").events == ()


def test_a_working_sitting_of_a_standing_committee_is_a_session(run, events):
    text = ("Phát biểu tại phiên làm việc của Ủy ban Thường vụ Quốc hội chiều 15/5, Bí thư Thành "
            f"ủy Hải Phòng {BINH} cho biết.")
    assert [(k, d, o) for k, d, o, *_ in events(run(text))] == [
        ("session", date(2020, 5, 15), ("Ủy ban Thường vụ Quốc hội",))]


def test_a_bare_phien_hop_is_the_gathering_just_named(run, events):
    text = (f"Chiều 12/7, UBND thành phố Huế tổ chức cuộc họp do ông {BINH} chủ trì. Tại phiên "
            "họp, chính quyền đưa ra quan điểm.")
    assert [(k, d) for k, d, *_ in events(run(text))] == [("meeting", date(2020, 7, 12))]


@pytest.mark.parametrize("text, kinds", [
    ("Tỉnh yêu cầu dừng các sự kiện tập trung đông người, các hội nghị không cần thiết.", []),
    # (dated, they are held: 'các cuộc họp ngày 1/6 và 7/6')
    ("Tại các cuộc họp ngày 1/6 và 7/6, UBND tỉnh Nghệ An đã thống nhất phương án.", ["meeting"]),
])
def test_gatherings_of_a_kind_undated_are_no_one_gathering(run, events, text, kinds):
    assert [k for k, *_ in events(run(text))] == kinds


def test_the_verb_hop_gives_way_to_the_sitting_it_names(run, events):
    text = "Ngày 13/6/2017, Quốc hội họp phiên toàn thể tại hội trường, nghe chất vấn Bộ trưởng."
    assert [(k, d) for k, d, *_ in events(run(text))] == [("session", date(2017, 6, 13))]


def test_the_day_an_anniversary_remembers_is_not_the_gatherings(run, events):
    facts = run("Nhân dịp kỷ niệm 46 năm Ngày toàn thắng 30/4/1975, Huyện ủy Nghi Lộc tổ chức hội "
                "thảo khoa học vào ngày 28/4.")
    assert events(facts) == [("seminar", date(2020, 4, 28), (NGHI_LOC,), ())]


def test_a_day_in_what_a_speaker_says_is_not_the_gatherings(run, events):
    facts = run(f"{OPENING} Phát biểu tại hội nghị, Bí thư Huyện ủy {BINH} khẳng định: Ngày "
                "12/12/2013, Ban Thường vụ Tỉnh ủy đã có nghị quyết về công tác cán bộ.")
    assert events(facts) == [("conference", date(2019, 10, 18), (NGHI_LOC,), ())]


def test_a_gathering_told_of_as_the_one_held_there(run, events):
    facts = run(f"Sáng 18/10, Bí thư Huyện ủy {BINH} tiếp đoàn công tác. Tại buổi tọa đàm diễn ra "
                "ngay sau đó, hai bên trao đổi kinh nghiệm.")
    assert events(facts) == [("seminar", date(2019, 10, 18), (), ())]


def test_a_day_a_speaker_recalls_is_not_the_gatherings(run, events):
    facts = run("Tối 19/5, Huyện ủy Nghi Lộc tổ chức lễ kỷ niệm 70 năm ngày thành lập. Tại lễ kỷ "
                f"niệm, Bí thư Huyện ủy {BINH} đã ôn lại sự kiện lịch sử ngày 20/5/1947.")
    assert events(facts) == [("ceremony", date(2020, 5, 19), (NGHI_LOC,), ())]


@pytest.mark.parametrize("sum_up", ["phát biểu kết luận cuộc họp.", "kết luận buổi giao ban."])
def test_the_meeting_a_leader_sums_up_is_the_gathering_just_named(run, events, sum_up):
    facts = run(f"{OPENING} Các đại biểu thảo luận sôi nổi. Bí thư Huyện ủy {BINH} {sum_up}")
    assert events(facts) == [("conference", date(2019, 10, 18), (NGHI_LOC,), ())]


def test_a_day_written_right_after_a_gathering_is_that_gatherings(run, events):
    facts = run("Sau phiên họp Tổ sáng 18/10, tại cuộc họp của đoàn, các đại biểu đã bỏ phiếu.")
    assert events(facts) == [("session", date(2019, 10, 18), (), ()), ("meeting", None, (), ())]


def test_a_review_meeting_named_after_buoi(run, events):
    facts = run(f"Sáng 18/10, tại buổi sơ kết công tác 6 tháng, Bí thư Huyện ủy Nghi Lộc {BINH} "
                "yêu cầu các ngành làm tốt.")
    assert [e[:2] for e in events(facts)] == [("conference", date(2019, 10, 18))]


def test_a_foreign_partys_congress_named_in_lower_case_and_spoken_of_again(run, events):
    facts = run("Việc bầu cử diễn ra vào ngày cuối của Đại hội đảng Cộng sản Cuba lần thứ 8 từ ngày "
                "16-19/4. Tại phiên khai mạc kỳ họp quốc hội này, ông Raul tuyên bố nghỉ hưu. Ông "
                "phát biểu trong ngày khai mạc Đại hội hôm 16/4.")
    assert events(facts) == []


def test_the_review_spoken_of_again_is_the_meeting_just_named(run, events):
    facts = run("Sáng 18/10, Huyện ủy Nghi Lộc tổ chức cuộc họp sơ kết công việc 6 tháng. Bí thư "
                f"Huyện ủy {BINH} phát biểu tại buổi sơ kết.")
    assert [e[:2] for e in events(facts)] == [("meeting", date(2019, 10, 18))]


@pytest.mark.parametrize("act", ["đã chứng kiến lễ ký kết", "phát biểu trong lễ ký kết"])
def test_a_signing_ceremony_witnessed_or_spoken_at(run, events, act):
    facts = run(f"Sau buổi tiếp, Bí thư Huyện ủy Nghi Lộc {BINH} {act} thỏa thuận hợp tác giữa "
                "hai huyện.", day=None)
    assert [e[:2] for e in events(facts)] == [("ceremony", None)]


def test_a_delegation_led_by_a_titled_leader_works_for_the_body_that_sends_it(run, events):
    text = (f"Chiều 12/2, đoàn công tác của Bộ Chính trị do ông {BINH}, Ủy viên Bộ Chính trị làm "
            "trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Cà Mau.")
    [(kind, _, organizers, _)] = events(run(text))
    assert (kind, organizers) == ("working_session", ("Bộ Chính trị",))


def test_a_sitting_of_a_month_is_of_the_body_named_after_it(run, events):
    text = (f"Sáng 1/3, Thủ tướng {BINH} phát biểu tại phiên họp thường kỳ tháng 2-2020 của Chính "
            "phủ.")
    [(kind, day, organizers, _)] = events(run(text))
    assert (kind, day, organizers) == ("session", date(2020, 3, 1), ("Chính phủ",))


def test_a_leader_opening_the_sentence_speaks_at_the_meeting_of_their_body(run, events):
    text = (f"Chủ tịch UBND TP Hà Nội {BINH} tiếp tục đề cập đến hệ thống truyền thanh tại cuộc "
            "họp giao ban ngày 6/2.")
    [(kind, _, organizers, _)] = events(run(text))
    assert (kind, organizers) == ("meeting", ("Ủy ban nhân dân thành phố Hà Nội",))


def test_a_leader_spoken_of_is_no_host(run, events):
    # (the sentence opens with another: whose attitude at the session is told)
    text = (f"Ông Lê Văn Tám, nguyên Chủ tịch HĐND TP Hội An, bức xúc trước thái độ của Tổng cục "
            "Du lịch tại buổi làm việc với Hiệp hội Du lịch Đà Nẵng ngày 6/2.")
    assert [o for _, _, o, _ in events(run(text))] == [()]


@pytest.mark.parametrize("text", [
    "Chiều 19/5, Thành ủy TP.HCM đã có cuộc triệu tập họp bàn về tình hình sốt đất.",
    "Chiều 19/5, Thành ủy TP.HCM triệu tập cuộc họp bàn về tình hình sốt đất.",
])
def test_who_calls_a_meeting_holds_it(run, events, text):
    [(kind, _, organizers, _)] = events(run(text))
    assert (kind, organizers) == ("meeting", ("Thành ủy Thành phố Hồ Chí Minh",))


def test_a_meeting_the_sentence_opens_with_is_the_leaders_who_speaks_first(run, events):
    text = ("Tại buổi làm việc sáng 6/2, Chủ tịch UBND TP Hà Nội đã yêu cầu Sở Văn hóa rút kinh "
            "nghiệm.")
    [(kind, _, organizers, _)] = events(run(text))
    assert (kind, organizers) == ("working_session", ("Ủy ban nhân dân thành phố Hà Nội",))


@pytest.mark.parametrize("text", [
    # (a mention of one named before: its own host stands)
    "Tại buổi làm việc, Chủ tịch UBND TP Cần Thơ kiến nghị Bộ tiếp tục quan tâm.",
    "Tại cuộc họp đó, Giám đốc Sở Y tế tỉnh Nghệ An kiến nghị Bộ tiếp tục quan tâm.",
    # (a leader who only attends)
    "Tại cuộc họp sáng 6/2, Giám đốc Sở Y tế tỉnh Nghệ An đã trực tiếp tham dự.",
])
def test_no_host_from_an_unnamed_leader_at_a_meeting_named_before_or_only_attended(run, events,
                                                                                   text):
    assert [o for _, _, o, _ in events(run(text))] == [()]


def test_a_body_that_also_has_a_meeting_holds_it(run, events):
    facts = run("Chiều 1/5, UBND huyện Nghi Lộc cũng đã có cuộc họp triển khai công tác phòng "
                "chống dịch.")
    assert events(facts) == [("meeting", date(2020, 5, 1), ("Ủy ban nhân dân huyện Nghi Lộc",), ())]


def test_a_meeting_of_a_bodys_standing_members_is_the_bodys(run, events):
    facts = run("Chiều 5/6 là cuộc họp thứ hai của Thường trực Tỉnh ủy Nghệ An về dự án sân bay.")
    assert events(facts) == [("meeting", date(2020, 6, 5), ("Tỉnh ủy Nghệ An",), ())]


def test_a_leader_who_visits_and_works_with_a_host_holds_it_for_their_body(run, events):
    text = (f"Sáng 7/2, Bí thư Thành ủy Hà Nội {BINH} đã đến thăm và làm việc với lãnh đạo tỉnh "
            "Bình Dương.")
    [(kind, _, organizers, _)] = events(run(text))
    assert (kind, organizers) == ("working_session", ("Thành ủy Hà Nội",))


def test_the_minister_leading_a_ministrys_delegation_is_its_minister(memberships):
    text = (f"Sáng 7/2, Đoàn công tác Bộ Xây dựng do Bộ trưởng {BINH} dẫn đầu đã làm việc với UBND "
            "tỉnh Cà Mau.")
    assert memberships(text) == {(BINH, "Bộ trưởng", "Bộ Xây dựng", "current")}


def test_the_same_day_as_a_day_of_a_life_told_before_is_no_date(run, events):
    text = ("Ông Trần Văn Bình sinh năm 1960. Ngày vào Đảng: 25-8-1983. Chiều cùng ngày, Ủy ban "
            "nhân dân tỉnh Nghệ An tổ chức hội nghị tổng kết.")
    assert all(e[1] is None or e[1].year >= 2019 for e in events(run(text)))


@pytest.mark.parametrize("opening", [
    "Ngày 11/5, lãnh đạo Tổng cục Du lịch đã làm việc",
    "Ngày 11.5 mới đây, đoàn lãnh đạo Tổng cục Du lịch đã làm việc",
    # (a leader who heads the delegation: the session is held for the body they lead)
    f"Ngày 11/5, Phó Tổng cục trưởng Tổng cục Du lịch {BINH} dẫn đầu đoàn công tác có buổi "
    "làm việc",
])
def test_a_bodys_leaders_opening_the_sentence_hold_the_working_session_for_it(
        run, events, opening):
    facts = run(f"{opening} với Hiệp hội Du lịch Đà Nẵng.")
    assert [(e[0], e[1], e[2]) for e in events(facts)] == [
        ("working_session", date(2020, 5, 11), ("Tổng cục Du lịch",))]


@pytest.mark.parametrize("text, bodies", [
    # 'phối hợp' with no 'với' before its partners
    ("Tối 10/6, UBND tỉnh Quảng Nam phối hợp các cơ quan chức năng tổ chức Lễ khai mạc Tuần "
     "văn hóa.", ["Ủy ban nhân dân tỉnh Quảng Nam"]),
    ("Sáng 6/2, UBND phường Minh Khai phối hợp cùng Phòng Giáo dục và Đào tạo quận Hai Bà Trưng "
     "đã có buổi làm việc với chủ cơ sở.",
     ["Ủy ban nhân dân phường Minh Khai", "Phòng Giáo dục và Đào tạo quận Hai Bà Trưng"]),
    # a body that chairs the gathering holds it
    ("Ngày 12/7, UBND quận Hoàng Mai đã chủ trì họp bàn với các đơn vị liên quan.",
     ["Ủy ban nhân dân quận Hoàng Mai"]),
])
def test_a_body_that_works_with_partners_or_chairs_holds_the_gathering(run, text, bodies):
    assert [[o.name for o in e.organizers] for e in run(text).events] == [bodies]


@pytest.mark.parametrize("text", [
    "Ngày 3/2, tại buổi làm việc với huyện Nam Giang, Phó Chủ tịch UBND tỉnh Quảng Nam Trần Văn "
    "Bình chỉ đạo nghiên cứu.",
    "Tại buổi làm việc với huyện Nam Giang, Chủ tịch UBND tỉnh Quảng Nam Trần Văn Bình chỉ đạo "
    "nghiên cứu.",
])
def test_a_working_session_opened_with_is_its_leaders_or_deputys_body(run, text):
    assert [[o.name for o in e.organizers] for e in run(text).events] == [
        ["Ủy ban nhân dân tỉnh Quảng Nam"]]


@pytest.mark.parametrize("text, organisers", [
    # (past a caption run into the sentence, which the day no longer opens)
    ("Chủ tịch UBND TP Trần Văn Bình giao nhiệm vụ cho các sở ngành Sáng 6-2, Chủ tịch UBND TP "
     "Hà Nội Trần Văn Bình đã chủ trì hội nghị giao ban với các sở ngành thành phố.",
     ["Ủy ban nhân dân thành phố Hà Nội"]),
    ("Sáng 6/5, Phó Thủ tướng Trần Văn Bình chủ trì cuộc họp với các bộ về dự án thua lỗ.",
     ["Chính phủ"]),
    # (the gathering's own holder, named, stands)
    ("Sáng 6/5, Phó Thủ tướng Trần Văn Bình chủ trì hội nghị của Bộ Công Thương với các tỉnh.",
     ["Bộ Công Thương"]),
])
def test_a_leader_who_chairs_a_meeting_with_others_holds_it_for_their_body(run, text,
                                                                          organisers):
    assert [[o.name for o in e.organizers] for e in run(text).events] == [organisers]


def test_a_body_that_holds_a_meeting_with_its_measure_word_organises_it(run, events):
    text = "Sáng 22/5, UBND tỉnh Yên Bái đã tiến hành buổi họp để nghe báo cáo về mã độc."
    assert events(run(text)) == [("meeting", date(2020, 5, 22), ("Ủy ban nhân dân tỉnh Yên Bái",),
                                  ())]


@pytest.mark.parametrize("text", [
    ("Chiều 23/6, Ban Pháp chế HĐND tỉnh họp thẩm tra các báo cáo để trình kỳ họp thứ 4 HĐND "
     "tỉnh khóa XVII."),
    ("Buổi sáng, Quốc hội đã nghe ông Trần Văn Bình trình bày báo cáo giám sát kiến nghị của cử "
     "tri gửi đến kỳ họp thứ 2, Quốc hội khóa XIV."),
])
def test_a_session_a_report_is_sent_to_is_no_event(run, events, text):
    assert "session" not in [e[0] for e in events(run(text))]


@pytest.mark.parametrize("text", [
    "Hôm nay (8/2), hội Lim được tổ chức với các hoạt động: Tế lễ, hát quan họ tại Đồi Lim.",
    "Chiều 30/4, Chủ tịch UBND tỉnh Yên Bái yêu cầu tạm dừng các hoạt động, hội nghị đông người "
    "chưa cần thiết.",
])
def test_a_rite_or_crowded_gatherings_in_general_are_no_event(run, events, text):
    assert events(run(text)) == []


@pytest.mark.parametrize("text", [
    ("Ngày 5/6, Thủ tướng mong muốn hai bên phối hợp tổ chức thành công Hội nghị Cấp cao APEC "
     "tháng 11 tới đây."),
    "Ngày 5/6, Bộ Ngoại giao cho biết Hội nghị Cấp cao ASEAN sắp tới có nhiều nội dung.",
])
def test_a_gathering_said_to_be_ahead_is_no_event(run, events, text):
    assert events(run(text)) == []


def test_the_verb_after_a_gatherings_name_is_that_gathering(run, events):
    text = ("Chủ tịch UBND tỉnh Ninh Bình Trần Văn Bình chủ trì hội nghị. Hội nghị Ban chỉ đạo "
            "phòng chống dịch tỉnh Ninh Bình họp ngày 30/4.")
    assert [e[:2] for e in events(run(text))] == [("conference", date(2020, 4, 30))]


@pytest.mark.parametrize("text", [
    "Ngày 12/7, kết luận của Ủy ban Kiểm tra Trung ương tại kỳ họp thứ 15 đã nêu rõ vi phạm.",
    "Ngày 12/7, Kỳ họp này, Ủy ban Kiểm tra Trung ương cũng kết luận về vi phạm.",
])
def test_a_session_of_a_body_that_sits_in_sessions(run, events, text):
    assert events(run(text)) == [("session", date(2020, 7, 12), ("Ủy ban Kiểm tra Trung ương",),
                                  ())]


def test_a_gathering_opened_by_a_speech_is_held(run):
    # 'Phát biểu mở đầu cuộc họp, …': the meeting the speech opens took place
    text = "Phát biểu mở đầu cuộc họp, Phó Thủ tướng Trần Văn Bình cho biết dịch diễn biến nhanh."
    assert [e.kind for e in run(text).events] == ["meeting"]


def test_the_opening_of_a_festival_is_its_ceremony(run):
    text = "Tối 14-6, tại quảng trường Sông Lam, UBND tỉnh Nghệ An đã bế mạc Festival Sen Vàng."
    assert [(e.kind, e.date) for e in run(text).events] == [("ceremony", date(2020, 6, 14))]


@pytest.mark.parametrize("text, kind", [
    # a gathering ahead of which something happens has not been held
    ("Tại buổi họp báo sáng 6/6, trước thềm khai mạc Giải bóng đá Sen Vàng, ông Trần Văn Bình "
     "nói.", "meeting"),
    ("Tại buổi tiếp xúc cử tri sáng 20/6, trước thềm Kỳ họp thứ tư HĐND thành phố, ông Trần Văn "
     "Bình nói.", "voter_meeting"),
    # a link to another story is no report
    ("Sáng 6/6, Chủ tịch UBND tỉnh chủ trì buổi họp báo. [Khai mạc Festival Sen Vàng]", "meeting"),
])
def test_an_opening_ahead_or_linked_is_no_gathering(run, text, kind):
    assert [e.kind for e in run(text).events] == [kind]


def test_a_get_together_is_a_meeting(run, events):
    text = (f"Chiều 21/5, Bí thư Tỉnh ủy Nghệ An {BINH} đã có buổi gặp gỡ với 100 thanh niên "
            "tiêu biểu của tỉnh.")
    assert [(k, d) for k, d, _, _ in events(run(text))] == [("meeting", date(2020, 5, 21))]


@pytest.mark.parametrize("partners, organisers", [
    ("Bộ Ngoại giao, Bộ Công Thương", ("Bộ Ngoại giao", "Bộ Công Thương")),
    ("Bộ Văn hóa, Thể thao và Du lịch, Bộ Ngoại giao, Bộ Công Thương và Ủy ban Quốc gia UNESCO "
     "Việt Nam", ("Bộ Văn hóa, Thể thao và Du lịch", "Bộ Ngoại giao", "Bộ Công Thương",
                  "Ủy ban Quốc gia UNESCO Việt Nam")),
])
def test_an_organiser_holds_the_event_with_the_partners_it_lists(run, events, partners,
                                                                  organisers):
    text = (f"Tối 9-6, tại quảng trường Sông Lam, UBND tỉnh Nghệ An phối hợp với {partners} tổ "
            "chức lễ khai mạc Festival Sen Vàng.")
    assert events(run(text)) == [("ceremony", date(2020, 6, 9),
                                  ("Ủy ban nhân dân tỉnh Nghệ An", *organisers), ())]


def test_the_government_holds_no_assemblys_session(run, events):
    # 'Tại kỳ họp thứ 2 Chính phủ báo cáo …': the government reports at the session, it is no
    # organiser of it (it meets in 'phiên họp')
    text = ("Đại biểu Quốc hội Trần Văn Bình nêu: tại kỳ họp thứ 2 Chính phủ báo cáo có 5 dự án "
            "chậm tiến độ.")
    assert [(k, orgs) for k, _, orgs, _ in events(run(text))] == [("session", ("Quốc hội",))]


@pytest.mark.parametrize("text, kind", [
    # what someone said or decided in a gathering: it was held ('trong cuộc họp', as 'tại')
    (f"Trong cuộc họp chiều qua, Chủ tịch UBND huyện Kim Lâm {BINH} yêu cầu các xã báo cáo.",
     "meeting"),
    (f"Ông {BINH} trả lời phóng viên trong buổi họp báo về dự án cầu Lam.", "meeting"),
])
def test_what_is_said_in_a_gathering_reports_it(run, text, kind):
    assert [e.kind for e in run(text).events] == [kind]


def test_a_gathering_said_to_come_is_none(run):
    # ('sắp đến', as 'sắp tới': the speaker looks ahead)
    text = f"Ông {BINH} cho biết: tại cuộc họp sắp đến, tôi sẽ đề nghị UBND tỉnh xử lý."
    assert not run(text).events


def test_an_opening_is_held_by_whoever_holds_the_gathering(run, events):
    text = "Sáng 20/5, Lễ khai mạc Kỳ họp thứ ba, HĐND tỉnh Nghệ An khóa XVIII diễn ra tại Vinh."
    assert [(k, orgs) for k, _, orgs, _ in events(run(text))] == [
        ("ceremony", ("Hội đồng nhân dân tỉnh Nghệ An",)),
        ("session", ("Hội đồng nhân dân tỉnh Nghệ An",))]


@pytest.mark.parametrize("lead", ["chủ trì phối hợp với", "chủ trì, phối hợp với"])
def test_who_lead_an_event_hold_it_with_their_partners(run, events, lead):
    text = (f"Sáng 19/5, Ban Tổ chức Trung ương, Báo Nhân Dân và Hội Nhà báo Việt Nam {lead} "
            "Bộ Thông tin và Truyền thông tổ chức họp báo.")
    assert [orgs for _, _, orgs, _ in events(run(text))] == [
        ("Ban Tổ chức Trung ương", "Báo Nhân Dân", "Hội Nhà báo Việt Nam",
         "Bộ Thông tin và Truyền thông")]


def test_a_ministry_organising_is_no_ministry_of_organisation(run, events):
    # 'của Bộ tổ chức': the ministry (named before) organising; no ministry is named 'Tổ chức'
    text = ("Chánh Thanh tra Bộ Công an Trần Văn Bình trả lời tại cuộc họp báo của Bộ tổ chức "
            "sáng 28/6.")
    assert [orgs for _, _, orgs, _ in events(run(text))] == [()]


def test_a_day_inside_a_clause_before_the_gathering_is_that_clauses(run, events):
    # the arrest's day, then the press conference's
    text = ("Về việc ông Lê Văn Tám bị bắt ngày 22/6, trong buổi họp báo do Bộ Công an tổ chức "
            f"sáng 28/6, Thượng tướng {BINH} cho biết đã khởi tố vụ án.")
    assert [(k, d) for k, d, _, _ in events(run(text))] == [("meeting", date(2020, 6, 28))]


def test_a_gathering_a_meeting_discusses_is_to_come(run, events):
    text = ("Sáng 13/6 đã diễn ra cuộc họp Ban Chấp hành Hội Nhà văn Nghệ An bàn về việc tổ chức "
            "Đại hội nhiệm kỳ 2016-2021.")
    assert [k for k, *_ in events(run(text))] == ["meeting"]


def test_do_x_to_chuc_after_a_long_name_names_its_organiser(run, events):
    text = ("Sáng 9/6, bên lề Hội nghị chuyên đề đóng mới, nâng cấp tàu cá theo Nghị định 67/CP về "
            "một số chính sách phát triển thủy sản do Bộ Y tế tổ chức, ông Trần Văn Bình phát biểu.")
    assert [orgs for _, _, orgs, _ in events(run(text))] == [("Bộ Y tế",)]


def test_the_afternoon_of_the_same_day_is_a_second_gathering(run, events):
    text = (f"Sáng 7/2, Bí thư Tỉnh ủy Nghệ An {BINH} đã có buổi làm việc với Huyện ủy Kim Lâm. "
            f"Chiều cùng ngày, Bí thư Tỉnh ủy {BINH} đã có buổi làm việc với Huyện ủy Sông Lam.")
    assert [(k, d) for k, d, _, _ in events(run(text))] == [
        ("working_session", date(2020, 2, 7)), ("working_session", date(2020, 2, 7))]


def test_the_same_day_is_not_a_deadline_written_before(run, events):
    text = ("Sáng 14/5, UBND tỉnh Nghệ An yêu cầu huyện Nghi Lộc báo cáo trước ngày 20/5. Cũng "
            "trong sáng cùng ngày, Sở Xây dựng tỉnh Nghệ An đã có buổi làm việc với UBND huyện "
            "Nghi Lộc.")
    assert events(run(text)) == [("working_session", date(2020, 5, 14),
                                  ("Sở Xây dựng tỉnh Nghệ An",), ())]


def test_in_a_gathering_with_others_named_is_not_the_gathering_before(run, events):
    text = ("Ngày 11/5, Ủy ban Kiểm tra Huyện ủy Nghi Lộc đã họp và thống nhất kỷ luật ông "
            f"{BINH}. Trong buổi làm việc với các phòng, ban của huyện, ông {BINH} cho biết đã "
            "khắc phục sai phạm.")
    assert [e[0] for e in events(run(text))] == ["meeting", "working_session"]


@pytest.mark.parametrize("caption", [
    f"Phó Chủ tịch UBND huyện Nghi Lộc {BINH} chủ trì buổi làm việc.",
    # (a caption run into the next sentence)
    f"Phó Chủ tịch UBND huyện Nghi Lộc {BINH} chủ trì buổi làm việc Theo ông Bình, các công "
    "trình đều chậm."])
def test_the_gathering_its_chair_chairs_again_in_other_words_is_the_same(run, events, caption):
    text = (f"Chiều 7-2, Phó Chủ tịch UBND huyện Nghi Lộc {BINH} chủ trì cuộc họp với các phòng, "
            f"ban về tiến độ các công trình. {caption}")
    assert events(run(text)) == [("meeting", date(2020, 2, 7),
                                  ("Ủy ban nhân dân huyện Nghi Lộc",), (BINH,))]


def test_the_day_conclusions_were_issued_is_not_the_meetings(run, events):
    text = (f"Ngày 8-2, UBND huyện Nghi Lộc đã ban hành kết luận của ông {BINH}, Phó Chủ tịch UBND "
            "huyện Nghi Lộc tại cuộc họp về công tác di dời chợ.")
    assert [e[:2] for e in events(run(text))] == [("meeting", None)]


def test_gatherings_about_different_things_are_two(run, events):
    text = (f"Ngày 8-2, UBND huyện Nghi Lộc đã ban hành kết luận của ông {BINH} tại cuộc họp về "
            f"công tác di dời chợ. Trước đó, ngày 4-2, Chủ tịch UBND huyện Nghi Lộc {BINH} đã chủ "
            "trì cuộc họp về kết quả kiểm tra các chợ.")
    assert [e[:2] for e in events(run(text))] == [("meeting", None), ("meeting", date(2020, 2, 4))]


def test_two_leaders_chairing_on_the_same_day_hold_two_gatherings(run, events):
    text = (f"Chiều 7-2, Phó Chủ tịch UBND huyện Nghi Lộc {BINH} chủ trì cuộc họp với các phòng, "
            f"ban. Chiều 7-2, Chủ tịch UBND huyện Diễn Châu {HOA} chủ trì cuộc họp nghe báo cáo.")
    assert [(e[0], e[1], e[3]) for e in events(run(text))] == [
        ("meeting", date(2020, 2, 7), (BINH,)), ("meeting", date(2020, 2, 7), (HOA,))]


def test_in_an_undated_text_a_day_after_the_one_it_is_written_on_is_still_to_come(run, events):
    text = ("Ông Trần Văn Bình, Phó Giám đốc Sở Văn hóa tỉnh Nghệ An cho biết như vậy trong cuộc họp "
            "báo sáng nay (6/2) tại Hà Nội. Theo đó, lễ khai mạc tổ chức vào lúc 20 giờ, ngày 10/3 "
            "năm 2017.")
    assert [e[:2] for e in events(run(text, day=None))] == [("meeting", date(2017, 2, 6))]


def test_one_kind_of_body_of_two_places_holds_two_gatherings_on_one_day(run, events):
    text = ("Ngày 27/6, Đoàn ĐBQH tỉnh Nghệ An tiếp xúc cử tri huyện Nghi Lộc. Ngày 27/6, Đoàn ĐBQH "
            "tỉnh Hà Tĩnh tiếp xúc cử tri huyện Kỳ Anh.")
    assert [(e[0], e[1], e[2]) for e in events(run(text))] == [
        ("voter_meeting", date(2020, 6, 27), ("Đoàn đại biểu Quốc hội tỉnh Nghệ An",)),
        ("voter_meeting", date(2020, 6, 27), ("Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh",))]
