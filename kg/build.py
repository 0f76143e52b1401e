"""``kg build``: read articles, extract, map to RDF and merge into a store.

Extraction runs in worker processes (article in, N-Triples out) when ``jobs > 1``; the
results come back in input order, so the order of inputs decides nothing but the order
of writing. Each article's graph replaces whatever the store held for it, so building
the same article twice duplicates nothing.

Interruptions: articles are written in batches, each batch in one transaction, so a
build stopped at any moment (Ctrl-C, SIGTERM, SIGKILL, a power cut) leaves every
article either as it was before the build or as this build made it, never half
written. At the end of a build, resolution and the derived graph are recomputed for the
names the build's articles touch (:mod:`kg.resolve.changes`); a build stopped before
that leaves a marker, and the next build recomputes them from the whole store, so it
repairs whatever the stopped one did not reach.
Worker processes ignore SIGINT (the main process decides) and die with their parent.
An article whose extraction runs longer than :data:`ARTICLE_SECONDS` is interrupted and
reported like an unreadable one, so no input can hold a build up for long (by SIGALRM in
a process's main thread, by a watchdog thread elsewhere, as in a Dask worker).

``on_error`` may raise :class:`~kg.errors.InputError` to stop at the first bad input
(``kg build --strict``): the articles read before it are then stored and resolved, and
the exception goes on to the caller.

On a Dask cluster (``cluster=``, :mod:`kg.cluster`) the workers also read: the input is
cut into parts (:func:`kg.ingest.split`), each task reads its parts and puts every
article through the same :func:`_process` (:func:`extract_parts`), and the results are
taken in input order, so ids, errors and the store come out as in a local build.
"""
from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from kg.errors import ArticleError, InputError
from kg.extract.pipeline import extract
from kg.ingest import Ids, Part, discover, iter_articles, read_part, split
from kg.models import Article
from kg.rdf.build import IriMinter, article_ntriples
from kg.rdf.vocab import DEFAULT_BASE_IRI
from kg.resolve.changes import Changes
from kg.resolve.derived import DERIVED_GRAPH, refresh_derived  # noqa: F401 - kg.build's API
from kg.store.base import Store

if TYPE_CHECKING:
    from kg.cluster import Cluster

BATCH = 64  # articles written per store transaction
PART_BYTES = 128 * 2**10  # input one cluster task reads at most (about 25 news articles)
MIN_TASKS_PER_WORKER = 4  # cluster tasks per worker at least, when the input is small


@dataclass
class BuildReport:
    articles: int = 0
    persons: int = 0
    bodies: int = 0
    memberships: int = 0
    events: int = 0
    failed: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Done:
    graph_iri: str
    ntriples: str
    persons: int
    bodies: int
    memberships: int
    events: int


_IRIS: IriMinter | None = None


def _init_worker(base_iri: str) -> None:
    global _IRIS
    _IRIS = IriMinter(base_iri)


def _init_pool_worker(base_iri: str, parent: int) -> None:
    # Ctrl-C reaches the whole process group: only the main process should act on it;
    # SIGTERM (how the pool stops its workers) must not run the parent's handler
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent(parent)
    _init_worker(base_iri)


def _die_with_parent(parent: int) -> None:
    """A worker of a build killed with SIGKILL must not live on as an orphan."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)          # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:                     # the parent is already gone
        os._exit(1)


#: seconds one article's extraction may take before it is interrupted and skipped (a news
#: article takes well under one; text made of thousands of titles in a row can take hours)
ARTICLE_SECONDS = 60.0


class _Overtime(BaseException):
    """Not an Exception, so that no ``except Exception`` in the extractors swallows it."""


_timing = False


def _on_alarm(signum: int, frame: object) -> None:
    if _timing:
        raise _Overtime


class _Watchdog:
    """The alarm of a thread other than the main one (a Dask worker's task thread), which
    no signal reaches: another thread raises :class:`_Overtime` in it after ``seconds``,
    then every second, until cancelled."""

    def __init__(self, seconds: float) -> None:
        self._target = threading.get_ident()
        self._armed = True
        self._lock = threading.Lock()
        self._stopped = threading.Event()
        threading.Thread(target=self._watch, args=(seconds,), daemon=True,
                         name="kg-article-watchdog").start()

    def _watch(self, delay: float) -> None:
        while not self._stopped.wait(delay):
            with self._lock:
                if not self._armed:
                    return
                _set_async_exc(self._target, _Overtime)
            delay = 1.0

    def cancel(self) -> None:
        with self._lock:
            if self._armed:
                self._armed = False
                _set_async_exc(self._target, None)      # one raised but not yet landed
        self._stopped.set()


def _set_async_exc(thread: int, exc: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread), ctypes.py_object(exc) if exc is not None else None)


def _process(article: Article) -> _Done | ArticleError:
    where = article.source_path or "input"
    watchdog = None
    if (threading.current_thread() is not threading.main_thread()
            and hasattr(ctypes, "pythonapi")):
        watchdog = _Watchdog(ARTICLE_SECONDS)
    try:
        try:
            return _extract_timed(article, where)
        finally:
            if watchdog:
                watchdog.cancel()
    except _Overtime:                   # an alarm that landed just outside the guarded part
        if watchdog:
            watchdog.cancel()           # again: the alarm may have cut the first call short
        return _overtime(article, where)


def _overtime(article: Article, where: str) -> ArticleError:
    return ArticleError(
        f"{where}: article {article.id!r} took more than {ARTICLE_SECONDS:g} s to extract "
        f"and was skipped (its text is unlike a news article's, e.g. thousands of titles "
        f"in one sentence); split it or check its text")


def _extract_timed(article: Article, where: str) -> _Done | ArticleError:
    global _timing
    assert _IRIS is not None
    # a timer interrupts a runaway extraction (only the main thread of a process has one;
    # other threads have a _Watchdog)
    timed = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if timed:
        previous = signal.signal(signal.SIGALRM, _on_alarm)
        _timing = True
        # then every second: an alarm that lands in a garbage-collector callback or a
        # __del__ is swallowed there, the next one is not
        signal.setitimer(signal.ITIMER_REAL, ARTICLE_SECONDS, 1.0)
    try:
        facts = extract(article)
        graph_iri, ntriples = article_ntriples(facts, _IRIS)
    except _Overtime:
        return _overtime(article, where)
    except Exception as e:  # a bug must not stop a build of thousands of articles
        return ArticleError(f"{where}: article {article.id!r} could not be extracted "
                            f"({type(e).__name__}: {e}); it was skipped, please report it")
    finally:
        if timed:
            _timing = False             # from here on a late alarm does nothing
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    return _Done(graph_iri, ntriples, len(facts.persons),
                 len(facts.bodies), len(facts.memberships), len(facts.events))


def _results(articles: Iterable[Article], jobs: int, base_iri: str
             ) -> Iterator[_Done | ArticleError]:
    if jobs <= 1:
        _init_worker(base_iri)
        yield from map(_process, articles)
        return
    ctx = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with _default_sigterm():
        pool = ctx.Pool(jobs, initializer=_init_pool_worker, initargs=(base_iri, os.getpid()))
    with pool:
        # imap keeps input order and reads the input lazily: memory stays bounded
        yield from pool.imap(_process, articles, chunksize=8)


@contextlib.contextmanager
def _default_sigterm() -> Iterator[None]:
    """Fork the workers with SIGTERM at its default action. A worker forked from a process
    with threads can hang on a lock before its initializer has run (seen once in the tests,
    the build running inside pytest); with the parent's Python handler inherited, the
    pool's SIGTERM would wait for bytecode that never runs and the pool's exit would hang."""
    if threading.current_thread() is not threading.main_thread():
        yield  # (only the main thread may set handlers; a worker thread's build keeps them)
        return
    previous = signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


#: what a cluster task returns for each thing it read: an article's id, location and
#: result, or an input that could not be read
Item: TypeAlias = "tuple[str, str, _Done | ArticleError] | ArticleError"

_WORK = threading.Lock()


def extract_parts(parts: Sequence[Part], base_iri: str) -> list[Item]:
    """Read ``parts`` and extract each article (the work of one cluster task).

    Duplicate ids are left to the caller, who sees every part. One task at a time runs
    in a process, so a worker started with several threads is still correct (the
    extractors' models are not shared between threads).
    """
    items: list[Item] = []
    with _WORK:
        if _IRIS is None or _IRIS.base != base_iri:
            _init_worker(base_iri)
        for part in parts:
            if not part.path.exists():
                items.append(ArticleError(
                    f"{part.path}: not found on the Dask worker {socket.gethostname()}: every "
                    "worker must see the input at the path the client gives (a shared file "
                    "system, or a copy at the same place)"))
                continue
            for article, where in read_part(part, items.append):
                items.append((article.id, where, _process(article)))
    return items


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0                        # the worker reports it


def _tasks(parts: list[Part], size: int) -> list[tuple[Part, ...]]:
    """Consecutive parts grouped into tasks of about ``size`` bytes."""
    tasks: list[tuple[Part, ...]] = []
    group: list[Part] = []
    total = 0
    for part in parts:
        length = (part.end if part.end is not None else _size(part.path)) - part.start
        if group and total + length > size:
            tasks.append(tuple(group))
            group, total = [], 0
        group.append(part)
        total += length
    if group:
        tasks.append(tuple(group))
    return tasks


def _shown_part(part: Part) -> str:
    if part.whole:
        return str(part.path)
    end = "its end" if part.end is None else f"byte {part.end}"
    return f"{part.path}:{part.first_line} (from byte {part.start} to {end})"


def _cluster_results(cluster: Cluster, sources: Sequence[str | Path], base_iri: str,
                     failed: Callable[[ArticleError], None],
                     on_skip: Callable[[Path, str], None] | None,
                     progress: Callable[[int], None] | None) -> Iterator[_Done | ArticleError]:
    # the workers run elsewhere, in other directories: they are given absolute paths (which
    # the messages about the input then show)
    files = discover([Path(s).absolute() for s in sources], on_skip=on_skip, on_error=failed)
    # a few tasks per worker at least, so that a small input is spread over them all
    total = sum(_size(f) for f in files)
    size = max(1, min(PART_BYTES, total // (MIN_TASKS_PER_WORKER * max(1, cluster.workers))))
    tasks = _tasks(split(files, size), size)

    def finished(items: list[Item]) -> None:
        if progress:
            progress(sum(1 for item in items if isinstance(item, tuple)))

    ids = Ids()
    for items in cluster.map_ordered(extract_parts, tasks, base_iri, on_done=finished):
        if not isinstance(items, list):         # TaskLost: its parts are reported
            for part in items.task:
                failed(ArticleError(
                    f"{_shown_part(part)}: the Dask workers that read it died each time "
                    f"({items.detail}); its articles were skipped: check the workers' memory "
                    "and logs, or build this part on its own"))
            continue
        for item in items:
            if isinstance(item, ArticleError):
                failed(item)
                continue
            article_id, where, result = item
            duplicate = ids.duplicate(article_id, where)
            if duplicate is not None:
                failed(duplicate)
                continue
            yield result


def build(store: Store, sources: Sequence[str | Path], *, jobs: int = 1,
          base_iri: str = DEFAULT_BASE_IRI, on_error: Callable[[str], None] | None = None,
          on_skip: Callable[[Path, str], None] | None = None,
          progress: Callable[[int], None] | None = None,
          cluster: Cluster | None = None) -> BuildReport:
    """Build ``sources`` into ``store``: extraction in ``jobs`` local processes, or on the
    workers of ``cluster`` (:func:`kg.cluster.connect`); the store is written here."""
    report = BuildReport()
    started = time.perf_counter()

    stopped: list[InputError] = []

    def failed(err: ArticleError) -> None:
        report.failed += 1
        report.errors.append(err.message)
        if on_error:
            try:
                on_error(err.message)
            except InputError as stop:          # kg build --strict
                stopped.append(stop)
                raise

    def until_stopped(articles: Iterator[Article]) -> Iterator[Article]:
        # A stop raised while reading must not travel through the worker pool: the pool
        # reads its input in chunks, and an exception loses the chunk's earlier articles.
        try:
            yield from articles
        except InputError:
            if not stopped:
                raise

    results: Iterator[_Done | ArticleError]
    if cluster is None:
        articles = iter_articles(sources, on_error=failed, on_skip=on_skip)
        results = _results(until_stopped(articles), jobs, base_iri)
        tick = progress
    else:   # the cluster counts articles as its tasks finish, in any order
        results = _cluster_results(cluster, sources, base_iri, failed, on_skip, progress)
        tick = None

    changes = Changes(store, base_iri)
    batch: dict[str, str] = {}
    try:
        for done in results:
            if isinstance(done, ArticleError):
                failed(done)
                continue
            batch[done.graph_iri] = done.ntriples
            report.articles += 1
            report.persons += done.persons
            report.bodies += done.bodies
            report.memberships += done.memberships
            report.events += done.events
            if tick:
                tick(1)
            if len(batch) >= BATCH:
                store.replace_graphs(changes.writing(batch))
                batch = {}
    except InputError:
        if not stopped:
            raise
    # stopped at the first bad input (--strict) or not, what was read is stored whole
    if batch:
        store.replace_graphs(changes.writing(batch))
    changes.resolve()
    if stopped:
        raise stopped[0]
    report.seconds = time.perf_counter() - started
    return report


def resolve_again(store: Store) -> int:
    """Resolve every person of the store from scratch and derive again what depends on them
    (spans, endings, place history). For a store whose article graphs were edited by hand
    (``kg query --update``), which a build resolves only when it touches those articles.

    Returns the number of articles; a store that holds none raises InputError.
    """
    graphs = sorted({str(g) for g, _ in store.query(
        "SELECT ?g ?id WHERE { GRAPH ?g { ?g schema:identifier ?id } }").rows})
    if not graphs:
        raise InputError(f"the store {store.location} holds no article; build one first "
                         "with: kg build SOURCE")
    changes = Changes(store, graphs[0][: graphs[0].rindex("article/")])
    changes.whole = True  # whatever the blocks say: the graphs may have changed under them
    changes.resolve()
    return len(graphs)


def remove(store: Store, ids: Sequence[str]) -> list[str]:
    """Remove these articles' graphs, then re-resolve and re-derive what depended on them
    (the blocks of the names they named, :mod:`kg.resolve.changes`).

    Returns the graph IRIs removed; an id the store does not hold raises InputError.
    """
    found: dict[str, str] = {}
    for g, art_id in store.query("SELECT ?g ?id WHERE { GRAPH ?g { ?g schema:identifier ?id } }").rows:
        found.setdefault(str(art_id), str(g))
    missing = [i for i in ids if i not in found]
    if missing:
        raise InputError(f"no article with id {', '.join(map(repr, missing))} in the store "
                         f"{store.location}; list them with: kg query "
                         "'SELECT ?id WHERE { ?a schema:identifier ?id }'")
    graphs = [found[i] for i in ids]
    base = graphs[0][: graphs[0].rindex("article/")]
    changes = Changes(store, base)
    store.replace_graphs(changes.removing(graphs))
    changes.resolve()
    return graphs
