#!/usr/bin/env python3
"""Readers and a writer on one SPARQL server: ``kg query`` from other processes while a
``kg build`` is writing.

    scripts/virtuoso.sh start            # prints the endpoint
    python bench/server_concurrency.py http://127.0.0.1:18890/sparql [CORPUS.jsonl]

CORPUS defaults to ``../shared/corpus/articles.jsonl`` (read where it is). Steps, each a
separate ``python -m kg`` process, as users run them:

1. ``kg build CORPUS --store URL``: the first build, timed;
2. the same build again (every article graph replaced, resolution and the derived graph
   recomputed) in the background, and meanwhile, in a loop until it ends, ``kg query``
   from another process: the number of articles (must stay the corpus's: an article's
   graph is replaced in one request, never absent), and the holders of the most common
   role; each query's exit code and time are recorded;
3. after the second build: the store's statistics equal those after the first.

Prints the timings, the number of queries answered during the build, their latency
(median and worst), and the verdict; exit code 1 if any query failed or saw a partial
store. The orgkg graphs of the server are replaced.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "articles.jsonl"

ARTICLES = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:NewsArticle }"
HOLDERS = """SELECT ?name ?body WHERE {
  ?m a org:Membership ; org:role/skos:prefLabel "Bí thư"@vi ; org:member/foaf:name ?name ;
     org:organization/skos:prefLabel ?body .
} ORDER BY ?body ?name LIMIT 200"""


def kg(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "KG_STORE"}
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True,
                          text=True, env=env, cwd=REPO)


def query(url: str, sparql: str) -> tuple[int, float, list]:
    started = time.perf_counter()
    done = kg("query", sparql, "--store", url, "--format", "json")
    seconds = time.perf_counter() - started
    rows = []
    if done.returncode == 0:                    # W3C SPARQL 1.1 JSON results
        rows = [{k: v["value"] for k, v in b.items()}
                for b in json.loads(done.stdout)["results"]["bindings"]]
    return done.returncode, seconds, rows


def stats(url: str) -> str:
    done = kg("stats", "--store", url)
    return done.stdout if done.returncode == 0 else f"exit {done.returncode}: {done.stderr}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("url")
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--jobs", default=str(os.cpu_count() or 1))
    a = ap.parse_args()
    corpus = str(a.corpus.resolve())
    articles = sum(1 for line in a.corpus.open(encoding="utf-8") if line.strip())

    started = time.perf_counter()
    first = kg("build", corpus, "--store", a.url, "--jobs", a.jobs, "--quiet")
    print(f"first build: exit {first.returncode}, {time.perf_counter() - started:.1f} s "
          f"({articles:,} articles)")
    if first.returncode != 0:
        print(first.stderr)
        return 1
    before = stats(a.url)
    code, _, rows = query(a.url, ARTICLES)
    stored = int(rows[0]["n"]) if code == 0 and rows else -1
    print(f"articles in the store: {stored:,}")

    env = {k: v for k, v in os.environ.items() if k != "KG_STORE"}
    started = time.perf_counter()
    second = subprocess.Popen([sys.executable, "-m", "kg", "build", corpus, "--store", a.url,
                               "--jobs", a.jobs, "--quiet"], cwd=REPO, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    latencies: list[float] = []
    failures: list[str] = []
    while second.poll() is None:
        for sparql in (ARTICLES, HOLDERS):
            code, seconds, rows = query(a.url, sparql)
            if second.poll() is not None and not latencies:
                break
            latencies.append(seconds)
            if code != 0:
                failures.append(f"exit {code}")
            elif sparql is ARTICLES and int(rows[0]["n"]) != stored:
                failures.append(f"{rows[0]['n']} articles seen during the build, not {stored}")
            elif sparql is HOLDERS and not rows:
                failures.append("no holders seen during the build")
    _, err = second.communicate()
    print(f"second build (replacing every article) with queries alongside: exit "
          f"{second.returncode}, {time.perf_counter() - started:.1f} s")
    if latencies:
        print(f"queries answered during it: {len(latencies)}, failed or partial: "
              f"{len(failures)}; latency median {statistics.median(latencies):.2f} s, "
              f"worst {max(latencies):.2f} s (each a new kg process)")
    for failure in failures[:5]:
        print("   ", failure)
    after = stats(a.url)
    same = before == after
    print(f"statistics after the second build equal those after the first: {same}")
    ok = first.returncode == 0 and second.returncode == 0 and not failures and same \
        and bool(latencies)
    if not ok and err:
        print(err)
    print("verdict:", "OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
