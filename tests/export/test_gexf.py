"""GEXF: read back by networkx and by graphology-gexf (Gephi Lite's parser) exactly as the
network says, valid against the official GEXF 1.3 schemas, and free of networkx's
write_gexf defects."""
from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
import pytest
from _readback import from_gexf_networkx, from_network
from sample_graph import BINH, EVENT, HUYEN_UY, SCHEMAS, TRICKY, read_with_graphology

from kg.export import export
from kg.export.gexf import write_gexf
from kg.export.network import (
    COLOURS,
    KINDS,
    Edge,
    Network,
    Node,
    build_network,
)
from kg.store import Store

GEXF_13 = SCHEMAS / "gexf" / "1.3"
NS, NS_VIZ = "{http://gexf.net/1.3}", "{http://gexf.net/1.3/viz}"


@pytest.fixture(scope="module")
def written(module_store: Store, tmp_path_factory: pytest.TempPathFactory) -> tuple[Network, Path]:
    path = tmp_path_factory.mktemp("gexf") / "graph.gexf"
    export(module_store, "gexf", path)
    return build_network(module_store), path


def test_networkx_reads_back_every_node_and_edge(written: tuple[Network, Path]) -> None:
    net, path = written
    want_nodes, want_edges = from_network(net)
    got_nodes, got_edges = from_gexf_networkx(path)
    assert got_nodes == want_nodes
    assert got_edges == want_edges


def test_what_the_network_holds(written: tuple[Network, Path]) -> None:
    net, _ = written
    assert net.counts() == {"person": 2, "body": 5, "place": 3, "event": 1, "article": 2}
    nodes, edges = from_network(net)
    # two roles of one person in one body: one edge, both roles, both spells
    member = edges[(BINH, HUYEN_UY, "member")]
    assert member["label"] == "Phó Bí thư, Bí thư"
    assert member["spells"] == [("2012-03-01", "2015-10-20"), ("2020-08-08", "2020-08-08")]
    assert (member["start"], member["end"], member["status"]) == ("2012-03-01", "2020-08-08",
                                                                  "current")
    assert member["articles"] == 2 and member["weight"] == 2.0 and member["sources"] == "a1 a2"
    assert edges[(BINH, EVENT, "chair")]["label"] == "chủ trì"
    assert nodes[HUYEN_UY]["classification"] == "Huyện ủy"
    assert nodes[HUYEN_UY]["aliases"] == "HU Sơn Hà"
    assert nodes[HUYEN_UY]["parent"] == "Đảng bộ tỉnh Quảng An"
    assert nodes[EVENT]["spells"] == [("2020-08-07",
                                                                       "2020-08-07")]
    assert nodes[EVENT]["event_type"] == "hội nghị"
    # the control character is gone, the rest of the headline is kept
    assert nodes["https://w3id.org/orgkg/id/article/a1"]["headline"] == TRICKY.replace("\x0b", "")


def test_graphology_reads_labels_kinds_colours_relations(
        written: tuple[Network, Path], graphology_modules: Path) -> None:
    net, path = written
    got = read_with_graphology(graphology_modules, path)
    assert got["type"] == "directed"
    assert (got["order"], got["size"]) == (len(net.nodes), len(net.edges))
    nodes = {n["id"]: n for n in got["nodes"]}
    for node in net.nodes.values():
        g = nodes[node.id]
        assert (g["label"], g["kind"], g["color"], g["size"]) == \
            (node.label, node.kind, "rgb({},{},{})".format(*COLOURS[node.kind]), node.size)
        assert g["degree"] == node.attrs["degree"]    # an integer, not a string
    edges = {e["id"]: e for e in got["edges"]}
    for e in net.edges:
        g = edges[e.id]
        assert (g["source"], g["target"], g["relation"], g["kind"], g["label"], g["weight"]) == \
            (e.source, e.target, e.relation, e.relation, e.label, e.weight)
    # graphology keeps no spells; the DOM it parses has them all
    assert got["edgeSpells"] == {e.id: [[a.isoformat(), b.isoformat()] for a, b in e.spells]
                                 for e in net.edges if e.spells}
    assert got["nodeSpells"] == {n.id: [[a.isoformat(), b.isoformat()] for a, b in n.spells]
                                 for n in net.nodes.values() if n.spells}


def _schemas() -> None:
    if not (GEXF_13 / "gexf.rng").is_file():
        pytest.skip(f"the GEXF schemas are not in {GEXF_13}")


def test_valid_against_the_gexf_13_relaxng_schema(written: tuple[Network, Path]) -> None:
    _schemas()
    etree = pytest.importorskip("lxml.etree")
    schema = etree.RelaxNG(etree.parse(str(GEXF_13 / "gexf.rng")))
    doc = etree.parse(str(written[1]))
    assert schema.validate(doc), schema.error_log


def test_the_gexf_13_xsd_rejects_only_the_viz_elements(written: tuple[Network, Path]) -> None:
    """The XSD (converted from the RelaxNG) puts color/size in the GEXF namespace instead of
    the viz one: it rejects every viz element, as in Gephi's own files; nothing else."""
    _schemas()
    etree = pytest.importorskip("lxml.etree")
    schema = etree.XMLSchema(etree.parse(str(GEXF_13 / "gexf.xsd")))
    doc = etree.parse(str(written[1]))
    assert not schema.validate(doc)
    assert {e.message.split("'")[1] for e in schema.error_log} == {NS_VIZ + "color"}
    for el in list(doc.iter(NS_VIZ + "*")):
        el.getparent().remove(el)
    assert schema.validate(doc), schema.error_log


def test_header_declares_one_type_per_attribute(written: tuple[Network, Path]) -> None:
    etree = pytest.importorskip("lxml.etree")
    doc = etree.parse(str(written[1]))
    graph = doc.find(NS + "graph")
    assert graph.get("timeformat") == "date" and graph.get("mode") == "dynamic"
    types = {(a.getparent().get("class"), a.get("id")): a.get("type")
             for a in doc.iter(NS + "attribute")}
    assert types[("node", "degree")] == types[("edge", "articles")] == "integer"
    assert types[("node", "kind")] == types[("edge", "relation")] == "string"
    assert len(types) == len(set(types))
    assert "None" not in written[1].read_text(encoding="utf-8")


def test_networkx_write_gexf_defects_do_not_reach_the_file(tmp_path: Path) -> None:
    """Missing values, a 'type' attribute, mixed types, control characters, lists."""
    net = Network(
        nodes={
            "a": Node("a", "person", "Trần\x0bVăn  Bình\n", {"kind": "person", "degree": 1}),
            "b": Node("b", "body", 'Ủy ban "X" <Y> & Z', {"kind": "body", "degree": 1,
                                                          "aliases": "a | b"}),
        },
        edges=[Edge("e0", "a", "b", "member", "Bí thư", 1.0,
                    {"relation": "member", "status": "former", "articles": 3})],
    )
    buf = io.BytesIO()
    write_gexf(net, buf)
    path = tmp_path / "x.gexf"
    path.write_bytes(buf.getvalue())
    g = nx.read_gexf(path)
    assert g.nodes["a"]["label"] == "TrầnVăn Bình"
    assert g.nodes["b"]["label"] == 'Ủy ban "X" <Y> & Z'
    assert "aliases" not in g.nodes["a"]          # absent, not "None"
    assert g.edges["a", "b"]["articles"] == 3 and g.edges["a", "b"]["status"] == "former"
    assert g.graph["mode"] == "static"            # no spells, no timeline


def test_kinds_filter(module_store: Store, tmp_path: Path) -> None:
    from kg.export.gexf import GEXF
    from kg.export.network import NetworkOptions

    path = tmp_path / "g.gexf"
    with path.open("wb") as f:
        GEXF.with_options(NetworkOptions.parse(kinds="person,body")).write(module_store, f)
    nodes, edges = from_gexf_networkx(path)
    assert {d["kind"] for d in nodes.values()} == {"person", "body"}
    assert {r for _, _, r in edges} == {"member", "subOrganizationOf"}
    assert set(KINDS) > {"person", "body"}
