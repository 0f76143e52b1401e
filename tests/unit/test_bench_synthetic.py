"""The benchmark's synthetic dataset is orgkg data: it conforms to the shapes, has every
kind of node, and the same seed gives the same bytes."""
from __future__ import annotations

import sys
from pathlib import Path

from kg.resources import ontology_dir
from kg.stats import stats
from kg.store import EmbeddedStore
from kg.validate import validate

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import synthetic  # noqa: E402


def test_small_dataset_is_valid_orgkg_data(tmp_path: Path) -> None:
    first, again = tmp_path / "a.nq", tmp_path / "b.nq"
    count = synthetic.dataset(4000, first)
    assert 4000 * 0.98 <= count == sum(1 for _ in first.open("rb"))
    synthetic.dataset(4000, again)
    assert first.read_bytes() == again.read_bytes()

    store = EmbeddedStore(tmp_path / "store")
    store.bulk_load(first)
    report = validate(store, ontology_dir() / "shapes.ttl")
    assert report.conforms, report.text[:2000]
    kinds = stats(store)
    for kind in ("articles", "persons", "bodies", "memberships", "events", "places"):
        assert kinds[kind] > 0, kind
    # memberships carry the derived intervals, and bodies their hierarchy
    assert store.query("ASK { ?m org:memberDuring/time:hasBeginning/time:inXSDDate ?d }").boolean
    assert store.query("ASK { ?b org:subOrganizationOf+ ?top . "
                       "?top skos:prefLabel \"Đảng Cộng sản Việt Nam\"@vi }").boolean
