"""A festival's or a prize's committee written bare takes the event the article names."""
BINH = "Trần Văn Bình"
HOA = "Lê Thị Hoa"


def test_a_bare_committee_is_the_festivals_the_article_names(memberships):
    text = ("Lễ hội Hoa Sen Kim Lâm lần thứ 3 diễn ra từ ngày 9/3. Lễ hội Hoa Sen Kim Lâm có nhiều "
            f"hoạt động. Ông {BINH}, Phó Trưởng Ban tổ chức Lễ hội cho biết: năm nay có 20 đoàn.")
    assert (BINH, "Phó Trưởng ban", "Ban Tổ chức lễ hội Hoa Sen Kim Lâm lần thứ 3", "current") \
        in memberships(text)


def test_a_bare_steering_committee_is_the_prizes_the_article_names(memberships):
    text = ("Giải Bóng chuyền Sông Lam được phát động. Bộ trưởng Bộ Y tế "
            f"{BINH}, Trưởng Ban Chỉ đạo Giải cho biết: thể lệ đã có.")
    assert (BINH, "Trưởng ban", "Ban Chỉ đạo Giải Bóng chuyền Sông Lam", "current") \
        in memberships(text)


def test_a_committee_of_its_own_name_keeps_it(memberships):
    text = ("Lễ hội Hoa Sen Kim Lâm diễn ra. "
            f"Bà {HOA}, Trưởng ban tổ chức lễ hội đền Kim Lâm năm 2019 cho biết.")
    assert memberships(text) == {(HOA, "Trưởng ban", "Ban Tổ chức lễ hội đền Kim Lâm năm 2019",
                                  "current")}


def test_a_bare_committee_of_two_festivals_is_no_body(memberships):
    text = ("Lễ hội Hoa Sen Kim Lâm và Lễ hội Trà Xanh Sông Lam cùng diễn ra. "
            f"Ông {BINH}, Phó Trưởng Ban tổ chức Lễ hội cho biết: năm nay có 20 đoàn.")
    assert memberships(text) == set()
