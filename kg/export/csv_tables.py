"""Two CSV tables in Gephi's spreadsheet-import layout: ``kg export --format csv``.

- ``nodes.csv``: ``Id``, ``Label``, ``kind`` and the other node attributes, ``Color``
  (hex), ``Size`` and ``Interval``;
- ``edges.csv``: ``Source``, ``Target``, ``Type`` (``Directed``), ``Id``, ``Label``,
  ``Weight``, ``relation`` and the other edge attributes (``start``, ``end`` …),
  ``Interval``.

``Interval`` is Gephi's interval-set syntax (``<[2017-06-26, 2019-10-18]; [...]>``): in
Gephi's import wizard give that column the type *Interval* to get the timeline. Files are
UTF-8 without a byte-order mark (Gephi would read a BOM into the first column's name) and
use CRLF line ends, quoting as RFC 4180.

Where they go (``-o``): a path ending in ``.zip`` gets a zip archive holding both files
(that is also what the exporter writes to a stream: ``-o -``); any other path is a
directory, created if missing, in which ``nodes.csv`` and ``edges.csv`` are written
(each replaced only once complete).
"""
from __future__ import annotations

import csv
import io
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from kg.errors import InputError
from kg.export.network import (
    EDGE_COLUMNS,
    NODE_COLUMNS,
    Network,
    NetworkExporter,
    Spell,
    Value,
    build_network,
)
from kg.store.base import Store

NODES_FILE = "nodes.csv"
EDGES_FILE = "edges.csv"


def interval_text(spells: list[Spell]) -> str:
    """Gephi's interval set: ``<[2017-06-26, 2019-10-18]; [2020-01-01, 2020-01-01]>``."""
    if not spells:
        return ""
    return "<" + "; ".join(f"[{a.isoformat()}, {b.isoformat()}]" for a, b in spells) + ">"


def _cell(v: Value) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else repr(v)
    return str(v)


def tables(net: Network) -> tuple[str, str]:
    """The text of ``nodes.csv`` and ``edges.csv``."""
    node_cols = [c for c in NODE_COLUMNS if c == "kind" or
                 any(c in n.attrs for n in net.nodes.values())]
    node_cols = ["kind", *[c for c in node_cols if c != "kind"]]
    edge_cols = [c for c in EDGE_COLUMNS if c == "relation" or any(c in e.attrs for e in net.edges)]
    edge_cols = ["relation", *[c for c in edge_cols if c != "relation"]]

    nodes = io.StringIO()
    w = csv.writer(nodes, lineterminator="\r\n")
    w.writerow(["Id", "Label", *node_cols, "Color", "Size", "Interval"])
    for n in net.nodes.values():
        w.writerow([n.id, n.label, *[_cell(n.attrs[c]) if c in n.attrs else "" for c in node_cols],
                    n.colour_hex, _cell(n.size), interval_text(n.spells)])
    edges = io.StringIO()
    w = csv.writer(edges, lineterminator="\r\n")
    w.writerow(["Source", "Target", "Type", "Id", "Label", "Weight", *edge_cols, "Interval"])
    for e in net.edges:
        w.writerow([e.source, e.target, "Directed", e.id, e.label, _cell(e.weight),
                    *[_cell(e.attrs[c]) if c in e.attrs else "" for c in edge_cols],
                    interval_text(e.spells)])
    return nodes.getvalue(), edges.getvalue()


def write_zip(net: Network, stream: BinaryIO) -> None:
    nodes, edges = tables(net)
    buffer = io.BytesIO()   # zipfile needs to seek; stdout cannot
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, content in ((NODES_FILE, nodes), (EDGES_FILE, edges)):
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, content.encode("utf-8"))
    stream.write(buffer.getvalue())


def write_directory(store: Store, directory: str | os.PathLike[str],
                    exporter: CsvExporter | None = None) -> list[Path]:
    """Write ``nodes.csv`` and ``edges.csv`` into ``directory`` (created if missing)."""
    from kg.export import atomic_output

    folder = Path(directory)
    if folder.exists() and not folder.is_dir():
        raise InputError(f"-o {folder}: it is a file; the csv export writes two tables, so "
                         "give a directory or a name ending in .zip")
    if not folder.parent.is_dir():
        raise InputError(f"-o {folder}: the directory {folder.parent} does not exist; "
                         "create it first")
    net = build_network(store, (exporter or CSV).options)
    nodes, edges = tables(net)
    folder.mkdir(exist_ok=True)
    written = []
    for name, content in ((NODES_FILE, nodes), (EDGES_FILE, edges)):
        with atomic_output(folder / name) as stream:
            stream.write(content.encode("utf-8"))
        written.append(folder / name)
    return written


@dataclass(frozen=True)
class CsvExporter(NetworkExporter):
    name: str = "csv"
    extensions: tuple[str, ...] = (".zip",)
    description: str = ("nodes.csv and edges.csv for Gephi's spreadsheet import and "
                        "spreadsheets (-o DIR, or -o FILE.zip)")

    def write_network(self, net: Network, stream: BinaryIO) -> None:
        write_zip(net, stream)


CSV = CsvExporter()

__all__ = [
    "CSV",
    "EDGES_FILE",
    "NODES_FILE",
    "CsvExporter",
    "interval_text",
    "tables",
    "write_directory",
    "write_zip",
]
