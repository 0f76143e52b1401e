"""A real Dask cluster for ``kg build --cluster``: a ``dask scheduler`` and two
``dask worker`` processes on this machine, started once for the tests of this package
and stopped after them (package scope: other tests check that pytest has no child
processes left).

The scheduler takes any free port and writes its address to a scheduler file in a
temporary directory; the workers find it there. Every process of these tests (the
workers, and the local and cluster ``kg build`` they compare) runs a copy of ``kg/``,
``data/`` and ``ontology/`` taken when the cluster starts (``PYTHONPATH``), so that
edits made to the working tree meanwhile cannot make two of them differ: the workers
refuse a client whose code differs from theirs. Every process runs in its own session
and is ended (SIGTERM, then SIGKILL) at teardown. The articles are invented: generated
from a few sentence templates, names and numbers drawn with a fixed seed.
"""
from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

DASK = [sys.executable, "-m", "dask"]
REPO = Path(__file__).resolve().parents[2]
STARTUP_SECONDS = 60

PROVINCES = ["Tuyên Quang", "Quảng Trị", "Nghệ An", "Yên Bái", "Lâm Đồng", "Bình Định"]
# few names, so that the same name is met in several provinces (resolution has work)
NAMES = ["Trần Văn Bình", "Lê Thị Hoa", "Phạm Minh Tuấn", "Vũ Quốc Khang",
         "Đỗ Thị Thảo", "Hà Văn Lâm", "Ngô Minh Khuê"]
TEMPLATES = [
    "Sáng {d}/{m}, Tỉnh ủy {p} tổ chức hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ {k}. "
    "Bí thư Tỉnh ủy {p} {a} chủ trì hội nghị. Phó Chủ tịch UBND tỉnh {p} {b} phát biểu "
    "tại hội nghị.",
    "Sáng {d}/{m}, HĐND tỉnh {p} khai mạc kỳ họp thứ {k}. Chủ tịch HĐND tỉnh {p} {a} "
    "chủ trì kỳ họp. Dự kỳ họp có Phó Bí thư Tỉnh ủy {p} {b}.",
    "Ông {a} được bổ nhiệm giữ chức Giám đốc Sở Tư pháp tỉnh {p}. Chủ tịch UBND tỉnh {p} "
    "{b} trao quyết định.",
]


def invented_articles(n: int, seed: int = 11, prefix: str = "tin") -> list[dict[str, str]]:
    """``n`` short invented news items as JSONL objects."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        a, b = rng.sample(NAMES, 2)
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        text = rng.choice(TEMPLATES).format(p=rng.choice(PROVINCES), a=a, b=b, d=d, m=m,
                                            k=rng.randint(2, 20))
        out.append({"id": f"{prefix}-{i}", "date": f"2021-{m:02d}-{d:02d}", "text": text})
    return out


def write_jsonl(path: Path, articles: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles),
                    encoding="utf-8")
    return path


@dataclass
class DaskCluster:
    address: str
    scheduler_file: Path
    folder: Path
    code: Path                  # the copy of the code every process runs

    @property
    def env(self) -> dict[str, str]:
        return {"PYTHONPATH": str(self.code)}

    def client(self) -> distributed.Client:
        return distributed.Client(self.address, set_as_default=False, timeout=30)

    def worker(self, *extra: str, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
        """One more ``dask worker`` process (the caller ends it)."""
        return _start([*DASK, "worker", "--scheduler-file", str(self.scheduler_file),
                       "--nthreads", "1", "--no-dashboard", "--local-directory",
                       str(self.folder), *extra], self.folder / f"worker-{time.time_ns()}.log",
                      {**self.env, **(env or {})}, self.code)


def _start(command: list[str], log: Path, env: dict[str, str], cwd: Path
           ) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True, env={**os.environ, **env}, cwd=cwd)


def snapshot(folder: Path) -> Path:
    code = folder / "code"
    for name in ("kg", "data", "ontology"):
        shutil.copytree(REPO / name, code / name, ignore=shutil.ignore_patterns("__pycache__"))
    return code


def stop(process: subprocess.Popen[bytes]) -> None:
    """End a process started here and everything in its session."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        if process.poll() is not None:
            break
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            continue
    try:                                # a nanny's worker may outlive the nanny
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


@pytest.fixture(scope="package")
def dask_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DaskCluster]:
    folder = tmp_path_factory.mktemp("dask")
    code = snapshot(folder)
    scheduler_file = folder / "scheduler.json"
    processes = [_start([*DASK, "scheduler", "--host", "127.0.0.1", "--port", "0",
                         "--no-dashboard", "--scheduler-file", str(scheduler_file)],
                        folder / "scheduler.log", {"PYTHONPATH": str(code)}, code)]
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while not scheduler_file.exists():
            if time.monotonic() > deadline or processes[0].poll() is not None:
                pytest.fail("dask scheduler did not start: "
                            + (folder / "scheduler.log").read_text(errors="replace")[-2000:])
            time.sleep(0.1)
        time.sleep(0.2)                 # the file is written whole, but make sure
        address = json.loads(scheduler_file.read_text())["address"]
        cluster = DaskCluster(address, scheduler_file, folder, code)
        processes += [cluster.worker("--nworkers", "1") for _ in range(2)]
        with cluster.client() as client:
            client.wait_for_workers(2, timeout=STARTUP_SECONDS)
        yield cluster
    finally:
        for process in reversed(processes):
            stop(process)


@pytest.fixture
def sparql_server() -> str:
    """The integration suite's SPARQL server (``KG_TEST_SPARQL``, which ``.ci/run`` starts),
    emptied: the workers of a cluster build write into it. Skipped without one, failed
    with ``KG_REQUIRE_SPARQL``."""
    url = os.environ.get("KG_TEST_SPARQL")
    if not url:
        if os.environ.get("KG_REQUIRE_SPARQL"):
            pytest.fail("KG_REQUIRE_SPARQL is set but KG_TEST_SPARQL names no server")
        pytest.skip("no SPARQL server: set KG_TEST_SPARQL (scripts/virtuoso.sh start)")
    from kg.store import open_store
    with open_store(url) as store:
        store.remove_graphs(sorted(store.graph_names()))
        store.refresh_union()
    return url

