"""Norwegian text analysis for lexical search: lower-casing, stopwords and Snowball stemming.

One analyser serves BM25 indexing, queries, sentence selection and the evidence test, so a word is
the same token everywhere.
"""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer
from bm25s.stopwords import STOPWORDS_NORWEGIAN

TOKEN = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
# Question words and fillers that carry no topic in a question to the assistant.
EXTRA_STOPWORDS = {
    "kommunen", "kommune", "hvilken", "hvilket", "hvilke", "hva", "hvor", "hvordan", "hvorfor", "når",
    "si", "sier", "fortell", "forklar", "gi", "meg", "oss", "vår", "våre", "vårt", "egentlig",
    "dokumentet", "dokumentene", "står", "stå", "noe", "noen", "finnes", "får", "få", "går", "gjør",
    "the", "of", "and",
}
STOPWORDS = frozenset(STOPWORDS_NORWEGIAN) | EXTRA_STOPWORDS


class Analyzer:
    def __init__(self) -> None:
        self._stemmer = Stemmer.Stemmer("norwegian")

    def words(self, text: str) -> list[str]:
        return [w.lower() for w in TOKEN.findall(text)]

    def tokens(self, text: str) -> list[str]:
        """Stemmed content tokens; hyphenated words also give their parts («2030-agendaen»)."""
        out: list[str] = []
        for word in self.words(text):
            parts = [word, *word.split("-")] if "-" in word else [word]
            for part in parts:
                if part in STOPWORDS or (len(part) < 2 and not part.isdigit()):
                    continue
                out.append(self._stem(part))
        return out

    def _stem(self, word: str) -> str:
        return word if word[:1].isdigit() else _stem_cached(self._stemmer, word)


@lru_cache(maxsize=200_000)
def _stem_cached(stemmer: Stemmer.Stemmer, word: str) -> str:
    return stemmer.stemWord(word)
