"""Property tests: labels of any text come back unchanged through every RDF export, and
distinct normalised names never mint the same IRI.

The labels go through the real path: a graph written to an embedded store
(:meth:`Store.replace_graphs`), then :func:`kg.export.export` to Turtle, TriG, N-Quads and
JSON-LD, then parsed back (Oxigraph for the first three, rdflib for JSON-LD).
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef

from kg.export import export
from kg.rdf.build import IriMinter, new_graph
from kg.rdf.iris import id_slug, mint
from kg.rdf.vocab import FOAF, SCHEMA, SKOS
from kg.store.embedded import EmbeddedStore
from kg.text.normalize import fold

BASE = "https://w3id.org/orgkg/id/"

# what breaks serialisers: quotes of every kind, the end of an IRI, line breaks, controls,
# escapes that a careless writer would let through, and text that looks like syntax
EDGES = ['"', '"""', "'''", "'", "\\", "\\n", "\\u0022", ">", "<", "<http://evil.example/>",
         "\n", "\r\n", "\r", "\t", "\x00", "\x01", "\x0b", "\x1f", "\x7f", "\x85", "\u2028",
         "\u2029", "\ufeff", "\ufffe", "\U0010ffff", "@vi", '"@en', "^^<x>", "_:b0",
         '" . <http://evil.example/s> <http://evil.example/p> "x', "} GRAPH <g> { ",
         "# not a comment", "{\"@id\": \"x\"}", "@context", "Nguyễn Văn Luận",
         "Ngô Văn Luân", "Lê Thị Hà", "Lê Thị Hạ", "Thành ủy TP.HCM", "\u0301", "e\u0301"]

labels = st.one_of(
    st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=40),
    st.lists(st.sampled_from(EDGES), min_size=1, max_size=4).map("".join),
    st.tuples(st.text(min_size=0, max_size=10), st.sampled_from(EDGES),
              st.text(min_size=0, max_size=10)).map("".join),
)

FORMATS = {"turtle": ("out.ttl", ox.RdfFormat.TURTLE), "trig": ("out.trig", ox.RdfFormat.TRIG),
           "nquads": ("out.nq", ox.RdfFormat.N_QUADS), "jsonld": ("out.jsonld", None)}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedStore:
    s = EmbeddedStore(tmp_path_factory.mktemp("labels") / "store")
    yield s
    s.close()


def _read_back(path: Path, fmt: ox.RdfFormat | None) -> set[tuple[str, str, object]]:
    """(subject, predicate, (value, language)) of every literal in the file."""
    out: set[tuple[str, str, object]] = set()
    if fmt is None:
        g = Graph()
        g.parse(path, format="json-ld")
        for s, p, o in g:
            if isinstance(o, Literal):
                out.add((str(s), str(p), (str(o), o.language)))
        return out
    for q in ox.parse(path=path, format=fmt):
        if isinstance(q.object, ox.Literal):
            out.add((q.subject.value, q.predicate.value, (q.object.value, q.object.language)))
    return out


@settings(max_examples=100, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(label=labels)
def test_labels_round_trip_through_every_export(label: str, store: EmbeddedStore,
                                                tmp_path: Path) -> None:
    iris = IriMinter(BASE)
    key = fold(label) or "x"
    person, body, article = iris.person(key), iris.body(key), iris.article(label)
    g = new_graph(URIRef(BASE + "article/labels"))
    g.add((person, FOAF.name, Literal(label)))
    g.add((body, SKOS.prefLabel, Literal(label, lang="vi")))
    g.add((article, SCHEMA.identifier, Literal(label)))
    store.replace_graphs({BASE + "article/labels": g.serialize(format="nt")})
    expected = {(str(person), str(FOAF.name), (label, None)),
                (str(body), str(SKOS.prefLabel), (label, "vi")),
                (str(article), str(SCHEMA.identifier), (label, None))}
    for fmt, (name, rdf_format) in FORMATS.items():
        path = tmp_path / name
        export(store, fmt, path)
        assert _read_back(path, rdf_format) == expected, (fmt, label)


# -- minting -------------------------------------------------------------------------------

VIETNAMESE = ("aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
              "AĂÂĐEÊIOÔƠUƯY bcdghklmnpqrstvx-.'")
names = st.one_of(
    st.text(st.sampled_from(VIETNAMESE), min_size=1, max_size=24),
    st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=24),
)


def _variants(name: str) -> list[str]:
    """Spellings of ``name`` that normalise to it (they must share its IRI)."""
    return [name.upper(), name.lower(), unicodedata.normalize("NFD", name),
            name.replace("òa", "oà").replace("ủy", "uỷ"), f"  {name}\u00a0"]


@settings(max_examples=300, deadline=None, database=None)
@given(a=names, b=names)
def test_distinct_normalised_names_never_share_an_iri(a: str, b: str) -> None:
    assume(fold(a) and fold(b))
    iris = IriMinter(BASE)
    for mint_one in (iris.person, iris.body, iris.role, iris.place):
        same = mint_one(a) == mint_one(b)
        assert same == (fold(a) == fold(b)), (mint_one.__name__, a, b)
    assert (iris.place(a, b) == iris.place(b, a)) == (fold(a) == fold(b))
    assert iris.place(a) != iris.place(a, b)
    assert (iris.membership(a, "Bí thư", b) == iris.membership(b, "Bí thư", a)) == \
        (fold(a) == fold(b))


@settings(max_examples=150, deadline=None, database=None)
@given(name=names)
def test_spellings_of_one_name_share_its_iri(name: str) -> None:
    assume(fold(name))
    iris = IriMinter(BASE)
    for variant in _variants(name):
        if fold(variant) == fold(name):
            assert iris.person(variant) == iris.person(name)


@settings(max_examples=300, deadline=None, database=None)
@given(a=st.text(min_size=1, max_size=30), b=st.text(min_size=1, max_size=30))
def test_minted_iris_are_valid_and_injective(a: str, b: str) -> None:
    iris = IriMinter(BASE)
    for iri in (iris.article(a), iris.event(a, 1), mint(BASE, "org", a), mint(BASE, "x", a, b)):
        ox.NamedNode(str(iri))                 # the store accepts it (RFC 3987)
        local = str(iri)[len(BASE):]
        assert not set(local) & set(' <>"{}|\\^`\n\r\t'), iri
        assert "/../" not in f"/{local}/" and "/./" not in f"/{local}/", iri
    if a != b:
        assert id_slug(a) != id_slug(b)
        assert iris.event(a, 1) != iris.event(b, 1)
        assert mint(BASE, "x", a, b) != mint(BASE, "x", b, a) or a == b
        assert mint(BASE, "x", a + "/" + b) != mint(BASE, "x", a, b)
