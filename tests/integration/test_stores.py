"""The same commands on the embedded store and on a SPARQL server give the same results."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from rdflib import Dataset

from kg.cli import main

ARTICLES = [
    {"id": "tn-1", "date": "2021-03-12", "text":
     "Sáng 11/3, Huyện ủy Nghi Lộc tổ chức hội nghị tổng kết công tác xây dựng Đảng. "
     "Bí thư Huyện ủy, Chủ tịch HĐND huyện Nghi Lộc Trần Văn Bình chủ trì hội nghị. "
     "Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Nghệ An Lê Thị Hoa ghi nhận kết quả."},
    {"id": "tn-2", "date": "2021-05-20", "text":
     "Ông Phạm Quốc Hưng thôi giữ chức Chánh Văn phòng Tỉnh ủy Nghệ An để nhận nhiệm vụ "
     "mới là Bí thư Huyện ủy Nghi Lộc, thay ông Trần Văn Bình nghỉ hưu."},
    {"id": "tn-3", "date": "2021-06-02", "text":
     "Giám đốc Sở Tư pháp thành phố Hà Nội Trần Văn Bình cho biết Sở sẽ đẩy mạnh cải cách "
     "hành chính. Nguyên Chủ tịch UBND tỉnh Thái Bình Hoàng Văn Nam dự lễ kỷ niệm."},
]
QUERIES = [
    "SELECT ?name ?role ?body WHERE { ?m org:member/foaf:name ?name ; "
    "org:role/skos:prefLabel ?role ; org:organization/skos:prefLabel ?body } "
    "ORDER BY ?name ?role ?body",
    "SELECT ?body (COUNT(DISTINCT ?p) AS ?n) WHERE { ?m org:organization/skos:prefLabel ?body ;"
    " org:member ?p } GROUP BY ?body ORDER BY ?body",
    "SELECT ?sub ?top WHERE { ?s org:subOrganizationOf+ ?t . ?s skos:prefLabel ?sub . "
    "?t skos:prefLabel ?top } ORDER BY ?sub ?top",
    "SELECT ?id (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?g schema:identifier ?id . ?s ?p ?o } } "
    "GROUP BY ?id ORDER BY ?id",
    "ASK { ?e a orgkg:Conference ; schema:startDate \"2021-03-11\"^^xsd:date }",
]


def kg(*args: object) -> str:
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def build(tmp: Path, store: str, articles: list[dict[str, str]]) -> None:
    path = tmp / "in.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles),
                    encoding="utf-8")
    kg("build", path, "--store", store, "--jobs", 1, "--quiet")


def quads(store: str, tmp: Path) -> set[tuple]:
    out = tmp / "dump.nq"
    kg("export", "--format", "nquads", "-o", out, "--store", store)
    ds = Dataset()
    ds.parse(out, format="nquads")
    return set(ds.quads())


def results(store: str) -> list[str]:
    return [kg("query", q, "--format", "csv", "--store", store) for q in QUERIES]


def test_build_query_export_show(store_location: str, tmp_path: Path) -> None:
    build(tmp_path, store_location, ARTICLES)
    got = {"results": results(store_location),
           "stats": kg("stats", "--format", "json", "--store", store_location),
           "show": kg("show", "Trần Văn Bình", "--store", store_location)
           + kg("show", "Huyện ủy Nghi Lộc", "--store", store_location),
           "quads": quads(store_location, tmp_path)}
    reference = tmp_path / "reference"
    build(tmp_path, str(reference), ARTICLES)
    want = {"results": results(str(reference)),
            "stats": kg("stats", "--format", "json", "--store", reference),
            "show": kg("show", "Trần Văn Bình", "--store", reference)
            + kg("show", "Huyện ủy Nghi Lộc", "--store", reference),
            "quads": quads(str(reference), tmp_path)}
    assert got == want
    assert json.loads(got["stats"])["articles"] == 3
    assert got["results"][4].strip() == "true"


def test_rebuild_and_remove(store_location: str, tmp_path: Path) -> None:
    build(tmp_path, store_location, ARTICLES)
    build(tmp_path, store_location, ARTICLES[:1])          # again: nothing duplicated
    kg("remove", "tn-3", "--store", store_location)
    reference = tmp_path / "reference"
    build(tmp_path, str(reference), ARTICLES[:2])
    assert quads(store_location, tmp_path) == quads(str(reference), tmp_path)
    assert results(store_location) == results(str(reference))
