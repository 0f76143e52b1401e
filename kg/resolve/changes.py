"""What a build or a removal changes, so that the resolution at its end looks at that only.

A build writes article graphs batch by batch and resolves at the end. Before a batch is
written, the memberships and places of the article graphs it replaces are noted: their
derived facts may have to go with them. At the end :meth:`Changes.resolve` re-examines the blocks of
names the changed articles name or named (:func:`~kg.resolve.store.resolve_changed`) and
the derived facts of the memberships and places involved
(:func:`~kg.resolve.derived.refresh_changed`), so its cost follows the change and not
the store.

The store is resolved whole instead when it held no article (a first build: one pass
over everything is faster than block by block), when it was resolved by a version of
orgkg that recorded no blocks, or when a build or removal stopped between writing
articles and resolving them. That last case is known by the marker graph
:data:`PENDING_GRAPH`, written in the same transaction as the first change and removed
once the change is resolved; a stopped build thus leaves the marker, and the next build
or removal repairs the store whole.
"""
from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from rdflib import URIRef

from kg.rdf.vocab import PROV, RDF
from kg.resolve.derived import refresh_changed, refresh_derived
from kg.resolve.store import RESOLUTION_GRAPH, resolve_changed, resolve_store
from kg.store.base import Store

PENDING_GRAPH = "graph/pending"


class Changes:
    """The article graphs a build or removal writes, for the resolution at its end."""

    def __init__(self, store: Store, base_iri: str) -> None:
        self.store = store
        self.base_iri = base_iri
        self.pending = base_iri + PENDING_GRAPH
        self.graphs: set[str] = set()
        #: memberships and places of the graphs' versions before the change
        self.memberships: set[str] = set()
        self.places: set[str] = set()
        self.whole = _needs_whole(store, base_iri, self.pending)
        self._marked = False

    def writing(self, graphs: Mapping[str, str]) -> dict[str, str]:
        """What to give :meth:`Store.replace_graphs` to write ``graphs`` (IRI -> N-Triples,
        empty to remove): the same, with the marker the first time."""
        self.graphs.update(graphs)
        if not self.whole and graphs:
            memberships, places = nodes_of(self.store, graphs)
            self.memberships |= memberships
            self.places |= places
        if self._marked:
            return dict(graphs)
        self._marked = True
        marker = f"<{self.pending}> <{RDF.type}> <{PROV.Activity}> .\n"
        return {self.pending: marker, **graphs}

    def removing(self, graphs: Iterable[str]) -> dict[str, str]:
        """What to give :meth:`Store.replace_graphs` to remove ``graphs``."""
        return self.writing({g: "" for g in graphs})

    def resolve(self) -> None:
        """Resolve what changed (everything, if :attr:`whole`), then drop the marker."""
        if self.whole:
            resolve_store(self.store, self.base_iri)
            refresh_derived(self.store, self.base_iri)
        elif self.graphs:
            done = resolve_changed(self.store, self.base_iri, self.graphs)
            memberships, places = nodes_of(self.store, self.graphs)
            refresh_changed(self.store, self.base_iri,
                            self.memberships | done.renamed_memberships | memberships,
                            self.places | places)
        if self._marked or self.whole:
            self.store.remove_graphs([self.pending])


def nodes_of(store: Store, graphs: Collection[str]) -> tuple[set[str], set[str]]:
    """The memberships and the places these article graphs state (none for a graph not
    in the store)."""
    memberships: set[str] = set()
    places: set[str] = set()
    if not graphs:
        return memberships, places
    values = " ".join(f"<{g}>" for g in sorted(graphs))
    for node, kind in store.query(
            f"SELECT DISTINCT ?x ?kind WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ "
            f"{{ ?x org:member ?p BIND(\"m\" AS ?kind) }} UNION "
            f"{{ ?x a schema:AdministrativeArea BIND(\"p\" AS ?kind) }} }} }}").rows:
        if isinstance(node, URIRef):
            (memberships if str(kind) == "m" else places).add(str(node))
    return memberships, places


def _needs_whole(store: Store, base_iri: str, pending: str) -> bool:
    if store.has_graph(pending):
        return True                     # a change that was never resolved
    # the union (a query naming no graph) answers at once; GRAPH ?g walks every graph
    if not store.query("ASK { ?a a schema:NewsArticle }").boolean:
        return True                     # a new store
    resolution = base_iri + RESOLUTION_GRAPH
    # decisions without blocks: a store resolved before blocks were recorded
    return bool(store.query(f"ASK {{ GRAPH <{resolution}> {{ ?d a orgkg:ResolutionDecision }} }}"
                            ).boolean) and not store.query(
        f"ASK {{ GRAPH <{resolution}> {{ ?d orgkg:block ?b }} }}").boolean


__all__ = ["PENDING_GRAPH", "Changes", "nodes_of"]
