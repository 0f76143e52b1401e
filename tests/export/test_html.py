"""The HTML view: one file, nothing fetched, and in headless Chromium it draws the nodes
in the colours of their kinds, with no console error and no network request."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from _browser import chromium_path, colour_counts, open_page, read_png
from sample_graph import HUYEN_UY

from kg.export import export
from kg.export.command import check, run
from kg.export.network import COLOURS, NetworkOptions
from kg.store import Store

READY = "window.kgView && window.kgView.ready"
# move the time slider to 2015, read the status line, and go back to every year
SLIDE = """(function () {
  var all = document.getElementById('all-years'), year = document.getElementById('year');
  var view = JSON.stringify(window.kgView);
  all.checked = false; all.dispatchEvent(new Event('change'));
  year.value = '2015'; year.dispatchEvent(new Event('input'));
  var in2015 = document.getElementById('status').textContent;
  all.checked = true; all.dispatchEvent(new Event('change'));
  return [view, in2015, document.getElementById('status').textContent];
})()"""


@pytest.fixture(scope="module")
def page(module_store: Store, tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("pyvis")
    path = tmp_path_factory.mktemp("html") / "view.html"
    export(module_store, "html", path)
    return path


def _data(html: str) -> dict:  # type: ignore[type-arg]
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.DOTALL)
    assert m
    return json.loads(m.group(1))  # type: ignore[no-any-return]


def test_self_contained(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    # no external script, stylesheet, image or frame: everything is inline
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", html, re.IGNORECASE)
    assert "sourceMappingURL" not in html
    assert "vis-network" in html and "@version" in html     # the library is inlined
    data = _data(html)
    assert len(data["nodes"]) == 13 and {k["kind"] for k in data["kinds"]} == {
        "person", "body", "place", "event", "article"}
    assert data["years"] == [2012, 2020]
    # the tricky headline is data, not markup: '<' never appears raw in the data block
    block = html.split('id="kg-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in block


def test_focus_is_marked(module_store: Store, tmp_path: Path) -> None:
    pytest.importorskip("pyvis")
    path = tmp_path / "focus.html"
    run(module_store, check("html", str(path), NetworkOptions.parse(focus="HU Sơn Hà")), str(path))
    html = path.read_text(encoding="utf-8")
    assert _data(html)["focus"] == HUYEN_UY
    assert "<title>orgkg: Huyện ủy Sơn Hà</title>" in html


@pytest.mark.skipif(chromium_path() is None, reason="chromium is not installed")
def test_chromium_draws_the_graph(page: Path) -> None:
    report = open_page(page, READY, width=1000, height=700, evaluate=SLIDE)
    assert report.errors == [], report.errors
    assert report.requests == [page.resolve().as_uri()], report.requests
    view, in2015, every_year = report.value
    assert json.loads(view) == {"ready": True, "nodes": 13, "edges": 23}
    # 2015: Trần Văn Bình's Phó Bí thư post (2012–2015): him and the Huyện ủy
    assert (in2015, every_year) == ("2 / 13 nút", "13 / 13 nút")
    width, height, rows = read_png(report.png)
    assert (width, height) == (1000, 700)
    counts = colour_counts(rows, COLOURS, box=(0, 80, width - 300, height))
    for kind in COLOURS:             # every kind is drawn, as a disc of a few dozen pixels
        assert counts[kind] > 30, (kind, counts)
    assert counts["background"] > counts["other"]
