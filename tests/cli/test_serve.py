"""kg serve: the SPARQL 1.1 Protocol over an embedded store, read by independent clients."""
from __future__ import annotations

import io
import os
import signal
import socket
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.query import Result

from kg.store import EmbeddedStore

EX = "https://w3id.org/orgkg/id/"
FOAF_NAME = "<http://xmlns.com/foaf/0.1/name>"
ORG = "http://www.w3.org/ns/org#"
A_NEWS_ARTICLE = ("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                  "<https://schema.org/NewsArticle>")
GRAPHS = {
    f"{EX}article/a1": (
        f"<{EX}article/a1> {A_NEWS_ARTICLE} .\n"
        f'<{EX}person/an> {FOAF_NAME} "Trần Văn An" .\n'
        f"<{EX}membership/an/bí-thư/x> <{ORG}member> <{EX}person/an> .\n"
        f"<{EX}membership/an/bí-thư/x> <{ORG}organization> <{EX}org/huyện-ủy-x> .\n"),
    f"{EX}article/a2": (
        f"<{EX}article/a2> {A_NEWS_ARTICLE} .\n"
        f'<{EX}person/an> {FOAF_NAME} "Trần Văn An" .\n'
        f'<{EX}person/binh> {FOAF_NAME} "Lê Thị Bình, \\"Ba\\"\\nhai dòng" .\n'
        f"<{EX}membership/binh/chủ-tịch/x> <{ORG}member> <{EX}person/binh> .\n"
        f"<{EX}membership/binh/chủ-tịch/x> <{ORG}organization> <{EX}org/huyện-ủy-x> .\n"),
}
NAMES = "SELECT ?p ?n WHERE { ?p foaf:name ?n } ORDER BY ?n"
PER_BODY = ("SELECT ?b (COUNT(DISTINCT ?p) AS ?k) WHERE { ?m org:organization ?b ; "
            "org:member ?p } GROUP BY ?b")


def kg(*args: object, check: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True,
                          text=True, timeout=120)
    if check:
        assert done.returncode == 0, done.stderr
    return done


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "store"
    store = EmbeddedStore(path)
    store.replace_graphs(GRAPHS)
    store.close()
    return path


@pytest.fixture(scope="module")
def expected(store_dir: Path) -> dict[str, str]:
    """What `kg query` answers from the directory itself (before the server locks it)."""
    answers = {q: kg("query", q, "--format", "csv", "--store", store_dir).stdout
               for q in (NAMES, PER_BODY)}
    answers["stats"] = kg("stats", "--format", "json", "--store", store_dir).stdout
    return answers


@pytest.fixture(scope="module")
def endpoint(store_dir: Path, expected: dict[str, str]) -> Iterator[str]:
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store_dir),
                             "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    assert proc.stdout is not None
    url = proc.stdout.readline().strip()
    assert url.startswith("http://127.0.0.1:") and url.endswith("/sparql"), proc.stderr
    yield url
    if proc.poll() is None:
        proc.kill()
        proc.wait()


def http(url: str, *, query: str | None = None, accept: str | None = None,
         data: bytes | None = None, ctype: str | None = None,
         params: dict[str, str] | None = None) -> tuple[int, str, bytes]:
    if query is not None:
        url += "?" + urllib.parse.urlencode({"query": query, **(params or {})})
    headers = {k: v for k, v in (("Accept", accept), ("Content-Type", ctype)) if v}
    req = urllib.request.Request(url, data=data, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.headers["Content-Type"], resp.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers["Content-Type"], e.read()


def test_kg_query_through_the_server_answers_as_the_directory(
        endpoint: str, expected: dict[str, str]) -> None:
    for q, answer in expected.items():
        args = ("stats", "--format", "json") if q == "stats" else ("query", q, "--format", "csv")
        assert kg(*args, "--store", endpoint).stdout == answer


@pytest.mark.parametrize("accept,fmt", [
    ("application/sparql-results+json", "json"),
    ("application/sparql-results+xml", "xml"),
    ("text/csv", "csv"),
    ("text/tab-separated-values", "tsv"),
])
def test_results_read_back_by_rdflib(endpoint: str, accept: str, fmt: str) -> None:
    status, ctype, body = http(endpoint, query=NAMES, accept=accept)
    assert status == 200 and ctype.startswith(accept)
    rows = [(str(r[0]), str(r[1])) for r in Result.parse(io.BytesIO(body), format=fmt)]
    assert sorted(rows) == [(f"{EX}person/an", "Trần Văn An"),
                            (f"{EX}person/binh", 'Lê Thị Bình, "Ba"\nhai dòng')]


def test_the_union_is_a_set(endpoint: str) -> None:
    # "Trần Văn An" is stated by two articles: once in the default graph
    status, _, body = http(endpoint, query="SELECT (COUNT(*) AS ?n) WHERE { ?s foaf:name ?o }",
                           accept="application/sparql-results+json")
    assert status == 200
    assert [int(r[0]) for r in Result.parse(io.BytesIO(body), format="json")] == [2]


@pytest.mark.parametrize("accept,fmt", [
    ("text/turtle", "turtle"), ("application/n-triples", "nt"),
    ("application/rdf+xml", "xml"), ("application/ld+json", "json-ld"),
])
def test_construct_in_every_rdf_format(endpoint: str, accept: str, fmt: str) -> None:
    status, ctype, body = http(endpoint, query="CONSTRUCT WHERE { ?p foaf:name ?n }",
                               accept=accept)
    assert status == 200 and ctype.startswith(accept)
    got = Graph().parse(data=body.decode("utf-8"), format=fmt)
    want = Graph()
    want.add((URIRef(f"{EX}person/an"), URIRef(FOAF_NAME[1:-1]), Literal("Trần Văn An")))
    want.add((URIRef(f"{EX}person/binh"), URIRef(FOAF_NAME[1:-1]),
              Literal('Lê Thị Bình, "Ba"\nhai dòng')))
    assert isomorphic(got, want)


def test_post_forms_and_datasets(endpoint: str) -> None:
    ask = "ASK { ?s foaf:name \"Trần Văn An\" }"
    form = urllib.parse.urlencode({"query": ask}).encode()
    assert b"true" in http(endpoint, data=form,
                           ctype="application/x-www-form-urlencoded")[2]
    assert b"true" in http(endpoint, data=ask.encode(), ctype="application/sparql-query")[2]
    # the protocol's dataset: one article as the default graph, or GRAPH over all
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    one = http(endpoint, query=q, accept="text/csv",
               params={"default-graph-uri": f"{EX}article/a1"})[2]
    assert one.decode().split() == ["n", "4"]
    per_graph = http(endpoint, query="SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o }"
                     " } GROUP BY ?g ORDER BY ?g", accept="text/csv")[2]
    assert per_graph.decode().split() == ["g,n", f"{EX}article/a1,4", f"{EX}article/a2,5"]


def test_refusals_are_one_clear_answer(endpoint: str) -> None:
    status, _, body = http(endpoint, data=urllib.parse.urlencode(
        {"update": f"DROP GRAPH <{EX}article/a1>"}).encode(),
        ctype="application/x-www-form-urlencoded")
    assert status == 403 and b"queries only" in body
    status, _, body = http(endpoint, query="SELECT * WHERE { ?s ?p }")
    assert status == 400 and body.decode().count("\n") == 1 and b"does not parse" in body
    status, _, body = http(endpoint, query=NAMES, accept="image/png")
    assert status == 406 and b"text/csv" in body
    status, _, _ = http(endpoint.replace("/sparql", "/other"), query=NAMES)
    assert status == 404
    status, _, body = http(endpoint, query="SELECT * WHERE { SERVICE <http://x.example/s> "
                                           "{ ?s ?p ?o } }")
    assert status == 400 and b"SERVICE" in body
    # nothing was dropped
    assert b"true" in http(endpoint, query=f"ASK {{ GRAPH <{EX}article/a1> {{ ?s ?p ?o }} }}")[2]


def test_description_without_a_query(endpoint: str) -> None:
    status, ctype, body = http(endpoint)
    assert status == 200 and ctype.startswith("text/turtle")
    g = Graph().parse(data=body.decode(), format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    assert (URIRef(endpoint), URIRef(sd + "endpoint"), URIRef(endpoint)) in g


def test_sigterm_stops_it_and_frees_the_store(tmp_path: Path) -> None:
    path = tmp_path / "store"
    EmbeddedStore(path).close()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(path),
                             "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    assert proc.stdout is not None
    url = proc.stdout.readline().strip()
    assert url.endswith("/sparql")
    assert kg("query", "ASK { ?s ?p ?o }", "--store", path, check=False).returncode == 3
    os.kill(proc.pid, signal.SIGTERM)
    assert proc.wait(timeout=20) == 0
    assert kg("query", "ASK { ?s ?p ?o }", "--store", path).stdout.strip() == "false"


def test_bad_invocations(tmp_path: Path) -> None:
    done = kg("serve", "--store", "http://127.0.0.1:1/sparql", check=False)
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "already a server" in done.stderr
    done = kg("serve", "--store", tmp_path / "none", check=False)
    assert done.returncode == 3 and "kg build" in done.stderr
    path = tmp_path / "store"
    EmbeddedStore(path).close()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = kg("serve", "--store", path, "--port", port, check=False)
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "--port" in done.stderr
