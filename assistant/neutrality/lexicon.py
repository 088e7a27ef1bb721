"""Word lists matched with Norwegian inflection endings, by set lookup rather than by regex.

An entry is a stem (``bygg``) or a phrase (``legge ned``, written ``legge_ned`` in ``cues.json``);
the last word may carry an inflection ending (``bygge``, ``bygges``, ``bygging``). An entry that
starts with ``*`` may also be the last part of a compound (``*hall`` matches ``idrettshallen``).
All inflected forms are expanded once, so finding the entries in a sentence is a few dictionary
look-ups per word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

INFLECTIONS = (
    "", "e", "er", "es", "et", "en", "ene", "a", "t", "te", "s", "ing", "inga", "ingen",
    "inger", "ingene", "ning", "ningen", "ninger", "else", "elsen", "ere", "eres", "ert",
    "erte", "ering", "ane", "ar", "ende",
)  # fmt: skip
MAX_PHRASE_WORDS = 4
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*-?", re.UNICODE)


@dataclass(frozen=True)
class LexiconHit:
    """One entry found in a text: its kind, where, its length (longer wins ties) and the words."""

    kind: str
    start: int
    end: int
    entry_length: int
    words: str


class Lexicon:
    """Several named word lists (kinds) searched together."""

    def __init__(self, entries_by_kind: dict[str, list[str]]):
        self._forms: dict[str, tuple[str, int]] = {}
        self._compound_heads: dict[str, tuple[str, int]] = {}
        for kind, entries in entries_by_kind.items():
            for entry in entries:
                self._add(kind, entry)

    def find(self, text: str) -> list[LexiconHit]:
        """Non-overlapping hits, left to right; at one position the longest entry wins."""
        words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
        hits: list[LexiconHit] = []
        index = 0
        while index < len(words):
            hit, used = self._longest_at(words, index)
            if hit is None:
                index += 1
                continue
            hits.append(hit)
            index += used
        return hits

    def matches(self, words: str) -> bool:
        """True when ``words`` (lower-case, single spaces) is an inflected entry."""
        return words in self._forms or self._compound_head(words) is not None

    def _add(self, kind: str, entry: str) -> None:
        compound = entry.startswith("*")
        stem = entry.lstrip("*").replace("_", " ").lower()
        target = self._compound_heads if compound else self._forms
        for ending in INFLECTIONS:
            target.setdefault(stem + ending, (kind, len(stem)))

    def _longest_at(
        self, words: list[tuple[int, int, str]], index: int
    ) -> tuple[LexiconHit | None, int]:
        best: tuple[str, int] | None = None
        used = 0
        for count in range(min(MAX_PHRASE_WORDS, len(words) - index), 0, -1):
            phrase = " ".join(word for _, _, word in words[index : index + count])
            found = self._forms.get(phrase)
            if found and (best is None or found[1] > best[1]):
                best, used = found, count
        head = self._compound_head(words[index][2])
        if head and (best is None or head[1] > best[1]):
            best, used = head, 1
        if best is None:
            return None, 0
        start, end = words[index][0], words[index + used - 1][1]
        words_found = " ".join(word for _, _, word in words[index : index + used])
        return LexiconHit(best[0], start, end, best[1], words_found), used

    def _compound_head(self, word: str) -> tuple[str, int] | None:
        for cut in range(len(word)):
            found = self._compound_heads.get(word[cut:])
            if found:
                return found
        return None
