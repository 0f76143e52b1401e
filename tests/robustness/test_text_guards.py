"""The pieces that keep bad input out: legacy encodings, the SPARQL scan, the HTML pass.

Texts are invented.
"""
from __future__ import annotations

import shutil
import subprocess
import time
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.ingest.html import parse_html, sanitise
from kg.querying import is_update, network_access, strip_final_separator
from kg.text import legacy

TEXT = ("Sáng 19/7, Ủy ban nhân dân tỉnh Yên Hòa tổ chức hội nghị tổng kết. Phó Chủ tịch "
        "UBND tỉnh Nguyễn Thị Hường và Bí thư Đảng ủy Khối Lê Quốc Việt dự, phát biểu ý kiến; "
        "đồng chí Vũ Đức Thắng được bầu giữ chức Trưởng ban. ĐẢNG BỘ KHỐI DOANH NGHIỆP.")

ENCODERS = {"cp1258": legacy.cp1258_encode, "tcvn3": legacy.tcvn3_encode,
            "vni": legacy.vni_encode}


@pytest.mark.parametrize("codec", sorted(ENCODERS))
def test_each_legacy_encoding_is_detected_and_converted(codec: str) -> None:
    data = ENCODERS[codec](TEXT)
    guess = legacy.detect(data)
    assert guess is not None and guess.codec == codec
    assert unicodedata.normalize("NFC", data.decode(codec)) == TEXT
    # and a file of it decoded by the registered codec, in pieces as a stream would
    decoder = __import__("codecs").getincrementaldecoder(codec)()
    pieces = "".join(decoder.decode(data[i:i + 7]) for i in range(0, len(data), 7))
    assert unicodedata.normalize("NFC", pieces + decoder.decode(b"", final=True)) == TEXT


@pytest.mark.parametrize("codec", ["tcvn3", "vni"])
def test_a_legacy_document_saved_as_unicode_is_repaired(codec: str) -> None:
    garbled = ENCODERS[codec](TEXT).decode("cp1252", errors="kg-latin1")
    repaired, found = legacy.repair_mojibake(garbled)
    assert found == codec and unicodedata.normalize("NFC", repaired) == TEXT
    assert legacy.repair_mojibake(TEXT) == (TEXT, None)


def test_vntimeh_capitals_are_upper_cased_again() -> None:
    # "ĐẢNG KHỐI" typed with a .VnTimeH font uses the small-letter codes for Ả and Ố;
    # a word with one capital ("Bộ") cannot be told from a capitalised word, and stays
    data = "§¶NG KH\xe8I B\xe9".encode("latin-1")
    assert legacy.tcvn3_decode(data) == "ĐẢNG KHỐI Bộ"


@pytest.mark.parametrize("data", [
    b"caf\xe9 au lait, cr\xe8me br\xfbl\xe9e, \xe0 la fran\xe7aise",   # French in Latin-1
    bytes(range(0x80, 0x100)) * 3,
    "Tiêu đề\nBa.\n".encode("cp1258", errors="replace"),                 # too short
])
def test_no_confident_guess_is_no_guess(data: bytes) -> None:
    assert legacy.detect(data) is None


@pytest.mark.skipif(shutil.which("iconv") is None, reason="no iconv")
def test_tcvn3_table_agrees_with_glibc() -> None:
    for b in range(0x80, 0x100):
        ours = legacy.tcvn3_decode(bytes([b]))
        proc = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=bytes([b]),
                              capture_output=True)
        if proc.returncode == 0:
            assert unicodedata.normalize("NFC", ours) == \
                unicodedata.normalize("NFC", proc.stdout.decode()), hex(b)


def test_corpus_like_share_of_syllables() -> None:
    good, total = legacy.vietnamese_score(TEXT)
    assert total > 20 and good == total


# -- SPARQL -------------------------------------------------------------------------------

@pytest.mark.parametrize(("sparql", "word"), [
    ("SELECT * { SERVICE <http://x/> { ?s ?p ?o } }", "SERVICE"),
    ("ASK{SERVICE SILENT<http://x/>{}}", "SERVICE"),
    ("SELECT * { \\u0053ERVICE <http://x/> {} }", "SERVICE"),
    ("FILTER(?a<?b)SERVICE<http://x/>{}", "SERVICE"),
    ("LOAD <http://x/d.ttl>", "LOAD"),
    ("SELECT ?service WHERE { ?s schema:service ?service FILTER(?x = 'SERVICE') } # SERVICE",
     None),
    ("PREFIX service: <http://x/> SELECT * { service:a ?p ?o }", None),
    ("SELECT * { ?s <http://x/service> ?o }", None),
    ('SELECT * { ?s ?p """a "SERVICE" b""" }', None),
])
def test_network_keywords_are_found_only_as_keywords(sparql: str, word: str | None) -> None:
    assert network_access(sparql) == word


@pytest.mark.parametrize(("sparql", "update"), [
    ("# comment\nPREFIX a: <x>\n  INSERT DATA {}", True),
    ("BASE <http://x/> WITH <g> DELETE {} WHERE {}", True),
    ("\\u0044ROP ALL", True),
    ("SELECT * {}", False),
    ("PREFIX insert: <x> SELECT * { insert:a ?p ?o }", False),
])
def test_updates_are_recognised(sparql: str, update: bool) -> None:
    assert is_update(sparql) is update


def test_strip_final_separator() -> None:
    assert strip_final_separator("INSERT DATA {} ; # x ;\n") == "INSERT DATA {}  # x ;\n"
    assert strip_final_separator('INSERT DATA { <a> <b> "c;" }') == 'INSERT DATA { <a> <b> "c;" }'


@settings(max_examples=200, deadline=None, database=None)
@given(st.text(st.sampled_from("SERVICE LOAD<>\"'#\n{}?$:\\u0053 .x"), max_size=60))
def test_scan_never_fails(sparql: str) -> None:
    network_access(sparql)
    is_update(sparql)
    strip_final_separator(sparql)


def test_scan_is_linear() -> None:
    hostile = "'''" * 30_000 + "<a" * 30_000 + '"' * 30_000 + "#" * 30_000
    started = time.perf_counter()
    network_access(hostile)
    assert time.perf_counter() - started < 2


# -- HTML ---------------------------------------------------------------------------------

@pytest.mark.parametrize("piece", ["<a ", "<!--", '<a b="', "<a\n", "</", "<![CDATA[",
                                   "<div>", "<p>x"])
def test_html_parsing_is_linear(piece: str) -> None:
    """html.parser alone takes 45 s on 60 kB of '<a '; after sanitise it is linear."""
    timings = []
    for n in (5_000, 40_000):                   # 8 times the input: 8 times the time, not 64
        started = time.perf_counter()
        parse_html(piece * n)
        timings.append(time.perf_counter() - started)
    assert timings[1] < 3 and timings[1] < 24 * timings[0] + 0.3, timings


def test_sanitise_keeps_what_the_reader_needs() -> None:
    page = ('<html><head><meta property="og:title" content="A &amp; B"><title>T</title>'
            "<script>if (a < b) { x = '<p>no</p>' }</script><!-- c --></head>"
            '<body><article class=main><p>Bí thư <b>Trần Văn Bình</b> nói 3 < 4.</p>'
            "<p>Hết</article></body></html>")
    parsed = parse_html(page)
    assert parsed.meta["og:title"] == "A & B"
    assert [b.text for b in parsed.blocks if b.in_article] == [
        "Bí thư Trần Văn Bình nói 3 < 4.", "Hết"]
    assert "no" not in sanitise(page)
