"""GUIDELINES §3, career records: each item's period sets the status of its posts."""
import pytest

from kg.extract.career import Period, period_in, split_items

BINH = "Trần Văn Bình"


def test_period_forms():
    assert period_in("+ Tháng 7.1994 – 12.2005: Phó Bí thư") == Period(2005, False)
    assert period_in("- Từ 01/2002 đến 8/2005: Phó Giám đốc") == Period(2005, False)
    assert period_in("Từ tháng 3-2015 đến tháng 2-2016, Phó Giám đốc") == Period(2016, False)
    assert period_in("Từ 2010 đến nay: Bí thư") == Period(None, True)
    assert period_in("Từ ngày 1-3-2016 đến nay, Giám đốc") == Period(None, True)
    assert period_in("- Từ 3/7/2017: Ông là Giám đốc") == Period(None, True)
    assert period_in("Sáng 12/6/2017, ông phát biểu") is None


def test_items_on_one_line_are_cut_apart():
    line = ("Ông từng giữ các vị trí: - Từ 1995 đến 6/2001: Chuyên viên; - Từ 8/2012 – 2016: "
            "Giám đốc Công ty Sông Biếc. - Từ 3/7/2017: Ông là Tổng giám đốc")
    assert split_items(line) == [
        "Ông từng giữ các vị trí:", "- Từ 1995 đến 6/2001: Chuyên viên;",
        "- Từ 8/2012 – 2016: Giám đốc Công ty Sông Biếc.", "- Từ 3/7/2017: Ông là Tổng giám đốc"]


def test_a_lone_date_is_no_list():
    line = "Từ 2010 đến nay, tỉnh đã xây 12 trường học."
    assert split_items(line) == [line]


def test_career_record_posts_take_the_status_of_their_period(memberships):
    text = (f"Tóm tắt quá trình công tác của ông {BINH}: - Từ 01/2002 đến 8/2005: Phó Giám đốc "
            "Xí nghiệp Cơ khí số 1 thuộc Công ty Sông Biếc; - Từ 8/2012 – 2016: Chủ tịch Hội "
            "đồng thành viên Tổng công ty Sông Biếc. - Từ 3/7/2017: Ông là Tổng giám đốc Tổng "
            "công ty Sông Biếc.\n+ Tháng 7.1994 – 12.2005: Phó Bí thư Huyện ủy Gio Linh.\n"
            "+ Từ 2010 đến nay: Bí thư Tỉnh ủy Quảng Trị.")
    assert memberships(text) == {
        (BINH, "Phó Giám đốc", "Xí nghiệp Cơ khí số 1 Công ty Sông Biếc", "former"),
        (BINH, "Chủ tịch", "Hội đồng thành viên Tổng công ty Sông Biếc", "former"),
        (BINH, "Tổng Giám đốc", "Tổng công ty Sông Biếc", "current"),
        (BINH, "Phó Bí thư", "Huyện ủy Gio Linh", "former"),
        (BINH, "Bí thư", "Tỉnh ủy Quảng Trị", "current")}


def test_a_year_at_the_start_of_the_sentence_dates_the_post(memberships):
    text = f"Ông {BINH} sinh năm 1960. Năm 2008, ông là Chủ tịch UBND huyện Vĩnh Linh."
    assert memberships(text) == {
        (BINH, "Chủ tịch", "Ủy ban nhân dân huyện Vĩnh Linh", "former")}


def test_bare_enterprise_title_in_a_list_takes_the_firm_named_before_it(memberships):
    text = (f"Các bị can gồm: {BINH}, nguyên Chủ tịch HĐQT Ngân hàng Sông Biếc; Lê Văn An, "
            "nguyên Tổng Giám đốc; Đỗ Văn Hùng, nguyên Kế toán trưởng Ngân hàng Sông Biếc.")
    assert memberships(text) == {
        (BINH, "Chủ tịch", "Hội đồng quản trị Ngân hàng Sông Biếc", "former"),
        ("Lê Văn An", "Tổng Giám đốc", "Ngân hàng Sông Biếc", "former"),
        ("Đỗ Văn Hùng", "Kế toán trưởng", "Ngân hàng Sông Biếc", "former")}


def test_title_with_a_charge_and_the_place_of_work(memberships):
    text = f"Ông {BINH} từng là Phó Giám đốc phụ trách sản xuất tại Xí nghiệp Cơ khí Sông Biếc."
    assert memberships(text) == {(BINH, "Phó Giám đốc", "Xí nghiệp Cơ khí Sông Biếc", "former")}


def test_a_post_stated_as_held_outlasts_an_earlier_period_of_it(memberships):
    text = (f"Ông {BINH}: Ủy viên Ban Chấp hành Trung ương Đảng khóa XI, XII. Tóm tắt: 1/2001-"
            "12/2005: Ủy viên Ban Chấp hành Trung ương Đảng; 1/2006-12/2010: Bí thư Tỉnh ủy "
            "Quảng Trị.")
    assert memberships(text) == {
        (BINH, "Ủy viên", "Ban Chấp hành Trung ương Đảng", "current"),
        (BINH, "Bí thư", "Tỉnh ủy Quảng Trị", "former")}


def test_a_unit_and_its_body_joined_by_a_dash(memberships):
    text = "Bà Lê Thị Hoa, Phó Chánh Văn phòng - Tổng cục Đường bộ Việt Nam, phát biểu."
    assert memberships(text) == {("Lê Thị Hoa", "Phó Chánh Văn phòng",
                                  "Văn phòng Tổng cục Đường bộ Việt Nam", "current")}


def test_a_career_listed_after_a_colon_with_semicolons_is_the_subjects(memberships):
    text = ("Ông Trần Văn Bình quê ở Hà Nội. Đồng chí đã trải qua nhiều cương vị công tác, tiêu "
            "biểu là: Bí thư Tỉnh ủy Nghệ An; Thứ trưởng Bộ Công an; Bộ trưởng Bộ Xây dựng.")
    assert memberships(text) == {("Trần Văn Bình", "Bí thư", "Tỉnh ủy Nghệ An", "former"),
                                 ("Trần Văn Bình", "Thứ trưởng", "Bộ Công an", "former"),
                                 ("Trần Văn Bình", "Bộ trưởng", "Bộ Xây dựng", "former")}


def test_a_career_listed_with_semicolons_and_no_colon_is_the_subjects(memberships):
    text = ("Bà Lê Thị Hoa từng giữ các chức vụ Giám đốc Công ty Bóng đèn Sông Biếc; Bí thư Đảng "
            "ủy, Chủ tịch HĐQT Công ty cổ phần Sông Biếc (tháng 1/2004 - 5/2010).")
    assert memberships(text) == {
        ("Lê Thị Hoa", "Giám đốc", "Công ty Bóng đèn Sông Biếc", "former"),
        ("Lê Thị Hoa", "Bí thư", "Đảng ủy Công ty cổ phần Sông Biếc", "former"),
        ("Lê Thị Hoa", "Chủ tịch", "Hội đồng quản trị Công ty cổ phần Sông Biếc", "former")}


def test_the_career_of_a_foreign_comrade_is_not_the_last_vietnamese_names(memberships):
    text = ("Đoàn đến theo lời mời của Thủ tướng Chính phủ Trần Văn Bình. Từ năm 1987 đến năm 1992, "
            "đồng chí Bounmy Keola là Thứ trưởng Bộ Ngoại giao.")
    assert memberships(text) == {("Trần Văn Bình", "Thủ tướng", "Chính phủ", "current")}


@pytest.mark.parametrize("text", [
    ('Ông Trần Văn Bình là Giám đốc Sở Y tế tỉnh Nam Định. "Năm 2005 tôi được bổ nhiệm làm Phó '
     'giám đốc Sở Y tế tỉnh Nam Định", ông Bình cho biết.'),
    ('Ông Trần Văn Bình là Giám đốc Sở Y tế tỉnh Nam Định. Ông Bình kể: “Năm 2005 tôi được bổ '
     'nhiệm làm Phó giám đốc Sở Y tế tỉnh Nam Định”.'),
])
def test_toi_in_a_quotation_is_its_speaker(memberships, text):
    assert memberships(text) == {
        ("Trần Văn Bình", "Giám đốc", "Sở Y tế tỉnh Nam Định", "current"),
        ("Trần Văn Bình", "Phó Giám đốc", "Sở Y tế tỉnh Nam Định", "former")}


def test_toi_outside_a_quotation_is_nobody_the_article_names(memberships):
    text = ("Ông Trần Văn Bình là Giám đốc Sở Y tế tỉnh Nam Định. Năm 2005 tôi được bổ nhiệm làm "
            "Phó giám đốc Sở Y tế tỉnh Nam Định.")
    assert memberships(text) == {("Trần Văn Bình", "Giám đốc", "Sở Y tế tỉnh Nam Định", "current")}


def test_posts_appointed_one_after_another_listed_after_a_colon(memberships):
    text = (f"Bà Lê Thị Hoa lần lượt được bổ nhiệm các chức vụ: Phó hiệu trưởng, Hiệu trưởng "
            "Trường THPT Sông Biếc rồi Phó giám đốc Sở GD-ĐT tỉnh Nghệ An.")
    school = "Trường Trung học phổ thông Sông Biếc"
    assert memberships(text) == {
        ("Lê Thị Hoa", "Phó Hiệu trưởng", school, "former"),
        ("Lê Thị Hoa", "Hiệu trưởng", school, "former"),
        ("Lê Thị Hoa", "Phó Giám đốc", "Sở Giáo dục và Đào tạo tỉnh Nghệ An", "current")}


def test_duties_gone_through_listed_after_a_colon_are_each_a_former_post(memberships):
    # 'kinh qua các nhiệm vụ: …': the units of the school the article is about; names of
    # units that list their fields with commas keep them ('Khoa học, Hợp tác và Sau đại học')
    text = (f"Ông {BINH} là Hiệu trưởng Trường ĐH Sông Biếc. Ông Bình từng kinh qua các nhiệm "
            "vụ: Phó trưởng phòng Khảo thí; Trưởng phòng Khoa học, Hợp tác và Sau đại học; Viện "
            "trưởng Viện Hợp tác, Nghiên cứu và Đào tạo quốc tế.")
    school = "Trường Đại học Sông Biếc"
    assert memberships(text) == {
        (BINH, "Hiệu trưởng", school, "current"),
        (BINH, "Phó Trưởng phòng", f"Phòng Khảo thí {school}", "former"),
        (BINH, "Trưởng phòng", f"Phòng Khoa học, Hợp tác và Sau đại học {school}", "former"),
        (BINH, "Viện trưởng", "Viện Hợp tác, Nghiên cứu và Đào tạo quốc tế", "former")}
