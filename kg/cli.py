"""The ``kg`` command: a thin layer over the library (CONTRACT.md §1).

This is the only module that imports click. Each command parses its options, calls one
library function and turns :class:`kg.errors.KgError` into a one-line message and the
exit code the contract gives (0 ok, 1 check failed, 2 bad input, 3 store unreachable).
"""
from __future__ import annotations

import functools
import os
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from kg import __version__
from kg.errors import InputError, KgError, QueryError

F = TypeVar("F", bound=Callable[..., Any])


def store_option(f: F) -> F:
    return click.option(
        "--store", "store_location", envvar="KG_STORE", metavar="DIR|URL",
        help="Store: a directory (embedded, default ./kg-store) or an http(s) SPARQL endpoint.",
    )(f)


def handle_errors(f: F) -> F:
    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return f(*args, **kwargs)
        except KgError as e:
            click.echo(f"kg: error: {e.message}", err=True)
            sys.exit(e.exit_code)
    return wrapper  # type: ignore[return-value]


def _open(location: str | None, *, create: bool = False) -> Any:
    """The store; only ``kg build`` creates one (a typo in --store is not a new store)."""
    from kg.store import open_store

    return open_store(location, create=create)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """orgkg: Vietnamese news about the Party and the State -> an organisational graph."""


#: set by :func:`run`: this process runs one command and ends with it, so a command may
#: leave its signal handlers in place instead of restoring the caller's
_OWN_PROCESS = False


def run() -> None:
    """The process entry point (the ``kg`` script and ``python -m kg``)."""
    global _OWN_PROCESS
    _OWN_PROCESS = True
    try:
        main(prog_name="kg")
    finally:
        # the command is over: a Ctrl-C or SIGTERM now would only turn a finished
        # command's exit into a kill
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, signal.SIG_IGN)


@main.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=str),
              help="Also write the merged dataset here; the format follows the extension "
                   "(.trig, .nq, .ttl, .jsonld).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes for extraction (default: all cores).")
@click.option("--cluster", envvar="KG_CLUSTER", metavar="tcp://HOST:8786",
              help="Extract on the workers of this Dask scheduler (also $KG_CLUSTER); the "
                   "store is written here. Needs orgkg[cluster] on every machine.")
@click.option("--base-iri", default=None, metavar="IRI",
              help="Base of the instance IRIs (default https://w3id.org/orgkg/id/).")
@click.option("--strict", is_flag=True,
              help="Stop at the first bad input (exit 2); the articles read before it are "
                   "stored. Without it, bad inputs are reported and the others built.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
@store_option
@handle_errors
@click.pass_context
def build(ctx: click.Context, sources: tuple[str, ...], output: str | None, jobs: int | None,
          cluster: str | None, base_iri: str | None, strict: bool, quiet: bool,
          store_location: str | None) -> None:
    """Read articles (.txt, .jsonl, .html or directories), extract and merge into the store.

    A build stopped at any moment (Ctrl-C, SIGTERM, even SIGKILL) leaves every article
    either as it was or stored whole; run the same build again to finish it. Two builds
    cannot write one store at once: the second stops with exit 3.

    With --cluster, the workers of a running Dask scheduler read and extract (every
    machine sees SOURCE at the same path) and this process writes the store: the same
    dataset as a local build. A worker lost mid-build loses nothing.
    """
    if cluster and jobs is not None:
        where = ("$KG_CLUSTER" if ctx.get_parameter_source("cluster")
                 is click.core.ParameterSource.ENVIRONMENT else "--cluster")
        raise InputError(f"{where} and --jobs exclude each other: the cluster's workers do "
                         f"the extraction; drop --jobs (or {where} to build here)")
    import threading

    # SIGINT and SIGTERM end the build with one line and exit 128 + the signal; the
    # store keeps what was committed (see kg.build). Later signals are ignored while
    # the build stops, so nothing interrupts the clean-up. Installed before anything
    # else so that no moment of the build ends in a bare kill.
    received: list[int] = []

    def interrupted(signum: int, frame: Any) -> None:
        received.append(signum)
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, signal.SIG_IGN)
        raise KeyboardInterrupt

    handlers = {}
    if threading.current_thread() is threading.main_thread():
        handlers = {sig: signal.signal(sig, interrupted)
                    for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        _build(sources, output, jobs, cluster, base_iri, strict, quiet, store_location)
    except KeyboardInterrupt:
        signum = received[-1] if received else signal.SIGINT
        click.echo(f"kg: error: interrupted by {signal.Signals(signum).name}: every article "
                   "is either as it was before this build or stored whole; run the same kg "
                   "build again to finish", err=True)
        sys.exit(128 + signum)
    finally:
        for sig, handler in handlers.items():
            signal.signal(sig, signal.SIG_IGN if _OWN_PROCESS else handler)


def _build(sources: tuple[str, ...], output: str | None, jobs: int | None, cluster: str | None,
           base_iri: str | None, strict: bool, quiet: bool, store_location: str | None) -> None:
    from kg.build import build as run_build
    from kg.export import export, format_for_path
    from kg.ingest import discover, shown
    from kg.rdf.vocab import DEFAULT_BASE_IRI
    from kg.stats import stats as compute_stats
    from kg.store.base import check_iri

    # refuse bad options and missing sources before any work, and before the store exists
    if output:
        fmt = format_for_path(output)
        folder = Path(output).resolve().parent
        if not folder.is_dir():
            raise InputError(f"-o {output}: the directory {folder} does not exist; create it "
                             "or write the output elsewhere")
    base = base_iri or DEFAULT_BASE_IRI
    if not base.endswith(("/", "#")):
        raise InputError(f"--base-iri {base}: end it with '/' or '#' so IRIs can be added to it")
    try:
        check_iri(base)
    except InputError:
        raise InputError(f"--base-iri {base!r}: not an absolute IRI (it needs a scheme such as "
                         "https:// and no spaces, quotes, <, > or braces)") from None
    discover(list(sources), on_skip=lambda path, why: None, on_error=lambda err: None)
    show = not quiet and sys.stderr.isatty()
    bar = None

    def on_error(message: str) -> None:
        if strict:
            raise InputError(f"{message} (--strict: stopped at the first bad input; the "
                             "articles read before it are stored)")
        _note(message, bar)

    workers = None
    if cluster:         # before the store is made: an unreachable scheduler changes nothing
        from kg.cluster import connect

        workers = connect(cluster)
    if show:
        from tqdm import tqdm  # type: ignore[import-untyped]  # (no stubs)

        bar = tqdm(unit=" articles", file=sys.stderr, leave=False)
    try:
        with _open(store_location, create=True) as store:
            try:
                report = run_build(store, list(sources), jobs=jobs or os.cpu_count() or 1,
                                   base_iri=base, on_error=on_error,
                                   on_skip=lambda path, why: _note(
                                       f"skipped {shown(path)}: {why}", bar),
                                   progress=bar.update if bar else None, cluster=workers)
            finally:
                if bar:
                    bar.close()
            if output:
                export(store, fmt, output)
            totals = compute_stats(store) if not quiet else {}
    finally:
        if workers:
            workers.close()
    if not quiet:
        click.echo(
            f"built {report.articles} articles in {report.seconds:.1f} s; the store holds "
            f"{totals.get('articles', 0)} articles, {totals.get('persons', 0)} persons, "
            f"{totals.get('bodies', 0)} bodies, {totals.get('memberships', 0)} memberships, "
            f"{totals.get('events', 0)} events" + (f"; wrote {output}" if output else ""),
            err=True)
    if report.failed:
        raise InputError(f"{report.failed} input(s) could not be read (see the lines above); "
                         "the other articles were stored")


def _note(message: str, bar: Any) -> None:
    if bar is not None:
        bar.write(f"kg: {message}", file=sys.stderr)
    else:
        click.echo(f"kg: {message}", err=True)


@main.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(exists=True, dir_okay=False),
              help="Read the query from a .rq file.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]),
              default="table", show_default=True,
              help="table for a terminal; csv, tsv, json are the W3C SPARQL result formats.")
@click.option("--update", is_flag=True, help="Allow SPARQL Update (INSERT, DELETE, DROP...).")
@click.option("--timeout", type=click.FloatRange(min=0), default=30.0, show_default=True,
              metavar="SECONDS", help="Stop the query after this long (0: no limit).")
@click.option("--allow-network", is_flag=True,
              help="Allow SERVICE (federated queries) and LOAD, which fetch from other "
                   "servers; refused by default.")
@store_option
@handle_errors
def query(sparql: str | None, query_file: str | None, fmt: str, update: bool, timeout: float,
          allow_network: bool, store_location: str | None) -> None:
    """Run a SPARQL 1.1 query; the default graph is the union of all graphs.

    The store is read-only unless --update is given; SERVICE and LOAD (network access)
    are refused unless --allow-network; a query running longer than --timeout is stopped.
    Results stream: csv, tsv and json never hold them all in memory.
    """
    from kg.querying import is_update, network_access

    if query_file:
        try:
            sparql = Path(query_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise InputError(f"-f {query_file}: cannot be read as UTF-8 text ({e}); save the "
                             "query as UTF-8") from None
    if not sparql:
        raise InputError("give a SPARQL query as an argument or with -f FILE.rq")
    updating = is_update(sparql)
    if updating and not update:
        raise QueryError("this is a SPARQL Update; add --update to change the store")
    word = None if allow_network else network_access(sparql)
    if word:
        raise QueryError(f"the query uses {word}, which would fetch from another server over "
                         f"the network; that is refused: remove the {word} clause, or add "
                         "--allow-network if you trust the server")
    limit = timeout or None
    with _open(store_location) as store:
        if updating:
            if hasattr(store, "guarded_update"):
                store.guarded_update(sparql, timeout=limit, allow_network=allow_network)
            else:
                store.update(sparql)
                store.refresh_union()
            return
        if hasattr(store, "guarded_update"):
            result = store.query(sparql, timeout=limit, allow_network=allow_network)
        else:
            result = store.query(sparql)
        result.write(fmt, sys.stdout.buffer)
        sys.stdout.flush()


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0: every interface; mind who can reach it).")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="Port to listen on (0: any free one; the address is printed).")
@click.option("--allow-network", is_flag=True,
              help="Allow SERVICE (federated queries), refused by default.")
@click.option("--log", "log_requests", is_flag=True, help="Print each request on stderr.")
@store_option
@handle_errors
def serve(host: str, port: int, allow_network: bool, log_requests: bool,
          store_location: str | None) -> None:
    """Answer SPARQL queries over HTTP from an embedded store (read-only).

    Prints the endpoint's address (http://HOST:PORT/sparql), then serves until Ctrl-C or
    SIGTERM. Other kg commands read through it with --store http://HOST:PORT/sparql.
    """
    from kg.serve import PATH, Endpoint, make_server
    from kg.store import open_store, resolve_location
    from kg.store.embedded import EmbeddedStore

    location, scheme = resolve_location(store_location)
    if scheme:
        raise InputError(f"--store {location} is already a server: kg serve serves an "
                         "embedded store's directory")
    store = open_store(location, create=False, memory=True)
    assert isinstance(store, EmbeddedStore)
    try:
        store.native_query("ASK { ?s ?p ?o }")          # the copy in memory, made now
        try:
            server = make_server(Endpoint(store, allow_network=allow_network), host, port,
                                 log=(lambda m: click.echo(m, err=True)) if log_requests
                                 else None)
        except OSError as e:
            raise InputError(f"cannot listen on {host}:{port}: {e.strerror or e}; give "
                             "another --port (0: any free one)") from None

        def stop(signum: int, frame: object) -> None:
            for sig in (signal.SIGINT, signal.SIGTERM):
                signal.signal(sig, signal.SIG_IGN)
            # shutdown() waits for serve_forever, which runs in this very thread
            threading.Thread(target=server.shutdown, daemon=True).start()
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, stop)
        bound = server.server_address[1]
        shown = f"[{host}]" if ":" in host else host
        click.echo(f"http://{shown}:{bound}{PATH}", nl=True)
        sys.stdout.flush()
        click.echo(f"kg serve: {store.location} read-only at http://{shown}:{bound}{PATH}; "
                   "Ctrl-C stops", err=True)
        try:
            server.serve_forever(poll_interval=0.2)
        finally:
            server.server_close()
    finally:
        store.close()


@main.command(name="export")
@click.option("--format", "fmt", required=True, metavar="FORMAT",
              help="turtle, trig, nquads, ntriples, jsonld (the dataset); gexf, graphml, csv, "
                   "popolo, html, svg, png (the network of persons, bodies, places, events "
                   "and articles).")
@click.option("-o", "--output", required=True, type=click.Path(path_type=str),
              help="The file to write (written to a temporary file, then renamed); - for "
                   "standard output. For csv: a directory (nodes.csv, edges.csv) or a .zip.")
@click.option("--kinds", "--nodes", "kinds", metavar="KIND,...",
              help="Network formats: the node kinds to keep, from person, body, place, "
                   "event, article (default: all).")
@click.option("--focus", metavar="NAME",
              help="Network formats: only the neighbourhood of this person, body, place or "
                   "event; svg/png: the body whose chart to draw.")
@click.option("--depth", type=click.IntRange(min=0), default=None,
              help="Steps from --focus (default 2); svg/png: levels of sub-bodies.")
@click.option("--since", metavar="DATE",
              help="Network formats: what holds on or after DATE (YYYY, YYYY-MM or "
                   "YYYY-MM-DD); undated memberships, events and articles are left out.")
@click.option("--until", metavar="DATE",
              help="Network formats: what holds on or before DATE.")
@store_option
@handle_errors
def export_cmd(fmt: str, output: str, kinds: str | None, focus: str | None,
               depth: int | None, since: str | None, until: str | None,
               store_location: str | None) -> None:
    """Write the store out in a format other tools read."""
    from kg.export.command import check, run
    from kg.export.network import NetworkOptions

    options = NetworkOptions.parse(kinds=kinds, since=since, until=until, focus=focus,
                                   depth=depth)
    exporter = check(fmt, output, options)
    with _open(store_location) as store:
        run(store, exporter, output)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="table for a terminal, json for scripts.")
@store_option
@handle_errors
def stats(fmt: str, store_location: str | None) -> None:
    """Counts of articles, persons, bodies, memberships, events and triples."""
    import json

    from kg.stats import stats as compute

    with _open(store_location) as store:
        counts = compute(store)
    if fmt == "json":
        click.echo(json.dumps(counts))
    else:
        width = max(map(len, counts))
        for key, value in counts.items():
            click.echo(f"{key:<{width}}  {value:>10,}")


@main.command()
@click.argument("name")
@store_option
@handle_errors
def show(name: str, store_location: str | None) -> None:
    """Show a person's positions over time, or a body's holders and sub-bodies."""
    from kg.show import render
    from kg.show import show as find

    with _open(store_location) as store:
        click.echo(render(find(store, name)), nl=False)


@main.command()
@click.argument("ids", nargs=-1, required=True)
@store_option
@handle_errors
def remove(ids: tuple[str, ...], store_location: str | None) -> None:
    """Remove articles (by id) and whatever was derived only from them."""
    from kg.build import remove as run_remove

    with _open(store_location) as store:
        removed = run_remove(store, list(ids))
    click.echo(f"removed {len(removed)} article(s)", err=True)


@main.command()
@store_option
@handle_errors
def resolve(store_location: str | None) -> None:
    """Resolve every person of the store again, from scratch.

    A build resolves the names its articles touch; after editing article graphs by hand
    (kg query --update), run this so that persons, their resolution decisions and what is
    derived from them (spans, endings) follow the edit.
    """
    from kg.build import resolve_again

    with _open(store_location) as store:
        n = resolve_again(store)
    click.echo(f"resolved the persons of {n:,} article(s)", err=True)


@main.command()
@click.argument("gold", metavar="GOLD.jsonl", type=click.Path(path_type=str))
@click.option("--graph", "graph_file", metavar="FILE", type=click.Path(path_type=str),
              help="Score this TriG (.trig) or N-Quads (.nq) dataset, such as the -o output "
                   "of kg build, instead of the store.")
@click.option("--json", "as_json", is_flag=True,
              help="Print the scores as one JSON object (the keys of eval/score.py --json).")
@click.option("--show-errors", is_flag=True,
              help="First print every miss and extra, one JSON object a line.")
@store_option
@handle_errors
def evaluate(gold: str, graph_file: str | None, as_json: bool, show_errors: bool,
             store_location: str | None) -> None:
    """Score the graph against your own annotated articles (gold JSONL).

    GOLD.jsonl holds one article a line: {"id", "memberships": [{"person", "role", "body",
    "status"?, "optional"?}], "events": [{"type", "date"?, "organizer"?, "optional"?}]};
    a name may be a list of alternatives. Prints precision, recall and F1 of memberships,
    former posts, (person, role) pairs, persons, events and event organisers, as the
    project's eval/score.py does.
    """
    import json

    from kg.evaluate import evaluate as score
    from kg.evaluate import facts_from_file, facts_from_store, read_gold, render_table

    articles = read_gold(gold)
    if graph_file is not None:
        facts = facts_from_file(graph_file)
    else:
        with _open(store_location) as store:
            facts = facts_from_store(store)
    result = score(articles, facts)
    if show_errors:
        for error in result.errors:
            click.echo(json.dumps(error, ensure_ascii=False))
    if as_json:
        click.echo(json.dumps(result.as_dict(), ensure_ascii=False))
    else:
        click.echo(render_table(result.as_dict()), nl=False)
    missing = sum(1 for a in articles if a.id not in facts.articles)
    if missing:
        click.echo(f"kg: note: {missing} of {len(articles)} annotated article(s) are not in "
                   "the graph (each counted as all missed): build them with kg build, or "
                   "check their ids", err=True)


@main.command()
@click.option("--shapes", type=click.Path(exists=True, dir_okay=False), default=None,
              help="SHACL shapes (default: ontology/shapes.ttl).")
@store_option
@handle_errors
def validate(shapes: str | None, store_location: str | None) -> None:
    """Check the store against the SHACL shapes; exit 1 on violations."""
    from kg.errors import ValidationFailed
    from kg.resources import ontology_dir
    from kg.validate import validate as run

    shapes = shapes or str(ontology_dir() / "shapes.ttl")
    with _open(store_location) as store:
        report = run(store, Path(shapes))
    if report.conforms:
        click.echo("conforms: the store satisfies every shape")
        return
    for v in report.violations[:50]:
        click.echo(f"{v.severity}: {v.focus} {v.path or ''}: {v.message}")
    more = len(report.violations) - 50
    raise ValidationFailed(
        f"{len(report.violations)} violation(s)" + (f" ({more} more not shown)" if more > 0 else ""))


if __name__ == "__main__":
    main()
