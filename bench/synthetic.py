"""A synthetic orgkg dataset of any size, shaped like what `kg build` makes of the news.

Made-up articles state made-up facts (``kg.models.Facts``: persons, posts, events), and
orgkg's own code turns them into the dataset: ``kg.rdf.build`` makes each article's named
graph, the embedded store holds them, and the store's person resolution and derived graph
(``org:memberDuring`` intervals, place history) run as in ``kg build``. So every triple
has the shape of the real thing; only the facts are invented.

The world: every province of the place data (63, before the 2025 merger) with its Party
committee and boards, People's Council and Committee, departments, National Assembly
delegation and Fatherland Front; up to eight districts each with theirs; the central
bodies. Every post (a role in a body) has a succession of holders, one term of 3-7 years
after another, from 2008 to 2024; a holder may move up from a lower post of the province.
An article, on a random day of 2010-2024, is about one province (one in ten is about the
centre): it names holders of that day's posts, the more senior the more often, and what
they held before (one mention in nine says "nguyên", as in the corpus).

The per-article counts follow the corpus build (``kg build ../shared/corpus/articles.jsonl``,
1,956 articles, measured 2026-11-26): memberships per article (histogram below, mean 2.4),
events per article (mean 0.7), participants per event (chair 9 %, one or more speakers
19 %, presenter 5 %, attendees 8 %), organiser named for a third of the events, the body's
alternative spellings, evidence sentences of about 250 characters.
"""
from __future__ import annotations

import random
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from kg.build import BATCH, refresh_derived
from kg.models import Article, Body, Event, EventKind, Facts, Membership, Person, Place
from kg.rdf.build import IriMinter, article_graph
from kg.rdf.vocab import DEFAULT_BASE_IRI
from kg.resolve.store import resolve_store
from kg.resources import data_dir
from kg.store.embedded import EmbeddedStore

# memberships per article -> articles, as measured on the corpus (see the docstring)
MEMBERSHIPS_PER_ARTICLE = {0: 235, 1: 620, 2: 453, 3: 274, 4: 137, 5: 77, 6: 58, 7: 32, 8: 17,
                           9: 11, 10: 12, 11: 4, 12: 8, 13: 5, 14: 3, 15: 6, 16: 1, 17: 1, 18: 2}
EVENTS_PER_ARTICLE = {0: 925, 1: 777, 2: 195, 3: 44, 4: 12, 5: 1, 6: 2}
ATTENDEES_PER_EVENT = {0: 1253, 1: 47, 2: 19, 3: 17, 4: 6, 5: 8, 6: 6, 7: 1, 8: 1, 9: 2, 10: 1,
                       13: 2, 14: 1}
SPEAKERS_PER_EVENT = {0: 1107, 1: 232, 2: 18, 3: 7}
EVENT_KINDS: tuple[EventKind, ...] = ("conference", "congress", "session", "ceremony", "seminar", "working_session",
               "meeting", "voter_meeting")
EVENT_WORDS = {"conference": "Hội nghị", "congress": "Đại hội", "session": "Kỳ họp",
               "ceremony": "Lễ", "seminar": "Hội thảo", "working_session": "Buổi làm việc",
               "meeting": "Cuộc họp", "voter_meeting": "Buổi tiếp xúc cử tri"}

SURNAMES = ("Nguyễn Nguyễn Nguyễn Trần Trần Lê Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ "
            "Ngô Dương Lý Đinh Trương Mai Hà Lương Tạ Cao Lâm Chu Thái").split()
MIDDLE = ("Văn Văn Thị Thị Hữu Đức Minh Quốc Thanh Ngọc Xuân Hồng Công Đình Quang Anh Tiến "
          "Mạnh Kim Bá").split()
GIVEN = ("An Bình Cường Dũng Hà Hải Hùng Lan Long Mai Nam Phong Quang Sơn Tâm Thảo Trung "
         "Tuấn Vân Hòa Hưng Khoa Lâm Lực Nghĩa Phúc Quân Tài Thắng Thành Thủy Tú Việt Vinh "
         "Yến Đạt Hiếu Khánh Linh Nga Sáu Tùng").split()
DEPARTMENTS = ("Y tế", "Tài chính", "Giáo dục và Đào tạo", "Nội vụ", "Tư pháp", "Xây dựng",
               "Công Thương", "Nông nghiệp và Phát triển nông thôn")
PARTY_BOARDS = ("Ban Tổ chức", "Ban Tuyên giáo", "Ban Dân vận", "Ban Nội chính")
PUBLISHERS = ("Báo Tin Tổng Hợp", "Thời Báo Địa Phương", "Nhật Báo Nhân Dân Mới", "Tin Nhanh 24")
FILLER = ("phát biểu chỉ đạo hội nghị tổng kết công tác năm và triển khai nhiệm vụ trọng tâm "
          "năm tới đồng thời đề nghị các cấp các ngành tiếp tục đẩy mạnh cải cách hành chính "
          "nâng cao chất lượng phục vụ người dân và doanh nghiệp trên địa bàn").split()


@dataclass
class Post:
    """A role in a body, with how often the news names its holder and its succession."""

    role: str
    body: Body
    weight: float
    holders: list[tuple[int, int, str]] = field(default_factory=list)  # (from, to, name)

    def holder(self, year: int) -> str | None:
        for start, end, name in self.holders:
            if start <= year < end:
                return name
        return None

    def former(self, year: int) -> str | None:
        ended = [name for start, end, name in self.holders if end <= year]
        return ended[-1] if ended else None


def _pick(rnd: random.Random, histogram: dict[int, int]) -> int:
    return rnd.choices(list(histogram), weights=list(histogram.values()))[0]


def _provinces() -> dict[str, tuple[str, list[tuple[str, str]]]]:
    """Province name -> (its level word, [(district name, level word), ...])."""
    out: dict[str, tuple[str, list[tuple[str, str]]]] = {}
    lines = (data_dir() / "places.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")][1:]
    for name, word, kind, *_ in rows:
        if kind == "province":
            out[name] = (word, [])
    for name, word, kind, parent, *_ in rows:
        if kind == "district" and parent in out:
            out[parent][1].append((name, word))
    return out


class World:
    """Bodies, posts and their holders over 2008-2024."""

    def __init__(self, rnd: random.Random) -> None:
        self.rnd = rnd
        self.names: set[str] = set()
        party = Body("Đảng Cộng sản Việt Nam")
        central_committee = Body("Ban Chấp hành Trung ương Đảng", ("BCH Trung ương",), None, party)
        self.central = [
            Post("Ủy viên", Body("Bộ Chính trị", (), None, central_committee), 4),
            Post("Ủy viên", central_committee, 3),
            Post("Bí thư Trung ương Đảng", Body("Ban Bí thư", (), None, central_committee), 2),
            *(Post(role, Body(f"{board} Trung ương", (), None, central_committee), w)
              for board in PARTY_BOARDS for role, w in (("Trưởng ban", 2), ("Phó Trưởng ban", 1))),
            *(Post(role, Body(f"Bộ {d}"), w)
              for d in DEPARTMENTS for role, w in (("Bộ trưởng", 2), ("Thứ trưởng", 1))),
        ]
        self.provinces: dict[str, list[Post]] = {}
        for province, (word, districts) in _provinces().items():
            self.provinces[province] = self._province_posts(province, word, districts[:8], party)
        for posts in [self.central, *self.provinces.values()]:
            for post in posts:
                self._succession(post, posts)

    def _province_posts(self, name: str, word: str, districts: list[tuple[str, str]],
                        party: Body) -> list[Post]:
        place = Place(name, "province")
        short = "Thành" if word == "thành phố" else "Tỉnh"
        level = f"{word} {name}"
        branch = Body(f"Đảng bộ {level}", (), place, party)
        committee = Body(f"{short} ủy {name}", (f"{short} ủy", f"Ban Chấp hành Đảng bộ {level}"),
                         place, branch)
        standing = Body(f"Ban Thường vụ {short} ủy {name}", (f"Ban Thường vụ {short} ủy",),
                        place, committee)
        people = Body(f"Ủy ban nhân dân {level}", (f"UBND {level}", f"UBND {name}"), place)
        council = Body(f"Hội đồng nhân dân {level}", (f"HĐND {level}", f"HĐND {name}"), place)
        posts = [
            Post("Bí thư", committee, 10), Post("Phó Bí thư", committee, 5),
            Post("Phó Bí thư Thường trực", committee, 4),
            Post("Ủy viên Ban Thường vụ", standing, 2), Post("Ủy viên Ban Thường vụ", standing, 2),
            Post("Chủ tịch", people, 8), Post("Phó Chủ tịch", people, 4),
            Post("Phó Chủ tịch", people, 4), Post("Chủ tịch", council, 5),
            Post("Phó Chủ tịch", council, 2),
            Post("Trưởng đoàn", Body(f"Đoàn đại biểu Quốc hội {level}",
                                     (f"Đoàn ĐBQH {level}",), place), 3),
            Post("Chủ tịch", Body(f"Ủy ban Mặt trận Tổ quốc Việt Nam {level}",
                                  (f"Ủy ban MTTQ Việt Nam {level}",), place), 2),
        ]
        for board in PARTY_BOARDS:
            body = Body(f"{board} {short} ủy {name}", (f"{board} {short} ủy",), place, committee)
            posts += [Post("Trưởng ban", body, 2), Post("Phó Trưởng ban", body, 1)]
        for d in DEPARTMENTS:
            body = Body(f"Sở {d} {level}", (f"Sở {d} {name}",), place, people)
            posts += [Post("Giám đốc", body, 2), Post("Phó Giám đốc", body, 1)]
        for district, dword in districts:
            dplace = Place(district, "district", name)
            dlevel = f"{dword} {district}"
            dshort = {"quận": "Quận", "thành phố": "Thành", "thị xã": "Thị"}.get(dword, "Huyện")
            dbranch = Body(f"Đảng bộ {dlevel}", (), dplace, branch)
            dcommittee = Body(f"{dshort} ủy {district}", (f"{dshort} ủy {dlevel}",), dplace,
                              dbranch)
            dpeople = Body(f"Ủy ban nhân dân {dlevel}", (f"UBND {dlevel}",), dplace)
            posts += [Post("Bí thư", dcommittee, 2), Post("Phó Bí thư", dcommittee, 1),
                      Post("Chủ tịch", dpeople, 2), Post("Phó Chủ tịch", dpeople, 1),
                      Post("Chủ tịch", Body(f"Hội đồng nhân dân {dlevel}",
                                            (f"HĐND {dlevel}",), dplace), 1),
                      Post("Trưởng ban", Body(f"Ban Tổ chức {dshort} ủy {district}", (),
                                              dplace, dcommittee), 1)]
        return posts

    def new_name(self) -> str:
        rnd = self.rnd
        while True:
            parts = [rnd.choice(SURNAMES), rnd.choice(MIDDLE)]
            if rnd.random() < 0.4:
                parts.append(rnd.choice(MIDDLE))
            name = " ".join(parts + [rnd.choice(GIVEN)])
            # namesakes exist in the news, and kg's resolution keeps them apart by their
            # posts; here they are rare, as one name is one person in most of the corpus
            if name not in self.names or rnd.random() < 0.05:
                self.names.add(name)
                return name

    def _succession(self, post: Post, peers: list[Post]) -> None:
        year = 2008 - self.rnd.randint(0, 4)
        while year < 2025:
            end = year + self.rnd.randint(3, 7)
            lower = [p for p in peers if p.weight < post.weight and p.holder(year)]
            name = (self.rnd.choice(lower).holder(year) if lower and self.rnd.random() < 0.3
                    else None) or self.new_name()
            post.holders.append((year, end, name))
            year = end


def _evidence(rnd: random.Random, name: str, role: str, body: str) -> str:
    words = rnd.sample(FILLER, k=min(len(FILLER), rnd.randint(20, 32)))
    return f"Đồng chí {name}, {role} {body} " + " ".join(words) + "."


def _facts(rnd: random.Random, world: World, n: int) -> Facts:
    day = date(2010, 1, 1) + timedelta(days=rnd.randrange(15 * 365))
    year = day.year
    posts = world.central if rnd.random() < 0.1 else rnd.choice(list(world.provinces.values()))
    want = _pick(rnd, MEMBERSHIPS_PER_ARTICLE)
    memberships: dict[tuple[str, str, str], Membership] = {}
    for post in rnd.choices(posts, weights=[p.weight for p in posts], k=want * 2):
        if len(memberships) >= want:
            break
        former = rnd.random() < 0.11
        name = post.former(year) if former else post.holder(year)
        if not name:
            continue
        body = post.body
        if body.parent and rnd.random() < 0.6:
            # most sentences name a body without the chain above it (corpus: 40 % have it)
            body = Body(body.name, body.aliases, body.place)
        m = Membership(name, post.role, body, "former" if former else "current", day,
                       _evidence(rnd, name, post.role, body.name))
        memberships.setdefault((name, post.role, post.body.name), m)
    named = list(dict.fromkeys(m.person for m in memberships.values()))
    events = []
    for k in range(_pick(rnd, EVENTS_PER_ARTICLE)):
        kind: EventKind = rnd.choice(EVENT_KINDS)
        organisers = [m.body for m in memberships.values()]

        def some(histogram: dict[int, int]) -> tuple[str, ...]:
            return tuple(rnd.sample(named, min(len(named), _pick(rnd, histogram))))
        events.append(Event(
            kind, f"{EVENT_WORDS[kind]} {FILLER[k % len(FILLER)]} năm {year}",
            day if rnd.random() < 0.35 else None,
            (rnd.choice(organisers),) if organisers and rnd.random() < 0.33 else (),
            tuple(named[:1]) if named and rnd.random() < 0.09 else (),
            some(SPEAKERS_PER_EVENT),
            tuple(named[-1:]) if named and rnd.random() < 0.05 else (),
            some(ATTENDEES_PER_EVENT),
            _evidence(rnd, named[0], "", "") if named else "",
        ))
    bodies = tuple({m.body.name: m.body for m in memberships.values()}.values())
    for m in memberships.values():
        if m.body.aliases and rnd.random() < 0.5:
            # the article wrote the body its own way: the graph keeps that spelling
            keep = tuple(rnd.sample(m.body.aliases, rnd.randint(1, len(m.body.aliases))))
            bodies += (Body(m.body.name, keep, m.body.place, m.body.parent),)
    article = Article(
        id=f"syn-{n}", text="", title=f"Tin {n}: " + " ".join(rnd.sample(FILLER, 12)),
        date=day, url=f"https://tin.example/{year}/{n}.html",
        publisher=rnd.choice(PUBLISHERS), author=world.new_name())
    return Facts(article, tuple(Person(p) for p in named), bodies,
                 tuple(memberships.values()), tuple(events))


def articles(seed: int = 1) -> Iterator[Facts]:
    """An endless stream of made-up articles' facts; the same seed gives the same stream."""
    rnd = random.Random(seed)
    world = World(rnd)
    n = 0
    while True:
        n += 1
        yield _facts(rnd, world, n)


def dataset(target: int, out: Path, seed: int = 1, base_iri: str = DEFAULT_BASE_IRI) -> int:
    """Write N-Quads of about ``target`` statements to ``out``, as `kg build` would store
    them (article graphs, the resolution and derived graphs); returns the count."""
    iris = IriMinter(base_iri)
    stream = articles(seed)
    # the resolution and derived graphs add about 40 % to the article graphs (less as the
    # world fills up): aim below, then top up
    budget, written = target * 5 // 7, 0
    with tempfile.TemporaryDirectory() as tmp:
        store = EmbeddedStore(Path(tmp) / "store")
        while True:
            batch: dict[str, str] = {}
            for facts in stream:
                g = article_graph(facts, iris)
                batch[str(g.identifier)] = g.serialize(format="nt")
                written += len(g)
                if len(batch) >= BATCH or written >= budget:
                    store.replace_graphs(batch)
                    batch = {}
                if written >= budget:
                    break
            resolve_store(store, base_iri)
            refresh_derived(store, base_iri)
            total = int(str(next(store.query(
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows)[0]))
            if total >= target * 0.98:
                break
            budget = written * target // total
        with open(out, "wb") as fh:
            store.dump("nquads", fh)
        store.close()
    return total
