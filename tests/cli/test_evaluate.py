"""``kg evaluate``: the scores of the reference scorer (eval/score.py) from inside kg.

Three invented articles (invented names) are built with ``kg build`` into a store and a
TriG file; GOLD is written by hand for them, with a deliberate miss in every score, an
extra, optional items, a former post, events with organisers and a fourth article that
was never built. The expected figures below were counted by hand from the articles and
GOLD; the same figures must come from the store, from ``--graph`` and from score.py.
Smaller hand-written graphs and gold test the normalisation, matching and reading.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from kg.cli import main
from kg.errors import InputError
from kg.evaluate import (
    Claim,
    GoldArticle,
    GoldEvent,
    GoldMembership,
    GraphEvent,
    GraphFacts,
    evaluate,
    facts_from_file,
    match,
    norm,
    norm_body,
    place_tone,
    prf,
    read_gold,
    render_table,
)

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")

REPO = Path(__file__).resolve().parents[2]
SCORE_PY = REPO.parent / "shared" / "eval" / "score.py"

ARTICLES = [
    {"id": "qt-1", "title": "Hội nghị Ban Chấp hành Đảng bộ tỉnh Quảng Trị", "date": "2023-03-15",
     "text": "Sáng 14/3, Tỉnh ủy Quảng Trị tổ chức hội nghị Ban Chấp hành Đảng bộ tỉnh lần "
             "thứ 12. Bí thư Tỉnh ủy Quảng Trị Lê Văn Hòa chủ trì hội nghị. Phó Chủ tịch "
             "UBND tỉnh Quảng Trị Nguyễn Thị Mai dự hội nghị."},
    {"id": "qt-2", "title": "Bổ nhiệm Phó Chủ tịch UBND tỉnh", "date": "2023-04-02",
     "text": "Ông Trần Quốc Dũng, nguyên Giám đốc Sở Tài chính tỉnh Quảng Trị, được bổ nhiệm "
             "giữ chức Phó Chủ tịch UBND tỉnh Quảng Trị."},
    {"id": "kt-1", "title": "Khai mạc kỳ họp HĐND tỉnh Kon Tum", "date": "2023-07-06",
     "text": "Chiều 5/7, HĐND tỉnh Kon Tum khai mạc kỳ họp thứ 6. Chủ tịch HĐND tỉnh Kon Tum "
             "Phạm Văn Thành chủ trì kỳ họp. Giám đốc Sở Y tế tỉnh Kon Tum Đỗ Minh Quân "
             "trình bày báo cáo."},
]

GOLD = [
    {"id": "qt-1",
     "memberships": [
         # the old tone placement "Hoà" and an alias of the body: both still match
         {"person": "Lê Văn Hoà", "role": "Bí thư",
          "body": ["Tỉnh ủy Quảng Trị", "Ban Chấp hành Đảng bộ tỉnh Quảng Trị"]},
         # a post the article does not give: a miss in membership and person_role
         {"person": "Lê Văn Hòa", "role": "Chủ tịch", "body": "HĐND tỉnh Quảng Trị"},
         # Nguyễn Thị Mai is left out on purpose: an extra in membership, person_role, persons
     ],
     "events": [
         {"type": "conference", "date": "2023-03-14", "organizer": ["Tỉnh ủy Quảng Trị"]},
         # a conference without a date is not required, and not an extra if found
         {"type": "conference", "date": None, "optional": True},
     ]},
    {"id": "qt-2",
     "memberships": [
         {"person": "Trần Quốc Dũng", "role": "Phó Chủ tịch", "body": "UBND tỉnh Quảng Trị",
          "status": "current"},
         {"person": "Trần Quốc Dũng", "role": "Giám đốc", "body": "Sở Tài chính Quảng Trị",
          "status": "former"},
     ],
     "events": []},
    {"id": "kt-1",
     "memberships": [
         {"person": "Phạm Văn Thành", "role": "Chủ tịch", "body": "HĐND tỉnh Kon Tum"},
         {"person": "Đỗ Minh Quân", "role": "Giám đốc", "body": "Sở Y tế tỉnh Kon Tum",
          "optional": True},
     ],
     "events": [
         {"type": "session", "date": "2023-07-05", "organizer": "HĐND tỉnh Kon Tum"},
         # no ceremony in the article: a miss
         {"type": "ceremony", "date": "2023-07-05", "organizer": "UBND tỉnh Kon Tum"},
     ]},
    # never built: every item is a miss, and the article is listed as missing
    {"id": "qt-3",
     "memberships": [
         {"person": "Hồ Thị Lan", "role": "Chủ tịch", "body": "Ủy ban MTTQ tỉnh Quảng Trị"},
         {"person": "Hồ Thị Lan", "role": "Phó Chủ tịch", "body": "HĐND tỉnh Quảng Trị",
          "status": "former"},
     ],
     "events": [{"type": "congress", "date": "2023-05-10", "organizer": "Đảng bộ tỉnh"}]},
]


def _prf(tp: int, fp: int, fn: int, p: float, r: float, f1: float) -> dict[str, Any]:
    return {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f1}


#: counted by hand from ARTICLES and GOLD (F1 = 2tp / (2tp + fp + fn))
EXPECTED = {
    # qt-1: Hòa Bí thư found, Hòa Chủ tịch HĐND missed, Mai extra; qt-2: Dũng's current
    # post found; kt-1: Thành found, Quân optional; qt-3: Lan's current post missed
    "membership": _prf(3, 1, 2, 0.75, 0.6, 0.6667),
    # qt-2: Dũng's former Giám đốc ok; qt-3: Lan's former post missed
    "former": _prf(1, 0, 1, 1.0, 0.5, 0.6667),
    # (Hòa, Bí thư), (Dũng, PCT), (Dũng, GĐ), (Thành, CT) found; (Hòa, CT) and Lan's two
    # missed; (Mai, PCT) extra
    "person_role": _prf(4, 1, 3, 0.8, 0.5714, 0.6667),
    # Hòa, Dũng, Thành found; Lan missed; Mai extra
    "persons": _prf(3, 1, 1, 0.75, 0.75, 0.75),
    # qt-1 conference and kt-1 session found; the ceremony and qt-3's congress missed
    "events": _prf(2, 0, 2, 1.0, 0.5, 0.6667),
    # the organisers of the two found events are right; unmatched events do not count
    "event_organizer": _prf(2, 0, 0, 1.0, 1.0, 1.0),
    "articles": 4,
}

EXPECTED_TABLE = """\
score                  P       R      F1    tp    fp    fn
membership         0.750   0.600   0.667     3     1     2
former             1.000   0.500   0.667     1     0     1
person_role        0.800   0.571   0.667     4     1     3
persons            0.750   0.750   0.750     3     1     1
events             1.000   0.500   0.667     2     0     2
event_organizer    1.000   1.000   1.000     2     0     0
articles: 4
"""


def kg(*args: object) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], env={"KG_STORE": None},
                              prog_name="kg")


def ok(result: Result) -> Result:
    assert result.exit_code == 0, (result.exit_code, result.stdout, result.stderr,
                                   result.exception)
    return result


def write_jsonl(path: Path, rows: list[Any]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """ARTICLES built into a store, its TriG and N-Quads, and GOLD."""
    d = tmp_path_factory.mktemp("evaluate")
    articles = write_jsonl(d / "articles.jsonl", ARTICLES)
    paths = {"store": d / "store", "trig": d / "out.trig", "nq": d / "out.nq",
             "gold": write_jsonl(d / "gold.jsonl", GOLD)}
    ok(kg("build", articles, "--store", paths["store"], "-o", paths["trig"], "--jobs", 1,
          "--quiet"))
    ok(kg("export", "--format", "nquads", "-o", paths["nq"], "--store", paths["store"]))
    return paths


# ---------------------------------------------------------------------------------------
# the command


def test_store_and_graph_file_give_the_same_figures(built: dict[str, Path]) -> None:
    from_store = json.loads(ok(kg("evaluate", built["gold"], "--json",
                                  "--store", built["store"])).stdout)
    from_trig = json.loads(ok(kg("evaluate", built["gold"], "--json",
                                 "--graph", built["trig"])).stdout)
    from_nq = json.loads(ok(kg("evaluate", built["gold"], "--json",
                               "--graph", built["nq"])).stdout)
    assert from_store == from_trig == from_nq


def test_the_figures_counted_by_hand(built: dict[str, Path]) -> None:
    result = json.loads(ok(kg("evaluate", built["gold"], "--json",
                              "--store", built["store"])).stdout)
    assert result == EXPECTED
    assert list(result) == list(EXPECTED)         # in score.py's order too


def test_the_table(built: dict[str, Path]) -> None:
    result = ok(kg("evaluate", built["gold"], "--store", built["store"]))
    assert result.stdout == EXPECTED_TABLE
    # qt-3 was never built: said on stderr, not in the table
    assert "1 of 4 annotated article(s) are not in the graph" in result.stderr


def test_show_errors_prints_each_miss_and_extra_before_the_table(
        built: dict[str, Path]) -> None:
    lines = ok(kg("evaluate", built["gold"], "--show-errors",
                  "--graph", built["trig"])).stdout.splitlines()
    table = EXPECTED_TABLE.splitlines()
    assert lines[-len(table):] == table
    errors = [json.loads(line) for line in lines[:-len(table)]]
    assert {"article": "qt-3", "error": "article missing from the graph"} in errors
    assert {"article": "qt-1", "kind": "membership", "missed": GOLD[0]["memberships"][1]} \
        in errors
    assert {"article": "kt-1", "kind": "events", "missed": ["ceremony", "2023-07-05"]} in errors
    extras = [e for e in errors if "extra" in e]
    assert {(e["article"], e["kind"]) for e in extras} == {
        ("qt-1", "membership"), ("qt-1", "person_role"), ("qt-1", "persons")}
    assert all(e["extra"][0] == ["Nguyễn Thị Mai"] for e in extras)
    # every miss and extra is listed: as many as the figures count
    counted = sum(v["fp"] + v["fn"] for k, v in EXPECTED.items()
                  if isinstance(v, dict) and k != "event_organizer")
    assert len([e for e in errors if "kind" in e]) == counted


@pytest.mark.skipif(not SCORE_PY.exists(),
                    reason=f"the reference scorer {SCORE_PY} is not here (it is shared "
                           "material outside the repository)")
def test_the_same_as_score_py(built: dict[str, Path]) -> None:
    def score_py(*args: object) -> str:
        proc = subprocess.run(
            [sys.executable, str(SCORE_PY), "--gold", str(built["gold"]),
             "--graph", str(built["trig"]), *map(str, args)],
            check=False, capture_output=True, text=True, timeout=300,
            env={**os.environ, "PYTHONWARNINGS": "ignore"})
        assert proc.returncode == 0, proc.stderr
        return proc.stdout

    reference = json.loads(score_py("--json"))
    for source in (("--store", built["store"]), ("--graph", built["trig"])):
        mine = ok(kg("evaluate", built["gold"], "--json", *source)).stdout
        assert json.loads(mine) == reference
        assert ok(kg("evaluate", built["gold"], *source)).stdout == score_py()
        shown = ok(kg("evaluate", built["gold"], "--show-errors", "--json", *source)).stdout
        assert sorted(shown.splitlines()) == sorted(score_py("--show-errors",
                                                             "--json").splitlines())


# -- bad input: exit 2, one line naming the file and what to do, no traceback


def assert_bad_input(result: Result, *names: str) -> str:
    assert result.exit_code == 2, (result.exit_code, result.stdout, result.stderr)
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)
    assert "Traceback" not in result.stderr + result.stdout
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("kg: error: "), result.stderr
    for name in names:
        assert name in lines[0], (name, lines[0])
    return lines[0]


def test_missing_gold_file(tmp_path: Path, built: dict[str, Path]) -> None:
    assert_bad_input(kg("evaluate", tmp_path / "nope.jsonl", "--store", built["store"]),
                     "nope.jsonl", "does not exist")


def test_gold_line_not_json(tmp_path: Path, built: dict[str, Path]) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOLD[0], ensure_ascii=False) + "\n\n{\"id\": \"x\",\n",
                    encoding="utf-8")
    line = assert_bad_input(kg("evaluate", gold, "--store", built["store"]),
                            str(gold), "line 3", "not JSON")
    assert '{"id"' in line                        # says what to write


def test_gold_line_without_id(tmp_path: Path, built: dict[str, Path]) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", [GOLD[0], {"memberships": []}])
    assert_bad_input(kg("evaluate", gold, "--graph", built["trig"]),
                     str(gold), "line 2", '"id"')


def test_bad_gold_is_refused_before_the_store_is_opened(tmp_path: Path) -> None:
    """Exit 2 for the gold file, not 3 for a store that does not exist."""
    gold = write_jsonl(tmp_path / "gold.jsonl", [["not", "an", "object"]])
    assert_bad_input(kg("evaluate", gold, "--store", tmp_path / "no-store"),
                     str(gold), "line 1")


def test_missing_graph_file(tmp_path: Path, built: dict[str, Path]) -> None:
    assert_bad_input(kg("evaluate", built["gold"], "--graph", tmp_path / "none.trig"),
                     "none.trig", "kg build")


def test_graph_file_not_trig(tmp_path: Path, built: dict[str, Path]) -> None:
    bad = tmp_path / "bad.trig"
    bad.write_text("<urn:a> <urn:b> <urn:c> .\n<urn:a> <urn:b> \"unclosed .\n",
                   encoding="utf-8")
    assert_bad_input(kg("evaluate", built["gold"], "--graph", bad),
                     "bad.trig", "line 2", "TriG")


def test_missing_store_is_exit_3(tmp_path: Path, built: dict[str, Path]) -> None:
    result = kg("evaluate", built["gold"], "--store", tmp_path / "no-store")
    assert result.exit_code == 3 and "kg build" in result.stderr


# ---------------------------------------------------------------------------------------
# normalisation


@pytest.mark.parametrize(("written", "normal"), [
    ("Lê Văn Hoà", "lê văn hòa"),                      # old tone placement
    ("Lê Văn Ho\u0300a", "lê văn hòa"),                # decomposed (NFD)
    ("Thuỷ", "thủy"),
    ("Đòan Thanh niên", "đoàn thanh niên"),            # mark typed on the wrong vowel
    ("Hòang Văn Qúy", "hoàng văn quý"),
    ("UBND tỉnh Quảng Trị", "ủy ban nhân dân tỉnh quảng trị"),
    ("Chủ tịch HĐND", "chủ tịch hội đồng nhân dân"),
    ("Ủy ban MTTQ", "ủy ban mặt trận tổ quốc"),
    ("UBMTTQ Việt Nam", "ủy ban mặt trận tổ quốc việt nam"),
    ("Thành ủy TP.HCM", "thành ủy thành phố hồ chí minh"),
    ("BCH TW", "ban chấp hành trung ương"),
    ("Phó Bí thư (thường trực),  Tỉnh ủy", "phó bí thư thường trực tỉnh ủy"),
])
def test_norm(written: str, normal: str) -> None:
    assert norm(written) == normal
    assert norm(normal) == normal                      # normalising twice changes nothing


@pytest.mark.parametrize(("written", "normal"), [
    ("UBND tỉnh Quảng Trị", "ủy ban nhân dân quảng trị"),
    ("Ủy ban nhân dân Quảng Trị", "ủy ban nhân dân quảng trị"),
    ("Tỉnh ủy Quảng Trị", "tỉnh ủy quảng trị"),        # "tỉnh" of "Tỉnh ủy" stays
    ("Thành ủy TP.HCM", "thành ủy hồ chí minh"),
    ("Ban Chấp hành Đảng bộ thành phố Đà Nẵng", "ban chấp hành đảng bộ đà nẵng"),
    ("Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam", "ban chấp hành trung ương"),
])
def test_norm_body(written: str, normal: str) -> None:
    assert norm_body(written) == normal


@pytest.mark.parametrize(("word", "placed"), [
    ("hoà", "hòa"), ("khoẻ", "khỏe"), ("thuỷ", "thủy"), ("đòan", "đoàn"), ("hòang", "hoàng"),
    ("qúy", "quý"), ("ngòai", "ngoài"), ("gìa", "già"), ("giứp", "giứp"), ("trường", "trường"),
    ("viêt", "viêt"), ("tỉnh", "tỉnh"), ("hcm", "hcm"),
])
def test_place_tone(word: str, placed: str) -> None:
    assert place_tone(word) == placed


# ---------------------------------------------------------------------------------------
# matching and scores


def test_match_is_maximal_not_greedy() -> None:
    # gold "x" could take pred 0 or 1; gold "y" only pred 0: both are matched
    pred = [{"x", "y"}, {"x"}]
    tp, extra, missed = match(pred, ["x", "y"], lambda p, g: g in p)
    assert (tp, extra, missed) == (2, [], [])


def test_match_reports_unmatched_in_order() -> None:
    tp, extra, missed = match([1, 2, 3, 3], [3, 4, 1], lambda p, g: p == g)
    assert (tp, extra, missed) == (2, [2, 3], [4])


@pytest.mark.parametrize(("counts", "p", "r", "f1"), [
    ((0, 0, 0), 1.0, 1.0, 1.0),          # nothing to find, nothing found
    ((0, 0, 2), 0.0, 0.0, 0.0),          # nothing found of two
    ((0, 3, 0), 0.0, 1.0, 0.0),          # only extras
    ((2, 1, 1), 0.6667, 0.6667, 0.6667),
])
def test_prf(counts: tuple[int, int, int], p: float, r: float, f1: float) -> None:
    tp, fp, fn = counts
    assert prf(tp, fp, fn) == _prf(tp, fp, fn, p, r, f1)


def member(person: Any, role: Any, body: Any, *, former: bool = False,
           optional: bool = False) -> GoldMembership:
    def alts(v: Any) -> tuple[str, ...]:
        return tuple(v) if isinstance(v, list) else (v,)
    raw = {"person": person, "role": role, "body": body}
    return GoldMembership(alts(person), alts(role), alts(body), former, optional, raw)


def claim(person: str, role: str, *bodies: str, former: bool = False) -> Claim:
    return Claim(frozenset([person]), frozenset([role]), frozenset(bodies), former)


def event(kind: str, date: str | None, *organizers: str, optional: bool = False) -> GoldEvent:
    return GoldEvent(kind, date, organizers, optional, {"type": kind, "date": date})


def test_evaluate_duplicates_optional_items_and_organisers() -> None:
    gold = [GoldArticle("a", (
        member("Lê Văn Hòa", "Bí thư", "Tỉnh ủy Quảng Trị"),
        member("Lê Văn Hòa", "Bí thư", "Huyện ủy Gio Linh", former=True),
        member("Ngô Thị Hạnh", "Ủy viên", "Ban Thường vụ Tỉnh ủy Quảng Trị", optional=True),
    ), (
        event("conference", "2023-03-14", "Tỉnh ủy Quảng Trị"),
        event("meeting", None, "UBND tỉnh Quảng Trị"),
        event("ceremony", "2023-03-15", optional=True),
    ))]
    facts = GraphFacts(articles={"a"}, claims={"a": [
        # the same claim under two spellings counts once
        claim("Lê Văn Hoà", "Bí thư", "Tỉnh ủy Quảng Trị"),
        claim("Lê Văn Hòa", "bí thư", "Tỉnh uỷ Quảng Trị"),
        # the former post given as current: a former miss and a membership extra
        claim("Lê Văn Hòa", "Bí thư", "Huyện ủy Gio Linh"),
        # matches the optional post: no extra anywhere
        claim("Ngô Thị Hạnh", "Ủy viên", "BTV Tỉnh ủy Quảng Trị"),
    ]}, events={"a": [
        GraphEvent("conference", "2023-03-14", frozenset(["Huyện ủy Gio Linh"])),
        GraphEvent("meeting", "2023-03-14", frozenset()),     # a date where gold has none
        GraphEvent("ceremony", "2023-03-15", frozenset()),    # optional
    ]})
    result = evaluate(gold, facts)
    assert result.as_dict() == {
        "membership": _prf(1, 1, 0, 0.5, 1.0, 0.6667),
        "former": _prf(0, 0, 1, 0.0, 0.0, 0.0),
        "person_role": _prf(1, 0, 0, 1.0, 1.0, 1.0),
        "persons": _prf(1, 0, 0, 1.0, 1.0, 1.0),
        "events": _prf(1, 1, 1, 0.5, 0.5, 0.5),
        "event_organizer": _prf(0, 0, 1, 0.0, 0.0, 0.0),
        "articles": 1,
    }
    assert {"article": "a", "kind": "events", "extra": ["meeting", "2023-03-14"]} \
        in result.errors
    assert {"article": "a", "kind": "former",
            "missed": {"person": "Lê Văn Hòa", "role": "Bí thư", "body": "Huyện ủy Gio Linh"}} \
        in result.errors


def test_no_gold_articles() -> None:
    result = evaluate([], GraphFacts())
    assert result.as_dict() == {"articles": 0}
    assert render_table(result.as_dict()).splitlines()[-1] == "articles: 0"


# ---------------------------------------------------------------------------------------
# reading


GRAPH_TRIG = """\
@prefix org: <http://www.w3.org/ns/org#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <https://schema.org/> .
@prefix orgkg: <https://w3id.org/orgkg#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix : <https://example.org/id/> .

:article-a {
  :article-a schema:identifier "a" .
  :p foaf:name "Lê Văn Hòa" .
  :b skos:prefLabel "Tỉnh ủy Quảng Trị"@vi ;
     skos:altLabel "Ban Chấp hành Đảng bộ tỉnh Quảng Trị"@vi .
  :r skos:prefLabel "Bí thư"@vi .
  :m a org:Membership ; org:member :p ; org:role :r ; org:organization :b ;
     orgkg:status orgkg:Current .
  :m2 org:member :p ; org:role :r ; org:organization :b2 ; orgkg:status orgkg:Former .
  :e a orgkg:Conference ; schema:startDate "2023-03-14"^^xsd:date ; schema:organizer :b .
}
:article-b {
  :article-b schema:identifier "b" .
  :e2 a orgkg:Session .
  :d a orgkg:ResolutionDecision .
}
:other { :m3 org:member :p ; org:role :r ; org:organization :b . }
:b2 skos:prefLabel "Huyện ủy Gio Linh" .
"""


def test_facts_from_file(tmp_path: Path) -> None:
    path = tmp_path / "g.trig"
    path.write_text(GRAPH_TRIG, encoding="utf-8")
    facts = facts_from_file(path)
    assert facts.articles == {"a", "b"}
    person, role = frozenset(["Lê Văn Hòa"]), frozenset(["Bí thư"])
    body = frozenset(["Tỉnh ủy Quảng Trị", "Ban Chấp hành Đảng bộ tỉnh Quảng Trị"])
    # :b2's label is in the default graph, which GRAPH ?g does not read (as score.py)
    assert sorted(facts.claims["a"], key=lambda c: c.former) == [
        Claim(person, role, body, False), Claim(person, role, frozenset(), True)]
    assert list(facts.claims) == ["a"]             # the graph of no article is left out
    assert facts.events == {"a": [GraphEvent("conference", "2023-03-14", body)],
                            "b": [GraphEvent("session", None, frozenset())]}


def test_read_gold(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "gold.jsonl", GOLD)
    articles = read_gold(path)
    assert [a.id for a in articles] == ["qt-1", "qt-2", "kt-1", "qt-3"]
    first = articles[0].memberships[0]
    assert first.body == ("Tỉnh ủy Quảng Trị", "Ban Chấp hành Đảng bộ tỉnh Quảng Trị")
    assert not first.former and not first.optional
    assert articles[1].memberships[1].former
    assert articles[0].events[1] == GoldEvent("conference", None, (), True, {})


@pytest.mark.parametrize(("line", "says"), [
    ('{"id": "a", "memberships": [{"person": "X", "role": "Y"}]}', '"body"'),
    ('{"id": "a", "memberships": [{"person": [], "role": "Y", "body": "Z"}]}', '"person"'),
    (json.dumps({"id": "a", "memberships": [{"person": "X", "role": "Y", "body": "Z",
                                             "status": "Former"}]}), '"current" or "former"'),
    ('{"id": "a", "events": [{"type": "party"}]}', "conference"),
    ('{"id": "a", "events": [{"type": "session", "date": 2023}]}', '"date"'),
    ('{"id": "a", "memberships": {}}', '"memberships"'),
    ('{"id": 7}', '"id"'),
])
def test_read_gold_says_what_is_wrong(tmp_path: Path, line: str, says: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        read_gold(path)
    assert str(path) in e.value.message and "line 1" in e.value.message
    assert says in e.value.message
    assert "\n" not in e.value.message
