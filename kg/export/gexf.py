"""GEXF 1.3 for Gephi (and Gephi Lite, graphology, networkx): ``kg export --format gexf``.

Written as a stream of text, not through ``networkx.write_gexf``, which builds the whole
XML tree in memory (1.4 GiB at 1M triples, FACTS.md) and passes several defects on to
the user (``None`` raises, ``end=None`` is written as ``"None"``, lists are read as time
triples, an edge key ``type`` becomes the XML edge type, a key with mixed value types is
declared with its first type, control characters make the XML unreadable). Here:

- every attribute is declared once with one type (kg.export.network.NODE_COLUMNS and
  EDGE_COLUMNS: counts are ``integer``) and an element without a value simply has no
  ``attvalue`` for it;
- time is GEXF time: ``timeformat="date"`` and ``<spells>`` of full ISO dates, each with
  a start and an end, so Gephi's timeline plays memberships and events over the years.
  GEXF has no date *attribute* type (Gephi rejects ``type="date"``), so the ``start``,
  ``end`` and ``date`` attributes repeat the dates as ISO text for the data table;
- the relation is the edge's ``kind`` (GEXF 1.3, Gephi's edge type) and a ``relation``
  attribute; the edge ``label`` is the role or verb (``Bí thư``, ``thuộc``, ``chủ trì``);
- node colour and size are ``viz:color`` (r, g, b) and ``viz:size`` (by kind and degree);
- text is cleaned of the characters XML 1.0 forbids; labels are xs:tokens.

The output validates against the GEXF 1.3 RelaxNG schema (gexf.rng). The 1.3 XSD, made
from it by a converter, declares the viz elements in the GEXF namespace instead of the
viz namespace, so it rejects ``viz:color``/``viz:size`` as every GEXF with colours written
by Gephi; the rest validates against the XSD too.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO

from kg import __version__
from kg.export._xml import attr, number, text, text_writer, token
from kg.export.network import (
    EDGE_COLUMNS,
    NODE_COLUMNS,
    Network,
    NetworkExporter,
    Spell,
    Value,
)

NS = "http://gexf.net/1.3"
NS_VIZ = "http://gexf.net/1.3/viz"


def _value(v: Value) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return number(v)
    return str(v)


def _spells(spells: list[Spell]) -> str:
    if not spells:
        return ""
    inner = "".join(f'<spell start="{a.isoformat()}" end="{b.isoformat()}"/>'
                    for a, b in spells)
    return f"<spells>{inner}</spells>"


def _attvalues(attrs: dict[str, Value], columns: list[str]) -> str:
    parts = [f'<attvalue for="{attr(c)}" value="{attr(_value(attrs[c]))}"/>'
             for c in columns if c in attrs]
    return f"<attvalues>{''.join(parts)}</attvalues>" if parts else ""


def write_gexf(net: Network, stream: BinaryIO) -> None:
    """Write ``net`` as GEXF 1.3 to a binary stream."""
    node_cols = [c for c in NODE_COLUMNS if any(c in n.attrs for n in net.nodes.values())]
    edge_cols = [c for c in EDGE_COLUMNS if any(c in e.attrs for e in net.edges)]
    dynamic = any(n.spells for n in net.nodes.values()) or any(e.spells for e in net.edges)
    with text_writer(stream) as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        out.write(f'<gexf xmlns="{NS}" xmlns:viz="{NS_VIZ}" version="1.3">\n')
        out.write(f"  <meta>\n    <creator>orgkg {text(__version__)}</creator>\n"
                  "    <description>Persons, bodies, places, events and articles of "
                  "Vietnamese news (orgkg)</description>\n  </meta>\n")
        time = ' mode="dynamic" timeformat="date" timerepresentation="interval"' \
            if dynamic else ' mode="static"'
        out.write(f'  <graph defaultedgetype="directed" idtype="string"{time}>\n')
        for cls, cols, types in (("node", node_cols, NODE_COLUMNS),
                                 ("edge", edge_cols, EDGE_COLUMNS)):
            if not cols:
                continue
            out.write(f'    <attributes class="{cls}" mode="static">\n')
            for c in cols:
                out.write(f'      <attribute id="{c}" title="{c}" type="{types[c]}"/>\n')
            out.write("    </attributes>\n")
        out.write(f'    <nodes count="{len(net.nodes)}">\n')
        for node in net.nodes.values():
            r, g, b = node.colour
            out.write(f'      <node id="{attr(node.id)}" label="{attr(token(node.label))}">'
                      f"{_attvalues(node.attrs, node_cols)}{_spells(node.spells)}"
                      f'<viz:color r="{r}" g="{g}" b="{b}"/>'
                      f'<viz:size value="{number(node.size)}"/></node>\n')
        out.write("    </nodes>\n")
        out.write(f'    <edges count="{len(net.edges)}">\n')
        for e in net.edges:
            out.write(f'      <edge id="{attr(e.id)}" source="{attr(e.source)}" '
                      f'target="{attr(e.target)}" label="{attr(token(e.label))}" '
                      f'kind="{attr(e.relation)}" weight="{number(e.weight)}">'
                      f"{_attvalues(e.attrs, edge_cols)}{_spells(e.spells)}</edge>\n")
        out.write("    </edges>\n  </graph>\n</gexf>\n")


@dataclass(frozen=True)
class GexfExporter(NetworkExporter):
    name: str = "gexf"
    extensions: tuple[str, ...] = (".gexf",)
    description: str = ("the network for Gephi: persons, bodies, places, events, articles; "
                        "colours, sizes, time spells (GEXF 1.3)")

    def write_network(self, net: Network, stream: BinaryIO) -> None:
        write_gexf(net, stream)


GEXF = GexfExporter()

__all__ = ["GEXF", "GexfExporter", "write_gexf"]
