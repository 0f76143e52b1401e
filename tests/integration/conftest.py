"""Stores the integration suite runs on: the embedded store always, and a real SPARQL
server when one is available.

The server is Virtuoso started by ``scripts/virtuoso.sh`` (``.ci/run`` installs it and sets
``KG_TEST_SPARQL``). Set ``KG_TEST_SPARQL=http://host:port/sparql`` to run on another
server; with ``KG_REQUIRE_SPARQL=1`` a missing server fails the run instead of skipping.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.store import open_store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def sparql_endpoint() -> Iterator[str | None]:
    url = os.environ.get("KG_TEST_SPARQL")
    started = False
    if not url and shutil.which("virtuoso-t"):
        script = str(ROOT / "scripts" / "virtuoso.sh")
        running = subprocess.run(["bash", script, "status"], capture_output=True).returncode == 0
        done = subprocess.run(["bash", script, "start"], capture_output=True, text=True,
                              timeout=180)
        if done.returncode == 0:
            url, started = done.stdout.strip().splitlines()[-1], not running
    if not url and os.environ.get("KG_REQUIRE_SPARQL"):
        pytest.fail("KG_REQUIRE_SPARQL is set but no SPARQL server could be started")
    yield url
    if started and not os.environ.get("KG_KEEP_VIRTUOSO"):
        subprocess.run(["bash", str(ROOT / "scripts" / "virtuoso.sh"), "stop"],
                       capture_output=True, timeout=120)


@pytest.fixture(params=["embedded", "server"])
def store_location(request: pytest.FixtureRequest, tmp_path: Path,
                   sparql_endpoint: str | None) -> str:
    if request.param == "embedded":
        return str(tmp_path / "store")
    if not sparql_endpoint:
        pytest.skip("no SPARQL server: install virtuoso-opensource or set KG_TEST_SPARQL")
    with open_store(sparql_endpoint) as store:  # each test starts from an empty store
        store.remove_graphs(sorted(store.graph_names()))
        store.refresh_union()
    return sparql_endpoint
