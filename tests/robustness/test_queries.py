"""Hostile queries: no network access (a listener on loopback counts the connections),
no update without --update, a runaway query stopped at its timeout with the store intact,
and results that stream instead of piling up in memory."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.errors import QueryError
from kg.store.embedded import EmbeddedStore

from .conftest import copy_store, kg, lines_of, quads, union_in_step

# a cross join the engine cannot finish: (triples of the store) ** 5 rows to count
RUNAWAY = ("SELECT (COUNT(*) AS ?n) WHERE "
           "{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o }")


class Listener:
    """A TCP server on 127.0.0.1 that counts connections and answers like a SPARQL
    endpoint with no results."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.hits: list[bytes] = []
        self._stop = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        body = b'{"head":{"vars":[]},"results":{"bindings":[]}}'
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except (socket.timeout, OSError):
                continue
            with conn:
                conn.settimeout(1)
                try:
                    self.hits.append(conn.recv(4096))
                    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results"
                                 b"+json\r\nContent-Length: " + str(len(body)).encode()
                                 + b"\r\nConnection: close\r\n\r\n" + body)
                except OSError:
                    pass

    def close(self) -> None:
        self._stop = True
        self._thread.join(timeout=2)
        self.sock.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


@pytest.fixture
def store(base_store: Path, tmp_path: Path) -> Path:
    return copy_store(base_store, tmp_path / "store")


def _network_requests(port: int) -> list[tuple[str, list[str]]]:
    url = f"http://127.0.0.1:{port}"
    return [
        (f"SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}", []),
        (f"select * where {{ service <{url}/sparql> {{ ?s ?p ?o }} }}", []),
        (f"SELECT * WHERE {{ SERVICE SILENT <{url}/sparql> {{ ?s ?p ?o }} }}", []),
        (f"SELECT * WHERE {{ ?x foaf:name ?n OPTIONAL {{ SERVICE <{url}/> {{ ?x ?p ?o }} }} }}",
         []),
        (f"SELECT * WHERE {{ {{ SELECT ?s WHERE {{ SERVICE <{url}/> {{ ?s ?p ?o }} }} }} }}", []),
        (f"SELECT * WHERE {{ {{ ?s ?p ?o }} UNION {{ SERVICE <{url}/> {{ ?s ?p ?o }} }} }}", []),
        (f"SELECT * WHERE {{ BIND(<{url}/> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}", []),
        (f"SELECT * WHERE {{ \\u0053ERVICE <{url}/> {{ ?s ?p ?o }} }}", []),
        (f"# a comment\nPREFIX e: <{url}/>\nASK {{ SERVICE e:sparql {{ ?s ?p ?o }} }}", []),
        (f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}/> {{ ?s ?p ?o }} }}", []),
        (f"INSERT {{ GRAPH <http://x.example/g> {{ ?s ?p ?o }} }} "
         f"WHERE {{ SERVICE <{url}/> {{ ?s ?p ?o }} }}", ["--update"]),
        (f"LOAD <{url}/data.ttl>", ["--update"]),
        (f"LOAD SILENT <{url}/data.ttl> INTO GRAPH <http://x.example/g>", ["--update"]),
    ]


def test_network_access_never_reaches_the_listener(store: Path, listener: Listener,
                                                   tmp_path: Path) -> None:
    before = quads(store)
    requests = _network_requests(listener.port)
    for sparql, flags in requests:
        result = kg("query", sparql, *flags, "--store", store)
        assert result.exit_code == 2, (sparql, result.stderr)
        [line] = lines_of(result.stderr)
        assert line.startswith("kg: error:") and "refused" in line and "--allow-network" in line
    rq = tmp_path / "federated.rq"
    rq.write_text(requests[0][0], encoding="utf-8")
    assert kg("query", "-f", rq, "--store", store).exit_code == 2
    # FROM names a graph of the store: allowed, and it fetches nothing either
    for sparql in (f"SELECT * FROM <http://127.0.0.1:{listener.port}/g> WHERE {{ ?s ?p ?o }}",
                   f"SELECT * FROM NAMED <http://127.0.0.1:{listener.port}/g> "
                   "WHERE { GRAPH ?g { ?s ?p ?o } }"):
        assert kg("query", sparql, "--store", store, "--format", "csv").exit_code == 0
    # the library refuses too
    with EmbeddedStore(store, create=False) as s:
        for sparql, flags in requests:
            with pytest.raises(QueryError, match="refused"):
                if flags:
                    s.guarded_update(sparql, timeout=5)
                else:
                    list(s.query(sparql))
    time.sleep(0.3)
    assert listener.hits == []
    assert quads(store) == before


def test_the_listener_would_see_an_allowed_call(store: Path, listener: Listener) -> None:
    """The control: with --allow-network the same query does reach the listener."""
    sparql = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/s> {{ ?s ?p ?o }} }}"
    kg("query", sparql, "--allow-network", "--timeout", 10, "--store", store)
    deadline = time.monotonic() + 5
    while not listener.hits and time.monotonic() < deadline:
        time.sleep(0.05)
    assert listener.hits and listener.hits[0].startswith(b"POST /s ")


UPDATES = [
    "INSERT DATA { GRAPH <http://x.example/g> { <http://x.example/a> foaf:name \"Z\" } }",
    "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }",
    "DROP ALL",
    "CLEAR DEFAULT",
    "delete data { <http://x.example/a> <http://x.example/b> <http://x.example/c> }",
    "# only a comment first\n  PREFIX x: <http://x.example/>\nBASE <http://y.example/>\n"
    "INSERT DATA { x:a x:b x:c }",
    "WITH <http://x.example/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "LOAD <file:///etc/passwd>",
    "CREATE GRAPH <http://x.example/new>",
    "COPY DEFAULT TO <http://x.example/g>",
    "\\u0049NSERT DATA { <http://x.example/a> <http://x.example/b> 1 }",
    "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
]


def test_updates_need_the_flag(store: Path) -> None:
    before = quads(store)
    for sparql in UPDATES:
        result = kg("query", sparql, "--store", store)
        assert result.exit_code == 2, (sparql, result.stderr)
        [line] = lines_of(result.stderr)
        assert line.startswith("kg: error:"), line
    assert quads(store) == before


def test_runaway_query_stops_at_the_timeout(store: Path) -> None:
    before = quads(store)
    with EmbeddedStore(store, create=False) as s:
        started = time.monotonic()
        with pytest.raises(QueryError, match=r"stopped after 1 s \(--timeout\)"):
            list(s.query(RUNAWAY, timeout=1.0))
        stopped = time.monotonic() - started
        assert 1.0 <= stopped < 1.5, stopped
        assert _children_of(os.getpid()) == []           # the worker is gone
        # the store is intact and answers
        rows = list(s.query("SELECT (COUNT(*) AS ?n) WHERE { ?s foaf:name ?o }", timeout=10))
        assert int(rows[0][0]) > 0
    assert quads(store) == before and union_in_step(store)


def test_runaway_query_and_update_from_the_command_line(store: Path) -> None:
    before = quads(store)
    env = {k: v for k, v in os.environ.items() if k != "KG_STORE"}
    for args in (["query", RUNAWAY], ["query", "DELETE WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i "
                                               ". ?j ?k ?l . ?m ?n ?o }", "--update"]):
        started = time.monotonic()
        proc = subprocess.run([sys.executable, "-m", "kg", *args, "--timeout", "1", "--store",
                               str(store)], capture_output=True, text=True, env=env, timeout=60)
        elapsed = time.monotonic() - started
        assert proc.returncode == 2, proc.stderr
        [line] = lines_of(proc.stderr)
        assert "stopped after 1 s (--timeout)" in line and "the store is unchanged" in line
        assert elapsed < 1 + 3.0, elapsed               # start-up included
        assert quads(store) == before and union_in_step(store)


def test_an_update_with_the_flag_is_one_transaction(store: Path) -> None:
    result = kg("query", 'INSERT DATA { GRAPH <http://x.example/g> { <http://x.example/a> '
                'foaf:name "Nguyễn Văn Zét" } } ;', "--update", "--store", store)
    assert result.exit_code == 0, result.stderr
    assert union_in_step(store)
    out = kg("query", 'SELECT ?n WHERE { ?p foaf:name ?n FILTER(STRSTARTS(?n, "Nguyễn")) }',
             "--format", "csv", "--store", store)
    assert out.stdout.split() == ["n", "Nguyễn", "Văn", "Zét"], (out.exit_code, out.stderr)


def _children_of(pid: int) -> list[int]:
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(entry))
    return out


MEASURE = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def test_results_stream(store: Path) -> None:
    """csv output of 60,000 rows takes no more memory than that of 1,000 (the table
    format, which aligns its columns, holds them: about 70 MiB more at 100,000 rows)."""
    peaks = []
    for limit in (1_000, 60_000):
        sparql = f"SELECT ?a ?b ?c WHERE {{ ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }} LIMIT {limit}"
        proc = subprocess.run(
            [sys.executable, "-c", MEASURE, sys.executable, "-m", "kg", "query", sparql,
             "--format", "csv", "--store", str(store)], capture_output=True, text=True,
            timeout=120)
        assert proc.returncode == 0, proc.stderr
        peaks.append(int(proc.stdout) / 1024)           # MiB
    assert peaks[1] - peaks[0] < 10, peaks
