"""One registry of export formats (``kg export --format``, ``kg build -o FILE``).

An exporter is any object with ``name``, ``extensions`` (with the dot, the usual one
first), ``description`` and ``write(store, stream)``. Register new ones with
:func:`register` here, next to the RDF ones, so the registry stays in one place.

:func:`export` writes through a temporary file in the target's directory and renames
it over the target, so a crash never leaves a half-written file.
"""
from __future__ import annotations

import contextlib
import os
import secrets
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, Protocol

from kg.errors import InputError
from kg.export.rdf_formats import RDF_EXPORTERS
from kg.store.base import Store


class Exporter(Protocol):
    @property
    def name(self) -> str: ...  # the --format value

    @property
    def extensions(self) -> tuple[str, ...]: ...  # with the dot, the usual one first

    @property
    def description(self) -> str: ...  # one line, for --help

    def write(self, store: Store, stream: BinaryIO) -> None: ...


#: format name -> exporter
EXPORTERS: dict[str, Exporter] = {}


def register(exporter: Exporter) -> Exporter:
    """Add ``exporter`` under its name; a name or extension already taken raises."""
    if exporter.name in EXPORTERS:
        raise ValueError(f"an exporter named {exporter.name!r} is already registered")
    taken = {ext: e.name for e in EXPORTERS.values() for ext in e.extensions}
    for ext in exporter.extensions:
        if ext in taken:
            raise ValueError(f"extension {ext} already belongs to the {taken[ext]} exporter")
    EXPORTERS[exporter.name] = exporter
    return exporter


for _exporter in RDF_EXPORTERS:
    register(_exporter)

# the network formats (kg.export.network): Gephi, yEd, spreadsheets, Popolo, pictures
from kg.export.chart import PNG, SVG  # noqa: E402
from kg.export.csv_tables import CSV  # noqa: E402
from kg.export.gexf import GEXF  # noqa: E402
from kg.export.graphml import GRAPHML  # noqa: E402
from kg.export.html_view import HTML  # noqa: E402
from kg.export.popolo import POPOLO  # noqa: E402

_network: tuple[Exporter, ...] = (GEXF, GRAPHML, CSV, POPOLO, HTML, SVG, PNG)
for _network_exporter in _network:
    register(_network_exporter)


def get_exporter(fmt: str) -> Exporter:
    try:
        return EXPORTERS[fmt.lower()]
    except KeyError:
        raise InputError(
            f"unknown export format {fmt!r}: use one of {', '.join(sorted(EXPORTERS))}"
        ) from None


def format_for_path(path: str | os.PathLike[str]) -> str:
    """The format a file name asks for by its extension (``out.ttl`` -> ``turtle``)."""
    suffix = Path(path).suffix.lower()
    for e in EXPORTERS.values():
        if suffix in e.extensions:
            return e.name
    known = ", ".join(sorted(ext for e in EXPORTERS.values() for ext in e.extensions))
    raise InputError(
        f"cannot tell the output format of {os.fspath(path)} from its extension: "
        f"use one of {known}"
    )


def export(store: Store, fmt: str | None, path: str | os.PathLike[str]) -> None:
    """Write ``store`` to ``path`` as ``fmt`` (None: by the extension; ``-``: stdout)."""
    exporter = get_exporter(fmt) if fmt else get_exporter(format_for_path(path))
    if os.fspath(path) == "-":
        exporter.write(store, sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return
    with atomic_output(path) as stream:
        exporter.write(store, stream)


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """A binary stream that replaces ``path`` only once the block completes."""
    target = Path(path)
    parent = target.parent
    if not parent.is_dir():
        raise InputError(f"cannot write {target}: the directory {parent} does not exist")
    if target.is_dir():
        raise InputError(f"cannot write {target}: it is a directory; give a file name")
    # the name is chosen before the file exists and the file is made inside the try, so
    # that a Ctrl-C or SIGTERM at any step (its handler runs between any two of them)
    # leaves no temporary file behind
    tmp = parent / f".{target.name}.{secrets.token_hex(8)}.tmp"
    ours = True                                       # whether a failure removes tmp
    try:
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            ours = False                              # someone else's: leave it
            raise InputError(f"cannot write {target}: a temporary file of the same name "
                             f"exists in {parent}; run the command again") from None
        except OSError as e:
            raise InputError(f"cannot write in {parent}: {e}") from e
        with os.fdopen(fd, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(tmp, _file_mode(target))
        os.replace(tmp, target)
    except BaseException:
        if ours:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise


def _file_mode(target: Path) -> int:
    """Keep an existing file's mode; a new file gets the mode ``open()`` would give it."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


__all__ = ["EXPORTERS", "Exporter", "atomic_output", "export", "format_for_path",
           "get_exporter", "register"]
