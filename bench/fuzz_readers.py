#!/usr/bin/env python3
"""Fuzz the readers and extractors with mutated corpus articles (hypothesis).

    python bench/fuzz_readers.py [CORPUS.jsonl] [--examples N] [--seed S]

CORPUS defaults to ``../shared/corpus/articles.jsonl`` relative to the repository root.
It is read at run time and only ever mutated in memory and in a temporary directory
that is removed at the end: no corpus text is stored.

Each input is one corpus article, mutated by a list of operations that hypothesis draws
(bytes flipped, inserted, deleted, duplicated; NUL, BOMs, invalid UTF-8, lone surrogate
escapes; NFD; Windows-1258, TCVN3 or VNI re-encoding, whole or in part; page chrome,
scripts, unclosed tags and comments; long repetitions), then written as a ``.txt``, a
``.jsonl`` (one or several lines) or an ``.html`` file and read by
:func:`kg.ingest.iter_articles`. Every article read is extracted
(:func:`kg.extract.pipeline.extract`), turned into its graph
(:func:`kg.rdf.build.article_graph`) and written as N-Triples, which Oxigraph must parse
back (that is what the store does with it).

Extraction goes through what ``kg build`` runs for each article
(:func:`kg.build._process`), with its per-article time limit set to ``--slow`` seconds.

A **crash** is any exception that escapes (a bad input must come back through
``on_error`` as an ArticleError), an extraction error that ``kg build`` would catch and
ask to be reported, an N-Triples text Oxigraph rejects, or an article whose text, title
or author is not NFC or holds control characters. An input whose extraction hits the
time limit is counted as **stopped** (``kg build`` reports and skips it). The figures go
to stdout; the exit code is 1 if anything crashed.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sys
import tempfile
import time
import traceback
import unicodedata
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import pyoxigraph as ox  # noqa: E402

import kg.build  # noqa: E402
from kg.errors import ArticleError  # noqa: E402
from kg.ingest import iter_articles  # noqa: E402
from kg.text import legacy  # noqa: E402

_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "articles.jsonl"

INTERESTING = [
    b"\x00", b"\xff", b"\xfe\xff", b"\xef\xbb\xbf", b"\xff\xfe", b"\xc3", b"\xe1\xbb",
    b"\xed\xa0\x80", b"\r", b"\r\n", b"\n\n\n", b"\t", b"\x0b", b"\x85", b"\xe2\x80\xa8",
    b"\\ud800", b"\\u0000", b'"', b"\\", b"{", b"}", b"[", b'{"id":', b'"text":', b"<",
    b">", b"<a ", b"<!--", b"-->", b"<script>", b"</script>", b"<p>", b"</p>",
    b"<article>", b"&#x0;", b"&#xD800;", b"&amp;", b"]]>", b"<![CDATA[", b"Tin kh\xc3\xa1c",
    "Ý kiến bạn đọc".encode(), "Ảnh: ".encode(), "Bí thư Tỉnh ủy ".encode(),
    "Chủ tịch UBND ".encode(), "Trần Văn Bình".encode(), "ông ".encode(),
    "Thứ Bảy, ngày 8 tháng 8 năm 2020\n".encode(), b"1" * 5000, b"[" * 3000,
]


def load_corpus(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# -- mutations --------------------------------------------------------------------------

def mutate_bytes(data: bytes, rnd: random.Random, ops: list[str]) -> bytes:
    buf = bytearray(data)
    for op in ops:
        n = len(buf)
        pos = rnd.randrange(n + 1) if n else 0
        if op == "flip" and n:
            buf[rnd.randrange(n)] ^= 1 << rnd.randrange(8)
        elif op == "byte" and n:
            buf[rnd.randrange(n)] = rnd.randrange(256)
        elif op == "insert":
            buf[pos:pos] = rnd.choice(INTERESTING)
        elif op == "delete" and n:
            end = min(n, pos + rnd.randrange(1, 200))
            del buf[pos:end]
        elif op == "duplicate" and n:
            end = min(n, pos + rnd.randrange(1, 400))
            buf[pos:pos] = buf[pos:end] * rnd.randrange(1, 50)
        elif op == "truncate" and n:
            del buf[rnd.randrange(n):]
        elif op == "repeat":                # up to 2 MB, now and then up to 24 MB
            token = rnd.choice(INTERESTING)
            most = (24 if rnd.random() < 0.02 else 2) * 2**20 // len(token)
            buf[pos:pos] = token * rnd.randrange(10, max(11, min(most, 200_000)))
    return bytes(buf)


def mutate_text(text: str, rnd: random.Random, ops: list[str]) -> str:
    for op in ops:
        n = len(text)
        pos = rnd.randrange(n + 1) if n else 0
        if op == "nfd":
            text = unicodedata.normalize("NFD", text)
        elif op == "old_tones":
            text = text.replace("òa", "oà").replace("ủy", "uỷ").replace("óa", "oá")
        elif op == "unicode":
            text = text[:pos] + "".join(chr(rnd.choice([
                rnd.randrange(0x20, 0x7f), rnd.randrange(0x80, 0x800),
                rnd.randrange(0x800, 0xd800), rnd.randrange(0xe000, 0x110000)]))
                for _ in range(rnd.randrange(1, 20))) + text[pos:]
        elif op == "control":
            text = text[:pos] + chr(rnd.choice([0, 1, 0xb, 0x1f, 0x7f, 0x85, 0x2028,
                                                0xfeff, 0x200b, 0xd800])) + text[pos:]
        elif op == "case":
            text = text.upper() if rnd.random() < 0.5 else text.lower()
        elif op == "one_line":
            text = text.replace("\n", " ")
        elif op == "chrome":
            text = text + "\n\nÝ kiến bạn đọc\n\nrefresh\n\nTin khác\n"
        elif op == "huge":                  # up to about 2.5 MB of text, past the limit
            text = text * rnd.randrange(2, max(3, 2_500_000 // max(len(text), 1)))
        elif op == "adversarial":     # long runs that make careless regexes backtrack
            piece = rnd.choice(["x", "1", ".", "a.", "(", "Ảnh:", "Bí thư ", "Trần ", "- ",
                                "Ông ", "A", "ĐẢNG ", ", ", "UBND ", "Quận ", "\n", "TP."])
            joiner = "" if rnd.random() < 0.5 else " "
            text = text[:pos] + joiner.join([piece] * rnd.randrange(100, 30000)) + text[pos:]
    return text


def encode(text: str, rnd: random.Random, how: str) -> bytes:
    if how == "utf8":
        return text.encode("utf-8", "surrogatepass")
    if how == "bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8", "surrogatepass")
    if how == "utf16":
        return text.encode("utf-16", "surrogatepass")
    if how == "utf16-nobom":
        return text.encode("utf-16-le", "surrogatepass")
    codec = {"cp1258": legacy.cp1258_encode, "tcvn3": legacy.tcvn3_encode,
             "vni": legacy.vni_encode}[how]
    data = codec(text, "replace")
    if rnd.random() < 0.2:              # part legacy, part UTF-8
        cut = rnd.randrange(len(data) + 1)
        data = data[:cut] + text.encode("utf-8", "surrogatepass")[cut:]
    return data


def as_file(article: dict[str, str], text: str, fmt: str, rnd: random.Random) -> str:
    if fmt == "txt":
        title = article.get("title") or text.split("\n", 1)[0][:80]
        return f"{title}\n\n{text}"
    if fmt == "html":
        return ("<!DOCTYPE html><html><head><title>T</title>"
                f"<meta property=\"og:url\" content=\"{article.get('url', '')}\">"
                "<script>var x = '<p>không</p>';</script></head><body><article>"
                + "".join(f"<p>{p}</p>" for p in text.split("\n")) + "</article></body></html>")
    rows = [{"id": article.get("id"), "text": text, "date": article.get("date"),
             "url": article.get("url"), "source": article.get("source")}]
    if rnd.random() < 0.3:
        rows.append({"id": article.get("id"), "text": text[: len(text) // 2]})
    if rnd.random() < 0.2:
        rows.append({"id": rnd.choice([True, 3.5, None, [], {}, "", ".", "../x", "a\nb"]),
                     "text": rnd.choice([text, None, 5, ""])})
    return "".join(json.dumps(r, ensure_ascii=rnd.random() < 0.5) + "\n" for r in rows)


# -- the run ----------------------------------------------------------------------------

class Tally:
    def __init__(self) -> None:
        self.inputs = 0
        self.articles = 0
        self.reported = 0
        self.crashes: list[str] = []
        self.slow: list[tuple[float, str]] = []
        self.stopped: list[str] = []
        self.peak_mib = 0
        self.max_seconds = 0.0
        self.formats: Counter[str] = Counter()
        self.encodings: Counter[str] = Counter()
        self.messages: Counter[str] = Counter()


def check_one(data: bytes, suffix: str, workdir: Path, tally: Tally, label: str,
              slow: float) -> None:
    path = workdir / f"input{tally.inputs}{suffix}"
    path.write_bytes(data)
    started = time.perf_counter()
    errors: list[ArticleError] = []
    try:
        for article in iter_articles([path], on_error=errors.append):
            tally.articles += 1
            for field in (article.text, article.title or "", article.author or ""):
                if not unicodedata.is_normalized("NFC", field) or _CONTROL.search(field):
                    raise AssertionError(f"text not normalised: {field[:80]!r}")
            done = kg.build._process(article)
            if isinstance(done, ArticleError):
                if "took more than" not in done.message:
                    raise AssertionError(done.message)
                tally.stopped.append(label)
                continue
            list(ox.parse(done.ntriples, ox.RdfFormat.N_TRIPLES))  # what the store does
    except Exception as e:                                # noqa: BLE001 - a crash
        tally.crashes.append(f"{label}: {type(e).__name__}: {e}\n{traceback.format_exc()}")
    finally:
        path.unlink(missing_ok=True)
    seconds = time.perf_counter() - started
    tally.max_seconds = max(tally.max_seconds, seconds)
    if seconds > slow:
        tally.slow.append((seconds, label))
    tally.reported += len(errors)
    for e in errors:
        tally.messages[_kind(e.message)] += 1


def _kind(message: str) -> str:
    """A message without its file name and details, to count the kinds."""
    rest = message.split(": ", 1)[1] if ": " in message else message
    return rest.split(" (")[0].split(";")[0][:60]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--examples", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--log", type=Path, default=None,
                    help="write each input's label here before it runs (to find a hang)")
    ap.add_argument("--slow", type=float, default=10.0,
                    help="the per-article time limit of extraction (kg build's is 60 s)")
    args = ap.parse_args()
    kg.build.ARTICLE_SECONDS = args.slow
    kg.build._init_worker("https://w3id.org/orgkg/id/")
    corpus = load_corpus(args.corpus)
    tally = Tally()
    byte_ops = st.lists(st.sampled_from(
        ["flip", "byte", "insert", "delete", "duplicate", "truncate", "repeat"]), max_size=8)
    text_ops = st.lists(st.sampled_from(
        ["nfd", "old_tones", "unicode", "control", "case", "one_line", "chrome", "huge",
         "adversarial", "adversarial"]),
        max_size=4)
    started = time.perf_counter()

    log = args.log.open("w", encoding="utf-8") if args.log else None
    with tempfile.TemporaryDirectory(prefix="kg-fuzz-") as tmp:
        workdir = Path(tmp)

        @hypothesis_seed(args.seed)
        @settings(max_examples=args.examples, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(index=st.integers(0, len(corpus) - 1), t_ops=text_ops, b_ops=byte_ops,
               fmt=st.sampled_from(["txt", "jsonl", "html"]),
               how=st.sampled_from(["utf8", "utf8", "utf8", "bom", "utf16", "utf16-nobom",
                                    "cp1258", "tcvn3", "vni"]),
               seed=st.integers(0, 2**32 - 1))
        def fuzz(index: int, t_ops: list[str], b_ops: list[str], fmt: str, how: str,
                 seed: int) -> None:
            rnd = random.Random(seed)
            article = corpus[index]
            text = mutate_text(article["text"], rnd, t_ops)
            data = encode(as_file(article, text, fmt, rnd), rnd,
                          "utf8" if fmt == "jsonl" and how.startswith("utf16") else how)
            data = mutate_bytes(data, rnd, b_ops)
            tally.inputs += 1
            tally.formats[fmt] += 1
            tally.encodings[how] += 1
            label = f"article {index} {fmt} {how} text{t_ops} bytes{b_ops} seed {seed}"
            if log:
                log.write(f"{tally.inputs} {len(data)} {label}\n")
                log.flush()
            check_one(data, "." + fmt, workdir, tally, label, args.slow + 2)
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
            tally.peak_mib = max(tally.peak_mib, peak)
            if log:
                log.write(f"    done, peak RSS {peak} MiB\n")
                log.flush()
            if tally.inputs % 100 == 0:
                print(f"  {tally.inputs} inputs, {len(tally.crashes)} crashes, "
                      f"{time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)

        fuzz()
    seconds = time.perf_counter() - started

    print(f"corpus: {args.corpus} ({len(corpus)} articles, read at run time, not stored); "
          f"seed {args.seed}")
    print(f"inputs tried: {tally.inputs:,} in {seconds:.0f} s "
          f"({', '.join(f'{k} {v}' for k, v in sorted(tally.formats.items()))}; "
          f"{', '.join(f'{k} {v}' for k, v in sorted(tally.encodings.items()))})")
    print(f"articles read and extracted: {tally.articles:,}")
    print(f"bad inputs reported through on_error: {tally.reported:,}")
    for kind, count in tally.messages.most_common(12):
        print(f"    {count:6,}  {kind}")
    print(f"articles whose extraction hit the {args.slow:g} s limit (reported and skipped, "
          f"as kg build does): {len(tally.stopped)}")
    for label in tally.stopped[:5]:
        print(f"    {label}")
    print(f"slowest input: {tally.max_seconds:.2f} s (reading, extraction and the check); "
          f"over {args.slow + 2:g} s: {len(tally.slow)}")
    for seconds_, label in sorted(tally.slow, reverse=True)[:5]:
        print(f"    {seconds_:.1f} s  {label}")
    print(f"peak memory of the process: {tally.peak_mib:,} MiB")
    print(f"crashes: {len(tally.crashes)}")
    for crash in tally.crashes[:5]:
        print("---\n" + crash)
    return 1 if tally.crashes else 0


if __name__ == "__main__":
    sys.exit(main())
