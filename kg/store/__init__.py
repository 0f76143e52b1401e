"""Stores: one interface (:class:`Store`), chosen by the form of ``--store``.

    open_store(None)                  -> $KG_STORE, else ./kg-store (embedded)
    open_store("data/kg-store")       -> EmbeddedStore (a directory)
    open_store("https://host/sparql") -> ServerStore (any SPARQL 1.1 server)

:data:`STORES` maps a URL scheme to the factory for it (``""`` is a directory path).
"""
from __future__ import annotations

import os
import re
from collections.abc import Callable

from kg.errors import StoreError
from kg.store.base import DUMP_FORMATS, RESULT_FORMATS, QueryResult, Store
from kg.store.embedded import EmbeddedStore
from kg.store.server import ServerStore

DEFAULT_LOCATION = "./kg-store"
ENV_VAR = "KG_STORE"

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*)://")


#: URL scheme -> store factory ``(location, *, create) -> Store``
STORES: dict[str, Callable[..., Store]] = {
    "": EmbeddedStore,
    "http": ServerStore,
    "https": ServerStore,
}


def resolve_location(location: str | None) -> tuple[str, str]:
    """The store address ``location`` stands for (None: ``$KG_STORE``, else
    ``./kg-store``), and its URL scheme (``""`` for a directory)."""
    loc = location or os.environ.get(ENV_VAR) or DEFAULT_LOCATION
    m = _SCHEME.match(loc)
    return loc, m.group(1).lower() if m else ""


def open_store(location: str | None = None, *, create: bool = True,
               memory: bool = False) -> Store:
    """Open the store at ``location`` (None: ``$KG_STORE``, else ``./kg-store``).

    ``create=False`` raises StoreError instead of creating an empty embedded store.
    ``memory=True`` makes an embedded store answer queries from a copy of the union in
    memory (see :class:`EmbeddedStore`); a server keeps its own caches and ignores it.
    """
    loc, scheme = resolve_location(location)
    factory = STORES.get(scheme)
    if factory is None:
        known = ", ".join(f"{s}://" for s in STORES if s)
        raise StoreError(
            f"unknown store address {loc}: give --store a directory or one of {known}"
        )
    if memory and scheme == "":
        return factory(loc, create=create, memory=True)
    return factory(loc, create=create)


__all__ = [
    "DEFAULT_LOCATION", "DUMP_FORMATS", "ENV_VAR", "RESULT_FORMATS", "STORES",
    "EmbeddedStore", "QueryResult", "Store", "open_store", "resolve_location",
]
