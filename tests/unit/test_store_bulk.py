"""The embedded store's bulk loader and its copy of the union in memory."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from kg.errors import InputError
from kg.store import EmbeddedStore, open_store

EX = "http://example.org/"
G1, G2, G3 = (f"{EX}article/{n}" for n in (1, 2, 3))
GRAPHS = {
    G1: f'<{EX}p/an> <http://xmlns.com/foaf/0.1/name> "Trần Văn An" .\n'
        f'<{EX}m/1> <http://www.w3.org/ns/org#member> <{EX}p/an> .\n'
        f'<{EX}m/1> <http://www.w3.org/ns/org#organization> <{EX}o/tinh-uy> .\n',
    G2: f'<{EX}p/an> <http://xmlns.com/foaf/0.1/name> "Trần Văn An" .\n'
        f'<{EX}m/2> <http://www.w3.org/ns/org#member> <{EX}p/an> .\n'
        f'<{EX}m/2> <http://www.w3.org/ns/org#organization> <{EX}o/ubnd> .\n'
        f'<{EX}m/2> <https://w3id.org/orgkg#evidence> "Ông An nói: \\"<b>…</b>\\" . " .\n',
    G3: f'<{EX}p/binh> <http://xmlns.com/foaf/0.1/name> "Lê Thị Bình"@vi .\n'
        f'_:b0 <http://www.w3.org/ns/org#member> <{EX}p/binh> .\n',
}
COUNT_PER_BODY = ("SELECT ?b (COUNT(DISTINCT ?p) AS ?n) WHERE { ?m org:organization ?b ; "
                  "org:member ?p } GROUP BY ?b ORDER BY ?b")


def nquads(graphs: dict[str, str]) -> str:
    return "".join(line[:-2] + f" <{g}> .\n"
                   for g, nt in graphs.items() for line in nt.splitlines(keepends=True))


def same_dataset(a: EmbeddedStore, b: EmbeddedStore, tmp: Path) -> bool:
    graphs = []
    for store in (a, b):
        out = tmp / "dump.nq"
        with open(out, "wb") as fh:
            store.dump("nquads", fh)
        ds = Dataset()
        ds.parse(out, format="nquads")
        graphs.append({g.identifier: g for g in ds.graphs() if len(g)})
    return graphs[0].keys() == graphs[1].keys() and all(
        isomorphic(graphs[0][k], graphs[1][k]) for k in graphs[0])


def union(store: EmbeddedStore) -> Graph:
    g = Graph()
    for t in store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").triples:
        g.add(t)
    return g


@pytest.fixture
def reference(tmp_path: Path) -> EmbeddedStore:
    store = EmbeddedStore(tmp_path / "ref")
    store.replace_graphs(GRAPHS)
    return store


@pytest.mark.parametrize("extra", [
    "",                                                          # plain: the fast path
    "# a comment line\n",
    f"<{EX}x> <{EX}y> <{EX}z> .\n",                              # a default-graph statement
    f"<{EX}x> <{EX}y> <{EX}z> _:g .\n",                          # a blank-node graph
    f"<{EX}x> <{EX}y> <{EX}z> <{G1}> . # a comment after\n",
])
def test_bulk_load_gives_what_replacing_graph_by_graph_gives(
        tmp_path: Path, reference: EmbeddedStore, extra: str) -> None:
    text = nquads(GRAPHS) + extra
    if extra.endswith("# a comment after\n"):
        # the statement stays (it is in an IRI-named graph): so in the reference too
        reference.replace_graphs({G1: GRAPHS[G1] + f"<{EX}x> <{EX}y> <{EX}z> .\n"})
    source = tmp_path / "in.nq"
    source.write_text(text, encoding="utf-8")
    store = EmbeddedStore(tmp_path / "bulk")
    store.bulk_load(source)
    assert same_dataset(store, reference, tmp_path)
    assert isomorphic(union(store), union(reference))
    assert len(union(store)) == 8 + extra.endswith("# a comment after\n")
    # the union is a set: the name two articles state is there once
    rows = list(store.query(f"SELECT ?n WHERE {{ <{EX}p/an> foaf:name ?n }}").rows)
    assert [str(r[0]) for r in rows] == ["Trần Văn An"]


@pytest.mark.parametrize("memory", [False, True])
def test_bulk_load_then_reopen(tmp_path: Path, memory: bool) -> None:
    source = tmp_path / "in.nq"
    source.write_text(nquads(GRAPHS), encoding="utf-8")
    store = open_store(str(tmp_path / "s"), memory=memory)
    store.bulk_load(source)
    before = union(store)
    store.close()
    again = open_store(str(tmp_path / "s"), create=False)
    assert isomorphic(union(again), before)
    assert again.graph_names() == set(GRAPHS)


def test_the_copy_in_memory_answers_like_the_directory(
        tmp_path: Path, reference: EmbeddedStore) -> None:
    fast = EmbeddedStore(tmp_path / "fast", memory=True)
    fast.replace_graphs(GRAPHS)
    queries = [
        COUNT_PER_BODY,
        "SELECT ?s ?o WHERE { ?s foaf:name ?o } ORDER BY ?o",
        "ASK { ?m org:member ?p . FILTER NOT EXISTS { ?m org:organization ?o } }",
        "CONSTRUCT { ?p foaf:name ?n } WHERE { ?p foaf:name ?n }",
        # these name graphs: the copy has none, so the directory answers
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
        "SELECT ?s WHERE { ?s foaf:name ?n } ORDER BY ?s",
    ]
    for q in queries:
        a, b = fast.query(q), reference.query(q)
        assert a.kind == b.kind
        if a.kind == "ask":
            assert a.boolean == b.boolean is True
        else:
            assert sorted(map(str, a)) == sorted(map(str, b)), q
    frm = f"SELECT ?s FROM <{G3}> WHERE {{ ?s foaf:name ?n }}"
    assert [str(r[0]) for r in fast.query(frm).rows] == [f"{EX}p/binh"]
    assert fast._replica is not None


def test_the_copy_follows_every_write(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "s", memory=True)
    store.replace_graphs(GRAPHS)

    def names() -> list[str]:
        return sorted(str(r[0]) for r in store.query(
            "SELECT ?n WHERE { ?p foaf:name ?n }").rows)

    assert names() == ["Lê Thị Bình", "Trần Văn An"]
    store.replace_graphs({G3: f'<{EX}p/chi> <http://xmlns.com/foaf/0.1/name> "Phạm Chi" .\n'})
    assert names() == ["Phạm Chi", "Trần Văn An"]
    store.remove_graphs([G1, G2])
    assert names() == ["Phạm Chi"]
    store.update(f'INSERT DATA {{ GRAPH <{G1}> {{ <{EX}p/d> foaf:name "Dung" }} }}')
    store.refresh_union()
    assert names() == ["Dung", "Phạm Chi"]
    assert URIRef(G1) in {URIRef(g) for g in store.graph_names()}


def test_a_file_that_is_not_n_quads_is_an_input_error(tmp_path: Path) -> None:
    source = tmp_path / "bad.nq"
    source.write_text(f"<{EX}s> <{EX}p> \"unterminated <{G1}> .\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad.nq is not N-Quads"):
        EmbeddedStore(tmp_path / "s").bulk_load(source)
