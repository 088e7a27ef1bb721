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
# Everyday words in questions and the terms municipal documents use for the same thing (stems).
SYNONYMS = {
    "bor": ("innbygger", "befolkning"),
    "bo": ("innbygger", "befolkning"),
    "folketall": ("innbyggertall", "innbygger"),
    "peng": ("økonomi", "kron"),
    "eldreomsorg": ("omsorg", "eldr"),
    "utslipp": ("klimagassutslipp",),
    "jobb": ("arbeidsplass", "sysselsatt"),
    "gjeld": ("lånegjeld",),
    "hytt": ("fritidsbolig",),
}


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

    def expand(self, tokens: list[str], vocabulary) -> list[str]:
        """Add the parts of compounds the vocabulary knows («sykehjemsplass» → «sykehjem», «plass»).

        Norwegian writes compounds as one word, so «sykehjemsplasser» in a question and «plasser
        på sykehjem» in a document share no token until the compound is split.
        """
        out = list(tokens)
        for token in tokens:
            out.extend(split_compound(token, vocabulary))
            out.extend(SYNONYMS.get(token, ()))
        return out

    def grams(self, text: str, n: int = 4) -> list[str]:
        """Character n-grams of the content words («#syke», «ykeh», …): they match inflections and
        compound parts that stemming and splitting miss."""
        out: list[str] = []
        for word in self.words(text):
            if word in STOPWORDS:
                continue
            if len(word) < n:
                out.append(word)
                continue
            marked = f"#{word}#"
            out.extend(marked[i:i + n] for i in range(len(marked) - n + 1))
        return out

    def _stem(self, word: str) -> str:
        return word if word[:1].isdigit() else _stem_cached(self._stemmer, word)


@lru_cache(maxsize=200_000)
def _stem_cached(stemmer: Stemmer.Stemmer, word: str) -> str:
    return stemmer.stemWord(word)


def split_compound(token: str, vocabulary) -> tuple[str, ...]:
    """Two known parts of a compound token (the left may carry a linking -s- or -e-), or ()."""
    if len(token) < 8 or token[:1].isdigit():
        return ()
    best: tuple[str, ...] = ()
    best_balance = 0
    for i in range(4, len(token) - 2):
        left, right = token[:i], token[i:]
        if right not in vocabulary or len(right) < 3:
            continue
        for head in (left, left[:-1] if left[-1:] in "se" else None):
            if head and len(head) >= 4 and head in vocabulary:
                balance = min(len(head), len(right))
                if balance > best_balance:
                    best, best_balance = (head, right), balance
    return best
