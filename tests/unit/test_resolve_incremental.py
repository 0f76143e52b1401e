"""Incremental resolution gives what one build from scratch gives.

A build or a removal re-examines only the blocks of names its articles touch
(kg.resolve.changes); the dataset must still be a function of the set of articles. The
articles here are invented facts (no extraction): a few invented names shared by several
articles, with posts in different provinces (two people of one name), the same body
(one person), central posts (no evidence either way), former posts, and places the 2025
reform abolished (place history in the derived graph). They are written in random
batches and orders, some removed, some revised, some written again, and the store is
compared with one that was built once from the final set of articles.
"""
from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from kg.build import remove
from kg.models import Article, Body, Facts, Membership, Person, Place
from kg.rdf.build import IriMinter, article_graph
from kg.rdf.vocab import DEFAULT_BASE_IRI
from kg.resolve.changes import Changes
from kg.resolve.derived import refresh_derived
from kg.resolve.store import RESOLUTION_GRAPH, resolve_store
from kg.store.base import Store
from kg.store.embedded import EmbeddedStore

IRIS = IriMinter(DEFAULT_BASE_IRI)
# invented names; the second is the first written another way (one block, two spellings)
NAMES = ("Trần Văn Bình", "TRẦN VĂN BÌNH", "Lê Thị Hoa", "Đào Minh Khôi")
POSTS = (
    ("Phó Chủ tịch", Body("Ủy ban nhân dân huyện Duy Xuyên", (),
                          Place("Huyện Duy Xuyên", "district", "Quảng Nam"))),
    ("Giám đốc", Body("Sở Tư pháp thành phố Hà Nội", (), Place("Hà Nội", "province"))),
    ("Bí thư", Body("Tỉnh ủy Hà Giang", (), Place("Hà Giang", "province"))),
    ("Phó Bí thư", Body("Tỉnh ủy Tuyên Quang", (), Place("Tuyên Quang", "province"))),
    ("Ủy viên", Body("Bộ Chính trị")),
    # Hà Giang and Yên Sơn: two places the reform gave to one successor, Tuyên Quang
    ("Chủ tịch", Body("Ủy ban nhân dân huyện Yên Sơn", (),
                      Place("Huyện Yên Sơn", "district", "Tuyên Quang"))),
)
DAYS = (date(2019, 3, 4), date(2021, 6, 7), date(2023, 9, 10))


@st.composite
def article(draw: st.DrawFn, n: int, version: int) -> Facts:
    held = draw(st.lists(st.tuples(st.sampled_from(NAMES), st.integers(0, len(POSTS) - 1),
                                   st.booleans()), min_size=1, max_size=3))
    day = draw(st.sampled_from(DAYS))
    memberships = {(fold_key(name), p): Membership(name, POSTS[p][0], POSTS[p][1],
                                                   "former" if former else "current", day)
                   for name, p, former in held}
    names = tuple(dict.fromkeys(m.person for m in memberships.values()))
    return Facts(Article(f"a{n}", "", title=f"Tin {n}.{version}", date=day),
                 tuple(Person(name) for name in names),
                 tuple({m.body.name: m.body for m in memberships.values()}.values()),
                 tuple(memberships.values()))


def fold_key(name: str) -> str:
    return name.lower()


@st.composite
def histories(draw: st.DrawFn) -> tuple[dict[str, Facts], list[tuple[str, list[str]]]]:
    """Articles (two versions of some) and steps: ('write', keys) or ('remove', ids)."""
    count = draw(st.integers(2, 7))
    versions = {f"a{n}/{v}": draw(article(n, v)) for n in range(count)
                for v in range(draw(st.integers(1, 2)))}
    steps: list[tuple[str, list[str]]] = []
    present: set[str] = set()
    for _ in range(draw(st.integers(1, 6))):
        if present and draw(st.booleans()) and draw(st.booleans()):
            gone = draw(st.lists(st.sampled_from(sorted(present)), min_size=1, unique=True))
            steps.append(("remove", gone))
            present -= set(gone)
            continue
        keys = draw(st.lists(st.sampled_from(sorted(versions)), min_size=1, max_size=5,
                             unique_by=lambda k: k.split("/")[0]))
        steps.append(("write", keys))
        present |= {k.split("/")[0] for k in keys}
    return versions, steps


def write(store: Store, facts: list[Facts], batch: int = 2) -> None:
    """What kg.build.build does with the graphs of its articles, batch by batch."""
    changes = Changes(store, DEFAULT_BASE_IRI)
    for i in range(0, len(facts), batch):
        graphs = {str(g.identifier): g.serialize(format="nt")
                  for g in (article_graph(f, IRIS) for f in facts[i:i + batch])}
        store.replace_graphs(changes.writing(graphs))
    changes.resolve()


def dataset(store: Store) -> tuple[Dataset, Graph]:
    """The named graphs, and the default graph (the union every query reads)."""
    ds = Dataset()
    with tempfile.TemporaryDirectory() as tmp:
        for fmt, target in (("nquads", "ds"), ("ntriples", "union")):
            path = Path(tmp) / target
            with path.open("wb") as fh:
                store.dump(fmt, fh)
            if target == "ds":
                ds.parse(path, format="nquads")
            else:
                union = Graph().parse(path, format="nt")
    return ds, union


def assert_same(a: Store, b: Store) -> None:
    (ds_a, union_a), (ds_b, union_b) = dataset(a), dataset(b)
    names_a = {g.identifier for g in ds_a.graphs() if len(g)}
    names_b = {g.identifier for g in ds_b.graphs() if len(g)}
    assert names_a == names_b
    for name in names_a:
        ga, gb = ds_a.graph(name), ds_b.graph(name)
        assert isomorphic(ga, gb), (name, sorted(set(ga) ^ set(gb)))
    assert isomorphic(union_a, union_b), sorted(set(union_a) ^ set(union_b))
    # the union is the union of the graphs: nothing left behind by a patch
    merged = Graph()
    for g in ds_a.graphs():
        for t in g:
            merged.add(t)
    assert isomorphic(union_a, merged), sorted(set(union_a) ^ set(merged))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(histories())
def test_any_history_gives_the_dataset_of_one_build(
        history: tuple[dict[str, Facts], list[tuple[str, list[str]]]]) -> None:
    versions, steps = history
    with tempfile.TemporaryDirectory() as tmp:
        step = EmbeddedStore(Path(tmp) / "step")
        final: dict[str, Facts] = {}
        for kind, keys in steps:
            if kind == "write":
                write(step, [versions[k] for k in keys])
                final.update({k.split("/")[0]: versions[k] for k in keys})
            else:
                remove(step, keys)
                for k in keys:
                    del final[k]
        once = EmbeddedStore(Path(tmp) / "once")
        write(once, [final[k] for k in sorted(final)], batch=64)
        assert Changes(step, DEFAULT_BASE_IRI).whole is not bool(final)
        assert_same(step, once)
        # resolving the whole store again, one name and one membership at a time,
        # changes nothing either
        resolve_store(step, DEFAULT_BASE_IRI, chunk=1)
        refresh_derived(step, DEFAULT_BASE_IRI, chunk=1)
        assert_same(step, once)
        step.close()
        once.close()


def test_a_change_reexamines_only_the_blocks_it_names(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "st")
    hoa = (POSTS[1][0], POSTS[1][1])
    binh = (POSTS[0][0], POSTS[0][1])
    write(store, [
        Facts(Article("a1", "", date=DAYS[0]), (Person(NAMES[2]),), (hoa[1],),
              (Membership(NAMES[2], *hoa, "current", DAYS[0]),)),
        Facts(Article("a2", "", date=DAYS[1]), (Person(NAMES[0]),), (binh[1],),
              (Membership(NAMES[0], *binh, "current", DAYS[1]),)),
    ])
    resolution = URIRef(DEFAULT_BASE_IRI + RESOLUTION_GRAPH)
    blocks = {str(b) for (b,) in store.query(
        f"SELECT ?b WHERE {{ GRAPH <{resolution}> {{ ?d orgkg:block ?b }} }}").rows}
    assert blocks == {"lê thị hoa", "trần văn bình"}
    changes = Changes(store, DEFAULT_BASE_IRI)
    assert not changes.whole
    seen: list[str] = []
    real = store.query

    def query(sparql: str) -> object:
        seen.append(sparql)
        return real(sparql)

    store.query = query  # type: ignore[method-assign]
    graphs = {str(IRIS.article("a3")): article_graph(
        Facts(Article("a3", "", date=DAYS[2]), (Person(NAMES[2]),)), IRIS).serialize(format="nt")}
    store.replace_graphs(changes.writing(graphs))
    changes.resolve()
    read = "\n".join(seen)
    assert '"lê thị hoa"' in read and "trần văn bình" not in read
    assert str(IRIS.article("a2")) not in read


def test_a_stopped_build_leaves_a_marker_and_the_next_resolves_whole(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "st")
    facts = [Facts(Article(f"a{n}", "", date=DAYS[n]), (Person(NAMES[0]),), (POSTS[n][1],),
                   (Membership(NAMES[0], POSTS[n][0], POSTS[n][1], "current", DAYS[n]),))
             for n in range(3)]
    write(store, facts[:1])
    changes = Changes(store, DEFAULT_BASE_IRI)
    graph = article_graph(facts[1], IRIS)
    store.replace_graphs(changes.writing({str(graph.identifier): graph.serialize(format="nt")}))
    # stopped here: the article is stored, not resolved
    assert Changes(store, DEFAULT_BASE_IRI).whole
    write(store, facts[2:])
    once = EmbeddedStore(tmp_path / "once")
    write(once, facts)
    assert not Changes(store, DEFAULT_BASE_IRI).whole
    assert_same(store, once)



def test_a_successor_stays_while_a_place_it_replaced_stays(tmp_path: Path) -> None:
    """Hà Giang and Yên Sơn both went to Tuyên Quang: removing the article that named Hà
    Giang leaves Tuyên Quang's statements in the derived graph, for Yên Sơn."""
    ha_giang, yen_son = POSTS[2], POSTS[5]
    facts = [Facts(Article(f"a{n}", "", date=DAYS[0]), (Person(NAMES[n]),), (post[1],),
                   (Membership(NAMES[n], post[0], post[1], "current", DAYS[0]),))
             for n, post in ((0, ha_giang), (2, yen_son))]
    store = EmbeddedStore(tmp_path / "st")
    write(store, facts[:1])
    write(store, facts[1:])
    remove(store, ["a0"])
    once = EmbeddedStore(tmp_path / "once")
    write(once, facts[1:])
    assert_same(store, once)


def test_a_store_resolved_without_blocks_is_resolved_whole(tmp_path: Path) -> None:
    """A store that an earlier orgkg resolved has decisions without orgkg:block: the next
    build cannot find its blocks, so it resolves the whole store, which records them."""
    facts = [Facts(Article(f"a{n}", "", date=DAYS[n]), (Person(NAMES[0]),), (POSTS[n][1],),
                   (Membership(NAMES[0], POSTS[n][0], POSTS[n][1], "current", DAYS[n]),))
             for n in range(3)]
    store = EmbeddedStore(tmp_path / "st")
    write(store, facts[:2])
    resolution = DEFAULT_BASE_IRI + RESOLUTION_GRAPH
    store.update(f"DELETE WHERE {{ GRAPH <{resolution}> {{ ?d orgkg:block ?b }} }} ; "
                 f"DELETE WHERE {{ ?d orgkg:block ?b }}")
    assert Changes(store, DEFAULT_BASE_IRI).whole
    write(store, facts[2:])
    once = EmbeddedStore(tmp_path / "once")
    write(once, facts)
    assert_same(store, once)
