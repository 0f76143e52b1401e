"""GraphML and CSV carry the same nodes, edges, attributes and spells as the GEXF."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from _readback import from_csv_dir, from_csv_zip, from_gexf_networkx, from_graphml

from kg.export import export
from kg.export.command import check, run
from kg.export.csv_tables import interval_text
from kg.export.network import NetworkOptions
from kg.store import Store


@pytest.fixture(scope="module")
def gexf(module_store: Store, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("tables") / "graph.gexf"
    export(module_store, "gexf", path)
    return from_gexf_networkx(path)


def test_graphml_equals_gexf(module_store: Store, tmp_path: Path, gexf) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "graph.graphml"
    export(module_store, "graphml", path)
    assert from_graphml(path) == gexf


def test_csv_zip_equals_gexf(module_store: Store, tmp_path: Path, gexf) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "graph.zip"
    export(module_store, "csv", path)
    assert from_csv_zip(path) == gexf
    with zipfile.ZipFile(path) as zf:
        nodes = zf.read("nodes.csv").decode("utf-8")
        edges = zf.read("edges.csv").decode("utf-8")
    assert nodes.startswith("Id,Label,kind,") and not nodes.startswith("\ufeff")
    assert edges.startswith("Source,Target,Type,Id,Label,Weight,relation,")
    assert "\r\n" in edges


def test_csv_directory_equals_gexf(module_store: Store, tmp_path: Path, gexf) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "tables"
    exporter = check("csv", str(folder), NetworkOptions())
    written = run(module_store, exporter, str(folder))
    assert sorted(Path(p).name for p in written) == ["edges.csv", "nodes.csv"]
    assert from_csv_dir(folder) == gexf
    # again into the same directory: replaced, nothing left behind
    run(module_store, exporter, str(folder))
    assert sorted(p.name for p in folder.iterdir()) == ["edges.csv", "nodes.csv"]


def test_gephi_interval_syntax() -> None:
    from datetime import date

    assert interval_text([]) == ""
    assert interval_text([(date(2012, 3, 1), date(2015, 10, 20)),
                          (date(2020, 8, 8), date(2020, 8, 8))]) == \
        "<[2012-03-01, 2015-10-20]; [2020-08-08, 2020-08-08]>"
