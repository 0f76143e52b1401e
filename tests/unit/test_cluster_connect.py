"""kg.cluster.connect against in-process Dask clusters (LocalCluster, threads): what it
refuses, with which error. The real processes are in tests/cluster."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

distributed = pytest.importorskip("distributed")

import kg.cluster as kc  # noqa: E402
from kg.errors import ClusterError, InputError  # noqa: E402


def local_cluster(workers: int) -> distributed.LocalCluster:
    # tcp, not inproc: connect() checks the address with a plain TCP connection first
    return distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=False,
                                    protocol="tcp", dashboard_address=None)


@pytest.fixture
def no_workers() -> Iterator[str]:
    with local_cluster(0) as c:
        yield c.scheduler_address


@pytest.fixture
def one_worker() -> Iterator[str]:
    with local_cluster(1) as c:
        yield c.scheduler_address


def test_a_scheduler_without_workers(no_workers: str) -> None:
    with pytest.raises(ClusterError, match=r"has no workers after 0\.5 s: start some with "
                                           r"`dask worker tcp://"):
        kc.connect(no_workers, wait_workers=0.5)


def test_workers_of_another_version(one_worker: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kc, "_worker_version", lambda: ("0.0.1", kc.fingerprint()))
    with pytest.raises(ClusterError, match=r"runs orgkg 0\.0\.1, this client"):
        kc.connect(one_worker)


def test_workers_with_other_gazetteers(one_worker: str, monkeypatch: pytest.MonkeyPatch
                                       ) -> None:
    # the same version number, other code or data
    monkeypatch.setattr(kc, "_worker_version", lambda: (kc.__version__, "0123456789abcdef"))
    with pytest.raises(ClusterError, match=r"other orgkg code or gazetteers than this client"):
        kc.connect(one_worker)


def test_the_fingerprint_follows_the_gazetteers() -> None:
    assert kc.fingerprint() == kc.fingerprint.__wrapped__()
    assert len(kc.fingerprint()) == 16


def test_results_come_in_order(one_worker: str) -> None:
    with kc.connect(one_worker) as cluster:
        seen: list[int] = []
        got = list(cluster.map_ordered(pow, list(range(20)), 2, on_done=seen.append))
    assert got == [i * i for i in range(20)]
    assert sorted(seen) == got


@pytest.mark.parametrize("address", ["http://host:8786", "tcp://host"])
def test_not_an_address(address: str) -> None:
    with pytest.raises(InputError, match="not a Dask scheduler address"):
        kc.connect(address)


def test_host_without_scheme_is_tcp(one_worker: str) -> None:
    with kc.connect(one_worker.removeprefix("tcp://")) as cluster:
        assert cluster.address == one_worker and cluster.workers == 1
