"""GUIDELINES §1: who is a person of the article."""
from datetime import date

import pytest

BINH = "Trần Văn Bình"


@pytest.mark.parametrize("name", ["Trần Văn Bình", "Lê Thị Hoa", "Phạm Quốc Minh Hưng",
                                  "Lê Thị Thu Hoa"])
def test_full_name_of_three_or_four_syllables(run, persons, memberships, name):
    facts = run(f"Chủ tịch UBND tỉnh Quảng Ninh {name} dự buổi lễ.")
    assert persons(facts) == {name}
    assert memberships(facts) == {(name, "Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Ninh", "current")}


@pytest.mark.parametrize("ref", ["Ông Bình", "Đồng chí Bình"])
def test_short_reference_is_the_full_name_and_adds_no_person(run, persons, memberships, ref):
    facts = run(f"Ông {BINH} sinh năm 1970, quê Nghệ An. "
                f"{ref} hiện là Giám đốc Sở Xây dựng tỉnh Nghệ An.")
    assert persons(facts) == {BINH}
    assert memberships(facts) == {(BINH, "Giám đốc", "Sở Xây dựng tỉnh Nghệ An", "current")}


@pytest.mark.parametrize("ref", [
    "ông Bình",
    "đồng chí Bình",
    "Bí thư Bình",
])
def test_short_reference_as_speaker(run, persons, ref):
    facts = run("Sáng 5/8, Huyện ủy Nghi Lộc tổ chức hội nghị. "
                f"Bí thư Huyện ủy Nghi Lộc {BINH} dự hội nghị. "
                f"Phát biểu tại hội nghị, {ref} nhấn mạnh yêu cầu đổi mới.")
    assert persons(facts) == {BINH}
    assert [e.speakers for e in facts.events] == [(BINH,)]


@pytest.mark.parametrize("text, expected", [
    ("Tại Hà Tĩnh, Phó Chủ tịch UBND tỉnh Hà Tĩnh Trần Văn Bình cho biết.",
     {(BINH, "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hà Tĩnh", "current")}),
    ("Đoàn đã làm việc tại Lâm Đồng, Phó Chủ tịch UBND tỉnh Lâm Đồng cho biết.", set()),
    ("Chủ tịch UBND quận Hoàng Mai Trần Văn Bình đã làm việc với quận Hoàng Mai.",
     {(BINH, "Chủ tịch", "Ủy ban nhân dân quận Hoàng Mai", "current")}),
])
def test_place_names_like_surnames_are_not_persons(run, persons, memberships, text, expected):
    facts = run(text)
    assert memberships(facts) == expected
    assert persons(facts) == {m[0] for m in expected}


def test_name_that_starts_like_a_place_is_still_a_person(memberships):
    assert memberships("Bí thư Huyện ủy Nghi Lộc Hoàng Mai Anh phát biểu.") == {
        ("Hoàng Mai Anh", "Bí thư", "Huyện ủy Nghi Lộc", "current")}


def test_a_man_called_ong_and_named_like_a_place_is_a_person(memberships):
    assert memberships("Ông Hoàng Mai, Chủ tịch UBND xã Nghi Phong, cho biết.") == {
        ("Hoàng Mai", "Chủ tịch", "Ủy ban nhân dân xã Nghi Phong", "current")}


@pytest.mark.parametrize("text", [
    "Phó Chủ tịch UBND tỉnh Nghệ An Lê Thị Hoa phát biểu tại buổi lễ. Ảnh: Trần Văn Bình",
    "Ảnh: Trần Văn Bình\nPhó Chủ tịch UBND tỉnh Nghệ An Lê Thị Hoa phát biểu tại buổi lễ.",
    "Phó Chủ tịch UBND tỉnh Nghệ An Lê Thị Hoa phát biểu tại buổi lễ (Ảnh: Trần Văn Bình).",
])
def test_photo_credit_is_not_a_person(run, persons, text):
    assert persons(run(text)) == {"Lê Thị Hoa"}


def test_byline_is_not_a_position_holder(run, persons, memberships):
    facts = run("Chủ tịch UBND tỉnh Nghệ An Trần Văn Bình dự hội nghị.\nLê Thị Hoa")
    assert persons(facts) == {BINH}
    assert memberships(facts) == {(BINH, "Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An", "current")}


# (Đầu, Thèn: found after 'ông/bà' in the corpus; Kpă: a Central Highlands family name;
# Ngũ, Đới, Phàn, Chảo: rarer Kinh, Tày and Dao family names)
@pytest.mark.parametrize("name", ["Bạch Văn Lực", "Giáp Thị Mai", "Lò Văn Chiến",
                                  "Đầu Văn Hòa", "Thèn Văn Lâm", "Kpă Thanh", "Ngũ Văn Tài",
                                  "Đới Thị Lan", "Phàn Văn Sinh", "Chảo Văn Lâm",
                                  "Du Trường Sơn",
                                  # (Khmer, Hmong and Dao family names; a monk's 'Thích')
                                  "Danh Văn Tư", "Sơn Minh Hải", "Vừ A Páo", "Tẩn Láo Sử",
                                  "Thích Minh Hạnh",
                                  # (a Central Highlands name opened by 'H'' or 'K'')
                                  "H'Lan Kđoh", "K'Minh Tâm"])
def test_less_common_surnames_are_names(memberships, name):
    assert memberships(f"Bí thư Huyện ủy Sơn Tịnh {name} phát biểu.") == {
        (name, "Bí thư", "Huyện ủy Sơn Tịnh", "current")}


@pytest.mark.parametrize("text", ["Đoàn đã đến xã Kim Liên. Ông Trần Văn Bình, Chủ tịch UBND xã, dự.",
                                  "Bà Kim Thoa nói. Bà Trần Thị Kim Thoa, Phó Giám đốc Sở Y tế, dự."])
def test_kim_opens_a_given_name_or_a_place_not_a_family_name(persons, run, text):
    assert "Kim Liên" not in persons(run(text)) and "Kim Thoa" not in persons(run(text))


def test_a_province_written_after_a_name_is_no_part_of_it(persons, run):
    facts = run("Bí thư Tỉnh ủy Hà Tĩnh Lê Đình Khải Hà Tĩnh đã họp. Bà Lê Thị Hải Dương, Phó Chủ "
                "tịch UBND tỉnh Nam Định dự.")
    assert persons(facts) == {"Lê Đình Khải", "Lê Thị Hải Dương"}


@pytest.mark.parametrize("name", ["Sùng Văn Pao", "Giàng Thị Mỷ", "Tòng Văn Chiến"])
def test_a_family_name_outside_the_list_is_known_by_its_middle_name(run, persons, name):
    # minority and rare family names: 'Văn' / 'Thị' in second place make it a person
    facts = run(f"Bà {name}, Phó Chủ tịch UBND huyện Mường Tè, dự hội nghị.")
    assert persons(facts) == {name}


def test_a_place_before_van_is_no_family_name(run, persons):
    facts = run("Giám đốc Sở Văn hóa tỉnh Lào Cai Trần Văn Bình dự hội nghị.")
    assert persons(facts) == {BINH}


@pytest.mark.parametrize("text, name", [
    ("Việc ông Lê Xuân Sáng - Giám đốc Sở Y tế tỉnh Yên Bái - đưa tiền là sai.", "Lê Xuân Sáng"),
    ("Giám đốc Sở Y tế tỉnh Yên Bái Lê Xuân Bình Sáng 5/8 đã dự hội nghị.", "Lê Xuân Bình"),
    ("Giám đốc Sở Y tế tỉnh Yên Bái Lê Xuân Bình Chiều nay đã dự hội nghị.", "Lê Xuân Bình"),
    # ('Đúng 8h30' opens a sentence a caption ran into; a commune's chairman named after it)
    ("Chủ tịch UBND tỉnh Yên Bái Lê Xuân Bình Đúng 8h30, hội nghị bắt đầu.", "Lê Xuân Bình"),
    ("Chủ tịch UBND xã Kim Lâm Lê Xuân Đúng cho biết.", "Lê Xuân Đúng"),
    ("Chủ tịch UBND xã Kim Lâm Lê Xuân Sáng cho biết.", "Lê Xuân Sáng"),
])
def test_a_time_of_day_ends_a_name_only_before_a_day(run, persons, text, name):
    assert persons(run(text)) == {name}


def test_a_given_name_spelled_like_an_acronym_ends_the_name_not_a_body(persons, run):
    # 'CA' (Công an) is matched in capitals only: 'Ca' ends 'Huỳnh Quốc Ca'
    facts = run("Ông Huỳnh Quốc Ca, Phó Giám đốc Sở Xây dựng tỉnh Bạc Liêu, cho biết.")
    assert persons(facts) == {"Huỳnh Quốc Ca"}


def test_words_run_together_by_markup_are_read_apart(memberships):
    text = "Ông Trần Văn Bình, Phó Bí thư thường trựcĐảng ủy Trường Đại học Sông Biếc, cho biết."
    assert memberships(text) == {("Trần Văn Bình", "Phó Bí thư Thường trực",
                                  "Đảng ủy Trường Đại học Sông Biếc", "current")}


def test_a_brand_in_camel_case_stays_whole():
    from kg.extract.gazetteer import load
    assert load().expand("VietBank, PetroVietnam, Dệt MayViệt") == \
        "VietBank, PetroVietnam, Dệt May Việt"


def test_a_photo_credit_in_capitals_before_a_caption_naming_a_woman(memberships):
    text = ("Ảnh: TRẦN NGỌC Bà Lê Thị Hoa, Tổng Giám đốc Công ty TNHH Sông Biếc, cho biết hiện "
            "công ty cung ứng 70 tấn sản phẩm.")
    assert memberships(text) == {
        ("Lê Thị Hoa", "Tổng Giám đốc", "Công ty TNHH Sông Biếc", "current")}


def test_a_foreign_ministers_office_is_no_office_for_a_bare_title(memberships):
    text = ("Việt Nam cảm ơn sự coi trọng của Bộ trưởng Bộ Quốc phòng Trung Quốc. Bộ trưởng Trần "
            "Văn Bình phát biểu.")
    assert memberships(text) == set()  # whose minister the bare title is, no one says


@pytest.mark.parametrize("year", ["Đinh Dậu", "Mậu Tuất", "Giáp Ngọ"])
def test_a_year_of_the_lunar_calendar_is_no_name(persons, run, year):
    facts = run(f"Nhân dịp Xuân mới {year}, Thủ tướng chúc Bí thư Tỉnh ủy Nghệ An Trần Văn Bình "
                "sức khỏe.")
    assert persons(facts) == {"Trần Văn Bình"}


def test_an_official_of_a_state_named_in_brackets_is_outside_the_graph(memberships):
    text = ("Thủ tướng Trần Văn Bình tiếp Bí thư Khu ủy Khu tự trị Quảng Tây (Trung Quốc) Lê Văn "
            "An đang thăm Việt Nam. Vui mừng gặp lại Bí thư Khu ủy Khu tự trị Quảng Tây Lê Văn An, "
            "Thủ tướng nhấn mạnh quan hệ hữu nghị.")
    assert memberships(text) == {("Trần Văn Bình", "Thủ tướng", "Chính phủ", "current")}


def test_the_leader_of_a_foreign_partys_delegation_is_outside_the_graph(memberships):
    text = ("Đoàn đại biểu Đảng Cộng sản Trung Quốc do đồng chí Lê Văn An, Ủy viên Bộ Chính trị, "
            "Trưởng Ban Tuyên truyền Trung ương làm Trưởng đoàn. Đoàn đại biểu Đảng ta do đồng "
            "chí Trần Văn Bình, Ủy viên Bộ Chính trị làm Trưởng đoàn.")
    assert memberships(text) == {("Trần Văn Bình", "Ủy viên", "Bộ Chính trị", "current")}


def test_a_leader_called_truong_chinh_is_no_school(memberships):
    text = "Trong ảnh: Tổng Bí thư Trường Chinh, Phó Thủ tướng Trần Văn Bình tại Việt Bắc."
    # (the leader himself is a person, data/pen_names.tsv, whose post ended with his life)
    assert memberships(text) == {
        ("Trần Văn Bình", "Phó Thủ tướng", "Chính phủ", "current"),
        ("Trường Chinh", "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng", "former")}



def test_a_caption_run_into_the_next_sentence_ends_a_known_name(persons, run):
    facts = run("Chủ tịch nước Trần Văn Bình dự lễ. Ảnh: Chủ tịch nước Trần Văn Bình Báo chí đã "
                "có nhiều đóng góp.")
    assert persons(facts) == {"Trần Văn Bình"}


@pytest.mark.parametrize("text", [
    "Chủ tịch nước Trần Văn Bình Báo chí đã có nhiều đóng góp.",
    "Phó Chủ tịch UBND tỉnh Nghệ An Trần Văn Bình Liên quan tới kết luận, ông nói."])
def test_a_caption_run_into_a_sentence_opening_on_a_common_word_ends_the_name(persons, run,
                                                                             text):
    # (the name is written nowhere else: the common word 'báo chí', 'liên quan' says so)
    assert persons(run(text)) == {"Trần Văn Bình"}


@pytest.mark.parametrize("name", ["Đặng Thị Bích Liên", "Nguyễn Thị Quyết Tâm"])
def test_a_four_word_name_before_a_lower_case_word_stands(persons, run, name):
    # ('liên hoan' is no common word of the dictionary; 'tâm cho' no word at all)
    assert persons(run(f"Phó Chủ tịch UBND tỉnh Nghệ An {name} hoan nghênh và cho rằng cần "
                       "làm.")) == {name}


def test_a_function_word_capitalised_before_a_titles_comma_ends_a_name(memberships):
    # 'Tự Do' (freedom) is a given name; 'Do' opens no sentence before the comma
    text = "Ông Lê Quang Tự Do, Phó Cục trưởng Cục Báo chí, phát biểu. Do mưa, hội nghị hoãn."
    assert memberships(text) == {("Lê Quang Tự Do", "Phó Cục trưởng", "Cục Báo chí", "current")}


@pytest.mark.parametrize("name", ["Điểu K'Ré", "Ksor H'Bơ Khăp"])
def test_a_highlands_name_with_an_apostrophe(run, persons, memberships, name):
    facts = run(f"Ông {name}, Phó Chủ tịch UBND tỉnh Bình Phước, cho biết.")
    assert persons(facts) == {name}
    assert memberships(facts) == {(name, "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Bình Phước",
                                   "current")}


@pytest.mark.parametrize("name", ["Rơ Mah Tuấn", "Rơ Châm Hải", "Rah Lan Lâm"])
def test_a_family_name_of_two_words(memberships, name):
    # Jrai family names of two words, in the list whole ('Rơ Mah'), read from their first
    assert memberships(f"Ông {name}, Phó Chủ tịch UBND tỉnh Gia Lai, cho biết.") == {
        (name, "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Gia Lai", "current")}


def test_a_ba_na_name_opens_with_a(run, persons):
    assert persons(run("Ông A Quyết - Chủ tịch UBND xã Ngọc Bay cho biết.")) == {"A Quyết"}


def test_a_letter_before_a_family_name_is_no_part_of_the_name(run, persons):
    assert persons(run("Nhóm A Trần Văn Bình, Giám đốc Sở Y tế, cho biết.")) == {"Trần Văn Bình"}


def test_a_jrai_family_name(run, persons):
    assert persons(run("Ông Nay Y Blung, Chủ tịch UBND huyện Sơn Hòa, cho biết.")) == {"Nay Y Blung"}


def test_a_pen_name_is_a_person_and_the_title_is_not_the_next_names(run, memberships):
    # (data/pen_names.tsv: a name that starts with no family name)
    facts = run(f"Nhà sử học {BINH} nói về Tổng Bí thư Trường Chinh tại hội thảo.")
    assert memberships(facts) == {
        ("Trường Chinh", "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng", "former")}


def test_a_pen_name_holds_a_post_in_a_story_told_before_he_died(run, memberships):
    facts = run("Tổng Bí thư Trường Chinh phát biểu tại hội nghị.", day=date(1986, 12, 1))
    assert memberships(facts) == {
        ("Trường Chinh", "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng", "current")}


def test_a_pen_name_as_a_street_is_no_person(run, persons):
    assert persons(run("Dự án nâng cấp đường Trường Chinh, quận Tân Bình đã xong.")) == set()


@pytest.mark.parametrize("name", ["Tiếu Hoa Năng", "Sử Ngọc Anh", "Tráng A Páo"])
def test_a_rare_family_name_starts_a_full_name(run, memberships, name):
    facts = run(f"Ông {name}, Giám đốc Sở Xây dựng tỉnh Nghệ An cho biết.")
    assert memberships(facts) == {(name, "Giám đốc", "Sở Xây dựng tỉnh Nghệ An", "current")}


def test_a_chinese_province_is_no_family_name(run, memberships):
    facts = run("Ông Trần Văn Bình, Bí thư Tỉnh ủy Giang Tô (Trung Quốc) dự lễ.")
    assert not any(m[0].startswith("Giang") for m in memberships(facts))


def test_a_pen_name_after_a_papers_title_ends_the_papers_name(memberships):
    # (a two-word name after 'Báo X' would read as the paper's; a pen name from the list does not)
    assert memberships("Tổng Biên tập Báo Nhân dân Trường Chinh phát biểu.") == {
        ("Trường Chinh", "Tổng Biên tập", "Báo Nhân dân", "former")}


def test_a_given_name_after_a_middle_name_is_no_school(run, persons, memberships):
    # 'Trường' opens a school's name, but after 'Thị' it goes on a person's
    facts = run("Phó Giám đốc Học viện Báo chí và Tuyên truyền Lê Thị Trường Vân nhìn lại chặng đường 60 năm.")
    assert persons(facts) == {"Lê Thị Trường Vân"}
    assert memberships(facts) == {("Lê Thị Trường Vân", "Phó Giám đốc",
                                   "Học viện Báo chí và Tuyên truyền", "current")}


def test_a_person_whose_titles_end_with_a_foreign_state_in_brackets_is_foreign(memberships):
    text = ("Ông Trần Văn Bình, Bí thư Tỉnh ủy Sơn La cho biết. Ông Bun Nhăng Vo La Chít, Bí thư "
            "Tỉnh ủy, Tỉnh trưởng tỉnh Luông Nậm Thà (Lào) phát biểu.")
    assert memberships(text) == {("Trần Văn Bình", "Bí thư", "Tỉnh ủy Sơn La", "current")}


def test_a_name_ending_in_words_that_name_a_body(memberships):
    # ('Quốc Hội' after a family name ends a person's name, not the assembly)
    text = "Chủ tịch CLB Hà Nội, ông Nguyễn Quốc Hội, cho biết các bên đang làm thủ tục."
    assert memberships(text) == {("Nguyễn Quốc Hội", "Chủ tịch", "Câu lạc bộ Hà Nội", "current")}



@pytest.mark.parametrize("site", ["Đền Trần Thái Bình", "đường Lê Văn Hưu", "phố Hàn Thuyên"])
def test_a_site_named_for_a_person_is_no_person(run, persons, memberships, site):
    # the title ends at the site: the chain is the person's named before it
    facts = run(f"Ông {BINH}, Phó Chủ tịch UBND huyện Hưng Hà, Trưởng Ban tổ chức lễ hội {site} "
                "2017, báo cáo.")
    assert persons(facts) == {BINH}
    assert (BINH, "Phó Chủ tịch", "Ủy ban nhân dân huyện Hưng Hà", "current") in memberships(facts)
