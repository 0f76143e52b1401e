"""``kg serve``: the embedded store as a read-only SPARQL 1.1 endpoint.

    kg serve --store big-store --port 7878
    kg query --store http://127.0.0.1:7878/sparql 'SELECT …'      # from another shell

It speaks the SPARQL 1.1 Protocol (``GET /sparql?query=…``, ``POST`` as a form or as
``application/sparql-query``), answers SELECT and ASK in the W3C JSON, XML, CSV and TSV
formats and CONSTRUCT/DESCRIBE in Turtle, N-Triples, RDF/XML or JSON-LD, whichever the
``Accept`` header prefers, so colleagues query the graph from their own tools (YASGUI,
rdflib, SPARQLWrapper, a spreadsheet's CSV import) while one process holds the store.
The store's union is kept in memory (see :class:`kg.store.embedded.EmbeddedStore`):
queries are answered from it. It only reads: updates are refused (403), and changing the
store means stopping the server and running ``kg build`` on the directory.

The protocol's ``default-graph-uri`` and ``named-graph-uri`` choose the dataset, except that
``default-graph-uri=urn:x-orgkg:union`` (what orgkg's own server client sends) means the
default graph, which is the union here already.
"""
from __future__ import annotations

import io
import urllib.parse
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pyoxigraph as ox

from kg import __version__
from kg.errors import InputError, QueryError, StoreError
from kg.querying import is_update
from kg.store.base import PREFIX_IRIS
from kg.store.embedded import EmbeddedStore
from kg.store.server import UNION_GRAPH

PATH = "/sparql"
# media type (without parameters) -> format, the first the default
_RESULTS = {f.media_type.split(";")[0]: f for f in (
    ox.QueryResultsFormat.JSON, ox.QueryResultsFormat.XML, ox.QueryResultsFormat.CSV,
    ox.QueryResultsFormat.TSV)}
_GRAPHS = {f.media_type.split(";")[0]: f for f in (
    ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.RDF_XML, ox.RdfFormat.JSON_LD)}
_ALIASES = {"application/json": "application/sparql-results+json", "text/plain":
            "application/n-triples", "application/xml": "application/sparql-results+xml",
            "application/x-turtle": "text/turtle"}


def preferred(accept: str | None, offered: list[str]) -> str | None:
    """The media type of ``offered`` that an ``Accept`` header ranks highest (ties: the
    order of ``offered``); the first offered when there is no header; None if none fits."""
    if not accept or not accept.strip():
        return offered[0]
    ranked: list[tuple[float, int, str]] = []
    for i, item in enumerate(accept.split(",")):
        parts = [p.strip() for p in item.split(";")]
        media = _ALIASES.get(parts[0].lower(), parts[0].lower())
        q = 1.0
        for p in parts[1:]:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        if q <= 0:
            continue
        if media in ("*/*", "application/*", "text/*"):
            kind = media.split("/")[0]
            fits = [o for o in offered if kind == "*" or o.startswith(kind + "/")]
        else:
            fits = [media] if media in offered else []
        for o in fits:
            ranked.append((-q, offered.index(o) if media.endswith("*") else i, o))
    return min(ranked)[2] if ranked else None


class Endpoint:
    """What the HTTP handler calls: one query in, (status, content type, body) out."""

    def __init__(self, store: EmbeddedStore, *, allow_network: bool = False) -> None:
        self.store = store
        self.allow_network = allow_network

    def answer(self, sparql: str, accept: str | None, default_graphs: list[str],
               named_graphs: list[str]) -> tuple[int, str, bytes]:
        if is_update(sparql):
            return _text(403, "kg serve answers queries only: to change the store, stop the "
                              "server and run kg build (or kg query --update) on its directory")
        if default_graphs == [UNION_GRAPH]:
            default_graphs = []
        try:
            result = self.store.native_query(sparql, default_graphs=default_graphs,
                                             named_graphs=named_graphs,
                                             allow_network=self.allow_network)
            formats: dict[str, Any] = (_GRAPHS if isinstance(result, ox.QueryTriples)
                                       else _RESULTS)
            media = preferred(accept, list(formats))
            if media is None:
                return _not_acceptable(list(formats))
            body = io.BytesIO()
            if isinstance(result, ox.QueryTriples):
                ox.serialize(result, body, formats[media], prefixes=PREFIX_IRIS)
            else:
                result.serialize(body, formats[media])
            return 200, f"{media}; charset=utf-8", body.getvalue()
        except (QueryError, InputError) as e:
            return _text(400, e.message)
        except (SyntaxError, ValueError, TypeError) as e:
            return _text(400, f"the SPARQL query failed: {' '.join(str(e).split())}")
        except (StoreError, OSError) as e:
            return _text(500, str(e))

    def description(self, base: str) -> tuple[int, str, bytes]:
        """A SPARQL 1.1 Service Description of this endpoint, in Turtle."""
        sd = "http://www.w3.org/ns/sparql-service-description#"
        formats = " , ".join([f"<{f.iri}>" for f in _RESULTS.values()]
                             + [f"<{f.iri}>" for f in _GRAPHS.values()])
        text = (f"@prefix sd: <{sd}> .\n<{base}> a sd:Service ;\n"
                f"  sd:endpoint <{base}> ;\n"
                f"  sd:supportedLanguage sd:SPARQL11Query ;\n"
                f"  sd:resultFormat {formats} ;\n"
                f"  sd:feature sd:UnionDefaultGraph ;\n"
                f'  sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph ] ] .\n')
        return 200, "text/turtle; charset=utf-8", text.encode("utf-8")


def _text(status: int, message: str) -> tuple[int, str, bytes]:
    return status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8")


def _not_acceptable(offered: list[str]) -> tuple[int, str, bytes]:
    return _text(406, "none of the formats in the Accept header is available here; ask for "
                      "one of " + ", ".join(offered))


def make_server(endpoint: Endpoint, host: str, port: int,
                log: Callable[[str], None] | None = None) -> ThreadingHTTPServer:
    """An HTTP server answering the SPARQL protocol at ``/sparql`` (port 0: any free one)."""

    class Handler(BaseHTTPRequestHandler):
        server_version = f"orgkg/{__version__}"

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib's name
            if log:
                log(f"{self.address_string()} {format % args}")

        def _send(self, status: int, ctype: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Vary", "Accept")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _route(self) -> bool:
            if urllib.parse.urlsplit(self.path).path.rstrip("/") == PATH:
                return True
            self._send(*_text(404, f"not found: the SPARQL endpoint is {PATH}"))
            return False

        def _run(self, params: dict[str, list[str]], sparql: str | None) -> None:
            if "update" in params:
                sparql = params["update"][0]
            if sparql is None:
                address: Any = self.server.server_address
                netloc = self.headers.get("Host") or f"{host}:{address[1]}"
                self._send(*endpoint.description(f"http://{netloc}{PATH}"))
                return
            self._send(*endpoint.answer(sparql, self.headers.get("Accept"),
                                        params.get("default-graph-uri", []),
                                        params.get("named-graph-uri", [])))

        def do_GET(self) -> None:  # noqa: N802 - the stdlib's naming
            if self._route():
                params = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
                self._run(params, params.get("query", [None])[0])

        do_HEAD = do_GET  # noqa: N815

        def do_POST(self) -> None:  # noqa: N802
            if not self._route():
                return
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8", "replace")
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            params = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
            if ctype == "application/sparql-query":
                self._run(params, body)
            elif ctype == "application/sparql-update":
                self._run({**params, "update": [body]}, None)
            elif ctype in ("application/x-www-form-urlencoded", ""):
                params.update(urllib.parse.parse_qs(body))
                self._run(params, params.get("query", [None])[0])
            else:
                self._send(*_text(415, f"unsupported Content-Type {ctype}: send the query as "
                                       "application/sparql-query or as a form"))

        def do_OPTIONS(self) -> None:  # noqa: N802 - a browser's CORS preflight
            self.send_response(204)
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
            self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
            self.end_headers()

    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    return server
