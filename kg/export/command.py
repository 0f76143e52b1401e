"""What ``kg export`` does once its options are parsed.

:func:`check` refuses a bad format, bad filters or an unwritable ``-o`` before the store
is opened; :func:`run` writes: a file (through :func:`kg.export.atomic_output`),
standard output for ``-o -``, or, for ``csv``, a directory of two tables unless the name
ends in ``.zip``.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from kg.errors import InputError
from kg.export import Exporter, atomic_output, get_exporter
from kg.export.network import NetworkExporter, NetworkOptions
from kg.store.base import Store


def _csv_directory(exporter: Exporter, output: str) -> bool:
    return exporter.name == "csv" and output != "-" and not output.lower().endswith(".zip")


def check(fmt: str, output: str, options: NetworkOptions) -> Exporter:
    """The exporter for ``fmt`` with ``options`` applied; InputError says what is wrong."""
    exporter = get_exporter(fmt)
    if isinstance(exporter, NetworkExporter):
        exporter = exporter.with_options(options)
    elif options != NetworkOptions():
        from kg.export import EXPORTERS

        network = ", ".join(n for n, e in EXPORTERS.items() if isinstance(e, NetworkExporter))
        raise InputError(f"--kinds, --focus, --depth, --since and --until filter the network "
                         f"formats ({network}); --format {fmt} writes the whole dataset")
    if output != "-":
        target = Path(output)
        parent = target.resolve().parent
        if not parent.is_dir():
            raise InputError(f"-o {output}: the directory {parent} does not exist; create it "
                             "or write the output elsewhere")
        if target.is_dir() and not _csv_directory(exporter, output):
            raise InputError(f"-o {output} is a directory; give a file name "
                             f"(for example {Path(output) / ('out' + exporter.extensions[0])})")
    return exporter


def run(store: Store, exporter: Exporter, output: str) -> list[str]:
    """Write the store with ``exporter`` to ``output``; returns the files written."""
    if output == "-":
        exporter.write(store, sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return []
    if _csv_directory(exporter, output):
        from kg.export.csv_tables import CsvExporter, write_directory

        assert isinstance(exporter, CsvExporter)
        return [os.fspath(p) for p in write_directory(store, output, exporter)]
    with atomic_output(output) as stream:
        exporter.write(store, stream)
    return [output]


__all__ = ["check", "run"]
