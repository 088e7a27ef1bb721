"""Ingest throughput against the raw throughput of the embedding model (target ≥ 0.8×).

    .venv/bin/python benchmarks/bench_ingest.py [--chunks 2000] [--rounds 2]

Synthetic documents (see ``synthetic.py``) are ingested into a fresh index with
:meth:`assistant.index.Index.ingest` (read, chunk, embed, store in Chroma, BM25, commit); then the
very same chunk texts (``Chunk.search_text``) are encoded with ``Embedder.encode`` in batches of 256,
which is all the model itself has to do. Both run in one process with the model loaded and warmed
up; the rounds alternate (raw, ingest, raw, ingest …) so that load from other processes on a shared
machine hits both alike. The ingest time is split into its phases to show where the rest goes.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic  # noqa: E402  (sets the offline environment first)

BATCH = 256


class Phases:
    """Wall time spent inside a few methods during one ingest."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def wrap(self, owner, name: str, label: str) -> None:
        original = getattr(owner, name)

        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.seconds[label] = self.seconds.get(label, 0.0) + time.perf_counter() - started

        setattr(owner, name, timed)


def raw_encode(embedder, texts: list[str]) -> float:
    started = time.perf_counter()
    for offset in range(0, len(texts), BATCH):
        embedder.encode(texts[offset:offset + BATCH])
    return time.perf_counter() - started


def ingest_once(embedder, paths: list[Path], work: Path) -> tuple[float, int, list[str], dict[str, float]]:
    from assistant.index import Index

    shutil.rmtree(work, ignore_errors=True)
    index = Index(work, embedder)
    phases = Phases()
    phases.wrap(embedder, "encode", "embed")
    phases.wrap(index, "_commit", "commit (BM25, files)")
    phases.wrap(index, "_embed_and_store", "embed + Chroma")
    try:
        started = time.perf_counter()
        index.ingest(paths)
        seconds = time.perf_counter() - started
    finally:
        del embedder.encode  # the instance attribute set by wrap(); the class method is back
    snap = index.snapshot()
    breakdown = dict(phases.seconds)
    breakdown["Chroma upsert"] = breakdown.pop("embed + Chroma", 0.0) - breakdown.get("embed", 0.0)
    breakdown["read + chunk + rest"] = seconds - sum(breakdown.values())
    return seconds, len(snap), [c.search_text for c in snap.chunks], breakdown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=2000, help="about this many chunks (default 2000)")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    synthetic.quiet_logs()
    from assistant.embeddings import Embedder

    embedder = Embedder()
    pool = synthetic.harvest()
    count = synthetic.documents_for(args.chunks, synthetic.chunks_per_document(pool))
    with tempfile.TemporaryDirectory(prefix="samspill-bench-ingest-") as tmp:
        paths = synthetic.write_documents(Path(tmp) / "docs", count, pool)
        embedder.encode(["oppvarming"] * 64)  # warm-up: first calls allocate
        raw_runs, ingest_runs, breakdowns = [], [], []
        texts: list[str] = []
        for round_number in range(args.rounds):
            if texts:
                raw_runs.append(raw_encode(embedder, texts))
            seconds, chunks, texts, breakdown = ingest_once(embedder, paths, Path(tmp) / f"index-{round_number}")
            ingest_runs.append(seconds)
            breakdowns.append(breakdown)
        raw_runs.append(raw_encode(embedder, texts))
    raw = statistics.median(raw_runs)
    ingest = statistics.median(ingest_runs)
    chunks = len(texts)
    print(f"\n{synthetic.machine()}; load average at end {synthetic.load_average()}; revision {synthetic.git_revision()}")
    print(f"{count} documents, {chunks} chunks, rounds {args.rounds}\n")
    print("| what | seconds (median) | chunks/s |")
    print("|---|---:|---:|")
    print(f"| raw `Embedder.encode`, batches of {BATCH} | {raw:.1f} | {chunks / raw:.1f} |")
    print(f"| `Index.ingest` (read, chunk, embed, Chroma, BM25, commit) | {ingest:.1f} | {chunks / ingest:.1f} |")
    print(f"\ningest / raw throughput: **{raw / ingest:.2f}×** (target ≥ 0.8×)")
    print("runs (s): raw " + ", ".join(f"{r:.1f}" for r in raw_runs) + "; ingest " + ", ".join(f"{r:.1f}" for r in ingest_runs))
    last = breakdowns[-1]
    print("\nphases of the last ingest: " + ", ".join(f"{name} {value:.1f} s" for name, value in last.items()))


if __name__ == "__main__":
    main()
