"""From a body phrase as written to the body's canonical name, place and parent.

GUIDELINES §2: the name is the head plus its jurisdiction written out in full; a body
written without its place takes the place the article makes clear (the same chain, the
same head named elsewhere with its place, the publisher); central bodies have no place.
"""
from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from kg.extract.gazetteer import Gazetteer, HeadEntry, PlaceEntry
from kg.extract.mentions import BodyRef, PlaceRef
from kg.models import Body, Place
from kg.text.normalize import fold

# Party committees are named with the bare place (Thành ủy Hà Nội); state bodies with
# the level word (Ủy ban nhân dân thành phố Hà Nội).
_COMMITTEE_LEVEL = {"Tỉnh ủy": "tỉnh", "Thành ủy": "thành phố", "Quận ủy": "quận",
                    "Huyện ủy": "huyện", "Thị ủy": "thị xã", "Đảng ủy": "",
                    "Thành đoàn": "thành phố", "Tỉnh đoàn": "tỉnh", "Huyện đoàn": "huyện",
                    "Quận đoàn": "quận", "Thị đoàn": "thị xã"}
_WANT_KIND = {"Huyện đoàn": "district", "Quận đoàn": "district", "Thị đoàn": "district",
              "Tỉnh ủy": "province", "Thành ủy": "province", "Thành đoàn": "province", "Tỉnh đoàn": "province", "Quận ủy": "district",
              "Huyện ủy": "district", "Thị ủy": "district", "Sở": "province",
              "Hội đồng nhân dân": None, "Ủy ban nhân dân": None}
#: heads only a province has (a district-level city has its 'Thành ủy', 'Thành đoàn' too)
_PROVINCIAL_ONLY = {"Sở", "Tỉnh ủy", "Tỉnh đoàn"}
#: levels below the district, whose places the gazetteer does not list
LOCAL_LEVELS = ("xã", "phường", "thị trấn")
# bodies that, written bare, belong to the institution the article is about
_INSTITUTIONAL = {"Đảng ủy", "Công đoàn", "Hội đồng trường", "Đoàn Thanh niên"}
#: the heads of schools and universities: what a bare 'trường' stands for, and names that
#: hold their place as written ('Đại học Bách khoa Hà Nội')
SCHOOL_HEADS = ("Trường", "Đại học", "Học viện", "Cao đẳng")
_KINDS = {"trường": tuple(fold(h) for h in SCHOOL_HEADS)}
#: the units of a school, written without it in an article about it
_UNITS_OF_INSTITUTION = {"Phòng", "Khoa"}


def _a_school(body: Body | None) -> bool:
    """A school or university of a name of its own ('Trường Sa' is islands, 'Trường Chinh'
    a man: one word after the head is no school's name)."""
    if body is None:
        return False
    name = fold(body.name)
    head = next((k for k in _KINDS["trường"] if name.startswith(k + " ")), None)
    return head is not None and len(name[len(head):].split()) >= 2
#: heads of which a province has many, told apart by their own names: a bare one takes the
#: place of the same one named with it, not of another ('Sở Y tế' is not 'Sở Xây dựng')
_ONE_OF_MANY = {"Sở"}


def _named_key(head: str, name: str) -> str:
    return f"{head} {fold(name)}"


_COMMITTEE_OF_LEVEL = {"quận": "Quận ủy", "huyện": "Huyện ủy", "tỉnh": "Tỉnh ủy",
                      "thành phố": "Thành ủy", "thị xã": "Thị ủy"}


@dataclass
class PlaceContext:
    """Places the article makes clear, counted as they are written."""

    by_head: dict[str, Counter[PlaceEntry]] = field(default_factory=dict)
    by_level: dict[str, Counter[PlaceEntry]] = field(default_factory=dict)
    publisher_place: PlaceEntry | None = None
    recent: dict[str, PlaceEntry] = field(default_factory=dict)
    institution: Body | None = None  # the body an article about one institution is about
    # communes and wards the text names ('xã Quảng Tâm'): not in the gazetteer, but a bare
    # 'Đảng ủy xã' of the same story is theirs
    local: dict[str, Counter[str]] = field(default_factory=dict)
    assembly: Body | None = None     # the elected assembly whose session the article reports
    national_only: bool = False      # the article names the National Assembly, no council
    # the province the text names most, outside bodies: found only when a guess needs it
    mentioned_in: Callable[[], PlaceEntry | None] | None = None
    # the short names the article defines, by the name they stand for ('Ngân hàng TMCP Xuất
    # nhập khẩu' -> 'Eximbank'): the text is read with them spelled out
    short_names: dict[str, str] = field(default_factory=dict)

    @cached_property
    def mentioned(self) -> PlaceEntry | None:
        return self.mentioned_in() if self.mentioned_in else None

    def note(self, ref: BodyRef) -> None:
        for r in _walk(ref):
            if r.place and r.place.entry:
                self.by_head.setdefault(r.head.name, Counter())[r.place.entry] += 1
                if r.head.name in _ONE_OF_MANY and r.name:
                    self.by_head.setdefault(_named_key(r.head.name, r.name), Counter())[
                        r.place.entry] += 1
                self.by_level.setdefault(r.place.entry.kind, Counter())[r.place.entry] += 1
                if r.place.entry.level_word:
                    self.by_level.setdefault(r.place.entry.level_word, Counter())[
                        r.place.entry] += 1

    def note_place(self, entry: PlaceEntry) -> None:
        """A place the text names outside any body: evidence for bare bodies' places."""
        self.by_level.setdefault(entry.kind, Counter())[entry] += 1
        if entry.level_word:
            self.by_level.setdefault(entry.level_word, Counter())[entry] += 1

    def district(self) -> tuple[PlaceEntry | None, str] | None:
        """The one district the article is about, from the place data or as written ('quận
        9'), if it names one more than any other."""
        # (a district written only keeps its level word: 'quận 9', 'huyện Chư Păh')
        written = Counter({name if fold(name).startswith(level) else f"{level} {name}": n
                           for level in ("quận", "huyện")
                           for name, n in self.local.get(level, Counter()).items()})
        for counts in (self.by_level.get("district"), written):
            if counts:
                top = counts.most_common(2)
                if len(top) == 1 or top[0][1] > top[1][1]:
                    found = top[0][0]
                    return (found, "") if isinstance(found, PlaceEntry) else (None, found)
                return None
        return None

    def guess(self, head: str, level: str | None, name: str = "") -> PlaceEntry | None:
        # (a bare 'Tỉnh ủy' is of the province its level names last: 'Phó Bí thư Tỉnh ủy,
        # Trưởng Đoàn ĐBQH tỉnh X …, giữ các cương vị Tỉnh ủy viên' is X's, whatever
        # 'Tỉnh ủy' the article names later)
        implied = level or _COMMITTEE_LEVEL.get(head)
        if implied and implied in self.recent:
            return self.recent[implied]
        # ('Sở Tài nguyên và Môi trường' in a story about Phú Yên that also names 'Sở Khoa học
        # và Công nghệ TP HCM': another department's place is not this one's)
        by = _named_key(head, name) if head in _ONE_OF_MANY and name else head
        if by in self.by_head:
            # 'Bệnh viện Phổi tỉnh' is the province's hospital, not a district's
            fits = [e for e, _ in self.by_head[by].most_common()
                    if not level or e.level_word == level]
            if fits:
                return fits[0]
        want = _WANT_KIND.get(head)
        # the level word first: a bare 'Thành ủy' is a city's committee, never a tỉnh's
        for key in filter(None, (level, _COMMITTEE_LEVEL.get(head), want)):
            if key in self.by_level:
                return self.by_level[key].most_common(1)[0][0]
        # a level written out must fit: 'HĐND xã' is no province's council
        fits_level = (lambda e: e is not None and (not level or e.level_word == level))
        candidates = [self.by_level["province"].most_common(1)[0][0]
                      if "province" in self.by_level else None,
                      self.publisher_place,
                      self.mentioned]  # the province the article is about
        if want != "district":
            for entry in candidates:
                if fits_level(entry):
                    return entry
        return None


def _walk(ref: BodyRef | None) -> list[BodyRef]:
    out = []
    while ref is not None:
        out.append(ref)
        ref = ref.parent
    return out


def place_of(entry: PlaceEntry, gz: Gazetteer) -> Place:
    """Provinces by their name ('Đà Nẵng'); districts with their level word ('Quận Thanh Khê'),
    since a province and a district can share a name (tỉnh and thành phố Bắc Ninh)."""
    if entry.kind == "province" or not entry.parent:
        return Place(entry.name, entry.kind, None)
    full = entry.full[:1].upper() + entry.full[1:]
    return Place(full, entry.kind, entry.parent)


def resolve(gz: Gazetteer, ref: BodyRef, ctx: PlaceContext,
            chain_place: PlaceEntry | None = None, chain_parent: BodyRef | None = None) -> Body:
    """The canonical Body for a written phrase, its place filled from context."""
    return _short_forms(gz, _resolve(gz, ref, ctx, chain_place, chain_parent), ctx.short_names)


def _short_forms(gz: Gazetteer, body: Body, defined: dict[str, str]) -> Body:
    """Add the abbreviated spellings ('HĐND Quận 5') of a body, and of its parents, and
    the ones by a short name the article defines ('HĐQT Eximbank')."""
    extra = [body.name.replace(full, short) for full, short in gz.contractions
             if full in body.name]
    extra += [body.name.replace(full, short) for full, short in defined.items()
              if full in body.name]
    aliases = tuple(dict.fromkeys(a for a in [*body.aliases, *extra] if a != body.name))
    parent = _short_forms(gz, body.parent, defined) if body.parent else None
    return dataclasses.replace(body, aliases=aliases, parent=parent)


def _resolve(gz: Gazetteer, ref: BodyRef, ctx: PlaceContext,
             chain_place: PlaceEntry | None = None, chain_parent: BodyRef | None = None) -> Body:
    head = ref.head
    if head.kind == "central":
        return Body(head.name, aliases=_aliases(ref, head.name))
    if head.kind == "sub":
        parent_ref = ref.parent or chain_parent
        if parent_ref is None:
            return Body(head.name, aliases=_aliases(ref, head.name))
        parent = _resolve(gz, parent_ref, ctx, chain_place)
        if head.name == "Ban Chấp hành" and parent_ref.head.name == "Đảng bộ" \
                and parent_ref.parent is not None and (cttee := gz.heads.get(fold("Đảng ủy"))):
            # 'Ban Chấp hành Đảng bộ Bộ Xây dựng' is the ministry's Party committee, its Đảng ủy
            return _resolve(gz, dataclasses.replace(parent_ref, head=cttee), ctx, chain_place)
        if head.name == "Ban Chấp hành" and parent_ref.head.kind == "committee":
            return parent  # Ban Chấp hành Đảng bộ X is the committee itself
        if head.name in ("Ban cán sự Đảng", "Đảng đoàn"):  # 'Ban cán sự Đảng Bộ Xây dựng'
            name = f"{head.name} {parent.name}"
            return Body(name, aliases=_aliases(ref, name), place=parent.place, parent=parent)
        name = f"{head.name} {parent.name}"
        return Body(name, aliases=_aliases(ref, name), place=parent.place, parent=parent)
    if head.kind == "named":
        if head.name == "Hội đồng trường" and not ref.name and ctx.institution:
            name = f"Hội đồng trường {ctx.institution.name}"
            return Body(name, aliases=_aliases(ref, name), parent=ctx.institution)
        return _resolve_named(gz, ref, ctx, chain_place)
    if ref.parent is not None:  # Đảng ủy + another body: Đảng ủy Công an Trung ương
        inner = _resolve(gz, ref.parent, ctx, chain_place)
        if head.name == "Đảng ủy" and inner.name.startswith(("Đảng ủy ", "Quận ủy ", "Huyện ủy ",
                                                              "Tỉnh ủy ", "Thành ủy ")):
            return inner
        name = f"{head.name} {ref.name + ' ' if ref.name else ''}{inner.name}"
        return Body(name, aliases=_aliases(ref, name), place=inner.place, parent=inner)
    if ref.name and ref.place:  # 'Đảng ủy Khối các cơ quan tỉnh Khánh Hòa'
        entry, written = _place(gz, ref.place, head.name, ctx, chain_place)
        own = ref.name[:1].upper() + ref.name[1:]
        where = entry.full if entry else written
        name = f"{head.name} {own} {where}".strip()
        return Body(name, aliases=_aliases(ref, name),
                    place=place_of(entry, gz) if entry else None)
    if ref.name:
        if ref.name[0].islower() and ctx.institution:  # 'Đảng ủy cơ quan' of the article's body
            name = f"{head.name} {ref.name} {ctx.institution.name}"
            return Body(name, aliases=_aliases(ref, name), parent=ctx.institution)
        head_name = "Đảng ủy" if head.name == "Đảng bộ" else head.name
        name = f"{head_name} {ref.name}"
        return Body(name, aliases=_aliases(ref, name, [f"Đảng bộ {ref.name}"]))
    if head.name in _INSTITUTIONAL and ref.place is None and ctx.institution:
        name = f"{head.name} {ctx.institution.name}"
        return Body(name, aliases=_aliases(ref, name), parent=ctx.institution)
    head_name = head.name
    if head_name in ("Đảng bộ", "Đảng ủy") and ref.place:  # Đảng bộ quận X is led by Quận ủy X
        level = ref.place.level if ref.place else None
        level = level or (ref.place.entry.level_word if ref.place and ref.place.entry else None)
        head_name = _COMMITTEE_OF_LEVEL.get(level or "", "Đảng ủy")
        head = HeadEntry(head_name, "committee")
    entry, written = _place(gz, ref.place, head_name, ctx, chain_place)
    if entry is None and not written:
        return Body(head.name, aliases=_aliases(ref, head.name))
    if entry is None:
        level = ref.place.level if ref.place and ref.place.level else ""
        if level and fold(written).startswith(level):  # 'quận Quận 9'
            level = ""
        name = f"{head.name} {level + ' ' if level else ''}{written}"
        return Body(name, aliases=_aliases(ref, name))
    place = place_of(entry, gz)
    # a Party committee is its Đảng bộ's executive; a Youth Union's or trade union's
    # committee (Thành đoàn, Công đoàn) is named the same way but is no Party body
    party = head.kind == "committee" and head.name.endswith("ủy")
    if head.kind == "committee":
        name = f"{head.name} {entry.display}"
        extra = [f"{head.name} {entry.full}"]
        extra += [f"Ban Chấp hành Đảng bộ {entry.full}"] if party else []
    else:
        name = f"{head.name} {entry.full}"
        extra = [f"{head.name} {entry.display}"]
    organisation = _party_organisation(entry, gz) if party else None
    return Body(name, aliases=_aliases(ref, name, extra), place=place, parent=organisation)


def _party_organisation(entry: PlaceEntry, gz: Gazetteer) -> Body:
    """The Đảng bộ a committee leads: Quận ủy Quận 11 ⊂ Đảng bộ Quận 11 ⊂ Đảng bộ Thành phố
    Hồ Chí Minh ⊂ Đảng Cộng sản Việt Nam (GUIDELINES §2)."""
    if entry.kind == "province" or not entry.parent:
        up = Body("Đảng Cộng sản Việt Nam")
    else:
        found = gz.find_places(entry.parent)
        up = _party_organisation(found[0], gz) if found else Body("Đảng Cộng sản Việt Nam")
    return Body(f"Đảng bộ {entry.full}", place=place_of(entry, gz), parent=up)


def _place(gz: Gazetteer, pref: PlaceRef | None, head: str, ctx: PlaceContext,
           chain_place: PlaceEntry | None, name: str = "") -> tuple[PlaceEntry | None, str]:
    if pref and pref.entry:
        return pref.entry, pref.written
    if pref and pref.written:
        return None, pref.written
    level = pref.level if pref else None
    want = _WANT_KIND.get(head)
    if head in _PROVINCIAL_ONLY and chain_place and chain_place.kind == "district":
        # 'nguyên Giám đốc Sở Công thương, Bí thư Huyện ủy Nhơn Trạch': the province the
        # chain's district lies in, not the one the article last named
        chain_place = gz.province_of(chain_place)
    if chain_place and (want is None or chain_place.kind == want):
        return chain_place, ""
    if level in LOCAL_LEVELS and ctx.local.get(level):
        names = ctx.local[level].most_common(2)
        if len(names) == 1 or names[0][1] > names[1][1]:
            return None, names[0][0]  # 'Bí thư Đảng ủy xã' in a story about xã Quảng Tâm
    return ctx.guess(head, level, name), ""


def _resolve_named(gz: Gazetteer, ref: BodyRef, ctx: PlaceContext,
                   chain_place: PlaceEntry | None) -> Body:
    head = ref.head.name
    own = f"{head} {ref.name}".strip()
    if head == "Bộ":
        if own.endswith(" Việt Nam") and own != "Bộ Việt Nam" and "nhân dân" not in own:
            # 'Bộ trưởng Bộ Quốc phòng Việt Nam' (beside a foreign minister): the ministry
            own = own[:-len(" Việt Nam")]
        return Body(own, aliases=_aliases(ref, own))
    if ref.of_institution and ctx.institution \
            and any(kind in fold(ctx.institution.name)
                    for kind in _KINDS.get(ref.of_institution, (ref.of_institution,))):
        name = f"{own} {ctx.institution.name}"
        return Body(name, aliases=_aliases(ref, name, [own]), place=ctx.institution.place,
                    parent=ctx.institution)
    if ref.parent is not None:
        if head in ("Vụ", "Tổng cục") and ref.parent.head.kind == "state" \
                and ref.parent.place is None:
            # 'Vụ Kiểm soát chi Kho bạc Nhà nước': a ministry-level department belongs to
            # the national body, not to the place the article is about
            parent = Body(ref.parent.head.name, aliases=_aliases(ref.parent, ref.parent.head.name))
        else:
            parent = _resolve(gz, ref.parent, ctx, chain_place)
        name = f"{own} {parent.name}"
        return Body(name, aliases=_aliases(ref, name, [own]), place=parent.place, parent=parent)
    pref = ref.place
    if pref is None and head in _UNITS_OF_INSTITUTION and _a_school(ctx.institution):
        # 'Phòng Tổ chức cán bộ' in an article about a university: the university's
        school = ctx.institution
        assert school is not None
        name = f"{own} {school.name}"
        return Body(name, aliases=_aliases(ref, name, [own]), place=school.place, parent=school)
    if pref is None and head == "Phòng" and gz.district_office(ref.name) \
            and (district := ctx.district()) is not None:
        # 'ông A, Trưởng phòng TN&MT' in a story about one district: its People's
        # Committee's office (a firm's or a department's 'Phòng' is written with it)
        entry, written = district
        if entry is None:
            name = f"{own} {written}"
            return Body(name, aliases=_aliases(ref, name, [own]))
        name, place = f"{own} {entry.full}", place_of(entry, gz)
        return Body(name, aliases=_aliases(ref, name, [own, f"{own} {entry.display}"]),
                    place=place, parent=Body(f"Ủy ban nhân dân {entry.full}", place=place))
    if pref is None and ref.head.placeless:
        return Body(own, aliases=_aliases(ref, own))
    entry, written = _place(gz, pref, head, ctx, chain_place, ref.name)
    if entry is None:
        level = pref.level if pref and pref.level else ""
        if level and fold(written).startswith(level):  # 'phường Phường 5'
            level = ""
        # a commune keeps its level word: 'Nghiệp đoàn Nghề cá xã Phước Đồng'
        written = f"{level} {written}".strip() if written and level in LOCAL_LEVELS else written
        name = f"{own} {written}".strip() if written else own
        return Body(name, aliases=_aliases(ref, name))
    if pref is None and fold(own).endswith(" " + fold(entry.display)):
        # 'Đội Cảnh sát đường thủy Quảng Nam': the place the article is about ends the own
        # name already
        return Body(own, aliases=_aliases(ref, own), place=place_of(entry, gz))
    name = f"{own} {entry.full}"
    if head in SCHOOL_HEADS and pref is not None and pref.written and not pref.level:
        # 'Trường Đại học Bách khoa Hà Nội': the city is part of a school's own name
        name = f"{own} {pref.written}"
    # a department belongs to the People's Committee of its place (GUIDELINES §2)
    committee = Body(f"Ủy ban nhân dân {entry.full}", place=place_of(entry, gz)) \
        if head == "Sở" else None
    return Body(name, aliases=_aliases(ref, name, [f"{own} {entry.display}"]),
                place=place_of(entry, gz), parent=committee)


def _aliases(ref: BodyRef, name: str, extra: list[str] | None = None) -> tuple[str, ...]:
    forms = [ref.written.strip(" ,"), *(extra or [])]
    return tuple(dict.fromkeys(f for f in forms if f and f != name))
