"""The committees of a festival, a prize or a contest, written bare where the article names
the event in full elsewhere.

'Ông A, Phó Trưởng Ban tổ chức Lễ hội cho biết …' names no body of its own: 'Lễ hội' is the
festival the story is about ('Lễ hội Cà phê Buôn Ma Thuột lần thứ 6'). Read bare, every
festival's committee would be one body across articles; read with the festival the article
names, it is that festival's (GUIDELINES §2: a body's own name). The bare mention is spelled
out with the event's name before the sentence is analysed again, as short names defined in
brackets are (pipeline._spell_out).
"""
from __future__ import annotations

import re
from collections import Counter

from kg.extract.gazetteer import Gazetteer
from kg.extract.mentions import parse_body
from kg.text.normalize import fold

#: the events a committee may be named for (the words of mentions._ORGANISED that a story
#: may also write bare)
_EVENT_WORDS = (r"lễ hội|festival|ngày hội|liên hoan|hội chợ|triển lãm|cuộc thi|hội thi"
                r"|tuần lễ|giải thưởng|giải")
#: an event named in full: its word, then a capitalised word of its own name
_NAMED_EVENT = re.compile(rf"(?<!\w)(?i:{_EVENT_WORDS})\s+(?=[A-ZĐ])")
#: a committee written with an event's word (bare if the word is all its name: see _bare)
_COMMITTEE = re.compile(rf"(?<!\w)(?:Ban|ban)\s+(?:[Tt]ổ chức|[Cc]hỉ đạo)\s+"
                        rf"(?P<event>(?i:{_EVENT_WORDS}))(?!\w)")
_PROBE = "Ban Tổ chức "  # what the event's name is read after (mentions: a committee's name)


def events_named_in_full(gz: Gazetteer, sentences: list[str]) -> dict[str, str]:
    """The event each word names in the article, written in full ('lễ hội' -> 'Lễ hội Cà
    phê Buôn Ma Thuột'): the form the article writes most often (the longest of those), of
    forms that are all one name read further or less far; a word the article uses for two
    events is left out."""
    forms: dict[str, Counter[str]] = {}
    for s in sentences:
        for m in _NAMED_EVENT.finditer(s):
            word = fold(m.group().strip())
            probe = _PROBE + s[m.start():]
            parsed = parse_body(gz, probe, 0)
            if parsed is None or not fold(parsed[0].name).startswith("tổ chức " + word):
                continue
            name = probe[len(_PROBE):parsed[1]].strip()
            if len(name.split()) > len(word.split()):
                forms.setdefault(word, Counter())[name] += 1
    out = {}
    for word, counted in forms.items():
        names = sorted(counted, key=lambda n: (counted[n], len(n)), reverse=True)
        shortest = min(names, key=len)
        if all(fold(n).startswith(fold(shortest)) for n in names):
            out[word] = names[0]
    return out


def spell_out_committees(gz: Gazetteer, s: str, named: dict[str, str]) -> str:
    """Each bare committee of an event named in full, written with the event's name."""
    def spell(m: re.Match[str]) -> str:
        full = named.get(fold(m.group("event")))
        if full is None or not _bare(gz, s, m):
            return m.group()
        return m.group()[:m.start("event") - m.start()] + full
    return _COMMITTEE.sub(spell, s)


def _bare(gz: Gazetteer, s: str, m: re.Match[str]) -> bool:
    """The committee's name is the event's word alone ('Ban tổ chức lễ hội cho biết'), not
    one of its own ('Ban tổ chức lễ hội đền Trần năm 2017')."""
    at = m.start()
    parsed = parse_body(gz, s[:at] + "B" + s[at + 1:], at)
    own = fold(parsed[0].name) if parsed else ""
    word = fold(m.group("event"))
    return own in ("", word, "tổ chức " + word)
