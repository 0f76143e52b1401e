"""``kg build --cluster`` against real ``dask scheduler`` / ``dask worker`` processes.

The dataset built through the cluster must equal the local build's (the same N-Quads:
there are no blank nodes, so set equality is isomorphism, and stricter), with the same
notes for bad and duplicate inputs; a worker killed mid-build changes nothing; a
scheduler that cannot be reached is one line and exit 3.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from .conftest import DaskCluster, invented_articles, stop, write_jsonl

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

TXT = """\
Thứ Hai, ngày {d} tháng 3 năm 2022

{p}: Hội nghị Tỉnh ủy

Sáng {d}/3, Tỉnh ủy {p} tổ chức hội nghị. Bí thư Tỉnh ủy {p} {a} chủ trì hội nghị.

Minh Khang
"""


def kg(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None,
       timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **(env or {})}, cwd=cwd,
                          check=False)


def quads(path: Path) -> set[str]:
    lines = {line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    assert not any("_:" in line for line in lines)      # so equal sets are isomorphic
    return lines


def local_build(cluster: DaskCluster, tmp: Path, source: Path, *options: str
                ) -> tuple[set[str], str]:
    """The dataset and the notes of ``kg build --jobs 1``, run on the cluster's copy of
    the code."""
    out = tmp / "local.nq"
    result = kg("build", str(source), "--jobs", "1", "-q", *options, "--store",
                str(tmp / "local-store"), "-o", str(out), env=cluster.env, cwd=tmp)
    return (quads(out) if out.exists() else set()), result.stderr


@pytest.fixture
def news(tmp_path: Path) -> Path:
    """A directory: a .jsonl of invented articles with a bad line and a duplicate id in
    it, .txt articles (one with an id the .jsonl has too) and a file that is skipped."""
    folder = tmp_path / "news"
    folder.mkdir()
    articles = invented_articles(40)
    lines = [json.dumps(a, ensure_ascii=False) for a in articles]
    lines.insert(17, "{not json")
    lines.insert(25, json.dumps({"id": "tin-3", "text": "Ông Trần Văn Bình phát biểu."},
                                ensure_ascii=False))
    (folder / "b.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for i, (p, a) in enumerate([("Quảng Trị", "Lê Thị Hoa"), ("Nghệ An", "Trần Văn Bình"),
                                ("Yên Bái", "Phạm Minh Tuấn")]):
        (folder / f"a{i}.txt").write_text(TXT.format(d=i + 2, p=p, a=a), encoding="utf-8")
    (folder / "tin-5.txt").write_text(TXT.format(d=9, p="Lâm Đồng", a="Hà Văn Lâm"),
                                      encoding="utf-8")
    (folder / "notes.md").write_text("not an article\n", encoding="utf-8")
    return folder


def test_cluster_build_equals_local_build(dask_cluster: DaskCluster, news: Path,
                                          tmp_path: Path) -> None:
    expected, local_notes = local_build(dask_cluster, tmp_path, news)
    out = tmp_path / "cluster.nq"
    # a relative path: the workers are given it absolute (as the local notes show it)
    result = kg("build", news.name, "-q", "--store", str(tmp_path / "cluster-store"),
                "-o", str(out), env={"KG_CLUSTER": dask_cluster.address, **dask_cluster.env},
                cwd=tmp_path)
    assert result.returncode == 2, result.stderr            # the bad line, as locally
    assert result.stderr == local_notes                      # same notes, same order
    assert "duplicate id 'tin-3'" in result.stderr and "tin-5" in result.stderr
    assert quads(out) == expected
    assert len(expected) > 500


def test_cluster_build_into_a_sparql_server_equals_the_embedded_store(
        dask_cluster: DaskCluster, news: Path, tmp_path: Path, sparql_server: str) -> None:
    """The workers write each partition straight into the server (Virtuoso in CI): the
    dataset equals the local build's into the embedded store."""
    expected, local_notes = local_build(dask_cluster, tmp_path, news)
    out = tmp_path / "server.nq"
    result = kg("build", str(news), "-q", "--store", sparql_server, "-o", str(out),
                env={"KG_CLUSTER": dask_cluster.address, **dask_cluster.env}, cwd=tmp_path)
    assert result.returncode == 2, result.stderr            # the bad line, as locally
    assert result.stderr == local_notes
    assert quads(out) == expected


SLOW = """\
import time


def dask_setup(worker):
    import kg.build

    original = kg.build._process

    def slow(article):
        time.sleep(1.0)
        return original(article)

    kg.build._process = slow
"""


def build_until_slow_worker_busy(cluster: DaskCluster, tmp_path: Path, source: Path,
                                 act: Callable[[subprocess.Popen[str], subprocess.Popen[bytes]],
                                               None]) -> tuple[int, str]:
    """Run ``kg build --cluster`` with a third, slow worker (its preload adds a second to
    each article) and call ``act(build, worker)`` while that worker runs a task of the
    build; return the build's exit code and stderr."""
    preload = tmp_path / "slow_articles.py"
    preload.write_text(SLOW, encoding="utf-8")
    slow = cluster.worker("--no-nanny", "--preload", str(preload), "--name", "slow")
    try:
        with cluster.client() as client:
            client.wait_for_workers(3, timeout=60)
            address = next(a for a, w in client.scheduler_info(n_workers=-1)["workers"].items()
                           if w.get("name") == "slow")
            build = subprocess.Popen(
                [sys.executable, "-m", "kg", "build", str(source), "-q", "--cluster",
                 cluster.address, "--store", str(tmp_path / "cluster-store"),
                 "-o", str(tmp_path / "cluster.nq")], stderr=subprocess.PIPE, text=True,
                env={**os.environ, **cluster.env}, cwd=tmp_path)
            try:
                deadline = time.monotonic() + 60
                while not client.processing(workers=[address]).get(address):
                    assert build.poll() is None, "the build ended before the slow worker began"
                    assert time.monotonic() < deadline, "the slow worker never got a task"
                    time.sleep(0.05)
                time.sleep(0.3)
                assert build.poll() is None            # what act does lands mid-build
                act(build, slow)
                _, stderr = build.communicate(timeout=300)
            finally:
                if build.poll() is None:
                    build.kill()
            if slow.poll() is None:
                time.sleep(1)
                # nothing of the build is left on the scheduler
                left = client.run_on_scheduler(lambda dask_scheduler: len(dask_scheduler.tasks))
                assert left == 0
        return build.returncode, stderr
    finally:
        stop(slow)


def test_a_worker_killed_mid_build_loses_nothing(dask_cluster: DaskCluster,
                                                 tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "many.jsonl", invented_articles(60, seed=5))
    expected, _ = local_build(dask_cluster, tmp_path, source)

    def kill(build: subprocess.Popen[str], worker: subprocess.Popen[bytes]) -> None:
        os.kill(worker.pid, signal.SIGKILL)
        assert worker.wait(timeout=10) == -signal.SIGKILL

    code, stderr = build_until_slow_worker_busy(dask_cluster, tmp_path, source, kill)
    assert code == 0, stderr
    assert quads(tmp_path / "cluster.nq") == expected


def test_ctrl_c_stops_the_build_and_its_tasks(dask_cluster: DaskCluster,
                                              tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "many.jsonl", invented_articles(60, seed=6))

    def interrupt(build: subprocess.Popen[str], worker: subprocess.Popen[bytes]) -> None:
        build.send_signal(signal.SIGINT)

    code, stderr = build_until_slow_worker_busy(dask_cluster, tmp_path, source, interrupt)
    assert code == 128 + signal.SIGINT
    assert stderr.startswith("kg: error: interrupted by SIGINT") and stderr.count("\n") == 1


def test_unreachable_scheduler_is_one_line_and_exit_3(tmp_path: Path) -> None:
    with socket.socket() as s:                  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    source = write_jsonl(tmp_path / "a.jsonl", invented_articles(2))
    started = time.monotonic()
    result = CliRunner().invoke(main, ["build", str(source), "--store",
                                       str(tmp_path / "store"), "--cluster",
                                       f"tcp://127.0.0.1:{port}"])
    assert result.exit_code == 3
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"kg: error: cannot reach the Dask scheduler at "
                                    f"tcp://127.0.0.1:{port}: start one with `dask scheduler`")
    assert time.monotonic() - started < 15
    assert not (tmp_path / "store").exists()            # nothing made


@pytest.mark.parametrize("args, env", [
    (["--cluster", "tcp://127.0.0.1:8786", "--jobs", "2"], {}),
    (["--jobs", "2"], {"KG_CLUSTER": "tcp://127.0.0.1:8786"}),
])
def test_cluster_and_jobs_exclude_each_other(tmp_path: Path, args: list[str],
                                             env: dict[str, str]) -> None:
    source = write_jsonl(tmp_path / "a.jsonl", invented_articles(2))
    result = CliRunner().invoke(main, ["build", str(source), "--store",
                                       str(tmp_path / "store"), *args], env=env)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "--jobs" in result.stderr
    assert not (tmp_path / "store").exists()


def test_not_an_address_is_exit_2(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "a.jsonl", invented_articles(2))
    result = CliRunner().invoke(main, ["build", str(source), "--store",
                                       str(tmp_path / "store"), "--cluster", "http://x:1"])
    assert result.exit_code == 2, result.stderr
    assert result.stderr.startswith("kg: error: --cluster http://x:1: not a Dask scheduler")


def test_strict_stops_where_the_local_build_stops(dask_cluster: DaskCluster, news: Path,
                                                  tmp_path: Path) -> None:
    _, local_notes = local_build(dask_cluster, tmp_path, news, "--strict")
    result = kg("build", str(news), "-q", "--strict", "--cluster", dask_cluster.address,
                "--store", str(tmp_path / "cluster-store"), "-o", str(tmp_path / "cluster.nq"),
                env=dask_cluster.env, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == local_notes
    assert "--strict" in result.stderr
    dumps = []
    for name in ("local", "cluster"):       # -o is not written when the build stops
        out = tmp_path / f"{name}-export.nq"
        CliRunner().invoke(main, ["export", "--format", "nquads", "-o", str(out),
                                  "--store", str(tmp_path / f"{name}-store")])
        dumps.append(quads(out))
    assert dumps[0] == dumps[1] and dumps[0]
