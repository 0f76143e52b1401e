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
