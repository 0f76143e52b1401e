"""Fixtures over the invented dataset of sample_graph.py: a store holding it, and the npm
modules that read GEXF back."""
from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sample_graph import GRAPHOLOGY, load_store

from kg.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with load_store(tmp_path / "store") as s:
        yield s


@pytest.fixture(scope="module")
def module_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with load_store(tmp_path_factory.mktemp("export") / "store") as s:
        yield s


@pytest.fixture(scope="session")
def graphology_modules() -> Path:
    """node_modules holding graphology and graphology-gexf; skip without node and npm."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        pytest.skip("node and npm are not installed")
    cache = Path(os.environ.get("KG_NPM_CACHE") or
                 Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") /
                 "orgkg-tests" / "graphology")
    modules = cache / "node_modules"
    if not (modules / "graphology-gexf" / "package.json").is_file():
        cache.mkdir(parents=True, exist_ok=True)
        done = subprocess.run([npm, "install", "--no-audit", "--no-fund", "--silent",
                               "--prefix", str(cache), *GRAPHOLOGY],
                              capture_output=True, text=True, timeout=300, check=False)
        if done.returncode != 0:
            pytest.skip(f"npm could not install graphology-gexf: {done.stderr.strip()[:200]}")
    return modules
