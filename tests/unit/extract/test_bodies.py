"""GUIDELINES §2: canonical body names, aliases, central bodies and hierarchy."""
import pytest

BINH = "Trần Văn Bình"


def _body(run, text, name):
    found = [b for b in run(text).bodies if b.name == name]
    assert found, f"no body {name!r}"
    return found[0]


def test_state_body_written_with_abbreviation_keeps_it_as_alias(run):
    body = _body(run, f"Chủ tịch HĐND Quận 5 {BINH} phát biểu.", "Hội đồng nhân dân Quận 5")
    assert body.name == "Hội đồng nhân dân Quận 5"


def test_abbreviated_form_is_an_alias(run):
    body = _body(run, f"Chủ tịch HĐND Quận 5 {BINH} phát biểu.", "Hội đồng nhân dân Quận 5")
    assert "HĐND Quận 5" in body.aliases


def test_a_short_name_the_article_defines_is_an_alias_of_the_body_and_its_boards(run):
    # the text is read with 'SLBank' spelled out; the graph still knows the bank by that name
    board = _body(run, "Ngân hàng TMCP Sông Lam (SLBank) họp đại hội cổ đông. "
                       f"Ông {BINH}, Chủ tịch HĐQT SLBank, cho biết.",
                  "Hội đồng quản trị Ngân hàng TMCP Sông Lam")
    assert "Hội đồng quản trị SLBank" in board.aliases
    assert "SLBank" in board.parent.aliases


def test_a_short_name_after_a_board_of_a_party_committee_of_a_group_is_the_group(run, memberships):
    text = ("Ban Thường vụ Đảng ủy Tập đoàn Than khoáng sản Sông Lam (SLG) đã thiếu trách nhiệm. "
            f"Ông {BINH}, nguyên Bí thư Đảng ủy, nguyên Chủ tịch Hội đồng thành viên Tập đoàn "
            "SLG, chịu trách nhiệm.")
    assert memberships(run(text)) == {
        (BINH, "Bí thư", "Đảng ủy Tập đoàn Than khoáng sản Sông Lam", "former"),
        (BINH, "Chủ tịch", "Hội đồng thành viên Tập đoàn Than khoáng sản Sông Lam", "former")}


@pytest.mark.parametrize("written", ["Sở TN- MT", "Sở Tài nguyên-Môi trường", "Sở TN -MT"])
def test_a_department_written_with_a_lopsided_dash_is_the_department(run, memberships, written):
    assert memberships(run(f"Ông {BINH}, Giám đốc {written} tỉnh Yên Bái, cho biết.")) == {
        (BINH, "Giám đốc", "Sở Tài nguyên và Môi trường tỉnh Yên Bái", "current")}


def test_executive_committee_of_party_organisation_is_the_committee(run, memberships):
    facts = run(f"Bí thư Thành ủy Hà Nội {BINH} phát biểu. Ủy viên Ban Chấp hành Đảng bộ "
                "thành phố Hà Nội Lê Thị Hoa cho biết.")
    assert memberships(facts) == {(BINH, "Bí thư", "Thành ủy Hà Nội", "current"),
                                  ("Lê Thị Hoa", "Ủy viên", "Thành ủy Hà Nội", "current")}
    assert [b.name for b in facts.bodies] == ["Thành ủy Hà Nội"]
    assert "Ban Chấp hành Đảng bộ thành phố Hà Nội" in facts.bodies[0].aliases


@pytest.mark.parametrize("written, body", [
    ("Trưởng Ban tổ chức Festival Biển Sao Mai 2017", "Ban Tổ chức Festival Biển Sao Mai 2017"),
    ("Trưởng ban tổ chức lễ hội đền Sao Mai năm 2017", "Ban Tổ chức lễ hội đền Sao Mai năm 2017"),
    # what is organised in capitals, the committee written short ('BTC'), a site named for a
    # person in what is organised
    ("Trưởng Ban tổ chức Lễ hội Chùa Sao Mai 2017", "Ban Tổ chức lễ hội Chùa Sao Mai 2017"),
    ("Trưởng BTC lễ hội Đền Lê Văn Hải 2017", "Ban Tổ chức lễ hội Đền Lê Văn Hải 2017"),
])
def test_an_organising_committee_is_named_by_what_it_organises(memberships, written, body):
    text = f"Ông {BINH}, Phó Chủ tịch UBND tỉnh Nghệ An, {written} cho biết."
    assert memberships(text) == {(BINH, "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An", "current"),
                                 (BINH, "Trưởng ban", body, "current")}


@pytest.mark.parametrize("text, ministry", [
    ("Bộ trưởng Giao thông Trần Văn Bình cho hay.", "Bộ Giao thông vận tải"),
    ("Ông Trần Văn Bình, Thứ trưởng Bộ Tài nguyên, cho hay.", "Bộ Tài nguyên và Môi trường"),
    ("Bộ trưởng Bộ Lao động Trần Văn Bình cho hay.", "Bộ Lao động - Thương binh và Xã hội"),
])
def test_a_ministry_by_its_short_name_is_the_ministry(memberships, text, ministry):
    assert {b for _, _, b, _ in memberships(text)} == {ministry}


def test_a_ministrys_short_name_after_another_head_is_that_bodys_own(memberships):
    text = "Chủ tịch Liên đoàn Lao động tỉnh Nghệ An Trần Văn Bình dự hội nghị."
    assert memberships(text) == {(BINH, "Chủ tịch", "Liên đoàn Lao động tỉnh Nghệ An", "current")}


@pytest.mark.parametrize("title, body", [
    ("Bộ trưởng Bộ Tài chính", "Bộ Tài chính"),
    ("Trưởng Ban Tổ chức Trung ương", "Ban Tổ chức Trung ương"),
    ("Ủy viên Bộ Chính trị", "Bộ Chính trị"),
    ("Phó Thủ tướng", "Chính phủ"),
    ("Chủ nhiệm Ủy ban Kiểm tra Trung ương", "Ủy ban Kiểm tra Trung ương"),
    ("Chủ nhiệm Văn phòng Chủ tịch nước", "Văn phòng Chủ tịch nước"),
])
def test_central_bodies_have_no_place(run, title, body):
    found = _body(run, f"{title} {BINH} phát biểu.", body)
    assert (found.place, found.parent) == (None, None)


@pytest.mark.parametrize("title, body, parent", [
    ("Trưởng Ban Tổ chức Quận ủy Quận 5", "Ban Tổ chức Quận ủy Quận 5", "Quận ủy Quận 5"),
    ("Ủy viên Ban Thường vụ Tỉnh ủy Nghệ An", "Ban Thường vụ Tỉnh ủy Nghệ An", "Tỉnh ủy Nghệ An"),
    ("Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Nghệ An", "Ủy ban Kiểm tra Tỉnh ủy Nghệ An",
     "Tỉnh ủy Nghệ An"),
    ("Chánh Văn phòng Thành ủy Đà Nẵng", "Văn phòng Thành ủy Đà Nẵng", "Thành ủy Đà Nẵng"),
    ("Bí thư Ban cán sự Đảng Bộ Xây dựng", "Ban cán sự Đảng Bộ Xây dựng", "Bộ Xây dựng"),
    ("Giám đốc Sở Xây dựng tỉnh Nghệ An", "Sở Xây dựng tỉnh Nghệ An",
     "Ủy ban nhân dân tỉnh Nghệ An"),
    ("Bí thư Quận ủy Quận 5", "Quận ủy Quận 5", "Đảng bộ Quận 5"),
])
def test_sub_organisation_parent(run, title, body, parent):
    found = _body(run, f"{title} {BINH} phát biểu.", body)
    assert found.parent is not None and found.parent.name == parent


# -- where a body's own name ends ----------------------------------------------------------

@pytest.mark.parametrize("role, written, body", [
    # 'Thành' inside a place name is not the level word of 'thành phố'
    ("Hiệu trưởng", "Trường THPT Thuận Thành số 1", "Trường Trung học phổ thông Thuận Thành số 1"),
    # a long name is taken whole, up to the province
    ("Giám đốc", "Trung tâm Chữa bệnh - Giáo dục - Lao động xã hội tỉnh Bắc Ninh",
     "Trung tâm Chữa bệnh - Giáo dục - Lao động xã hội tỉnh Bắc Ninh"),
    # 'về' followed by a capitalised subject belongs to the name
    ("Trưởng ban", "Ban Chỉ đạo Nhà nước về Du lịch", "Ban Chỉ đạo Nhà nước về Du lịch"),
    # a domain continued after a dash is a compound name, not the domain alone
    ("Giám đốc", "Trung tâm Tài chính - Kế toán", "Trung tâm Tài chính - Kế toán"),
    # and so is a domain followed by capitalised words that are no place, body or person
    ("Chủ tịch", "Tập đoàn Bưu chính Viễn thông Việt Nam",
     "Tập đoàn Bưu chính Viễn thông Việt Nam"),
])
def test_a_body_name_ends_where_the_name_ends(run, memberships, role, written, body):
    assert memberships(f"Ông {BINH}, {role} {written} phát biểu.") == {
        (BINH, role, body, "current")}


@pytest.mark.parametrize("title, body", [
    ("Giám đốc Sở Tài chính tỉnh Bắc Ninh", "Sở Tài chính tỉnh Bắc Ninh"),
    ("Giám đốc Sở Tài chính Thành phố Hồ Chí Minh", "Sở Tài chính Thành phố Hồ Chí Minh"),
    ("Bộ trưởng Bộ Tài chính", "Bộ Tài chính"),
    ("Chủ tịch UBND thị xã Sơn Tây", "Ủy ban nhân dân thị xã Sơn Tây"),
    ("Chủ tịch UBND thành phố Vinh", "Ủy ban nhân dân thành phố Vinh"),
])
def test_level_words_still_end_a_name(run, memberships, title, body):
    (found,) = memberships(f"{title} {BINH} phát biểu.")
    assert found[2] == body


def test_ve_before_a_place_is_not_part_of_the_name(run, memberships):
    assert memberships(f"Trưởng Ban Tổ chức Thành ủy Hà Nội {BINH} về Hà Nội.") == {
        (BINH, "Trưởng ban", "Ban Tổ chức Thành ủy Hà Nội", "current")}


@pytest.mark.parametrize("text", [
    f"Ông {BINH}, Ủy viên Trung ương, Bộ trưởng Bộ Tài chính phát biểu.",
    f"Ủy viên Trung ương {BINH} phát biểu.",
])
def test_a_member_of_trung_uong_is_a_member_of_the_central_committee(memberships, text):
    assert (BINH, "Ủy viên", "Ban Chấp hành Trung ương Đảng", "current") in memberships(text)


def test_a_member_of_another_central_committee_is_not(memberships):
    # the Youth Union's Central Committee, a mass organisation's body (GUIDELINES §2)
    assert memberships(f"Ông {BINH}, Ủy viên Trung ương Đoàn phát biểu.") == {
        (BINH, "Ủy viên", "Trung ương Đoàn", "current")}


def test_a_department_then_its_ministry_after_a_comma(memberships):
    assert memberships("Cục trưởng Cục Quản lý giá, Bộ Tài chính Trần Văn Bình cho biết.") == {
        ("Trần Văn Bình", "Cục trưởng", "Cục Quản lý giá Bộ Tài chính", "current")}


@pytest.mark.parametrize("role, unit, body", [
    ("Phó Cục trưởng", "Cục Thú y (Bộ NN&PTNT)", "Cục Thú y Bộ Nông nghiệp và Phát triển nông thôn"),
    ("Vụ trưởng", "Vụ Pháp chế (Bộ Y tế)", "Vụ Pháp chế Bộ Y tế"),
    ("Trưởng phòng", "Tổ chức (Sở Nội vụ tỉnh Nam Định)", "Phòng Tổ chức Sở Nội vụ tỉnh Nam Định"),
])
def test_a_unit_then_its_owner_in_brackets(memberships, role, unit, body):
    assert memberships(f"Ông Trần Văn Bình, {role} {unit} cho biết.") == {
        ("Trần Văn Bình", role, body, "current")}


def test_a_bare_title_takes_the_unit_named_bare_before_as_written_in_full_later(memberships):
    text = ("Ngày 8/2, Cục Chống tham nhũng có báo cáo. Cục trưởng Trần Văn Bình trực tiếp tiếp "
            "nhận thông tin. Cục trưởng Cục Chống tham nhũng (Thanh tra Chính phủ) Trần Văn Bình "
            "cho biết.")
    assert memberships(text) == {
        ("Trần Văn Bình", "Cục trưởng", "Cục Chống tham nhũng Thanh tra Chính phủ", "current")}


@pytest.mark.parametrize("text, body", [
    # a department's field in lower case after its own title, up to a bracket or a comma
    ("Ông Trần Văn Bình (nguyên Vụ trưởng Vụ báo chí, Ban Tuyên giáo Trung ương) cho biết.",
     "Vụ báo chí Ban Tuyên giáo Trung ương"),
    ("Có ông Trần Văn Bình – Vụ trưởng Vụ giáo dục thể chất (Bộ Y tế), cùng đại diện Sở Y tế.",
     "Vụ giáo dục thể chất Bộ Y tế"),
])
def test_a_department_named_in_lower_case_after_its_title(memberships, text, body):
    assert {b for _, r, b, _ in memberships(text) if r == "Vụ trưởng"} == {body}


def test_a_capitalised_vu_opening_a_sentence_is_no_department(memberships):
    assert memberships("Ông Trần Văn Bình là Vụ trưởng. Vụ việc xảy ra, ông nói.") == set()


def test_research_and_development_is_one_field_of_an_institutes_name(memberships):
    assert memberships("Ông Trần Văn Bình, Viện trưởng Viện Nghiên cứu phát triển tỉnh Bình Định "
                       "cho biết.") == {
        ("Trần Văn Bình", "Viện trưởng", "Viện Nghiên cứu phát triển tỉnh Bình Định", "current")}


def test_a_commune_named_dong_is_a_place_and_a_full_name_ends_it(memberships):
    text = ("Chủ tịch HĐND xã Đồng Tâm Trần Văn Bình (SN 1965), Bí thư Đảng ủy xã Đồng Tâm "
            "Lê Văn An (SN 1954).")
    assert memberships(text) == {
        ("Trần Văn Bình", "Chủ tịch", "Hội đồng nhân dân xã Đồng Tâm", "current"),
        ("Lê Văn An", "Bí thư", "Đảng ủy xã Đồng Tâm", "current")}


def test_an_association_called_tong_hoi(memberships):
    assert memberships("Ông Trần Văn Bình, Chủ tịch Tổng hội Xây dựng Việt Nam, cho biết.") == {
        ("Trần Văn Bình", "Chủ tịch", "Tổng hội Xây dựng Việt Nam", "current")}


def test_a_regional_party_committee_of_the_old_days(memberships):
    assert memberships("Giáo sư sử học, nguyên Bí thư Xứ ủy Bắc Kỳ Trần Văn Bình, viết.") == {
        ("Trần Văn Bình", "Bí thư", "Xứ ủy Bắc Kỳ", "former")}


def test_a_departments_name_goes_on_past_its_field_with_a_plural(memberships):
    text = ("Ông Trần Văn Bình, nguyên Vụ trưởng Vụ Tài chính các Ngân hàng và tổ chức tài chính, "
            "Bộ Tài chính, phát biểu.")
    assert memberships(text) == {
        ("Trần Văn Bình", "Vụ trưởng",
         "Vụ Tài chính các Ngân hàng và tổ chức tài chính Bộ Tài chính", "former")}


def test_a_syndicate_of_a_commune_keeps_the_communes_level_word(memberships):
    text = "Theo ngư dân Trần Văn Bình - Chủ tịch Nghiệp đoàn Nghề cá xã Phước Đồng - tàu đã về."
    assert memberships(text) == {
        ("Trần Văn Bình", "Chủ tịch", "Nghiệp đoàn Nghề cá xã Phước Đồng", "current")}


def test_vietnams_embassy_is_named_with_its_host_state(memberships):
    text = ("Bà Lê Thị Hoa, Bí thư thứ nhất Đại sứ quán Việt Nam tại Nhật Bản, dự. Ông Trần Văn "
            "Bình, Tùy viên quân sự Đại sứ quán Việt Nam tại Cộng hòa Dân chủ Đức, dự.")
    assert memberships(text) == {
        ("Lê Thị Hoa", "Bí thư thứ nhất", "Đại sứ quán Việt Nam tại Nhật Bản", "current"),
        ("Trần Văn Bình", "Tùy viên", "Đại sứ quán Việt Nam tại Cộng hòa Dân chủ Đức", "current")}


def test_the_fronts_standing_board_is_a_unit_of_its_committee(memberships):
    text = "Ông Trần Văn Bình, Ủy viên Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, dự."
    assert memberships(text) == {
        ("Trần Văn Bình", "Ủy viên",
         "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "current")}


def test_a_bare_unit_of_no_named_body_holds_no_post(memberships):
    text = "Ông Trần Văn Bình (SN 1959, cựu Giám đốc văn phòng) bị truy tố."
    assert memberships(text) == set()


def test_a_land_registration_office_is_a_body_of_its_place(memberships):
    # (written in lower case, it is still no bare 'Văn phòng' of another body)
    text = ("Tại tỉnh Nam Định, ông Trần Văn Bình (SN 1959, cựu Giám đốc văn phòng đăng ký đất "
            "đai) bị truy tố.")
    assert memberships(text) == {
        ("Trần Văn Bình", "Giám đốc", "Văn phòng Đăng ký đất đai tỉnh Nam Định", "former")}


def test_the_party_committee_of_a_bodys_own_offices(memberships):
    text = "Ông Trần Văn Bình, Bí thư Đảng ủy cơ quan LĐLĐ tỉnh Nghệ An, trao huy hiệu."
    assert memberships(text) == {("Trần Văn Bình", "Bí thư",
                                  "Đảng ủy Cơ quan Liên đoàn Lao động tỉnh Nghệ An", "current")}


@pytest.mark.parametrize("written, court", [
    ("TAND Cấp cao tại Hà Nội", "Tòa án nhân dân cấp cao tại Hà Nội"),
    ("VKSND cấp cao tại TP.HCM", "Viện kiểm sát nhân dân cấp cao tại Thành phố Hồ Chí Minh")])
def test_the_high_courts_and_procuracies_are_central_bodies_named_for_their_seat(
        memberships, written, court):
    text = f"Ông Trần Văn Bình, Phó Chánh án {written}, cho biết." if "TAND" in written else \
        f"Ông Trần Văn Bình, Phó Viện trưởng {written}, cho biết."
    role = "Phó Chánh án" if "TAND" in written else "Phó Viện trưởng"
    assert memberships(text) == {("Trần Văn Bình", role, court, "current")}


def test_a_judge_of_a_named_court_holds_a_post_and_a_judges_grade_is_no_post(memberships):
    text = ("Ông Trần Văn Bình được Quốc hội phê chuẩn làm Thẩm phán TAND Tối cao; ông Lê Văn "
            "An - Thẩm phán cao cấp, Phó Chánh án TAND tỉnh Nghệ An.")
    assert memberships(text) == {
        ("Trần Văn Bình", "Thẩm phán", "Tòa án nhân dân tối cao", "current"),
        ("Lê Văn An", "Phó Chánh án", "Tòa án nhân dân tỉnh Nghệ An", "current")}


@pytest.mark.parametrize("text, body", [
    ("Ông Trần Văn Bình, Trưởng ban quản lý di tích chùa Hương xác nhận, sự cố đã xảy ra.",
     "Ban quản lý di tích chùa Hương"),
    ("Ông Trần Văn Bình, Trưởng ban quản lý chợ Bát Tràng lý giải bức xúc của người dân.",
     "Ban quản lý chợ Bát Tràng"),
    ("Ông Trần Văn Bình – Giám đốc Công ty may Hoa Sen và nghiêm khắc kiểm điểm ông An.",
     "Công ty may Hoa Sen"),
    # (a caption run into the next sentence: 'Theo' is no word of a name)
    ("Ông Trần Văn Bình, Trưởng ban quản lý chợ Bát Tràng Theo Quyết định của UBND xã.",
     "Ban quản lý chợ Bát Tràng"),
    ("Ông Trần Văn Bình, Giám đốc Công ty may Hoa Sen vào ngày 7-5 đã ký hợp đồng.",
     "Công ty may Hoa Sen"),
    ("Ông Trần Văn Bình làm Giám đốc Công ty may Hoa Sen sau khi ông An về hưu.",
     "Công ty may Hoa Sen")])
def test_a_reporting_verb_or_a_time_after_a_lower_case_name_ends_it(memberships, text, body):
    assert memberships(text) == {("Trần Văn Bình", "Trưởng ban" if "Ban" in body else "Giám đốc",
                                  body, "current")}


def test_a_ward_written_p_dot_after_its_committee(memberships):
    text = "Ông Trần Văn Bình, Chủ tịch UBND P.Hải Cảng (TP Quy Nhơn, Bình Định) cho biết."
    assert {(p, r, b) for p, r, b, _ in memberships(text)} == {
        ("Trần Văn Bình", "Chủ tịch", "Ủy ban nhân dân phường Hải Cảng")}


def test_a_commune_written_x_dot_after_its_committee(memberships):
    text = "Ông Trần Văn Bình, Chủ tịch UBND X.Phong Chương (H.Phong Điền), cho biết."
    assert {(p, r, b) for p, r, b, _ in memberships(text)} == {
        ("Trần Văn Bình", "Chủ tịch", "Ủy ban nhân dân xã Phong Chương")}


def test_a_department_written_in_lower_case_after_a_unit_title(memberships):
    text = "Ông Trần Văn Bình, Chánh Văn phòng sở Giáo dục và Đào tạo tỉnh Đồng Tháp cho biết."
    assert memberships(text) == {("Trần Văn Bình", "Chánh Văn phòng",
                                  "Văn phòng Sở Giáo dục và Đào tạo tỉnh Đồng Tháp", "current")}


def test_a_units_field_in_lower_case_after_its_capitalised_head(memberships):
    text = ("Sở Tài nguyên tỉnh Kon Tum khiển trách ông Trần Văn Bình (Chi cục trưởng Chi cục bảo "
            "vệ môi trường) và ông Lê Văn An - Phó trưởng phòng khoáng sản.")
    assert memberships(text) == {
        ("Trần Văn Bình", "Chi cục trưởng", "Chi cục bảo vệ môi trường tỉnh Kon Tum", "current"),
        ("Lê Văn An", "Phó Trưởng phòng", "Phòng khoáng sản", "current")}


def test_lower_case_words_after_a_unit_head_written_in_lower_case_name_nothing(memberships):
    assert memberships("Ông Trần Văn Bình, Trưởng phòng cho biết các phòng chức năng đã họp.") \
        == set()


def test_a_unit_written_bare_is_the_one_the_article_writes_in_full(memberships):
    text = ("Trưởng ban Pháp chế HĐND tỉnh Nghệ An khẳng định như vậy. Sáng 30/6, ông Trần Văn "
            "Bình (Trưởng ban Pháp chế) cho biết thanh tra đã kết luận.")
    assert memberships(text) == {("Trần Văn Bình", "Trưởng ban",
                                  "Ban Pháp chế Hội đồng nhân dân tỉnh Nghệ An", "current")}


def test_a_friendship_association_keeps_its_other_country(memberships):
    assert memberships("Dự có Chủ tịch Hội Hữu nghị Việt Nam - Cuba Trần Văn Bình.") == {
        ("Trần Văn Bình", "Chủ tịch", "Hội Hữu nghị Việt Nam - Cuba", "current")}


def test_renewal_doi_moi_stays_inside_a_bodys_name(memberships):
    text = "Ông Trần Văn Bình, Trưởng Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp chủ trì họp."
    assert memberships(text) == {("Trần Văn Bình", "Trưởng ban",
                                  "Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp", "current")}



@pytest.mark.parametrize("text, body", [
    # the Front written as a central body, then a place: that place's Front committee
    ("Bà Lê Thị Hoa, Chủ tịch MTTQ Việt Nam TP.HCM, phát biểu.",
     "Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh"),
    ("Bà Lê Thị Hoa giữ chức Chủ tịch MTTQ Việt Nam xã Nghi Phong.",
     "Ủy ban Mặt trận Tổ quốc Việt Nam xã Nghi Phong"),
    # the Front's president presides over its Central Committee
    ("Chủ tịch MTTQ Việt Nam Lê Thị Hoa phát biểu.",
     "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
    # 'Văn phòng Trung ương' of no body of its own is the Party's; 'Trung ương Đoàn' is one
    (f"Bí thư Thành ủy Hà Nội {BINH}; Chánh Văn phòng Trung ương Lê Thị Hoa dự.",
     "Văn phòng Trung ương Đảng"),
    ("Bà Lê Thị Hoa, Phó Chánh Văn phòng Trung ương Đoàn, dự.", "Văn phòng Trung ương Đoàn"),
    # 'HN' is Hà Nội
    ("Bí thư thành ủy HN Lê Thị Hoa dự.", "Thành ủy Hà Nội"),
    # central bodies whose names hold lower-case words ('… đại biểu', '… về người …')
    ("Bà Lê Thị Hoa, Phó Trưởng ban Công tác đại biểu, cho biết.", "Ban Công tác đại biểu"),
    ("Bà Lê Thị Hoa, Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài, phát biểu.",
     "Ủy ban Nhà nước về người Việt Nam ở nước ngoài"),
    # the Youth Union of a body, and a ministry's Party committee written in full
    ("Bà Lê Thị Hoa, Bí thư Đoàn Thanh niên Bộ Xây dựng phát biểu.",
     "Đoàn Thanh niên Bộ Xây dựng"),
    ("Bà Lê Thị Hoa, Ủy viên Ban Chấp hành Đảng bộ Bộ Xây dựng phát biểu.",
     "Đảng ủy Bộ Xây dựng"),
    # a short form in brackets between a body and its place
    ("Bà Lê Thị Hoa, Phó ban An toàn giao thông (ATGT) tỉnh Nghệ An, cho biết.",
     "Ban An toàn giao thông tỉnh Nghệ An"),
    # a verb ends an enterprise's name ('… đánh giá …')
    ("Bà Lê Thị Hoa, Phó Giám đốc Công ty Địa ốc Đất Lành đánh giá thị trường tốt.",
     "Công ty Địa ốc Đất Lành"),
    # a qualifier after the title: the body follows it ('Phó Trưởng ban phụ trách Ban X')
    ("Bà Lê Thị Hoa, Phó Trưởng ban phụ trách Ban Thực hiện chính sách BHYT cho biết.",
     "Ban Thực hiện chính sách BHYT"),
    ("Bà Lê Thị Hoa, Phó Trưởng ban chuyên trách Ban An toàn giao thông tỉnh Quảng Ninh cho biết.",
     "Ban An toàn giao thông tỉnh Quảng Ninh"),
    # army units named by their number
    ("Trung tá Lê Thị Hoa - Chính ủy Trung đoàn 841 chia sẻ.", "Trung đoàn 841"),
    # a unit's name still in lower case may run long before its place
    ("Bà Lê Thị Hoa, Giám đốc Trung tâm Giám định bảo hiểm y tế và thanh toán đa tuyến khu vực "
     "phía Bắc cho biết.",
     "Trung tâm Giám định bảo hiểm y tế và thanh toán đa tuyến khu vực phía Bắc"),
])
def test_bodies_written_short_or_with_their_place(memberships, text, body):
    assert {b for p, _, b, _ in memberships(text) if p == "Lê Thị Hoa"} == {body}


def test_a_ministry_level_department_of_a_state_body_is_national(memberships):
    # (not the treasury of the province the article is about)
    text = "Tại Long An, ông Trần Văn Bình, Vụ trưởng Vụ Kiểm soát chi Kho bạc Nhà nước, cho biết."
    assert memberships(text) == {
        ("Trần Văn Bình", "Vụ trưởng", "Vụ Kiểm soát chi Kho bạc Nhà nước", "current")}


def test_a_provincial_treasury_by_its_short_form(memberships):
    assert memberships("Ông Trần Văn Bình, Phó Giám đốc KBNN tỉnh Phú Yên, bị kỷ luật.") == {
        ("Trần Văn Bình", "Phó Giám đốc", "Kho bạc Nhà nước tỉnh Phú Yên", "current")}


def test_the_office_of_a_peoples_committee_abbreviated(memberships):
    assert memberships("Ông Trần Văn Bình - Chánh VP UBND tỉnh Kon Tum thông báo.") == {
        ("Trần Văn Bình", "Chánh Văn phòng", "Văn phòng Ủy ban nhân dân tỉnh Kon Tum", "current")}


def test_the_front_abbreviated_with_the_countrys_initials(memberships):
    text = ("Chủ tịch Ủy ban T.Ư MTTQVN Trần Văn Bình và Phó Chủ tịch UBMTTQVN tỉnh Nghệ An Lê "
            "Văn An dự lễ.")
    assert memberships(text) == {
        ("Trần Văn Bình", "Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "current"),
        ("Lê Văn An", "Phó Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An", "current")}


def test_police_of_a_city_district_or_county_abbreviated(memberships):
    text = ("Ông Trần Văn Bình, Giám đốc CATP Đà Nẵng; ông Lê Văn An, Phó Trưởng CAQ Hải Châu và "
            "ông Đỗ Văn Hùng, Trưởng CAH Tiên Du cho biết.")
    assert memberships(text) == {
        ("Trần Văn Bình", "Giám đốc", "Công an thành phố Đà Nẵng", "current"),
        ("Lê Văn An", "Phó Trưởng Công an", "Công an quận Hải Châu", "current"),
        ("Đỗ Văn Hùng", "Trưởng Công an", "Công an huyện Tiên Du", "current")}


def test_nong_thon_moi_stays_inside_a_bodys_name_however_long(memberships):
    text = ("Ông Trần Văn Bình, Trưởng Ban Chỉ đạo Trung ương Chương trình mục tiêu quốc gia xây "
            "dựng nông thôn mới phát biểu; xã Tân Lập mới đạt chuẩn.")
    assert memberships(text) == {("Trần Văn Bình", "Trưởng ban", "Ban Chỉ đạo Trung ương Chương "
                                  "trình mục tiêu quốc gia xây dựng nông thôn mới", "current")}


def test_a_headline_verb_ends_a_schools_name(memberships):
    text = ("Trường Mầm non Hoa Mai giải thể sau vụ cô giáo đánh trẻ. Bà Lê Thị Hoa - Hiệu phó "
            "kiêm quản lý trường Mầm non Hoa Mai - cho biết.")
    assert memberships(text) == {("Lê Thị Hoa", "Phó Hiệu trưởng", "Trường Mầm non Hoa Mai",
                                  "current")}


def test_a_bare_steering_committee_beside_a_name_is_the_one_named_before(memberships):
    text = ("Thủ tướng lập Ban chỉ đạo xử lý các dự án yếu kém ngành Công Thương. Phó Thủ tướng, "
            "Trưởng Ban chỉ đạo Trần Văn Bình chỉ đạo sát sao. Trưởng Ban chỉ đạo Lê Văn An dự.")
    assert memberships(text) == {
        ("Trần Văn Bình", "Phó Thủ tướng", "Chính phủ", "current"),
        ("Trần Văn Bình", "Trưởng ban", "Ban Chỉ đạo xử lý các dự án yếu kém ngành Công Thương",
         "current"),
        ("Lê Văn An", "Trưởng ban", "Ban Chỉ đạo xử lý các dự án yếu kém ngành Công Thương",
         "current")}


def test_a_bare_steering_committee_of_no_name_the_article_gives_is_no_body(memberships):
    assert memberships("Phó Thủ tướng, Trưởng Ban chỉ đạo Trần Văn Bình chỉ đạo.") == {
        ("Trần Văn Bình", "Phó Thủ tướng", "Chính phủ", "current")}


@pytest.mark.parametrize("title, role, body", [
    ("quyền Tổng cục trưởng Tổng cục cảnh sát", "Tổng Cục trưởng", "Tổng cục Cảnh sát"),
    ("Cục trưởng Cục cảnh sát giao thông", "Cục trưởng", "Cục Cảnh sát giao thông"),
])
def test_a_police_department_written_in_lower_case(memberships, title, role, body):
    text = f"Trung tướng Trần Văn Bình, {title}, cho biết."
    assert memberships(text) == {("Trần Văn Bình", role, body, "current")}


def test_a_long_lower_case_name_goes_on_with_its_capitalised_part(memberships):
    text = (f"Ông {BINH}, Phó Giám đốc Ban quản lý dự án đầu tư xây dựng hệ thống cấp nước Sông "
            "Hồng Xanh, bị bắt.")
    assert memberships(text) == {
        (BINH, "Phó Giám đốc", "Ban quản lý dự án đầu tư xây dựng hệ thống cấp nước Sông Hồng Xanh",
         "current")}


@pytest.mark.parametrize("text, body", [
    # 'điều' ends a name as a verb ('điều động') but not in 'điều dưỡng' (nursing)
    ("Ông Trần Văn Bình, Giám đốc Trung tâm điều dưỡng phục hồi chức năng Sầm Sơn cho biết.",
     "Trung tâm điều dưỡng phục hồi chức năng Sầm Sơn"),
    # 'dự' ends it as a verb (attends): the centre the article named; not in 'dự báo'
    ("Trung tâm Y tế huyện Nghi Lộc tổ chức đại hội. Ông Trần Văn Bình, Giám đốc Trung tâm dự "
     "đại hội.", "Trung tâm Y tế huyện Nghi Lộc"),
    ("Ông Trần Văn Bình, Giám đốc Trung tâm dự báo khí tượng thủy văn tỉnh Nghệ An cho biết.",
     "Trung tâm dự báo khí tượng thủy văn tỉnh Nghệ An"),
    # a word that ends names as a verb goes on where it ends a common noun ('da cam', 'cộng
    # đồng'), not where it ends a verb ('ghi nhận')
    ("Ông Trần Văn Bình, Giám đốc Hội nạn nhân chất độc da cam xã Quảng Yên cho biết.",
     "Hội nạn nhân chất độc da cam xã Quảng Yên"),
    ("Ông Trần Văn Bình, Giám đốc Trung tâm Dịch vụ việc làm tỉnh Nghệ An cho biết.",
     "Trung tâm Dịch vụ việc làm tỉnh Nghệ An"),
    # 'tặng' after a head is the sentence's verb ('tặng hoa'): the centre the article named
    ("Trung tâm Y tế huyện Nghi Lộc tổ chức hội nghị. Ông Trần Văn Bình, Giám đốc Trung tâm tặng "
     "hoa chúc mừng.", "Trung tâm Y tế huyện Nghi Lộc"),
    # … nor where it closes a common word with the word before ('đê điều', dikes)
    ("Ông Trần Văn Bình, Giám đốc Chi cục Quản lý đê điều tỉnh Nghệ An cho biết.",
     "Chi cục Quản lý đê điều tỉnh Nghệ An"),
])
def test_a_lower_case_word_that_is_a_verb_only_before_some_words(run, memberships, text, body):
    assert memberships(run(text)) == {("Trần Văn Bình", "Giám đốc", body, "current")}


@pytest.mark.parametrize("text, expected", [
    # a field's short form after a title is a department written without 'Sở', no firm
    ("Qua khảo sát, ông Trần Văn Bình, Giám đốc GTVT TP.HCM, cho biết nguyên nhân.", set()),
    # 'đều' (all) and a capitalised 'Lãnh đạo' opening the next sentence end a firm's name
    ("Ông Trần Văn Bình, Phó Tổng Giám đốc Công ty Nam Triệu đều có mặt.",
     {("Trần Văn Bình", "Phó Tổng Giám đốc", "Công ty Nam Triệu", "current")}),
    ("Ông Trần Văn Bình, Chủ tịch Công ty CP đầu tư Toàn Cầu Lãnh đạo UBND TP Hà Nội cũng chỉ đạo "
     "Sở Xây dựng tiếp thu.",
     {("Trần Văn Bình", "Chủ tịch", "Công ty cổ phần đầu tư Toàn Cầu", "current")}),
])
def test_where_a_firms_name_ends(run, memberships, text, expected):
    assert memberships(run(text)) == expected


@pytest.mark.parametrize("text, body", [
    # a steering committee's own name in lower case, up to the sentence's verb
    ("Ngày 1/7, ông Trần Văn Bình, Trưởng Ban chỉ đạo điều hành giá đã chủ trì buổi làm việc.",
     "Ban Chỉ đạo điều hành giá"),
    # 'phòng, chống': one field written with a comma; 'tham nhũng' goes on with the name
    ("Ông Trần Văn Bình, Trưởng Ban Chỉ đạo phòng, chống tham nhũng tỉnh Nghệ An chủ trì.",
     "Ban Chỉ đạo phòng, chống tham nhũng tỉnh Nghệ An"),
])
def test_a_steering_committee_named_in_lower_case(run, memberships, text, body):
    assert ("Trần Văn Bình", "Trưởng ban", body, "current") in memberships(run(text))


@pytest.mark.parametrize("text, role, body", [
    # a management board's field in lower case, up to the sentence's verb
    ("Ông Trần Văn Bình, Phó trưởng Ban quản lý an toàn thực phẩm cho biết, hiện còn nhiều.",
     "Phó Trưởng ban", "Ban quản lý an toàn thực phẩm"),
    ("Ông Trần Văn Bình, Giám đốc Ban quản lý dự án giao thông cho biết.", "Giám đốc",
     "Ban quản lý dự án giao thông"),
])
def test_a_management_board_named_in_lower_case(run, memberships, text, role, body):
    assert memberships(run(text)) == {("Trần Văn Bình", role, body, "current")}


def test_a_short_form_in_brackets_inside_a_name_is_left_out_and_the_name_goes_on(memberships):
    text = ("Ông Trần Văn Bình, Giám đốc BQL dự án đầu tư xây dựng (ĐTXD) các công trình dân dụng và "
            "công nghiệp, UBND tỉnh Thái Bình nói.")
    assert memberships(text) == {("Trần Văn Bình", "Giám đốc", "Ban quản lý dự án đầu tư xây dựng các "
                                  "công trình dân dụng và công nghiệp", "current")}


def test_a_firm_named_after_its_founder_after_its_trade_spelt_out(memberships):
    text = ("PV nhận văn bản của ông Trần Văn Bình, Giám đốc Công ty TNHH Thương mại Xuất nhập khẩu "
            "Lê Gia Phát (TP.HCM), cam kết chịu trách nhiệm.")
    assert memberships(text) == {("Trần Văn Bình", "Giám đốc",
                                  "Công ty TNHH Thương mại Xuất nhập khẩu Lê Gia Phát", "current")}


def test_a_firm_named_after_its_founder_after_its_legal_form_spelt_out(memberships):
    text = ("Ông Trần Văn Bình - Phó Chủ tịch Hội Doanh nhân trẻ TPHCM, Giám đốc Cty TNHH một thành "
            "viên Lê Quang Lộc chia sẻ.")
    assert memberships(text) == {
        ("Trần Văn Bình", "Phó Chủ tịch", "Hội Doanh nhân trẻ Thành phố Hồ Chí Minh", "current"),
        ("Trần Văn Bình", "Giám đốc", "Công ty TNHH một thành viên Lê Quang Lộc", "current")}


def test_steering_committees_at_every_level_name_no_body(run, memberships):
    assert memberships(run("Ban chỉ đạo các cấp đã họp. Ông Trần Văn Bình tham dự.")) == set()


@pytest.mark.parametrize("title, body", [
    ("Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương Đoàn", "Ủy ban Kiểm tra Trung ương Đoàn"),
    ("Bí thư Ban Bí thư Trung ương Đoàn", "Ban Bí thư Trung ương Đoàn"),
])
def test_the_youth_unions_central_organs_are_not_the_partys(memberships, title, body):
    assert {b for _, _, b, _ in memberships(f"Anh Trần Văn Bình, {title}, cho biết.")} == {body}


@pytest.mark.parametrize("text, role, body", [
    ("Bộ trưởng Bộ Quốc phòng Việt Nam Trần Văn Bình hội đàm với người đồng cấp.", "Bộ trưởng",
     "Bộ Quốc phòng"),
    # ('Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam': the country is part of the army's name)
    ("Phó Tổng Tham mưu trưởng Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam Trần Văn Bình phát "
     "biểu.",
     "Phó Tổng Tham mưu trưởng", "Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam"),
])
def test_a_ministry_written_with_the_country_is_the_ministry(memberships, text, role, body):
    assert memberships(text) == {("Trần Văn Bình", role, body, "current")}


@pytest.mark.parametrize("head", ["Tổng hội doanh nhân", "Liên chi hội nhà báo"])
def test_associations_general_and_branch(memberships, head):
    assert memberships(f"Ông Trần Văn Bình, Chủ tịch {head} Sông Biếc, cho biết.") == {
        ("Trần Văn Bình", "Chủ tịch", f"{head} Sông Biếc", "current")}


def test_a_name_goes_on_past_a_noun_whose_last_word_ends_names_elsewhere(memberships):
    # ('tồn tại', shortcomings: 'tại' ends a name as 'at', not in this noun)
    text = ("Phó Thủ tướng Trần Văn Bình, Trưởng Ban chỉ đạo Bộ Công Thương xử lý các vấn đề tồn "
            "tại ở các dự án lớn chủ trì cuộc họp.")
    assert ("Trần Văn Bình", "Trưởng ban",
            "Ban Chỉ đạo Bộ Công Thương xử lý các vấn đề tồn tại", "current") in memberships(text)


@pytest.mark.parametrize("title, body", [
    # its rank, then 'về' and the purpose in lower case
    ("Trưởng Ban Chỉ đạo Nhà nước về đổi mới đơn vị sự nghiệp công lập",
     "Ban Chỉ đạo Nhà nước về đổi mới đơn vị sự nghiệp công lập"),
    # 'phòng, chống' is one word written with a comma
    ("Phó Trưởng ban Thường trực Ban Chỉ đạo Trung ương về phòng, chống tham nhũng",
     "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng"),
    # a purpose of two stretches joined by 'và', before the province
    ("Trưởng Ban chỉ đạo chống buôn lậu, gian lận thương mại và hàng giả tỉnh Quảng Ninh",
     "Ban Chỉ đạo chống buôn lậu, gian lận thương mại và hàng giả tỉnh Quảng Ninh"),
    # 'xã hội' is no commune, 'người có công' one phrase, 'ban hành' the sentence's verb
    ("Trưởng ban Chỉ đạo Trung ương về cải cách chính sách tiền lương, bảo hiểm xã hội và ưu "
     "đãi người có công ban hành quyết định",
     "Ban Chỉ đạo Trung ương về cải cách chính sách tiền lương, bảo hiểm xã hội và ưu đãi người "
     "có công"),
    # … of three, the last said of the field it belongs to
    ("Trưởng Ban chỉ đạo xử lý các tồn tại, yếu kém của một số dự án và doanh nghiệp chậm "
     "tiến độ, kém hiệu quả thuộc ngành Công Thương",
     "Ban Chỉ đạo xử lý các tồn tại, yếu kém của một số dự án và doanh nghiệp chậm tiến độ, "
     "kém hiệu quả thuộc ngành Công Thương"),
])
def test_a_steering_committees_purpose_goes_on_past_commas_and_ve(memberships, title, body):
    assert memberships(f"Ông {BINH}, {title} chủ trì họp.") == {
        (BINH, "Trưởng ban" if title.startswith("Trưởng") else "Phó Trưởng ban Thường trực",
         body, "current")}


@pytest.mark.parametrize("text, body", [
    # the clause after the comma opens with its verb …
    (f"Ông {BINH}, Trưởng Ban chỉ đạo phòng chống dịch Covid-19, đề nghị các lực lượng tập trung.",
     "Ban Chỉ đạo phòng chống dịch Covid-19"),
    # … or with the next person of a list
    (f"Ông {BINH}, Trưởng Ban chỉ đạo phòng chống dịch, ông Lê Văn An, Phó Trưởng ban.",
     "Ban Chỉ đạo phòng chống dịch"),
    # … or goes on with no 'và' to the end of the sentence's clause
    (f"Ông {BINH}, Trưởng Ban chỉ đạo thi tốt nghiệp, tổng số thí sinh là 400.",
     "Ban Chỉ đạo thi tốt nghiệp"),
])
def test_a_steering_committees_name_ends_at_a_comma_the_sentence_goes_on_from(memberships, text,
                                                                              body):
    assert (BINH, "Trưởng ban", body, "current") in memberships(text)


def test_bodies_listed_after_a_steering_committees_purpose_are_not_its_parent(memberships):
    text = (f"Cử tri đánh giá cao Tổng Bí thư {BINH}, Trưởng Ban Chỉ đạo Trung ương về phòng, "
            "chống tham nhũng, Quốc hội, Chính phủ.")
    assert (BINH, "Trưởng ban", "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng",
            "current") in memberships(text)


def test_a_firms_name_ends_before_the_verb_ky_that_ends_the_clause(memberships):
    text = f"Biên bản do ông {BINH}, Giám đốc Công ty TNHH Hoa Sen Vàng ký. Khi đọc kỹ mới biết."
    assert memberships(text) == {(BINH, "Giám đốc", "Công ty TNHH Hoa Sen Vàng", "current")}


def test_dang_ky_at_the_end_of_a_name_is_its_word(memberships):
    text = f"Ông {BINH} là Giám đốc Văn phòng Đăng ký. Ông nói."
    assert memberships(text) == {(BINH, "Giám đốc", "Văn phòng Đăng ký", "current")}


def test_the_fronts_central_committee_written_with_a_province_is_that_provinces(memberships):
    text = f"Ông {BINH}, Chủ tịch UBTƯ MTTQ Việt Nam tỉnh Quảng Trị, phát biểu."
    assert memberships(text) == {
        (BINH, "Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị", "current")}


def test_cong_tac_after_a_proper_name_is_the_work_done_there(memberships):
    text = f"Ông {BINH}, Phó Giám đốc Học viện Hành chính công tác tại đây từ năm 1999."
    assert memberships(text) == {(BINH, "Phó Giám đốc", "Học viện Hành chính", "current")}


def test_a_schools_name_goes_on_past_its_field_with_quoc_dan(memberships):
    text = f"Ông {BINH}, Phó Hiệu trưởng Đại học Kinh tế quốc dân, phát biểu."
    assert memberships(text) == {(BINH, "Phó Hiệu trưởng", "Đại học Kinh tế quốc dân", "current")}


def test_dn_is_read_out_and_a_clause_about_a_whole_ends_a_purpose(memberships):
    text = (f"Theo ông {BINH}, Phó Trưởng Ban Chỉ đạo Đổi mới và Phát triển DN, cả nước sẽ cổ "
            "phần hóa 137 DNNN.")
    assert memberships(text) == {
        (BINH, "Phó Trưởng ban", "Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp", "current")}


def test_nhu_opens_a_comparison_not_a_banks_name(run):
    facts = run("Các ngân hàng như Luật Doanh nghiệp quy định phải công khai. Ông Trần Văn Bình, "
                "Thành viên Hội đồng quản trị, cho biết.")
    assert not any("như" in b.name for b in facts.bodies)


@pytest.mark.parametrize("text, expected", [
    ("Ông Trần Văn Bình, Phó Trưởng ban Ban Chỉ đạo về khu vực phòng thủ thành phố Hà Nội, "
     "phát biểu.",
     {("Trần Văn Bình", "Phó Trưởng ban", "Ban Chỉ đạo về khu vực phòng thủ thành phố Hà Nội",
       "current")}),
    # (a meeting of a steering committee about something, no name of it)
    ("Ông Trần Văn Bình, Phó Trưởng ban Ban Chỉ đạo về tình hình dịch bệnh trên địa bàn, phát "
     "biểu.", set()),
])
def test_a_steering_committees_purpose_may_open_with_ve_up_to_its_place(memberships, text,
                                                                        expected):
    assert memberships(text) == expected


@pytest.mark.parametrize("title, role, body", [
    # the short form of the words before it, read out or by their initials, then more of
    # the name: the parent body, 'Trung ương', an enterprise, the place
    ("Chủ nhiệm Ủy ban Kiểm tra (UBKT) Tỉnh ủy Nam Định", "Chủ nhiệm",
     "Ủy ban Kiểm tra Tỉnh ủy Nam Định"),
    ("Phó Chủ nhiệm Ủy ban Kiểm tra (UBKT) Trung ương", "Phó Chủ nhiệm",
     "Ủy ban Kiểm tra Trung ương"),
    ("Chủ tịch Hội đồng quản trị (HĐQT) Công ty cổ phần Sao Khuê", "Chủ tịch",
     "Hội đồng quản trị Công ty cổ phần Sao Khuê"),
    ("Tổng Giám đốc (TGĐ) Thông tấn xã Việt Nam", "Tổng Giám đốc", "Thông tấn xã Việt Nam"),
    ("Giám đốc Sở Tài nguyên - Môi trường (TN-MT) Thanh Hóa", "Giám đốc",
     "Sở Tài nguyên và Môi trường tỉnh Thanh Hóa"),
    # (a word after it that is also a family name, in a name that goes on in lower case)
    ("Hiệu trưởng trường Đại học (ĐH) Lâm nghiệp", "Hiệu trưởng", "Trường Đại học Lâm nghiệp"),
])
def test_a_short_form_in_brackets_inside_a_title_is_passed_over(memberships, title, role, body):
    assert memberships(f"Ông Trần Văn Bình, {title} cho biết.") == {
        ("Trần Văn Bình", role, body, "current")}


def test_a_short_form_before_a_persons_name_still_ends_the_title(memberships):
    # 'chất vấn Phó Thủ tướng, đại biểu (ĐB) …': the deputy asks the deputy prime minister
    assert memberships("Chất vấn Phó Thủ tướng, đại biểu (ĐB) Lê Thị Hoa - Phó Giám đốc "
                       "Sở Y tế tỉnh Phú Yên, nêu ý kiến.") == {
        ("Lê Thị Hoa", "Phó Giám đốc", "Sở Y tế tỉnh Phú Yên", "current")}


def test_a_body_s_short_name_before_its_place_names_the_same_body(memberships):
    # 'Trung tâm … (CDC) Hà Nội': the centre is Hà Nội's, and 'CDC' later is that centre
    assert memberships("Ông Trần Văn Bình, Giám đốc Trung tâm Kiểm soát bệnh tật (CDC) Hà Nội "
                       "cho biết. Phó Giám đốc CDC Lê Thị Hoa cũng có mặt.") == {
        ("Trần Văn Bình", "Giám đốc", "Trung tâm Kiểm soát bệnh tật thành phố Hà Nội", "current"),
        ("Lê Thị Hoa", "Phó Giám đốc", "Trung tâm Kiểm soát bệnh tật thành phố Hà Nội",
         "current")}


def test_a_command_board_written_in_lower_case_is_a_body(memberships):
    text = ("Ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh Sơn La, Phó Trưởng ban thường trực Ban chỉ "
            "huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh Sơn La cho biết.")
    assert memberships(text) == {
        ("Trần Văn Bình", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Sơn La", "current"),
        ("Trần Văn Bình", "Phó Trưởng ban Thường trực",
         "Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh Sơn La", "current")}


def test_a_body_written_short_is_the_one_the_article_writes_in_full(memberships):
    text = ("Ông Trần Văn Bình, Trưởng Ban Bồi thường giải phóng mặt bằng quận Tân Phú, bị kỷ "
            "luật. Công an đã bắt ông Lê Văn An, nguyên Kế toán trưởng Ban Bồi thường, để điều "
            "tra.")
    assert memberships(text) == {
        ("Trần Văn Bình", "Trưởng ban", "Ban Bồi thường giải phóng mặt bằng quận Tân Phú",
         "current"),
        ("Lê Văn An", "Kế toán trưởng", "Ban Bồi thường giải phóng mặt bằng quận Tân Phú",
         "former")}


def test_a_bare_peoples_committee_is_not_completed_by_another_body_of_the_article(memberships):
    # (its place comes from context, not from the one UBND the article names in full)
    text = ("Ông Trần Văn Bình, Chủ tịch UBND xã Tri Lễ, cho biết. Tại buổi họp, ông Lê Văn An, "
            "Chủ tịch Ủy ban nhân dân nói.")
    assert ("Lê Văn An", "Chủ tịch", "Ủy ban nhân dân xã Tri Lễ", "current") \
        not in memberships(text)


@pytest.mark.parametrize("text, role, body", [
    # a cooperative's, an institute's own name lists its fields with commas …
    ("Bà Lê Thị Hoa, Giám đốc HTX Thu mua, chế biến nông sản Hòa An cho biết.", "Giám đốc",
     "Hợp tác xã Thu mua, chế biến nông sản Hòa An"),
    ("Bà Lê Thị Hoa, Viện trưởng Viện Nghiên cứu xã hội, kinh tế và môi trường cho biết.",
     "Viện trưởng", "Viện Nghiên cứu xã hội, kinh tế và môi trường"),
    # (… but a clause after a comma is no field of a centre's)
    ("Bà Lê Thị Hoa, Giám đốc Trung tâm Y tế huyện Nam Đàn, kinh doanh thêm dịch vụ.",
     "Giám đốc", "Trung tâm Y tế huyện Nam Đàn"),
    # (a department's field typed with a wrong tone mark, 'Môi trưởng', is the usual one)
    ("Bà Lê Thị Hoa, Giám đốc Sở Tài nguyên và Môi trưởng tỉnh Yên Bái cho biết.", "Giám đốc",
     "Sở Tài nguyên và Môi trường tỉnh Yên Bái"),
])
def test_a_body_whose_name_lists_its_fields(memberships, text, role, body):
    assert memberships(text) == {("Lê Thị Hoa", role, body, "current")}


def test_a_later_step_va_sau_la_ends_a_firms_name(memberships):
    text = ("Bà Lê Thị Hoa có vi phạm trong thời kỳ giữ các chức vụ Giám đốc Công ty Bóng đèn Sao "
            "Mai và sau là Chủ tịch HĐQT Công ty CP Bóng đèn Sao Mai (từ tháng 1-2004 đến tháng "
            "5-2010).")
    assert memberships(text) == {
        ("Lê Thị Hoa", "Giám đốc", "Công ty Bóng đèn Sao Mai", "former"),
        ("Lê Thị Hoa", "Chủ tịch", "Hội đồng quản trị Công ty cổ phần Bóng đèn Sao Mai", "former")}


@pytest.mark.parametrize("text, body", [
    # research and development, one field, though a comma follows it
    (f"Ông {BINH}, Viện trưởng Viện Nghiên cứu phát triển, cho biết.",
     "Viện Nghiên cứu phát triển"),
    (f"Ông {BINH}, Viện trưởng Viện Hợp tác quốc tế và Nghiên cứu phát triển; ông Lê Văn An "
     "cho biết.", "Viện Hợp tác quốc tế và Nghiên cứu phát triển"),
    # capitalised fields listed with a comma, the last after 'và'
    (f"Ông {BINH}, Viện trưởng Viện Hợp tác, Nghiên cứu và Đào tạo quốc tế, cho biết.",
     "Viện Hợp tác, Nghiên cứu và Đào tạo quốc tế"),
    # (not the next names of a list)
    (f"Ông {BINH}, Viện trưởng Viện Toán, Lê Văn An và Đỗ Văn Hùng dự họp.", "Viện Toán"),
])
def test_an_institutes_name_with_its_fields(memberships, text, body):
    assert (BINH, "Viện trưởng", body, "current") in memberships(text)


@pytest.mark.parametrize("text, body", [
    (f"Ông {BINH} (sinh năm 1976), Phó vụ trưởng Vụ Pháp luật, Văn phòng Quốc hội.",
     "Vụ Pháp luật Văn phòng Quốc hội"),
    (f"Ông {BINH}, Vụ trưởng Vụ Tổng hợp, Văn phòng Chính phủ cho biết.",
     "Vụ Tổng hợp Văn phòng Chính phủ"),
])
def test_a_central_office_after_a_comma_owns_the_department_before_it(memberships, text, body):
    assert {b for _, _, b, _ in memberships(text)} == {body}


@pytest.mark.parametrize("title, body", [
    ("Trưởng Ban TTND xã Tân Lập", "Ban Thanh tra nhân dân xã Tân Lập"),
    ("Chủ tịch Hội VHNT tỉnh Đắk Nông", "Hội Văn học Nghệ thuật tỉnh Đắk Nông"),
    ("Cục trưởng Cục NTBD", "Cục Nghệ thuật biểu diễn"),
    ("Phó Giám đốc Sở VH-TT TP.HCM", "Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh"),
    ("Tổng Cục trưởng Tổng cục TDTT", "Tổng cục Thể dục Thể thao"),
    ("Cục trưởng Cục ATTP Bộ Y tế", "Cục An toàn thực phẩm Bộ Y tế"),
    ("Phó Trưởng phòng KTHT huyện Chư Prông", "Phòng Kinh tế - Hạ tầng huyện Chư Prông"),
])
def test_short_forms_of_fields_after_a_head_are_written_out(memberships, title, body):
    assert {b for _, _, b, _ in memberships(f"Ông {BINH}, {title} cho biết.")} == {body}


def test_a_physicians_honour_before_a_name_stays_an_honour(memberships):
    assert memberships(f"TTND {BINH}, Giám đốc Bệnh viện Việt Đức cho biết.") == {
        (BINH, "Giám đốc", "Bệnh viện Việt Đức", "current")}


def test_a_place_written_bare_in_a_name_must_be_spelled_right(run, memberships):
    # 'Thương Tín' in a bank's name is not huyện Thường Tín; after a level word or a
    # committee a mark typed wrong is forgiven
    text = (f"Ông {BINH}, Trưởng Ban Kiểm soát Ngân hàng TMCP Việt Nam Thương Tín, cho biết. "
            "Ông Lê Văn Hải, Phó Bí thư Huyện ủy Đăk Glei, Chủ tịch UBND tỉnh Thanh Hoa, dự.")
    places = {b.name: b.place.name if b.place else None for b in run(text).bodies}
    assert "Huyện Thường Tín" not in places.values()
    assert places["Huyện ủy Đắk Glei"] == "Huyện Đắk Glei"
    assert places["Ủy ban nhân dân tỉnh Thanh Hóa"] == "Thanh Hóa"


def test_a_faculty_word_in_capitals_inside_a_name_heads_nothing(run, memberships):
    # 'Bách Khoa', 'Y Khoa': one word written in capitals, not a faculty ('Khoa') of the school
    text = (f"Ông {BINH}, Hiệu trưởng Trường Đại học Bách Khoa Sông Lam, cho biết. Ông Lê Văn "
            "Hải, Phó Hiệu trưởng Trường Đại học Y Khoa Phạm Ngọc Thạch, dự.")
    assert {(m[0], m[2]) for m in memberships(run(text))} == {
        (BINH, "Trường Đại học Bách Khoa Sông Lam"),
        ("Lê Văn Hải", "Trường Đại học Y Khoa Phạm Ngọc Thạch")}



def test_a_ministry_then_and_another_body_are_two_bodies(run):
    # 'Bộ Công Thương và Ủy ban …': no field 'Công Thương và …' ('Bộ Nông nghiệp và Phát triển
    # nông thôn' is one)
    text = ("Sáng 9/6, Bộ Công Thương và Ủy ban Quốc gia UNESCO Việt Nam tổ chức hội nghị. Ông "
            f"{BINH}, Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn, phát biểu.")
    facts = run(text)
    assert [o.name for o in facts.events[0].organizers] == ["Bộ Công Thương",
                                                           "Ủy ban Quốc gia UNESCO Việt Nam"]
    assert "Bộ Nông nghiệp và Phát triển nông thôn" in {b.name for b in facts.bodies}


@pytest.mark.parametrize("text", [
    "Giám đốc Công ty cổ phần BOT Cao tốc Trung Lương – Mỹ Thuận, Trần Văn Bình cho biết.",
    "Ông Trần Văn Bình, Giám đốc Công ty cổ phần BOT Cao tốc Trung Lương – Mỹ Thuận cho biết."])
def test_a_route_after_a_dash_may_start_like_a_country(memberships, text):
    # ('Mỹ' alone is a foreign state, which ends a name; 'Mỹ Thuận' after the dash is the route's
    # other end)
    body = "Công ty cổ phần BOT Cao tốc Trung Lương – Mỹ Thuận"
    assert memberships(text) == {("Trần Văn Bình", "Giám đốc", body, "current")}


def test_a_name_that_is_a_places_ends_before_a_lower_case_word(memberships):
    text = "Phát biểu tại lễ, GS.TS Trần Văn Bình - Giám đốc ĐH Đà Nẵng ghi nhận công lao của ông An."
    assert memberships(text) == {("Trần Văn Bình", "Giám đốc", "Đại học Đà Nẵng", "current")}
