"""Golden cases: one article in, its exact named graph out (STYLE.md habit 5).

Each folder ``tests/golden/<case>/`` holds

- ``article.txt``: an invented article in the saved-page format (first line the date,
  ``Thứ Sáu, ngày 7 tháng 8 năm 2020``, then the title, the body and the byline);
- ``expected.trig``: the one named graph that article must produce under the default
  base IRI, as a careful reader following GUIDELINES.md would state it. Comment lines
  at the top say what the case checks and any judgement made in writing it.

The test reads the article with :func:`kg.ingest.iter_articles`, runs
:func:`kg.extract.pipeline.extract` and :func:`kg.rdf.build.article_graph`, and compares
the result with ``expected.trig`` by ``rdflib.compare.isomorphic``. On failure it prints
the triples only in the expected graph and only in the actual one, as sorted N-Triples.

Cases the pipeline gets wrong today are listed in :data:`KNOWN_WRONG` with the reason.
Their ``expected.trig`` was written by hand and they run as ``xfail(strict=True)``: once
the pipeline is fixed they XPASS, the run fails, and the entry should be removed.

Regenerating after a deliberate rule change
-------------------------------------------
::

    python tests/golden/test_golden.py              # rewrite every case not in KNOWN_WRONG
    python tests/golden/test_golden.py CASE ...     # only these cases
    python tests/golden/test_golden.py --check      # print the diffs, write nothing
    python tests/golden/test_golden.py --force CASE # also overwrite a KNOWN_WRONG case

The helper keeps each file's leading comment block and writes the pipeline's graph
below it. Then READ the new ``expected.trig`` (``git diff``) triple by triple against
GUIDELINES.md before committing it: the golden files are only worth what that reading is.
A new case is a new folder with an ``article.txt``; run the helper on it to create its
``expected.trig`` and add a comment block saying what it checks.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.errors import ArticleError
from kg.extract.pipeline import extract
from kg.ingest import iter_articles
from kg.rdf.build import IriMinter, article_graph, new_graph

# rdflib's TriG parser uses ConjunctiveGraph internally; nothing to act on here
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")

HERE = Path(__file__).resolve().parent
CASES = sorted(p.name for p in HERE.iterdir() if (p / "article.txt").is_file())

#: case -> why the pipeline's graph differs from the expected one (GUIDELINES.md section)
KNOWN_WRONG: dict[str, str] = {}


def actual_graph(case: str) -> Graph:
    """The named graph the pipeline makes of ``<case>/article.txt``."""
    errors: list[ArticleError] = []
    articles = list(iter_articles([HERE / case / "article.txt"], on_error=errors.append))
    assert not errors, [e.message for e in errors]
    assert len(articles) == 1, f"{case}/article.txt should hold one article"
    return article_graph(extract(articles[0]), IriMinter())


def expected_graph(case: str) -> Graph:
    """The one named graph of ``<case>/expected.trig`` (its default graph must be empty)."""
    ds = Dataset()
    ds.parse(HERE / case / "expected.trig", format="trig")
    named = [g for g in ds.graphs() if g.identifier != ds.default_graph.identifier]
    named = [g for g in named if len(g)]
    assert len(ds.default_graph) == 0, f"{case}/expected.trig has triples outside a graph"
    assert len(named) == 1, f"{case}/expected.trig should hold exactly one named graph"
    return named[0]


def _nt(g: Graph) -> str:
    return "\n".join(sorted(line for line in g.serialize(format="nt").splitlines() if line))


def describe_diff(expected: Graph, actual: Graph) -> str:
    _, only_expected, only_actual = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
    parts = []
    if str(expected.identifier) != str(actual.identifier):
        parts.append(f"graph name: expected <{expected.identifier}>, got <{actual.identifier}>")
    parts.append(f"--- only in expected ({len(only_expected)}):\n{_nt(only_expected)}")
    parts.append(f"+++ only in actual ({len(only_actual)}):\n{_nt(only_actual)}")
    return "\n".join(parts)


def _param(case: str) -> object:
    if case in KNOWN_WRONG:
        return pytest.param(case, marks=pytest.mark.xfail(reason=KNOWN_WRONG[case], strict=True))
    return case


def test_there_are_cases() -> None:
    assert len(CASES) >= 3
    assert set(KNOWN_WRONG) <= set(CASES), "KNOWN_WRONG names a case folder that is gone"
    for case in CASES:
        assert (HERE / case / "expected.trig").is_file(), f"{case} has no expected.trig"


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_golden(case: str) -> None:
    expected, actual = expected_graph(case), actual_graph(case)
    same = str(expected.identifier) == str(actual.identifier) and isomorphic(expected, actual)
    assert same, f"{case}: the graph differs from expected.trig\n" + describe_diff(
        expected, actual)


# ---------------------------------------------------------------------------------------
# regeneration helper: python tests/golden/test_golden.py [--check] [--force] [CASE ...]


def _header(path: Path) -> str:
    """The leading comment block of ``path`` (kept when the file is rewritten)."""
    if not path.is_file():
        return ""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        lines.append(line)
    return "\n".join(lines) + "\n\n" if lines else ""


def render(g: Graph) -> str:
    """``g`` as TriG: one named graph, the CONTRACT prefixes, a stable order."""
    ds = Dataset()
    for prefix, ns in new_graph().namespaces():
        ds.bind(prefix, ns)
    target = ds.graph(URIRef(str(g.identifier)))
    for t in g:
        target.add(t)
    return ds.serialize(format="trig")


def _main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description="Regenerate the golden expected.trig files.")
    ap.add_argument("cases", nargs="*", help=f"case folders (default: all of {CASES})")
    ap.add_argument("--check", action="store_true", help="print diffs, write nothing")
    ap.add_argument("--force", action="store_true",
                    help="also overwrite KNOWN_WRONG cases (their hand-written expectation)")
    args = ap.parse_args(argv)
    unknown = set(args.cases) - set(CASES)
    if unknown:
        ap.error(f"no such case: {', '.join(sorted(unknown))}")
    status = 0
    for case in args.cases or CASES:
        path = HERE / case / "expected.trig"
        actual = actual_graph(case)
        if path.is_file():
            expected = expected_graph(case)
            if str(expected.identifier) == str(actual.identifier) and isomorphic(expected,
                                                                                 actual):
                print(f"{case}: unchanged")
                continue
            print(f"{case}: differs\n{describe_diff(expected, actual)}")
            status = 1
        if args.check:
            continue
        if case in KNOWN_WRONG and not args.force:
            print(f"{case}: kept (in KNOWN_WRONG: {KNOWN_WRONG[case]}); --force to overwrite")
            continue
        path.write_text(_header(path) + render(actual), encoding="utf-8")
        print(f"{case}: wrote {path.relative_to(HERE.parent.parent)}")
    return status if args.check else 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
