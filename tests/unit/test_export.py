"""Every registered exporter, and the RDF ones round-tripped through rdflib by isomorphism."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import BinaryIO

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.errors import InputError
from kg.export import EXPORTERS, atomic_output, export, format_for_path, get_exporter
from kg.export.rdf_formats import JsonLdExporter
from kg.store import EmbeddedStore, Store

ID = "https://w3id.org/orgkg/id/"
A1, A2 = ID + "article/a1", ID + "article/a2"
XSD = "http://www.w3.org/2001/XMLSchema#"
TRICKY = 'Nói: """trích dẫn""" > hết\nDòng 2 có "ngoặc" và \\ và kết thúc bằng "'
TRICKY_NT = TRICKY.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")

G1 = f"""\
<{A1}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/NewsArticle> .
<{A1}> <https://schema.org/datePublished> "2017-06-26"^^<{XSD}date> .
<{A1}> <https://schema.org/headline> "{TRICKY_NT}" .
<{ID}person/tran-van-binh> <http://xmlns.com/foaf/0.1/name> "Trần Văn Bình" .
<{ID}body/quan-uy-ba-vi> <http://www.w3.org/2004/02/skos/core#prefLabel> "Quận ủy Ba Vì"@vi .
<{ID}m/1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/org#Membership> .
<{ID}m/1> <http://www.w3.org/ns/org#member> <{ID}person/tran-van-binh> .
<{ID}m/1> <http://www.w3.org/ns/org#memberDuring> _:i .
_:i <http://www.w3.org/2006/time#hasBeginning> _:t .
_:t <http://www.w3.org/2006/time#inXSDDate> "2017-06-26"^^<{XSD}date> .
"""
G2 = f"""\
<{A2}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/NewsArticle> .
<{A2}> <https://schema.org/datePublished> "2019-10-18"^^<{XSD}date> .
<{ID}person/tran-van-binh> <http://xmlns.com/foaf/0.1/name> "Trần Văn Bình" .
<{ID}body/quan-uy-ba-vi> <http://www.w3.org/2004/02/skos/core#prefLabel> "Quận ủy Ba Vì"@vi .
<{ID}e/1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/orgkg#Conference> .
<{ID}e/1> <https://schema.org/name> "Hội nghị lần thứ 5"@vi .
<{ID}e/1> <https://schema.org/startDate> "2019-10-18"^^<{XSD}date> .
<{ID}e/1> <https://schema.org/attendee> _:i .
_:i <http://xmlns.com/foaf/0.1/name> "Lê Thị Hoa" .
"""

#: how to read each RDF exporter's output back: (rdflib format, is it a dataset?)
READERS = {
    "turtle": ("turtle", False),
    "ntriples": ("nt", False),
    "jsonld": ("json-ld", False),
    "trig": ("trig", True),
    "nquads": ("nquads", True),
}


def _graph(nt: str) -> Graph:
    return Graph().parse(data=nt, format="nt")


def _union() -> Graph:
    union = Graph()
    for nt in (G1, G2):  # each parse mints its own blank nodes, as the store does
        union += _graph(nt)
    return union


def _assert_isomorphic(expected: Graph, got: Graph) -> None:
    if not isomorphic(expected, got):
        _, only_expected, only_got = graph_diff(to_isomorphic(expected), to_isomorphic(got))
        pytest.fail(
            "graphs differ\nonly expected:\n"
            + only_expected.serialize(format="nt")
            + "only written:\n"
            + only_got.serialize(format="nt")
        )


@pytest.fixture
def store(tmp_path: Path):
    with EmbeddedStore(tmp_path / "store") as s:
        s.replace_graphs({A1: G1, A2: G2})
        yield s


def _check_round_trip(name: str, path: Path) -> None:
    fmt, is_dataset = READERS[name]
    if is_dataset:
        ds = Dataset()
        ds.parse(path, format=fmt)
        names = {str(g.identifier) for g in ds.graphs() if len(g)}
        assert names == {A1, A2}
        _assert_isomorphic(_graph(G1), ds.graph(URIRef(A1)))
        _assert_isomorphic(_graph(G2), ds.graph(URIRef(A2)))
    else:
        _assert_isomorphic(_union(), Graph().parse(path, format=fmt))


@pytest.mark.parametrize("name", sorted(READERS))
def test_rdf_round_trip(store: Store, tmp_path: Path, name: str) -> None:
    path = tmp_path / f"out{EXPORTERS[name].extensions[0]}"
    export(store, name, path)
    _check_round_trip(name, path)


@pytest.mark.parametrize("name", sorted(EXPORTERS))
def test_every_exporter_writes_its_extension(store: Store, tmp_path: Path, name: str) -> None:
    exporter = get_exporter(name)
    assert exporter.description and exporter.extensions
    for ext in exporter.extensions:
        assert ext.startswith(".") and format_for_path(f"x{ext.upper()}") == name
    path = tmp_path / f"out{exporter.extensions[0]}"
    export(store, None, path)  # the format comes from the extension
    assert path.stat().st_size > 0
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_all_rdf_exporters_are_registered() -> None:
    assert set(READERS) <= set(EXPORTERS)


@pytest.mark.parametrize("name", ["turtle", "trig"])
def test_contract_prefixes(store: Store, tmp_path: Path, name: str) -> None:
    path = tmp_path / "out"
    export(store, name, path)
    text = path.read_text(encoding="utf-8")
    assert "@prefix org: <http://www.w3.org/ns/org#> ." in text
    assert "@prefix schema: <https://schema.org/> ." in text
    assert "schema:NewsArticle" in text and "org:Membership" in text


def test_union_writes_each_triple_once(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "out.nt"
    export(store, "ntriples", path)
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    assert len(lines) == len(_union()) == 17


def test_jsonld_without_context_is_expanded(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "out.jsonld"
    with atomic_output(path) as stream:
        JsonLdExporter(context_path=None).write(store, stream)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(doc, list) and "@context" not in json.dumps(doc)
    _assert_isomorphic(_union(), Graph().parse(path, format="json-ld"))


def test_jsonld_with_a_context_is_compacted(store: Store, tmp_path: Path) -> None:
    context = {"@context": {
        "schema": "https://schema.org/", "foaf": "http://xmlns.com/foaf/0.1/",
        "skos": "http://www.w3.org/2004/02/skos/core#", "xsd": XSD,
        "name": "foaf:name",
        "prefLabel": {"@id": "skos:prefLabel", "@language": "vi"},
        "datePublished": {"@id": "schema:datePublished", "@type": "xsd:date"},
    }}
    ctx = tmp_path / "context.jsonld"
    ctx.write_text(json.dumps(context), encoding="utf-8")
    path = tmp_path / "out.jsonld"
    with atomic_output(path) as stream:
        JsonLdExporter(context_path=ctx).write(store, stream)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["@context"] == context["@context"]
    text = path.read_text(encoding="utf-8")
    assert '"prefLabel": "Quận ủy Ba Vì"' in text and '"datePublished": "2017-06-26"' in text
    _assert_isomorphic(_union(), Graph().parse(path, format="json-ld"))


def test_jsonld_with_the_project_context(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "out.jsonld"
    export(store, "jsonld", path)
    assert "@context" in json.loads(path.read_text(encoding="utf-8"))
    _assert_isomorphic(_union(), Graph().parse(path, format="json-ld"))


def test_format_for_path() -> None:
    assert format_for_path("a/b.ttl") == "turtle"
    assert format_for_path("b.TriG") == "trig"
    assert format_for_path("b.nq") == format_for_path("b.nquads") == "nquads"
    assert format_for_path("b.nt") == "ntriples"
    assert format_for_path("b.jsonld") == format_for_path("b.json") == "jsonld"
    with pytest.raises(InputError, match=r"out\.xyz.*\.ttl"):
        format_for_path("out.xyz")


def test_unknown_format_lists_the_known_ones(store: Store, tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"jsonld, nquads, ntriples, .*trig, turtle") as e:
        export(store, "rdfxml", tmp_path / "out.rdf")
    assert e.value.exit_code == 2


def test_missing_directory(store: Store, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        export(store, "turtle", tmp_path / "no" / "out.ttl")


class _Broken:
    name = "broken"
    extensions = (".broken",)
    description = "writes half a file, then fails"

    def write(self, store: Store, stream: BinaryIO) -> None:
        stream.write(b"half a file")
        raise RuntimeError("crash while writing")


def test_a_crash_leaves_the_old_file_and_no_temporary(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(EXPORTERS, "broken", _Broken())
    path = tmp_path / "out.ttl"
    path.write_text("old content", encoding="utf-8")
    with pytest.raises(RuntimeError):
        export(store, "broken", path)
    assert path.read_text(encoding="utf-8") == "old content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.ttl", "store"]


def test_new_file_gets_the_usual_mode(store: Store, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        export(store, "turtle", tmp_path / "out.ttl")
    finally:
        os.umask(old)
    assert (tmp_path / "out.ttl").stat().st_mode & 0o777 == 0o644
