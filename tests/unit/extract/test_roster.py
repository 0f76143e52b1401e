"""A roster: 'Danh sách thành viên ...' followed by one name a line."""

BINH = "Trần Văn Bình"
HOA = "Lê Thị Hoa"


def test_roster_rows_are_members(memberships):
    text = ("Danh sách thành viên Hội đồng trường Trường Đại học Vinh nhiệm kỳ 2020-2025:\n"
            f"GS. {BINH}\nPGS. {HOA}\nTS. Phạm Quốc Hưng")
    body = "Hội đồng trường Trường Đại học Vinh"
    assert memberships(text) == {(BINH, "Thành viên", body, "current"),
                                 (HOA, "Thành viên", body, "current"),
                                 ("Phạm Quốc Hưng", "Thành viên", body, "current")}


def test_roster_title_line_belongs_to_the_name_above(memberships):
    text = ("Danh sách thành viên Hội đồng trường Trường Đại học Vinh nhiệm kỳ 2020-2025:\n"
            f"GS. {BINH}\nChủ tịch Hội đồng trường\nPGS. {HOA}\nTS. Phạm Quốc Hưng")
    body = "Hội đồng trường Trường Đại học Vinh"
    assert memberships(text) == {(BINH, "Chủ tịch", body, "current"),
                                 (HOA, "Thành viên", body, "current"),
                                 ("Phạm Quốc Hưng", "Thành viên", body, "current")}


# -- 'N phó ban khác gồm các ông A, …; B, …' ------------------------------------------------

LISTED = ("Ban Dân vận Trung ương là cơ quan tham mưu của Bộ Chính trị. Các phó ban khác gồm "
          f"các ông {BINH}, Phó trưởng ban Thường trực; Phạm Quốc Hưng, Thứ trưởng Bộ Nội vụ "
          "(kiêm nhiệm); Vũ Đức Thắng.")


def test_a_list_after_a_role_gives_everyone_that_role_in_the_body_just_named(memberships):
    assert memberships(LISTED) == {
        (BINH, "Phó Trưởng ban Thường trực", "Ban Dân vận Trung ương", "current"),
        ("Phạm Quốc Hưng", "Phó Trưởng ban", "Ban Dân vận Trung ương", "current"),
        ("Phạm Quốc Hưng", "Thứ trưởng", "Bộ Nội vụ", "current"),
        ("Vũ Đức Thắng", "Phó Trưởng ban", "Ban Dân vận Trung ương", "current")}


def test_a_list_with_no_body_of_its_kind_named_before_gives_nothing(memberships):
    text = f"Các phó ban gồm các ông {BINH}; Phạm Quốc Hưng. Ban Dân vận Trung ương họp."
    assert memberships(text) == set()


def test_a_table_row_of_name_and_title(memberships):
    text = "Danh sách lãnh đạo:\n| 5 | Trần Văn Bình | Giám đốc Sở Y tế tỉnh Nghệ An |"
    assert memberships(text) == {("Trần Văn Bình", "Giám đốc", "Sở Y tế tỉnh Nghệ An", "current")}


def test_table_cells_end_names_and_a_woman_named_dinh_is_no_ba_dinh(memberships):
    text = ("| 1 | Ông Trần Văn Bình | Phó Tổng giám đốc Tập đoàn Điện lực Việt nam | 2 | Bà Đinh "
            "Thị Hoa | Tổng giám đốc Công ty Sông Biếc |")
    assert memberships(text) == {
        ("Trần Văn Bình", "Phó Tổng Giám đốc", "Tập đoàn Điện lực Việt nam", "current"),
        ("Đinh Thị Hoa", "Tổng Giám đốc", "Công ty Sông Biếc", "current")}
