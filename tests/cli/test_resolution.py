"""One person, one node across articles and runs; two people of one name, two nodes.

The articles are invented; the names are not those of real officials.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset

from kg.cli import main

ARTICLES = {
    # Quảng Nam: a deputy chair of a district
    "qn-1": "Chiều 3/4, Phó Chủ tịch UBND huyện Duy Xuyên Trần Văn Bình chủ trì hội nghị "
            "sơ kết công tác phòng chống thiên tai của huyện.",
    # Hà Nội: another man of the same name, head of a department
    "hn-1": "Giám đốc Sở Tư pháp thành phố Hà Nội Trần Văn Bình cho biết, năm nay Sở sẽ "
            "đẩy mạnh cải cách hành chính.",
    # Quảng Nam again: the same deputy chair, with a second post
    "qn-2": "Ông Trần Văn Bình, Phó Chủ tịch UBND huyện Duy Xuyên, Ủy viên Ban Thường vụ "
            "Huyện ủy Duy Xuyên, đã làm việc với các xã ven biển.",
}


def kg(*args: object) -> str:
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def write(folder: Path, ids: list[str]) -> Path:
    path = folder / f"{'-'.join(ids)}.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": ARTICLES[i], "date": "2021-04-05"},
                                       ensure_ascii=False) + "\n" for i in ids), encoding="utf-8")
    return path


def persons(store: Path) -> dict[str, set[str]]:
    """Person IRI -> the ids of the articles that name it."""
    out = kg("query", "SELECT ?p ?id WHERE { GRAPH ?g { ?g schema:identifier ?id . "
             "?p a foaf:Person } }", "--format", "tsv", "--store", store)
    found: dict[str, set[str]] = {}
    for line in out.splitlines()[1:]:
        p, art = line.split("\t")
        found.setdefault(p.strip("<>"), set()).add(art.strip('"'))
    return found


def quads(store: Path, tmp: Path) -> set[tuple]:
    out = tmp / f"{store.name}.nq"
    kg("export", "--format", "nquads", "-o", out, "--store", store)
    ds = Dataset()
    ds.parse(out, format="nquads")
    return set(ds.quads())


PLAIN = "https://w3id.org/orgkg/id/person/trần-văn-bình"
HANOI = "https://w3id.org/orgkg/id/person/trần-văn-bình/hà-nội"


def test_two_people_of_one_name_stay_two_nodes(tmp_path: Path) -> None:
    store = tmp_path / "st"
    kg("build", write(tmp_path, list(ARTICLES)), "--store", store, "--jobs", 1, "-q")
    assert persons(store) == {PLAIN: {"qn-1", "qn-2"}, HANOI: {"hn-1"}}


def test_memberships_follow_their_person(tmp_path: Path) -> None:
    store = tmp_path / "st"
    kg("build", write(tmp_path, list(ARTICLES)), "--store", store, "--jobs", 1, "-q")
    out = kg("query", "SELECT ?m WHERE { ?m org:member <%s> }" % HANOI, "--format", "tsv",
             "--store", store)
    assert out.splitlines()[1:] == [
        "<https://w3id.org/orgkg/id/membership/trần-văn-bình/hà-nội/giám-đốc/"
        "sở-tư-pháp-thành-phố-hà-nội>"]


@pytest.mark.parametrize("runs", [
    [["hn-1"], ["qn-2"], ["qn-1"]],
    [["qn-2", "hn-1"], ["qn-1"]],
    [["qn-1"], ["hn-1"], ["qn-2"], ["hn-1"]],     # building an article again changes nothing
])
def test_runs_in_any_order_give_the_same_dataset(tmp_path: Path, runs: list[list[str]]) -> None:
    once = tmp_path / "once"
    kg("build", write(tmp_path, list(ARTICLES)), "--store", once, "--jobs", 1, "-q")
    step = tmp_path / "step"
    for ids in runs:
        kg("build", write(tmp_path, ids), "--store", step, "--jobs", 1, "-q")
    assert quads(once, tmp_path) == quads(step, tmp_path)


def test_remove_takes_away_what_only_that_article_said(tmp_path: Path) -> None:
    store = tmp_path / "st"
    kg("build", write(tmp_path, list(ARTICLES)), "--store", store, "--jobs", 1, "-q")
    kg("remove", "hn-1", "--store", store)
    assert persons(store) == {PLAIN: {"qn-1", "qn-2"}}
    only_qn = tmp_path / "only"
    kg("build", write(tmp_path, ["qn-1", "qn-2"]), "--store", only_qn, "--jobs", 1, "-q")
    assert quads(store, tmp_path) == quads(only_qn, tmp_path)


def test_remove_an_unknown_id_is_a_clear_error(tmp_path: Path) -> None:
    store = tmp_path / "st"
    kg("build", write(tmp_path, ["qn-1"]), "--store", store, "--jobs", 1, "-q")
    result = CliRunner().invoke(main, ["remove", "nope", "--store", str(store)])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"kg: error: no article with id 'nope' in the store {store}; list them with: kg query "
        "'SELECT ?id WHERE { ?a schema:identifier ?id }'"]


def test_show_a_person_and_a_body(tmp_path: Path) -> None:
    store = tmp_path / "st"
    kg("build", write(tmp_path, list(ARTICLES)), "--store", store, "--jobs", 1, "-q")
    person = kg("show", "Trần Văn Bình", "--store", store)
    assert person.count("Trần Văn Bình  <") == 2
    assert "Phó Chủ tịch, Ủy ban nhân dân huyện Duy Xuyên (current)" in person
    assert "Giám đốc, Sở Tư pháp thành phố Hà Nội (current)" in person
    assert "kept apart from the 1 other person(s) named Trần Văn Bình" in person
    body = kg("show", "UBND huyện Duy Xuyên", "--store", store)
    assert body.splitlines()[0].startswith("Ủy ban nhân dân huyện Duy Xuyên  <")
    assert "2021-04-03 … 2021-04-05" in body   # the conference day, then the article day
    huyen_uy = kg("show", "Huyện ủy Duy Xuyên", "--store", store)
    assert "part of: Đảng bộ huyện Duy Xuyên ⊂ Đảng bộ tỉnh Quảng Nam ⊂ Đảng Cộng sản Việt Nam" \
        in huyen_uy
    assert "sub-bodies: Ban Thường vụ Huyện ủy Duy Xuyên" in huyen_uy


def test_resolve_rebuilds_what_a_hand_edit_took_away(tmp_path: Path) -> None:
    source = write(tmp_path, ["qn-1", "hn-1", "qn-2"])
    kg("build", source, "--store", tmp_path / "built")
    expected = quads(tmp_path / "built", tmp_path)
    edited = tmp_path / "edited"
    kg("build", source, "--store", edited)
    # a hand edit: the resolution decisions and the derived facts dropped
    kg("query", "--update", "--store", edited,
       "DROP GRAPH <https://w3id.org/orgkg/id/graph/resolution> ; "
       "DROP GRAPH <https://w3id.org/orgkg/id/graph/derived>")
    assert quads(edited, tmp_path) != expected
    result = CliRunner().invoke(main, ["resolve", "--store", str(edited)])
    assert result.exit_code == 0, result.output
    assert "resolved the persons of 3 article(s)" in result.output
    assert quads(edited, tmp_path) == expected


def test_resolve_on_a_store_with_no_article_is_one_line_and_exit_2(tmp_path: Path) -> None:
    store = tmp_path / "emptied"
    kg("build", write(tmp_path, ["qn-1"]), "--store", store)
    kg("remove", "qn-1", "--store", store)
    result = CliRunner().invoke(main, ["resolve", "--store", str(store)])
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1
    assert "holds no article" in result.output and "kg build" in result.output
