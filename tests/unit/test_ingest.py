"""kg.ingest: readers for .txt, .jsonl and .html, page chrome and bylines.

Every text here is invented (names included); no newspaper text is copied.
"""
from __future__ import annotations

import json
import logging
from datetime import date
from pathlib import Path

import pytest

from kg.errors import ArticleError, InputError
from kg.ingest import READERS, SUPPORTED_SUFFIXES, discover, iter_articles
from kg.ingest.chrome import (
    CleanBody,
    clean_body,
    parse_byline,
    split_byline,
    split_publisher_lead,
    strip_chrome,
    strip_photo_credits,
)
from kg.ingest.txt import parse_date_line
from kg.models import Article

EXAMPLES = Path(__file__).resolve().parents[2] / "data" / "examples"


def read_all(*sources: str | Path) -> tuple[list[Article], list[str], list[tuple[Path, str]]]:
    errors: list[ArticleError] = []
    skips: list[tuple[Path, str]] = []
    articles = list(iter_articles(list(sources), on_error=errors.append,
                                  on_skip=lambda p, r: skips.append((p, r))))
    return articles, [e.message for e in errors], skips


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def jsonl(path: Path, *rows: object) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows]
    return write(path, "\n".join(lines) + "\n")


SAVED_PAGE = """\
Thứ Bảy, ngày 8 tháng 8 năm 2020

Huyện Mẫu Sơn: Tổng kết công tác xây dựng Đảng

Đồng chí Trần Văn Bình, Bí thư Huyện ủy phát biểu tại hội nghị

(Baomau.vn) - Sáng 18/10, Huyện ủy Mẫu Sơn tổ chức hội nghị. Bí thư Huyện ủy Trần Văn Bình chủ trì.

Báo cáo tại hội nghị, Trưởng Ban Tổ chức Huyện ủy Lê Thị Hoa cho biết nhiều kết quả.

Minh Khuê


Ý kiến bạn đọc

refresh
\u00a0

Tổng lượt bình luận

Tin khác

Thông báo
"""

BODY = ("Sáng 18/10, Huyện ủy Mẫu Sơn tổ chức hội nghị. Bí thư Huyện ủy Trần Văn Bình chủ trì."
        "\n\nBáo cáo tại hội nghị, Trưởng Ban Tổ chức Huyện ủy Lê Thị Hoa cho biết nhiều kết quả.")


# -- .txt --------------------------------------------------------------------------------

def test_saved_page_txt(tmp_path: Path) -> None:
    path = write(tmp_path / "huyen-mau-son.txt", SAVED_PAGE)
    articles, errors, _ = read_all(path)
    assert errors == []
    assert articles == [Article(
        id="huyen-mau-son",
        text=BODY,
        title="Huyện Mẫu Sơn: Tổng kết công tác xây dựng Đảng",
        date=date(2020, 8, 8),
        publisher="baomau.vn",
        author="Minh Khuê",
        source_path=str(path),
    )]


def test_txt_text_is_normalised(tmp_path: Path) -> None:
    page = "Tiêu đề về Đảng uỷ\r\n\r\nÔng Trần Văn Bình, Chủ tịch UBND xã Hoà An,  phát biểu.\r\n"
    [article], errors, _ = read_all(write(tmp_path / "a.txt", page))
    assert errors == []
    assert article.title == "Tiêu đề về Đảng ủy"
    assert article.text == "Ông Trần Văn Bình, Chủ tịch UBND xã Hòa An, phát biểu."


@pytest.mark.parametrize(("line", "expected"), [
    ("Thứ Bảy, ngày 8 tháng 8 năm 2020", date(2020, 8, 8)),
    ("Chủ nhật, ngày 9 tháng 8 năm 2020", date(2020, 8, 9)),
    ("Chủ Nhật, 09/08/2020", date(2020, 8, 9)),
    ("thứ hai, ngày 10 tháng 08 năm 2020", date(2020, 8, 10)),
    ("Thứ Năm, 13/8/2020 10:30 (GMT+7)", date(2020, 8, 13)),
    ("08/08/2020", date(2020, 8, 8)),
    ("8-8-2020", date(2020, 8, 8)),
    ("2020-08-08", date(2020, 8, 8)),
    ("Thứ Ba, ngày 31 tháng 2 năm 2020", None),          # a date line, impossible date
])
def test_date_line(tmp_path: Path, line: str, expected: date | None) -> None:
    assert parse_date_line(line) == (True, expected)
    path = write(tmp_path / "a.txt", f"{line}\nTiêu đề\nSáng 18/10, ông Trần Văn Bình phát biểu.\n")
    [article], _, _ = read_all(path)
    assert (article.date, article.title) == (expected, "Tiêu đề")
    assert article.text == "Sáng 18/10, ông Trần Văn Bình phát biểu."


@pytest.mark.parametrize("line", [
    "Quận 11: Tăng cường xây dựng Đảng", "Ngày 8 tháng 8 năm 2020 tổ chức hội nghị",
    "8/8", "Thứ Bảy",
])
def test_not_a_date_line(line: str) -> None:
    assert parse_date_line(line) == (False, None)


def test_plain_txt_first_line_is_the_title(tmp_path: Path) -> None:
    text = ("Huyện ủy Mẫu Sơn có tân Bí thư\n"
            "Những chuyển động mới ở cơ sở\n"            # no final period, kept (no date line)
            "Sáng 12/3, ông Trần Văn Bình nhận nhiệm vụ mới.\n")
    [article], errors, _ = read_all(write(tmp_path / "b.txt", text))
    assert errors == []
    assert article == Article(
        id="b", title="Huyện ủy Mẫu Sơn có tân Bí thư",
        text="Những chuyển động mới ở cơ sở\nSáng 12/3, ông Trần Văn Bình nhận nhiệm vụ mới.",
        source_path=str(tmp_path / "b.txt"))


def test_caption_with_photo_credit_is_dropped(tmp_path: Path) -> None:
    text = ("Tiêu đề\n"
            "Ông Trần Văn Bình phát biểu tại hội nghị. Ảnh: Lê Thị Hoa\n"
            "Sáng 12/3, hội nghị khai mạc.\n")
    [article], _, _ = read_all(write(tmp_path / "c.txt", text))
    assert article.text == "Sáng 12/3, hội nghị khai mạc."


def test_caption_dropped_before_a_publisher_lead(tmp_path: Path) -> None:
    text = ("Tiêu đề\n\nBí thư Trần Văn Bình phát biểu\n\n"
            "(Baomau.vn) – Sáng 12/3, hội nghị khai mạc.\n")
    [article], _, _ = read_all(write(tmp_path / "d.txt", text))
    assert (article.publisher, article.text) == ("baomau.vn", "Sáng 12/3, hội nghị khai mạc.")


def test_txt_with_a_title_only_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "only-title.txt", "Chỉ có tiêu đề\n")
    articles, errors, _ = read_all(path)
    assert articles == []
    assert errors == [f"{path}: no article text after the title; write the title on the "
                      f"first line and the text below"]


# -- .jsonl ------------------------------------------------------------------------------

def test_jsonl_fields(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "a.jsonl",
                 {"id": "a1", "title": "Tân Bí thư Huyện ủy", "date": "2021-04-21T07:34:41+07:00",
                  "url": "https://www.baomau.vn/thoi-su/a1.htm",
                  "text": "Sáng 20/4, ông Trần Văn Bình nhận quyết định.\nLê Thị Hoa"},
                 {"id": "a2", "source": "Báo Mẫu", "url": "https://baomau.vn/a2",
                  "author": "Hoàng Minh", "text": "Ông Bình phát biểu. Lê Thị Hoa"})
    articles, errors, _ = read_all(path)
    assert errors == []
    assert articles == [
        Article(id="a1", text="Sáng 20/4, ông Trần Văn Bình nhận quyết định.",
                title="Tân Bí thư Huyện ủy", date=date(2021, 4, 21),
                url="https://www.baomau.vn/thoi-su/a1.htm", publisher="baomau.vn",
                author="Lê Thị Hoa", source_path=str(path)),
        # an author is given: the text is not searched for a byline
        Article(id="a2", text="Ông Bình phát biểu. Lê Thị Hoa", url="https://baomau.vn/a2",
                publisher="Báo Mẫu", author="Hoàng Minh", source_path=str(path)),
    ]


def test_jsonl_bad_lines_are_reported_and_the_rest_is_read(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "articles.jsonl",
                 {"id": "ok1", "text": "Ông Trần Văn Bình phát biểu."},
                 "{not json",
                 '["a", "list"]',
                 {"id": "no-text"},
                 {"id": "num-text", "text": 12},
                 {"id": "empty", "text": "  \n "},
                 "",
                 {"text": "Bà Lê Thị Hoa phát biểu."},
                 {"id": ["x"], "text": "Văn bản."},
                 {"id": "ok2", "text": "Hội nghị bế mạc."})
    articles, errors, _ = read_all(path)
    fix = 'each line must be one JSON object with at least "id" and "text"'
    assert errors == [
        f"{path}:2: not valid JSON (Expecting property name enclosed in double quotes); {fix}",
        f"{path}:3: an array, not a JSON object; {fix}",
        f'{path}:4: no "text" field; {fix}',
        f'{path}:5: "text" is a number, not a string; {fix}',
        f"{path}:6: empty \"text\" (article 'empty'); give the article's text or remove the line",
        f'{path}:9: "id" is an array; give each article a string "id"',
    ]
    assert [(a.id, a.text) for a in articles] == [
        ("ok1", "Ông Trần Văn Bình phát biểu."),
        ("articles-8", "Bà Lê Thị Hoa phát biểu."),     # no id: file stem and line number
        ("ok2", "Hội nghị bế mạc."),
    ]


def test_jsonl_not_json_message(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "articles.jsonl", "", "oops")
    _, errors, _ = read_all(path)
    assert errors == [f"{path}:2: not valid JSON (Expecting value); each line must be one JSON "
                      f'object with at least "id" and "text"']


def test_jsonl_one_line_body_with_credits_and_inline_byline(tmp_path: Path) -> None:
    text = ("Sáng 6/2, Huyện ủy Mẫu Sơn công bố quyết định. Ông Trần Văn Bình (giữa) nhận "
            "quyết định. Ảnh: LÊ AN Trong khi đó, bà Lê Thị Hoa được điều động. Bà Hoa phát "
            "biểu (Ảnh: Hoàng Minh). Hai cán bộ nhận nhiệm vụ mới từ ngày 1/3. "
            "Kim Lan - Phương Nam (Theo Báo Mẫu)")
    path = jsonl(tmp_path / "a.jsonl", {"id": "x", "text": text, "source": "baomau.vn"})
    [article], errors, _ = read_all(path)
    assert errors == []
    assert article.author == "Kim Lan - Phương Nam (Theo Báo Mẫu)"
    assert article.text == (
        "Sáng 6/2, Huyện ủy Mẫu Sơn công bố quyết định. Ông Trần Văn Bình (giữa) nhận "
        "quyết định.\nTrong khi đó, bà Lê Thị Hoa được điều động. Bà Hoa phát biểu. "
        "Hai cán bộ nhận nhiệm vụ mới từ ngày 1/3.")


def test_jsonl_saved_page_in_text(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "a.jsonl", {"id": "page", "source": "baomau.vn", "text": SAVED_PAGE})
    [article], errors, _ = read_all(path)
    assert errors == []
    assert article == Article(
        id="page", text=BODY, title="Huyện Mẫu Sơn: Tổng kết công tác xây dựng Đảng",
        date=date(2020, 8, 8), publisher="baomau.vn", author="Minh Khuê",
        source_path=str(path))


def test_jsonl_line_not_utf8_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"id": "1", "text": "Ba."}\n{"id": "2", "text": "Ph\xe1t."}\n'
                     b'{"id": "3", "text": "Hai."}\n')
    articles, errors, _ = read_all(path)
    assert [a.id for a in articles] == ["1", "3"]
    assert errors == [f"{path}:2: not valid UTF-8 (byte 0xe1); convert the file to UTF-8"]


def test_duplicate_ids_are_reported_and_skipped(tmp_path: Path) -> None:
    a = jsonl(tmp_path / "a.jsonl", {"id": "x", "text": "Một."}, {"id": "x", "text": "Hai."})
    b = write(tmp_path / "x.txt", "Tiêu đề\nBa.\n")
    articles, errors, _ = read_all(a, b)
    assert [(x.id, x.text) for x in articles] == [("x", "Một.")]
    assert errors == [
        f"{a}:2: duplicate id 'x' (first at {a}:1); skipped, give each article its own id",
        f"{b}: duplicate id 'x' (first at {a}:1); skipped, give each article its own id",
    ]


# -- .html -------------------------------------------------------------------------------

PAGE_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Huyện ủy Mẫu Sơn tổng kết - Báo Mẫu</title>
<meta property="og:title" content="Huyện ủy Mẫu Sơn tổng kết công tác năm">
<meta property="og:site_name" content="Báo Mẫu">
<meta property="og:url" content="https://www.baomau.vn/huyen-uy-mau-son.html">
<meta property="article:published_time" content="2021-03-12T09:30:00+07:00">
<script>var x = "<p>không phải nội dung</p>";</script><style>p { color: red }</style>
</head><body>
<header><nav><a href="/">Trang chủ</a> | <a>Thời sự</a></nav></header>
<article>
<h1>Huyện ủy Mẫu Sơn tổng kết công tác năm</h1>
<p>(Baomau.vn) - Sáng 12/3, Huyện ủy Mẫu Sơn tổ chức hội nghị.
Bí thư Huyện ủy Trần Văn Bình chủ trì.</p>
<figure><img src="a.jpg"><figcaption>Ông Trần Văn Bình phát biểu. Ảnh: Lê An</figcaption></figure>
<p>Phát biểu tại hội nghị, ông Bình đề nghị các cấp ủy tiếp tục&nbsp;nỗ lực.<br>
Hội nghị bế mạc trong ngày.</p>
<div class="share-tools"><p>Chia sẻ Facebook</p></div>
<p>Lê Thị Hoa</p>
</article>
<aside><p>Tin khác</p><p>Một bài khác</p></aside>
<footer><p>Bản quyền thuộc Báo Mẫu</p></footer>
</body></html>
"""


def test_html_page(tmp_path: Path) -> None:
    path = write(tmp_path / "bai-viet.html", PAGE_HTML)
    [article], errors, _ = read_all(path)
    assert errors == []
    assert article == Article(
        id="bai-viet",
        text=("Sáng 12/3, Huyện ủy Mẫu Sơn tổ chức hội nghị. Bí thư Huyện ủy Trần Văn Bình chủ "
              "trì.\nPhát biểu tại hội nghị, ông Bình đề nghị các cấp ủy tiếp tục nỗ lực.\n"
              "Hội nghị bế mạc trong ngày."),
        title="Huyện ủy Mẫu Sơn tổng kết công tác năm",
        date=date(2021, 3, 12),
        url="https://www.baomau.vn/huyen-uy-mau-son.html",
        publisher="baomau.vn",
        author="Lê Thị Hoa",
        source_path=str(path),
    )


def test_html_without_article_uses_title_and_author_meta(tmp_path: Path) -> None:
    page = ("<html><head><title>Tin ngắn | Báo Mẫu</title><meta name=author content='Lê Thị Hoa'>"
            "</head><body><div id=menu><p>Trang chủ</p></div><main><h1>Tin ngắn</h1>"
            "<p>Chiều 5/6, UBND xã Mẫu Sơn họp.</p><p>Ông Trần Văn Bình chủ trì.</p></main>"
            "</body></html>")
    [article], errors, _ = read_all(write(tmp_path / "tin.htm", page))
    assert errors == []
    assert (article.title, article.author, article.text, article.date, article.url) == (
        "Tin ngắn", "Lê Thị Hoa", "Chiều 5/6, UBND xã Mẫu Sơn họp.\nÔng Trần Văn Bình chủ trì.",
        None, None)


def test_html_without_text_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "rong.html", "<html><body><nav><p>Trang chủ</p></nav></body></html>")
    articles, errors, _ = read_all(path)
    assert articles == [] and len(errors) == 1
    assert errors[0].startswith(f"{path}: no article text found")


# -- encodings and unusable files --------------------------------------------------------

def test_utf8_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "Tiêu đề\nNội dung.\n".encode())
    [article], errors, _ = read_all(path)
    assert (article.title, article.text, errors) == ("Tiêu đề", "Nội dung.", [])


def test_utf8_bom_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + '{"id": "1", "text": "Nội dung."}\n'.encode())
    [article], errors, _ = read_all(path)
    assert (article.id, article.text, errors) == ("1", "Nội dung.", [])


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, codec: str) -> None:
    bom = "\ufeff" if codec == "utf-16-be" else ""
    txt = write(tmp_path / "u16.txt", bom + "Tiêu đề\r\nNội dung.\r\n", codec)
    lines = bom + '{"id": "j", "text": "Dòng\\u2028một."}\n{"id": "k", "text": "Hai."}\n'
    js = write(tmp_path / "u16.jsonl", lines, codec)
    articles, errors, _ = read_all(txt, js)
    assert errors == []
    assert [(a.id, a.title, a.text) for a in articles] == [
        ("u16", "Tiêu đề", "Nội dung."), ("j", None, "Dòng\nmột."), ("k", None, "Hai.")]


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Tiêu đề\nPhát biểu.\n".encode().replace(b"\xc3\xa1", b"\xe1"))
    articles, errors, _ = read_all(path)
    assert articles == []
    assert len(errors) == 1
    assert errors[0].startswith(f"{path}: not valid UTF-8 text (byte 0xe1")
    assert errors[0].endswith("convert it to UTF-8")


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "anh.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    articles, errors, _ = read_all(path)
    assert articles == []
    assert errors == [f"{path}: binary file (it has NUL bytes), not text; give a UTF-8 text "
                      f"file (UTF-16 needs a byte-order mark)"]


@pytest.mark.parametrize("content", [b"", b"  \n\n", b"\xef\xbb\xbf", b"\xff\xfe"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "rong.jsonl"
    path.write_bytes(content)
    articles, errors, _ = read_all(path)
    assert articles == []
    assert errors == [f"{path}: empty file; give it an article's text"]


def test_empty_after_normalising(tmp_path: Path) -> None:
    path = tmp_path / "rong.txt"
    path.write_bytes("\u200b\u00a0\n".encode())
    _, errors, _ = read_all(path)
    assert errors == [f"{path}: empty file; write the article's title on the first line and "
                      f"its text below"]


# -- sources -----------------------------------------------------------------------------

def test_directory_recursion_sorted_with_skips(tmp_path: Path) -> None:
    write(tmp_path / "b" / "z.txt", "Tiêu đề Z\nNội dung Z.\n")
    write(tmp_path / "b" / "bao-cao.pdf", "%PDF-1.4")
    write(tmp_path / "a.TXT", "Tiêu đề A\nNội dung A.\n")
    write(tmp_path / "c" / "d" / "e.jsonl", '{"id": "e1", "text": "Nội dung E."}\n')
    write(tmp_path / ".an" / "h.txt", "Ẩn\nKhông đọc.\n")
    write(tmp_path / ".ghi-chu.txt", "Ẩn\nKhông đọc.\n")
    articles, errors, skips = read_all(tmp_path)
    assert errors == []
    assert [a.id for a in articles] == ["a", "z", "e1"]
    assert skips == [(tmp_path / "b" / "bao-cao.pdf", "not a .txt, .jsonl, .html, .htm file")]


def test_skips_are_logged_by_default(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    write(tmp_path / "bao-cao.pdf", "%PDF-1.4")
    with caplog.at_level(logging.INFO, logger="kg.ingest"):
        assert list(iter_articles([tmp_path], on_error=pytest.fail)) == []
    assert "bao-cao.pdf" in caplog.text


def test_missing_source_raises_before_reading(tmp_path: Path) -> None:
    good = write(tmp_path / "a.txt", "Tiêu đề\nNội dung.\n")
    with pytest.raises(InputError) as info:
        iter_articles([good, tmp_path / "khong-co.txt"], on_error=pytest.fail)
    assert info.value.message == (f"{tmp_path / 'khong-co.txt'}: no such file or directory; "
                                  f"give a .txt, .jsonl or .html file or a directory")
    assert info.value.exit_code == 2


def test_unsupported_file_named_explicitly(tmp_path: Path) -> None:
    pdf = write(tmp_path / "bao-cao.pdf", "%PDF-1.4")
    with pytest.raises(InputError, match=r"bao-cao\.pdf: unsupported file type '\.pdf'"):
        discover([pdf])


MINIMAL = {
    ".txt": "Tiêu đề\nÔng Trần Văn Bình phát biểu.\n",
    ".jsonl": '{"id": "mau", "title": "Tiêu đề", "text": "Ông Trần Văn Bình phát biểu."}\n',
    ".html": "<html><head><title>Tiêu đề</title></head><body><article>"
             "<p>Ông Trần Văn Bình phát biểu.</p></article></body></html>",
    ".htm": "<html><head><title>Tiêu đề</title></head><body><p>Ông Trần Văn Bình phát biểu."
            "</p></body></html>",
}


@pytest.mark.parametrize("suffix", SUPPORTED_SUFFIXES)
def test_every_registered_reader(tmp_path: Path, suffix: str) -> None:
    assert set(MINIMAL) == set(READERS)
    [article], errors, _ = read_all(write(tmp_path / f"mau{suffix}", MINIMAL[suffix]))
    assert errors == []
    assert (article.id, article.title, article.text) == (
        "mau", "Tiêu đề", "Ông Trần Văn Bình phát biểu.")


def test_bundled_examples() -> None:
    articles, errors, skips = read_all(EXAMPLES)
    assert errors == [] and skips == []
    assert len(articles) == 4
    assert all(a.title and a.date and a.author and a.publisher for a in articles)
    page = next(a for a in articles if a.id == "huyenuy-nghiloc-hoinghi")
    assert (page.date, page.publisher, page.author) == (date(2021, 3, 12), "baodiaphuong.vn",
                                                        "Minh Khuê")
    assert page.text.startswith("Sáng 11/3, Ban Chấp hành Đảng bộ huyện Nghi Lộc")
    assert "Ý kiến bạn đọc" not in page.text and "refresh" not in page.text


# -- chrome, credits, bylines ------------------------------------------------------------

def test_strip_chrome() -> None:
    lines = ["Chia sẻ", "Đoạn một.", "", "In bài", "Đoạn hai.", "Tags: Đảng, Huyện ủy", "",
             "Tin liên quan", "Một bài khác.", "Bình luận (3)"]
    assert strip_chrome(lines) == ["Đoạn một.", "", "Đoạn hai."]
    assert strip_chrome(["Tin khác", "Đoạn một."]) == ["Đoạn một."]    # no content before it


@pytest.mark.parametrize(("text", "expected"), [
    ("Ông Bình phát biểu (Ảnh: Lê An).", "Ông Bình phát biểu."),
    ("Ông Bình phát biểu (ảnh: VGP)", "Ông Bình phát biểu"),
    ("Ông Bình phát biểu. Ảnh: Lê An", "Ông Bình phát biểu."),
    ("Ông Bình phát biểu - Ảnh: Lê An", "Ông Bình phát biểu"),
    ("Ông Bình phát biểu. Ảnh: Google Maps. Sau đó bà Hoa nói.",
     "Ông Bình phát biểu.\nSau đó bà Hoa nói."),
    ("Ông Bình phát biểu. Ảnh: LÊ AN Trong khi đó, bà Hoa nói.",
     "Ông Bình phát biểu.\nTrong khi đó, bà Hoa nói."),
    ("Ông Bình. Ảnh: VGP/Lê Sơn Tổng Bí thư phát biểu.", "Ông Bình.\nTổng Bí thư phát biểu."),
    ("Ông Bình. Ảnh: Viết An Đề cao tinh thần.", "Ông Bình.\nĐề cao tinh thần."),
    ("Ông Bình. Ảnh: Thanh Tân/TTXVN Ngày 28/6, họp.", "Ông Bình.\nNgày 28/6, họp."),
    ("Ông Bình. Ảnh: Dân trí Theo ông Bình, việc này tốt.",
     "Ông Bình.\nTheo ông Bình, việc này tốt."),
    ("Ông Bình. Ảnh: Lê Văn An - TTXVN Sáng 22/5, họp.", "Ông Bình.\nSáng 22/5, họp."),
    ("Xe công. Ảnh: Báo Giao thông Cụ thể, chiếc xe.", "Xe công.\nCụ thể, chiếc xe."),
    ("Ngôi chùa. Ảnh: Giáo dục Việt Nam.", "Ngôi chùa."),
    ("Ngôi chùa...Ảnh: chuamau.vn. Sau đó", "Ngôi chùa...\nSau đó"),
    ("hình ảnh: không phải ghi công", "hình ảnh: không phải ghi công"),
    ("Không có ghi công nào.", "Không có ghi công nào."),
])
def test_strip_photo_credits(text: str, expected: str) -> None:
    assert strip_photo_credits(text) == expected


@pytest.mark.parametrize(("fragment", "author"), [
    ("Hồ Văn An -", "Hồ Văn An"),
    ("Phương Kiều", "Phương Kiều"),
    ("Kim Lan - Phương Nam (Theo Báo Mẫu)", "Kim Lan - Phương Nam (Theo Báo Mẫu)"),
    ("Hà Giang -Thắng Lợi", "Hà Giang -Thắng Lợi"),
    ("B.T.Ngọc", "B.T.Ngọc"),
    ("T.Uyên", "T.Uyên"),
    ("PV/VOV.VN", "PV/VOV.VN"),
    ("Phúc An (TTXVN)", "Phúc An (TTXVN)"),
    ("Theo VGP", "Theo VGP"),
    ("Theo Khánh An/Báo Mẫu", "Theo Khánh An/Báo Mẫu"),
    ("Bài và ảnh: Lê Thị Hoa", "Bài và ảnh: Lê Thị Hoa"),
    ("MINH ĐỨC", "Minh Đức"),
    ("KIM LAN và HỒNG HẢI", "Kim Lan và Hồng Hải"),
    ("Cao Tuấn (T/H)", "Cao Tuấn (T/H)"),
    ("An Bình/VOV.VN An Bình/VOV.VN", "An Bình/VOV.VN"),
    ("Nhóm PV", "Nhóm PV"),
])
def test_bylines(fragment: str, author: str) -> None:
    assert parse_byline(fragment) == author


@pytest.mark.parametrize("fragment", [
    "Hết", "Bình", "Ông Trần Văn Bình", "Bà Lê Thị Hoa", "UBND Huyện Mẫu Sơn",
    "Quận Hoàn Kiếm", "Chủ tịch UBND tỉnh", "Ông Bình (giữa)", "Clip: Lê An",
    "Sáng 12/3, hội nghị khai mạc", "Bảo Trang * Bài viết thể hiện quan điểm riêng",
    "Nam, Theo Thời Đại", "",
])
def test_not_bylines(fragment: str) -> None:
    assert parse_byline(fragment) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Hội nghị bế mạc.\n\nMinh Khuê", ("Hội nghị bế mạc.", "Minh Khuê")),
    ("Hội nghị bế mạc. Minh Khuê", ("Hội nghị bế mạc.", "Minh Khuê")),
    ("Hội nghị bế mạc./. PV/VOV.VN", ("Hội nghị bế mạc./.", "PV/VOV.VN")),
    ('Ông Bình nói: "Phải làm tốt". Hà An', ('Ông Bình nói: "Phải làm tốt".', "Hà An")),
    ("Ông Bình nói: tốt lắm. Hoài Vũ Xem thêm:", ("Ông Bình nói: tốt lắm.", "Hoài Vũ")),
    ("Bà Hoa lưu ý. Hoài Vũ", ("Bà Hoa lưu ý.", "Hoài Vũ")),
    ("Ông Bình công tác tại TP. Hồ Chí Minh", ("Ông Bình công tác tại TP. Hồ Chí Minh", None)),
    ("Giám đốc là ThS. Lê Văn An", ("Giám đốc là ThS. Lê Văn An", None)),
    ("Ông Bình làm Bí thư Huyện ủy Mẫu Sơn.", ("Ông Bình làm Bí thư Huyện ủy Mẫu Sơn.", None)),
    ("Minh Khuê", ("Minh Khuê", None)),                   # a text is never only a byline
    ("Hội nghị bế mạc.\nTuyết Lan\nTTXVN", ("Hội nghị bế mạc.", "Tuyết Lan/TTXVN")),
    ("Hội nghị bế mạc.\nTTXVN", ("Hội nghị bế mạc.", "TTXVN")),
    ("Hội nghị bế mạc.\nUBND", ("Hội nghị bế mạc.\nUBND", None)),
])
def test_split_byline(text: str, expected: tuple[str, str | None]) -> None:
    assert split_byline(text) == expected


def test_clean_body() -> None:
    body = clean_body("Chia sẻ\n(Baomau.vn) - Doanh thu cao. Bài: NGỌC AN; Ảnh: LÊ AN\nIn bài")
    assert body == CleanBody("Doanh thu cao.", author="Bài: Ngọc An", publisher="baomau.vn")
    assert clean_body("Ông Bình nói. Lê An", find_byline=False).author is None


def test_publisher_lead() -> None:
    assert split_publisher_lead("(Thanhuytmau.vn) - Sáng 18/10, họp.") == (
        "thanhuytmau.vn", "Sáng 18/10, họp.")
    assert split_publisher_lead("(ĐCSVN) – Sáng 18/10, họp.") == ("ĐCSVN", "Sáng 18/10, họp.")
    assert split_publisher_lead("(Ảnh minh họa) Sáng nay") == (None, "(Ảnh minh họa) Sáng nay")


def test_a_credit_stops_before_a_section_header() -> None:
    from kg.ingest.chrome import strip_photo_credits

    text = "Ông Trần Văn Bình nhận quyết định. Ảnh: baovidu.vn Quảng Trị: Ngày 10/7, ông Lê Văn An"
    assert strip_photo_credits(text) == (
        "Ông Trần Văn Bình nhận quyết định.\nQuảng Trị: Ngày 10/7, ông Lê Văn An")
