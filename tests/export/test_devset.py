"""The shared dev set (../shared/eval/dev, read where it lies, never copied) through every
network format: GEXF read by networkx and graphology-gexf and valid against the GEXF 1.3
RelaxNG schema, GraphML and CSV equal to it, Popolo valid. Skipped without the dev set."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from _readback import from_csv_zip, from_gexf_networkx, from_graphml, from_network
from sample_graph import SCHEMAS, SHARED, read_with_graphology
from test_popolo import COLLECTIONS, validators

from kg.export import export
from kg.export.network import Network, build_network
from kg.store import EmbeddedStore, Store

DEV = SHARED / "eval" / "dev" / "articles.jsonl"


@pytest.fixture(scope="module")
def dev(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Path, Network]]:
    if not DEV.is_file():
        pytest.skip(f"the dev set is not at {DEV}")
    from kg.build import build

    folder = tmp_path_factory.mktemp("dev")
    with EmbeddedStore(folder / "store", create=True) as store:
        report = build(store, [DEV], jobs=1)
        assert report.failed == 0
        export(store, "gexf", folder / "dev.gexf")
        yield store, folder, build_network(store)


def test_gexf_networkx(dev: tuple[Store, Path, Network]) -> None:
    _, folder, net = dev
    assert len(net.nodes) > 200 and len(net.edges) > 500
    assert from_gexf_networkx(folder / "dev.gexf") == from_network(net)


def test_gexf_graphology(dev: tuple[Store, Path, Network], graphology_modules: Path) -> None:
    _, folder, net = dev
    got = read_with_graphology(graphology_modules, folder / "dev.gexf")
    assert (got["order"], got["size"]) == (len(net.nodes), len(net.edges))
    want = {n.id: (n.label, n.kind, "rgb({},{},{})".format(*n.colour)) for n in net.nodes.values()}
    assert {n["id"]: (n["label"], n["kind"], n["color"]) for n in got["nodes"]} == want
    assert {e["id"]: (e["relation"], e["label"]) for e in got["edges"]} == \
        {e.id: (e.relation, e.label) for e in net.edges}
    assert sum(len(s) for s in got["edgeSpells"].values()) == \
        sum(len(e.spells) for e in net.edges)


def test_gexf_relaxng(dev: tuple[Store, Path, Network]) -> None:
    rng = SCHEMAS / "gexf" / "1.3" / "gexf.rng"
    if not rng.is_file():
        pytest.skip("no GEXF schema")
    etree = pytest.importorskip("lxml.etree")
    schema = etree.RelaxNG(etree.parse(str(rng)))
    assert schema.validate(etree.parse(str(dev[1] / "dev.gexf"))), schema.error_log


def test_graphml_and_csv_equal_the_gexf(dev: tuple[Store, Path, Network]) -> None:
    store, folder, _ = dev
    export(store, "graphml", folder / "dev.graphml")
    export(store, "csv", folder / "dev.zip")
    gexf = from_gexf_networkx(folder / "dev.gexf")
    assert from_graphml(folder / "dev.graphml") == gexf
    assert from_csv_zip(folder / "dev.zip") == gexf


def test_jsonld_context_covers_the_dataset(dev: tuple[Store, Path, Network]) -> None:
    from test_jsonld_context import prefixed_names

    store, folder, _ = dev
    export(store, "jsonld", folder / "dev.jsonld")
    doc = json.loads((folder / "dev.jsonld").read_text(encoding="utf-8"))
    assert prefixed_names(doc) == set()


def test_popolo_validates(dev: tuple[Store, Path, Network]) -> None:
    store, folder, net = dev
    export(store, "popolo", folder / "dev.popolo")
    doc = json.loads((folder / "dev.popolo").read_text(encoding="utf-8"))
    checks = validators()
    for collection, schema in COLLECTIONS.items():
        for item in doc[collection]:
            assert not list(checks[schema].iter_errors(item)), (collection, item["id"])
    assert len(doc["memberships"]) == len(net.memberships)
