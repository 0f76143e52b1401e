"""Persons in lists, captions and forms (the issue's class 2), GUIDELINES §1 and §3."""
import pytest

BINH = "Trần Văn Bình"
HOA = "Lê Thị Hoa"
HUNG = "Đỗ Văn Hùng"


def test_each_listed_person_with_own_titles(memberships):
    text = (f"Dự hội nghị có các đồng chí: {BINH}, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy "
            f"Quảng Trị; {HOA}, Phó Bí thư Thường trực Tỉnh ủy; {HUNG}, Chủ tịch UBND tỉnh.")
    assert memberships(text) == {
        (BINH, "Ủy viên", "Ban Chấp hành Trung ương Đảng", "current"),
        (BINH, "Bí thư", "Tỉnh ủy Quảng Trị", "current"),
        (HOA, "Phó Bí thư Thường trực", "Tỉnh ủy Quảng Trị", "current"),
        (HUNG, "Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Trị", "current")}


def test_coordinated_subjects_share_the_seat(memberships):
    text = f"Các đồng chí {BINH}, {HOA} và {HUNG} được bầu vào Ban Thường vụ Tỉnh ủy Quảng Trị."
    assert memberships(text) == {
        (p, "Ủy viên", "Ban Thường vụ Tỉnh ủy Quảng Trị", "current") for p in (BINH, HOA, HUNG)}


def test_coordinated_subjects_share_the_appointment(memberships):
    text = f"Ông {BINH}, ông {HUNG} được bổ nhiệm giữ chức Phó Giám đốc Sở Y tế tỉnh Quảng Trị."
    assert memberships(text) == {
        (p, "Phó Giám đốc", "Sở Y tế tỉnh Quảng Trị", "current") for p in (BINH, HUNG)}


def test_a_caption_position_between_name_and_title(memberships):
    text = f"Ông {BINH} (bìa trái), Phó Chủ tịch UBND tỉnh Quảng Trị trao quyết định."
    assert memberships(text) == {(BINH, "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Trị",
                                  "current")}


def test_a_name_in_capitals(memberships, persons, run):
    facts = run("Họ và tên: TRẦN VĂN BÌNH\nChức vụ: Phó Chủ tịch UBND tỉnh Quảng Trị.")
    assert memberships(facts) == {(BINH, "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Trị",
                                   "current")}
    assert persons(facts) == {BINH}


def test_capitals_that_are_no_name_stay_as_written(memberships):
    text = f"BÁO CÁO TỔNG KẾT: Chủ tịch UBND tỉnh Quảng Trị {BINH} phát biểu."
    assert memberships(text) == {(BINH, "Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Trị", "current")}


def test_a_titled_list(memberships):
    text = (f"8 Phó Giám đốc Sở Nội vụ tỉnh Quảng Trị gồm có ông {BINH}, {HUNG} và bà {HOA}.")
    body = "Sở Nội vụ tỉnh Quảng Trị"
    assert memberships(text) == {(p, "Phó Giám đốc", body, "current") for p in (BINH, HUNG, HOA)}


def test_deputies_listed_after_their_head(memberships):
    text = (f"Giám đốc Sở Nội vụ tỉnh Quảng Trị là ông {BINH}; 3 Phó Giám đốc gồm các ông bà: "
            f"{HUNG}, Lê Văn An và bà {HOA}.")
    body = "Sở Nội vụ tỉnh Quảng Trị"
    assert memberships(text) == {(BINH, "Giám đốc", body, "current")} | {
        (p, "Phó Giám đốc", body, "current") for p in (HUNG, "Lê Văn An", HOA)}


def test_a_title_then_a_colon_and_names(memberships):
    text = "Các đồng chí Phó Chánh văn phòng Trung ương Đảng: Trần Văn Khải, Bùi Văn Tính."
    assert memberships(text) == {
        (p, "Phó Chánh Văn phòng", "Văn phòng Trung ương Đảng", "current")
        for p in ("Trần Văn Khải", "Bùi Văn Tính")}


def test_names_after_a_plural_share_the_title_after_them(memberships):
    assert memberships("Các ông Trần Văn Bình và Lê Văn An, Phó Chủ tịch UBND tỉnh Nghệ An cùng "
                       "dự.") == {
        ("Trần Văn Bình", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An", "current"),
        ("Lê Văn An", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An", "current")}


def test_a_title_after_a_dash_is_no_place_of_the_body_before(memberships):
    text = ("Hội đồng gồm: ông Trần Văn Bình, Chủ tịch UBND tỉnh - Chủ tịch Hội đồng; ông Lê Văn "
            "An, Giám đốc Sở Tài chính.")
    assert ("Trần Văn Bình", "Chủ tịch", "Ủy ban nhân dân", "current") in memberships(text)


def test_a_board_with_its_term_then_its_members(memberships):
    text = ("Công ty cổ phần Sông Biếc họp đại hội cổ đông. Thành viên Hội đồng quản trị nhiệm kỳ "
            "2021 - 2025 gồm ông Trần Văn Bình và bà Lê Thị Hoa.")
    board = "Hội đồng quản trị Công ty cổ phần Sông Biếc"
    assert memberships(text) == {("Trần Văn Bình", "Thành viên", board, "current"),
                                 ("Lê Thị Hoa", "Thành viên", board, "current")}


def test_a_plural_title_before_names_is_each_ones(memberships):
    text = ("Các phó chủ tịch Ủy ban nhân dân thành phố Hà Nội Trần Văn Bình, Lê Văn An đã đến "
            "dự.")
    body = "Ủy ban nhân dân thành phố Hà Nội"
    assert memberships(text) == {("Trần Văn Bình", "Phó Chủ tịch", body, "current"),
                                 ("Lê Văn An", "Phó Chủ tịch", body, "current")}


def test_a_bare_member_in_a_boards_roster(memberships):
    text = ("Hội đồng quản trị Sobitex gồm 5 thành viên: ông Trần Văn Bình (Chủ tịch Hội đồng "
            "quản trị), ông Lê Văn An (thành viên).")
    board = "Hội đồng quản trị Sobitex"
    assert memberships(text) == {("Trần Văn Bình", "Chủ tịch", board, "current"),
                                 ("Lê Văn An", "Thành viên", board, "current")}


@pytest.mark.parametrize("lead", ["", "UBND tỉnh Nghệ An đã họp. "])
def test_a_boards_bare_head_in_brackets_in_its_roster(memberships, lead):
    # (a People's Committee named before is no board: its chairman is not in this roster)
    text = (f"{lead}Hội đồng quản trị Công ty cổ phần Sao Mai gồm các ông Trần Văn Bình (chủ "
            "tịch), Lê Văn An (phó chủ tịch). Ban Kiểm soát Công ty cổ phần Sao Mai gồm bà Lê Thị "
            "Hoa (trưởng ban).")
    board = "Hội đồng quản trị Công ty cổ phần Sao Mai"
    assert memberships(text) == {
        ("Trần Văn Bình", "Chủ tịch", board, "current"),
        ("Lê Văn An", "Phó Chủ tịch", board, "current"),
        ("Lê Thị Hoa", "Trưởng ban", "Ban Kiểm soát Công ty cổ phần Sao Mai", "current")}


def test_deputies_listed_after_a_comma_and_gom(memberships):
    text = ("Ban Kinh tế Trung ương còn có 3 phó trưởng ban, gồm các ông Trần Văn Bình, Phó trưởng "
            "ban Thường trực; Lê Văn An; Phạm Văn Cường.")
    body = "Ban Kinh tế Trung ương"
    assert memberships(text) == {("Trần Văn Bình", "Phó Trưởng ban Thường trực", body, "current"),
                                 ("Lê Văn An", "Phó Trưởng ban", body, "current"),
                                 ("Phạm Văn Cường", "Phó Trưởng ban", body, "current")}


@pytest.mark.parametrize("unit, body", [
    ("Công ty Sông Biếc", "Công ty Sông Biếc"),
    ("cán bộ VDB Hà Tĩnh", "VDB Hà Tĩnh"),   # a branch known by an acronym and its place
])
def test_a_list_of_a_bodys_leaders_with_titles_in_brackets(memberships, unit, body):
    text = (f"Các bị cáo là lãnh đạo {unit.replace('cán bộ', 'và cán bộ')}: bị cáo Trần Văn "
            "Bình (nguyên Giám đốc), Lê Văn An, Phạm Văn Cường (nguyên Phó Giám đốc)… Các bị cáo "
            "làm sai.")
    assert memberships(text) == {("Trần Văn Bình", "Giám đốc", body, "former"),
                                 ("Lê Văn An", "Phó Giám đốc", body, "former"),
                                 ("Phạm Văn Cường", "Phó Giám đốc", body, "former")}


def test_deputies_of_the_unit_named_before_listed_with_gom_cac_ong_ba(memberships):
    text = ("Sở Y tế tỉnh Hà Tĩnh có nhiều lãnh đạo. Cụ thể, 3 Phó giám đốc Sở gồm các ông, bà: "
            "Trần Văn Bình, Lê Văn An và Lê Thị Hoa.")
    body = "Sở Y tế tỉnh Hà Tĩnh"
    assert memberships(text) == {(p, "Phó Giám đốc", body, "current")
                                 for p in ("Trần Văn Bình", "Lê Văn An", "Lê Thị Hoa")}


def test_a_plural_title_then_names_one_with_a_title_of_their_own(memberships):
    text = ("Dự có các đồng chí Phó Bí thư Tỉnh ủy Nghệ An: Trần Văn Bình – Chủ tịch Ủy ban nhân "
            "dân tỉnh; Lê Văn An, Lê Thị Hoa cùng các đồng chí trong Ban Thường vụ.")
    committee = "Tỉnh ủy Nghệ An"
    assert memberships(text) == {
        ("Trần Văn Bình", "Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An", "current"),
        *{(p, "Phó Bí thư", committee, "current")
          for p in ("Trần Văn Bình", "Lê Văn An", "Lê Thị Hoa")}}


def test_the_body_that_has_n_deputies_listed_after_gom(memberships):
    text = ("Như vậy, Ủy ban nhân dân thành phố Hải Phòng hiện có 3 phó chủ tịch, gồm các ông: "
            "Trần Văn Bình, Lê Văn An, Phạm Văn Cường.")
    body = "Ủy ban nhân dân thành phố Hải Phòng"
    assert memberships(text) == {(p, "Phó Chủ tịch", body, "current")
                                 for p in ("Trần Văn Bình", "Lê Văn An", "Phạm Văn Cường")}


def test_a_former_title_heading_a_list_is_each_listed_persons_and_not_the_one_before(
        memberships):
    text = "Dự có Chủ tịch Quốc hội Lê Thị Hoa, nguyên Chủ tịch Quốc hội: Trần Văn Bình, Lê Văn An."
    assert memberships(text) == {("Lê Thị Hoa", "Chủ tịch", "Quốc hội", "current"),
                                 ("Trần Văn Bình", "Chủ tịch", "Quốc hội", "former"),
                                 ("Lê Văn An", "Chủ tịch", "Quốc hội", "former")}


def test_a_caption_run_into_the_next_sentence_ends_a_units_name(memberships):
    text = ("Tạp chí Nâm Nung nơi bà Lê Thị Hoa làm Trưởng ban biên tập Trước đó, Hội Văn học "
            "đã kỷ luật bà Hoa.")
    assert all("Trước" not in body for _, _, body, _ in memberships(text))


def test_the_next_person_of_a_list_ends_the_body_before(memberships):
    text = ("- Ông Trần Văn Bình -- Cục trưởng Cục Báo chí - Bộ Y tế - Ông Lê Văn An -- Tổng "
            "biên tập báo Sức Khỏe.")
    assert memberships(text) == {
        ("Trần Văn Bình", "Cục trưởng", "Cục Báo chí Bộ Y tế", "current"),
        ("Lê Văn An", "Tổng Biên tập", "Báo Sức Khỏe", "current")}


def test_a_title_before_two_names_joined_by_va_is_both(memberships):
    text = "Dự có nguyên Chủ tịch Quốc hội Trần Văn Bình và Lê Văn An; Phó Thủ tướng Lê Thị Hoa."
    assert memberships(text) == {("Trần Văn Bình", "Chủ tịch", "Quốc hội", "former"),
                                 ("Lê Văn An", "Chủ tịch", "Quốc hội", "former"),
                                 ("Lê Thị Hoa", "Phó Thủ tướng", "Chính phủ", "current")}


def test_a_second_name_going_on_in_a_clause_takes_no_title(memberships):
    text = "Chủ tịch UBND tỉnh Hà Tĩnh Trần Văn Bình và Lê Văn An đã ký biên bản."
    assert memberships(text) == {
        ("Trần Văn Bình", "Chủ tịch", "Ủy ban nhân dân tỉnh Hà Tĩnh", "current")}


@pytest.mark.parametrize("text", [
    f"Tỉnh đã kỷ luật mấy nguyên ủy viên Trung ương như {BINH}, Lê Văn An, {HUNG}.",
    # (the persons' word before the title, the terms they sat after it)
    f"Nhiều cán bộ nguyên Ủy viên Trung ương mấy khóa như ông {BINH}, Lê Văn An, {HUNG} bị "
    "kỷ luật.",
    f"Đã xử lý các đồng chí nguyên là Ủy viên Trung ương như {BINH}, Lê Văn An, {HUNG}.",
])
def test_a_plural_former_title_with_examples_after_nhu(memberships, text):
    assert memberships(text) == {(p, "Ủy viên", "Ban Chấp hành Trung ương Đảng", "former")
                                 for p in (BINH, "Lê Văn An", HUNG)}


def test_nhu_after_a_title_of_one_holder_lists_nobody(memberships):
    assert memberships(f"Chủ tịch UBND tỉnh Hà Tĩnh như ông {BINH} nói là đúng.") == set()


def test_a_plural_title_listing_names_with_their_own_brackets(memberships):
    text = (f"Bị can có các cựu Chủ tịch xã Đồng Tâm, bao gồm {BINH} (SN 1958, trú tại thôn "
            f"Hoành), {HUNG} (SN 1965, trú tại thôn Hoành).")
    assert memberships(text) == {(p, "Chủ tịch", "Ủy ban nhân dân xã Đồng Tâm", "former")
                                 for p in (BINH, HUNG)}


def test_a_titled_list_whose_members_carry_their_own_titles_first(memberships):
    text = ("Dự có các đồng chí Ủy viên Bộ Chính trị: Phó Thủ tướng Trần Văn Bình; Thượng tướng "
            "Lê Văn An, Bộ trưởng Bộ Công an; Đỗ Văn Hùng, Bí thư Thành ủy Hà Nội cùng lãnh đạo.")
    assert memberships(text) == {
        (BINH, "Phó Thủ tướng", "Chính phủ", "current"),
        ("Lê Văn An", "Bộ trưởng", "Bộ Công an", "current"),
        (HUNG, "Bí thư", "Thành ủy Hà Nội", "current")} | {
        (p, "Ủy viên", "Bộ Chính trị", "current") for p in (BINH, "Lê Văn An", HUNG)}


def test_after_plain_names_a_titled_name_begins_another_group(memberships):
    text = ("Dự có nguyên Chủ tịch Quốc hội: Trần Văn Bình, Lê Văn An; Thủ tướng Chính phủ Đỗ Văn "
            "Hùng và nhiều đại biểu.")
    assert (HUNG, "Chủ tịch", "Quốc hội", "former") not in memberships(text)


def test_a_plural_title_of_one_body_lists_its_holders_after_a_colon(memberships):
    text = (f"Dự lễ có các Phó Thủ tướng: {BINH}, Lê Văn An, {HUNG}; Bí thư Tỉnh ủy Nghệ An "
            f"{HOA}.")
    assert memberships(text) == {(p, "Phó Thủ tướng", "Chính phủ", "current")
                                 for p in (BINH, "Lê Văn An", HUNG)} | {
        (HOA, "Bí thư", "Tỉnh ủy Nghệ An", "current")}


def test_a_plural_title_with_no_body_lists_nobody(memberships):
    assert memberships(f"Các Thứ trưởng: {BINH}, Lê Văn An dự họp.") == set()


def test_deputies_listed_with_a_qualifier_and_their_own_titles(memberships):
    text = ("Ban Kinh tế Trung ương có 7 Phó ban. Các Phó ban Kinh tế Trung ương chuyên trách, "
            f"gồm: ông {BINH}, Ủy viên Trung ương Đảng, Phó trưởng ban Thường trực; ông {HUNG}. "
            "Ba Phó ban kiêm nhiệm gồm: ông Lê Văn An, Bộ trưởng Công Thương; ông Phạm Văn Tú, "
            "Thứ trưởng Tài chính và ông Hồ Văn Nam, Thứ trưởng Kế hoạch & Đầu tư.")
    deputies = {p for p, r, b, _ in memberships(text)
                if r.startswith("Phó Trưởng ban") and b == "Ban Kinh tế Trung ương"}
    assert deputies == {BINH, HUNG, "Lê Văn An", "Phạm Văn Tú", "Hồ Văn Nam"}
    assert ("Hồ Văn Nam", "Thứ trưởng", "Bộ Kế hoạch và Đầu tư", "current") in memberships(text)


def test_a_party_committee_has_no_deputy_heads(memberships):
    # ('Ban Chấp hành' is led by a Bí thư: a bare 'Phó ban' is not its deputy)
    text = (f"Ông {BINH}, Ủy viên Ban Chấp hành Trung ương Đảng. Hai Phó ban gồm: ông Lê Văn An; "
            f"ông {HUNG}.")
    assert not any(b == "Ban Chấp hành Trung ương Đảng" and r != "Ủy viên"
                   for _, r, b, _ in memberships(text))


def test_a_body_with_its_count_of_members_lists_them(memberships):
    text = (f"Đại hội bầu Ban Kiểm tra Hội nhiệm kỳ 2, gồm 3 thành viên: ông {BINH}, ông {HUNG}, "
            f"bà {HOA}. Ông {BINH} là Trưởng ban.")
    # (the head's own membership is the title that says more)
    assert memberships(text) == {(HUNG, "Thành viên", "Ban Kiểm tra Hội", "current"),
                                 (HOA, "Thành viên", "Ban Kiểm tra Hội", "current"),
                                 (BINH, "Trưởng ban", "Ban Kiểm tra Hội", "current")}


def test_deputies_of_the_association_the_article_named(memberships):
    text = (f"Ông {BINH} trở thành tân Chủ tịch Hội Truyền thông số Việt Nam. Phó Chủ tịch Hội "
            f"gồm các ông: {HUNG}, Lê Văn An.")
    assert memberships(text) == {
        (BINH, "Chủ tịch", "Hội Truyền thông số Việt Nam", "current"),
        (HUNG, "Phó Chủ tịch", "Hội Truyền thông số Việt Nam", "current"),
        ("Lê Văn An", "Phó Chủ tịch", "Hội Truyền thông số Việt Nam", "current")}


def test_former_heads_of_a_commune_listed_after_a_colon(memberships):
    text = (f"Ba cựu Chủ tịch UBND xã Đồng Tâm: {BINH} (SN 1958, trú tại thôn Hoành), {HUNG} "
            "(SN 1965), Lê Văn An (SN 1955).")
    assert memberships(text) == {(p, "Chủ tịch", "Ủy ban nhân dân xã Đồng Tâm", "former")
                                 for p in (BINH, HUNG, "Lê Văn An")}


def test_former_deputies_of_the_department_just_named_each_with_a_clause(memberships):
    text = ("Sở Y tế tỉnh Nghệ An trước đây có 5 phó giám đốc. Trong đó, 2 nguyên phó giám đốc sở "
            f"này gồm ông {BINH} được điều động giữ chức Phó Ban Dân vận Tỉnh ủy và ông {HUNG} được "
            "cho nghỉ hưu.")
    assert {(p, r, b, st) for p, r, b, st in memberships(text) if r == "Phó Giám đốc"} == {
        (BINH, "Phó Giám đốc", "Sở Y tế tỉnh Nghệ An", "former"),
        (HUNG, "Phó Giám đốc", "Sở Y tế tỉnh Nghệ An", "former")}


def test_former_officials_listed_with_birth_years_and_posts_in_brackets(memberships):
    text = (f"Các cựu cán bộ huyện như: {BINH} (SN 1959, cựu Giám đốc Văn phòng đăng ký đất đai "
            f"huyện Mỹ Đức), {HUNG} (SN 1974, cựu PGĐ Kho bạc Nhà nước huyện Mỹ Đức) và {HOA} (SN "
            "1975, cựu cán bộ Văn phòng đăng ký đất đai huyện Mỹ Đức).")
    assert memberships(text) == {
        (BINH, "Giám đốc", "Văn phòng Đăng ký đất đai huyện Mỹ Đức", "former"),
        (HUNG, "Phó Giám đốc", "Kho bạc Nhà nước huyện Mỹ Đức", "former")}


@pytest.mark.parametrize("gap", [", huyện Mỹ Đức qua các thời kỳ, bao gồm", ", huyện Mỹ Đức, gồm",
                                 " qua các nhiệm kỳ gồm"])
def test_a_plural_title_over_a_commune_with_its_district_lists_its_holders(memberships, gap):
    text = (f"Bị truy tố có các cựu Chủ tịch xã Đồng Tâm{gap} {BINH} (SN 1958, trú tại thôn "
            f"Hoành), {HUNG} (SN 1965).")
    assert memberships(text) == {(p, "Chủ tịch", "Ủy ban nhân dân xã Đồng Tâm", "former")
                                 for p in (BINH, HUNG)}


def test_a_title_of_one_body_before_a_colon_lists_its_holders(memberships):
    text = (f"Đến dự có Tổng Bí thư {BINH}, nguyên Tổng Bí thư: {HOA}, {HUNG}; Chủ tịch nước "
            "Ngô Văn Sáu.")
    assert memberships(text) == {
        (BINH, "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng", "current"),
        (HOA, "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng", "former"),
        (HUNG, "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng", "former"),
        ("Ngô Văn Sáu", "Chủ tịch nước", "Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam",
         "current")}


def test_a_headline_speaker_before_a_colon_holds_nothing_said(memberships):
    assert memberships("Tổng Bí thư: Hàn Quốc là đối tác quan trọng hàng đầu.") == set()


def test_every_list_of_a_sentence(memberships):
    text = (f"Dự có nguyên Chủ tịch nước: {BINH}, {HOA}; nguyên Chủ tịch Quốc hội: {HUNG}, "
            "Ngô Văn Sáu.")
    assert memberships(text) == {
        (BINH, "Chủ tịch nước", "Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam", "former"),
        (HOA, "Chủ tịch nước", "Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam", "former"),
        (HUNG, "Chủ tịch", "Quốc hội", "former"),
        ("Ngô Văn Sáu", "Chủ tịch", "Quốc hội", "former")}


def test_two_holders_joined_by_va_share_the_unit_the_second_title_names(memberships):
    text = (f"Bị can {BINH}, nguyên Giám đốc và {HUNG}, nguyên Phó Giám đốc Công ty cổ phần Sông "
            "Hồng bị khởi tố.")
    assert memberships(text) == {
        (BINH, "Giám đốc", "Công ty cổ phần Sông Hồng", "former"),
        (HUNG, "Phó Giám đốc", "Công ty cổ phần Sông Hồng", "former")}


def test_titles_of_other_offices_share_no_unit(memberships):
    text = f"Ông {BINH}, Chủ tịch và bà {HOA}, Giám đốc Sở Y tế tỉnh Nghệ An dự họp."
    assert memberships(text) == {(HOA, "Giám đốc", "Sở Y tế tỉnh Nghệ An", "current")}


def test_two_holders_joined_by_va_share_the_place_the_second_title_names(memberships):
    text = (f"Ông {BINH}, Phó Giám đốc Sở Ngoại vụ và ông {HUNG}, Phó Giám đốc Sở Nội vụ tỉnh Bình "
            "Phước đã xô xát nhau. Tỉnh Long An, tỉnh Long An và tỉnh Long An đã có ý kiến.")
    assert memberships(text) == {
        (BINH, "Phó Giám đốc", "Sở Ngoại vụ tỉnh Bình Phước", "current"),
        (HUNG, "Phó Giám đốc", "Sở Nội vụ tỉnh Bình Phước", "current")}


QH = "Quốc hội"


@pytest.mark.parametrize("text, deputies, own", [
    (f"Ngày 26/5, Tổ Đại biểu Quốc hội tỉnh Đồng Nai, gồm ông {BINH}; bà {HOA}, Phó Bí thư Tỉnh "
     f"ủy và ông {HUNG}, Giám đốc Sở Y tế tỉnh, đã tiếp xúc cử tri cùng ông Lê Văn Tư.",
     {BINH, HOA, HUNG},
     {(HOA, "Phó Bí thư", "Tỉnh ủy Đồng Nai", "current"),
      (HUNG, "Giám đốc", "Sở Y tế tỉnh Đồng Nai", "current")}),
    # the first with its title before the name; 'ĐB' before each name, no link of a chain
    (f"Theo danh sách, tổ ĐBQH bao gồm Bí thư Thành ủy Hà Nội {BINH}, bà {HOA}, ông {HUNG}.",
     {BINH, HOA, HUNG}, {(BINH, "Bí thư", "Thành ủy Hà Nội", "current")}),
    (f"Đoàn ĐBQH đơn vị số 3 gồm ĐB {HOA}, Phó Giám đốc Sở Tư pháp tỉnh Nghệ An, ĐB {BINH} và ĐB "
     f"{HUNG} đã tiếp xúc với cử tri.",
     {BINH, HOA, HUNG}, {(HOA, "Phó Giám đốc", "Sở Tư pháp tỉnh Nghệ An", "current")}),
])
def test_every_name_a_group_of_deputies_lists_is_a_deputy(memberships, text, deputies, own):
    assert memberships(text) == own | {(d, "Đại biểu", QH, "current") for d in deputies}


def test_a_title_before_names_joined_by_commas_is_each_ones(memberships):
    text = (f"Tới dự có nguyên Tổng Bí thư {BINH}, {HOA}, {HUNG}; Chủ tịch nước Lê Văn Tư; nguyên "
            "Chủ tịch nước Phạm Văn Năm.")
    assert memberships(text) == {
        *((p, "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng", "former") for p in (BINH, HOA, HUNG)),
        ("Lê Văn Tư", "Chủ tịch nước", "Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam", "current"),
        ("Phạm Văn Năm", "Chủ tịch nước", "Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam", "former")}


def test_a_list_whose_first_name_is_no_full_name_goes_on(memberships):
    # ('Sao Mai' is no family name and given names: a pen name the rules do not know)
    text = ("Dự có các đồng chí Ủy viên Trung ương Đảng: Sao Mai, Tổng Biên tập Báo Nhân Dân; "
            f"{BINH}, Bộ trưởng Bộ Y tế; {HOA}, Tổng Giám đốc TTXVN.")
    cc = "Ban Chấp hành Trung ương Đảng"
    assert memberships(text) == {(BINH, "Ủy viên", cc, "current"), (HOA, "Ủy viên", cc, "current"),
                                 (BINH, "Bộ trưởng", "Bộ Y tế", "current"),
                                 (HOA, "Tổng Giám đốc", "TTXVN", "current")}


def test_a_titled_list_of_items_with_titles_first_parted_by_commas(memberships):
    text = (f"Dự có các Ủy viên Trung ương Đảng: Bộ trưởng Bộ Tài chính {BINH}, Bộ trưởng Bộ Công "
            f"Thương {HOA}; Đại sứ Việt Nam tại Liên bang Nga {HUNG}; lãnh đạo một số bộ.")
    cc = "Ban Chấp hành Trung ương Đảng"
    assert memberships(text) == {
        (BINH, "Bộ trưởng", "Bộ Tài chính", "current"), (BINH, "Ủy viên", cc, "current"),
        (HOA, "Bộ trưởng", "Bộ Công Thương", "current"), (HOA, "Ủy viên", cc, "current"),
        (HUNG, "Đại sứ", "Đại sứ quán Việt Nam tại Liên bang Nga", "current")}


@pytest.mark.parametrize("text", [
    "Người dân đã liên lạc với các đại biểu Quốc hội như Trần Văn Bình, Lê Văn An để nắm thông tin.",
    "Dự có các đại biểu Quốc hội là ông Trần Văn Bình và ông Lê Văn An.",
])
def test_a_plural_title_naming_its_holders_after_nhu_or_la(memberships, text):
    assert memberships(text) == {("Trần Văn Bình", "Đại biểu", "Quốc hội", "current"),
                                 ("Lê Văn An", "Đại biểu", "Quốc hội", "current")}


def test_a_group_of_the_list_under_its_own_plural_title_holds_both(memberships):
    text = (f"Dự lễ có các đồng chí Ủy viên Bộ Chính trị: Thủ tướng Chính phủ {BINH}; "
            f"các Phó Thủ tướng: {HOA}, {HUNG}.")
    assert memberships(text) == {
        (BINH, "Thủ tướng", "Chính phủ", "current"),
        *((p, "Phó Thủ tướng", "Chính phủ", "current") for p in (HOA, HUNG)),
        *((p, "Ủy viên", "Bộ Chính trị", "current") for p in (BINH, HOA, HUNG))}


def test_a_listed_persons_rank_before_the_name_goes_on_with_the_list(memberships):
    text = (f"Cùng dự có các đồng chí Ủy viên Trung ương Đảng: {BINH}, Bí thư Tỉnh ủy Nghệ An; "
            f"Trung tướng {HUNG}, Tư lệnh Quân khu 4.")
    assert {p for p, r, b, _ in memberships(text)
            if (r, b) == ("Ủy viên", "Ban Chấp hành Trung ương Đảng")} == {BINH, HUNG}


def test_a_group_title_covers_items_written_name_dash_titles_parted_by_commas(memberships):
    text = ("Dự có các đồng chí Ủy viên Trung ương Đảng: Trần Văn Bình - Phó Chủ tịch Quốc hội, "
            "Lê Thị Hoa - Chủ nhiệm Văn phòng Chủ tịch nước.")
    assert memberships(text) == {
        ("Trần Văn Bình", "Phó Chủ tịch", "Quốc hội", "current"),
        ("Lê Thị Hoa", "Chủ nhiệm", "Văn phòng Chủ tịch nước", "current"),
        ("Trần Văn Bình", "Ủy viên", "Ban Chấp hành Trung ương Đảng", "current"),
        ("Lê Thị Hoa", "Ủy viên", "Ban Chấp hành Trung ương Đảng", "current")}


def test_a_place_in_brackets_inside_an_items_titles_keeps_the_list_going(memberships):
    text = ("Dự có các đồng chí Ủy viên Thành ủy: Trần Văn Bình, Chủ tịch UBND quận Ba Đình "
            "(Hà Nội); Lê Thị Hoa, Bí thư Quận ủy Tây Hồ.")
    assert memberships(text) == {
        ("Trần Văn Bình", "Chủ tịch", "Ủy ban nhân dân quận Ba Đình", "current"),
        ("Lê Thị Hoa", "Bí thư", "Quận ủy Tây Hồ", "current"),
        ("Trần Văn Bình", "Ủy viên", "Thành ủy Hà Nội", "current"),
        ("Lê Thị Hoa", "Ủy viên", "Thành ủy Hà Nội", "current")}


def test_deputies_listed_after_a_colon_are_of_the_head_named_before(memberships):
    text = ("Dự có ông Lê Văn An, Tổng Giám đốc Đài Phát thanh Sông Biếc; các Phó Tổng Giám "
            "đốc: Trần Văn Bình, Lê Thị Hoa và lãnh đạo các đơn vị.")
    assert memberships(text) == {
        ("Lê Văn An", "Tổng Giám đốc", "Đài Phát thanh Sông Biếc", "current"),
        ("Trần Văn Bình", "Phó Tổng Giám đốc", "Đài Phát thanh Sông Biếc", "current"),
        ("Lê Thị Hoa", "Phó Tổng Giám đốc", "Đài Phát thanh Sông Biếc", "current")}


def test_a_title_in_brackets_after_a_list_closed_by_and_is_the_last_names_only(memberships):
    text = ("Ngoài hai đại biểu ứng cử là ông Trần Văn Bình và Lê Thị Hoa, ông Lê Văn An (Phó "
            "trưởng đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh Nam Định) cũng tham dự.")
    assert memberships(text) == {("Lê Văn An", "Phó Trưởng đoàn",
                                  "Đoàn đại biểu Quốc hội tỉnh Nam Định", "current")}


@pytest.mark.parametrize("text, role, body", [
    ("Dân tố cáo ông Trần Văn Bình (Chủ tịch) và ông Lê Văn An (Phó Chủ tịch) UBND TP Sông "
     "Biếc.", "Chủ tịch", "Ủy ban nhân dân thành phố Sông Biếc"),
    ("Tạm đình chỉ ông Trần Văn Bình (Giám đốc), ông Lê Văn An (Phó Giám đốc) của Trung tâm "
     "Bồi dưỡng chính trị huyện Can Lộc.", "Giám đốc",
     "Trung tâm Bồi dưỡng chính trị huyện Can Lộc"),
])
def test_bare_titles_in_brackets_share_the_body_written_after_the_list(memberships, text, role,
                                                                         body):
    assert memberships(text) == {("Trần Văn Bình", role, body, "current"),
                                 ("Lê Văn An", "Phó " + role, body, "current")}


def test_a_bare_title_in_brackets_before_a_verb_takes_no_body_after_it(memberships):
    assert memberships("Ông Trần Văn Bình (Chủ tịch) cho biết UBND xã Sông Biếc đã họp.") == set()
