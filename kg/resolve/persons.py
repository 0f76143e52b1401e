"""Which mentions of a name are one person: clustering with evidence (pure functions).

Each article that names a person gives a *profile*: the posts the article says that
person holds or held. Profiles of one name are joined when the evidence links them and
kept apart when it disagrees:

1. **Linked**: two profiles that name the same body are the same person (the same name
   in the same body is, in this domain, one official).
2. **No conflict**: groups that share no body still join when nothing disagrees and
   exactly one group is possible, so an article that only calls someone 'Ủy viên Bộ
   Chính trị' joins the one person of that name the store knows.
3. **Conflict**: two groups whose *current* local posts lie in different provinces, with
   no body in common, are two people (one cannot be Phó Chủ tịch of a huyện in Quảng Nam
   and Giám đốc of a Sở in Hà Nội at the same time). A group that could join several
   such groups joins none: the evidence does not say which.

The result depends only on the set of profiles, never on the order articles arrived in,
so building the same articles in any order gives the same graph. Every decision carries
its reason, for ``kg show`` and for anyone asking why two mentions became one node.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kg.text.normalize import fold


@dataclass(frozen=True, order=True)
class Post:
    role: str
    body: str                     # canonical body name
    province: str | None          # the province of the body's jurisdiction; None if central
    current: bool


@dataclass(frozen=True)
class Profile:
    """What one article says about one name."""

    graph: str                    # the article's graph IRI
    article: str                  # the article id, for messages and ordering
    name: str
    posts: frozenset[Post] = frozenset()

    @property
    def bodies(self) -> set[str]:
        return {p.body for p in self.posts}

    @property
    def current_provinces(self) -> set[str]:
        return {p.province for p in self.posts if p.current and p.province}


@dataclass
class Person:
    """One resolved person: the profiles that are theirs and why each joined.

    Profiles join with :meth:`add`, which keeps the person's bodies and provinces up to
    date: every group of a name is checked against every person of that name, and a name
    of a busy official has thousands of profiles.
    """

    name: str
    key: tuple[str, ...]                              # IRI path: (name,) or (name, discriminator)
    profiles: list[Profile] = field(default_factory=list)
    reasons: dict[str, str] = field(default_factory=dict)   # graph IRI -> why it joined
    _bodies: set[str] = field(default_factory=set, init=False, repr=False, compare=False)
    _provinces: set[str] = field(default_factory=set, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for p in self.profiles:
            self._note(p)

    def add(self, profile: Profile) -> None:
        self.profiles.append(profile)
        self._note(profile)

    def _note(self, profile: Profile) -> None:
        self._bodies |= profile.bodies
        self._provinces |= profile.current_provinces

    @property
    def bodies(self) -> set[str]:
        return self._bodies

    @property
    def current_provinces(self) -> set[str]:
        return self._provinces


def resolve(profiles: list[Profile]) -> list[Person]:
    """All persons, by name then rank; each profile in exactly one person."""
    by_name: dict[str, list[Profile]] = {}
    for p in profiles:
        by_name.setdefault(fold(p.name), []).append(p)
    people: list[Person] = []
    for key in sorted(by_name):
        # the spelling last: an article may write one name two ways, and the order the
        # store gives them in must decide nothing
        people.extend(_resolve_name(key, sorted(by_name[key],
                                                key=lambda p: (p.article, p.graph, p.name))))
    return people


def _resolve_name(key: str, profiles: list[Profile]) -> list[Person]:
    groups = _linked_groups(profiles)
    # the best-attested groups decide first: the most articles, then the earliest id
    groups.sort(key=lambda g: (-len(g[0]), g[0][0].article))
    people: list[Person] = []
    for members, reasons in groups:
        candidate = Person(members[0].name, (key,), list(members), dict(reasons))
        fits = [p for p in people if not _conflict(p, candidate)]
        target = _only_or_dominant(fits)
        if target is not None:
            anchor = target.profiles[0].article
            why = (f"same name as in {anchor}; no post that disagrees, and "
                   + ("no other person of that name it could be" if len(fits) == 1 else
                      f"this person is named in {len(target.profiles)} articles, at least twice "
                      f"as many as any other of that name"))
            for m in members:
                target.add(m)
                target.reasons[m.graph] = reasons.get(m.graph) or why
            continue
        if people:
            why = (f"kept apart from the {len(people)} other person(s) named {candidate.name}: "
                   + ("it could be more than one of them" if len(fits) > 1 else
                      "current posts in " + ", ".join(sorted(candidate.current_provinces))
                      + " while the other(s) hold current posts elsewhere, with no body in "
                        "common"))
            candidate.reasons[members[0].graph] = why
        people.append(candidate)
    _name_keys(key, people)
    return people


def _linked_groups(profiles: list[Profile]) -> list[tuple[list[Profile], dict[str, str]]]:
    """Connected groups of profiles that name a common body, with the link of each."""
    parent = list(range(len(profiles)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # each profile joins the first one to name each of its bodies: the same groups as
    # joining every pair that shares a body, in time linear in the block (a name of a
    # busy official has thousands of profiles), and the link it gives is to the first
    # profile it shares a body with
    reasons: dict[str, str] = {}
    namer: dict[str, int] = {}      # body -> the first profile that names it
    for i, a in enumerate(profiles):
        bodies = a.bodies
        earlier = sorted({namer[body] for body in bodies if body in namer})
        if earlier:
            b = profiles[earlier[0]]
            shared = bodies & b.bodies
            reasons.setdefault(a.graph, f"names the same body as {b.article}: {min(shared)}")
            for j in earlier:
                if find(i) != find(j):
                    parent[find(i)] = find(j)
        for body in bodies:
            namer.setdefault(body, i)
    groups: dict[int, list[Profile]] = {}
    for i, p in enumerate(profiles):
        groups.setdefault(find(i), []).append(p)
    out = []
    for members in groups.values():
        first = members[0]
        why = {m.graph: reasons[m.graph] for m in members if m.graph in reasons}
        why.setdefault(first.graph, "first article naming this person")
        out.append((members, why))
    return out


def _only_or_dominant(fits: list[Person]) -> Person | None:
    """The one person a group can be; among several, one named in at least twice as many
    articles as each other (the evidence is silent, the record is not)."""
    if len(fits) == 1:
        return fits[0]
    if len(fits) > 1:
        ranked = sorted(fits, key=lambda p: -len(p.profiles))
        if len(ranked[0].profiles) >= 2 * len(ranked[1].profiles):
            return ranked[0]
    return None


def _conflict(a: Person, b: Person) -> bool:
    pa, pb = a.current_provinces, b.current_provinces
    return bool(pa and pb and not (pa & pb) and not (a.bodies & b.bodies))


def _name_keys(key: str, people: list[Person]) -> None:
    """The first person keeps the plain name; the others get a readable discriminator."""
    taken: set[str] = set()
    for rank, person in enumerate(people):
        if rank == 0:
            person.key = (key,)
            continue
        provinces = Counter(p.province for prof in person.profiles for p in prof.posts
                            if p.province)
        # the most named province; of two named as often, the first in alphabetical
        # order (not the first met, which depends on the order of a set)
        top = min(provinces, key=lambda v: (-provinces[v], fold(v), v)) if provinces else None
        disc = fold(top) if top else fold(person.profiles[0].article)
        if disc in taken:
            disc = f"{disc} {fold(person.profiles[0].article)}"
        taken.add(disc)
        person.key = (key, disc)
