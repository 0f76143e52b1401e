"""The organisational chart: DOT text, and SVG/PNG drawn by Graphviz when it is there."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sample_graph import HUYEN_UY

from kg.errors import InputError
from kg.export.chart import chart_bodies, to_dot
from kg.export.command import check, run
from kg.export.network import NetworkOptions, read_network
from kg.store import Store

needs_dot = pytest.mark.skipif(shutil.which("dot") is None, reason="graphviz is not installed")


def test_bodies_of_a_chart(module_store: Store) -> None:
    net = read_network(module_store)
    full, small = chart_bodies(net, "Huyện ủy Sơn Hà", 2)
    assert full[0] == HUYEN_UY and len(full) == 3          # the body and its two sub-bodies
    assert [net.nodes[b].label for b in small] == ["Đảng bộ tỉnh Quảng An"]
    assert chart_bodies(net, "Huyện ủy Sơn Hà", 0)[0] == [HUYEN_UY]
    with pytest.raises(InputError, match="is a person"):
        chart_bodies(net, "Trần Văn Bình", 1)


def test_dot_lists_holders_heads_first(module_store: Store) -> None:
    dot = to_dot(read_network(module_store), "Huyện ủy Sơn Hà", 1)
    assert dot.index("Bí thư</FONT></TD><TD ALIGN=\"LEFT\"><FONT COLOR=\"#222222\">"
                     "Trần Văn Bình (2020)") \
        < dot.index("Phó Bí thư</FONT></TD><TD ALIGN=\"LEFT\"><FONT COLOR=\"#888888\">"
                    "Trần Văn Bình (nguyên, đến 2016)")
    assert "Lê Thị Hoa (nguyên)" in dot              # Trưởng ban of Ban Tổ chức
    assert dot.count(" -> ") == 3


@needs_dot
@pytest.mark.parametrize("fmt", ["svg", "png"])
def test_graphviz_draws_it(module_store: Store, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"chart.{fmt}"
    run(module_store, check(fmt, str(path), NetworkOptions.parse(focus="Huyện ủy Sơn Hà")),
        str(path))
    data = path.read_bytes()
    if fmt == "png":
        assert data.startswith(b"\x89PNG")
    else:
        from xml.etree import ElementTree

        root = ElementTree.fromstring(data)
        texts = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
        assert "Huyện ủy Sơn Hà" in texts and "Trần Văn Bình (2020)" in texts
