"""The network model: what becomes a node and an edge, and the shared filters."""
from __future__ import annotations

from datetime import date

import pytest
from sample_graph import (BAC_AN, BINH, BTC, BTV, DANG_BO, EVENT, HOA, HUYEN_UY, QUANG_AN, SON_HA,
                          UBND)

from kg.errors import InputError
from kg.export.network import (
    NetworkOptions,
    build_network,
    classification,
    find_node,
    read_network,
)
from kg.store import Store


def test_options_parse() -> None:
    o = NetworkOptions.parse(kinds="persons, Body", since="2019", until="2020-02",
                             focus=" Huyện ủy Sơn Hà ", depth=1)
    assert o.kinds == ("person", "body")
    assert (o.since, o.until) == (date(2019, 1, 1), date(2020, 2, 29))
    assert (o.focus, o.depth) == ("Huyện ủy Sơn Hà", 1)
    assert NetworkOptions.parse() == NetworkOptions()
    assert NetworkOptions.parse(until="2019-12").until == date(2019, 12, 31)


@pytest.mark.parametrize(("kwargs", "says"), [
    ({"kinds": "person,role"}, "--kinds"),
    ({"since": "8/8/2020"}, "--since"),
    ({"until": "2020-13"}, "--until"),
    ({"since": "2021", "until": "2020"}, "swap"),
    ({"focus": "  "}, "--focus"),
])
def test_bad_options_say_the_fix(kwargs: dict[str, str], says: str) -> None:
    with pytest.raises(InputError, match=says) as e:
        NetworkOptions.parse(**kwargs)
    assert e.value.exit_code == 2


def test_classification_is_the_head_of_the_name() -> None:
    assert classification("Ban Thường vụ Thành ủy Hà Nội") == "Ban Thường vụ"
    assert classification("Ủy ban nhân dân tỉnh Quảng An") == "Ủy ban nhân dân"
    assert classification("Sở Tư pháp tỉnh Quảng An") == "Sở"
    assert classification("Câu lạc bộ hưu trí") == "Câu lạc bộ"
    assert classification("Nhóm bạn hưu trí") is None  # (no head the gazetteer knows)


def test_relations(module_store: Store) -> None:
    net = read_network(module_store)
    rel = {(e.source, e.target): e.relation for e in net.edges}
    assert rel[(HUYEN_UY, DANG_BO)] == rel[(BTV, HUYEN_UY)] == "subOrganizationOf"
    assert rel[(HUYEN_UY, SON_HA)] == "jurisdiction"
    assert rel[(SON_HA, QUANG_AN)] == "withinPlace"
    assert rel[(QUANG_AN, BAC_AN)] == "replacedBy"
    assert rel[(HUYEN_UY, EVENT)] == "organizer"
    assert rel[(HOA, EVENT)] == "attendee"
    assert rel[(HOA, BTC)] == "member"
    labels = {e.relation: e.label for e in net.edges}
    assert labels["subOrganizationOf"] == "thuộc" and labels["chair"] == "chủ trì"
    degrees = {n.id: n.attrs["degree"] for n in net.nodes.values()}
    assert degrees[HUYEN_UY] == sum(1 for e in net.edges if HUYEN_UY in (e.source, e.target))
    assert net.nodes[BINH].attrs["articles"] == 2


def test_time_window(module_store: Store) -> None:
    net = build_network(module_store, NetworkOptions.parse(until="2016"))
    # only the Phó Bí thư post (2012–2015) is in the window: Bình, his body and what it
    # belongs to; the event (2020), the undated post and the articles are out
    assert {n.id for n in net.nodes.values() if n.kind in ("person", "event", "article")} \
        == {BINH}
    assert {e.relation for e in net.edges} == {"member", "subOrganizationOf", "jurisdiction",
                                               "withinPlace", "replacedBy"}
    member = next(e for e in net.edges if e.relation == "member")
    assert member.label == "Phó Bí thư, Bí thư"   # the edge is kept whole, with its spells
    late = build_network(module_store, NetworkOptions.parse(since="2020-08-08"))
    assert {n.id for n in late.nodes.values() if n.kind == "person"} == {BINH, HOA}
    assert EVENT not in late.nodes                  # 2020-08-07


@pytest.mark.parametrize("name", ["Huyện ủy Sơn Hà", "huyện ủy sơn hà", "HU Sơn Hà", HUYEN_UY,
                                  "Huyện uỷ Sơn Hà"])
def test_find_by_name_alias_iri_or_old_tone_marks(module_store: Store, name: str) -> None:
    assert find_node(read_network(module_store), name).id == HUYEN_UY


def test_find_fails_loudly(module_store: Store) -> None:
    net = read_network(module_store)
    with pytest.raises(InputError, match="nothing in the graph"):
        find_node(net, "Quận ủy Ba Đình")
    with pytest.raises(InputError, match=r"matches \d+ nodes: .*Ban Thường vụ Huyện ủy Sơn Hà"):
        find_node(net, "Huyện ủy Sơn")


def test_focus_neighbourhood(module_store: Store) -> None:
    net = build_network(module_store, NetworkOptions.parse(focus="Ban Tổ chức Huyện ủy Sơn Hà",
                                                           depth=1))
    assert set(net.nodes) == {BTC, HUYEN_UY, HOA, "https://w3id.org/orgkg/id/article/a2"}
    # depth 2 goes on through Lê Thị Hoa but not up through the parent body
    wider = build_network(module_store, NetworkOptions.parse(focus="Ban Tổ chức Huyện ủy Sơn Hà"))
    assert {UBND, EVENT} <= set(wider.nodes)
    assert BTV not in wider.nodes and DANG_BO not in wider.nodes
    only = build_network(module_store, NetworkOptions.parse(focus="Lê Thị Hoa", depth=0))
    assert list(only.nodes) == [HOA] and only.edges == []
    assert only.nodes[HOA].attrs["degree"] == 0
