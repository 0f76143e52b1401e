"""The store interface on the embedded store: graphs, queries, result formats, stats."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg import queries
from kg.errors import InputError, QueryError, StoreError
from kg.rdf.vocab import EVENT_CLASS
from kg.stats import stats
from kg.store import STORES, EmbeddedStore, Store, open_store
from kg.store.base import PREFIX_IRIS, has_dataset_clause, replace_update, shorten

ID = "https://w3id.org/orgkg/id/"
A1, A2 = ID + "article/a1", ID + "article/a2"

G1 = f"""\
<{A1}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/NewsArticle> .
<{A1}> <https://schema.org/datePublished> "2017-06-26"^^<http://www.w3.org/2001/XMLSchema#date> .
<{ID}person/tran-van-binh> <http://xmlns.com/foaf/0.1/name> "Trần Văn Bình" .
<{ID}body/quan-uy> <http://www.w3.org/2004/02/skos/core#prefLabel> "Quận ủy Ba Vì"@vi .
<{ID}m/1> <http://www.w3.org/ns/org#memberDuring> _:b0 .
_:b0 <http://www.w3.org/2006/time#hasBeginning> "2017"^^<http://www.w3.org/2001/XMLSchema#gYear> .
"""
G2 = f"""\
<{A2}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/NewsArticle> .
<{ID}person/tran-van-binh> <http://xmlns.com/foaf/0.1/name> "Trần Văn Bình" .
<{ID}person/le-thi-hoa> <http://xmlns.com/foaf/0.1/name> "Lê Thị \\"Hoa\\"\\nhai dòng" .
_:b0 <http://www.w3.org/2006/time#hasEnd> "2019"^^<http://www.w3.org/2001/XMLSchema#gYear> .
"""


def _graph(nt: str) -> Graph:
    return Graph().parse(data=nt, format="nt")


def _graph_of(store: EmbeddedStore, iri: str) -> Graph:
    result = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}")
    g = Graph()
    for t in result.triples:
        g.add(t)
    return g


@pytest.fixture
def store(tmp_path: Path):
    with EmbeddedStore(tmp_path / "store") as s:
        yield s


# -- graphs ---------------------------------------------------------------------------------


def test_replace_twice_never_duplicates(store: EmbeddedStore) -> None:
    store.replace_graphs({A1: G1, A2: G2})
    first = store.triple_count()
    store.replace_graphs({A1: G1})
    store.replace_graphs({A1: G1, A2: G2})
    assert store.triple_count() == first == 10
    # the blank node of the old version is gone, not kept beside the new one
    n = store.query(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{A1}> {{ ?b ?p ?o FILTER isBlank(?b) }} }}")
    assert int(next(n.rows)[0]) == 1


def test_graphs_are_isomorphic_to_their_input(store: EmbeddedStore) -> None:
    store.replace_graphs({A1: G1, A2: G2})
    assert isomorphic(_graph_of(store, A1), _graph(G1))
    assert isomorphic(_graph_of(store, A2), _graph(G2))


def test_same_blank_node_label_in_two_graphs_stays_two_nodes(store: EmbeddedStore) -> None:
    store.replace_graphs({A1: G1, A2: G2})
    r = store.query("SELECT DISTINCT ?b WHERE { ?b ?p ?o FILTER isBlank(?b) }")
    assert len(list(r.rows)) == 2


def test_replace_changes_content(store: EmbeddedStore) -> None:
    store.replace_graphs({A1: G1, A2: G2})
    store.replace_graphs({A1: G2.replace(A2, A1)})
    assert isomorphic(_graph_of(store, A1), _graph(G2.replace(A2, A1)))
    assert isomorphic(_graph_of(store, A2), _graph(G2))


def test_union_query_sees_all_graphs(store: EmbeddedStore) -> None:
    store.replace_graphs({A1: G1, A2: G2})
    r = store.query("SELECT ?a WHERE { ?a a schema:NewsArticle } ORDER BY ?a")
    assert r.variables == ["a"]
    assert [row[0] for row in r.rows] == [URIRef(A1), URIRef(A2)]
    # the same triple in two graphs is one solution of DISTINCT over the union
    r = store.query("SELECT DISTINCT ?n WHERE { ?p foaf:name ?n }")
    assert sorted(row[0] for row in r.rows) == [
        Literal('Lê Thị "Hoa"\nhai dòng'), Literal("Trần Văn Bình")]


def test_from_clause_is_honoured(store: EmbeddedStore) -> None:
    store.replace_graphs({A1: G1, A2: G2})
    r = store.query(f"SELECT ?a FROM <{A2}> WHERE {{ ?a a schema:NewsArticle }}")
    assert [row[0] for row in r.rows] == [URIRef(A2)]


def test_terms_are_rdflib_terms(store: EmbeddedStore) -> None:
    store.replace_graphs({A1: G1})
    r = store.query(
        f"SELECT ?d ?l ?b ?none WHERE {{ <{A1}> schema:datePublished ?d . "
        "?x skos:prefLabel ?l . ?m org:memberDuring ?b }")
    (row,) = list(r.rows)
    assert row[0] == Literal("2017-06-26", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date"))
    assert row[1] == Literal("Quận ủy Ba Vì", lang="vi")
    assert isinstance(row[2], BNode)
    assert row[3] is None


def test_ask_and_construct(store: EmbeddedStore) -> None:
    store.replace_graphs({A1: G1})
    assert store.query("ASK { ?p foaf:name ?n }").boolean is True
    assert store.query("ASK { ?p a org:Membership }").boolean is False
    triples = list(store.query("CONSTRUCT WHERE { ?p foaf:name ?n }"))
    assert triples == [(URIRef(ID + "person/tran-van-binh"), URIRef("http://xmlns.com/foaf/0.1/name"),
                        Literal("Trần Văn Bình"))]


def test_remove_graphs(store: EmbeddedStore) -> None:
    store.replace_graphs({A1: G1, A2: G2})
    store.remove_graphs([A1, ID + "article/never-built"])
    assert store.graph_names() == {A2}
    assert not store.has_graph(A1) and store.has_graph(A2)
    assert isomorphic(_graph_of(store, A2), _graph(G2))


def test_empty_content_removes_the_graph(store: EmbeddedStore) -> None:
    store.replace_graphs({A1: G1, A2: G2})
    store.replace_graphs({A1: ""})
    assert store.graph_names() == {A2}


def test_update(store: EmbeddedStore) -> None:
    store.update(f'INSERT DATA {{ GRAPH <{A1}> {{ <{A1}> schema:headline "Tin" }} }}')
    assert store.graph_names() == {A1}
    with pytest.raises(QueryError):
        store.update("INSERT nonsense")


def test_bad_query_is_a_query_error(store: EmbeddedStore) -> None:
    with pytest.raises(QueryError, match="does not parse"):
        store.query("SELEC ?x WHERE {}")


def test_bad_graph_iri_and_bad_ntriples(store: EmbeddedStore) -> None:
    with pytest.raises(InputError, match="IRI"):
        store.replace_graphs({"not an iri": G1})
    with pytest.raises(InputError, match="<https://x/g> is not N-Triples"):
        store.replace_graphs({"https://x/g": "<a> <b> ."})
    assert store.graph_names() == set()


def _graphs(store: EmbeddedStore) -> dict[str, Graph]:
    """Each named graph, and the union (the default graph) under ``""``."""
    out = io.BytesIO()
    store.dump("nquads", out)
    ds = Dataset().parse(data=out.getvalue().decode(), format="nquads")
    graphs: dict[str, Graph] = {}
    for s, p, o, g in ds.quads((None, None, None, None)):
        graphs.setdefault(str(g), Graph()).add((s, p, o))
    graphs[""] = Graph()  # the union, which the dump leaves out
    for t in store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").triples:
        graphs[""].add(t)
    return graphs


def test_new_graphs_stored_as_the_update_would_store_them(tmp_path: Path) -> None:
    # graphs the store does not hold take the direct path (one extend); the dataset,
    # union included, is the one the SPARQL update writes
    with EmbeddedStore(tmp_path / "direct") as direct, \
            EmbeddedStore(tmp_path / "update") as update:
        direct.replace_graphs({A1: G1, A2: G2})
        Store.replace_graphs(update, {A1: G1, A2: G2})
        mine, theirs = _graphs(direct), _graphs(update)
        assert mine.keys() == theirs.keys() == {"", A1, A2}
        assert all(isomorphic(mine[g], theirs[g]) for g in mine)
        r = direct.query("SELECT DISTINCT ?b WHERE { ?b ?p ?o FILTER isBlank(?b) }")
        assert len(list(r.rows)) == 2  # each graph's _:b0 its own


def test_bad_graph_in_a_batch_of_new_graphs_writes_none(store: EmbeddedStore) -> None:
    with pytest.raises(InputError, match="<https://x/g> is not N-Triples"):
        store.replace_graphs({A1: G1, "https://x/g": "<a> <b> ."})
    assert store.graph_names() == set()
    assert store.triple_count() == 0


def test_persists_after_close_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "kg-store"
    with EmbeddedStore(path) as s:
        s.replace_graphs({A1: G1, A2: G2})
    with EmbeddedStore(path) as s:
        assert s.graph_names() == {A1, A2}
        assert isomorphic(_graph_of(s, A1), _graph(G1))


def test_closed_store_raises(tmp_path: Path) -> None:
    s = EmbeddedStore(tmp_path / "s")
    s.close()
    s.close()
    with pytest.raises(StoreError, match="closed"):
        s.graph_names()


# -- opening --------------------------------------------------------------------------------


def test_path_is_a_file(tmp_path: Path) -> None:
    f = tmp_path / "store"
    f.write_text("x")
    with pytest.raises(StoreError, match=r"is a file.*directory") as e:
        EmbeddedStore(f)
    assert str(f) in e.value.message and e.value.exit_code == 3


def test_directory_with_other_files(tmp_path: Path) -> None:
    d = tmp_path / "notes"
    d.mkdir()
    (d / "readme.txt").write_text("x")
    with pytest.raises(StoreError, match="holds no kg store"):
        EmbeddedStore(d)
    assert sorted(p.name for p in d.iterdir()) == ["readme.txt"]  # nothing written into it


def test_missing_directories_are_created(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "a" / "b" / "store") as s:
        assert s.graph_names() == set()


def test_create_false_refuses_a_new_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="kg build"):
        open_store(str(tmp_path / "none"), create=False)
    assert not (tmp_path / "none").exists()


def test_second_open_in_this_process_is_locked(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "s"), pytest.raises(StoreError, match="in use by another"):
        EmbeddedStore(tmp_path / "s")
    with EmbeddedStore(tmp_path / "s"):  # the lock went with close()
        pass


def test_second_open_from_another_process_is_locked(tmp_path: Path) -> None:
    code = (
        "import sys\nfrom kg.store import EmbeddedStore\nfrom kg.errors import StoreError\n"
        "try:\n    EmbeddedStore(sys.argv[1])\nexcept StoreError as e:\n"
        "    print(e.message); sys.exit(e.exit_code)\n"
    )
    with EmbeddedStore(tmp_path / "s"):
        r = subprocess.run([sys.executable, "-c", code, str(tmp_path / "s")],
                           check=False, capture_output=True, text=True, timeout=60)
    assert r.returncode == 3
    assert "in use by another kg process" in r.stdout


def test_open_store_locations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_STORE", str(tmp_path / "from-env"))
    with open_store() as s:
        assert isinstance(s, EmbeddedStore) and s.location == str(tmp_path / "from-env")
    monkeypatch.delenv("KG_STORE")
    monkeypatch.chdir(tmp_path)
    with open_store(None) as s:
        assert Path(s.location) == Path("kg-store")
    assert (tmp_path / "kg-store").is_dir()
    # nothing listens on this loopback port: a clear "cannot reach" (exit 3), at once
    with pytest.raises(StoreError, match="cannot reach the SPARQL endpoint"):
        open_store("http://127.0.0.1:9/sparql")
    with pytest.raises(StoreError, match="unknown store address"):
        open_store("ftp://example.org/x")
    assert {"", "http", "https"} <= set(STORES)


# -- result formats -------------------------------------------------------------------------

QUERY = f"""SELECT DISTINCT ?p ?name ?d WHERE {{
  ?p foaf:name ?name
  OPTIONAL {{ <{A1}> schema:datePublished ?d FILTER(?p = <{ID}person/tran-van-binh>) }}
}} ORDER BY ?name"""


def _written(store: EmbeddedStore, fmt: str, query: str = QUERY) -> str:
    buf = io.BytesIO()
    store.query(query).write(fmt, buf)
    return buf.getvalue().decode("utf-8")


def test_csv(store: EmbeddedStore) -> None:
    store.replace_graphs({A1: G1, A2: G2})
    assert _written(store, "csv") == (
        "p,name,d\r\n"
        f'{ID}person/le-thi-hoa,"Lê Thị ""Hoa""\nhai dòng",\r\n'
        f"{ID}person/tran-van-binh,Trần Văn Bình,2017-06-26\r\n"
    )


def test_tsv(store: EmbeddedStore) -> None:
    store.replace_graphs({A1: G1, A2: G2})
    assert _written(store, "tsv") == (
        "?p\t?name\t?d\n"
        f'<{ID}person/le-thi-hoa>\t"Lê Thị \\"Hoa\\"\\nhai dòng"\t\n'
        f'<{ID}person/tran-van-binh>\t"Trần Văn Bình"\t'
        '"2017-06-26"^^<http://www.w3.org/2001/XMLSchema#date>\n'
    )


def test_json(store: EmbeddedStore) -> None:
    store.replace_graphs({A1: G1, A2: G2})
    text = _written(store, "json")
    assert text == (
        '{"head":{"vars":["p","name","d"]},"results":{"bindings":[\n'
        f'{{"p":{{"type":"uri","value":"{ID}person/le-thi-hoa"}},'
        '"name":{"type":"literal","value":"Lê Thị \\"Hoa\\"\\nhai dòng"}},\n'
        f'{{"p":{{"type":"uri","value":"{ID}person/tran-van-binh"}},'
        '"name":{"type":"literal","value":"Trần Văn Bình"},'
        '"d":{"type":"literal","value":"2017-06-26",'
        '"datatype":"http://www.w3.org/2001/XMLSchema#date"}}\n'
        "]}}\n"
    )
    # and it is the JSON the W3C format describes, as Oxigraph itself writes it
    import pyoxigraph as ox

    ref = ox.Store()
    ref.load(G1 + G2, ox.RdfFormat.N_TRIPLES)
    expected = ref.query(QUERY, prefixes=PREFIX_IRIS).serialize(format=ox.QueryResultsFormat.JSON)
    assert json.loads(text) == json.loads(expected)


def test_table(store: EmbeddedStore) -> None:
    store.replace_graphs({A1: G1})
    text = _written(store, "table", "SELECT ?a ?t ?d WHERE { ?a a ?t ; schema:datePublished ?d }")
    assert text == (
        "a                                       t                   d\n"
        "--------------------------------------  ------------------  ----------\n"
        f"<{A1}>  schema:NewsArticle  2017-06-26\n"
        "(1 row)\n"
    )


def test_table_aligns_vietnamese_and_escapes_newlines(store: EmbeddedStore) -> None:
    store.replace_graphs({A2: G2})
    query = "SELECT ?n ?x WHERE { ?p foaf:name ?n BIND(1 AS ?x) } ORDER BY ?n"
    text = _written(store, "table", query)
    assert text.splitlines() == [
        "n                       x",
        "----------------------  -",
        'Lê Thị "Hoa"\\nhai dòng  1',
        "Trần Văn Bình           1",
        "(2 rows)",
    ]


def test_ask_and_construct_formats(store: EmbeddedStore) -> None:
    store.replace_graphs({A1: G1})
    assert _written(store, "json", "ASK { ?s ?p ?o }") == '{"head": {}, "boolean": true}\n'
    assert _written(store, "csv", "ASK { ?s a org:Role }") == "false\n"
    text = _written(store, "table", "CONSTRUCT WHERE { ?a a schema:NewsArticle }")
    assert "schema:NewsArticle" in text
    assert _written(store, "csv", "CONSTRUCT WHERE { ?a a schema:NewsArticle }") == (
        "subject,predicate,object\r\n"
        f"{A1},http://www.w3.org/1999/02/22-rdf-syntax-ns#type,https://schema.org/NewsArticle\r\n"
    )
    out = io.StringIO()  # text streams work too
    store.query("ASK { ?s ?p ?o }").write("tsv", out)
    assert out.getvalue() == "true\n"
    with pytest.raises(InputError, match="table, csv, tsv, json"):
        store.query("ASK { ?s ?p ?o }").write("xml", io.BytesIO())


def test_shorten() -> None:
    assert shorten("http://www.w3.org/ns/org#Membership", PREFIX_IRIS) == "org:Membership"
    assert shorten(ID + "person/x", PREFIX_IRIS) == f"<{ID}person/x>"
    assert shorten("https://schema.org/a/b", PREFIX_IRIS) == "<https://schema.org/a/b>"


def test_has_dataset_clause() -> None:
    assert has_dataset_clause("SELECT * FROM <g> WHERE { ?s ?p ?o }")
    assert has_dataset_clause("select * from named <g> where { graph ?g { ?s ?p ?o } }")
    assert not has_dataset_clause('SELECT * WHERE { ?s ?p "from" } # FROM <x>')
    assert not has_dataset_clause("SELECT * WHERE { ?s <http://x/FROM> ?o }")


def test_replace_update_text() -> None:
    text = replace_update({A1: "_:x <http://p> _:x .\n", A2: ""})
    assert text.count("DROP SILENT GRAPH") == 2
    assert f"GRAPH <{A2}>" not in text.split("INSERT DATA")[1]
    assert "_:g0_x <http://p> _:g0_x ." in text
    assert replace_update({}) == ""


# -- stats ----------------------------------------------------------------------------------

ORG, FOAF, SCHEMA = "http://www.w3.org/ns/org#", "http://xmlns.com/foaf/0.1/", "https://schema.org/"
ORGKG, TYPE = "https://w3id.org/orgkg#", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _typed(*pairs: tuple[str, str]) -> str:
    return "".join(f"<{ID}{s}> <{TYPE}> <{c}> .\n" for s, c in pairs)


def test_stats_counts(store: EmbeddedStore) -> None:
    common = _typed(("person/p1", FOAF + "Person"), ("body/b1", ORG + "Organization"),
                    ("role/bi-thu", ORG + "Role"), ("place/ha-noi", SCHEMA + "AdministrativeArea"))
    store.replace_graphs({
        A1: common + _typed(("article/a1", SCHEMA + "NewsArticle"), ("m/1", ORG + "Membership"),
                            ("e/1", ORGKG + "Conference"), ("e/2", ORGKG + "VoterMeeting")),
        A2: common + _typed(("article/a2", SCHEMA + "NewsArticle"), ("person/p2", FOAF + "Person"),
                            ("m/2", ORG + "Membership"), ("m/3", ORG + "Membership"),
                            ("e/1", ORGKG + "Conference"), ("e/3", ORGKG + "Congress"),
                            ("body/b2", ORG + "Organization")),
    })
    assert stats(store) == {
        "articles": 2, "persons": 2, "bodies": 2, "roles": 1, "memberships": 3,
        "events": 3, "places": 1, "triples": 19, "graphs": 2,
    }


def test_stats_of_an_empty_store(store: EmbeddedStore) -> None:
    assert set(stats(store).values()) == {0}


def test_stats_query_names_every_event_class() -> None:
    text = queries.load("stats")
    for cls in EVENT_CLASS.values():
        assert f"orgkg:{str(cls).rsplit('#', 1)[1]} " in text
    assert "stats" in queries.names()
    with pytest.raises(KeyError, match="stats"):
        queries.load("no-such-query")


def test_the_default_graph_is_the_union_as_a_set(tmp_path: Path) -> None:
    """A triple stated by two articles is one solution; it leaves with its last graph."""
    from kg.store.embedded import EmbeddedStore

    triple = '<http://ex.org/p> <http://xmlns.com/foaf/0.1/name> "Trần Văn Bình" .\n'
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    with EmbeddedStore(tmp_path / "st") as st:
        st.replace_graphs({"http://ex.org/a1": triple, "http://ex.org/a2": triple})
        assert int(next(st.query(count).rows)[0]) == 1
        st.remove_graphs(["http://ex.org/a1"])
        assert int(next(st.query(count).rows)[0]) == 1
        st.replace_graphs({"http://ex.org/a2": ""})
        assert int(next(st.query(count).rows)[0]) == 0
