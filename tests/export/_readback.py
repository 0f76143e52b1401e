"""Each network format read back into one comparable shape.

``nodes``: id -> {"label", "kind", "color" (hex), "size", "spells", attribute: value};
``edges``: (source, target, relation) -> {"id", "label", "weight", "spells", attribute: value}.
Spells are lists of (start, end) ISO strings; integers stay integers.
"""
from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path
from typing import Any

import networkx as nx

from kg.export.network import EDGE_COLUMNS, NODE_COLUMNS, Network

Shape = tuple[dict[str, dict[str, Any]], dict[tuple[str, str, str], dict[str, Any]]]


def from_network(net: Network) -> Shape:
    nodes = {}
    for n in net.nodes.values():
        d: dict[str, Any] = dict(n.attrs)
        d.update(label=n.label, kind=n.kind, color=n.colour_hex, size=n.size,
                 spells=[(a.isoformat(), b.isoformat()) for a, b in n.spells])
        nodes[n.id] = d
    edges = {}
    for e in net.edges:
        d = dict(e.attrs)
        d.update(id=e.id, label=e.label, weight=e.weight,
                 spells=[(a.isoformat(), b.isoformat()) for a, b in e.spells])
        edges[(e.source, e.target, e.relation)] = d
    return nodes, edges


def from_gexf_networkx(path: Path) -> Shape:
    g = nx.read_gexf(path)
    nodes = {}
    for nid, data in g.nodes(data=True):
        d = {k: v for k, v in data.items() if k != "viz"}
        c = data["viz"]["color"]
        d["color"] = f"#{c['r']:02x}{c['g']:02x}{c['b']:02x}"
        d["size"] = data["viz"]["size"]
        d["spells"] = [tuple(s) for s in data.get("spells", [])]
        nodes[nid] = d
    edges = {}
    for s, t, data in g.edges(data=True):
        d = dict(data)
        d["spells"] = [tuple(x) for x in data.get("spells", [])]
        edges[(s, t, d["relation"])] = d
    return nodes, edges


def _spells(text: str) -> list[tuple[str, str]]:
    return [tuple(p.split("/")) for p in text.split(";") if p]  # type: ignore[misc]


def from_graphml(path: Path) -> Shape:
    g = nx.read_graphml(path)
    nodes = {}
    for nid, data in g.nodes(data=True):
        d = {k: v for k, v in data.items() if k != "shape_type"}   # yEd's, not ours
        d["spells"] = _spells(d.pop("spells", ""))
        nodes[nid] = d
    edges = {}
    # with parallel edges networkx reads a MultiDiGraph and keeps the edge id as its key
    triples = g.edges(keys=True, data=True) if g.is_multigraph() else \
        ((s, t, None, d) for s, t, d in g.edges(data=True))
    for s, t, key, data in triples:
        d = dict(data)
        if key is not None:
            d.setdefault("id", key)
        d["spells"] = _spells(d.pop("spells", ""))
        edges[(s, t, d["relation"])] = d
    return nodes, edges


_INTERVAL = re.compile(r"\[([^,\]]+), ([^\]]+)\]")


def _typed(columns: dict[str, str], key: str, value: str) -> Any:
    return int(value) if columns.get(key) == "integer" else value


def from_csv_tables(nodes_csv: str, edges_csv: str) -> Shape:
    nodes = {}
    for row in csv.DictReader(io.StringIO(nodes_csv)):
        d: dict[str, Any] = {k: _typed(NODE_COLUMNS, k, v) for k, v in row.items()
                             if k not in ("Id", "Label", "Color", "Size", "Interval") and v != ""}
        d.update(label=row["Label"], color=row["Color"], size=float(row["Size"]),
                 spells=_INTERVAL.findall(row["Interval"]))
        nodes[row["Id"]] = d
    edges = {}
    for row in csv.DictReader(io.StringIO(edges_csv)):
        assert row["Type"] == "Directed"
        d = {k: _typed(EDGE_COLUMNS, k, v) for k, v in row.items()
             if k not in ("Source", "Target", "Type", "Id", "Label", "Weight", "Interval")
             and v != ""}
        d.update(id=row["Id"], label=row["Label"], weight=float(row["Weight"]),
                 spells=_INTERVAL.findall(row["Interval"]))
        edges[(row["Source"], row["Target"], row["relation"])] = d
    return nodes, edges


def from_csv_zip(path: Path) -> Shape:
    with zipfile.ZipFile(path) as zf:
        assert sorted(zf.namelist()) == ["edges.csv", "nodes.csv"]
        return from_csv_tables(zf.read("nodes.csv").decode("utf-8"),
                               zf.read("edges.csv").decode("utf-8"))


def from_csv_dir(path: Path) -> Shape:
    return from_csv_tables((path / "nodes.csv").read_text(encoding="utf-8"),
                           (path / "edges.csv").read_text(encoding="utf-8"))
