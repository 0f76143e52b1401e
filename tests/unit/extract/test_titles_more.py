"""More title forms seen in unseen news (GUIDELINES §3): titles over a place alone, the
central committee of the Youth Union, committees of the National Assembly, abbreviations,
and whom 'ông' stands for."""
import pytest

BINH = "Trần Văn Bình"
AN = "Lê Văn An"


def test_party_title_over_a_place_is_its_committees(memberships):
    assert memberships(f"Ông {BINH} – Bí thư thị trấn Kỳ Sơn, huyện Kỳ Sơn cho biết.") == {
        (BINH, "Bí thư", "Đảng ủy thị trấn Kỳ Sơn", "current")}


@pytest.mark.parametrize("text, role, body", [
    ("Vụ việc xảy ra tại thị trấn Kỳ Sơn, huyện Kỳ Anh. Trên sân trụ sở, ông Trần Văn Bình - Bí "
     "thư thị trấn - bị đâm.", "Bí thư", "Đảng ủy thị trấn Kỳ Sơn"),
    ("Vụ việc xảy ra tại xã Đồng Tâm, huyện Mỹ Đức. Theo ông Trần Văn Bình, Chủ tịch xã, người "
     "dân đã đồng ý.", "Chủ tịch", "Ủy ban nhân dân xã Đồng Tâm"),
])
def test_a_title_over_a_bare_level_after_its_holder_is_of_the_place_in_context(
        memberships, text, role, body):
    assert memberships(text) == {(BINH, role, body, "current")}


def test_a_city_whose_name_begins_as_a_head_is_no_body(memberships):
    # 'Hội An' is a city, no association 'Hội' named 'An'; the town of no place the text
    # gives stays bare (GUIDELINES §2, jurisdiction from context)
    assert memberships("Ông Trần Văn Bình - nguyên Chủ tịch thị xã và Bí thư Hội An.") == {
        (BINH, "Chủ tịch", "Ủy ban nhân dân", "former")}


def test_a_title_over_a_bare_level_with_no_holder_is_no_ones(memberships):
    assert memberships("Vụ việc xảy ra tại xã Đồng Tâm. Chủ tịch xã phải chịu trách nhiệm.") == set()


def test_state_title_over_a_place_is_its_peoples_committees(memberships):
    assert memberships(f"Phó Chủ tịch huyện Gio Linh {BINH} dự.") == {
        (BINH, "Phó Chủ tịch", "Ủy ban nhân dân huyện Gio Linh", "current")}


def test_title_whose_tail_begins_a_body(memberships):
    # ('Bí thư T.Ư Đoàn' is one title, a seat in the Youth Union's Secretariat)
    assert memberships(f"Bí thư T.Ư Đoàn {AN} chủ trì.") == {
        (AN, "Bí thư Trung ương Đoàn", "Ban Bí thư Trung ương Đoàn", "current")}


def test_committee_of_the_national_assembly(memberships):
    assert memberships(f"Ông {BINH}, Chủ nhiệm Ủy ban Quốc phòng và An ninh của Quốc hội.") == {
        (BINH, "Chủ nhiệm", "Ủy ban Quốc phòng và An ninh Quốc hội", "current")}


def test_abbreviated_district_and_social_insurance(memberships):
    text = f"Phó chủ tịch UBND Q.1 {BINH} dự. Bà Lê Thị Mai, Giám đốc BHXH thành phố Hà Nội."
    assert memberships(text) == {
        (BINH, "Phó Chủ tịch", "Ủy ban nhân dân Quận 1", "current"),
        ("Lê Thị Mai", "Giám đốc", "Bảo hiểm xã hội thành phố Hà Nội", "current")}


def test_title_then_a_unit_named_in_lower_case(memberships):
    text = (f"Ông {BINH}, Viện trưởng Viện huyết học truyền máu Trung ương. Ông {AN}, Trưởng "
            "ban quản lý di tích chùa Hương.")
    assert memberships(text) == {
        (BINH, "Viện trưởng", "Viện huyết học truyền máu Trung ương", "current"),
        (AN, "Trưởng ban", "Ban quản lý di tích chùa Hương", "current")}


def test_a_vice_minister_of_the_ministry_the_article_names(memberships):
    assert memberships(f"Bộ Công Thương họp. Thứ trưởng {AN} chủ trì.") == {
        (AN, "Thứ trưởng", "Bộ Công Thương", "current")}


def test_lower_case_words_after_a_country_name_are_no_country(memberships):
    text = (f"Ông {BINH}, Trưởng ban Pháp chế HĐND thành phố Hà Nội. Hiệu trưởng Trường Đại "
            f"học Mỹ thuật Việt Nam {AN}.")
    assert memberships(text) == {
        (BINH, "Trưởng ban", "Ban Pháp chế Hội đồng nhân dân thành phố Hà Nội", "current"),
        (AN, "Hiệu trưởng", "Trường Đại học Mỹ thuật Việt Nam", "current")}


def test_a_nominees_own_title_is_held(memberships):
    text = (f"UBND tỉnh giới thiệu ông {BINH}, Phó Chủ tịch UBND tỉnh Quảng Trị để bầu giữ chức "
            "Chủ tịch UBND tỉnh.")
    assert memberships(text) == {(BINH, "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Trị",
                                  "current")}


def test_a_delegation_between_title_and_name(memberships):
    assert memberships(f"Đại biểu Quốc hội đoàn TP.HCM {BINH} cho rằng.") == {
        (BINH, "Đại biểu", "Quốc hội", "current")}


def test_ong_after_a_foreign_person_is_not_the_articles_subject(memberships):
    text = (f"Chủ tịch nước {BINH} đón Tổng thống Milos Novak. Chủ tịch nước {BINH} hội đàm với "
            "ông Milos Novak. Năm 1996, ông là Chủ tịch Ủy ban Ngân sách của Quốc hội Liên bang.")
    assert memberships(text) == {
        (BINH, "Chủ tịch nước", "Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam", "current")}


def test_a_post_takes_the_status_of_its_latest_period(memberships):
    text = (f"Ông {BINH} sinh năm 1970. Từ tháng 3-2015 đến tháng 2-2016, Phó Tổng giám đốc "
            "Tổng công ty Sông Biếc. Từ ngày 1-3-2016 đến nay, Phó Tổng giám đốc Tổng công ty "
            "Sông Biếc.")
    assert memberships(text, day=None) == {
        (BINH, "Phó Tổng Giám đốc", "Tổng công ty Sông Biếc", "current")}


def test_acting_holder_and_a_subdepartment(memberships):
    text = (f"Ông {BINH}, Quyền Chủ tịch UBND thành phố Nha Trang cho biết. Bà Lê Thị Mai, Phó "
            "chi cục trưởng Chi cục Thuế Quận 1, khẳng định.")
    assert memberships(text) == {
        (BINH, "Chủ tịch", "Ủy ban nhân dân thành phố Nha Trang", "current"),
        ("Lê Thị Mai", "Phó Chi cục trưởng", "Chi cục Thuế Quận 1", "current")}


def test_the_place_above_the_bodys_between_title_and_name(memberships):
    assert memberships(f"Chủ tịch UBND phường Láng Hạ, quận Đống Đa {BINH} cho biết.") == {
        (BINH, "Chủ tịch", "Ủy ban nhân dân phường Láng Hạ", "current")}


def test_a_two_word_proper_name_after_a_lower_case_name(memberships):
    text = f"Ông {BINH}, Trưởng Ban quản lý rừng quốc gia Yên Tử (tỉnh Quảng Ninh) cho biết."
    assert memberships(text) == {(BINH, "Trưởng ban", "Ban quản lý rừng quốc gia Yên Tử",
                                  "current")}


def test_a_spelled_birth_date_between_name_and_titles(memberships):
    text = (f"Ông {BINH}, sinh ngày 23 tháng 11 năm 1968, Ủy viên Ban Chấp hành Trung ương Đảng, "
            "Phó Bí thư Thường trực Tỉnh ủy Tiền Giang.")
    assert memberships(text) == {
        (BINH, "Ủy viên", "Ban Chấp hành Trung ương Đảng", "current"),
        (BINH, "Phó Bí thư Thường trực", "Tỉnh ủy Tiền Giang", "current")}


def test_the_unit_a_title_heads_written_in_lower_case(memberships):
    text = (f"PGS.TS {BINH}, Phó Hiệu trưởng trường Đại học Kinh tế quốc dân, khẳng định. Bà Lê "
            "Thị Huyền Trâm, Phó phòng Nội vụ thị xã Bỉm Sơn.")
    assert memberships(text) == {
        (BINH, "Phó Hiệu trưởng", "Trường Đại học Kinh tế quốc dân", "current"),
        ("Lê Thị Huyền Trâm", "Phó Trưởng phòng", "Phòng Nội vụ thị xã Bỉm Sơn", "current")}


def test_city_peoples_committee_abbreviated(memberships):
    assert memberships(f"Ông {BINH} - Phó Chủ tịch UBNDTP Đà Nẵng nhấn mạnh.") == {
        (BINH, "Phó Chủ tịch", "Ủy ban nhân dân thành phố Đà Nẵng", "current")}


def test_a_police_chief_over_a_place_and_a_dismissal(memberships):
    text = (f"Huyện vừa ký quyết định cách chức đối với ông {BINH} - Trưởng công an huyện Tuy "
            f"Đức. Chủ tịch UBND xã Quảng Tâm, huyện Tuy Đức (Đắk Nông) - ông {AN} xác nhận.")
    assert memberships(text) == {
        (BINH, "Trưởng Công an", "Công an huyện Tuy Đức", "former"),
        (AN, "Chủ tịch", "Ủy ban nhân dân xã Quảng Tâm", "current")}


def test_the_military_court(memberships):
    assert memberships(f"Trung tướng {BINH}, nguyên Chánh án Tòa án Quân sự Trung ương.") == {
        (BINH, "Chánh án", "Tòa án quân sự Trung ương", "former")}


def test_an_acronym_names_the_body(memberships):
    text = (f"Chủ tịch VCCIX {BINH} cười. Chủ tịch Ban Chấp hành Trung ương Hội NDVN {AN} phát "
            "biểu.")
    assert memberships(text) == {(BINH, "Chủ tịch", "VCCIX", "current"),
                                 (AN, "Chủ tịch", "Hội Nông dân Việt Nam", "current")}


def test_a_note_in_brackets_between_body_and_name(memberships):
    text = f"Phó tổng cục trưởng Tổng cục Du lịch (Bộ Văn hóa, Thể thao và Du lịch) {BINH} dự."
    assert memberships(text) == {(BINH, "Phó Tổng Cục trưởng", "Tổng cục Du lịch", "current")}


def test_the_inspectorate_of_a_province(memberships):
    text = f"Quyết định do Chánh thanh tra tỉnh Yên Bái {BINH} ký. Đoàn sẽ thanh tra Sở Y tế."
    assert memberships(text) == {(BINH, "Chánh Thanh tra", "Thanh tra tỉnh Yên Bái", "current")}


def test_a_title_named_for_its_unit_without_repeating_it(memberships):
    assert memberships(f"Chi cục trưởng QLTT tỉnh Quảng Trị {BINH} giải thích.") == {
        (BINH, "Chi cục trưởng", "Chi cục Quản lý thị trường tỉnh Quảng Trị", "current")}


def test_a_school_named_in_lower_case_and_an_abbreviated_deputy_director(memberships):
    text = (f"Bà Lê Thị Mai, Hiệu trưởng trường mầm non Sông Biếc (Cầu Giấy) cho rằng. Ông {BINH} "
            "- Phó TGĐ Tập đoàn Hóa chất Việt Nam - cho hay.")
    assert memberships(text) == {
        ("Lê Thị Mai", "Hiệu trưởng", "Trường mầm non Sông Biếc", "current"),
        (BINH, "Phó Tổng Giám đốc", "Tập đoàn Hóa chất Việt Nam", "current")}


def test_a_council_committee_with_a_compound_name(memberships):
    text = f"Trưởng ban Kinh tế - Ngân sách HĐND thành phố Hà Nội {BINH} cho biết."
    assert memberships(text) == {
        (BINH, "Trưởng ban", "Ban Kinh tế - Ngân sách Hội đồng nhân dân thành phố Hà Nội",
         "current")}


def test_a_name_in_brackets_is_no_subject_of_the_sentence(memberships):
    text = (f"Bà Lê Thị Mai (chị ruột ông {BINH}) từng giữ chức Chủ tịch Hội Nông dân tỉnh Bình "
            "Định.")
    assert memberships(text) == {("Lê Thị Mai", "Chủ tịch", "Hội Nông dân tỉnh Bình Định",
                                  "former")}


def test_a_communes_council_is_no_provinces(memberships):
    text = f"Tỉnh ủy Đắk Nông họp. Ông {BINH} - Phó Chủ tịch HĐND xã cũng bị cách chức."
    assert {b for *_, b, _ in memberships(text)} == {"Hội đồng nhân dân"}


def test_a_division_named_in_lower_case_and_a_standing_deputy(memberships):
    text = (f"Bà Lê Thị Mai, Phó trưởng phòng giáo dục Quận Hai Bà Trưng cho biết. Phó Giám đốc "
            f"thường trực ĐHQGX {BINH} chủ trì.")
    assert memberships(text) == {
        ("Lê Thị Mai", "Phó Trưởng phòng", "Phòng giáo dục quận Hai Bà Trưng", "current"),
        (BINH, "Phó Giám đốc Thường trực", "ĐHQGX", "current")}


def test_a_province_alone_before_its_holder_and_a_qualified_title(memberships):
    text = (f"Chủ tịch Hà Nội {BINH} giải thích. Bí thư Cát Lâm Vương Dân bị điều tra. Ông {AN} "
            "(Phó trưởng đoàn chuyên trách Đoàn ĐBQH TP.HCM) cũng dự.")
    assert memberships(text) == {
        (BINH, "Chủ tịch", "Ủy ban nhân dân thành phố Hà Nội", "current"),
        (AN, "Phó Trưởng đoàn", "Đoàn đại biểu Quốc hội Thành phố Hồ Chí Minh", "current")}


def test_an_association_of_cac_and_a_dismissal_from_a_seat(memberships):
    text = (f"Theo GS {BINH} - Tổng Thư ký Hội các ngành sinh học Việt Nam, cây xanh tốt. Ông {AN} "
            "bị cảnh cáo và cho thôi chức Ủy viên Bộ Chính trị.")
    assert memberships(text) == {
        (BINH, "Tổng Thư ký", "Hội các ngành sinh học Việt Nam", "current"),
        (AN, "Ủy viên", "Bộ Chính trị", "former")}


def test_a_birth_year_still_ends_a_name(memberships):
    text = f"Ông {BINH}, Giám đốc Công ty Sông Biếc sinh năm 1970, cho biết."
    assert memberships(text) == {(BINH, "Giám đốc", "Công ty Sông Biếc", "current")}


def test_a_minister_of_a_domain_without_bo(memberships):
    assert memberships("Bộ trưởng Công Thương Trần Tuấn Bình cho biết.") == {
        ("Trần Tuấn Bình", "Bộ trưởng", "Bộ Công Thương", "current")}


def test_a_body_head_written_in_lower_case_after_the_title(memberships):
    assert memberships(f"Tài sản của Giám đốc sở Tài nguyên và Môi trường tỉnh Yên Bái {BINH} "
                       "được công khai.") == {
        (BINH, "Giám đốc", "Sở Tài nguyên và Môi trường tỉnh Yên Bái", "current")}


def test_a_lower_case_head_with_no_own_name_is_no_body(memberships):
    assert memberships(f"Ông {BINH}, Phó Giám đốc sở cho biết.") == set()


def test_title_then_doi_voi_its_holder(memberships):
    # 'cách chức <title> đối với ông X': the title is X's and X has lost it
    assert memberships(f"Sở quyết định cách chức Trưởng phòng Tài nguyên nước đối với ông {BINH}; "
                       "cách chức Phó Chi cục trưởng Chi cục Quản lý đất đai đối với ông "
                       f"{AN}.") == {
        (BINH, "Trưởng phòng", "Phòng Tài nguyên nước", "former"),
        (AN, "Phó Chi cục trưởng", "Chi cục Quản lý đất đai", "former")}


def test_deputy_heads_written_cuc_pho_vu_pho(memberships):
    assert memberships(f"Có ông {BINH}, Cục phó Cục An toàn thông tin; ông {AN}, Vụ phó Vụ "
                       "Pháp chế.") == {
        (BINH, "Phó Cục trưởng", "Cục An toàn thông tin", "current"),
        (AN, "Phó Vụ trưởng", "Vụ Pháp chế", "current")}


def test_a_schools_or_institutes_deputy_head_first_in_lower_case(memberships):
    assert memberships(f"Ông {BINH} bị giáng chức và điều xuống làm hiệu phó Trường Tiểu học Tân "
                       f"Thuận 1; ông {AN} sang làm viện phó Viện Kinh tế tỉnh Bình Định.") == {
        (BINH, "Phó Hiệu trưởng", "Trường Tiểu học Tân Thuận 1", "current"),
        (AN, "Phó Viện trưởng", "Viện Kinh tế tỉnh Bình Định", "current")}


def test_a_ministrys_deputy_head_first_in_lower_case_is_no_title(memberships):
    # 'chức vụ phó giám đốc': 'vụ phó' here is no 'Vụ phó'
    assert memberships(f"Từ năm 2012 đến nay, ông {BINH} giữ chức vụ phó giám đốc Sở Y tế tỉnh "
                       "Nam Định.") == {(BINH, "Phó Giám đốc", "Sở Y tế tỉnh Nam Định", "current")}


def test_the_labour_confederation_abbreviated(memberships):
    assert memberships(f"Ông {BINH} - Chủ tịch Tổng LĐLĐVN - cho biết.") == {
        (BINH, "Chủ tịch", "Tổng Liên đoàn Lao động Việt Nam", "current")}


def test_a_lower_case_vu_pho_inside_nhiem_vu_is_no_title(memberships):
    assert memberships(f"Ông {BINH} nhận nhiệm vụ Phó Trưởng ban Kinh tế Trung ương.") == {
        (BINH, "Phó Trưởng ban", "Ban Kinh tế Trung ương", "current")}


@pytest.mark.parametrize("text, body", [
    ("Tại kỳ họp thứ 3, Quốc hội khóa XIV, đại biểu Trần Văn Bình nói rằng cần xanh hơn.",
     "Quốc hội"),
    ("Tại kỳ họp thứ 4 HĐND thành phố Hà Nội, đại biểu Trần Văn Bình chất vấn Giám đốc Sở.",
     "Hội đồng nhân dân thành phố Hà Nội"),
    ("Chưa thỏa mãn với câu trả lời, ĐB Trần Văn Bình (Phú Thọ) cho rằng Bộ đổ lỗi.",
     "Quốc hội"),
    # the council named again with a bare level word is the same one, no second council
    ("Tại kỳ họp thứ 4 HĐND thành phố Hà Nội, Ban Pháp chế HĐND TP đi giám sát. Thảo luận tại "
     "tổ, đại biểu Trần Văn Bình đề xuất thu hồi đất.", "Hội đồng nhân dân thành phố Hà Nội"),
])
def test_a_deputy_named_bare_sits_in_the_assembly_in_session(memberships, text, body):
    assert memberships(text) == {(BINH, "Đại biểu", body, "current")}


def test_a_guest_called_dai_bieu_is_no_deputy(memberships):
    text = (f"Tại kỳ họp thứ 3 của Quốc hội, tham dự có đại biểu {BINH}, Phó Chủ tịch UBND tỉnh "
            "Nghệ An.")
    assert memberships(text) == {(BINH, "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An", "current")}


@pytest.mark.parametrize("text, role, body", [
    (f"Phó Chủ tịch VNITO - ông {BINH} và Tổng Thư ký HCA - ông {AN} dự lễ.",
     "Phó Chủ tịch", "VNITO"),
    # (a rank after the dash or comma: 'Giám đốc Công an tỉnh X - Thiếu tướng A')
    (f"Giám đốc Công an tỉnh Nam Định, Đại tá {BINH} cho biết.", "Giám đốc",
     "Công an tỉnh Nam Định"),
    (f"Tài sản của Giám đốc Công an tỉnh Nam Định - Thiếu tướng {BINH} được kiểm tra.",
     "Giám đốc", "Công an tỉnh Nam Định"),
    (f"Ông {BINH}, Tư lệnh Bộ tư lệnh Thủ đô, cho biết.", "Tư lệnh", "Bộ Tư lệnh Thủ đô"),
    (f"Bà {BINH}, Phó Bí thư Huyện đoàn Quan Sơn, cho biết.", "Phó Bí thư", "Huyện đoàn Quan Sơn"),
    (f"Ngày 6/2, Thứ trưởng GD&ĐT {BINH} ký công văn.", "Thứ trưởng", "Bộ Giáo dục và Đào tạo"),
    (f"Ông {BINH}, Bí thư Thường trực Trung ương Đoàn, chủ trì.", "Bí thư Thường trực",
     "Trung ương Đoàn"),
    (f"Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội Việt Nam {BINH} trình bày.", "Phó Chủ nhiệm",
     "Ủy ban Kinh tế Quốc hội"),
    (f"Ông {BINH} (sinh năm 1982), Bác sĩ, Trưởng khoa Tim mạch, cho biết.", "Trưởng khoa",
     "Khoa Tim mạch"),
    # a profession with its field between the name and the title
    (f"Ông {BINH} (Sinh năm 1978), Bác sĩ y khoa, Phó giám đốc Bệnh viện Đa khoa tỉnh Thanh Hóa.",
     "Phó Giám đốc", "Bệnh viện Đa khoa tỉnh Thanh Hóa"),
    (f"Ông {BINH}, Tiến sĩ Luật, Phó Vụ trưởng Vụ Pháp luật, Văn phòng Quốc hội.",
     "Phó Vụ trưởng", "Vụ Pháp luật Văn phòng Quốc hội"),
    # a unit for the staff ('tham mưu'), where a department 'tham mưu' (advises) elsewhere
    (f"Ông {BINH}, Trưởng phòng tham mưu Công an tỉnh Nam Định cho biết.", "Trưởng phòng",
     "Phòng tham mưu Công an tỉnh Nam Định"),
    (f"Thượng tá {BINH}, Phó trưởng Phòng tham mưu, Công an tỉnh Yên Bái cho hay.",
     "Phó Trưởng phòng", "Phòng tham mưu Công an tỉnh Yên Bái"),
])
def test_more_title_forms_of_unseen_news(memberships, text, role, body):
    assert (BINH, role, body, "current") in memberships(text)


def test_a_youth_union_committee_is_no_party_body(run):
    facts = run(f"Bà {BINH}, Phó Bí thư Thành đoàn Hà Nội, cho biết.")
    body = facts.memberships[0].body
    assert body.parent is None and not any("Đảng bộ" in a for a in body.aliases)


def test_a_delegation_after_a_name_makes_a_deputy(memberships):
    text = f"Quốc hội đã nghe ông {BINH}, Đoàn đại biểu Quốc hội tỉnh Quảng Nam, phát biểu."
    assert memberships(text) == {
        (BINH, "Đại biểu", "Đoàn đại biểu Quốc hội tỉnh Quảng Nam", "current")}


@pytest.mark.parametrize("text, role", [
    (f"Ông {BINH}, 52 tuổi, Giám đốc Sở Y tế tỉnh Nghệ An, cho biết.", "Giám đốc"),
    (f"Ông {BINH}, năm nay 52 tuổi, Giám đốc Sở Y tế tỉnh Nghệ An, cho biết.", "Giám đốc"),
    (f"Ông {BINH} được giao quyền Giám đốc Sở Y tế tỉnh Nghệ An.", "Giám đốc"),
    (f"Ông {BINH} - Phó Giám đốc phụ trách Sở Y tế tỉnh Nghệ An cho biết.", "Phó Giám đốc"),
])
def test_an_age_acting_or_in_charge(memberships, text, role):
    assert memberships(text) == {(BINH, role, "Sở Y tế tỉnh Nghệ An", "current")}


def test_the_incumbent(memberships):
    assert memberships(f"Ông {BINH} - đương kim Chủ tịch UBND tỉnh Nghệ An cho biết.") == {
        (BINH, "Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An", "current")}


@pytest.mark.parametrize("text", [
    f"Đồng chí {BINH}, Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Nghệ An cho biết.",
    f"Ông {BINH}, UVTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh Nghệ An cho biết.",
])
def test_the_standing_committee_written_as_a_title(memberships, text):
    assert memberships(text) == {
        (BINH, "Ủy viên", "Ban Thường vụ Tỉnh ủy Nghệ An", "current"),
        (BINH, "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An", "current")}


def test_a_ward_named_after_a_person_is_no_holder_but_the_bodys_place(memberships):
    assert memberships(f"Ông {BINH}, Phó Chủ tịch UBND phường Lê Thanh Nghị xác nhận.") == {
        (BINH, "Phó Chủ tịch", "Ủy ban nhân dân phường Lê Thanh Nghị", "current")}


@pytest.mark.parametrize("text, body", [
    (f"Ông {BINH}, Giám đốc Cảng vụ Đường thủy nội địa Quảng Ninh cho biết.",
     "Cảng vụ Đường thủy nội địa Quảng Ninh"),
    (f"Thầy {BINH} - Giám đốc Chi hội An toàn thông tin phía Nam cho biết.",
     "Chi hội An toàn thông tin phía Nam"),
])
def test_port_authorities_and_association_chapters(memberships, text, body):
    assert memberships(text) == {(BINH, "Giám đốc", body, "current")}


def test_a_minister_heading_the_government_office_written_without_a_comma(memberships):
    assert memberships("Bộ trưởng Chủ nhiệm Văn phòng Chính phủ Trần Văn Bình cho biết.") == {
        ("Trần Văn Bình", "Chủ nhiệm", "Văn phòng Chính phủ", "current"),
        ("Trần Văn Bình", "Bộ trưởng", "Chính phủ", "current")}


def test_a_title_with_a_bare_province_then_a_dash_and_the_holder(memberships):
    assert memberships("Bí thư Sóc Trăng - Trần Văn Bình nói.") == {
        ("Trần Văn Bình", "Bí thư", "Tỉnh ủy Sóc Trăng", "current")}


def test_a_title_then_a_colon_and_a_statement_is_the_name_befores(memberships):
    text = "Ông Trần Văn Bình - Chủ tịch UBND huyện Cẩm Xuyên: Một số chỉ tiêu chưa phù hợp."
    assert memberships(text) == {
        ("Trần Văn Bình", "Chủ tịch", "Ủy ban nhân dân huyện Cẩm Xuyên", "current")}


@pytest.mark.parametrize("text, expected", [
    ("Cũng tại hội nghị, bà Lê Thị Hoa, Bí thư phường Nguyễn Thái Bình cho rằng vỉa hè quý.",
     {("Lê Thị Hoa", "Bí thư", "Đảng ủy phường Nguyễn Thái Bình", "current")}),
    ("Dự có Trung tướng Trần Văn Bình, Tổng tham mưu trưởng; các đồng chí trong Quân ủy.",
     {("Trần Văn Bình", "Tổng Tham mưu trưởng", "Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam",
       "current")}),
    ("Ban kiểm soát Công ty Sông Biếc có 3 thành viên, ông Trần Văn Bình là Trưởng ban.",
     {("Trần Văn Bình", "Trưởng ban", "Ban Kiểm soát Công ty Sông Biếc", "current")}),
    ("Ông Trần Văn Bình, Giám đốc Ban quản lý dự án xây dựng tuyến đường sắt đô thị số 1 nói.",
     {("Trần Văn Bình", "Giám đốc", "Ban quản lý dự án xây dựng tuyến đường sắt đô thị số 1",
       "current")}),
])
def test_titles_found_on_unseen_text(memberships, text, expected):
    assert memberships(text) == expected


def test_a_post_held_by_the_person_after_do_in_the_council_just_named(memberships):
    text = ("Hội đồng Kiến trúc - Quy hoạch tỉnh Nghệ An có 22 thành viên. Vị trí Chủ tịch Hội đồng "
            "do ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh đảm nhiệm; ông Lê Văn An, Giám đốc Sở Xây "
            "dựng giữ vị trí Phó Chủ tịch Hội đồng.")
    council = "Hội đồng Kiến trúc - Quy hoạch tỉnh Nghệ An"
    assert memberships(text) == {
        ("Trần Văn Bình", "Chủ tịch", council, "current"),
        ("Trần Văn Bình", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An", "current"),
        ("Lê Văn An", "Giám đốc", "Sở Xây dựng tỉnh Nghệ An", "current"),
        ("Lê Văn An", "Phó Chủ tịch", council, "current")}


def test_a_delegation_led_by_the_person_after_do_gives_no_post(memberships):
    text = ("Tổ công tác của Thủ tướng Chính phủ do ông Trần Văn Bình, Phó Chủ nhiệm Văn phòng "
            "Chính phủ, làm Trưởng đoàn đã về kiểm tra.")
    assert ("Trần Văn Bình", "Thủ tướng", "Chính phủ", "current") not in memberships(text)


def test_a_title_after_a_long_aside_in_brackets_is_the_name_before_it(memberships):
    text = ("Trường hợp ông Trần Văn Bình (em trai bà Lê Thị Hoa, Bí thư Tỉnh ủy Yên Bái), Giám "
            "đốc Sở Tài nguyên và Môi trường Yên Bái chưa đúng quy định.")
    assert memberships(text) == {
        ("Lê Thị Hoa", "Bí thư", "Tỉnh ủy Yên Bái", "current"),
        ("Trần Văn Bình", "Giám đốc", "Sở Tài nguyên và Môi trường tỉnh Yên Bái", "current")}


def test_the_person_appointed_holds_the_post_not_the_speaker_named_after_it(memberships):
    text = ("Về việc tỉnh bổ nhiệm ông Trần Văn Bình làm Giám đốc Sở Y tế tỉnh Yên Bái, ông Lê "
            "Văn An nói ông Bình chưa đủ chuẩn.")
    assert memberships(text) == {
        ("Trần Văn Bình", "Giám đốc", "Sở Y tế tỉnh Yên Bái", "current")}


def test_a_title_after_cua_is_someone_elses_not_the_subjects(memberships):
    text = ("Ông Trần Văn Bình là Chủ nhiệm UBKT Tỉnh ủy Sơn La. Năm 2003, ông về nước làm việc "
            "theo lời mời của Bí thư Tỉnh ủy Sơn La khi đó.")
    assert memberships(text) == {
        ("Trần Văn Bình", "Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy Sơn La", "current")}


@pytest.mark.parametrize("text", [
    "Chánh Văn phòng, người phát ngôn Bộ Nội vụ Trần Văn Bình cho biết.",
    "Ông Trần Văn Bình, Chánh Văn phòng, người phát ngôn của Bộ Nội vụ cho biết.",
    "PV đã liên hệ với ông Trần Văn Bình, Chánh Văn phòng – người phát ngôn Bộ Nội vụ."])
def test_the_office_of_a_spokesman_is_the_bodys_office(memberships, text):
    assert memberships(text) == {
        ("Trần Văn Bình", "Chánh Văn phòng", "Văn phòng Bộ Nội vụ", "current")}


def test_a_minister_of_cong_an_is_the_ministrys(memberships):
    assert memberships("Bộ trưởng Công an Trần Văn Bình phát biểu.") == {
        ("Trần Văn Bình", "Bộ trưởng", "Bộ Công an", "current")}


def test_a_province_alone_after_its_holder_names_its_committee(memberships):
    assert memberships("Rồi ông Trần Văn Bình, nguyên Bí thư Hà Tĩnh cũng thôi.") == {
        ("Trần Văn Bình", "Bí thư", "Tỉnh ủy Hà Tĩnh", "former")}


@pytest.mark.parametrize("text", [
    "Thừa ủy quyền của Chủ tịch nước, Thiếu tướng Trần Văn Bình đã trao Huân chương.",
    "Theo Quyết định của Bộ trưởng Bộ Tài chính, bà Trần Thị Bình sẽ làm chuyên viên.",
])
def test_whom_a_person_acts_for_or_whose_decision_is_not_their_title(memberships, text):
    assert memberships(text) == set()


def test_a_title_a_source_speaks_of_is_not_the_sources(memberships):
    assert memberships("Theo ông Trần Văn Bình, Chánh án TAND tối cao cũng là người tuyên thệ.") \
        == set()
    assert memberships("Theo ông Trần Văn Bình, Giám đốc Sở Y tế tỉnh Nam Định, dịch đã lui.") == {
        ("Trần Văn Bình", "Giám đốc", "Sở Y tế tỉnh Nam Định", "current")}


def test_titles_of_many_before_a_name_are_not_that_names(memberships):
    text = "Rồi mấy ông Bộ trưởng, Thứ trưởng Tài nguyên - Môi trường, ông Trần Văn Bình cũng thôi."
    assert memberships(text) == set()


def test_the_speaker_after_a_topic_is_not_the_topics_holder(memberships):
    text = "Đối với trường hợp của Trần Văn Bình, Tổng Bí thư nhấn mạnh đã khai trừ khỏi Đảng."
    assert memberships(text) == set()


def test_a_ministers_rank_before_an_office_is_a_seat_in_the_government(memberships):
    # (not a post in the last ministry the article named)
    text = ("Bộ trưởng, Chủ nhiệm VPCP Trần Văn Bình nói. Tại cuộc họp, Bộ trưởng Bộ Quốc phòng "
            "khẳng định. Chính phủ sẽ xem xét, Bộ trưởng Trần Văn Bình nói.")
    assert memberships(text) == {
        ("Trần Văn Bình", "Chủ nhiệm", "Văn phòng Chính phủ", "current"),
        ("Trần Văn Bình", "Bộ trưởng", "Chính phủ", "current")}


def test_a_deputy_ministers_rank_before_an_office_is_no_seat(memberships):
    assert memberships("Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc Trần Văn Bình phát biểu.") == {
        ("Trần Văn Bình", "Phó Chủ nhiệm", "Ủy ban Dân tộc", "current")}


def test_the_titles_chained_before_a_foreign_states_are_the_same_foreign_officials(memberships):
    text = ("Thượng tướng Lưu Văn Kiệt, Ủy viên Bộ Chính trị, Phó Chủ tịch Quân ủy Trung ương "
            "Trung Quốc thăm Việt Nam.")
    assert memberships(text) == set()


def test_the_holder_now_after_a_title(memberships):
    text = f"Giám đốc Sở Nội vụ tỉnh Nam Định hiện nay là ông {BINH}."
    assert memberships(text) == {(BINH, "Giám đốc", "Sở Nội vụ tỉnh Nam Định", "current")}


def test_the_holder_after_what_the_title_is_in_charge_of(memberships):
    text = f"Hiện Phó Chánh Văn phòng UBND tỉnh Bình Định phụ trách Ban Tiếp công dân là ông {BINH}."
    assert memberships(text) == {(BINH, "Phó Chánh Văn phòng",
                                  "Văn phòng Ủy ban nhân dân tỉnh Bình Định", "current")}


@pytest.mark.parametrize("text, role, body", [
    (f"Ông {BINH} giữ chức vụ Trưởng phòng Bảo vệ Chính trị Công an thành phố Đà Nẵng.",
     "Trưởng phòng", "Phòng Bảo vệ Chính trị Công an thành phố Đà Nẵng"),
    (f"Ông {BINH} giữ chức Vụ trưởng Vụ Tổ chức cán bộ Bộ Y tế.", "Vụ trưởng",
     "Vụ Tổ chức cán bộ Bộ Y tế"),
])
def test_the_vu_of_chuc_vu_starts_no_title(memberships, text, role, body):
    assert memberships(text) == {(BINH, role, body, "current")}


@pytest.mark.parametrize("state", ["CHXHCN Việt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam",
                                   "nước CHXHCN Việt Nam"])
def test_our_states_full_name_after_a_title_is_no_body_of_its_own(memberships, state):
    text = f"Chủ tịch nước {state} Trần Văn Bình tiếp đoàn."
    assert memberships(text) == {("Trần Văn Bình", "Chủ tịch nước",
                                  "Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam", "current")}


@pytest.mark.parametrize("text, expected", [
    # the title A speaks of is the subject of A's words
    ("Theo đại biểu Trần Văn Bình, Bí thư Tỉnh ủy Yên Bái phải chỉ đạo làm rõ.", set()),
    # an apposition closed by a comma is A's
    ("Theo ông Trần Văn Bình, Giám đốc Sở Y tế tỉnh Nghệ An, bệnh viện đã quá tải.",
     {("Trần Văn Bình", "Giám đốc", "Sở Y tế tỉnh Nghệ An", "current")}),
])
def test_a_title_after_theo_a_is_a_or_what_a_speaks_of(memberships, text, expected):
    assert memberships(text) == expected


def test_a_bare_chair_in_a_sentence_that_names_one_peoples_committee(run, memberships):
    text = ("Tại cuộc họp giao ban sáng 6/2 giữa UBND tỉnh Nghệ An với các sở, Chủ tịch Trần Văn "
            "Bình yêu cầu các sở báo cáo.")
    assert memberships(run(text)) == {
        ("Trần Văn Bình", "Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An", "current")}


@pytest.mark.parametrize("text", [
    # a council a Chủ tịch heads too: whose chair?
    "Tại buổi làm việc giữa UBND tỉnh Nghệ An và HĐND tỉnh, Chủ tịch Trần Văn Bình phát biểu.",
    # a title in brackets takes the body written after it
    "UBND tỉnh Nghệ An giao xác minh tố cáo ông Trần Văn Bình (Chủ tịch) và ông Lê Văn Hòa "
    "(Phó Chủ tịch) UBND thị xã Hoàng Mai.",
])
def test_a_bare_chair_is_not_the_committees_when_another_reading_stands(run, memberships, text):
    assert ("Trần Văn Bình", "Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An", "current") \
        not in memberships(run(text))


@pytest.mark.parametrize("text", [
    "Dư luận băn khoăn vì gia đình ông Trần Văn Bình có người thân làm Bí thư Tỉnh ủy Nghệ An.",
    "Công ty này là của gia đình bà Lê Thị Hoa, có chồng là Giám đốc Sở Xây dựng tỉnh Nghệ An.",
])
def test_a_post_a_relative_holds_is_not_the_subjects(run, memberships, text):
    assert memberships(run(text)) == set()


def test_a_post_held_on_a_footing_and_the_council_of_state(run, memberships):
    # ('Hội đồng Nhà nước': the council of state of 1981-1992, a central body of its name)
    text = ("Trong bối cảnh đó, đồng chí Trần Văn Bình trên cương vị Ủy viên Bộ Chính trị, Chủ tịch "
            "Hội đồng Nhà nước trăn trở tìm cách đổi mới.")
    assert memberships(run(text)) == {
        ("Trần Văn Bình", "Ủy viên", "Bộ Chính trị", "current"),
        ("Trần Văn Bình", "Chủ tịch", "Hội đồng Nhà nước", "current")}


def test_a_caption_run_into_a_sentence_gives_it_no_subject(run, memberships):
    text = ("Đồng chí Trần Văn Bình và đồng chí Lê Văn Hòa trò chuyện với ban soạn thảo - Ảnh: Minh "
            "An Trên cương vị Chủ tịch UBND tỉnh Nghệ An, đồng chí đã cùng lãnh đạo tỉnh đổi mới.")
    assert memberships(run(text)) == set()  # 'đồng chí': the story's subject, not the caption's


@pytest.mark.parametrize("text, expected", [
    # a Party committee's department with the place written after it
    ("Người dân trả tự do ông Trần Văn Bình, Trưởng ban Tuyên giáo huyện Nghi Lộc.",
     {("Trần Văn Bình", "Trưởng ban", "Ban Tuyên giáo Huyện ủy Nghi Lộc", "current")}),
    # the Party committee written bare before the chair of a commune's People's Committee
    ("Ông Trần Văn Bình - Bí thư Đảng ủy kiêm Chủ tịch UBND xã Nghi Thạch cho biết.",
     {("Trần Văn Bình", "Bí thư", "Đảng ủy xã Nghi Thạch", "current"),
      ("Trần Văn Bình", "Chủ tịch", "Ủy ban nhân dân xã Nghi Thạch", "current")}),
    # the police written short with its level ('CA quận')
    ("Đại tá Trần Văn Bình - Trưởng CA quận Ngô Quyền cho biết.",
     {("Trần Văn Bình", "Trưởng Công an", "Công an quận Ngô Quyền", "current")}),
    # … and with the city's short form ('CA TP.'), the rank after a dash
    ("Theo Phó Trưởng CA TP. Kon Tum - trung tá Trần Văn Bình, vụ việc đang được điều tra.",
     {("Trần Văn Bình", "Phó Trưởng Công an", "Công an thành phố Kon Tum", "current")}),
    ("Ông Trần Văn Bình, Phó Giám đốc CA TP.HCM cho biết.",
     {("Trần Văn Bình", "Phó Giám đốc", "Công an Thành phố Hồ Chí Minh", "current")}),
    # a unit's owner after a comma: a department's, a police's, a hospital's
    ("Ông Trần Văn Bình, Trưởng phòng Tổ chức, Sở Y tế tỉnh Nghệ An cho hay.",
     {("Trần Văn Bình", "Trưởng phòng", "Phòng Tổ chức Sở Y tế tỉnh Nghệ An", "current")}),
    ("Ông Trần Văn Bình, Trưởng khoa Nội, Bệnh viện Đa khoa tỉnh Nghệ An cho hay.",
     {("Trần Văn Bình", "Trưởng khoa", "Khoa Nội Bệnh viện Đa khoa tỉnh Nghệ An", "current")}),
    # a spokesman's office joined by 'kiêm' with no comma
    ("Ông Trần Văn Bình, Chánh văn phòng kiêm người phát ngôn của UBND tỉnh Nghệ An, cho biết.",
     {("Trần Văn Bình", "Chánh Văn phòng", "Văn phòng Ủy ban nhân dân tỉnh Nghệ An", "current")}),
    # 'không' (not) ends a name, but not in 'hàng không'
    ("Bà Lê Thị Hoa, Phó Cục trưởng Cục Văn hóa cơ sở không đồng tình.",
     {("Lê Thị Hoa", "Phó Cục trưởng", "Cục Văn hóa cơ sở", "current")}),
    # a title after 'cho' in a sentence whose subject is a pronoun is the one asked
    ("Ông Trần Văn Bình là đại biểu Quốc hội. Nếu có cơ hội, ông sẽ đặt câu hỏi cho Bộ trưởng GTVT.",
     {("Trần Văn Bình", "Đại biểu", "Quốc hội", "current")}),
])
def test_titles_written_short_or_with_the_committee_unsaid(run, memberships, text, expected):
    assert memberships(run(text)) == expected


def test_a_deputy_named_bare_in_the_lobby_of_the_assembly_sits_in_it(run, memberships):
    text = ("Bên hành lang Quốc hội sáng 24/5, đại biểu Trần Văn Bình, Phó trưởng ban Thường trực Ban Dân vận Trung ương "
            "cho biết ông rất quan tâm.")
    assert ("Trần Văn Bình", "Đại biểu", "Quốc hội", "current") in memberships(run(text))


@pytest.mark.parametrize("grade", ["Thanh tra viên cao cấp", "Kiểm sát viên trung cấp"])
def test_a_civil_service_grade_between_name_and_title(run, memberships, grade):
    text = f"Ông Trần Văn Bình - {grade} - Phó Cục trưởng Cục Chống tham nhũng cho biết."
    assert memberships(run(text)) == {
        ("Trần Văn Bình", "Phó Cục trưởng", "Cục Chống tham nhũng", "current")}


def test_a_department_that_advises_tham_muu_is_not_renamed(memberships):
    assert memberships(f"Sở Nội vụ tham mưu cho UBND tỉnh. Ông {BINH}, Giám đốc Sở Nội vụ tỉnh Nam "
                       "Định cho biết.") == {(BINH, "Giám đốc", "Sở Nội vụ tỉnh Nam Định", "current")}


def test_a_bare_party_unit_is_the_central_one_the_article_names(memberships):
    text = (f"Thay mặt Ban Tổ chức Trung ương, ông {BINH}, Phó trưởng Ban Tổ chức đề nghị ông {AN} "
            "nhanh chóng tiếp cận công việc.")
    assert memberships(text) == {(BINH, "Phó Trưởng ban", "Ban Tổ chức Trung ương", "current")}


def test_a_bare_party_unit_is_no_central_one_where_a_local_one_is_named_too(memberships):
    text = (f"Dự có ông {AN}, Trưởng Ban Tổ chức Tỉnh ủy Nghệ An và đại diện Ban Tổ chức Trung "
            f"ương. Ông {BINH}, Phó trưởng Ban Tổ chức phát biểu.")
    assert (BINH, "Phó Trưởng ban", "Ban Tổ chức Trung ương", "current") not in memberships(text)


@pytest.mark.parametrize("text, body", [
    ("Dự có Trưởng Ban Tổ chức Trung ương Đảng Trần Văn Bình.", "Ban Tổ chức Trung ương"),
    ("Dự có Trưởng Ban Tuyên giáo T.Ư Đảng Trần Văn Bình.", "Ban Tuyên giáo Trung ương"),
    # (with 'Trung Ương' capitalised as some articles write it)
    ("Dự có Trưởng Ban dân vận Trung Ương Đảng Trần Văn Bình.", "Ban Dân vận Trung ương"),
])
def test_a_central_board_said_to_be_the_partys(memberships, text, body):
    assert memberships(text) == {("Trần Văn Bình", "Trưởng ban", body, "current")}


def test_a_title_of_whom_the_holder_acts_for_opens_no_chain(memberships):
    text = ("Thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy Phú Thọ Trần Văn Bình trao tặng Huân "
            "chương Lao động hạng Nhất cho tập thể.")
    assert memberships(text) == {("Trần Văn Bình", "Bí thư", "Tỉnh ủy Phú Thọ", "current")}


def test_the_central_committee_of_an_association_is_the_association(memberships):
    text = "Bà Lê Thị Hoa – Phó Chủ tịch Trung ương Hội Khuyến học Việt Nam phát biểu."
    assert memberships(text) == {
        ("Lê Thị Hoa", "Phó Chủ tịch", "Hội Khuyến học Việt Nam", "current")}


@pytest.mark.parametrize("text", [
    "Ông Trần Văn Bình, Trưởng họ Trần, cho biết. \"Nếu tỉnh tiếp tục di dời mộ thì chúng tôi sẽ "
    "gửi đơn kiến nghị lên Thủ tướng Chính phủ\", ông Bình nói.",
    # ('mộ Bà thì': 'Bà' before a lower-case word, read as the subject's pronoun)
    "Ông Trần Văn Bình cho biết. Nếu tỉnh muốn di dời mộ Bà thì chúng tôi sẽ tiếp tục gửi đơn "
    "kiến nghị lên Thủ tướng Chính phủ.",
])
def test_whom_a_petition_goes_up_to_is_no_post_taken(memberships, text):
    assert memberships(text) == set()


def test_an_older_spelling_of_a_deputy_chief_of_office_and_the_securities_commission(memberships):
    text = ("Ông Trần Văn Bình từng giữ các chức vụ như: Phó Văn phòng UBCKNN, Giám đốc Sở Y tế "
            "tỉnh Nghệ An.")
    assert memberships(text) == {
        ("Trần Văn Bình", "Phó Chánh Văn phòng", "Văn phòng Ủy ban Chứng khoán Nhà nước",
         "former"),
        ("Trần Văn Bình", "Giám đốc", "Sở Y tế tỉnh Nghệ An", "former")}


@pytest.mark.parametrize("title, body", [
    ("Bí thư thôn Yên Cảnh", "Chi bộ thôn Yên Cảnh"),
    ("Bí thư chi bộ thôn Yên Cảnh", "Chi bộ thôn Yên Cảnh"),
    ("Bí thư ấp 3", "Chi bộ ấp 3"),
])
def test_a_party_title_of_a_village_is_its_cells(memberships, title, body):
    assert memberships(f"Ông {BINH}, {title}, phát biểu.") == {
        (BINH, "Bí thư", body, "current")}


def test_the_peoples_army_abbreviated_is_named_in_full(memberships):
    assert memberships("Thượng tướng Trần Văn Bình, Chủ nhiệm Tổng cục Chính trị QĐND Việt Nam, "
                       "phát biểu.") == {
        ("Trần Văn Bình", "Chủ nhiệm", "Tổng cục Chính trị Quân đội nhân dân Việt Nam", "current")}


@pytest.mark.parametrize("text", [
    f"Chủ đầu tư là HTX An Phú do ông {BINH} làm giám đốc.",
    f"Chủ đầu tư là HTX An Phú do ông {BINH} - em trai bà Hoa làm giám đốc.",
    f"Ông {AN} ký hợp đồng với HTX An Phú (do ông {BINH}, em trai bà Hoa, làm giám đốc).",
])
def test_the_one_a_body_is_run_by_holds_the_bare_title_said_of_them(memberships, text):
    assert (BINH, "Giám đốc", "Hợp tác xã An Phú", "current") in memberships(text)
    assert not {m for m in memberships(text) if m[0] != BINH}


def test_a_body_run_by_someone_only_through_a_relative_gives_no_post(memberships):
    text = f"Bệnh viện An Phú do Hội Phụ nữ mà bà {AN} làm chủ tịch chủ trương xây dựng."
    assert memberships(text) == set()


@pytest.mark.parametrize("text, role, body", [
    (f"Theo Đại úy {BINH}, Đội trưởng Đội Cảnh sát giao thông Công an quận Thanh Khê, đơn vị "
     "vừa xử phạt 6 trường hợp.", "Đội trưởng",
     "Đội Cảnh sát giao thông Công an quận Thanh Khê"),
    (f"Thiếu tá {BINH}, Phó Đồn trưởng Đồn Biên phòng Hòn Khoai cho biết.", "Phó Đồn trưởng",
     "Đồn Biên phòng Hòn Khoai"),
])
def test_heads_of_police_teams_and_border_posts(memberships, text, role, body):
    assert memberships(text) == {(BINH, role, body, "current")}


def test_a_teams_own_name_that_ends_with_the_articles_province_is_not_given_it_twice(memberships):
    text = (f"Chiều 5/6, UBND tỉnh Quảng Nam họp bàn. Ông {BINH}, Đội trưởng Đội Cảnh sát đường "
            "thủy Quảng Nam, cho biết.")
    assert (BINH, "Đội trưởng", "Đội Cảnh sát đường thủy Quảng Nam", "current") \
        in memberships(text)


def test_deputies_named_db_beside_the_national_assembly_abbreviated(memberships):
    text = (f"Bên lề QH sáng nay, ĐB {BINH}, Giám đốc Công an tỉnh Nghệ An trao đổi với báo chí. "
            f"ĐB {AN} cho rằng cần làm rõ.")
    assert memberships(text) == {(BINH, "Đại biểu", "Quốc hội", "current"),
                                 (BINH, "Giám đốc", "Công an tỉnh Nghệ An", "current"),
                                 (AN, "Đại biểu", "Quốc hội", "current")}


def test_a_deputy_named_db_in_a_story_of_the_national_assembly_and_no_council(memberships):
    text = f"Góp ý dự luật của Quốc hội, ĐB {BINH} cho rằng cần làm rõ."
    assert memberships(text) == {(BINH, "Đại biểu", "Quốc hội", "current")}


@pytest.mark.parametrize("text", [
    # the story names both assemblies and reports no session: whose deputy is unclear
    f"Góp ý dự luật của Quốc hội và nghị quyết của HĐND tỉnh, ĐB {BINH} cho rằng cần làm rõ.",
    # a guest written in lower case
    f"Bàn về dự luật của Quốc hội, đại biểu {BINH} đến từ doanh nghiệp cho rằng cần làm rõ.",
    # 'ĐB' said of one named before, in what may be a time gone by ('là ĐB nhiều khóa'), or a
    # delegation's ('là ĐB đoàn Trà Vinh')
    f"Góp ý dự luật của Quốc hội, ông {BINH} là ĐB nhiều khóa cho rằng cần làm rõ.",
    f"Góp ý dự luật của Quốc hội, ông {BINH} là ĐB đoàn Trà Vinh.",
])
def test_db_gives_the_only_assembly_named_no_seat_but_before_a_name(memberships, text):
    assert memberships(text) == set()


def test_the_women_deputies_group_is_a_body_not_a_deputy_title(memberships):
    text = ("Phó Chủ tịch Quốc hội, Chủ tịch Nhóm nữ đại biểu Quốc hội Việt Nam khóa XIV Lê Thị "
            "Hoa báo cáo.")
    assert memberships(text) == {("Lê Thị Hoa", "Phó Chủ tịch", "Quốc hội", "current"),
                                 ("Lê Thị Hoa", "Chủ tịch", "Nhóm nữ đại biểu Quốc hội", "current")}


@pytest.mark.parametrize("text, expected", [
    ("Đại biểu Quốc hội Trần Văn Bình đề nghị bổ sung chức danh Chánh án Tòa án nhân dân tối "
     "cao là chức danh có cảnh vệ.", {("Trần Văn Bình", "Đại biểu", "Quốc hội", "current")}),
    # (posts held, 'giữ các chức vụ …', are the holder's)
    ("Ông Trần Văn Bình từng giữ các chức vụ Bí thư Huyện ủy Gia Lâm, Giám đốc Sở Y tế tỉnh "
     "Nghệ An.", {("Trần Văn Bình", "Bí thư", "Huyện ủy Gia Lâm", "former"),
                  ("Trần Văn Bình", "Giám đốc", "Sở Y tế tỉnh Nghệ An", "former")}),
])
def test_a_title_spoken_of_as_such_is_no_ones(memberships, text, expected):
    assert memberships(text) == expected


def test_a_bare_minister_is_no_minister_of_the_politburo_named_before(memberships):
    # 'Bộ Chính trị' is no ministry: the bare title waits for the minister's own ministry
    text = ("Tổng Bí thư tiếp ông Lê Văn Long, Ủy viên Bộ Chính trị. Ông Long cho biết kết quả "
            f"hội đàm với Bộ trưởng {BINH}. Trước đó, Đại tướng {BINH}, Bộ trưởng Bộ Quốc phòng, "
            "đã chủ trì lễ đón.")
    assert memberships(text) == {("Lê Văn Long", "Ủy viên", "Bộ Chính trị", "current"),
                                 (BINH, "Bộ trưởng", "Bộ Quốc phòng", "current")}


def test_a_bare_minister_named_later_with_the_ministry_is_of_that_ministry(memberships):
    text = ("Bộ Giao thông vận tải đã họp. Thủ tướng đề nghị Bộ trưởng Lê Thị Hoa phối hợp. Bà Lê "
            "Thị Hoa, Bộ trưởng Bộ Y tế, cho biết.")
    assert memberships(text) == {("Lê Thị Hoa", "Bộ trưởng", "Bộ Y tế", "current")}


def test_a_post_at_every_level_is_no_ones(memberships):
    text = ("Thủ tướng Chính phủ Trần Văn Bình ký Chỉ thị về quy trình miễn nhiệm, cách chức "
            "thành viên Ủy ban nhân dân các cấp.")
    assert memberships(text) == {("Trần Văn Bình", "Thủ tướng", "Chính phủ", "current")}


@pytest.mark.parametrize("between", ["TS", "nhà sử học", "- bác sĩ", "NSND"])
def test_a_profession_or_degree_between_the_title_and_its_holder(memberships, between):
    text = f"Chủ tịch UBND tỉnh Nam Định, {between} Trần Văn Bình nói.".replace(", -", " -")
    assert memberships(text) == {("Trần Văn Bình", "Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định",
                                  "current")}


@pytest.mark.parametrize("before", ["Báo cáo với", "Thay mặt cho"])
def test_the_title_of_whom_a_named_person_reports_to_is_not_theirs(memberships, before):
    text = (f"{before} Chủ tịch nước, ông Trần Văn Bình, Giám đốc Bệnh viện Phổi Đà Nẵng "
            "cho biết.")
    assert memberships(text) == {("Trần Văn Bình", "Giám đốc", "Bệnh viện Phổi Đà Nẵng",
                                  "current")}


def test_a_deputy_in_charge_full_time_before_the_name(memberships):
    # ('Phó Chủ tịch chuyên trách': the full-time deputy, one spelling of the role)
    text = ("Chủ tịch UBATGT Quốc gia Trần Văn Bình yêu cầu Phó Chủ tịch chuyên trách Lê Văn An "
            "đến hiện trường.")
    assert memberships(text) == {
        ("Trần Văn Bình", "Chủ tịch", "Ủy ban An toàn giao thông Quốc gia", "current"),
        ("Lê Văn An", "Phó Chủ tịch", "Ủy ban An toàn giao thông Quốc gia", "current")}


def test_a_secretary_of_the_youth_unions_central_committee_sits_in_its_secretariat(memberships):
    # (as 'Bí thư Trung ương Đảng' sits in the Party's Ban Bí thư; GUIDELINES §3)
    text = ("Anh Trần Văn Bình, Bí thư Trung ương Đoàn, Chủ nhiệm Ủy ban Kiểm tra Trung ương "
            "Đoàn chủ trì.")
    assert memberships(text) == {
        ("Trần Văn Bình", "Bí thư Trung ương Đoàn", "Ban Bí thư Trung ương Đoàn", "current"),
        ("Trần Văn Bình", "Chủ nhiệm", "Ủy ban Kiểm tra Trung ương Đoàn", "current")}


@pytest.mark.parametrize("text, expected", [
    # the copula after an aside about the subject's kin goes on with the subject …
    ("Bà Lê Thị Hoa, chị ông Trần Văn Bình, khi đó là Chủ tịch UBND tỉnh Yên Bái cho biết.",
     {("Lê Thị Hoa", "Chủ tịch", "Ủy ban nhân dân tỉnh Yên Bái", "former")}),
    ("Ông Lê Văn Nam, em trai bà Lê Thị Hoa, hiện là Chủ tịch HĐQT kiêm Tổng giám đốc Công ty "
     "Cổ phần Sao Mai.",
     {("Lê Văn Nam", "Chủ tịch", "Hội đồng quản trị Công ty Cổ phần Sao Mai", "current"),
      ("Lê Văn Nam", "Tổng Giám đốc", "Công ty Cổ phần Sao Mai", "current")}),
    # (… while a title set beside the kin's name with no copula is the kin's)
    ("Bà Lê Thị Hoa, vợ ông Trần Văn Bình, Chủ tịch UBND tỉnh Yên Bái cho biết.",
     {("Trần Văn Bình", "Chủ tịch", "Ủy ban nhân dân tỉnh Yên Bái", "current")}),
])
def test_a_post_after_an_aside_about_the_subjects_kin(memberships, text, expected):
    assert memberships(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the post of many named after it, not of the one named before them
    ("Riêng trường hợp với đồng chí Lê Thị Hoa, trước đó đã xử lý hàng loạt các đồng chí nguyên "
     "là Ủy viên Trung ương như Lê Văn Nam, Trần Văn Bình.",
     {("Lê Văn Nam", "Ủy viên", "Ban Chấp hành Trung ương Đảng", "former"),
      ("Trần Văn Bình", "Ủy viên", "Ban Chấp hành Trung ương Đảng", "former")}),
    ("Bà Lê Thị Hoa cho biết khoảng 1.000 cán bộ chịu sự điều chỉnh, bao gồm cả các cán bộ là Ủy "
     "viên Bộ Chính trị.", set()),
])
def test_a_post_of_a_plural_subject_is_not_the_name_before(memberships, text, expected):
    assert memberships(text) == expected


def test_the_head_of_an_inspection_team_holds_no_post_of_the_inspectorate(memberships):
    # an 'Đoàn thanh tra' of no name is a team, no body; the post in brackets is the post
    text = f"Ông {BINH} - Trưởng đoàn Thanh tra (Phó Chánh thanh tra tỉnh Nghệ An) đọc kết luận."
    assert memberships(text) == {
        (BINH, "Phó Chánh Thanh tra", "Thanh tra tỉnh Nghệ An", "current")}
