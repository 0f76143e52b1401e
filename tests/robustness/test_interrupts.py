"""Builds stopped at random moments (SIGKILL, SIGINT, SIGTERM) and resumed end exactly
where an uninterrupted build ends; in between, the store is never half-written; two
builds on one store: the second refuses clearly.

The builds run in real processes on a small invented corpus, slowed down (writing two
articles a transaction, 60 ms an article) so that the interruptions land inside the
work; ``bench/kill_resume.py`` does the same on the 1,956-article corpus.
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import graphs, kg, lines_of, quads, union_in_step, write_jsonl

SURNAMES = ["Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi", "Đặng"]
MIDDLE = ["Văn", "Thị", "Minh", "Đức"]
GIVEN = ["Bình", "Hoa", "Lan", "Dũng", "Thắng", "Hùng", "Mai", "Tâm"]
PROVINCES = ["Tuyên Quang", "Hà Giang", "Lào Cai", "Yên Bái", "Sơn La", "Hòa Bình",
             "Thái Bình", "Nam Định"]


def small_corpus(path: Path, n: int = 16) -> Path:
    """``n`` invented articles, every person named once (so resolution renames nobody)."""
    names = iter(f"{s} {m} {g}" for g in GIVEN for m in MIDDLE for s in SURNAMES)
    rows = []
    for i in range(n):
        province = PROVINCES[i % len(PROVINCES)]
        chair, deputy = next(names), next(names)
        rows.append({
            "id": f"bai-{i:02d}", "date": f"2023-0{1 + i % 9}-1{i % 10}",
            "title": f"{province}: Hội nghị Tỉnh ủy lần thứ {i + 1}",
            "text": f"Sáng {1 + i}/3, Tỉnh ủy {province} tổ chức hội nghị lần thứ {i + 1}. "
                    f"Bí thư Tỉnh ủy {province} {chair} chủ trì hội nghị. Phó Bí thư Tỉnh ủy "
                    f"{province} {deputy} phát biểu tại hội nghị."})
    return write_jsonl(path, *rows)


# kg with two articles a transaction and 60 ms an article
SLOW_KG = """
import os, sys, time
import kg.build as b
b.BATCH = 2
_process = b._process
def slow(article):
    if os.environ.get("KG_TEST_STARTED"):      # tells the test the work has begun
        open(os.environ["KG_TEST_STARTED"], "a").close()
    time.sleep(DELAY)
    return _process(article)
b._process = slow
from kg.cli import run
run()
"""


def slow_kg(*args: object, delay: float = 0.06, started: Path | None = None,
            **kw: object) -> subprocess.Popen[str]:
    """kg, slowed down; ``started`` is created when the first article is extracted."""
    code = SLOW_KG.replace("DELAY", repr(delay))
    env = {k: v for k, v in os.environ.items() if k not in ("KG_STORE", "KG_TEST_STARTED")}
    if started:
        env["KG_TEST_STARTED"] = str(started)
    return subprocess.Popen([sys.executable, "-c", code, *map(str, args)], text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, **kw)


def processes_using(store: Path) -> list[int]:
    """Processes whose command line names ``store`` (a build or one of its workers)."""
    found = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        if os.fsencode(store) in cmdline.split(b"\0") and int(pid) != os.getpid():
            found.append(int(pid))
    return found


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, set[str]]:
    """The small corpus and the store an uninterrupted build makes of it."""
    root = tmp_path_factory.mktemp("kill")
    path = small_corpus(root / "corpus.jsonl")
    store = root / "reference"
    assert kg("build", path, "--store", store, "--jobs", 1, "-q").exit_code == 0
    return path, quads(store)


def check_consistent(store: Path, reference: set[str]) -> None:
    """Every article graph in ``store`` is whole (equal to its final form), and the
    default graph is the union of the named graphs."""
    ref = graphs(reference)
    got = graphs(quads(store))
    for name, lines in got.items():
        if "/article/" in name:
            assert lines == ref[name], f"article graph {name} is not whole"
    assert union_in_step(store)


def test_killed_at_random_moments_then_resumed(tmp_path: Path,
                                               corpus: tuple[Path, set[str]]) -> None:
    source, reference = corpus
    store = tmp_path / "store"
    out = tmp_path / "out.nq"
    seed = int(os.environ.get("KG_KILL_SEED", random.randrange(10**6)))
    rnd = random.Random(seed)
    stops = [signal.SIGKILL, signal.SIGINT, signal.SIGTERM, signal.SIGKILL]
    for n, sig in enumerate(stops):
        jobs = 2 if n == 3 else 1
        temporary = {p for p in tmp_path.iterdir() if p.name.startswith(".out.nq.")}
        started = tmp_path / f"started-{n}"
        proc = slow_kg("build", source, "--store", store, "--jobs", jobs, "-o", out, "-q",
                       started=started, start_new_session=True)
        # from the first article on (a loaded machine may take seconds to start Python),
        # a moment in the extraction, the writing, the resolution or the export
        deadline = time.monotonic() + 60
        while not started.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(rnd.uniform(0.0, 1.4))
        if sig == signal.SIGINT:
            os.killpg(proc.pid, sig)          # as Ctrl-C on a terminal: the whole group
        else:
            proc.send_signal(sig)
        _, stderr = proc.communicate(timeout=60)
        where = f"seed {seed}, stop {n} ({sig.name})"
        if proc.returncode == 0:                # the build ended before the signal came
            assert out.exists(), where
        elif sig == signal.SIGKILL:
            assert proc.returncode == -signal.SIGKILL, (where, stderr)
        else:
            assert proc.returncode == 128 + sig, (where, proc.returncode, stderr)
            [line] = lines_of(stderr)
            assert line.startswith(f"kg: error: interrupted by {sig.name}: "), (where, stderr)
            assert "run the same kg build again" in line
        time.sleep(0.3)
        assert processes_using(store) == [], f"{where}: a process of the build lives on"
        if store.exists():
            check_consistent(store, reference)
        if out.exists():                        # -o is written whole or not at all
            written = {line for line in out.read_text(encoding="utf-8").splitlines() if line}
            assert written == reference, where
        if sig != signal.SIGKILL:               # only SIGKILL may leave a temporary file
            assert {p for p in tmp_path.iterdir() if p.name.startswith(".out.nq.")} \
                <= temporary, where
    # resume
    result = kg("build", source, "--store", store, "--jobs", 1, "-o", out, "-q")
    assert result.exit_code == 0, result.stderr
    assert quads(store) == reference, f"seed {seed}"
    assert union_in_step(store)
    assert {line for line in out.read_text(encoding="utf-8").splitlines() if line} == reference


def test_second_build_on_one_store_refuses(tmp_path: Path,
                                           corpus: tuple[Path, set[str]]) -> None:
    source, reference = corpus
    store = tmp_path / "store"
    first = slow_kg("build", source, "--store", store, "--jobs", 1, "-q", delay=0.15)
    time.sleep(1.5)
    assert first.poll() is None, first.communicate()
    second = subprocess.run([sys.executable, "-m", "kg", "build", str(source), "--store",
                             str(store), "--jobs", "1", "-q"], capture_output=True, text=True,
                            timeout=60)
    assert second.returncode == 3, second.stderr
    [line] = lines_of(second.stderr)
    assert line.startswith("kg: error:") and "in use by another kg process" in line
    assert str(store) in line
    _, stderr = first.communicate(timeout=120)
    assert first.returncode == 0, stderr
    assert quads(store) == reference


def test_sigterm_while_writing_the_output(tmp_path: Path,
                                          corpus: tuple[Path, set[str]]) -> None:
    """-o goes through a temporary file: an interrupted export leaves the old file."""
    source, reference = corpus
    store = tmp_path / "store"
    out = tmp_path / "out.nq"
    out.write_text("old\n", encoding="utf-8")
    code = ("import time, kg.export as e\n"
            "def slow(store, fmt, path):\n"
            "    with e.atomic_output(path) as s:\n"
            "        s.write(b'partial')\n"
            "        s.flush()\n"
            "        time.sleep(30)\n"
            "e.export = slow\n"
            "from kg.cli import run\nrun()\n")
    proc = subprocess.Popen([sys.executable, "-c", code, "build", str(source), "--store",
                             str(store), "--jobs", "1", "-o", str(out), "-q"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not [p for p in tmp_path.iterdir() if p.name.startswith(".out.nq.")]:
        assert time.monotonic() < deadline and proc.poll() is None, proc.communicate()
        time.sleep(0.05)
    proc.send_signal(signal.SIGTERM)
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 128 + signal.SIGTERM, stderr
    assert out.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.nq.")] == []
    assert quads(store) == reference                      # the build itself was complete
