"""``kg stats``: counts of what the store holds (CONTRACT.md §1)."""
from __future__ import annotations

from kg import queries
from kg.store.base import Store

#: the keys of :func:`stats`, in the order they are shown
KINDS = ("articles", "persons", "bodies", "roles", "memberships", "events", "places")


def stats(store: Store) -> dict[str, int]:
    """Distinct articles, persons, bodies, roles, memberships, events and places in the
    union of all graphs, then ``triples`` (statements in all graphs: a triple stated by
    two articles counts twice) and ``graphs`` (named graphs)."""
    counts = dict.fromkeys(KINDS, 0)
    result = store.query(queries.load("stats"))
    for kind, n in result.rows:
        counts[str(kind)] = int(n) if n is not None else 0
    counts["triples"] = store.triple_count()
    counts["graphs"] = len(store.graph_names())
    return counts
