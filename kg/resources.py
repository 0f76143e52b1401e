"""Where the gazetteers (data/) and the ontology (ontology/) are.

In a source checkout or an editable install they sit next to the package; a wheel
installs them under ``<prefix>/share/orgkg/`` (pyproject's data-files).
"""
from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_HERE = Path(__file__).resolve().parent


@cache
def _find(name: str, probe: str) -> Path:
    for base in (_HERE.parent, Path(sys.prefix) / "share" / "orgkg"):
        if (base / name / probe).is_file():
            return base / name
    raise FileNotFoundError(f"orgkg's {name}/ folder is missing (looked beside {_HERE} and in "
                            f"{Path(sys.prefix) / 'share' / 'orgkg'}); reinstall orgkg")


def data_dir() -> Path:
    return _find("data", "roles.tsv")


def ontology_dir() -> Path:
    return _find("ontology", "shapes.ttl")
