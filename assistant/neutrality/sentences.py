"""Norwegian sentence splitting with exact character offsets.

The splitter works in three passes, each a small function:

1. *Blocks*: a blank line always ends a sentence.
2. *Segments*: inside a block, a line that starts with a list marker (``•``, ``-``, ``*``,
   ``1)``, ``a)``, ``3.`` before a capital) starts a new segment, so every bullet item is a
   sentence of its own even without a final stop. A single line break (as in text extracted
   from PDF) does not end a sentence.
3. *Sentences*: inside a segment, a stop (``.``, ``!``, ``?``, ``…``, with any closing quotes
   or brackets) ends a sentence when whitespace and a plausible sentence start follow, unless
   the stop belongs to an abbreviation (``f.eks.``, ``pbl.``, ``kl.`` …), an initial (``K.``),
   an ordinal at the start of a segment (``3. Samspill``), or sits inside «quotes».

Every span is trimmed of surrounding whitespace and ``text == source[start:end]`` holds exactly.
Every non-whitespace character of the input lies in exactly one span.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class SentenceSpan(NamedTuple):
    """One sentence: its text and its ``[start, end)`` offsets into the input."""

    text: str
    start: int
    end: int


# Abbreviations whose full stop never ends a sentence (compared lower-cased, without the last dot).
_NEVER_FINAL = frozenset(
    """
    f.eks bl.a jf jfr pbl ca kl nr dvs evt iht ift mht pga inkl ekskl vs s ss st kap tlf
    dr prof adv mr fig tab pkt avd ref red oppl sml ev bla eks jmf mnd dept fhv
    ang vedr hhv d.v.s m.a.o m.h.t p.g.a i.e e.g f.o.m t.o.m pr gnr bnr snr adr utg vol
    """.split()
)
# Abbreviations that may end a sentence: they do when a capital letter follows.
_MAYBE_FINAL = frozenset("m.m mv osv etc o.l m.fl mfl o.a el.l kr mill mrd f.kr e.kr".split())

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LIST_MARKER = re.compile(
    r"^[ \t]*(?:[•▪●◦‣·*\-]|\#{1,6}|\d{1,2}\)|[a-zæøå]\)|\d{1,2}\.(?=[ \t]+[A-ZÆØÅ«\"]))[ \t]+",
    re.MULTILINE,
)
_CAPITALISED_LINE = re.compile(r"(?<![,;:\-–])[ \t]*\n(?=[ \t]*[A-ZÆØÅ«])")
_STOP = re.compile(r"(?:\.{3}|[.!?…])+[»”\"')\]]*(?=\s|$)")
_SENTENCE_START = re.compile(r"\s+[A-ZÆØÅÉ0-9«\"“(§•\-*]")
_ORDINAL_AT_START = re.compile(r"\s*\d{1,3}\.$")
_QUOTE_PAIRS = {"«": "»", "“": "”"}


def split_sentences(text: str) -> list[SentenceSpan]:
    """Split ``text`` into sentences with offsets; see the module docstring for the rules."""
    spans: list[SentenceSpan] = []
    for seg_start, seg_end in _segments(text):
        for start, end in _sentences_in(text, seg_start, seg_end):
            span = _trimmed(text, start, end)
            if span is not None:
                spans.append(span)
    return spans


def _blocks(text: str) -> list[tuple[int, int]]:
    """Stretches of text separated by blank lines."""
    bounds: list[tuple[int, int]] = []
    position = 0
    for match in _BLANK_LINE.finditer(text):
        bounds.append((position, match.start()))
        position = match.end()
    bounds.append((position, len(text)))
    return bounds


def _segments(text: str) -> list[tuple[int, int]]:
    """Blocks cut again before every line that starts with a list marker.

    A marked item (a bullet or a numbered heading) also ends at the first line break that is
    followed by a capital letter, so a heading without a stop does not swallow the next line.
    """
    segments: list[tuple[int, int]] = []
    for block_start, block_end in _blocks(text):
        cuts = [block_start]
        for match in _LIST_MARKER.finditer(text, block_start, block_end):
            if match.start() > block_start and text[match.start() - 1] == "\n":
                cuts.append(match.start())
        cuts.append(block_end)
        for start, end in zip(cuts, cuts[1:]):
            segments.extend(_split_item(text, start, end))
    return segments


def _split_item(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if not _LIST_MARKER.match(text, start, end):
        return [(start, end)]
    line_break = _CAPITALISED_LINE.search(text, start, end)
    if line_break is None:
        return [(start, end)]
    return [(start, line_break.start()), (line_break.start(), end)]


def _sentences_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut one segment at every stop that really ends a sentence."""
    quoted = _quoted_ranges(text, start, end)
    pieces: list[tuple[int, int]] = []
    position = start
    for match in _STOP.finditer(text, start, end):
        if _ends_sentence(text, position, match, end, quoted):
            pieces.append((position, match.end()))
            position = match.end()
    pieces.append((position, end))
    return pieces


def _ends_sentence(
    text: str, sentence_start: int, stop: re.Match[str], end: int, quoted: list[tuple[int, int]]
) -> bool:
    if any(q_start < stop.start() and stop.end() <= q_end for q_start, q_end in quoted):
        return False
    following = text[stop.end() : end]
    if not following.strip():
        return True
    if not _SENTENCE_START.match(following):
        return False
    if not stop.group().startswith("."):
        return True
    return not _dot_is_part_of_word(text, sentence_start, stop.start(), following)


def _dot_is_part_of_word(text: str, sentence_start: int, dot: int, following: str) -> bool:
    """True for abbreviations, initials, URLs and a leading ordinal such as ``3. Samspill``."""
    if _ORDINAL_AT_START.fullmatch(text[sentence_start : dot + 1]):
        return True
    word = _word_before(text, sentence_start, dot)
    lowered = word.lower()
    if lowered in _NEVER_FINAL:
        return True
    if lowered in _MAYBE_FINAL:
        return not following.lstrip()[:1].isupper()
    if len(word) == 1 and word.isalpha():
        return True
    return False


def _word_before(text: str, sentence_start: int, dot: int) -> str:
    """The token that ends at ``dot``, without opening brackets or quotes."""
    begin = dot
    while begin > sentence_start and not text[begin - 1].isspace():
        begin -= 1
    return text[begin:dot].lstrip("(«\"“[")


def _quoted_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Pairs of matching quotes inside a segment; an unmatched quote is ignored."""
    ranges: list[tuple[int, int]] = []
    position = start
    while position < end:
        char = text[position]
        closer = _QUOTE_PAIRS.get(char) or ('"' if char == '"' else None)
        if closer is None:
            position += 1
            continue
        close = text.find(closer, position + 1, end)
        if close == -1:
            position += 1
            continue
        ranges.append((position, close))
        position = close + 1
    return ranges


def _trimmed(text: str, start: int, end: int) -> SentenceSpan | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return None
    return SentenceSpan(text[start:end], start, end)
