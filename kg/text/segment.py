"""Sentences and words. The only module that imports underthesea.

underthesea is imported inside the functions so that ``import kg`` stays fast and the
CLI can print ``--help`` without loading models.

``underthesea.sent_tokenize`` (a Punkt-style splitter) already keeps ``TP. Hồ Chí Minh``,
``ThS.``, ``GS.`` and ``TS.`` inside a sentence, but it splits after chained titles
(``PGS.TS.``, ``GS.TSKH.``, ``TS.BS.``), before a closing quote
(``"... làm tốt." Ông B`` -> ``... làm tốt.`` / ``" Ông B``), at ``./.`` and before a
lower-case word. :func:`sentence_spans` repairs those splits afterwards.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

__all__ = ["compound_words", "sentences", "sentence_spans", "words"]

# Titles and place abbreviations written with a dot that do not end a sentence when
# chained (PGS.TS.) or when underthesea does not know them (NCS., TSKH., TX.).
_TITLE_PARTS = frozenset(
    "pgs gs ts ths th s bs ks ncs tskh bsck bscki bsckii cki ckii ds lg ts.bs tx tt tp q p"
    .split()
)
# single titles that underthesea's abbreviation list lacks
_UNKNOWN_TO_UNDERTHESEA = frozenset("ncs tskh bscki bsckii tx tt lg".split())
_LAST_WORD = re.compile(r"([\w.]+)\.$")
_CLOSERS = re.compile(r"""^(?:["'”’)\].,;:!?…]|/\.)+(?=\s|$)""")
_HAS_WORD = re.compile(r"\w")


@lru_cache(maxsize=1)
def _sent_tokenize() -> Any:
    from underthesea import sent_tokenize  # type: ignore[import-untyped]  # (no stubs)

    return sent_tokenize


@lru_cache(maxsize=1)
def _word_tokenize() -> Any:
    from underthesea import word_tokenize

    return word_tokenize


def _ends_with_title(sentence: str) -> bool:
    """``... PGS.TS.`` or ``... NCS.``: the dot belongs to a title, not to the sentence."""
    m = _LAST_WORD.search(sentence)
    if not m:
        return False
    parts = m.group(1).lower().split(".")
    if not all(p in _TITLE_PARTS for p in parts):
        return False
    return len(parts) > 1 or parts[0] in _UNKNOWN_TO_UNDERTHESEA


def _paragraph_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of underthesea's sentences in ``text[start:end]`` (one paragraph)."""
    para = text[start:end]
    spans: list[tuple[int, int]] = []
    pos = 0
    for sent in _sent_tokenize()(para):
        i = para.find(sent, pos)
        if i < 0:          # not expected: sent_tokenize returns stripped slices
            continue
        spans.append((start + i, start + i + len(sent)))
        pos = i + len(sent)
    return spans


def _repair(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out:
            ps, pe = out[-1]
            prev, cur = text[ps:pe], text[s:e]
            closer = _CLOSERS.match(cur)
            if closer:
                # '" Ông B' -> move the quote back to the previous sentence
                pe = s + closer.end()
                rest = s + closer.end()
                while rest < e and text[rest].isspace():
                    rest += 1
                out[-1] = (ps, pe)
                if rest >= e:
                    continue
                s = rest
                cur = text[s:e]
            if not _HAS_WORD.search(cur) or cur[0].islower() or _ends_with_title(prev):
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character offsets ``(start, end)`` of each sentence of ``text``.

    Paragraphs (lines) are split first; a sentence never crosses a line break.
    ``text[start:end]`` is the sentence, stripped of surrounding spaces.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if line.strip():
            spans.extend(_repair(text, _paragraph_spans(text, start, end)))
    return spans


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` (see :func:`sentence_spans`)."""
    return [text[s:e] for s, e in sentence_spans(text)]


def words(text: str) -> list[str]:
    """Words of ``text`` as underthesea segments them (``"Bí thư"`` is one word)."""
    result: list[str] = _word_tokenize()(text)
    return result


@lru_cache(maxsize=1)
def compound_words() -> frozenset[str]:
    """The two-syllable words of underthesea's dictionary of common words (Hồ Ngọc Đức's,
    22K), in lower case and the project's canonical form: 'báo chí', 'liên quan'."""
    from underthesea.corpus import viet_dict_22K  # type: ignore[import-untyped]

    from kg.text.normalize import normalize_text

    return frozenset(normalize_text(w).lower() for w in viet_dict_22K.words
                     if w.count(" ") == 1)
