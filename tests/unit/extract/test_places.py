"""GUIDELINES §2 'Jurisdiction from context': a body written without its place."""
from datetime import date

import pytest

BINH = "Trần Văn Bình"
HOA = "Lê Thị Hoa"


@pytest.mark.parametrize("text", [
    "Phó Bí thư Thành ủy Trần Văn Bình phát biểu. Hội nghị do Thành ủy Đà Nẵng tổ chức.",
    "Thành ủy Đà Nẵng tổ chức hội nghị. Phó Bí thư Thành ủy Trần Văn Bình phát biểu.",
])
def test_bare_committee_takes_the_place_named_elsewhere(memberships, text):
    assert memberships(text) == {(BINH, "Phó Bí thư", "Thành ủy Đà Nẵng", "current")}


@pytest.mark.parametrize("title, role, body", [
    ("Thành ủy viên", "Ủy viên", "Thành ủy Đà Nẵng"),
    ("Chánh Văn phòng Thành ủy", "Chánh Văn phòng", "Văn phòng Thành ủy Đà Nẵng"),
    ("Trưởng Ban Tổ chức Thành ủy", "Trưởng ban", "Ban Tổ chức Thành ủy Đà Nẵng"),
])
def test_bare_titles_take_the_place_named_elsewhere(memberships, title, role, body):
    text = f"{title} {BINH} phát biểu. Thành ủy Đà Nẵng đánh giá cao kết quả."
    assert memberships(text) == {(BINH, role, body, "current")}


def test_bare_committee_takes_the_province_named_last_before_it(memberships):
    # (not the one a later, other story of the article names)
    text = (f"Kỷ luật bà {HOA}, Phó Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh Đồng Nai. Trong thời "
            f"gian giữ cương vị Tỉnh ủy viên, bà {HOA} đã vi phạm. Kiểm tra đối với UBKT Tỉnh ủy "
            "Lâm Đồng.")
    assert (HOA, "Ủy viên", "Tỉnh ủy Đồng Nai", "former") in memberships(text)


@pytest.mark.parametrize("district, province", [
    ("huyện Duy Tiên, tỉnh Hà Nam", "Hà Nam"),
    ("huyện Duy Tiên", "Hà Nam"),
])
def test_bare_provincial_committee_in_a_districts_chain_is_its_provinces(memberships, district,
                                                                         province):
    text = (f"Ông Lê Văn Tám, Phó Giám đốc Sở Y tế tỉnh Yên Bái, dự họp. Ông {BINH} - Tỉnh ủy "
            f"viên, Bí thư Huyện ủy {district} phát biểu.")
    assert (BINH, "Ủy viên", f"Tỉnh ủy {province}", "current") in memberships(text)


def test_a_district_name_of_several_provinces_says_no_province(memberships):
    # (Châu Thành is a district of several provinces: the one named before stands)
    text = (f"Ông Lê Văn Tám, Phó Giám đốc Sở Y tế tỉnh Sóc Trăng, dự họp. Ông {BINH}, Tỉnh ủy "
            "viên, Bí thư Huyện ủy Châu Thành phát biểu.")
    assert (BINH, "Ủy viên", "Tỉnh ủy Sóc Trăng", "current") in memberships(text)


def test_publisher_gives_the_city(memberships):
    text = f"Phó Bí thư Thành ủy {BINH} phát biểu."
    assert memberships(text, publisher="thanhuytphcm.vn") == {
        (BINH, "Phó Bí thư", "Thành ủy Thành phố Hồ Chí Minh", "current")}


def test_publisher_city_does_not_say_which_district(memberships):
    # thanhuytphcm.vn makes the city clear, not the district: a bare 'Quận ủy' stands
    text = f"Bí thư Quận ủy {BINH} phát biểu."
    assert memberships(text, publisher="thanhuytphcm.vn") == {
        (BINH, "Bí thư", "Quận ủy", "current")}


def test_section_header_gives_the_province(memberships):
    text = f"Quảng Trị: Phó Chủ tịch UBND tỉnh {BINH} trao quyết định."
    assert memberships(text) == {
        (BINH, "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Trị", "current")}


def test_section_header_line_gives_the_province(memberships):
    text = f"Quảng Trị: Bổ nhiệm Phó Giám đốc Sở\nChủ tịch UBND tỉnh {BINH} đã trao quyết định."
    assert memberships(text) == {(BINH, "Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Trị", "current")}


def test_section_header_with_a_dash_gives_the_province(memberships):
    text = f"Bà Rịa - Vũng Tàu: Phó Chủ tịch UBND tỉnh {BINH} trao quyết định."
    assert memberships(text) == {
        (BINH, "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", "current")}


def test_each_section_header_gives_its_own_province(memberships):
    text = (f"Nghệ An: Giám đốc Sở Y tế tỉnh Nghệ An {BINH} nhận quyết định. "
            "Hà Tĩnh: Phó Giám đốc Sở Y tế tỉnh Lê Thị Hoa phát biểu.")
    assert memberships(text) == {(BINH, "Giám đốc", "Sở Y tế tỉnh Nghệ An", "current"),
                                 ("Lê Thị Hoa", "Phó Giám đốc", "Sở Y tế tỉnh Hà Tĩnh", "current")}


def test_place_never_made_clear_leaves_the_bare_name(memberships):
    assert memberships(f"Bí thư Quận ủy {BINH} phát biểu.") == {
        (BINH, "Bí thư", "Quận ủy", "current")}


def test_places_named_in_the_text_place_bare_bodies(memberships):
    text = ("Sáng 5/7, tại huyện Gio Linh, tỉnh Quảng Trị, Bí thư Huyện ủy Trần Văn Bình chủ trì "
            "hội nghị. Giám đốc Sở Y tế Lê Văn An và Phó Chủ tịch UBND tỉnh Đỗ Văn Hùng dự.")
    assert memberships(text) == {
        ("Trần Văn Bình", "Bí thư", "Huyện ủy Gio Linh", "current"),
        ("Lê Văn An", "Giám đốc", "Sở Y tế tỉnh Quảng Trị", "current"),
        ("Đỗ Văn Hùng", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Trị", "current")}


def test_several_higher_places_between_title_and_name(memberships):
    text = "Chủ tịch UBND xã Gio Mai, huyện Gio Linh, tỉnh Quảng Trị Trần Văn Bình cho biết."
    assert memberships(text) == {("Trần Văn Bình", "Chủ tịch", "Ủy ban nhân dân xã Gio Mai",
                                  "current")}


def test_a_one_word_place_keeps_its_tone_marks(memberships):
    # 'Chủ' (of 'Chủ tịch') folds to the same letters as the town 'Chũ' but is not it
    assert memberships("Ông Trần Văn Bình, Phó Bí thư Huyện ủy - Chủ tịch UBND huyện Nga Sơn "
                       "cho biết.") == {
        ("Trần Văn Bình", "Phó Bí thư", "Huyện ủy Nga Sơn", "current"),
        ("Trần Văn Bình", "Chủ tịch", "Ủy ban nhân dân huyện Nga Sơn", "current")}


def test_a_longer_place_forgives_tone_mark_variants(memberships):
    assert memberships("Ông Trần Văn Bình, Chủ tịch UBND tỉnh Đăk Lăk cho biết.") == {
        ("Trần Văn Bình", "Chủ tịch", "Ủy ban nhân dân tỉnh Đắk Lắk", "current")}


def test_a_commune_named_like_a_family_then_a_full_name(memberships):
    assert memberships("Phó chủ tịch UBND xã Thạch Xuân Trần Văn Bình cho biết.") == {
        ("Trần Văn Bình", "Phó Chủ tịch", "Ủy ban nhân dân xã Thạch Xuân", "current")}


def test_a_name_with_two_family_names_after_a_level_word_is_a_person(run, persons):
    assert persons(run("Chủ tịch UBND tỉnh Nguyễn Trần Minh Anh cho biết.")) == {
        "Nguyễn Trần Minh Anh"}


def test_qua_starting_a_sentence_ends_the_name_before_it(persons, run):
    assert persons(run("Trưởng Ban Dân vận Trung ương Trương Thị Mai Qua 3 năm thực hiện, "
                       "quyết định đã triển khai.")) == {"Trương Thị Mai"}


def test_a_town_abbreviated_tx(memberships):
    assert memberships("Ông Trần Văn Bình, Chủ tịch UBND TX.Sông Cầu, cho biết.") == {
        ("Trần Văn Bình", "Chủ tịch", "Ủy ban nhân dân thị xã Sông Cầu", "current")}


def test_a_bare_commune_body_takes_the_commune_the_story_names(memberships):
    text = ("Lãnh đạo xã Quảng Tâm gồm ông Trần Văn Bình, Bí thư Đảng ủy xã; Lê Văn An, Phó chủ "
            "tịch Hội đồng nhân dân xã.")
    assert memberships(text) == {
        ("Trần Văn Bình", "Bí thư", "Đảng ủy xã Quảng Tâm", "current"),
        ("Lê Văn An", "Phó Chủ tịch", "Hội đồng nhân dân xã Quảng Tâm", "current")}


def test_two_communes_leave_a_bare_commune_body_bare(memberships):
    text = "Người dân xã Đồng Tâm và xã Phú Mãn kiến nghị; Chủ tịch UBND xã Trần Văn Bình trả lời."
    assert memberships(text) == {("Trần Văn Bình", "Chủ tịch", "Ủy ban nhân dân", "current")}


def test_a_province_no_vietnamese_one_is_foreign(memberships):
    assert memberships("Chủ tịch UBND tỉnh Vân Nam Trần Văn Bình tiếp đoàn.") == set()


@pytest.mark.parametrize("after", ["thường xuyên chỉ đạo.", "chỉ đạo."])
def test_a_police_chief_of_a_bare_district_takes_the_district_named(memberships, after):
    text = (f"Công an quận Tây Hồ (Hà Nội) vừa phá một đường dây. Đại tá {BINH}, Trưởng Công an "
            f"quận {after}")
    assert memberships(text) == {(BINH, "Trưởng Công an", "Công an quận Tây Hồ", "current")}


@pytest.mark.parametrize("text, body", [
    (f"Ông {BINH}, Phó Chủ tịch UBND huyện Phù Mỹ, cho biết.", "Ủy ban nhân dân huyện Phù Mỹ"),
    (f"Ông {BINH}, Bí thư Đảng ủy xã Thuần Mỹ, cho biết.", "Đảng ủy xã Thuần Mỹ"),
])
def test_a_place_ending_like_a_foreign_state_is_still_vietnams(memberships, text, body):
    assert {b for _, _, b, _ in memberships(text)} == {body}


def test_a_bare_peoples_committee_takes_the_place_its_sentence_writes_before_it(memberships):
    text = ("Tỉnh ủy Thanh Hóa họp. Khi ông Trần Văn Bình còn làm lãnh đạo tại tỉnh Hà Tĩnh, ở vị "
            "trí Chủ tịch UBND tỉnh, việc kêu gọi đầu tư rất khó.")
    assert memberships(text) == {
        ("Trần Văn Bình", "Chủ tịch", "Ủy ban nhân dân tỉnh Hà Tĩnh", "former")}


def test_a_district_named_is_evidence_for_its_province(memberships):
    text = ("Ở Ban CHQS huyện Đức Thọ, việc học tập là thường xuyên. Theo ông Trần Văn Bình - Chính "
            "ủy Bộ CHQS tỉnh: việc học tập là thường xuyên.")
    assert memberships(text) == {
        ("Trần Văn Bình", "Chính ủy", "Bộ Chỉ huy quân sự tỉnh Hà Tĩnh", "current")}


def test_a_caption_run_into_the_next_sentence_ends_a_place(memberships):
    text = ("Công an đọc lệnh bắt ông Trần Văn Bình - Phó chủ tịch UBND xã Hải Yến Ngày 24-6, thông "
            "tin từ Công an cho biết.")
    assert memberships(text) == {("Trần Văn Bình", "Phó Chủ tịch", "Ủy ban nhân dân xã Hải Yến",
                                  "current")}


def test_a_bare_provincial_committee_takes_the_one_its_sentence_named_before(memberships):
    # the delegation's committee, not the host's the article names first and more often
    text = ("Tỉnh ủy Quảng Trị đón đoàn. Ngày 12/3, tại Tỉnh ủy Quảng Trị, đoàn công tác của "
            "Tỉnh ủy Lạng Sơn do ông Trần Văn Bình, Bí thư Tỉnh ủy làm Trưởng đoàn đã làm việc.")
    assert memberships(text) == {("Trần Văn Bình", "Bí thư", "Tỉnh ủy Lạng Sơn", "current")}


def test_a_committee_with_its_own_name_gives_no_place_to_a_bare_one(memberships):
    text = ("Đảng ủy Khối các cơ quan tỉnh Quảng Trị kỷ luật ông Trần Văn Bình, Đảng ủy viên, "
            "Trưởng phòng Tổ chức cán bộ Sở Y tế tỉnh Quảng Trị.")
    assert ("Trần Văn Bình", "Ủy viên", "Tỉnh ủy Quảng Trị", "current") \
        not in memberships(text)


@pytest.mark.parametrize("topic", ["Với Quảng Trị", "Tại Quảng Trị", "Riêng Quảng Trị"])
def test_a_province_a_clause_is_about_places_its_bare_title(memberships, topic):
    text = (f"Bí thư Tỉnh ủy Lạng Sơn Lê Văn Đức dự. {topic}, Phó Chủ tịch UBND tỉnh Trần Văn "
            f"Bình cho biết tỉnh đã chi trả.")
    assert ("Trần Văn Bình", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Trị", "current") \
        in memberships(text)


@pytest.mark.parametrize("written, body", [
    ("UBND H.Vĩnh Linh", "Ủy ban nhân dân huyện Vĩnh Linh"),
    ("UBND TT.Hồ Xá", "Ủy ban nhân dân thị trấn Hồ Xá"),
    ("UBND P.Đông Lương", "Ủy ban nhân dân phường Đông Lương"),
])
def test_a_level_word_cut_to_initials_and_glued_to_the_name(memberships, written, body):
    text = f"Ông Trần Văn Bình, Phó Chủ tịch {written}, cho biết. Anh Lê Văn H. (35 tuổi) bị bắt."
    assert {m[2] for m in memberships(text)} == {body}


@pytest.mark.parametrize("text, body", [
    ("UBND huyện Ba Vì bị phê bình. Ông Trần Văn Bình, Trưởng phòng TN&MT, bị kiểm điểm.",
     "Phòng Tài nguyên và Môi trường huyện Ba Vì"),
    # the short form with the verb right after it
    ("UBND huyện Ba Vì bị phê bình. Ông Trần Văn Bình, Trưởng phòng TN&MT bị kiểm điểm.",
     "Phòng Tài nguyên và Môi trường huyện Ba Vì"),
    # a district the place data does not hold is named as written
    ("UBND quận 9 bị phê bình. Ông Trần Văn Bình, Trưởng phòng Quản lý đô thị, bị kiểm điểm.",
     "Phòng Quản lý đô thị Quận 9"),
])
def test_a_district_office_takes_the_district_of_the_story(memberships, text, body):
    assert memberships(text) == {("Trần Văn Bình", "Trưởng phòng", body, "current")}


@pytest.mark.parametrize("text, body", [
    # no one district: the office stands bare
    ("UBND huyện Ba Vì và UBND huyện Đông Anh bị phê bình. Ông Trần Văn Bình, Trưởng phòng "
     "Tài chính, bị kiểm điểm.", "Phòng Tài chính"),
    # a department's own office of that name is not the district's
    ("UBND huyện Ba Vì bị phê bình. Ông Trần Văn Bình, Trưởng phòng Kế hoạch - Tài chính, bị "
     "kiểm điểm.", "Phòng Kế hoạch - Tài chính"),
])
def test_an_office_of_no_one_district_stands_bare(memberships, text, body):
    assert memberships(text) == {("Trần Văn Bình", "Trưởng phòng", body, "current")}


def test_a_bare_department_takes_the_place_of_the_same_one_not_of_another(memberships):
    text = ("Chính quyền tỉnh Phú Yên họp về tôm chết ở tỉnh Phú Yên. Bà Lê Thị Hoa (Phó Giám đốc "
            "Sở Tài nguyên và Môi trường) cho biết mẫu đã được Sở Khoa học và Công nghệ TP HCM "
            "phân tích.")
    assert memberships(text) == {
        ("Lê Thị Hoa", "Phó Giám đốc", "Sở Tài nguyên và Môi trường tỉnh Phú Yên", "current")}


def test_a_count_after_a_place_is_no_number_of_it(run, memberships):
    text = ("Tòa tuyên phạt Trần Văn Bình (sinh năm 1973), nguyên Phó Chủ tịch UBND phường Trung Tự "
            "30 tháng tù giam.")
    assert memberships(run(text)) == {
        ("Trần Văn Bình", "Phó Chủ tịch", "Ủy ban nhân dân phường Trung Tự", "former")}


def test_a_planning_department_is_no_assembly(run, memberships):
    text = "Ông Trần Văn Bình, nguyên Giám đốc Sở QH-KT TP Hà Nội, cho rằng dự thảo cần sửa."
    assert memberships(run(text)) == {
        ("Trần Văn Bình", "Giám đốc", "Sở Quy hoạch - Kiến trúc thành phố Hà Nội", "former")}


@pytest.mark.parametrize("text, body", [
    ("Ông Trần Văn Bình, Trưởng Ban chỉ đạo phòng, chống dịch Covid-19 của Hà Nội cho biết.",
     "Ban Chỉ đạo phòng, chống dịch Covid-19 thành phố Hà Nội"),
    ("Ông Trần Văn Bình, Trưởng Ban chỉ đạo phòng chống thiên tai của tỉnh Nghệ An cho biết.",
     "Ban Chỉ đạo phòng chống thiên tai tỉnh Nghệ An"),
])
def test_the_place_a_body_is_of(memberships, text, body):
    assert memberships(text) == {("Trần Văn Bình", "Trưởng ban", body, "current")}


@pytest.mark.parametrize("text, expected", [
    ("Bí thư Thành ủy Hải phòng Trần Văn Bình phát biểu.", ("Bí thư", "Thành ủy Hải Phòng")),
    ("Chủ tịch UBND tỉnh Yên bái Trần Văn Bình phát biểu.",
     ("Chủ tịch", "Ủy ban nhân dân tỉnh Yên Bái")),
])
def test_a_known_place_typed_in_lower_case_after_its_first_word(memberships, text, expected):
    assert memberships(text) == {("Trần Văn Bình", *expected, "current")}


def test_a_capitalised_word_and_lower_case_words_with_no_level_are_no_place(run, memberships):
    # ('Nam định hướng': a man named Nam gives direction; 'Nam Định' only after a level word)
    facts = run("Ông Nam định hướng cho Chủ tịch UBND tỉnh Lào Cai Trần Văn Bình.")
    assert memberships(facts) == {
        ("Trần Văn Bình", "Chủ tịch", "Ủy ban nhân dân tỉnh Lào Cai", "current")}


@pytest.mark.parametrize("text, expected", [
    # a district's level word cut to 'H.' and a space, a field's short form with spaces
    ("Ông Trần Văn Bình, Phó Trưởng Phòng NN & PTNT H. Quảng Điền, cho biết.",
     ("Phó Trưởng phòng", "Phòng Nông nghiệp và Phát triển nông thôn huyện Quảng Điền")),
    # a commune of two words, then a full name whose family name follows a family name
    ("Chủ tịch UBND xã Ngọc Lương Trần Văn Bình xác nhận.",
     ("Chủ tịch", "Ủy ban nhân dân xã Ngọc Lương")),
])
def test_short_forms_and_names_around_a_place(memberships, text, expected):
    assert memberships(text) == {("Trần Văn Bình", *expected, "current")}


def test_h_and_a_space_before_no_district_is_a_persons_initial(run, persons):
    facts = run("Bị can Lê Văn H. Ông Trần Văn Bình, Chủ tịch UBND huyện Vân Đồn, phát biểu.")
    assert "Trần Văn Bình" in persons(facts)


def test_a_caption_run_into_the_next_sentence_ends_a_communes_name(memberships):
    # 'xã Ngọc Lương Ông Phương cho biết': 'Ông' opens the next sentence, no part of a name
    assert memberships("Ông Trần Văn Bình, Chủ tịch UBND xã Ngọc Lương Ông Bình cho biết trại "
                       "gà đã xây năm 2012.") == {
        ("Trần Văn Bình", "Chủ tịch", "Ủy ban nhân dân xã Ngọc Lương", "current")}


@pytest.mark.parametrize("written, canonical", [("Đakrông", "Đa Krông"),
                                                ("Krông Ana", "Krông A Na")])
def test_a_district_written_in_one_word_is_the_known_one(memberships, written, canonical):
    text = f"Ông {BINH}, Chủ tịch UBND huyện {written}, cho biết."
    assert memberships(text) == {(BINH, "Chủ tịch", f"Ủy ban nhân dân huyện {canonical}",
                                  "current")}


@pytest.mark.parametrize("chain, body", [
    ("nguyên Giám đốc Sở Công thương, Bí thư Huyện ủy Nhơn Trạch", "Sở Công Thương tỉnh Đồng Nai"),
    # (a district-level city has a 'Thành ủy' of its own: no province for it)
    ("nguyên Bí thư Thành ủy, Chủ tịch UBND thành phố Hội An", "Thành ủy Hội An"),
])
def test_a_provincial_body_in_a_chain_takes_the_province_of_the_chains_district(memberships,
                                                                                  chain, body):
    text = ("Ông Nguyễn Văn Bình, nguyên Chủ tịch UBND tỉnh Khánh Hòa bị kỷ luật. Bà Lê Thị "
            f"Hoa, {chain}, bị cảnh cáo.")
    assert body in {b for p, r, b, s in memberships(text) if p == "Lê Thị Hoa"}


@pytest.mark.parametrize("text, expected", [
    # a city ward named after a person, in the body's name, holds no post
    ("Hôm qua, đồng chí Chủ tịch UBND phường Nguyễn Cư Trinh có báo cáo về hàng rong.", set()),
    # (a commune's chairman named with his title: the person)
    (f"Cựu Chủ tịch xã {BINH} đã cấp đất trái thẩm quyền.",
     {(BINH, "Chủ tịch", "Ủy ban nhân dân", "former")}),
    # (the ward's name, then its chairman's)
    (f"Chủ tịch UBND phường Bến Nghé {BINH} cho biết.",
     {(BINH, "Chủ tịch", "Ủy ban nhân dân phường Bến Nghé", "current")}),
])
def test_a_ward_named_after_a_person_in_a_bodys_name_is_no_holder(memberships, text, expected):
    assert memberships(text) == expected


def test_districts_merged_away_before_the_gazetteers_data_are_still_places(memberships):
    # Quận 2 and Quận 9 of TP.HCM became part of Thủ Đức in 2021; 2017 news names them
    text = ("Bí thư Thành ủy TP HCM làm việc với Quận ủy quận 2 và Quận ủy quận 9. Tại quận 2, "
            f"Bí thư Quận ủy {BINH} cho biết. Tại quận 9, Phó Bí thư Quận ủy {HOA} cho biết.")
    assert memberships(text, day=date(2017, 2, 6)) == {
        (BINH, "Bí thư", "Quận ủy Quận 2", "current"),
        (HOA, "Phó Bí thư", "Quận ủy Quận 9", "current")}


@pytest.mark.parametrize("written", ["Đắk R'Lấp", "Đắk R'lấp", "Đắk R’lấp"])
def test_a_place_with_an_apostrophe_inside_its_name(memberships, written):
    assert memberships(f"Ông {BINH}, Bí thư Huyện ủy {written} cho biết.") == {
        (BINH, "Bí thư", "Huyện ủy Đắk R'Lấp", "current")}


@pytest.mark.parametrize("written", ["phường 8", "Phường 8"])
def test_a_numbered_ward_is_the_place_of_its_committee(memberships, written):
    assert memberships(f"Ông {BINH}, Chủ tịch UBND {written} (TP Sóc Trăng), cho biết.") == {
        (BINH, "Chủ tịch", "Ủy ban nhân dân Phường 8", "current")}
