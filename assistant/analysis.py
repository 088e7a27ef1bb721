"""Norwegian text analysis for lexical search: lower-casing, stopwords and Snowball stemming.

One analyser serves BM25 indexing, queries, sentence selection and the evidence test, so a word is
the same token everywhere.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path

import Stemmer
import wordfreq
from bm25s.stopwords import STOPWORDS_NORWEGIAN

TOKEN = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
# Question words and fillers that carry no topic in a question to the assistant.
EXTRA_STOPWORDS = {
    "kommunen", "kommune", "hvilken", "hvilket", "hvilke", "hva", "hvor", "hvordan", "hvorfor", "når",
    "si", "sier", "fortell", "forklar", "gi", "meg", "oss", "vår", "våre", "vårt", "egentlig",
    "dokumentet", "dokumentene", "står", "stå", "noe", "noen", "finnes", "får", "få", "går", "gjør",
    "the", "of", "and",
    # fillers of everyday questions: amount, time and light verbs («hvor mye», «i fjor», «hvordan gikk det»)
    "mye", "mer", "mest", "flere", "flest", "gikk", "gå", "gått", "fjor", "dag", "ennå", "fortsatt",
    "omtrent", "cirka", "ca", "egen", "eget", "egne", "nok", "ganske", "veldig", "helt", "kanskje",
    "akkurat", "liksom", "vel", "jo", "fram", "frem", "ifølge",
    # modal verbs: they make a question political or procedural, not about another topic
    "bør", "burde", "må", "måtte", "kunne", "skulle",
}
STOPWORDS = frozenset(STOPWORDS_NORWEGIAN) | EXTRA_STOPWORDS
# Everyday verbs, adverbs and adjectives: they are searched for, but a planning document that lacks
# them may still answer the question («Hvorfor kan ikke administrasjonen skrive planen på egen hånd?»),
# so the evidence test weighs them lightly (COMMON_WEIGHT in retrieval.py).
COMMON_WORDS = frozenset("""
    se ser så sett ta tar tok tatt gi gir ga gitt komme kommer kom kommet sette setter satte satt
    stå står sto stått holde holder holdt legge legger la lagt bruke bruker brukte brukt finne finner
    fant funnet vite vet visste tro tror trodde mene mener mente ment snakke snakker sa sagt si
    regne regner regnet velge velger valgte valgt trenge trenger trengte bety betyr betydde nå nådde
    nådd skrive skriver skrev skrevet lese leser leste vise viser viste vist høre hører hørte prøve
    prøver prøvde klare klarer klarte slå slår slo slått dra drar dro dratt reise reiser reiste
    forvente forventer forventet bidra bidrar bidro tenke tenker tenkte tenkt ligge ligger lå ønske
    ønsker ønsket like liker likte virke virker virket hjelpe hjelper hjalp forstå forstår forsto
    hånd hender tett tette bare ganske litt lite stor store stort liten lite små god godt gode
    dårlig dårlige viktig viktige riktig riktige ny nye nytt gammel gamle gammelt lang lange langt
    kort korte rask raskt fort ofte sjelden alltid aldri tidligere senere lenge snart igjen allerede
    ulikt ulik ulike lik like samme annen annet andre egen eget egne hel hele helt slik sånn problem
    problemet måte måten ting tingene del delen side siden sak saker saken
    gjeldende vedtatte nåværende neste forrige dagen
""".split())
# Changed whenever split_compound splits differently: the index's compound parts change with it.
COMPOUND_RULES = 2
THESAURUS = Path(__file__).with_name("thesaurus.json")
# Words the Snowball stemmer folds into an unrelated noun: «gjeldende» (current) and «gjelder»
# (applies) became «gjeld» (debt), «lovet» (promised) became «lov» (law), and «ventes» (is expected)
# became «vent» (wait).
STEM_EXCEPTIONS = {
    "gjelde": "gjelde", "gjelder": "gjelde", "gjeldende": "gjelde", "gjaldt": "gjelde",
    "love": "love", "lovet": "love", "lovte": "love", "lovt": "love", "lovnad": "lovnad", "lovnader": "lovnad",
    "ventes": "forvent",  # «ventes å øke» is expected to rise, not waiting («vente»)
}


class Analyzer:
    # what an index records: a change to the stopwords or the stemming changes the indexed tokens
    version = hashlib.sha256(
        json.dumps([sorted(STOPWORDS), sorted(STEM_EXCEPTIONS.items()), COMPOUND_RULES], ensure_ascii=False).encode()
    ).hexdigest()[:12]

    def __init__(self, thesaurus: Path | None = THESAURUS) -> None:
        self._stemmer = _STEMMER
        self._alternatives = self._load_thesaurus(thesaurus) if thesaurus else {}

    def _load_thesaurus(self, path: Path) -> dict[str, tuple[tuple[str, str], ...]]:
        """Stem → (stem, word) of the words that mean the same in a municipal document.

        ``groups`` are words of one meaning (each finds the others); ``broader`` maps an everyday
        word of a question to the terms documents use («bo» → «innbygger», «befolkning»).
        """
        if not path.exists():
            return {}
        data = json.loads(path.read_text(encoding="utf-8"))
        table: dict[str, dict[str, str]] = {}

        def forms(words) -> dict[str, str]:
            return {stem: word for w in words for word, stem in self.content_words(w)}

        for group in data.get("groups", []):
            members = forms(group)
            for member in members:
                table.setdefault(member, {}).update({k: v for k, v in members.items() if k != member})
        for word, terms in data.get("broader", {}).items():
            for key in forms([word]):
                table.setdefault(key, {}).update({k: v for k, v in forms(terms).items() if k != key})
        return {key: tuple(sorted(values.items())) for key, values in table.items() if values}

    def alternatives(self, token: str) -> tuple[tuple[str, str], ...]:
        """(stem, word) of the words a document may use for the question's stem ``token``."""
        return self._alternatives.get(token, ())

    def words(self, text: str) -> list[str]:
        return [w.lower() for w in TOKEN.findall(text)]

    def tokens(self, text: str) -> list[str]:
        """Stemmed content tokens; hyphenated words also give their parts («2030-agendaen»)."""
        return [stem for _, stem in self.content_words(text)]

    def content_words(self, text: str) -> list[tuple[str, str]]:
        """(word, stem) of every content word; hyphenated words also give their parts."""
        out: list[tuple[str, str]] = []
        for word in self.words(text):
            parts = [word, *word.split("-")] if "-" in word else [word]
            for part in parts:
                if part in STOPWORDS or (len(part) < 2 and not part.isdigit()):
                    continue
                out.append((part, self._stem(part)))
        return out

    def expand(self, tokens: list[str], vocabulary, alternatives: bool = False) -> list[str]:
        """Add the parts of compounds the vocabulary knows («sykehjemsplass» → «sykehjem», «plass»),
        and for a question (``alternatives``) the thesaurus' words for the same thing.

        Norwegian writes compounds as one word, so «sykehjemsplasser» in a question and «plasser
        på sykehjem» in a document share no token until the compound is split.
        """
        out = list(tokens)
        for token in tokens:
            out.extend(split_compound(token, vocabulary))
            if alternatives:
                out.extend(stem for stem, _ in self.alternatives(token) if stem in vocabulary)
        return out

    def grams(self, text: str, n: int = 4) -> list[str]:
        """Character n-grams of the content words («#syke», «ykeh», …): they match inflections and
        compound parts that stemming and splitting miss."""
        return [gram for word in self.words(text) if word not in STOPWORDS for gram in word_grams(word, n)]

    def _stem(self, word: str) -> str:
        if word[:1].isdigit():
            return word
        return STEM_EXCEPTIONS.get(word) or _stem_cached(self._stemmer, word)


_STEMMER = Stemmer.Stemmer("norwegian")


@lru_cache(maxsize=200_000)
def _stem_cached(stemmer: Stemmer.Stemmer, word: str) -> str:
    return stemmer.stemWord(word)


# How often a word is used in Norwegian at large (wordfreq's Zipf scale: 6 is «gjøre», 3 is
# «bredder», 0 a word it has never seen) says how likely the word is to name the question's topic:
# a word at or below RARE_ZIPF counts in full, each Zipf step above it ZIPF_STEP less, down to
# EVERYDAY_SHARE (reached at Zipf 5.9). Used for question words the documents never use
# (retrieval.question_terms). Chosen on the dev questions (evaluation/questions.jsonl, held-out sets
# 1–2 and evaluation/devsets/): 0.3–0.4 of a step and floors 0.2–0.3 did as well.
RARE_ZIPF = 3.5
ZIPF_STEP = 1 / 3
EVERYDAY_SHARE = 0.2


@lru_cache(maxsize=50_000)
def topic_share(word: str) -> float:
    """0.2–1: «spesialundervisning» (Zipf 2.6) or a compound wordfreq has never seen is 1, «skjer»
    (5.7) is 0.27, «gjøre» (6.2) 0.2: an everyday word that no document uses is a paraphrase more
    often than a missing topic."""
    zipf = wordfreq.zipf_frequency(word.lower(), "nb")
    return min(1.0, max(EVERYDAY_SHARE, 1.0 - ZIPF_STEP * (zipf - RARE_ZIPF)))


def split_compound(token: str, vocabulary) -> tuple[str, ...]:
    """Two known parts of a compound token, or (). The left part may carry a linking -s- or -e-, or
    be a whole word whose stem is shorter («klimamål»: «klima» is indexed as «klim»)."""
    if len(token) < 8 or token[:1].isdigit():
        return ()
    best: tuple[str, ...] = ()
    best_balance = 0
    for i in range(4, len(token) - 2):
        left, right = token[:i], token[i:]
        if right not in vocabulary or len(right) < 3:
            continue
        for head in (left, left[:-1] if left[-1:] in "se" else None, _stem_cached(_STEMMER, left)):
            if head and len(head) >= 3 and head in vocabulary:
                balance = min(len(head), len(right))
                if balance > best_balance:
                    best, best_balance = (head, right), balance
    return best


def word_grams(word: str, n: int = 4) -> list[str]:
    """The character n-grams of one word, its ends marked with «#»; a short word is its own gram."""
    if len(word) < n:
        return [word]
    marked = f"#{word}#"
    return [marked[i:i + n] for i in range(len(marked) - n + 1)]
