"""GUIDELINES §3: a title is split into role and body; the name may come before or after it."""
import pytest

BINH = "Trần Văn Bình"
BT_HN = {(BINH, "Bí thư", "Thành ủy Hà Nội", "current")}


@pytest.mark.parametrize("text", [
    # title, then the name with no comma
    "Bí thư Thành ủy Hà Nội Trần Văn Bình phát biểu.",
    # name first, then the title after a comma, in parentheses, after a dash
    "Ông Trần Văn Bình, Bí thư Thành ủy Hà Nội, phát biểu.",
    "Trần Văn Bình, Bí thư Thành ủy Hà Nội cho biết.",
    "Ông Trần Văn Bình (Bí thư Thành ủy Hà Nội) phát biểu.",
    "Ông Trần Văn Bình - Bí thư Thành ủy Hà Nội phát biểu.",
    "Ông Trần Văn Bình – Bí thư Thành ủy Hà Nội phát biểu.",
])
def test_name_and_title_order(memberships, text):
    assert memberships(text) == BT_HN


@pytest.mark.parametrize("text", [
    "Bí thư Thành ủy Hà Nội, ông Trần Văn Bình, phát biểu.",
    "Bí thư Thành ủy Hà Nội, Trần Văn Bình phát biểu.",
    "Bí thư Thành ủy Hà Nội - Trần Văn Bình phát biểu.",
    "Bí thư Thành ủy Hà Nội – ông Trần Văn Bình phát biểu.",
])
def test_title_then_name_after_comma_or_dash(memberships, text):
    assert memberships(text) == BT_HN


@pytest.mark.parametrize("title, role, body", [
    ("Trưởng Ban Tổ chức Quận ủy Quận 5", "Trưởng ban", "Ban Tổ chức Quận ủy Quận 5"),
    ("Phó Trưởng ban Thường trực Ban Tổ chức Trung ương", "Phó Trưởng ban Thường trực",
     "Ban Tổ chức Trung ương"),
    ("Ủy viên Bộ Chính trị", "Ủy viên", "Bộ Chính trị"),
    ("Tổng Kiểm toán Nhà nước", "Tổng Kiểm toán", "Kiểm toán Nhà nước"),
    ("Ủy viên Trung ương Đảng", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
    ("Ủy viên Ban Thường vụ Thành ủy Đà Nẵng", "Ủy viên", "Ban Thường vụ Thành ủy Đà Nẵng"),
    ("Phó Bí thư Thường trực Thành ủy Đà Nẵng", "Phó Bí thư Thường trực", "Thành ủy Đà Nẵng"),
    ("Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Nghệ An", "Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy Nghệ An"),
    ("Chánh Văn phòng Thành ủy Đà Nẵng", "Chánh Văn phòng", "Văn phòng Thành ủy Đà Nẵng"),
    ("Giám đốc Sở Xây dựng tỉnh Nghệ An", "Giám đốc", "Sở Xây dựng tỉnh Nghệ An"),
    ("Bộ trưởng Bộ Tài chính", "Bộ trưởng", "Bộ Tài chính"),
    ("Thứ trưởng Bộ Xây dựng", "Thứ trưởng", "Bộ Xây dựng"),
    ("Thủ tướng", "Thủ tướng", "Chính phủ"),
    ("Phó Thủ tướng", "Phó Thủ tướng", "Chính phủ"),
    ("Chủ tịch Quốc hội", "Chủ tịch", "Quốc hội"),
    ("Đại biểu Quốc hội", "Đại biểu", "Quốc hội"),
    ("ĐBQH", "Đại biểu", "Quốc hội"),
    ("Tổng Bí thư", "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng"),
    ("Chủ tịch nước", "Chủ tịch nước", "Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("Chủ tịch UBND TP Hà Nội", "Chủ tịch", "Ủy ban nhân dân thành phố Hà Nội"),
    ("Chủ tịch UBND thành phố Hà Nội", "Chủ tịch", "Ủy ban nhân dân thành phố Hà Nội"),
    ("Chủ tịch HĐND Quận 5", "Chủ tịch", "Hội đồng nhân dân Quận 5"),
    ("Bí thư Thành ủy TP.HCM", "Bí thư", "Thành ủy Thành phố Hồ Chí Minh"),
    ("Bí thư Thành ủy TPHCM", "Bí thư", "Thành ủy Thành phố Hồ Chí Minh"),
    ("Bí thư Ban cán sự Đảng Bộ Xây dựng", "Bí thư", "Ban cán sự Đảng Bộ Xây dựng"),
])
def test_role_and_body_split(memberships, title, role, body):
    assert memberships(f"{title} Trần Văn Bình phát biểu.") == {(BINH, role, body, "current")}



def test_a_town_committee_member_written_short(memberships):
    assert memberships("Ông Trần Văn Bình, Thị ủy viên, Chủ tịch UBND thị xã Buôn Hồ cho biết.") \
        == {("Trần Văn Bình", "Ủy viên", "Thị ủy Buôn Hồ", "current"),
            ("Trần Văn Bình", "Chủ tịch", "Ủy ban nhân dân thị xã Buôn Hồ", "current")}



@pytest.mark.parametrize("text, expected", [
    ("Đại sứ Việt Nam tại Lào Trần Văn Bình dự lễ.",
     {("Trần Văn Bình", "Đại sứ", "Đại sứ quán Việt Nam tại Lào", "current")}),
    ("Ông Trần Văn Bình, Đại sứ đặc mệnh toàn quyền Việt Nam tại Nhật Bản, phát biểu.",
     {("Trần Văn Bình", "Đại sứ", "Đại sứ quán Việt Nam tại Nhật Bản", "current")}),
    # a foreign state's envoy is outside the graph
    ("Đại sứ Lào tại Việt Nam Trần Văn Bình dự lễ.", set()),
])
def test_ambassadors_of_viet_nam_abroad(memberships, text, expected):
    assert memberships(text) == expected


@pytest.mark.parametrize("text", [
    "Sáng 13/5, Bộ trưởng Bộ Xây dựng Trần Văn Bình cùng Đoàn ĐBQH tỉnh Sơn La tiếp xúc cử "
    "tri huyện Mộc Châu.",
    # (an election gives the post; the year is when it began)
    "Bộ trưởng Bộ Xây dựng Trần Văn Bình đã trúng cử vào vị trí đại biểu Quốc hội năm "
    "2016 tại Sơn La.",
])
def test_a_deputy_meeting_voters_with_the_delegation_or_elected(memberships, text):
    assert memberships(text) == {
        ("Trần Văn Bình", "Bộ trưởng", "Bộ Xây dựng", "current"),
        ("Trần Văn Bình", "Đại biểu", "Quốc hội", "current")}


def test_one_who_goes_with_a_delegation_but_meets_no_voters_is_no_deputy(memberships):
    text = "Bộ trưởng Bộ Xây dựng Trần Văn Bình cùng Đoàn ĐBQH tỉnh Sơn La thăm nhà máy."
    assert memberships(text) == {("Trần Văn Bình", "Bộ trưởng", "Bộ Xây dựng", "current")}


def test_a_deputy_named_with_the_delegation_in_brackets(memberships):
    assert memberships("Bộ trưởng Bộ Xây dựng Trần Văn Bình (Đoàn ĐBQH Sơn La) phát biểu.") == {
        ("Trần Văn Bình", "Bộ trưởng", "Bộ Xây dựng", "current"),
        ("Trần Văn Bình", "Đại biểu", "Quốc hội", "current")}
