"""``kg export`` with the network formats and their filters."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from sample_graph import load_store

from kg.cli import main


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "store"
    load_store(path).close()
    return path


def kg(*args: object) -> object:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_gexf_with_filters(store_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.gexf"
    r = kg("export", "--format", "gexf", "-o", out, "--store", store_dir,
           "--focus", "Huyện ủy Sơn Hà", "--depth", "1", "--nodes", "person,body",
           "--since", "2012", "--until", "2020-12-31")
    assert r.exit_code == 0, r.output
    text = out.read_text(encoding="utf-8")
    assert 'label="Huyện ủy Sơn Hà"' in text and 'kind="member"' in text
    assert 'value="event"' not in text


def test_gexf_to_stdout(store_dir: Path) -> None:
    r = kg("export", "--format", "gexf", "-o", "-", "--store", store_dir)
    assert r.exit_code == 0 and r.output.startswith('<?xml version="1.0"')


def test_csv_directory_and_zip(store_dir: Path, tmp_path: Path) -> None:
    r = kg("export", "--format", "csv", "-o", tmp_path / "tables", "--store", store_dir)
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in (tmp_path / "tables").iterdir()) == ["edges.csv", "nodes.csv"]
    r = kg("export", "--format", "csv", "-o", tmp_path / "tables.zip", "--store", store_dir)
    assert r.exit_code == 0 and (tmp_path / "tables.zip").read_bytes()[:2] == b"PK"


@pytest.mark.parametrize(("args", "says"), [
    (["--format", "turtle", "--focus", "Huyện ủy Sơn Hà"], "network formats"),
    (["--format", "gexf", "--focus", "Quận ủy Ba Đình"], "nothing in the graph"),
    (["--format", "gexf", "--kinds", "role"], "--kinds role"),
    (["--format", "gexf", "--since", "hôm qua"], "--since"),
    (["--format", "svg", "--focus", "Trần Văn Bình"], "is a person"),
])
def test_bad_filters_exit_2_with_one_line(store_dir: Path, tmp_path: Path, args: list[str],
                                          says: str) -> None:
    out = tmp_path / "out.x"
    r = CliRunner().invoke(main, ["export", *args, "-o", str(out), "--store", str(store_dir)])
    assert r.exit_code == 2, r.output
    lines = [ln for ln in r.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("kg: error:") and says in lines[0], r.output
    assert not out.exists()


def test_options_are_checked_before_the_store_is_opened(tmp_path: Path) -> None:
    r = CliRunner().invoke(main, ["export", "--format", "gexf", "--kinds", "x", "-o",
                                  str(tmp_path / "g.gexf"), "--store", str(tmp_path / "typo")])
    assert r.exit_code == 2 and not (tmp_path / "typo").exists()


def test_a_directory_is_no_file_name(store_dir: Path, tmp_path: Path) -> None:
    r = CliRunner().invoke(main, ["export", "--format", "gexf", "-o", str(tmp_path),
                                  "--store", str(store_dir)])
    assert r.exit_code == 2 and "is a directory" in r.output
