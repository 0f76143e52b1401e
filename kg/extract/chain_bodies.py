"""What a title takes from the other titles of its chain: the body, the place, the parent
and the rank ('Bí thư Quận ủy, Chủ tịch HĐND Quận 11'; 'Ủy viên Ban Thường vụ, Trưởng Ban
Tuyên giáo Thành ủy'; 'Bộ trưởng, Chủ nhiệm VPCP'), GUIDELINES §3 'Chains' and 'Shared place'."""
from __future__ import annotations

from kg.extract.gazetteer import Gazetteer, PlaceEntry
from kg.extract.mentions import BodyRef
from kg.extract.named_before import ENTERPRISE
from kg.extract.positions import Claim, office_root
from kg.text.normalize import fold


def chain_place(claim: Claim) -> PlaceEntry | None:
    if claim.title not in claim.chain:
        return None
    idx = claim.chain.index(claim.title)
    order = list(claim.chain[idx + 1:]) + list(reversed(claim.chain[:idx]))
    for t in order:
        ref = t.body
        while ref is not None:
            if ref.place and ref.place.entry:
                return ref.place.entry
            ref = ref.parent
    return None


def chain_level(claim: Claim) -> str | None:
    """A level word written bare at the end of a later title of the chain ('… tỉnh')."""
    if claim.title not in claim.chain:
        return None
    for t in claim.chain[claim.chain.index(claim.title) + 1:]:
        ref = t.body
        while ref is not None:
            if ref.place and ref.place.level and not ref.place.entry and not ref.place.written:
                return ref.place.level
            if ref.place:
                return None
            ref = ref.parent
    return None


def chain_parent(claim: Claim) -> BodyRef | None:
    """The parent a bare sub-body takes from its chain: 'Ủy viên Ban Thường vụ, Trưởng Ban
    Tuyên giáo Thành ủy'; 'Ủy viên Ban cán sự Đảng, Thứ trưởng Bộ Xây dựng'."""
    if claim.title not in claim.chain:
        return None
    idx = claim.chain.index(claim.title)
    party_board = claim.title.body is not None and claim.title.body.head.name in (
        "Ban cán sự Đảng", "Đảng đoàn")
    for t in list(claim.chain[idx + 1:]) + list(reversed(claim.chain[:idx])):
        if party_board and t.body and t.body.head.kind in ("named", "central", "state"):
            return t.body
        if t.body and t.body.head.group == ENTERPRISE:
            return t.body  # 'Thành viên HĐTV - Tổng giám đốc Tổng công ty X': its board
        if t.body and t.body.head.kind == "sub" and t.body.parent:
            return t.body.parent
        if t.body and t.body.head.kind in ("committee",) and not party_board:
            return t.body  # (a Party board sits in a state or mass body, never in a
            # Party committee: 'Bí thư Đảng đoàn, Bí thư Đảng ủy cơ quan, Chủ tịch X')
    return None


_DEPARTMENTS = {"Phòng", "Khoa", "Tổ", "Văn phòng"}
_PARTY_UNITS = {"Chi bộ", "Đảng ủy", "Đảng bộ", "Đảng đoàn", "Ban cán sự Đảng"}
_PLACE_GOVERNMENTS = {"Ủy ban nhân dân", "Hội đồng nhân dân", "Ủy ban Mặt trận Tổ quốc Việt Nam",
                      "Đoàn đại biểu Quốc hội"}


def rank_of_chain(claim: Claim) -> bool:
    """'Bộ trưởng, Chủ nhiệm VPCP': a bare minister's title chained to an office of another
    kind (one a minister's rank heads) is the rank of that office."""
    if claim.title.body is not None or claim.title.role.head != "Bộ" \
            or claim.title not in claim.chain:
        return False
    rest = claim.chain[claim.chain.index(claim.title) + 1:]
    return bool(rest) and rest[0].body is not None and rest[0].body.head.name != "Bộ" \
        and rest[0].role.head != "Bộ"


def body_of_next_title(claim: Claim) -> BodyRef | None:
    """The body of the next title in the chain, when it is no Party committee itself."""
    if claim.title not in claim.chain:
        return None
    for t in claim.chain[claim.chain.index(claim.title) + 1:]:
        if t.body is None or t.body.head.name == "Chi bộ" and not (t.body.name or t.body.parent):
            continue  # ('Ủy viên Ban Thường vụ Đảng ủy, Bí thư Chi bộ, Trưởng phòng X, Sở Y':
            # a cell of the body further on)
        body = t.body
        if body.head.of and body.parent is None:
            continue  # 'Bí thư Đảng ủy, Chủ tịch HĐQT, Tổng Giám đốc Công ty X': the board's
            # firm is named further on
        # a unit or a council is inside the organisation whose Party committee it is
        # ('Ủy viên Đảng ủy, Trưởng phòng Tổ chức, VKSND tỉnh': the procuracy's)
        while body.parent is not None and (body.head.kind == "sub"
                                           or body.head.name in _DEPARTMENTS
                                           or body.head.name.startswith("Hội đồng")):
            body = body.parent
        if body.head.name in _DEPARTMENTS | _PARTY_UNITS or body.head.name.startswith("Hội đồng"):
            return None  # a department of no organisation the text names; a Party cell
        # (not a place's government: 'Bí thư Đảng ủy, Chủ tịch UBND xã X' is the commune's)
        return body if body.head.kind in ("named", "central", "state") \
            and body.head.name not in _PLACE_GOVERNMENTS else None
    return None


#: bodies every organisation has its own of, written bare beside a title of the organisation
OWN_ORGANS = {"Chi bộ", "Công đoàn", "Chi đoàn"}


def organisation_in_chain(claim: Claim) -> BodyRef | None:
    """The body whose own cell, union or youth branch a bare 'chi bộ', 'Công đoàn', 'Chi
    đoàn' is: the nearest titled body of the chain, the next first, unit or not ('Bí thư chi
    bộ, Trưởng khoa Nội, Bệnh viện X': the ward's cell; 'Phó Giám đốc Công ty X - Chủ tịch
    Công đoàn': the firm's union), unless that is a Party body itself or a place's
    government (a commune has a Đảng ủy, not a cell)."""
    if claim.title not in claim.chain:
        return None
    idx = claim.chain.index(claim.title)
    for t in list(claim.chain[idx + 1:]) + list(reversed(claim.chain[:idx])):
        if t.body is None:
            continue
        if t.body.head.name in _PARTY_UNITS | _PLACE_GOVERNMENTS | OWN_ORGANS \
                or t.body.head.kind == "committee":
            return None
        return t.body
    return None


def organisation_around(claim: Claim) -> BodyRef | None:
    """A 'Ban' of its own name between two titles of one organisation is that
    organisation's: 'Ủy viên Ban Thường vụ Thành đoàn, Trưởng ban Khoa học – Kỹ thuật rồi
    Phó Bí thư Thành đoàn TP. Hồ Chí Minh'."""
    t = claim.title
    if t.body is None or t.body.head.name != "Ban" or t.body.parent or t.body.place \
            or t not in claim.chain:
        return None
    idx = claim.chain.index(t)
    if idx == 0 or idx + 1 >= len(claim.chain):
        return None
    before, after = (_organisation_of(claim.chain[i].body) for i in (idx - 1, idx + 1))
    if before is None or after is None or before.head.name != after.head.name:
        return None
    return after if after.place else before


def _organisation_of(ref: BodyRef | None) -> BodyRef | None:
    if ref is not None and ref.head.kind == "sub":
        ref = ref.parent
    return ref if ref is not None and ref.head.kind in ("committee", "state") else None


def chain_body(claim: Claim) -> BodyRef | None:
    """The body a bare title shares with the next title of its chain when that body is
    an institution named for itself: 'Chủ tịch kiêm Giám đốc Công ty X', 'Phó Tổng giám
    đốc, Ủy viên HĐQT Tổng công ty X' (a board's title lends its enterprise). Party
    titles never borrow a body this way ('Phó Bí thư, Chủ tịch UBND tỉnh')."""
    if claim.title not in claim.chain or "Bí thư" in claim.title.role.name \
            or claim.title.role.name == "Đại biểu":
        return None  # ('Đại biểu, Giám đốc Sở X': a deputy is no Sở's)
    for t in claim.chain[claim.chain.index(claim.title) + 1:]:
        ref = t.body
        if ref is None:
            continue
        if same_office(claim.title.role.name, t.role.name):
            return ref  # 'Phó Chủ tịch rồi Phó Chủ tịch Thường trực UBND thành phố'
        if ref.head.kind == "central" and t.role.name not in ("Ủy viên", "Thành viên") \
                and ref.head.name not in _PARTY_CENTRE:
            return ref  # 'Phó Chủ tịch - Tổng Thư ký UBTƯ MTTQ Việt Nam'
        if ref.head.kind == "sub" and ref.parent is not None:
            ref = ref.parent
        return ref if ref.head.kind == "named" else None

    return None


def party_committee_of_chain(gz: Gazetteer, claim: Claim) -> BodyRef | None:
    """'Bí thư kiêm Chủ tịch UBND huyện X', 'Phó Bí thư (Thường trực), Chủ tịch HĐND tỉnh Y': a
    bare Party title chained to the head of a place's People's Committee or Council is a post
    in that place's Party committee (Huyện ủy X, Tỉnh ủy Y, Đảng ủy xã Z)."""
    t = claim.title
    # ('Bí thư Đảng ủy kiêm Chủ tịch UBND xã X': the committee written bare is the same)
    bare_committee = t.body is not None and t.body.head.name == "Đảng ủy" \
        and not (t.body.name or t.body.place or t.body.parent)
    if t.body is not None and not bare_committee \
            or t.role.name not in ("Bí thư", "Phó Bí thư", "Phó Bí thư Thường trực") \
            or t not in claim.chain:
        return None
    nxt = next((x for x in claim.chain[claim.chain.index(t) + 1:] if x.body is not None), None)
    body = nxt.body if nxt is not None else None
    if nxt is None or body is None or body.head.name not in _LOCAL_STATE or body.place is None \
            or office_root(nxt.role.name) != "chủ tịch":
        return None
    return BodyRef(gz.heads[fold("Đảng ủy")], place=body.place, written=body.written)


_LOCAL_STATE = ("Ủy ban nhân dân", "Hội đồng nhân dân")
_COMMUNE_LEVELS = ("xã", "phường", "thị trấn")


def commune_committee_of_chain(gz: Gazetteer, claim: Claim) -> BodyRef | None:
    """'Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch UBMTTQ xã X', 'Đảng ủy viên, Trưởng Công an xã
    X': a commune, ward or town has one Party committee, and a bare 'Đảng ủy' chained to a
    post in one of its bodies is that committee (a district's police has its own Đảng ủy, a
    commune's has not)."""
    if claim.title not in claim.chain:
        return None
    body = next((t.body for t in claim.chain[claim.chain.index(claim.title) + 1:]
                 if t.body is not None), None)
    place = body.place if body is not None else None
    # ('Đảng ủy viên, Trưởng ban chỉ huy Quân sự xã': the commune said by its level alone,
    # named earlier, is still the one)
    if body is None or place is None or place.level not in _COMMUNE_LEVELS:
        return None
    return BodyRef(gz.heads[fold("Đảng ủy")], place=place, written=body.written)


#: the Party's central organs, which no bare state or Front title before them belongs to
_PARTY_CENTRE = {"Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương Đảng",
                 "Đảng Cộng sản Việt Nam"}


def same_office(a: str, b: str) -> bool:
    """Two ranks of one office: 'Phó Chủ tịch' and 'Phó Chủ tịch Thường trực'."""
    return office_root(a) == office_root(b)
