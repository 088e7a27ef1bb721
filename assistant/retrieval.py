"""Hybrid ranking, led by BM25: Norwegian-stemmed BM25 carries retrieval, the embedding helps.

Measured (benchmarks/README.md): the English MiniLM alone is weak on Norwegian (NorQuAD hit@5
0.44) and plain rank fusion is worse than BM25 alone, so scores are fused by weight: two
max-normalised BM25 scores — stemmed words with compounds split, and character 4-grams, which
catch inflections and compound parts that stemming misses — plus the embedding's cosine at a
small weight. On NorQuAD the embedding does not help (hit@1 0.828 without, 0.816 with it); on the
municipal question set it adds a little at 5 (0.858 → 0.896 hit@5), so it stays at 0.3. Small chunks are retrieved and then widened with
their neighbours into passages a reader can use (at most ``passage_chars``).

Whether the index answers the question at all is decided from the scores: the idf-weighted share
of the question's content words that the best passages contain (words the corpus has never seen
count in full against it).
"""

from __future__ import annotations

import logging
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator

from assistant.index import DocumentInfo, Index, Snapshot

log = logging.getLogger(__name__)

CANDIDATES = 60


@dataclass(frozen=True)
class Passage:
    document: DocumentInfo
    section: str | None
    page: int | None
    text: str
    score: float
    chunk_ids: tuple[str, ...]
    coverage: float = 0.0


@dataclass
class SearchResult:
    query: str
    passages: list[Passage]
    evidence: float
    insufficient: bool
    tokens: list[str] = field(default_factory=list)


class Retriever:
    def __init__(
        self,
        index: Index,
        top_k: int = 5,
        dense_weight: float = 0.3,
        passage_chars: int = 1200,
        min_evidence: float = 0.45,
        gram_weight: float = 0.7,
    ):
        if not 0.0 <= dense_weight <= 1.0:
            raise ValueError(f"dense_weight må være mellom 0 og 1, fikk {dense_weight}")
        self.index = index
        self.top_k = top_k
        self.dense_weight = dense_weight
        self.passage_chars = passage_chars
        self.min_evidence = min_evidence
        self.gram_weight = gram_weight
        self._pinned = threading.local()

    @contextmanager
    def pinned(self) -> Iterator[Snapshot]:
        """Answer from one generation: every search inside the block sees the same snapshot, even
        if an ingest commits a new one meanwhile (an answer built from several searches never mixes)."""
        outer = getattr(self._pinned, "snapshot", None)
        self._pinned.snapshot = outer or self.index.snapshot()
        try:
            yield self._pinned.snapshot
        finally:
            self._pinned.snapshot = outer

    def snapshot(self) -> Snapshot:
        return getattr(self._pinned, "snapshot", None) or self.index.snapshot()

    def search(
        self,
        query: str,
        k: int | None = None,
        kind_boost: dict[str, float] | None = None,
        kinds: set[str] | None = None,
    ) -> SearchResult:
        """The best passages for ``query``; ``kind_boost`` lifts document kinds a role leans on."""
        k = k or self.top_k
        snap = self.snapshot()
        tokens = snap.query_tokens(query)
        if not tokens or not len(snap):
            return SearchResult(query, [], 0.0, True, tokens)
        scores = self._score(snap, query, tokens)
        if kinds is not None:
            scores = {p: s for p, s in scores.items() if snap.documents[snap.chunks[p].doc_id].kind in kinds}
        if kind_boost:
            for position in scores:
                kind = snap.documents[snap.chunks[position].doc_id].kind
                scores[position] *= 1.0 + kind_boost.get(kind, 0.0)
        ranked = sorted(scores.items(), key=lambda item: -item[1])
        passages = self._passages(snap, ranked, k, tokens, query)
        evidence = max((p.coverage for p in passages[:3]), default=0.0)
        return SearchResult(query, passages, evidence, evidence < self.min_evidence, tokens)

    def _score(self, snap: Snapshot, query: str, tokens: list[str]) -> dict[int, float]:
        scores: dict[int, float] = {}
        lexical_weight = 1.0 - self.dense_weight
        for hits, weight in (
            (snap.bm25(tokens, CANDIDATES), 1.0 - self.gram_weight),
            (snap.bm25_grams(query, CANDIDATES), self.gram_weight),
        ):
            top = max((s for _, s in hits), default=0.0) or 1.0
            for position, s in hits:
                scores[position] = scores.get(position, 0.0) + lexical_weight * weight * s / top
        if self.dense_weight > 0:
            vector = self.index.embedder.encode_one(query)
            for position, similarity in self.index.dense(snap, vector, CANDIDATES):
                scores[position] = scores.get(position, 0.0) + self.dense_weight * max(0.0, similarity)
        return scores

    def _passages(
        self, snap: Snapshot, ranked: list[tuple[int, float]], k: int, tokens: list[str], query: str
    ) -> list[Passage]:
        used: set[int] = set()
        passages: list[Passage] = []
        for position, score in ranked:
            if position in used:
                continue
            span = self._widen(snap, position, used)
            used.update(span)
            chunks = [snap.chunks[i] for i in span]
            text = "\n\n".join(c.text for c in chunks)
            anchor = snap.chunks[position]
            passages.append(
                Passage(
                    document=snap.documents[anchor.doc_id],
                    section=anchor.section,
                    page=anchor.page,
                    text=text,
                    score=round(min(1.0, score), 4),
                    chunk_ids=tuple(c.id for c in chunks),
                    coverage=_coverage(snap, tokens, query, f"{anchor.section or ''} {text}"),
                )
            )
            if len(passages) == k:
                break
        return passages

    def _widen(self, snap: Snapshot, position: int, used: set[int]) -> list[int]:
        """The chunk plus neighbours in the same document and section, up to ``passage_chars``."""
        anchor = snap.chunks[position]
        span = [position]
        length = len(anchor.text)
        before, after = position - 1, position + 1
        while True:
            grew = False
            for candidate, at_end in ((after, True), (before, False)):
                if not 0 <= candidate < len(snap.chunks) or candidate in used:
                    continue
                chunk = snap.chunks[candidate]
                if chunk.doc_id != anchor.doc_id or chunk.section != anchor.section:
                    continue
                if length + len(chunk.text) + 2 > self.passage_chars:
                    continue
                length += len(chunk.text) + 2
                if at_end:
                    span.append(candidate)
                    after += 1
                else:
                    span.insert(0, candidate)
                    before -= 1
                grew = True
            if not grew:
                return span


def _coverage(snap: Snapshot, tokens: list[str], query: str, text: str) -> float:
    """How much of the question the text holds: idf-weighted shares of its word tokens (30 %) and
    of its character 4-grams (70 %); what the corpus has never seen counts in full against it.

    On the project's question set this separates answerable from unanswerable questions better
    than either share alone or the raw BM25 score normalised per query (evaluation/questions.jsonl).
    """
    words = _share(set(tokens), set(snap.query_tokens(text)), snap.idf, snap.max_idf)
    grams = _share(set(snap.analyzer.grams(query)), set(snap.analyzer.grams(text)), snap.gram_idf, snap.max_idf)
    return round(0.3 * words + 0.7 * grams, 4)


def _share(wanted: set[str], present: set[str], idf, missing_weight: float) -> float:
    total = found = 0.0
    for item in wanted:
        weight = idf(item)
        weight = missing_weight if weight is None else weight
        total += weight
        if item in present:
            found += weight
    return found / total if total else 0.0
