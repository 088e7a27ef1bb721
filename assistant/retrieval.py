"""Hybrid ranking, led by BM25: Norwegian-stemmed BM25 carries retrieval, the embedding helps.

Measured on NorQuAD (benchmarks/retrieval_norquad.py): the English MiniLM alone is weak on
Norwegian and plain rank fusion is worse than BM25 alone, so the embedding enters as a weighted
cosine on top of the max-normalised BM25 score. Small chunks are retrieved and then widened with
their neighbours into passages a reader can use (at most ``passage_chars``).

Whether the index answers the question at all is decided from the scores: the idf-weighted share
of the question's content words that the best passages contain (words the corpus has never seen
count in full against it).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

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
        min_evidence: float = 0.35,
    ):
        if not 0.0 <= dense_weight <= 1.0:
            raise ValueError(f"dense_weight må være mellom 0 og 1, fikk {dense_weight}")
        self.index = index
        self.top_k = top_k
        self.dense_weight = dense_weight
        self.passage_chars = passage_chars
        self.min_evidence = min_evidence

    def search(
        self,
        query: str,
        k: int | None = None,
        kind_boost: dict[str, float] | None = None,
        kinds: set[str] | None = None,
    ) -> SearchResult:
        """The best passages for ``query``; ``kind_boost`` lifts document kinds a role leans on."""
        k = k or self.top_k
        snap = self.index.snapshot()
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
        passages = self._passages(snap, ranked, k, tokens)
        evidence = max((p.coverage for p in passages[:3]), default=0.0)
        return SearchResult(query, passages, evidence, evidence < self.min_evidence, tokens)

    def _score(self, snap: Snapshot, query: str, tokens: list[str]) -> dict[int, float]:
        lexical = snap.bm25(tokens, CANDIDATES)
        top = max((s for _, s in lexical), default=0.0) or 1.0
        scores = {position: (1.0 - self.dense_weight) * s / top for position, s in lexical}
        if self.dense_weight > 0:
            vector = self.index.embedder.encode_one(query)
            for position, similarity in self.index.dense(snap, vector, CANDIDATES):
                scores[position] = scores.get(position, 0.0) + self.dense_weight * max(0.0, similarity)
        return scores

    def _passages(self, snap: Snapshot, ranked: list[tuple[int, float]], k: int, tokens: list[str]) -> list[Passage]:
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
                    coverage=_coverage(snap, tokens, anchor.search_text),
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


def _coverage(snap: Snapshot, tokens: list[str], text: str) -> float:
    """The idf-weighted share of the query's distinct tokens found in ``text``."""
    present = set(snap.query_tokens(text))
    total = found = 0.0
    for token in set(tokens):
        idf = snap.idf(token)
        weight = snap.max_idf if idf is None else idf
        total += weight
        if token in present:
            found += weight
    return round(found / total, 4) if total else 0.0
