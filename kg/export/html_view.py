"""One self-contained HTML page with an interactive view of the network.

``kg export --format html -o view.html [--focus NAME --depth N] [--kinds ...]`` writes a
single file that works offline: the vis-network library (from the ``pyvis`` package,
which ships it; not a copy kept in this repository), its stylesheet, the graph and a
small script are all inlined, and a Content-Security-Policy forbids the page any network
request. The page has:

- a force-directed drawing, nodes coloured by kind and sized by degree (as in the GEXF);
- a search box (diacritics optional: ``thanh uy ha noi`` finds ``Thành ủy Hà Nội``);
- a legend whose boxes hide or show each kind;
- a time slider over the years of the spells: with a year chosen, the memberships,
  events and articles of that year are shown (undated ones only if asked) with the
  persons, bodies and places they touch;
- details of the node or edge clicked (attributes, dates, sources).
"""
from __future__ import annotations

import importlib.util
import json
import math
import re
from collections import deque
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

from kg.errors import InputError
from kg.export.network import COLOURS, KINDS, Network, NetworkExporter, find_node, hex_colour

KIND_LABELS = {"person": "cá nhân", "body": "cơ quan, tổ chức", "place": "địa bàn",
               "event": "sự kiện", "article": "bài báo"}
#: above this many nodes the page starts from seeded positions and lays out in fewer rounds
LARGE = 800
_TIMED_RELATIONS = {"member", "organizer", "chair", "speaker", "presenter", "attendee",
                    "reports", "names", "namesBody"}


@cache
def vis_network_assets() -> tuple[str, str]:
    """(JavaScript, CSS) of vis-network as the installed pyvis package ships them."""
    spec = importlib.util.find_spec("pyvis")   # found, not imported (pyvis imports IPython)
    roots = list(spec.submodule_search_locations or []) if spec else []
    for root in roots:
        versions = sorted(Path(root, "lib").glob("vis-*/vis-network.min.js"),
                          key=lambda p: [int(x) for x in re.findall(r"\d+", p.parent.name)])
        if versions:
            js = versions[-1].read_text(encoding="utf-8")
            css_path = versions[-1].with_name("vis-network.css")
            css = css_path.read_text(encoding="utf-8") if css_path.is_file() else ""
            # no source map: the page must not ask for any other file
            js = re.sub(r"//[#@] sourceMappingURL=\S*", "", js)
            css = re.sub(r"/\*[#@] sourceMappingURL=\S*\s*\*/", "", css)
            return js, css
    raise InputError("the html export needs the vis-network script that the pyvis package "
                     "ships: install it with  pip install pyvis")


def _tooltip(label: str, kind: str, attrs: dict[str, Any]) -> str:
    lines = [label, KIND_LABELS.get(kind, kind)]
    for key in ("classification", "place", "parent", "event_type", "date", "headline",
                "status", "start", "end", "sources"):
        if key in attrs and str(attrs[key]):
            lines.append(f"{key}: {attrs[key]}")
    return "\n".join(lines)


def seed_positions(net: Network, spacing: float = 18.0) -> dict[str, tuple[float, float]]:
    """Starting positions on a sunflower spiral, in breadth-first order from the busiest
    nodes, so neighbours start near each other and the force layout needs fewer rounds
    (vis-network would start a large graph from a square grid)."""
    adj: dict[str, list[str]] = {n: [] for n in net.nodes}
    for e in net.edges:
        adj[e.source].append(e.target)
        adj[e.target].append(e.source)
    order: list[str] = []
    seen: set[str] = set()
    for start in sorted(adj, key=lambda n: (-len(adj[n]), n)):
        if start in seen:
            continue
        seen.add(start)
        queue = deque([start])
        while queue:
            here = queue.popleft()
            order.append(here)
            for other in sorted(adj[here], key=lambda n: -len(adj[n])):
                if other not in seen:
                    seen.add(other)
                    queue.append(other)
    golden = math.pi * (3 - math.sqrt(5))
    return {n: (round(spacing * math.sqrt(k) * math.cos(k * golden), 1),
                round(spacing * math.sqrt(k) * math.sin(k * golden), 1))
            for k, n in enumerate(order)}


def view_data(net: Network, focus: str | None = None) -> dict[str, Any]:
    """The page's data: nodes and edges as vis-network wants them, plus what the controls
    need (kinds with colours and counts, the years of the spells)."""
    nodes: list[dict[str, Any]] = []
    seeds = seed_positions(net) if len(net.nodes) > LARGE else {}
    for n in net.nodes.values():
        if n.id in seeds:
            nodes.append({"x": seeds[n.id][0], "y": seeds[n.id][1]})
        else:
            nodes.append({})
        nodes[-1].update({
            "id": n.id, "label": n.label, "kind": n.kind, "size": n.size,
            "color": n.colour_hex, "title": _tooltip(n.label, n.kind, n.attrs),
            "attrs": {k: v for k, v in n.attrs.items() if k != "kind"},
            "spells": [[a.isoformat(), b.isoformat()] for a, b in n.spells],
            "timed": n.kind in ("event", "article"),
        })
    edges: list[dict[str, Any]] = []
    for e in net.edges:
        edges.append({
            "id": e.id, "from": e.source, "to": e.target, "label": e.label,
            "relation": e.relation, "value": e.weight,
            "title": _tooltip(e.label, e.relation, e.attrs),
            "attrs": {k: v for k, v in e.attrs.items() if k != "relation"},
            "spells": [[a.isoformat(), b.isoformat()] for a, b in e.spells],
            "timed": e.relation in _TIMED_RELATIONS,
        })
    counts = net.counts()
    span = net.time_span()
    return {
        "nodes": nodes, "edges": edges, "focus": focus,
        "kinds": [{"kind": k, "label": KIND_LABELS[k], "color": hex_colour(COLOURS[k]),
                   "count": counts[k]} for k in KINDS if counts[k]],
        "years": [span[0].year, span[1].year] if span else None,
        "large": LARGE,
    }


def _json_for_script(data: Any) -> str:
    # '<' escaped so no '</script>' or '<!--' can end or confuse the data block
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def render(net: Network, *, title: str = "orgkg", focus: str | None = None) -> str:
    js, css = vis_network_assets()
    data = view_data(net, focus)
    safe_title = (title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    return (_PAGE.replace("%TITLE%", safe_title)
            .replace("%VIS_CSS%", css)
            .replace("%VIEW_CSS%", _VIEW_CSS)
            .replace("%VIEW_JS%", _VIEW_JS)
            .replace("%DATA%", _json_for_script(data))
            .replace("%VIS_JS%", js.replace("</script", "<\\/script")))


@dataclass(frozen=True)
class HtmlExporter(NetworkExporter):
    name: str = "html"
    extensions: tuple[str, ...] = (".html", ".htm")
    description: str = ("one self-contained page (offline): an interactive view, searchable, "
                        "with a time slider")

    def write_network(self, net: Network, stream: BinaryIO) -> None:
        focus = None
        title = "orgkg"
        if self.options.focus:
            node = find_node(net, self.options.focus)
            focus, title = node.id, f"orgkg: {node.label}"
        stream.write(render(net, title=title, focus=focus).encode("utf-8"))


HTML = HtmlExporter()

_PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; \
script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%TITLE%</title>
<style>%VIS_CSS%</style>
<style>%VIEW_CSS%</style>
</head>
<body>
<header>
  <input id="search" type="search" list="names" placeholder="Tìm tên…" autocomplete="off">
  <datalist id="names"></datalist>
  <span id="legend"></span>
  <span id="time">
    <label><input id="all-years" type="checkbox" checked> mọi năm</label>
    <input id="year" type="range" disabled>
    <output id="year-value"></output>
    <label title="thành viên, sự kiện, bài báo không có ngày">
      <input id="undated" type="checkbox"> cả mục không rõ ngày</label>
  </span>
  <span id="status"></span>
</header>
<main>
  <div id="graph"></div>
  <aside id="details"><p class="hint">Bấm vào một nút hoặc một cạnh để xem chi tiết.</p></aside>
</main>
<script type="application/json" id="kg-data">%DATA%</script>
<script>%VIS_JS%</script>
<script>%VIEW_JS%</script>
</body>
</html>
"""

_VIEW_CSS = """
html, body { margin: 0; height: 100%; font: 14px/1.4 "DejaVu Sans", Arial, sans-serif;
  color: #222; background: #fff; }
body { display: flex; flex-direction: column; }
header { display: flex; flex-wrap: wrap; gap: 6px 16px; align-items: center;
  padding: 6px 10px; border-bottom: 1px solid #ddd; background: #fafafa; }
#search { width: 18em; padding: 3px 6px; }
#legend label { margin-right: 10px; white-space: nowrap; cursor: pointer; }
.swatch { display: inline-block; width: 11px; height: 11px; border-radius: 50%;
  margin: 0 4px 0 2px; vertical-align: -1px; }
#time { white-space: nowrap; }
#year { width: 12em; vertical-align: middle; }
#status { color: #666; margin-left: auto; }
main { flex: 1; display: flex; min-height: 0; }
#graph { flex: 1; min-width: 0; }
#details { width: 22em; overflow: auto; padding: 8px 12px; border-left: 1px solid #ddd;
  font-size: 13px; }
#details h2 { font-size: 15px; margin: 4px 0 8px; }
#details table { border-collapse: collapse; }
#details td { vertical-align: top; padding: 1px 6px 1px 0; }
#details td:first-child { color: #666; white-space: nowrap; }
#details ul { padding-left: 18px; margin: 4px 0; }
#details a { color: #1f5fa8; cursor: pointer; text-decoration: underline; }
.hint { color: #888; }
div.vis-tooltip { white-space: pre-line; max-width: 28em; font: 12px "DejaVu Sans", Arial; }
"""

_VIEW_JS = r"""
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('kg-data').textContent);
  var status = document.getElementById('status');
  window.kgView = {ready: false, nodes: data.nodes.length, edges: data.edges.length};
  if (typeof vis === 'undefined') { status.textContent = 'vis-network is missing'; return; }

  function fold(s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd')
      .toLowerCase().replace(/\s+/g, ' ').trim();
  }
  var byId = {};
  data.nodes.forEach(function (n) {
    byId[n.id] = n;
    n.shape = 'dot';
    n.color = {background: n.color, border: n.color,
               highlight: {background: n.color, border: '#222'}};
    if (n.id === data.focus) { n.borderWidth = 4; n.color.border = '#222'; n.size += 6; }
  });
  var small = data.edges.length <= 400;
  data.edges.forEach(function (e) {
    e.arrows = 'to';
    if (!small) { e.font = {size: 0}; }
  });

  var enabled = {};
  data.kinds.forEach(function (k) { enabled[k.kind] = true; });
  var year = null;          // null: every year
  var keepUndated = false;

  function overlaps(spells) {
    for (var i = 0; i < spells.length; i++) {
      if (+spells[i][0].slice(0, 4) <= year && +spells[i][1].slice(0, 4) >= year) return true;
    }
    return false;
  }
  function inTime(el) {
    if (year === null) return true;
    if (el.spells.length) return overlaps(el.spells);
    return !el.timed || keepUndated;
  }
  var visibleNodes = {}, visibleEdges = {};
  function recompute() {
    var touched = {};
    data.edges.forEach(function (e) {
      var a = byId[e.from], b = byId[e.to];
      var ok = !!(a && b && enabled[a.kind] && enabled[b.kind] && inTime(e) && inTime(a) &&
                  inTime(b));
      visibleEdges[e.id] = ok;
      if (ok && e.timed) { touched[e.from] = true; touched[e.to] = true; }
    });
    var shown = 0;
    data.nodes.forEach(function (n) {
      var ok = enabled[n.kind] && inTime(n);
      if (ok && year !== null && !n.timed) ok = !!touched[n.id];
      visibleNodes[n.id] = ok;
      if (ok) shown++;
    });
    status.textContent = shown + ' / ' + data.nodes.length + ' nút';
  }
  recompute();

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var nodeView = new vis.DataView(nodes, {filter: function (n) { return visibleNodes[n.id]; }});
  var edgeView = new vis.DataView(edges, {filter: function (e) {
    return visibleEdges[e.id] && visibleNodes[e.from] && visibleNodes[e.to]; }});
  var large = data.nodes.length > data.large;
  var network = new vis.Network(document.getElementById('graph'),
    {nodes: nodeView, edges: edgeView}, {
      layout: {improvedLayout: data.nodes.length <= 150, randomSeed: 7},
      nodes: {font: {size: 12, face: 'DejaVu Sans, Arial'}, borderWidth: 1},
      edges: {color: {color: '#b8b8b8', highlight: '#444', hover: '#444'},
              font: {size: 9, face: 'DejaVu Sans, Arial', color: '#555',
                     strokeWidth: 2, align: 'middle'},
              smooth: false, width: 1,
              scaling: {min: 1, max: 6, label: {enabled: false}}},
      physics: {solver: 'forceAtlas2Based',
                forceAtlas2Based: {gravitationalConstant: -40, springLength: 90,
                                   avoidOverlap: 0.2},
                stabilization: {iterations: large ? 150 : 400, updateInterval: 50}},
      interaction: {hover: true, tooltipDelay: 150, hideEdgesOnDrag: large}
    });

  function refresh() { recompute(); nodeView.refresh(); edgeView.refresh(); }

  function done() {
    network.setOptions({physics: false});
    network.fit({animation: false});
    if (data.focus && visibleNodes[data.focus]) network.selectNodes([data.focus]);
    network.once('afterDrawing', function () { window.kgView.ready = true; });
    network.redraw();
  }
  if (data.nodes.length) {
    network.on('stabilizationProgress', function (p) {
      status.textContent = 'đang bố trí… ' + Math.round(100 * p.iterations / p.total) + '%';
    });
    network.once('stabilizationIterationsDone', function () { recompute(); done(); });
  } else {
    window.kgView.ready = true;
  }

  // legend: one box per kind
  var legend = document.getElementById('legend');
  data.kinds.forEach(function (k) {
    var label = document.createElement('label');
    var box = document.createElement('input');
    box.type = 'checkbox'; box.checked = true;
    box.addEventListener('change', function () { enabled[k.kind] = box.checked; refresh(); });
    var sw = document.createElement('span');
    sw.className = 'swatch'; sw.style.background = k.color;
    label.appendChild(box); label.appendChild(sw);
    label.appendChild(document.createTextNode(k.label + ' (' + k.count + ')'));
    legend.appendChild(label);
  });

  // time
  var slider = document.getElementById('year'), all = document.getElementById('all-years');
  var out = document.getElementById('year-value'), undated = document.getElementById('undated');
  if (data.years) {
    slider.min = data.years[0]; slider.max = data.years[1]; slider.value = data.years[1];
    out.textContent = data.years[0] + '–' + data.years[1];
  } else {
    all.disabled = true; undated.disabled = true; out.textContent = 'không có ngày';
  }
  function onTime() {
    slider.disabled = all.checked;
    year = all.checked ? null : +slider.value;
    out.textContent = year === null ? data.years[0] + '–' + data.years[1] : String(year);
    refresh();
  }
  all.addEventListener('change', onTime);
  slider.addEventListener('input', onTime);
  undated.addEventListener('change', function () { keepUndated = undated.checked; refresh(); });

  // search
  var list = document.getElementById('names');
  var seen = {};
  data.nodes.forEach(function (n) {
    if (n.kind === 'article' || seen[n.label]) return;
    seen[n.label] = true;
    var o = document.createElement('option'); o.value = n.label; list.appendChild(o);
  });
  var search = document.getElementById('search');
  function find(q) {
    var key = fold(q); if (!key) return null;
    var exact = null, part = null;
    data.nodes.forEach(function (n) {
      var k = fold(n.label);
      if (!exact && k === key) exact = n;
      if (!part && k.indexOf(key) >= 0) part = n;
    });
    return exact || part;
  }
  function go(n) {
    if (!n) { status.textContent = 'không thấy “' + search.value + '”'; return; }
    if (!enabled[n.kind] || !visibleNodes[n.id]) {
      enabled[n.kind] = true; all.checked = true; onTime();
    }
    network.selectNodes([n.id]);
    network.focus(n.id, {scale: 1.3, animation: {duration: 400}});
    showNode(n.id);
  }
  search.addEventListener('change', function () { go(find(search.value)); });
  search.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter') go(find(search.value));
  });

  // details
  var details = document.getElementById('details');
  function el(tag, text) { var x = document.createElement(tag); if (text !== undefined) x.textContent = text; return x; }
  function table(attrs, spells) {
    var t = el('table');
    Object.keys(attrs).forEach(function (k) {
      var tr = el('tr'); tr.appendChild(el('td', k)); tr.appendChild(el('td', String(attrs[k])));
      t.appendChild(tr);
    });
    if (spells.length) {
      var tr = el('tr'); tr.appendChild(el('td', 'thời gian'));
      tr.appendChild(el('td', spells.map(function (s) {
        return s[0] === s[1] ? s[0] : s[0] + ' … ' + s[1]; }).join('; ')));
      t.appendChild(tr);
    }
    return t;
  }
  function showNode(id) {
    var n = byId[id]; if (!n) return;
    details.innerHTML = '';
    details.appendChild(el('h2', n.label));
    details.appendChild(table(n.attrs, n.spells));
    var ul = el('ul');
    data.edges.forEach(function (e) {
      if (e.from !== id && e.to !== id) return;
      // outgoing "Bí thư: Thành ủy X", incoming "Trần Văn Bình (Bí thư)"
      var out = e.from === id, other = byId[out ? e.to : e.from];
      var li = el('li'), a = el('a', other.label);
      a.addEventListener('click', function () { go(other); });
      if (out) { li.appendChild(document.createTextNode(e.label + ': ')); li.appendChild(a); }
      else { li.appendChild(a); li.appendChild(document.createTextNode(' (' + e.label + ')')); }
      ul.appendChild(li);
    });
    details.appendChild(ul);
  }
  network.on('click', function (p) {
    if (p.nodes.length) { showNode(p.nodes[0]); return; }
    if (p.edges.length) {
      var e = edges.get(p.edges[0]);
      details.innerHTML = '';
      details.appendChild(el('h2', byId[e.from].label + ' → ' + byId[e.to].label));
      details.appendChild(el('p', e.label));
      details.appendChild(table(e.attrs, e.spells));
    }
  });
  if (data.focus) showNode(data.focus);
})();
"""

__all__ = ["HTML", "HtmlExporter", "render", "view_data", "vis_network_assets"]
