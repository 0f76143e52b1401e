"""``kg build --cluster``: the extraction on the workers of a Dask cluster.

::

    cluster = connect("tcp://10.0.0.5:8786")      # a running `dask scheduler`
    for result in cluster.map_ordered(fn, tasks, arg, on_done=tick):
        ...                                         # fn(task, arg), in the order of tasks
    cluster.close()

Only this module imports :mod:`distributed` (``pip install 'orgkg[cluster]'``). What the
tasks do is :func:`kg.build.extract_parts`; the client writes the store, so a cluster
build and a local one give the same dataset.

A worker that dies mid-build loses nothing: the scheduler runs its tasks again on
another worker (a task that kills :data:`ALLOWED_FAILURES` workers in a row is given up
and reported like an unreadable input), and results are taken in input order whatever
order they finish in. At most a few tasks per worker are out at once, so the client
holds a bounded share of the results however large the input.
"""
from __future__ import annotations

import functools
import hashlib
import socket
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from kg import __version__
from kg.errors import ClusterError, InputError
from kg.resources import data_dir

__all__ = ["CONNECT_SECONDS", "ENV_VAR", "WORKERS_SECONDS", "Cluster", "TaskLost", "connect"]

T = TypeVar("T")
R = TypeVar("R")

ENV_VAR = "KG_CLUSTER"
#: seconds to wait for the scheduler to answer, and for a first worker to join it
CONNECT_SECONDS = 10.0
WORKERS_SECONDS = 60.0
#: tasks out per worker (running or waiting to be taken in order)
TASKS_PER_WORKER = 4
#: the scheduler's default: a task given up after it killed this many workers
ALLOWED_FAILURES = 3

_START = "start one with `dask scheduler` (and workers with `dask worker {a} --nthreads 1`)"


def _worker_version() -> tuple[str, str]:
    return __version__, fingerprint()


@functools.cache
def fingerprint() -> str:
    """A digest of what decides the dataset: orgkg's code and gazetteers (``kg/**.py``,
    ``data/*.tsv``), as this process first sees them. Two machines with the same version
    number but another checkout or edited gazetteers differ here."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    files = [(str(f.relative_to(package)), f) for f in sorted(package.rglob("*.py"))]
    files += [("data/" + f.name, f) for f in sorted(data_dir().glob("*.tsv"))]
    for name, path in files:
        content = path.read_bytes()
        digest.update(f"{name}\0{len(content)}\0".encode())
        digest.update(content)
    return digest.hexdigest()[:16]


class Cluster:
    """A connection to a Dask scheduler with at least one worker running orgkg."""

    def __init__(self, address: str, client: Any) -> None:
        self.address = address
        self._client = client

    @property
    def workers(self) -> int:
        return len(self._client.scheduler_info(n_workers=-1)["workers"])

    def map_ordered(self, fn: Callable[[T, Any], R], tasks: Sequence[T], arg: Any, *,
                    on_done: Callable[[R], None] | None = None) -> Iterator[R | TaskLost]:
        """``fn(task, arg)`` for each task on the workers, in the order of ``tasks``;
        ``on_done`` sees each result as soon as it is finished.

        A task the scheduler gave up on (it killed :data:`ALLOWED_FAILURES` workers)
        comes as :class:`TaskLost` in its place; losing the scheduler, or workers that
        cannot run ``fn``, raises :class:`ClusterError`.
        """
        from distributed import as_completed

        window = max(2, TASKS_PER_WORKER * max(1, self.workers))
        out: dict[str, tuple[int, Any]] = {}          # key -> (task number, future)
        ready: dict[int, R | TaskLost] = {}
        running = as_completed(loop=self._client.loop)  # type: ignore[no-untyped-call]
        sent = taken = 0

        def send() -> None:
            nonlocal sent
            future = self._client.submit(fn, tasks[sent], arg, pure=False)
            out[future.key] = (sent, future)
            running.add(future)  # type: ignore[no-untyped-call]
            sent += 1

        try:
            while sent < len(tasks) and sent < window:
                send()
            for future in running:
                i, _ = out.pop(future.key)
                result = ready[i] = self._result(future, tasks[i])
                future.release()
                if on_done and not isinstance(result, TaskLost):
                    on_done(result)
                while taken in ready:
                    result = ready.pop(taken)
                    taken += 1
                    if sent < len(tasks):
                        send()
                    yield result
        finally:
            if out:         # stopped early (--strict, Ctrl-C, an error): nothing left behind
                try:
                    self._client.cancel([f for _, f in out.values()], force=True)
                except Exception:
                    pass

    def _result(self, future: Any, task: Any) -> Any:
        from distributed import KilledWorker

        try:
            return future.result()
        except KilledWorker as e:
            return TaskLost(task, str(e))
        except (OSError, TimeoutError) as e:
            raise ClusterError(
                f"lost the Dask scheduler at {self.address} during the build ({e}); the "
                "articles stored so far are kept: run the same kg build again to "
                "finish") from None
        except Exception as e:
            if type(e).__name__ == "CancelledError":
                raise ClusterError(
                    f"the Dask scheduler at {self.address} cancelled the build's tasks (was "
                    "it restarted?); the articles stored so far are kept: run the same kg "
                    "build again to finish") from None
            raise ClusterError(
                f"a Dask worker failed to run orgkg's task ({type(e).__name__}: {e}); every "
                f"worker needs orgkg {__version__} installed: pip install 'orgkg[cluster]'"
            ) from None

    def close(self) -> None:
        try:
            self._client.close(timeout=5)
        except Exception:
            pass

    def __enter__(self) -> Cluster:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class TaskLost(Exception):
    """A task the scheduler gave up on: the workers running it died every time."""

    def __init__(self, task: Any, detail: str) -> None:
        super().__init__(detail)
        self.task = task
        self.detail = detail


def connect(address: str, *, timeout: float = CONNECT_SECONDS,
            wait_workers: float = WORKERS_SECONDS) -> Cluster:
    """Connect to the scheduler at ``address`` (``tcp://HOST:8786``) and check that its
    workers run this version of orgkg, with the same code and gazetteers
    (:func:`fingerprint`).

    Raises :class:`InputError` for an address that is not one or a missing
    ``distributed``, :class:`ClusterError` when the scheduler cannot be reached, has no
    worker within ``wait_workers`` seconds, or its workers cannot run orgkg.
    """
    try:
        import distributed
        from distributed.comm.addressing import get_address_host_port
    except ImportError:
        raise InputError("--cluster needs the Dask distributed package: "
                         "pip install 'orgkg[cluster]'") from None
    if "://" not in address:
        address = "tcp://" + address
    try:
        host, port = get_address_host_port(address)
    except (ValueError, NotImplementedError) as e:
        raise InputError(f"--cluster {address}: not a Dask scheduler address ({e}); give "
                         "tcp://HOST:8786") from None
    unreachable = f"cannot reach the Dask scheduler at {address}: {_START.format(a=address)}"
    try:
        # a plain connection first: fails at once when nothing listens, where the Dask
        # client would retry for its whole timeout and leave warnings behind
        socket.create_connection((host, port), timeout=timeout).close()
    except OSError as e:
        raise ClusterError(f"{unreachable}, or check the address ({e.strerror or e})") from None
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": f"{timeout}s"}):
        try:
            client = distributed.Client(  # type: ignore[no-untyped-call]
                address, set_as_default=False, timeout=timeout)
        except (OSError, TimeoutError) as e:
            raise ClusterError(f"{unreachable}, or check the address ({e})") from None
    cluster = Cluster(address, client)
    try:
        try:
            client.wait_for_workers(1, timeout=wait_workers)
        except TimeoutError:
            raise ClusterError(
                f"the Dask scheduler at {address} has no workers after {wait_workers:g} s: "
                f"start some with `dask worker {address} --nthreads 1`") from None
        try:
            versions = client.run(_worker_version)
        except Exception as e:
            raise ClusterError(
                f"the Dask workers of {address} cannot run orgkg ({type(e).__name__}: {e}); "
                f"install orgkg {__version__} on every worker: pip install 'orgkg[cluster]'"
            ) from None
        mine = (__version__, fingerprint())
        other = {w: v for w, v in versions.items() if tuple(v) != mine}
        if other:
            worker, (version, digest) = min(other.items())
            differs = (f"orgkg {version}, this client {__version__}" if version != __version__
                       else f"other orgkg code or gazetteers than this client (kg/ and data/: "
                            f"{digest} there, {mine[1]} here)")
            raise ClusterError(
                f"the Dask worker {worker} runs {differs}: install the same orgkg on every "
                "machine, or the dataset would depend on which worker read which article")
    except BaseException:
        cluster.close()
        raise
    return cluster
