"""The exception tree. Every message says what happened, to what, and what to do.

    KgError                      base; ``exit_code`` follows CONTRACT.md §1
    ├── InputError (2)           a source file or option the user gave is unusable
    │   └── ArticleError (2)     one article inside a source is unusable
    ├── QueryError (2)           a SPARQL query is malformed or not allowed
    ├── ValidationFailed (1)     the store does not conform to the shapes
    ├── StoreError (3)           the store cannot be reached or opened
    └── ClusterError (3)         the Dask scheduler of kg build --cluster cannot be
                                 reached, has no workers, or lost them
"""
from __future__ import annotations


class KgError(Exception):
    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(KgError):
    """Bad input or usage: exit 2."""


class ArticleError(InputError):
    """One article in a source is unusable (the others are still read)."""


class QueryError(KgError):
    """A query that cannot run: exit 2."""


class ValidationFailed(KgError):
    exit_code = 1


class StoreError(KgError):
    exit_code = 3


class ClusterError(KgError):
    exit_code = 3
