"""A reader of a SPARQL server never sees a stored article missing while a build replaces
it: after every request the writer sends, the union still holds every statement that the
old and the new graphs share, and each article once."""
from __future__ import annotations

from typing import Any

import pyoxigraph as ox
import pytest

from kg.store.server import UNION_GRAPH, ServerStore

OLD = """<https://w3id.org/orgkg/id/article/a1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/NewsArticle> .
<https://w3id.org/orgkg/id/person/trần-văn-bình> <http://xmlns.com/foaf/0.1/name> "Trần Văn Bình" .
<https://w3id.org/orgkg/id/org/sở-tư-pháp> <http://www.w3.org/2004/02/skos/core#prefLabel> "Sở \\"Tư pháp\\""@vi .
"""
NEW = """<https://w3id.org/orgkg/id/article/a1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/NewsArticle> .
<https://w3id.org/orgkg/id/person/trần-văn-bình> <http://xmlns.com/foaf/0.1/name> "Trần Văn Bình" .
<https://w3id.org/orgkg/id/person/lê-thị-hoa> <http://xmlns.com/foaf/0.1/name> "Lê Thị Hoa" .
"""
SHARED = """<https://w3id.org/orgkg/id/org/sở-tư-pháp> <http://www.w3.org/2004/02/skos/core#prefLabel> "Sở \\"Tư pháp\\""@vi .
"""
A1, A2 = "https://w3id.org/orgkg/id/graph/article/a1", "https://w3id.org/orgkg/id/graph/article/a2"


class Watched(ServerStore):
    """Counts the union's statements after each request that writes."""

    def __init__(self, location: str) -> None:
        super().__init__(location)
        self.seen: list[set[str]] = []
        self.watching = False

    def _after_write(self) -> None:
        if self.watching:
            self.seen.append(_lines(self._graph_ntriples(UNION_GRAPH)))

    def update(self, sparql: str) -> None:
        super().update(sparql)
        self._after_write()

    def _put(self, iri: str, ntriples: str) -> None:
        super()._put(iri, ntriples)
        self._after_write()


@pytest.fixture
def server(sparql_endpoint: str | None) -> Any:
    if not sparql_endpoint:
        pytest.skip("no SPARQL server: install virtuoso-opensource or set KG_TEST_SPARQL")
    store = Watched(sparql_endpoint)
    store.remove_graphs(sorted(store.graph_names()))
    store.refresh_union()
    return store


def _lines(ntriples: str) -> set[str]:
    """The triples of an N-Triples text, each written one way (a server adds comments and
    may escape differently)."""
    return {str(t) for t in ox.parse(ntriples.encode("utf-8"), ox.RdfFormat.N_TRIPLES)}


def _union(store: ServerStore) -> set[str]:
    return _lines(store._graph_ntriples(UNION_GRAPH))


def test_replacing_an_article_never_hides_it(server: Watched) -> None:
    server.replace_graphs({A1: OLD, A2: SHARED})
    assert len(_union(server)) == 3
    server.watching = True
    server.replace_graphs({A1: NEW})
    server.watching = False
    kept = _lines(OLD) & _lines(NEW)
    # every statement both versions hold, and the one another graph holds, is always there
    for step, union in enumerate(server.seen):
        assert len([line for line in union if "NewsArticle" in line]) == 1, step
        assert len(union) >= len(kept | _lines(SHARED)), (step, union)
    # in the end: the new graph and the other graph, each statement once
    assert len(_union(server)) == 4


def test_removing_an_article_keeps_what_another_says(server: Watched) -> None:
    server.replace_graphs({A1: OLD, A2: SHARED})
    server.remove_graphs([A1])
    union = _union(server)
    assert len(union) == 1 and "prefLabel" in next(iter(union))
    server.remove_graphs([A2])
    assert _union(server) == set()
