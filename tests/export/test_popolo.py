"""Popolo JSON validates against Popolo's own JSON Schemas (draft-03, $refs resolved to
the local copies in ../shared/schemas/popolo) and says what the graph says."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sample_graph import A2, BINH, BTC, DANG_BO, HOA, HUYEN_UY, M_BT, M_PBT, SCHEMAS, SON_HA

from kg.export import export
from kg.export.popolo import iri_to_uri
from kg.store import Store

POPOLO = SCHEMAS / "popolo"
COLLECTIONS = {"persons": "person", "organizations": "organization",
               "memberships": "membership", "posts": "post", "areas": "area",
               "events": "event"}


@pytest.fixture(scope="module")
def doc(module_store: Store, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    path = tmp_path_factory.mktemp("popolo") / "people.json"
    export(module_store, "popolo", path)
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def validators() -> dict[str, Any]:
    if not POPOLO.is_dir():
        pytest.skip(f"the Popolo schemas are not in {POPOLO}")
    jsonschema = pytest.importorskip("jsonschema")
    referencing = pytest.importorskip("referencing")
    from referencing.jsonschema import DRAFT3

    schemas = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in POPOLO.glob("*.json")}
    # the schemas' $refs name popoloproject.com URLs: serve them from the local files
    registry = referencing.Registry().with_resources(
        (s["id"].rstrip("#"), referencing.Resource.from_contents(
            s, default_specification=DRAFT3)) for s in schemas.values())
    return {name: jsonschema.Draft3Validator(
        schemas[name], registry=registry,
        format_checker=jsonschema.Draft3Validator.FORMAT_CHECKER)
        for name in COLLECTIONS.values()}


def test_every_object_validates(doc: dict[str, Any]) -> None:
    checks = validators()
    for collection, schema in COLLECTIONS.items():
        assert doc[collection], collection
        for item in doc[collection]:
            errors = [e.message for e in checks[schema].iter_errors(item)]
            assert not errors, (collection, item["id"], errors)


def test_the_validators_do_catch_errors() -> None:
    checks = validators()
    assert list(checks["membership"].iter_errors({"start_date": "08/08/2020"}))
    # through a $ref to link.json: a source needs its url
    assert list(checks["person"].iter_errors({"sources": [{"note": "no url"}]}))


def test_content(doc: dict[str, Any]) -> None:
    orgs = {o["id"]: o for o in doc["organizations"]}
    assert orgs[HUYEN_UY]["parent_id"] == DANG_BO
    assert orgs[HUYEN_UY]["area_id"] == SON_HA
    assert orgs[HUYEN_UY]["classification"] == "Huyện ủy"
    assert orgs[HUYEN_UY]["other_names"] == [{"name": "HU Sơn Hà"}]
    assert orgs[BTC]["classification"] == "Ban Tổ chức"
    persons = {p["id"]: p for p in doc["persons"]}
    assert persons[BINH]["name"] == "Trần Văn Bình"
    assert {s["note"].split(":")[0] for s in persons[BINH]["sources"]} == {"a1", "a2"}
    ms = {m["id"]: m for m in doc["memberships"]}
    assert ms[M_BT]["start_date"] == "2020-08-08" and "end_date" not in ms[M_BT]
    assert ms[M_PBT]["start_date"] == "2012-03-01" and ms[M_PBT]["end_date"] == "2016-05-01"
    assert ms[M_BT]["post_id"] == HUYEN_UY + "/post/bí-thư"
    assert ms[M_BT]["sources"] == [{"url": "https://example.vn/tin/a1",
                                    "note": ms[M_BT]["sources"][0]["note"]}]
    posts = {p["id"]: p for p in doc["posts"]}
    assert posts[HUYEN_UY + "/post/bí-thư"] == {
        "id": HUYEN_UY + "/post/bí-thư", "label": "Bí thư Huyện ủy Sơn Hà", "role": "Bí thư",
        "organization_id": HUYEN_UY, "area_id": SON_HA}
    event = doc["events"][0]
    assert event["organization_id"] == HUYEN_UY and event["start_date"] == "2020-08-07"
    assert {a["id"] for a in event["attendees"]} == {BINH, HOA}
    assert event["sources"][0]["url"] == "https://example.vn/tin/a1"
    # an article without a URL is cited by its IRI, written as a URI
    a2 = next(m for m in doc["memberships"] if m["id"] == M_PBT)["sources"][0]
    assert a2["url"] == iri_to_uri(A2) and a2["url"].isascii()


def test_time_filter_applies(module_store: Store, tmp_path: Path) -> None:
    from kg.export.command import check, run
    from kg.export.network import NetworkOptions

    path = tmp_path / "p.json"
    run(module_store, check("popolo", str(path), NetworkOptions.parse(until="2016")), str(path))
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert [m["id"] for m in doc["memberships"]] == [M_PBT]
    assert [p["id"] for p in doc["persons"]] == [BINH]
