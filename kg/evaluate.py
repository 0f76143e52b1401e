"""``kg evaluate``: score a graph against hand-annotated articles (gold JSONL).

The figures are those of the project's reference scorer, ``eval/score.py`` of the shared
material (run as ``score.py --gold GOLD --graph FILE``); this module computes the same
numbers from inside the product, reading the graph from the store or from a TriG or
N-Quads file. The steps:

1. :func:`read_gold` reads the annotations, one article a line::

       {"id": "...",
        "memberships": [{"person", "role", "body", "status"?, "optional"?}, ...],
        "events": [{"type", "date"?, "organizer"?, "optional"?}, ...]}

   ``person``, ``role``, ``body`` and ``organizer`` are a string or a list of
   alternatives; ``status`` is ``"current"`` (the default) or ``"former"``; an
   ``optional`` item is neither required nor counted as an extra when found.
2. :func:`facts_from_store` / :func:`facts_from_file` read what the graph states per
   article, with SPARQL over the named graphs (``GRAPH ?g``, CONTRACT.md §2: one graph
   per article, named by the article's IRI, holding ``schema:identifier``).
3. :func:`evaluate` matches the two per article (:func:`match`: a maximum one-to-one
   matching) after normalising names (:func:`norm`, :func:`norm_body`), and sums up
   :class:`Score` per kind:

   ``membership``       (person, role, body) claims of current posts
   ``former``           (person, role, body) claims marked former
   ``person_role``      (person, role) pairs, whatever the body and status
   ``persons``          persons holding any position in the article
   ``events``           (type, date) of events; an unknown date matches only an unknown date
   ``event_organizer``  of the matched gold events that name an organiser, those whose
                        organiser the graph gives (fn otherwise)

The normalisation is the scorer's own, kept here on purpose instead of reusing
:mod:`kg.text.normalize`: a change to the extractor's normaliser must not move the
measure of the extractor.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from kg.errors import InputError
from kg.store.base import Row, Store

__all__ = [
    "EVENT_TYPES", "KINDS", "Claim", "Evaluation", "GoldArticle", "GoldEvent",
    "GoldMembership", "GraphEvent", "GraphFacts", "Score", "evaluate", "facts_from_file",
    "facts_from_store", "match", "norm", "norm_body", "place_tone", "prf", "read_gold",
    "render_table",
]

#: the scores, in the order they are shown
KINDS = ("membership", "former", "person_role", "persons", "events", "event_organizer")

#: orgkg event classes (CONTRACT.md §3) -> the ``type`` written in gold files
EVENT_TYPES: dict[str, str] = {
    "Conference": "conference", "Congress": "congress", "Session": "session",
    "Ceremony": "ceremony", "Seminar": "seminar", "WorkingSession": "working_session",
    "Meeting": "meeting", "VoterMeeting": "voter_meeting",
}

_ORGKG = "https://w3id.org/orgkg#"

P = TypeVar("P")
G = TypeVar("G")
K = TypeVar("K")

# ---------------------------------------------------------------------------------------
# normalisation (as eval/score.py: norm, norm_body)

# old tone placement -> new, on the open syllables where they differ ("hoà" -> "hòa")
_TONE: dict[str, str] = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_TONE_RE = re.compile(r"(?<![qQ])(" + "|".join(_TONE) + r")(?![a-zà-ỹ])")

# written abbreviations -> the words they stand for, applied in this order
_ABBREVIATIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), words) for pattern, words in (
        (r"\btp\.?\s*hcm\b|\btphcm\b|\btp\.?\s*hồ chí minh\b", "thành phố hồ chí minh"),
        (r"\bubmttq\b", "ủy ban mặt trận tổ quốc"),
        (r"\bmttq\b", "mặt trận tổ quốc"),
        (r"\bubnd\b", "ủy ban nhân dân"),
        (r"\bhđnd\b", "hội đồng nhân dân"),
        (r"\bubkt\b", "ủy ban kiểm tra"),
        (r"\bbch\b", "ban chấp hành"),
        (r"\bbtv\b", "ban thường vụ"),
        (r"\bđbqh\b", "đại biểu quốc hội"),
        (r"\b(?:tw|tư)\b", "trung ương"),
        (r"\btp\.?(?=\s)", "thành phố"),
        (r"\bq\.\s*", "quận "),
    )
)
_WORD = re.compile(r"\w+")
_PUNCTUATION = re.compile(r"[\"'“”‘’.,;:()\[\]–—-]")
_SPACES = re.compile(r"\s+")
# the level word before a place name ("tỉnh Quảng Trị" -> "Quảng Trị"), not "Tỉnh ủy"
_LEVEL_WORD = re.compile(r"\b(?:tỉnh|thành phố)\s+(?!ủy\b)")
_PARTY = re.compile(r"\bđảng cộng sản việt nam\b")
_CENTRAL_COMMITTEE = re.compile(r"\b(ban chấp hành trung ương) đảng\b")

_MARKS = "\u0300\u0301\u0303\u0309\u0323"          # huyền, sắc, ngã, hỏi, nặng
_VOWELS = frozenset("aăâeêioôơuưy")
_HATTED = frozenset("ăâêôơư")
_FINALS = ("", "ch", "ng", "nh", "c", "m", "n", "p", "t")


def place_tone(word: str) -> str:
    """One lower-case syllable with its tone mark on the vowel the orthography puts it
    on, whatever vowel it was typed on: ``đòan`` -> ``đoàn``, ``hòang`` -> ``hoàng``,
    ``qúy`` -> ``quý``; the open ``oa``, ``oe``, ``uy`` carry it on the first vowel
    (``hòa``, ``khỏe``, ``thủy``). A word that is not one such syllable is returned as is.
    """
    decomposed = unicodedata.normalize("NFD", word)
    marks = [c for c in decomposed if c in _MARKS]
    if len(marks) != 1:
        return word
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _MARKS))
    start = 0
    while start < len(base) and base[start] not in _VOWELS:
        start += 1
    onset = base[start - 1:start + 1]
    if onset == "qu" or (onset == "gi" and any(c in _VOWELS for c in base[start + 1:])):
        start += 1                                   # 'qu', 'gi' are onsets
    end = start
    while end < len(base) and base[end] in _VOWELS:
        end += 1
    if start >= end or base[end:] not in _FINALS:
        return word
    cluster = base[start:end]
    hatted = [i for i, c in enumerate(cluster) if c in _HATTED]
    if hatted:
        at = hatted[-1]                              # 'ươ' -> ơ; otherwise the hatted vowel
    elif base[end:]:
        at = len(cluster) - 1                        # closed syllable: the last vowel
    else:
        at = 1 if len(cluster) == 3 else 0           # open: 'ngoài' the middle, 'hòa' the first
    i = start + at
    return unicodedata.normalize("NFC", base[:i + 1] + marks[0] + base[i + 1:])


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """The form names are compared in: NFC, lower case, tone marks where the orthography
    puts them, abbreviations expanded (``HĐND`` -> ``hội đồng nhân dân``), punctuation
    dropped, single spaces."""
    s = unicodedata.normalize("NFC", text).lower()
    s = _TONE_RE.sub(lambda m: _TONE[m.group(1)], s)
    s = _WORD.sub(lambda m: place_tone(m.group()), s)
    for pattern, words in _ABBREVIATIONS:
        s = pattern.sub(words, s)
    s = _PUNCTUATION.sub(" ", s)
    return _SPACES.sub(" ", s).strip()


@lru_cache(maxsize=65536)
def norm_body(text: str) -> str:
    """:func:`norm` for a body's name, also dropping the level word before a place
    (``tỉnh``, ``thành phố``) and the Party's full name: ``UBND tỉnh Quảng Trị`` and
    ``Ủy ban nhân dân Quảng Trị`` compare equal."""
    s = norm(text)
    s = _LEVEL_WORD.sub("", s)
    s = _PARTY.sub("đảng", s)
    s = _CENTRAL_COMMITTEE.sub(r"\1", s)
    return _SPACES.sub(" ", s).strip()


def _overlap(labels: Iterable[str], alternatives: Sequence[str],
             normal: Callable[[str], str] = norm) -> bool:
    """Whether one of ``labels`` and one of ``alternatives`` are the same once normalised."""
    return not {normal(x) for x in labels}.isdisjoint({normal(x) for x in alternatives})


# ---------------------------------------------------------------------------------------
# matching and scores


def match(pred: Sequence[P], gold: Sequence[G],
          same: Callable[[P, G], bool]) -> tuple[int, list[P], list[G]]:
    """A maximum one-to-one matching of ``pred`` to ``gold`` under ``same`` (augmenting
    paths, gold items taken in order): the number of pairs, the unmatched predictions
    and the unmatched gold items, both in their order."""
    edges = [[i for i, p in enumerate(pred) if same(p, g)] for g in gold]
    owner: dict[int, int] = {}                        # pred index -> gold index

    def augment(gi: int, seen: set[int]) -> bool:
        for pi in edges[gi]:
            if pi not in seen:
                seen.add(pi)
                if pi not in owner or augment(owner[pi], seen):
                    owner[pi] = gi
                    return True
        return False

    matched = {gi for gi in range(len(gold)) if augment(gi, set())}
    missed = [g for gi, g in enumerate(gold) if gi not in matched]
    extra = [p for pi, p in enumerate(pred) if pi not in owner]
    return len(matched), extra, missed


def _dedupe(items: Iterable[P], key: Callable[[P], K]) -> list[P]:
    """The first item of each ``key``, in order."""
    seen: set[K] = set()
    out: list[P] = []
    for item in items:
        k = key(item)
        if k not in seen:
            seen.add(k)
            out.append(item)
    return out


def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    """Precision, recall and F1 rounded to 4 places, with the counts. Nothing predicted
    and nothing to find is precision 1; nothing predicted but something missed is 0."""
    p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn,
            "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


@dataclass
class Score:
    """Counts of one kind: true positives, false positives (extras), false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def as_dict(self) -> dict[str, float | int]:
        """``tp fp fn precision recall f1`` as :func:`prf` gives them."""
        return prf(self.tp, self.fp, self.fn)


# ---------------------------------------------------------------------------------------
# gold


@dataclass(frozen=True)
class GoldMembership:
    """A post the annotator says the article gives; each field lists the accepted names."""

    person: tuple[str, ...]
    role: tuple[str, ...]
    body: tuple[str, ...]
    former: bool
    optional: bool
    raw: Mapping[str, Any] = field(compare=False, repr=False)


@dataclass(frozen=True)
class GoldEvent:
    """An event the article reports: its ``type`` (a value of :data:`EVENT_TYPES`),
    its date (``YYYY-MM-DD``) if the article gives one, the accepted organiser names."""

    type: str
    date: str | None
    organizer: tuple[str, ...]
    optional: bool
    raw: Mapping[str, Any] = field(compare=False, repr=False)


@dataclass(frozen=True)
class GoldArticle:
    id: str
    memberships: tuple[GoldMembership, ...]
    events: tuple[GoldEvent, ...]


_GOLD_FORMAT = ('one JSON object a line: {"id", "memberships": [{"person", "role", "body", '
                '"status"?, "optional"?}], "events": [{"type", "date"?, "organizer"?, '
                '"optional"?}]}')


def read_gold(path: str | Path) -> list[GoldArticle]:
    """The annotated articles of the JSONL file ``path``, in order (blank lines skipped).

    Raises InputError naming the file, the line and what to fix when the file cannot be
    read or a line is not an annotated article.
    """
    shown = str(path)
    try:
        with open(path, encoding="utf-8-sig") as fh:
            lines = list(fh)
    except FileNotFoundError:
        raise InputError(f"gold file {shown} does not exist: give the path of a JSONL file "
                         f"of annotated articles ({_GOLD_FORMAT})") from None
    except IsADirectoryError:
        raise InputError(f"gold file {shown} is a directory: give the path of a JSONL file "
                         "of annotated articles") from None
    except UnicodeDecodeError as e:
        raise InputError(f"gold file {shown} is not UTF-8 text ({e.reason} at byte "
                         f"{e.start}): save it as UTF-8") from None
    except OSError as e:
        raise InputError(f"gold file {shown} cannot be read: {e.strerror or e}; check the "
                         "path and its permissions") from None
    articles = []
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"gold file {shown}, line {lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"{where}: not JSON ({e.msg} at column {e.colno}): write "
                             f"{_GOLD_FORMAT}") from None
        articles.append(_gold_article(obj, where))
    return articles


def _gold_article(obj: Any, where: str) -> GoldArticle:
    if not isinstance(obj, dict):
        raise InputError(f"{where}: a JSON {type(obj).__name__}, not an object: write "
                         f"{_GOLD_FORMAT}")
    aid = obj.get("id")
    if not isinstance(aid, str) or not aid:
        problem = "has no \"id\"" if aid is None else "has an \"id\" that is not a string"
        raise InputError(f"{where}: the article {problem}: give each line the \"id\" of "
                         "the article it annotates (its JSONL id or file name)")
    memberships = tuple(_gold_membership(m, f"{where}, membership {i}")
                        for i, m in enumerate(_list(obj, "memberships", where), 1))
    events = tuple(_gold_event(e, f"{where}, event {i}")
                   for i, e in enumerate(_list(obj, "events", where), 1))
    return GoldArticle(aid, memberships, events)


def _list(obj: Mapping[str, Any], key: str, where: str) -> list[Any]:
    value = obj.get(key, [])
    if not isinstance(value, list):
        raise InputError(f"{where}: \"{key}\" must be a list of objects")
    return value


def _item(obj: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(obj, dict):
        raise InputError(f"{where}: a JSON {type(obj).__name__}, not an object")
    return obj


def _names(obj: Mapping[str, Any], key: str, where: str, *, required: bool) -> tuple[str, ...]:
    """A field holding a name or a list of alternative names."""
    value = obj.get(key)
    if value is None and not required:
        return ()
    alternatives = value if isinstance(value, list) else [value]
    if not alternatives or not all(isinstance(v, str) and v for v in alternatives):
        raise InputError(f"{where}: \"{key}\" must be a name or a non-empty list of "
                         "alternative names (strings)")
    return tuple(alternatives)


def _gold_membership(obj: Any, where: str) -> GoldMembership:
    m = _item(obj, where)
    status = m.get("status", "current")
    if status not in ("current", "former"):
        raise InputError(f"{where}: \"status\" is {status!r}: write \"current\" or \"former\"")
    return GoldMembership(
        person=_names(m, "person", where, required=True),
        role=_names(m, "role", where, required=True),
        body=_names(m, "body", where, required=True),
        former=status == "former", optional=bool(m.get("optional")), raw=m)


def _gold_event(obj: Any, where: str) -> GoldEvent:
    e = _item(obj, where)
    kind = e.get("type")
    if not isinstance(kind, str) or kind not in EVENT_TYPES.values():
        raise InputError(f"{where}: \"type\" is {kind!r}: write one of "
                         f"{', '.join(EVENT_TYPES.values())}")
    date = e.get("date")
    if date is not None and not isinstance(date, str):
        raise InputError(f"{where}: \"date\" must be a string YYYY-MM-DD or null")
    # an empty organiser (as eval/score.py: a falsy one) is not checked
    organizer = _names(e, "organizer", where, required=False) if e.get("organizer") else ()
    return GoldEvent(kind, date, organizer, optional=bool(e.get("optional")), raw=e)


# ---------------------------------------------------------------------------------------
# the graph


@dataclass(frozen=True)
class Claim:
    """A membership one article's graph states: the names of its person, role and body."""

    persons: frozenset[str]
    roles: frozenset[str]
    bodies: frozenset[str]
    former: bool


@dataclass(frozen=True)
class GraphEvent:
    """An event one article's graph states: its gold ``type``, date and organiser names."""

    type: str
    date: str | None
    organizers: frozenset[str]


@dataclass
class GraphFacts:
    """What the graph states, by article id (``schema:identifier``)."""

    articles: set[str] = field(default_factory=set)
    claims: dict[str, list[Claim]] = field(default_factory=dict)
    events: dict[str, list[GraphEvent]] = field(default_factory=dict)


_Q_ARTICLES = """
PREFIX schema: <https://schema.org/>
SELECT ?g ?id WHERE { GRAPH ?g { ?g schema:identifier ?id } }
"""
_Q_MEMBERSHIPS = """
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX orgkg: <https://w3id.org/orgkg#>
SELECT ?g ?m ?p ?r ?o ?status WHERE {
  GRAPH ?g { ?m org:member ?p ; org:role ?r ; org:organization ?o .
             OPTIONAL { ?m orgkg:status ?status } }
}
"""
_Q_LABELS = """
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
SELECT ?s ?l WHERE { GRAPH ?g { ?s foaf:name|skos:prefLabel|skos:altLabel|rdfs:label ?l } }
"""
_Q_EVENTS = """
PREFIX schema: <https://schema.org/>
SELECT ?g ?e ?type ?date ?org WHERE {
  GRAPH ?g { ?e a ?type . OPTIONAL { ?e schema:startDate ?date }
             OPTIONAL { ?e schema:organizer ?org } }
  FILTER(STRSTARTS(STR(?type), "https://w3id.org/orgkg#"))
}
"""

#: runs a SELECT query and gives its rows (terms in the order of its variables)
Select = Callable[[str], Iterable[Row]]


def facts_from_store(store: Store) -> GraphFacts:
    """What the store's article graphs state (any backend of :class:`Store`)."""
    return _read_facts(lambda sparql: store.query(sparql).rows)


def facts_from_file(path: str | Path) -> GraphFacts:
    """What the article graphs of a dataset file state: N-Quads if it ends in ``.nq`` or
    ``.nquads``, TriG otherwise (the ``-o`` output of ``kg build``, ``kg export``).

    Raises InputError naming the file (and the line of a syntax error) and what to do.
    """
    import pyoxigraph as ox

    from kg.store.embedded import to_rdflib

    p = Path(path)
    nquads = p.name.lower().endswith((".nq", ".nquads"))
    fmt, name = (ox.RdfFormat.N_QUADS, "N-Quads") if nquads else (ox.RdfFormat.TRIG, "TriG")
    dataset = ox.Store()
    try:
        dataset.load(path=str(p), format=fmt, base_iri=p.resolve().as_uri())
    except FileNotFoundError:
        raise InputError(f"--graph {path}: no such file; give a TriG (.trig) or N-Quads (.nq) "
                         "dataset, such as the -o output of kg build") from None
    except IsADirectoryError:
        raise InputError(f"--graph {path} is a directory: give a TriG (.trig) or N-Quads "
                         "(.nq) file") from None
    except SyntaxError as e:
        line = f" at line {e.lineno}" if e.lineno else ""
        raise InputError(f"--graph {path}: not valid {name}{line} ({e.msg}); give a TriG "
                         "(.trig) or N-Quads (.nq, .nquads) dataset, such as the -o output "
                         "of kg build") from None
    except OSError as e:
        raise InputError(f"--graph {path} cannot be read: {e.strerror or e}; check the path "
                         "and its permissions") from None

    def select(sparql: str) -> Iterator[Row]:
        solutions = dataset.query(sparql)
        assert isinstance(solutions, ox.QuerySolutions)
        width = len(solutions.variables)
        for solution in solutions:
            yield tuple(to_rdflib(solution[i]) for i in range(width))

    return _read_facts(select)


def _sorted_rows(select: Select, sparql: str) -> list[Row]:
    # rows in a fixed order, so that which of two equivalent items is matched (and so the
    # errors listed) does not depend on the store's order
    return sorted(select(sparql), key=lambda row: tuple("" if t is None else t.n3()
                                                        for t in row))


def _read_facts(select: Select) -> GraphFacts:
    facts = GraphFacts()
    graph_to_id: dict[Any, str] = {}
    for g, id_term in _sorted_rows(select, _Q_ARTICLES):
        graph_to_id[g] = str(id_term)
    facts.articles = set(graph_to_id.values())
    labels: dict[Any, set[str]] = defaultdict(set)
    for s, label in select(_Q_LABELS):
        labels[s].add(str(label))
    frozen: dict[Any, frozenset[str]] = {}

    def names(term: Any) -> frozenset[str]:
        if term not in frozen:
            frozen[term] = frozenset(labels.get(term, ()))
        return frozen[term]

    for g, _m, p, r, o, status in _sorted_rows(select, _Q_MEMBERSHIPS):
        aid = graph_to_id.get(g)
        if aid is None:
            continue
        former = status is not None and str(status).lower().endswith("former")
        facts.claims.setdefault(aid, []).append(Claim(names(p), names(r), names(o), former))
    by_node: dict[tuple[str, Any], dict[str, Any]] = {}
    for g, e, kind_iri, date, org in _sorted_rows(select, _Q_EVENTS):
        aid = graph_to_id.get(g)
        kind = EVENT_TYPES.get(str(kind_iri).rsplit("#", 1)[-1])
        if aid is None or kind is None:
            continue
        event = by_node.setdefault((aid, e), {"type": kind, "date": None, "org": set()})
        if date is not None:
            event["date"] = str(date)[:10]
        if org is not None:
            event["org"] |= names(org)
    for (aid, _), event in by_node.items():
        facts.events.setdefault(aid, []).append(
            GraphEvent(event["type"], event["date"], frozenset(event["org"])))
    return facts


# ---------------------------------------------------------------------------------------
# scoring


@dataclass
class Evaluation:
    """The scores of :func:`evaluate` and every miss and extra behind them.

    ``scores`` holds the kinds of :data:`KINDS` that occurred (``event_organizer`` only
    once a gold event with an organiser was found); ``errors`` are dicts
    ``{"article", "kind", "missed" | "extra"}`` or ``{"article", "error"}``.
    """

    scores: dict[str, Score]
    articles: int
    errors: list[dict[str, Any]]

    def as_dict(self) -> dict[str, Any]:
        """The result as eval/score.py's ``--json`` prints it."""
        result: dict[str, Any] = {k: s.as_dict() for k, s in self.scores.items()}
        result["articles"] = self.articles
        return result


def _same_membership(c: Claim, g: GoldMembership) -> bool:
    return (_overlap(c.persons, g.person) and _overlap(c.roles, g.role)
            and _overlap(c.bodies, g.body, norm_body))


def _same_person_role(c: Claim, g: GoldMembership) -> bool:
    return _overlap(c.persons, g.person) and _overlap(c.roles, g.role)


def _same_person(c: Claim, g: GoldMembership) -> bool:
    return _overlap(c.persons, g.person)


def _same_event(e: GraphEvent, g: GoldEvent) -> bool:
    return e.type == g.type and e.date == g.date


def _shown(item: Any) -> Any:
    """An item as the errors list shows it: a claim as its sorted names, a gold
    membership as written, an event as ``[type, date]``."""
    if isinstance(item, Claim):
        return [sorted(item.persons), sorted(item.roles), sorted(item.bodies)]
    if isinstance(item, GraphEvent):
        return [item.type, item.date]
    if isinstance(item, GoldEvent):
        return [item.raw["type"], item.raw.get("date")]
    if isinstance(item, GoldMembership):
        return item.raw
    raise TypeError(f"cannot show {item!r}")


def evaluate(gold: Sequence[GoldArticle], facts: GraphFacts) -> Evaluation:
    """Score ``facts`` against ``gold`` (see the module docstring for the kinds).

    Per article and kind, the graph's distinct items are matched one-to-one to the
    required gold items; an unmatched graph item that matches an optional gold item is
    not an extra. A gold article missing from the graph is listed in the errors and all
    its items are misses.
    """
    scores: dict[str, Score] = {}
    errors: list[dict[str, Any]] = []

    def add(kind: str, tp: int, extra: Sequence[Any], missed: Sequence[Any], aid: str) -> None:
        score = scores.setdefault(kind, Score())
        score.tp += tp
        score.fp += len(extra)
        score.fn += len(missed)
        errors.extend({"article": aid, "kind": kind, "extra": _shown(x)} for x in extra)
        errors.extend({"article": aid, "kind": kind, "missed": _shown(x)} for x in missed)

    for art in gold:
        aid = art.id
        if aid not in facts.articles:
            errors.append({"article": aid, "error": "article missing from the graph"})
        claims = facts.claims.get(aid, [])
        required = [m for m in art.memberships if not m.optional]
        optional = [m for m in art.memberships if m.optional]

        def wanted(c: Claim, optional: Sequence[GoldMembership] = optional) -> bool:
            return not any(_same_membership(c, m) for m in optional)

        # (person, role, body) claims, current and former apart
        for kind, former in (("membership", False), ("former", True)):
            g_items = [m for m in required if m.former == former]
            p_items = _dedupe((c for c in claims if c.former == former), _claim_key)
            tp, extra, missed = match(p_items, g_items, _same_membership)
            add(kind, tp, [x for x in extra if wanted(x)], missed, aid)
        # (person, role) pairs and persons, whatever the body and status
        g_pr = _dedupe(required, lambda m: (norm(m.person[0]), norm(m.role[0])))
        p_pr = _dedupe(claims, lambda c: (_norms(c.persons), _norms(c.roles)))
        tp, extra, missed = match(p_pr, g_pr, _same_person_role)
        add("person_role", tp, [x for x in extra if wanted(x)], missed, aid)
        g_p = _dedupe(required, lambda m: norm(m.person[0]))
        p_p = _dedupe(claims, lambda c: _norms(c.persons))
        tp, extra, missed = match(p_p, g_p, _same_person)
        add("persons", tp, [x for x in extra if wanted(x)], missed, aid)
        # events: the same type and date (both unknown counts as the same)
        g_ev = [e for e in art.events if not e.optional]
        opt_ev = [e for e in art.events if e.optional]
        p_ev = facts.events.get(aid, [])
        tp, extra_ev, missed_ev = match(p_ev, g_ev, _same_event)
        extra_ev = [e for e in extra_ev if not any(_same_event(e, o) for o in opt_ev)]
        add("events", tp, extra_ev, missed_ev, aid)
        # the organiser, on every graph event of a gold event's type and date
        for g in g_ev:
            if g.organizer:
                hits = [e for e in p_ev if _same_event(e, g)]
                if hits:
                    score = scores.setdefault("event_organizer", Score())
                    if any(_overlap(e.organizers, g.organizer, norm_body) for e in hits):
                        score.tp += 1
                    else:
                        score.fn += 1
    return Evaluation(scores, len(gold), errors)


def _norms(names: Iterable[str], normal: Callable[[str], str] = norm) -> frozenset[str]:
    return frozenset(map(normal, names))


def _claim_key(c: Claim) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    return _norms(c.persons), _norms(c.roles), _norms(c.bodies, norm_body)


def render_table(result: Mapping[str, Any]) -> str:
    """The scores as eval/score.py prints them: score, P, R, F1, tp, fp, fn, then
    ``articles: N``; ``result`` is :meth:`Evaluation.as_dict`."""
    lines = [f"{'score':<16}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for kind in KINDS:
        if kind in result:
            r = result[kind]
            lines.append(f"{kind:<16}{r['precision']:>8.3f}{r['recall']:>8.3f}{r['f1']:>8.3f}"
                         f"{r['tp']:>6}{r['fp']:>6}{r['fn']:>6}")
    lines.append(f"articles: {result['articles']}")
    return "\n".join(lines) + "\n"
