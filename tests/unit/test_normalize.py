"""kg.text.normalize and kg.text.segment: the text layer."""
from __future__ import annotations

import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.text.normalize import fold, normalize_text, strip_diacritics
from kg.text.segment import sentence_spans, sentences, words

# Characters the rules are about, mixed into arbitrary Unicode text.
_SPECIAL = (
    list("oOuUqQaAeEyYhHgn ")
    + list("àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴòóỏõọùúủũụđĐ")
    + ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u031b"]
    + ["\n", "\r", "\t", "\u00a0", "\u2009", "\u200b", "\ufeff", "\u2028", "\x00",
       "\x85", "\x0b", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u2013", "İ"]
)
vietnamese_text = st.text(
    alphabet=st.one_of(st.sampled_from(_SPECIAL), st.characters(codec="utf-8")),
    max_size=60,
)


# -- properties ------------------------------------------------------------------------

@settings(max_examples=400)
@given(vietnamese_text)
def test_normalising_twice_is_normalising_once(s: str) -> None:
    once = normalize_text(s)
    assert normalize_text(once) == once


@settings(max_examples=400)
@given(vietnamese_text)
def test_output_is_nfc(s: str) -> None:
    out = normalize_text(s)
    assert unicodedata.is_normalized("NFC", out)


@settings(max_examples=400)
@given(vietnamese_text)
def test_nfd_and_nfc_input_give_the_same_result(s: str) -> None:
    nfd = unicodedata.normalize("NFD", s)
    nfc = unicodedata.normalize("NFC", s)
    assert normalize_text(nfd) == normalize_text(nfc)


@settings(max_examples=400)
@given(vietnamese_text)
def test_layout_is_clean(s: str) -> None:
    out = normalize_text(s)
    assert "\r" not in out
    assert "  " not in out
    assert "\n\n\n" not in out
    assert "\t" not in out and "\ufeff" not in out and "\u00a0" not in out
    assert out == out.strip()
    assert all(line == line.strip() for line in out.split("\n"))
    assert all(not ch.isspace() or ch in " \n" for ch in out)


@settings(max_examples=400)
@given(vietnamese_text)
def test_fold_is_idempotent_and_single_line(s: str) -> None:
    key = fold(s)
    assert fold(key) == key
    assert "\n" not in key and "  " not in key and key == key.strip()
    assert unicodedata.is_normalized("NFC", key)


@given(vietnamese_text)
def test_fold_ignores_case_and_tone_placement(s: str) -> None:
    assert fold(s) == fold(s.lower())
    assert fold("Hoà " + s) == fold("HÒA " + s)


@given(vietnamese_text)
def test_strip_diacritics_gives_no_combining_marks(s: str) -> None:
    out = strip_diacritics(s)
    assert not any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", out))
    assert "đ" not in out and "Đ" not in out


def test_every_unicode_space_becomes_a_space_or_a_newline() -> None:
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        if ch.isspace() and ch != "\n":
            out = normalize_text("a" + ch + "b")
            assert out in ("a b", "a\nb"), (hex(cp), out)


# -- tone placement ---------------------------------------------------------------------

_OLD_NEW = [
    ("oà", "òa"), ("oá", "óa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"),
    ("oè", "òe"), ("oé", "óe"), ("oẻ", "ỏe"), ("oẽ", "õe"), ("oẹ", "ọe"),
    ("uỳ", "ùy"), ("uý", "úy"), ("uỷ", "ủy"), ("uỹ", "ũy"), ("uỵ", "ụy"),
]


@pytest.mark.parametrize(("old", "new"), _OLD_NEW)
def test_old_tone_placement_moves_to_the_first_vowel(old: str, new: str) -> None:
    assert normalize_text("h" + old) == "h" + new
    assert normalize_text("H" + old.upper()) == "H" + new.upper()
    assert normalize_text(old.capitalize()) == new.capitalize()
    assert normalize_text(f"x {old}, y") == f"x {new}, y"


@pytest.mark.parametrize(("text", "expected"), [
    ("Hoà Bình", "Hòa Bình"),
    ("UỶ BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN"),
    ("Uỷ ban", "Ủy ban"),
    ("Đảng uỷ", "Đảng ủy"),
    ("Thuỷ", "Thủy"),
    ("khoẻ mạnh", "khỏe mạnh"),
    ("Nguỵ", "Ngụy"),
    ("hoà.", "hòa."),
    ("tuỳ2", "tùy2"),
])
def test_examples_of_tone_placement(text: str, expected: str) -> None:
    assert normalize_text(text) == expected


@pytest.mark.parametrize("text", [
    "quý", "Quý", "QUÝ", "quỳ", "quỷ", "quà", "Quỳnh",       # after q
    "hoàng", "Hoàng", "khoảng", "toán", "hoạch", "xoèn",     # the syllable goes on
    "huỳnh", "khuỷu", "nguyễn", "thuyền", "ngoài",
    "hòa", "ủy", "khỏe",                                     # already new style
])
def test_syllables_that_keep_their_tone(text: str) -> None:
    assert normalize_text(text) == text


def test_nfd_input_is_composed_and_fixed() -> None:
    assert normalize_text(unicodedata.normalize("NFD", "Hoà Bình")) == "Hòa Bình"
    assert normalize_text("o\u0300a") == "òa"


# -- characters and layout --------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("\u201cĐổi mới\u201d", '"Đổi mới"'),
    ("\u201eA\u201f", '"A"'),
    ("\u2018x\u2019", "'x'"),
    ("\u00abx\u00bb", '"x"'),
    ("A \u2013 B \u2014 C - D", "A \u2013 B \u2014 C - D"),         # dashes are kept
    ("\ufeffSáng 12/3", "Sáng 12/3"),                              # BOM
    ("Trần\u00a0Văn\u2009Bình", "Trần Văn Bình"),                   # odd spaces
    ("Lê\u200bThị Hoa", "LêThị Hoa"),                               # zero-width removed
    ("a\x00b\x07c\x7fd", "abcd"),                                   # control characters
    ("a\tb  \t c", "a b c"),
    ("a\r\nb\rc", "a\nb\nc"),
    ("  a  \n  b  ", "a\nb"),
    ("a\n\n\n\n b", "a\n\nb"),
    ("a\n \n \nb", "a\n\nb"),
    ("a\u2028b", "a\nb"),
    ("", ""),
    ("  \n\t ", ""),
])
def test_character_and_layout_rules(text: str, expected: str) -> None:
    assert normalize_text(text) == expected


def test_fold() -> None:
    assert fold("  Quận  ỦY\nQuận 11 ") == "quận ủy quận 11"
    assert fold("Đảng uỷ") == fold("ĐẢNG ỦY") == "đảng ủy"
    assert fold("TP.HCM") == "tp.hcm"


def test_strip_diacritics() -> None:
    assert strip_diacritics("Đảng ủy Hòa Bình") == "Dang uy Hoa Binh"
    assert strip_diacritics("Nguyễn Thị Ánh Tuyết") == "Nguyen Thi Anh Tuyet"
    assert strip_diacritics("ascii") == "ascii"


# -- sentences and words (underthesea) --------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Sáng 12/3, tại TP.HCM, ông Trần Văn Bình phát biểu. Sau đó bà Lê Thị Hoa nói.",
     ["Sáng 12/3, tại TP.HCM, ông Trần Văn Bình phát biểu.", "Sau đó bà Lê Thị Hoa nói."]),
    ("Ông Bình làm việc tại TP. Hồ Chí Minh. Bà Hoa là ThS. Lê Thị Hoa.",
     ["Ông Bình làm việc tại TP. Hồ Chí Minh.", "Bà Hoa là ThS. Lê Thị Hoa."]),
    ("PGS.TS. Trần Văn Bình cho biết. GS.TSKH. Lê Thị Hoa nói thêm.",
     ["PGS.TS. Trần Văn Bình cho biết.", "GS.TSKH. Lê Thị Hoa nói thêm."]),
    ('Ông Bình nói: "Phải làm tốt." Bà Hoa đồng ý.',
     ['Ông Bình nói: "Phải làm tốt."', "Bà Hoa đồng ý."]),
    ("Hội nghị kết thúc./. Minh Khuê", ["Hội nghị kết thúc./.", "Minh Khuê"]),
    ("Câu một. Câu hai\n\nĐoạn hai.", ["Câu một.", "Câu hai", "Đoạn hai."]),
    ("Rau, quả v.v. và nhiều thứ khác.", ["Rau, quả v.v. và nhiều thứ khác."]),
])
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_sentence_spans_point_into_the_text() -> None:
    text = "  Sáng 12/3, ông Bình phát biểu.  Bà Hoa nói.\n\nĐoạn hai: PGS.TS. Lê Văn An dự."
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == sentences(text)
    assert spans[0] == (2, 32)
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert spans == sorted(spans)


def test_words_keeps_multi_syllable_words() -> None:
    assert "Bí thư" in words("Bí thư Huyện ủy Trần Văn Bình phát biểu.")
