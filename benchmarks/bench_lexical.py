"""Lexical retrieval time at scale: the concept-level BM25, the best-sentence focus and the evidence
test, without the embedding (``dense_weight`` 0), on NorQuAD chunks copied up to a target size.

    .venv/bin/python benchmarks/bench_lexical.py [--sizes 2000 10000 50000] [--queries 200]

Every NorQuAD validation context is chunked with the product's ``Chunker``; the chunks are copied
until the index holds the target number, and a BM25 snapshot is built in memory the way
``Index._commit`` builds it (stemmed words with compound parts; character 4-grams). The first
``--queries`` NorQuAD questions are then searched with ``Retriever.search(k=5)`` after one untimed
warm-up; the figures are wall-clock milliseconds per search. Nothing is written to disk and no model
is loaded, so the script measures only what this change added to a query's time.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from assistant.analysis import Analyzer  # noqa: E402
from assistant.chunking import Chunker  # noqa: E402
from assistant.documents import Document, Section  # noqa: E402
from assistant.index import DocumentInfo, Snapshot  # noqa: E402
from assistant.retrieval import Retriever  # noqa: E402

DATA = Path("/work/shared/data/norquad/validation.json")


class _NoDense:
    """The index seen by the Retriever: only the snapshot (dense weight 0 never asks for vectors)."""

    def __init__(self, snapshot: Snapshot):
        self._snapshot = snapshot

    def snapshot(self) -> Snapshot:
        return self._snapshot


def build(contexts: list[str], size: int, analyzer: Analyzer) -> Snapshot:
    import bm25s

    chunker = Chunker()
    base = []
    for number, text in enumerate(contexts):
        document = Document(f"norquad-{number:04d}.txt", "", "other", "", [Section(None, None, text)])
        base.extend(chunker.split(document))
    chunks = [replace(c, id=f"{c.id}-{copy}") for copy in range(size // len(base) + 1) for c in base][:size]
    snap = Snapshot(0, None, analyzer)
    snap.chunks = chunks
    snap.documents = {c.doc_id: DocumentInfo(c.doc_id, c.doc_id, "", "other", "", 0, "", {}) for c in chunks}
    corpus = [analyzer.tokens(c.search_text) for c in chunks]
    vocabulary = {t for tokens in corpus for t in tokens}
    snap._bm25 = bm25s.BM25()
    snap._bm25.index([analyzer.expand(tokens, vocabulary) or ["_"] for tokens in corpus], show_progress=False)
    snap._grams = bm25s.BM25()
    snap._grams.index([analyzer.grams(c.search_text) or ["_"] for c in chunks], show_progress=False)
    return snap


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000, 50000])
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args(argv)
    data = json.loads(DATA.read_text(encoding="utf-8"))
    contexts, questions = [], []
    for article in data["data"]:
        for paragraph in article["paragraphs"]:
            if paragraph["context"] not in contexts:
                contexts.append(paragraph["context"])
            questions.extend(qa["question"] for qa in paragraph["qas"])
    analyzer = Analyzer()
    for size in args.sizes:
        snap = build(contexts, size, analyzer)
        retriever = Retriever(_NoDense(snap), top_k=5, dense_weight=0.0)  # type: ignore[arg-type]
        retriever.search(questions[0])
        times = []
        for question in questions[: args.queries]:
            start = time.perf_counter()
            retriever.search(question)
            times.append(1000 * (time.perf_counter() - start))
        times.sort()
        sys.stdout.write(
            f"{len(snap.chunks):>6} chunks: p50 {statistics.median(times):.1f} ms, "
            f"p95 {times[int(0.95 * len(times)) - 1]:.1f} ms, max {times[-1]:.1f} ms\n"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
