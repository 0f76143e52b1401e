"""The ``kg`` command line against CONTRACT.md §1: commands, outputs and exit codes.

Most tests run ``kg.cli.main`` in-process with click's CliRunner; the ones that need a
real process (``python -m kg``, a store locked by another process) use subprocess.
Inputs are two short invented articles (.txt and .jsonl) written to ``tmp_path``; every
store is a fresh directory under ``tmp_path``. Error cases check the exit code, a
one-line ``kg: error: ...`` on stderr naming the culprit, and that no traceback leaks.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.cli import main

# rdflib's own parsers use its deprecated ConjunctiveGraph / default_context internally
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")

BASE = "https://w3id.org/orgkg/id/"
DERIVED = BASE + "graph/derived"
RESOLUTION = BASE + "graph/resolution"
REPO = Path(__file__).resolve().parents[2]

# An invented conference story (GUIDELINES §3 chain with a shared place, §4 event).
ARTICLE_TXT = """\
Thứ Bảy, ngày 8 tháng 8 năm 2020

Nghi Lộc: Hội nghị Ban Chấp hành Đảng bộ huyện

Sáng 7/8, Huyện ủy Nghi Lộc tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 5. \
Bí thư Huyện ủy, Chủ tịch HĐND huyện Nghi Lộc Trần Văn Bình chủ trì hội nghị.

Minh Khang
"""
TXT_ID = "nghiloc"

ARTICLES_JSONL = [
    {"id": "tq-1", "title": "Tuyên Quang: Khai mạc kỳ họp HĐND tỉnh", "date": "2021-07-20",
     "source": "example.vn", "url": "https://example.vn/tq-1",
     "text": "Sáng 19/7, HĐND tỉnh Tuyên Quang khai mạc kỳ họp thứ 10. Chủ tịch HĐND tỉnh "
             "Tuyên Quang Lê Thị Hoa chủ trì kỳ họp."},
    {"id": "tq-2", "title": "Bổ nhiệm Giám đốc Sở Tư pháp", "date": "2021-07-21",
     "text": "Ông Phạm Minh Tuấn được bổ nhiệm giữ chức Giám đốc Sở Tư pháp tỉnh Tuyên Quang."},
]

#: kg stats --format json of ARTICLE_TXT alone: 2 bodies with posts (Huyện ủy, HĐND) and
#: their parents Đảng bộ huyện Nghi Lộc, Đảng bộ tỉnh Nghệ An, Đảng Cộng sản Việt Nam
TXT_STATS = {"articles": 1, "persons": 1, "bodies": 5, "roles": 2, "memberships": 2,
             "events": 1, "places": 2, "triples": 89, "graphs": 3}


# ---------------------------------------------------------------------------------------
# helpers


def kg(*args: object, input: str | None = None, store_env: str | None = None) -> Result:
    """Run ``kg ARGS`` in-process; KG_STORE is ``store_env`` (unset by default)."""
    runner = CliRunner()
    return runner.invoke(main, [str(a) for a in args], input=input,
                         env={"KG_STORE": store_env}, prog_name="kg")


def kg_process(*args: object, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m kg ARGS`` in a real process (stdout and stderr are pipes)."""
    env = {k: v for k, v in os.environ.items() if k != "KG_STORE"}
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True,
                          text=True, env=env, cwd=cwd, timeout=300)


def ok(result: Result) -> Result:
    assert result.exit_code == 0, (result.exit_code, result.stdout, result.stderr,
                                   result.exception)
    return result


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()]


def assert_clean_error(result: Result, code: int, *names: str) -> str:
    """Exit ``code``, no traceback, one ``kg: error:`` line naming each of ``names``."""
    assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr,
                                      result.exception)
    # an exception other than SystemExit means the CLI let a library error escape
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    errors = [line for line in error_lines(result.stderr) if line.startswith("kg: error:")]
    assert len(errors) == 1, result.stderr
    for name in names:
        assert name in errors[0], (name, errors[0])
    return errors[0]


def graphs_of(path: Path, fmt: str) -> dict[str, Graph]:
    """A dataset file as {graph name: graph}, empty graphs left out ('' = default graph)."""
    ds = Dataset()
    ds.parse(path, format=fmt)
    out: dict[str, Graph] = {}
    for g in ds.graphs():
        if len(g) == 0:
            continue
        name = "" if g.identifier == ds.default_graph.identifier else str(g.identifier)
        copy = Graph()
        for t in g:
            copy.add(t)
        out[name] = copy
    return out


def union_of(graphs: dict[str, Graph]) -> Graph:
    u = Graph()
    for g in graphs.values():
        for t in g:
            u.add(t)
    return u


def assert_same_dataset(a: dict[str, Graph], b: dict[str, Graph]) -> None:
    """Graph by graph: the same graph names, each pair isomorphic."""
    assert sorted(a) == sorted(b)
    for name in a:
        assert isomorphic(a[name], b[name]), f"graph <{name}> differs"


def dump(store: Path, tmp_path: Path, name: str = "dump.nq") -> dict[str, Graph]:
    out = tmp_path / name
    ok(kg("export", "--format", "nquads", "-o", out, "--store", store))
    return graphs_of(out, "nquads")


def stats(store: Path) -> dict[str, int]:
    return json.loads(ok(kg("stats", "--format", "json", "--store", store)).stdout)


def article_iri(article_id: str) -> str:
    from kg.rdf.build import IriMinter

    return str(IriMinter().article(article_id))


@pytest.fixture
def txt(tmp_path: Path) -> Path:
    path = tmp_path / f"{TXT_ID}.txt"
    path.write_text(ARTICLE_TXT, encoding="utf-8")
    return path


@pytest.fixture
def jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES_JSONL),
                    encoding="utf-8")
    return path


@pytest.fixture
def built(tmp_path: Path, txt: Path) -> Path:
    """A store holding ARTICLE_TXT."""
    store = tmp_path / "built"
    ok(kg("build", txt, "--store", store, "--jobs", 1))
    return store


# ---------------------------------------------------------------------------------------
# help and docs

CONTRACT_COMMANDS = ("build", "query", "export", "stats", "validate")


def test_contract_commands_exist() -> None:
    assert set(CONTRACT_COMMANDS) <= set(main.commands)


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_has_help(name: str) -> None:
    command = main.commands[name]
    assert command.help and command.help.strip(), f"kg {name} has no docstring"
    result = ok(kg(name, "--help"))
    first_line = " ".join(command.help.split("\n\n")[0].split())
    assert first_line in " ".join(result.stdout.split())
    assert "Usage: kg " + name in result.stdout


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_is_in_the_readme(name: str) -> None:
    assert f"kg {name}" in (REPO / "README.md").read_text(encoding="utf-8")


_NO_OPTION_HELP: set[str] = set()  # commands with an option lacking help text


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=f"kg {n} --format has no help"))
    if n in _NO_OPTION_HELP else n for n in sorted(main.commands)])
def test_every_option_has_help(name: str) -> None:
    missing = [p.opts[0] for p in main.commands[name].params
               if isinstance(p, click.Option) and not p.help]
    assert not missing, f"kg {name}: options without help: {missing}"


def test_python_dash_m_kg() -> None:
    proc = kg_process("--help")
    assert proc.returncode == 0, proc.stderr
    for name in CONTRACT_COMMANDS:
        assert name in proc.stdout
    version = kg_process("--version")
    assert version.returncode == 0 and version.stdout.startswith("kg")


# ---------------------------------------------------------------------------------------
# build

SUMMARY = "built 1 articles in "
TOTALS = "; the store holds 1 articles, 1 persons, 5 bodies, 2 memberships, 1 events"


def test_build_txt_prints_the_summary(tmp_path: Path, txt: Path) -> None:
    result = ok(kg("build", txt, "--store", tmp_path / "st", "--jobs", 1))
    assert result.stdout == ""
    lines = error_lines(result.stderr)
    assert len(lines) == 1 and lines[0].startswith(SUMMARY) and lines[0].endswith(TOTALS), lines


def test_build_quiet_prints_nothing(tmp_path: Path, txt: Path) -> None:
    result = ok(kg("build", txt, "--store", tmp_path / "st", "--jobs", 1, "--quiet"))
    assert result.stdout == "" and result.stderr == ""


def test_build_jsonl_writes_one_graph_per_article(tmp_path: Path, jsonl: Path) -> None:
    out = tmp_path / "out.trig"
    result = ok(kg("build", jsonl, "--store", tmp_path / "st", "--jobs", 1, "-o", out))
    summary = error_lines(result.stderr)
    assert len(summary) == 1 and summary[0].startswith("built 2 articles in ")
    assert "the store holds 2 articles, 2 persons" in summary[0]
    assert summary[0].endswith(f"; wrote {out}")
    graphs = graphs_of(out, "trig")
    assert sorted(graphs) == sorted([article_iri("tq-1"), article_iri("tq-2"), DERIVED, RESOLUTION])


def test_build_txt_and_jsonl_together(tmp_path: Path, txt: Path, jsonl: Path) -> None:
    out = tmp_path / "out.trig"
    ok(kg("build", txt, jsonl, "--store", tmp_path / "st", "--jobs", 1, "-o", out))
    graphs = graphs_of(out, "trig")
    assert sorted(graphs) == sorted(
        [article_iri(TXT_ID), article_iri("tq-1"), article_iri("tq-2"), DERIVED, RESOLUTION])
    # each article graph holds its article's metadata (CONTRACT §2)
    tq1 = graphs[article_iri("tq-1")]
    q = ("SELECT ?id ?url ?pub WHERE { ?a schema:identifier ?id ; schema:url ?url ; "
         "schema:publisher ?pub }")
    rows = [tuple(map(str, r)) for r in tq1.query(q, initNs={"schema": "https://schema.org/"})]
    assert rows == [("tq-1", "https://example.vn/tq-1", "example.vn")]


def test_build_same_input_twice_changes_nothing(tmp_path: Path, txt: Path,
                                               jsonl: Path) -> None:
    store = tmp_path / "st"
    ok(kg("build", txt, jsonl, "--store", store, "--jobs", 1, "-o", tmp_path / "first.trig"))
    first, first_stats = dump(store, tmp_path, "first.nq"), stats(store)
    ok(kg("build", txt, jsonl, "--store", store, "--jobs", 1, "-o", tmp_path / "second.trig"))
    second, second_stats = dump(store, tmp_path, "second.nq"), stats(store)
    assert_same_dataset(first, second)
    assert first_stats == second_stats
    assert_same_dataset(graphs_of(tmp_path / "first.trig", "trig"),
                        graphs_of(tmp_path / "second.trig", "trig"))
    # and a fresh store built from the same input holds the same dataset
    ok(kg("build", txt, jsonl, "--store", tmp_path / "fresh", "--jobs", 1))
    assert_same_dataset(first, dump(tmp_path / "fresh", tmp_path, "fresh.nq"))
    assert stats(tmp_path / "fresh") == first_stats


def test_build_with_two_jobs_gives_the_same_dataset(tmp_path: Path, txt: Path,
                                                    jsonl: Path) -> None:
    ok(kg("build", txt, jsonl, "--store", tmp_path / "one", "--jobs", 1))
    ok(kg("build", txt, jsonl, "--store", tmp_path / "two", "--jobs", 2))
    assert_same_dataset(dump(tmp_path / "one", tmp_path, "one.nq"),
                        dump(tmp_path / "two", tmp_path, "two.nq"))


def test_build_base_iri(tmp_path: Path, txt: Path) -> None:
    out = tmp_path / "out.nq"
    ok(kg("build", txt, "--store", tmp_path / "st", "--jobs", 1, "-o", out,
          "--base-iri", "https://example.org/kg/"))
    graphs = graphs_of(out, "nquads")
    assert sorted(graphs) == ["https://example.org/kg/article/nghiloc",
                              "https://example.org/kg/graph/derived",
                              "https://example.org/kg/graph/resolution"]
    subjects = {str(s) for g in graphs.values() for s in g.subjects()}
    assert all(s.startswith("https://example.org/kg/") for s in subjects), subjects


@pytest.fixture
def news_dir(tmp_path: Path) -> Path:
    """A directory with the article, a nested copy under another id and a stray file."""
    d = tmp_path / "news"
    (d / "sub").mkdir(parents=True)
    (d / "nghiloc.txt").write_text(ARTICLE_TXT, encoding="utf-8")
    (d / "sub" / "nghiloc-2.txt").write_text(ARTICLE_TXT, encoding="utf-8")
    (d / "notes.md").write_text("not an article\n", encoding="utf-8")
    return d


def test_build_a_directory(tmp_path: Path, news_dir: Path) -> None:
    ok(kg("build", news_dir, "--store", tmp_path / "st", "--jobs", 1))
    assert stats(tmp_path / "st")["articles"] == 2


def test_build_a_directory_notes_skipped_files(tmp_path: Path, news_dir: Path) -> None:
    result = ok(kg("build", news_dir, "--store", tmp_path / "st", "--jobs", 1))
    assert any("notes.md" in line for line in error_lines(result.stderr)), result.stderr


def test_build_real_process(tmp_path: Path, txt: Path) -> None:
    """``python -m kg build`` with pipes: no progress bar, the summary on stderr only."""
    out = tmp_path / "out.trig"
    proc = kg_process("build", txt, "--store", tmp_path / "st", "-o", out, "--jobs", 1)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    lines = error_lines(proc.stderr)
    assert len(lines) == 1 and lines[0].startswith(SUMMARY), proc.stderr
    assert sorted(graphs_of(out, "trig")) == sorted([article_iri(TXT_ID), DERIVED, RESOLUTION])


# ---------------------------------------------------------------------------------------
# stats, query, validate


def test_stats_json_exact(built: Path) -> None:
    assert stats(built) == TXT_STATS


def test_stats_table(built: Path) -> None:
    lines = ok(kg("stats", "--store", built)).stdout.splitlines()
    table = {line.split()[0]: int(line.split()[1].replace(",", "")) for line in lines}
    assert table == TXT_STATS


QUERY = """SELECT ?name ?role ?body WHERE {
  ?m org:member/foaf:name ?name ; org:role/skos:prefLabel ?role ;
     org:organization/skos:prefLabel ?body } ORDER BY ?name ?role ?body"""


def test_query_csv_exact(built: Path) -> None:
    result = ok(kg("query", QUERY, "--format", "csv", "--store", built))
    assert result.stdout_bytes == (
        "name,role,body\r\n"
        "Trần Văn Bình,Bí thư,Huyện ủy Nghi Lộc\r\n"
        "Trần Văn Bình,Chủ tịch,Hội đồng nhân dân huyện Nghi Lộc\r\n").encode("utf-8")


def test_query_from_file_json(built: Path, tmp_path: Path) -> None:
    rq = tmp_path / "q.rq"
    rq.write_text(QUERY, encoding="utf-8")
    doc = json.loads(ok(kg("query", "-f", rq, "--format", "json", "--store", built)).stdout)
    assert doc["head"]["vars"] == ["name", "role", "body"]
    assert [b["role"]["value"] for b in doc["results"]["bindings"]] == ["Bí thư", "Chủ tịch"]


def test_query_tsv_and_table(built: Path) -> None:
    tsv = ok(kg("query", QUERY, "--format", "tsv", "--store", built)).stdout
    assert tsv == ('?name\t?role\t?body\n'
                   '"Trần Văn Bình"\t"Bí thư"@vi\t"Huyện ủy Nghi Lộc"@vi\n'
                   '"Trần Văn Bình"\t"Chủ tịch"@vi\t"Hội đồng nhân dân huyện Nghi Lộc"@vi\n')
    table = ok(kg("query", QUERY, "--store", built)).stdout
    assert table.rstrip().endswith("(2 rows)")


def test_query_syntax_error(built: Path) -> None:
    assert_clean_error(kg("query", "SELEKT ?x", "--store", built), 2, "does not parse")


def test_query_without_text(built: Path) -> None:
    assert_clean_error(kg("query", "--store", built), 2)


UPDATE = ('INSERT DATA { GRAPH <http://example.org/g> '
          '{ <http://example.org/s> <http://example.org/p> "o" } }')
UPDATES = [
    UPDATE,
    "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }",
    "  delete where { ?s ?p ?o }",
    "# wipe it\nDROP ALL",
    "PREFIX ex: <http://example.org/>\nCLEAR ALL",
    "BASE <http://example.org/>\nPREFIX : <http://example.org/>\nDELETE DATA { :s :p :o }",
    "WITH <http://example.org/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "CREATE GRAPH <http://example.org/new>",
    f"COPY <{DERIVED}> TO <http://example.org/copy>",
    f"MOVE <{DERIVED}> TO <http://example.org/moved>",
    f"ADD <{DERIVED}> TO <http://example.org/added>",
    "LOAD <http://example.org/data.ttl>",
]


@pytest.mark.parametrize("update", UPDATES)
def test_update_needs_the_flag(built: Path, tmp_path: Path, update: str) -> None:
    before, before_stats = dump(built, tmp_path, "before.nq"), stats(built)
    assert_clean_error(kg("query", update, "--store", built), 2, "--update")
    assert stats(built) == before_stats
    assert_same_dataset(before, dump(built, tmp_path, "after.nq"))


def test_update_with_the_flag_applies(built: Path) -> None:
    before = stats(built)
    result = ok(kg("query", UPDATE, "--update", "--store", built))
    assert result.stdout == ""
    after = stats(built)
    assert after["triples"] == before["triples"] + 1
    assert after["graphs"] == before["graphs"] + 1
    ask = 'ASK { GRAPH <http://example.org/g> { <http://example.org/s> ?p "o" } }'
    assert ok(kg("query", ask, "--format", "csv", "--store", built)).stdout.strip() == "true"


def test_validate_a_built_store(built: Path) -> None:
    result = ok(kg("validate", "--store", built))
    assert "conforms" in result.stdout


def test_validate_reports_violations(built: Path) -> None:
    bare = ("INSERT DATA { GRAPH <http://example.org/g> "
            "{ <http://example.org/m> a org:Membership } }")
    ok(kg("query", bare, "--update", "--store", built))
    result = kg("validate", "--store", built)
    assert_clean_error(result, 1, "violation")
    assert "http://example.org/m" in result.stdout and "org#member" in result.stdout


def test_store_from_the_environment(built: Path) -> None:
    result = ok(kg("stats", "--format", "json", store_env=str(built)))
    assert json.loads(result.stdout) == TXT_STATS


def test_default_store_is_kg_store_in_the_working_directory(tmp_path: Path, txt: Path) -> None:
    proc = kg_process("build", txt.name, "--jobs", 1, "--quiet", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "kg-store").is_dir()
    again = kg_process("stats", "--format", "json", cwd=tmp_path)
    assert json.loads(again.stdout) == TXT_STATS


# ---------------------------------------------------------------------------------------
# export

EXPORTS = [  # format, file name, how rdflib reads it back, a dataset (graph names kept)?
    ("turtle", "out.ttl", "turtle", False),
    ("ntriples", "out.nt", "nt", False),
    ("trig", "out.trig", "trig", True),
    ("nquads", "out.nq", "nquads", True),
    ("jsonld", "out.jsonld", "json-ld", False),
]


@pytest.mark.parametrize(("fmt", "name", "parser", "dataset"), EXPORTS)
def test_export_parses_back(tmp_path: Path, txt: Path, jsonl: Path, fmt: str, name: str,
                            parser: str, dataset: bool) -> None:
    store = tmp_path / "st"
    ok(kg("build", txt, jsonl, "--store", store, "--jobs", 1, "-o", tmp_path / "built.trig"))
    reference = graphs_of(tmp_path / "built.trig", "trig")
    out = tmp_path / name
    ok(kg("export", "--format", fmt, "-o", out, "--store", store))
    if dataset:
        assert_same_dataset(reference, graphs_of(out, parser))
    else:
        back = Graph().parse(out, format=parser)
        assert isomorphic(back, union_of(reference)), fmt


def test_export_unknown_format_names_the_known_ones(built: Path, tmp_path: Path) -> None:
    result = kg("export", "--format", "rdfxml", "-o", tmp_path / "out.rdf", "--store", built)
    assert_clean_error(result, 2, "rdfxml", "turtle", "trig", "nquads", "jsonld")
    assert not (tmp_path / "out.rdf").exists()


@pytest.mark.parametrize("fmt", ["gexf", "graphml", "csv"])
def test_export_contract_formats(built: Path, tmp_path: Path, fmt: str) -> None:
    ok(kg("export", "--format", fmt, "-o", tmp_path / f"out.{fmt}", "--store", built))
    assert (tmp_path / f"out.{fmt}").stat().st_size > 0


# ---------------------------------------------------------------------------------------
# bad input and an unusable store


def test_missing_source(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "article.txt"
    result = kg("build", missing, "--store", tmp_path / "st")
    assert_clean_error(result, 2, str(missing))


def test_missing_source_leaves_no_store(tmp_path: Path) -> None:
    kg("build", tmp_path / "nowhere.txt", "--store", tmp_path / "st")
    assert not (tmp_path / "st").exists()


def test_jsonl_with_a_bad_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    good = [json.dumps(a, ensure_ascii=False) for a in ARTICLES_JSONL]
    bad.write_text(good[0] + '\n{"id": "broken", "text": \n' + good[1] + "\n", encoding="utf-8")
    store = tmp_path / "st"
    result = kg("build", bad, "--store", store, "--jobs", 1)
    assert_clean_error(result, 2)
    notes = [line for line in error_lines(result.stderr) if f"{bad}:2" in line]
    assert len(notes) == 1, result.stderr
    assert any(line.startswith("built 2 articles in ") for line in error_lines(result.stderr))
    assert stats(store)["articles"] == 2
    names = set(dump(store, tmp_path))
    assert {article_iri("tq-1"), article_iri("tq-2")} <= names


@pytest.mark.parametrize("output", ["out.xyz", "out", "out.trig.bak"])
def test_bad_output_extension_stops_before_building(tmp_path: Path, txt: Path,
                                                    output: str) -> None:
    store = tmp_path / "st"
    result = kg("build", txt, "-o", tmp_path / output, "--store", store)
    assert_clean_error(result, 2, output, ".trig")
    assert not store.exists(), "the store was opened before the -o check"
    assert not (tmp_path / output).exists()


def test_output_in_a_missing_directory_stops_before_building(tmp_path: Path,
                                                             txt: Path) -> None:
    store = tmp_path / "st"
    result = kg("build", txt, "-o", tmp_path / "no" / "out.trig", "--store", store)
    assert_clean_error(result, 2, "out.trig")
    assert not store.exists()


def test_bad_base_iri(tmp_path: Path, txt: Path) -> None:
    result = kg("build", txt, "--base-iri", "https://example.org/kg", "--store", tmp_path / "st")
    assert_clean_error(result, 2, "--base-iri")


def test_store_path_is_a_file(tmp_path: Path, txt: Path) -> None:
    assert_clean_error(kg("stats", "--store", txt), 3, str(txt))


@pytest.mark.parametrize("args", [["stats"], ["validate"], ["query", "ASK { ?s ?p ?o }"],
                                  ["export", "--format", "nquads", "-o", "-"]],
                         ids=lambda a: a[0])
def test_reading_a_missing_store(tmp_path: Path, args: list[str]) -> None:
    result = kg(*args, "--store", tmp_path / "typo")
    assert_clean_error(result, 3, "typo")
    assert not (tmp_path / "typo").exists()


LOCKED_COMMANDS = [
    ["build", "{txt}", "--jobs", "1"],
    ["stats"],
    ["query", "ASK { ?s ?p ?o }"],
    ["export", "--format", "trig", "-o", "{tmp}/out.trig"],
    ["validate"],
    ["show", "Trần Văn Bình"],
]


@pytest.mark.parametrize("args", LOCKED_COMMANDS, ids=lambda a: a[0])
def test_store_locked_by_another_process(built: Path, tmp_path: Path, txt: Path,
                                         args: list[str]) -> None:
    from kg.store import open_store

    argv = [a.replace("{txt}", str(txt)).replace("{tmp}", str(tmp_path)) for a in args]
    holder = open_store(str(built))
    try:
        proc = kg_process(*argv, "--store", built)
    finally:
        holder.close()
    assert proc.returncode == 3, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = error_lines(proc.stderr)
    assert len(lines) == 1 and lines[0].startswith("kg: error:"), proc.stderr
    assert str(built) in lines[0]
    if args[0] == "export":
        assert not (tmp_path / "out.trig").exists()
    # the store is usable again once the other holder is gone
    assert stats(built) == TXT_STATS
