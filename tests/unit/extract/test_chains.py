"""GUIDELINES §3 'Chains' and 'Shared place'."""
import pytest

BINH = "Trần Văn Bình"


@pytest.mark.parametrize("text", [
    "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Trần Văn Bình dự hội nghị.",
    "Ông Trần Văn Bình, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội, dự hội nghị.",
])
def test_chain_is_one_membership_per_title(memberships, text):
    assert memberships(text) == {(BINH, "Ủy viên", "Bộ Chính trị", "current"),
                                 (BINH, "Bí thư", "Thành ủy Hà Nội", "current")}


@pytest.mark.parametrize("text, expected", [
    ("Bí thư Quận ủy, Chủ tịch HĐND Quận 5 Trần Văn Bình phát biểu.",
     {(BINH, "Bí thư", "Quận ủy Quận 5", "current"),
      (BINH, "Chủ tịch", "Hội đồng nhân dân Quận 5", "current")}),
    ("Phó Bí thư Thành ủy, Chủ tịch UBND TP Hà Nội Trần Văn Bình phát biểu.",
     {(BINH, "Phó Bí thư", "Thành ủy Hà Nội", "current"),
      (BINH, "Chủ tịch", "Ủy ban nhân dân thành phố Hà Nội", "current")}),
    ("Bí thư Huyện ủy kiêm Chủ tịch UBND huyện Nghi Lộc Trần Văn Bình phát biểu.",
     {(BINH, "Bí thư", "Huyện ủy Nghi Lộc", "current"),
      (BINH, "Chủ tịch", "Ủy ban nhân dân huyện Nghi Lộc", "current")}),
])
def test_place_written_once_applies_to_the_whole_chain(memberships, text, expected):
    assert memberships(text) == expected


def test_ministry_written_once_applies_to_its_party_board(memberships):
    text = "Ông Trần Văn Bình, Ủy viên Ban cán sự Đảng, Thứ trưởng Bộ Xây dựng phát biểu."
    assert memberships(text) == {(BINH, "Ủy viên", "Ban cán sự Đảng Bộ Xây dựng", "current"),
                                 (BINH, "Thứ trưởng", "Bộ Xây dựng", "current")}


def test_the_appointed_is_the_one_the_verb_names_not_a_name_in_apposition(memberships):
    text = ("Tỉnh bổ nhiệm ông Trần Văn Bình, em trai Bí thư Tỉnh ủy Yên Bái Lê Thị Hoa, làm "
            "Giám đốc Sở Y tế tỉnh Yên Bái.")
    assert memberships(text) == {
        ("Lê Thị Hoa", "Bí thư", "Tỉnh ủy Yên Bái", "current"),
        ("Trần Văn Bình", "Giám đốc", "Sở Y tế tỉnh Yên Bái", "current")}


def test_each_appointing_verb_gives_its_own_object_the_post(memberships):
    text = ("Tỉnh bổ nhiệm ông Trần Văn Bình, nguyên Giám đốc Ban Đầu tư, giữ chức Giám đốc "
            "Ban Quản lý dự án tỉnh Yên Bái; bổ nhiệm ông Lê Văn An, nguyên Phó Giám đốc Ban Đầu "
            "tư, giữ chức Phó Giám đốc Ban Quản lý dự án tỉnh Yên Bái.")
    assert memberships(text) == {
        ("Trần Văn Bình", "Giám đốc", "Ban Đầu tư", "former"),
        ("Trần Văn Bình", "Giám đốc", "Ban Quản lý dự án tỉnh Yên Bái", "current"),
        ("Lê Văn An", "Phó Giám đốc", "Ban Đầu tư", "former"),
        ("Lê Văn An", "Phó Giám đốc", "Ban Quản lý dự án tỉnh Yên Bái", "current")}


def test_names_appointed_together_share_the_post(memberships):
    assert memberships("Chủ tịch nước bổ nhiệm ông Trần Văn Bình, ông Lê Văn An làm Thứ trưởng "
                       "Bộ Y tế.") == {("Trần Văn Bình", "Thứ trưởng", "Bộ Y tế", "current"),
                                       ("Lê Văn An", "Thứ trưởng", "Bộ Y tế", "current")}


def test_after_duoc_cu_lam_a_title_running_into_a_name_is_that_names(memberships):
    text = ("Ông Trần Văn Bình được cử làm Bí thư Tỉnh ủy Yên Bái, Phó Chủ tịch UBND tỉnh Yên Bái "
            "Lê Văn An nghỉ hưu.")
    assert ("Trần Văn Bình", "Bí thư", "Tỉnh ủy Yên Bái", "current") in memberships(text)
    assert not any(m[0] == "Trần Văn Bình" and m[1] == "Phó Chủ tịch" for m in memberships(text))


def test_a_bare_rank_of_the_same_office_shares_the_next_titles_body(memberships):
    text = ("Từ năm 1999 đến giữa năm 2006, ông Trần Văn Bình đảm nhiệm chức vụ Phó Chủ tịch rồi "
            "Phó Chủ tịch thường trực UBND thành phố Hồ Chí Minh.")
    body = "Ủy ban nhân dân Thành phố Hồ Chí Minh"
    assert memberships(text) == {("Trần Văn Bình", "Phó Chủ tịch", body, "former"),
                                 ("Trần Văn Bình", "Phó Chủ tịch Thường trực", body, "former")}


def test_a_bare_party_title_chained_after_la_is_the_places_party_committees(memberships):
    # (not a post in the People's Committee the chain goes on to)
    assert memberships("Ông Trần Văn Bình là Bí thư, Chủ tịch UBND tỉnh Nghệ An.") == {
        ("Trần Văn Bình", "Bí thư", "Tỉnh ủy Nghệ An", "current"),
        ("Trần Văn Bình", "Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An", "current")}


def test_a_bare_rank_takes_the_body_its_office_was_last_named_with(memberships):
    text = ("Chủ tịch UBND thành phố Đà Nẵng Trần Văn Bình yêu cầu rà soát. Ông Bình giao Phó "
            "chủ tịch Lê Văn An chủ trì.")
    assert memberships(text) == {
        ("Trần Văn Bình", "Chủ tịch", "Ủy ban nhân dân thành phố Đà Nẵng", "current"),
        ("Lê Văn An", "Phó Chủ tịch", "Ủy ban nhân dân thành phố Đà Nẵng", "current")}


def test_a_bare_rank_takes_the_body_of_an_office_named_with_no_holder(memberships):
    text = ("Chủ tịch UBND thành phố Đà Nẵng đã ký văn bản. Theo đó, ông Trần Văn Bình giao Phó "
            "chủ tịch Lê Văn An chủ trì.")
    assert memberships(text) == {
        ("Lê Văn An", "Phó Chủ tịch", "Ủy ban nhân dân thành phố Đà Nẵng", "current")}


def test_a_bare_rank_whose_holder_retires_now_is_of_the_office_named(memberships):
    # (unlike 'nguyên Phó Chủ tịch A', whose post may have been in another body)
    text = ("Chủ tịch UBND tỉnh Nghệ An Trần Văn Bình chủ trì. Phó Chủ tịch Lê Văn An nghỉ hưu. "
            "Nguyên Phó Chủ tịch Lê Văn Hải dự.")
    assert memberships(text) == {
        ("Trần Văn Bình", "Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An", "current"),
        ("Lê Văn An", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An", "former")}


def test_a_bare_secretary_is_of_the_party_committee_named_before_with_no_holder(memberships):
    text = ("Ban Thường vụ Tỉnh ủy Nghệ An họp. Bí thư Tỉnh ủy Nghệ An đã yêu cầu rà soát. Tại "
            "cuộc họp, Bí thư Trần Văn Bình nhấn mạnh.")
    assert (("Trần Văn Bình", "Bí thư", "Tỉnh ủy Nghệ An", "current")) in memberships(text)


def test_a_bare_title_of_an_office_named_with_no_holder_is_not_lent_its_body(memberships):
    # (the same title bare, of another body than a Party committee: who holds which is unclear)
    text = "Giám đốc Sở Tài chính tỉnh Nghệ An đã ký. Giám đốc Trần Văn Bình của công ty nói."
    assert memberships(text) == set()


def test_offices_of_many_named_with_no_holder_lend_no_body(memberships):
    text = "Chủ tịch UBND các tỉnh đã ký văn bản. Theo đó, Phó chủ tịch Lê Văn An chủ trì."
    assert memberships(text) == set()


def test_a_former_or_unread_body_is_not_filled_from_the_office(memberships):
    text = ("Chủ tịch UBND thành phố Đà Nẵng Trần Văn Bình yêu cầu rà soát. Nguyên Phó chủ tịch "
            "Lê Văn An và ông Lê Văn Hải, Phó giám đốc Trung tâm phát triển quỹ đất, cùng dự.")
    # (the centre is read, its field in lower case up to the comma; no office is lent to it)
    assert memberships(text) == {
        ("Trần Văn Bình", "Chủ tịch", "Ủy ban nhân dân thành phố Đà Nẵng", "current"),
        ("Lê Văn Hải", "Phó Giám đốc", "Trung tâm phát triển quỹ đất", "current")}


def test_a_bare_deputy_before_a_title_lends_nothing(memberships):
    text = ("Trả lời chất vấn của Đại biểu, Giám đốc Sở Tài chính tỉnh Nghệ An Trần Văn Bình cho "
            "biết.")
    assert memberships(text) == {("Trần Văn Bình", "Giám đốc", "Sở Tài chính tỉnh Nghệ An",
                                  "current")}


def test_a_ban_between_two_titles_of_one_organisation_is_its_own(memberships):
    text = ("Ông Trần Văn Bình, Ủy viên Ban Thường vụ Thành đoàn, Trưởng ban Khoa học – Kỹ thuật "
            "rồi Phó Bí thư Thành đoàn TP. Hồ Chí Minh, phát biểu.")
    city = "Thành đoàn Thành phố Hồ Chí Minh"
    assert memberships(text) == {
        ("Trần Văn Bình", "Ủy viên", f"Ban Thường vụ {city}", "current"),
        # (the step before 'rồi' was left for the next one; the seat goes along)
        ("Trần Văn Bình", "Trưởng ban", f"Ban Khoa học – Kỹ thuật {city}", "former"),
        ("Trần Văn Bình", "Phó Bí thư", city, "current")}


def test_the_title_reported_to_is_not_the_reporters(memberships):
    text = "Báo cáo với Bí thư Thành ủy, Phó Giám đốc Sở Xây dựng Trần Văn Bình cho biết."
    assert memberships(text) == {("Trần Văn Bình", "Phó Giám đốc", "Sở Xây dựng", "current")}


def test_a_bare_title_before_a_central_body_of_the_front_shares_it(memberships):
    text = "Ông Trần Văn Bình, Phó Chủ tịch - Tổng Thư ký UBTƯ MTTQ Việt Nam phát biểu."
    body = "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    assert memberships(text) == {("Trần Văn Bình", "Phó Chủ tịch", body, "current"),
                                 ("Trần Văn Bình", "Tổng Thư ký", body, "current")}


def test_a_bare_title_before_the_partys_centre_does_not_share_it(memberships):
    assert memberships("Ông Trần Văn Bình, Phó Chủ tịch, Ủy viên Bộ Chính trị phát biểu.") == {
        ("Trần Văn Bình", "Ủy viên", "Bộ Chính trị", "current")}


def test_a_bare_title_later_is_the_holders_own_office_not_the_last_ministry_named(memberships):
    text = ("Thứ trưởng Bộ Y tế Trần Văn Bình phát biểu. Tại cuộc họp, Bộ trưởng Bộ Quốc phòng "
            "cho biết đã bàn giao đất. Thứ trưởng Trần Văn Bình nói thêm.")
    assert memberships(text) == {("Trần Văn Bình", "Thứ trưởng", "Bộ Y tế", "current")}


def test_a_deputy_post_written_short_once_and_in_full_once_is_one(memberships):
    text = ("Ông Trần Văn Bình, Phó Bí thư Tỉnh ủy Yên Bái, phát biểu. Theo ông Trần Văn Bình - "
            "Phó Bí thư Thường trực Tỉnh ủy Yên Bái, báo cáo nêu rõ.")
    assert memberships(text) == {
        ("Trần Văn Bình", "Phó Bí thư Thường trực", "Tỉnh ủy Yên Bái", "current")}


@pytest.mark.parametrize("title, body", [
    ("Chính ủy Bộ CHQS tỉnh Hà Tĩnh", "Bộ Chỉ huy quân sự tỉnh Hà Tĩnh"),
    ("Cục trưởng Cục Thi hành án dân sự tỉnh Hà Tĩnh", "Cục Thi hành án dân sự tỉnh Hà Tĩnh")])
def test_a_bare_party_committee_before_a_title_is_that_bodys(memberships, title, body):
    found = memberships(f"Ông Trần Văn Bình - Phó Bí thư Đảng ủy, {title} phát biểu.")
    assert ("Trần Văn Bình", "Phó Bí thư", f"Đảng ủy {body}", "current") in found


@pytest.mark.parametrize("titles, expected", [
    # the committee of the agency ('cơ quan'), and the standing board of a bare committee
    ("Bí thư Đảng ủy cơ quan, Chủ tịch Liên đoàn Lao động tỉnh Hà Tĩnh",
     ("Bí thư", "Đảng ủy cơ quan Liên đoàn Lao động tỉnh Hà Tĩnh")),
    ("Ủy viên Ban Thường vụ Đảng ủy, Giám đốc Sở Y tế tỉnh Hà Tĩnh",
     ("Ủy viên", "Ban Thường vụ Đảng ủy Sở Y tế tỉnh Hà Tĩnh")),
    # (a cell in between is the unit's; the committee is the body's further on)
    ("Phó Bí thư Đảng ủy, Bí thư Chi bộ, Trưởng phòng Phòng Kế hoạch, Sở Y tế tỉnh Hà Tĩnh",
     ("Phó Bí thư", "Đảng ủy Sở Y tế tỉnh Hà Tĩnh")),
    # (a Party board sits in the mass body, not in the Party committee chained before it)
    ("Bí thư Đảng đoàn, Bí thư Đảng ủy cơ quan, Chủ tịch Liên đoàn Lao động tỉnh Hà Tĩnh",
     ("Bí thư", "Đảng đoàn Liên đoàn Lao động tỉnh Hà Tĩnh")),
])
def test_a_party_committee_of_no_owner_is_the_next_titles_bodys(memberships, titles, expected):
    found = memberships(f"Ông Trần Văn Bình, {titles}, phát biểu.")
    assert ("Trần Văn Bình", *expected, "current") in found


def test_a_level_word_written_once_at_the_end_of_a_chain_is_the_bare_bodys_too(memberships):
    text = ("Tỉnh Quảng Ninh họp. Ông Trần Văn Bình, Chủ tịch UBND, Trưởng Ban ATGT tỉnh đã chỉ "
            "đạo UBND huyện Đầm Hà khẩn trương khắc phục.")
    assert memberships(text) == {
        ("Trần Văn Bình", "Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Ninh", "current"),
        ("Trần Văn Bình", "Trưởng ban", "Ban An toàn giao thông tỉnh Quảng Ninh", "current")}



def test_a_bare_title_dashed_to_the_next_inside_a_sentence(memberships):
    text = ("Sau khi ông Lê Văn An phát biểu khai mạc, Phó Chủ tịch - Tổng Thư ký UBTƯ MTTQ Việt "
            "Nam Trần Văn Bình trình bày báo cáo.")
    body = "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    assert memberships(text) == {("Trần Văn Bình", "Phó Chủ tịch", body, "current"),
                                 ("Trần Văn Bình", "Tổng Thư ký", body, "current")}



@pytest.mark.parametrize("text, expected", [
    (f"Ông {BINH}, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch UBMTTQ xã Quơn Long bị kỷ luật.",
     {("Ủy viên", "Ban Thường vụ Đảng ủy xã Quơn Long"),
      ("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Quơn Long")}),
    (f"Ông {BINH}, Đảng ủy viên, Trưởng Công an xã Quơn Long bị kỷ luật.",
     {("Ủy viên", "Đảng ủy xã Quơn Long"), ("Trưởng Công an", "Công an xã Quơn Long")}),
    # (also with the commune said by its level alone, named before)
    (f"Tại xã Quơn Long, ông {BINH}, Đảng ủy viên, Trưởng ban chỉ huy Quân sự xã bị kỷ luật.",
     {("Ủy viên", "Đảng ủy xã Quơn Long"),
      ("Trưởng ban", "Ban Chỉ huy quân sự xã Quơn Long")}),
    # (a district's police has a Party committee of its own)
    (f"Ông {BINH}, Đảng ủy viên, Trưởng Công an huyện Nghi Lộc cho biết.",
     {("Ủy viên", "Đảng ủy Công an huyện Nghi Lộc"),
      ("Trưởng Công an", "Công an huyện Nghi Lộc")}),
])
def test_a_bare_party_committee_before_a_communes_body_is_the_communes(memberships, text,
                                                                      expected):
    assert memberships(text) == {(BINH, r, b, "current") for r, b in expected}


@pytest.mark.parametrize("text, expected", [
    ("Theo đề nghị của Giám đốc Sở Nội vụ, Chủ tịch UBND tỉnh Nghệ An Trần Văn Bình đã ký "
     "quyết định.", {("Trần Văn Bình", "Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An", "current")}),
    ("Tiếp thu ý kiến của đại biểu, Bí thư Thành ủy Đà Nẵng Trần Văn Bình cho hay, thành phố "
     "sẽ làm.", {("Trần Văn Bình", "Bí thư", "Thành ủy Đà Nẵng", "current")}),
    ("Kết thúc phần trả lời chất vấn của Bộ trưởng Bộ Y tế, Chủ tịch Quốc hội Lê Thị Hoa phát "
     "biểu.", {("Lê Thị Hoa", "Chủ tịch", "Quốc hội", "current")}),
    # the phrase names the one it is of: one chain
    ("Đó là yêu cầu của Ủy viên Bộ Chính trị, Chủ nhiệm Ủy ban Kiểm tra Trung ương Trần Văn Bình "
     "tại hội nghị.", {("Trần Văn Bình", "Ủy viên", "Bộ Chính trị", "current"),
                       ("Trần Văn Bình", "Chủ nhiệm", "Ủy ban Kiểm tra Trung ương", "current")}),
])
def test_titles_an_opening_phrase_ends_with_are_not_the_subjects(memberships, text, expected):
    # 'Sau báo cáo của Giám đốc Sở X, Chủ tịch UBND Y B yêu cầu …': the report's author is
    # someone else than the chairman who speaks
    assert memberships(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the post a decision gives is the appointee's, named after 'cho' …
    ("Bộ trưởng Trần Văn Bình trao Quyết định bổ nhiệm Vụ trưởng Vụ Pháp chế cho bà Lê Thị "
     "Hoa.", {("Lê Thị Hoa", "Vụ trưởng", "Vụ Pháp chế", "current")}),
    # … and no one's when the sentence names no appointee: not the giver's
    ("Chiều 6/2, ông Trần Văn Bình đã trao Quyết định bổ nhiệm Vụ trưởng Vụ Pháp chế.", set()),
    # (the one who receives it holds it)
    ("Ông Trần Văn Bình nhận quyết định bổ nhiệm Giám đốc Sở Y tế tỉnh Nghệ An.",
     {("Trần Văn Bình", "Giám đốc", "Sở Y tế tỉnh Nghệ An", "current")}),
    # the new holder the opening phrase gives a task to is not the minister who speaks
    ("Giao nhiệm vụ cho tân Vụ trưởng Vụ Pháp chế, Thứ trưởng Bộ Tư pháp Trần Văn Bình bày tỏ "
     "sự tin tưởng.", {("Trần Văn Bình", "Thứ trưởng", "Bộ Tư pháp", "current")}),
])
def test_a_post_an_appointment_decision_gives(memberships, text, expected):
    assert memberships(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a 'và' ends the titles written after one holder and opens those written before the next
    ("Đại tướng Lê Văn Khoa, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng và Bí thư Thành ủy "
     "Hà Nội Trần Văn Bình đồng chủ trì hội nghị.",
     {("Lê Văn Khoa", "Ủy viên", "Bộ Chính trị", "current"),
      ("Lê Văn Khoa", "Bộ trưởng", "Bộ Quốc phòng", "current"),
      (BINH, "Bí thư", "Thành ủy Hà Nội", "current")}),
    # (both one holder's when no name follows the titles …)
    ("Ông Trần Văn Bình, Bí thư và Chủ tịch UBND xã An Hòa phát biểu.",
     {(BINH, "Bí thư", "Đảng ủy xã An Hòa", "current"),
      (BINH, "Chủ tịch", "Ủy ban nhân dân xã An Hòa", "current")}),
    # (… or no name is written before them)
    ("Bí thư và Chủ tịch UBND xã An Hòa Trần Văn Bình phát biểu.",
     {(BINH, "Bí thư", "Đảng ủy xã An Hòa", "current"),
      (BINH, "Chủ tịch", "Ủy ban nhân dân xã An Hòa", "current")}),
])
def test_titles_on_either_side_of_a_va_between_two_names(memberships, text, expected):
    assert memberships(text) == expected


@pytest.mark.parametrize("rank", ["Đại tướng", "Đại tá", "Thiếu tướng"])
def test_a_military_rank_inside_a_chain_of_titles_goes_on_with_it(memberships, rank):
    text = (f"Ông Trần Văn Bình (Sinh năm 1967), Ủy viên Thường vụ Quân ủy Trung ương, {rank}, "
            "Tham mưu trưởng Quân khu 4.")
    assert memberships(text) == {
        ("Trần Văn Bình", "Ủy viên", "Ban Thường vụ Quân ủy Trung ương", "current"),
        ("Trần Văn Bình", "Tham mưu trưởng", "Quân khu 4", "current")}


def test_a_bare_party_committee_chained_to_the_firm_written_bare_is_the_firms(memberships):
    text = ("Bà Lê Thị Hoa đã có 18 năm công tác tại Công ty cổ phần Bóng đèn Sao Mai; từ năm 2000 "
            "đến 2005 là Bí thư Đảng ủy, Tổng Giám đốc Công ty.")
    assert memberships(text) == {
        ("Lê Thị Hoa", "Bí thư", "Đảng ủy Công ty cổ phần Bóng đèn Sao Mai", "former"),
        ("Lê Thị Hoa", "Tổng Giám đốc", "Công ty cổ phần Bóng đèn Sao Mai", "former")}
