"""An organisational chart as SVG or PNG, drawn by Graphviz ``dot``.

``kg export --format svg --focus "Thành ủy Hà Nội" -o chart.svg`` draws one body: the
chain of bodies it belongs to above it (small boxes), the body, and its sub-bodies down
to ``--depth`` levels; each box lists the holders of its posts by role, heads first,
former holders greyed, with the years articles attest. Without ``--focus`` every body
that has a parent or a sub-body is drawn. ``--since``/``--until`` keep the memberships of
that window (undated ones are left out, as for the network formats).

Graphviz is a program, not a Python package: on Debian ``apt-get install graphviz``.
"""
from __future__ import annotations

import shutil
import subprocess
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from typing import BinaryIO

from kg.errors import InputError
from kg.export.network import (
    COLOURS,
    KINDS,
    Membership,
    Network,
    NetworkExporter,
    build_network,
    find_node,
)
from kg.store.base import Store

#: most holders listed in one box; the rest are counted
MAX_HOLDERS = 12
_EPOCH = date(1900, 1, 1)
_MINOR = ("ủy viên", "thành viên", "đại biểu", "hội viên")


def _html(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _dot_id(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _role_rank(role: str) -> tuple[int, str]:
    low = role.lower()
    if low.startswith(_MINOR):
        return 2, low
    return (1 if low.startswith("phó ") else 0), low


def _years(m: Membership) -> str:
    if m.status == "former":
        return f"nguyên, đến {m.ended_by.year}" if m.ended_by else "nguyên"
    if m.start and m.end and m.start.year != m.end.year:
        return f"{m.start.year}–{m.end.year}"
    return str(m.start.year) if m.start else ""


def chart_bodies(net: Network, focus: str | None, depth: int) -> tuple[list[str], list[str]]:
    """(bodies in full, bodies drawn small): the focus, its sub-bodies and its ancestors,
    or every body in a hierarchy when there is no focus."""
    parent: dict[str, str] = {}
    children: dict[str, list[str]] = defaultdict(list)
    for e in net.edges:
        if e.relation == "subOrganizationOf":
            parent.setdefault(e.source, e.target)
            children[e.target].append(e.source)
    if focus is None:
        full = sorted({b for b in net.nodes if net.nodes[b].kind == "body" and
                       (b in parent or b in children)})
        return full, []
    node = find_node(net, focus)
    if node.kind != "body":
        raise InputError(f"--focus {focus!r} is a {node.kind}; the chart draws a body: "
                         "give the name of a body, e.g. --focus \"Thành ủy Hà Nội\"")
    full, level = [node.id], [node.id]
    for _ in range(max(depth, 0)):
        level = sorted({c for b in level for c in children.get(b, ())} - set(full))
        full += level
    small, up = [], parent.get(node.id)
    while up and up not in small and up not in full:
        small.append(up)
        up = parent.get(up)
    return full, small


def to_dot(net: Network, focus: str | None = None, depth: int = 2) -> str:
    """The chart as Graphviz DOT text."""
    full, small = chart_bodies(net, focus, depth)
    drawn = set(full) | set(small)
    holders: dict[str, list[Membership]] = defaultdict(list)
    for m in net.memberships:
        if m.body in drawn and m.person in net.nodes:
            holders[m.body].append(m)
    r, g, b = COLOURS["body"]
    head = f"#{r:02x}{g:02x}{b:02x}"
    lines = ["digraph chart {",
             ('  graph [rankdir=TB, nodesep=0.25, ranksep=0.45, fontname="DejaVu Sans", '
              'charset="UTF-8", bgcolor="white"];'),
             '  node [shape=plain, fontname="DejaVu Sans", fontsize=10];',
             '  edge [arrowhead=none, color="#888888"];']
    for body in small:
        lines.append(f"  {_dot_id(body)} [label=<<TABLE BORDER=\"1\" CELLBORDER=\"0\" "
                     f"COLOR=\"#bbbbbb\" CELLPADDING=\"3\"><TR><TD><FONT COLOR=\"#555555\">"
                     f"{_html(net.nodes[body].label)}</FONT></TD></TR></TABLE>>];")
    for body in full:
        rows = [(f'<TR><TD COLSPAN="2" BGCOLOR="{head}"><FONT COLOR="white"><B>'
                 f"{_html(net.nodes[body].label)}</B></FONT></TD></TR>")]
        ms = sorted(holders.get(body, []), key=lambda m: (
            m.status == "former", _role_rank(m.role), -(m.end or m.start or _EPOCH).toordinal(),
            net.nodes[m.person].label))
        for m in ms[:MAX_HOLDERS]:
            colour = "#888888" if m.status == "former" else "#222222"
            when = _years(m)
            who = net.nodes[m.person].label + (f" ({when})" if when else "")
            rows.append(f'<TR><TD ALIGN="LEFT"><FONT COLOR="{colour}">{_html(m.role)}</FONT></TD>'
                        f'<TD ALIGN="LEFT"><FONT COLOR="{colour}">{_html(who)}</FONT></TD></TR>')
        if len(ms) > MAX_HOLDERS:
            rows.append(f'<TR><TD COLSPAN="2" ALIGN="LEFT"><FONT COLOR="#888888">… và '
                        f"{len(ms) - MAX_HOLDERS} người khác</FONT></TD></TR>")
        border = "2" if focus and body == full[0] else "1"
        lines.append(f"  {_dot_id(body)} [label=<<TABLE BORDER=\"{border}\" CELLBORDER=\"0\" "
                     f"COLOR=\"{head}\" CELLSPACING=\"0\" CELLPADDING=\"3\">{''.join(rows)}"
                     "</TABLE>>];")
    for e in net.edges:
        if e.relation == "subOrganizationOf" and e.source in drawn and e.target in drawn:
            lines.append(f"  {_dot_id(e.target)} -> {_dot_id(e.source)};")
    lines.append("}")
    return "\n".join(lines) + "\n"


def render(dot_text: str, fmt: str) -> bytes:
    """Run Graphviz ``dot -T<fmt>`` on ``dot_text``."""
    exe = shutil.which("dot")
    if exe is None:
        raise InputError(f"the {fmt} chart is drawn by Graphviz, which is not installed: "
                         "install it (Debian/Ubuntu: apt-get install graphviz)")
    args = [exe, f"-T{fmt}"] + (["-Gdpi=96"] if fmt == "png" else [])
    proc = subprocess.run(args, input=dot_text.encode("utf-8"), capture_output=True,
                          timeout=900, check=False)
    if proc.returncode != 0 or not proc.stdout:
        raise InputError(f"Graphviz could not draw the chart: "
                         f"{proc.stderr.decode('utf-8', 'replace').strip()[:300]}")
    return proc.stdout


@dataclass(frozen=True)
class ChartExporter(NetworkExporter):
    graphviz_format: str = "svg"

    def write(self, store: Store, stream: BinaryIO) -> None:
        # holders need persons and bodies whatever --kinds says; --focus is applied here
        opts = replace(self.options, kinds=KINDS, focus=None)
        self.write_network(build_network(store, opts), stream)

    def write_network(self, net: Network, stream: BinaryIO) -> None:
        dot_text = to_dot(net, self.options.focus, self.options.depth)
        stream.write(render(dot_text, self.graphviz_format))


SVG = ChartExporter(name="svg", extensions=(".svg",), graphviz_format="svg",
                   description="one body's organisational chart (--focus), drawn by Graphviz")
PNG = ChartExporter(name="png", extensions=(".png",), graphviz_format="png",
                   description="one body's organisational chart (--focus) as a PNG picture")

__all__ = ["PNG", "SVG", "ChartExporter", "chart_bodies", "render", "to_dot"]
