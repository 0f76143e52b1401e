"""List the persons an article names beside a title whom the extraction gives no post: a
check of recall that needs no gold, for articles no one has annotated.

Usage::

    python scripts/audit_recall.py ../shared/corpus/articles.jsonl [--limit 200]

A name counts when it starts with a family name of ``data/surnames.tsv``, runs to two to
four capitalised syllables, is no place's name, and is followed by a title of
``data/roles.tsv`` after a comma, a dash or a bracket ('ông A, Viện trưởng …', 'A - Chủ
tịch …'; with ``--honorifics``, any name after 'ông', 'bà', 'đồng chí'). It is printed
when the article's extraction has no post for it: the article's id, the name and the
words after it. Sorting
the lines by those words shows the kinds of title the rules miss; the heads added to
``data/heads.tsv`` for national parks, reserves and publishers were found this way. Most
lines are no miss at all (foreign officials, persons with no post), so read them, do not
count them.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date

from kg.extract.gazetteer import load
from kg.extract.mentions import LOWER, UPPER
from kg.extract.pipeline import extract
from kg.models import Article

_SYLLABLE = rf"[{UPPER}][{LOWER}]*"
_NAME = re.compile(rf"(?<!\w)({_SYLLABLE}(?:\s{_SYLLABLE}){{1,3}})(?!\w)")
_HONORIFIC = re.compile(r"(?:ông|bà|đồng chí|Ông|Bà|Đồng chí)\s+$")
_SEPARATOR = re.compile(r"\s*(?:,|[-–]|\()\s*(?:nguyên\s+)?")


def _titled_names(gz, text: str, honorifics: bool):
    for m in _NAME.finditer(text):
        words = m.group(1).split()
        if words[0] not in gz.surnames or gz.find_places(" ".join(words[:2])):
            continue
        after = _SEPARATOR.match(text, m.end())
        titled = after is not None and gz.role_re.match(text, after.end()) is not None
        if titled or honorifics and _HONORIFIC.search(text, max(0, m.start() - 12), m.start()):
            yield m.group(1), text[m.end():m.end() + 80].replace("\n", " ")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("articles", help="a JSONL file of articles (id, text, title?, date?)")
    ap.add_argument("--limit", type=int, default=0, help="read only the first N articles")
    ap.add_argument("--honorifics", action="store_true",
                    help="also names after 'ông', 'bà', 'đồng chí' with no title beside them")
    args = ap.parse_args(argv)
    gz = load()
    found = 0
    with open(args.articles, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if args.limit and i >= args.limit:
                break
            row = json.loads(line)
            day = date.fromisoformat(row["date"][:10]) if row.get("date") else None
            facts = extract(Article(id=row["id"], text=row["text"], title=row.get("title"),
                                    date=day), gz)
            holders = {m.person for m in facts.memberships}
            for name, after in dict(_titled_names(gz, row["text"], args.honorifics)).items():
                if name not in holders:
                    found += 1
                    print(f"{row['id']}\t{name}\t{after}")
    print(f"{found} names beside a title with no post", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
