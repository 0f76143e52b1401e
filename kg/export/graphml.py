"""GraphML for yEd, Cytoscape and networkx: ``kg export --format graphml``.

The same network as the GEXF export (kg.export.network), streamed as text. Every
attribute is a ``<key>`` with one ``attr.type`` (``int`` for counts, ``double`` for
sizes and weights, ``string`` otherwise); a node or edge without a value has no
``<data>`` for it. GraphML has no time: the spells are the ``spells`` attribute, ISO 8601
intervals ``start/end`` separated by ``;``, and ``start``/``end`` as in the GEXF.

yEd draws a GraphML file with the yFiles graphics it finds (``y:ShapeNode``: fill colour,
label; ``y:PolyLineEdge``: label, arrow); Cytoscape and networkx read the plain keys
(networkx also turns the yFiles node shape into a ``shape_type`` attribute).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO

from kg.export._xml import attr, number, text, text_writer
from kg.export.network import (
    EDGE_COLUMNS,
    NODE_COLUMNS,
    Network,
    NetworkExporter,
    Spell,
    Value,
)

NS = "http://graphml.graphdrawing.org/xmlns"
NS_Y = "http://www.yworks.com/xml/graphml"
_TYPES = {"string": "string", "integer": "int", "double": "double", "boolean": "boolean"}


def spells_text(spells: list[Spell]) -> str:
    """``2017-06-26/2019-10-18;2020-01-01/2020-01-01``."""
    return ";".join(f"{a.isoformat()}/{b.isoformat()}" for a, b in spells)


def _value(v: Value) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return number(v)
    return str(v)


def write_graphml(net: Network, stream: BinaryIO) -> None:
    """Write ``net`` as GraphML to a binary stream."""
    node_cols = [c for c in NODE_COLUMNS if any(c in n.attrs for n in net.nodes.values())]
    edge_cols = [c for c in EDGE_COLUMNS if any(c in e.attrs for e in net.edges)]
    node_spells = any(n.spells for n in net.nodes.values())
    edge_spells = any(e.spells for e in net.edges)
    with text_writer(stream) as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        out.write(f'<graphml xmlns="{NS}" xmlns:y="{NS_Y}">\n')
        keys: list[tuple[str, str, str, str]] = [("n_label", "node", "label", "string")]
        keys += [(f"n_{c}", "node", c, _TYPES[NODE_COLUMNS[c]]) for c in node_cols]
        keys += [("n_color", "node", "color", "string"), ("n_size", "node", "size", "double")]
        if node_spells:
            keys.append(("n_spells", "node", "spells", "string"))
        keys += [("e_label", "edge", "label", "string"), ("e_weight", "edge", "weight", "double")]
        keys += [(f"e_{c}", "edge", c, _TYPES[EDGE_COLUMNS[c]]) for c in edge_cols]
        if edge_spells:
            keys.append(("e_spells", "edge", "spells", "string"))
        for kid, for_, name, typ in keys:
            out.write(f'  <key id="{kid}" for="{for_}" attr.name="{name}" attr.type="{typ}"/>\n')
        out.write('  <key id="n_yfiles" for="node" yfiles.type="nodegraphics"/>\n')
        out.write('  <key id="e_yfiles" for="edge" yfiles.type="edgegraphics"/>\n')
        out.write('  <graph id="orgkg" edgedefault="directed">\n')
        for node in net.nodes.values():
            label = text(node.label)
            data = [f'<data key="n_label">{label}</data>']
            data += [f'<data key="n_{c}">{text(_value(node.attrs[c]))}</data>'
                     for c in node_cols if c in node.attrs]
            data.append(f'<data key="n_color">{node.colour_hex}</data>')
            data.append(f'<data key="n_size">{number(node.size)}</data>')
            if node.spells:
                data.append(f'<data key="n_spells">{spells_text(node.spells)}</data>')
            data.append('<data key="n_yfiles"><y:ShapeNode>'
                        f'<y:Fill color="{node.colour_hex.upper()}"/>'
                        f"<y:NodeLabel>{label}</y:NodeLabel>"
                        '<y:Shape type="ellipse"/></y:ShapeNode></data>')
            out.write(f'    <node id="{attr(node.id)}">{"".join(data)}</node>\n')
        for e in net.edges:
            label = text(e.label)
            data = [f'<data key="e_label">{label}</data>',
                    f'<data key="e_weight">{number(e.weight)}</data>']
            data += [f'<data key="e_{c}">{text(_value(e.attrs[c]))}</data>'
                     for c in edge_cols if c in e.attrs]
            if e.spells:
                data.append(f'<data key="e_spells">{spells_text(e.spells)}</data>')
            data.append('<data key="e_yfiles"><y:PolyLineEdge>'
                        '<y:Arrows source="none" target="standard"/>'
                        f"<y:EdgeLabel>{label}</y:EdgeLabel></y:PolyLineEdge></data>")
            out.write(f'    <edge id="{attr(e.id)}" source="{attr(e.source)}" '
                      f'target="{attr(e.target)}">{"".join(data)}</edge>\n')
        out.write("  </graph>\n</graphml>\n")


@dataclass(frozen=True)
class GraphmlExporter(NetworkExporter):
    name: str = "graphml"
    extensions: tuple[str, ...] = (".graphml",)
    description: str = "the network for yEd, Cytoscape and networkx (GraphML)"

    def write_network(self, net: Network, stream: BinaryIO) -> None:
        write_graphml(net, stream)


GRAPHML = GraphmlExporter()

__all__ = ["GRAPHML", "GraphmlExporter", "spells_text", "write_graphml"]
