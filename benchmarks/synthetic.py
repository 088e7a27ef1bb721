"""Synthetic Norwegian municipal documents for the scale benchmarks, and indexes built from them.

The documents recombine real sentences from the bundled ``corpus/`` (the KS note and Fjordvik's
samfunnsdel and kunnskapsgrunnlag): every document gets an invented municipality, a plan type and
year, headings taken from the corpus and paragraphs of corpus sentences in which municipality
names, numbers and years are varied. The text is realistic bokmål (BM25 sees real vocabulary and
real term statistics), but no two chunks are identical, so the indexes really hold N chunks.

Generation is deterministic (a fixed seed), and documents are numbered, so the first ``n`` files of
a larger corpus are exactly the corpus of ``n`` files: the 1k, 10k and 50k indexes are nested and
built incrementally (``build_index``), each cached under ``/tmp/samspill-bench`` because
embedding 50 000 chunks on two shared cores takes a long time.

Used by ``bench_ingest.py``, ``bench_ask.py`` and ``load_test.py``; run by hand::

    .venv/bin/python benchmarks/synthetic.py --chunks 1000 10000 50000   # build and cache
"""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import argparse
import json
import logging
import platform
import random
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

log = logging.getLogger("benchmarks.synthetic")

CACHE = Path(os.environ.get("SAMSPILL_BENCH_CACHE", "/tmp/samspill-bench"))
SEED = 20261126
SIZES = (1_000, 10_000, 50_000)
PARAGRAPHS_PER_SECTION = (1, 3)
SENTENCES_PER_PARAGRAPH = (3, 7)
SECTIONS_PER_DOCUMENT = (4, 7)

MUNICIPALITIES = [
    "Fjordvik", "Nordvik", "Havøy", "Lia", "Bergeid", "Storvang", "Solbakken", "Elvestad", "Tindfjord",
    "Granvik", "Østmark", "Vesterås", "Kvitsand", "Myrland", "Skogheim", "Bjørkedal", "Dalsvik",
    "Hamnøy", "Sandnes vest", "Furuli", "Lysfjord", "Brattvåg", "Moheim", "Rypedal", "Steinsland",
    "Åsvang", "Ørnes", "Kleiva", "Varden", "Holmvik", "Sjøvoll", "Rognmo", "Frostheim", "Lunde",
    "Fossvik", "Kirkeby", "Strandå", "Heggmo", "Tjernås", "Breivik",
]
PLAN_TYPES = [
    "Kommuneplanens samfunnsdel", "Kunnskapsgrunnlag", "Planstrategi", "Temaplan for oppvekst",
    "Helse- og omsorgsplan", "Kommunedelplan for klima og energi", "Handlingsdel med økonomiplan",
    "Temaplan for kultur og frivillighet", "Boligsosial handlingsplan", "Folkehelseoversikt",
]
KINDS = {"Kommuneplanens samfunnsdel": "samfunnsdel", "Kunnskapsgrunnlag": "kunnskapsgrunnlag",
         "Folkehelseoversikt": "kunnskapsgrunnlag"}
NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:[  ]\d{3})+|\d+(?:,\d+)?)(?![\w.]?\d)")
YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")


@dataclass(frozen=True)
class Pool:
    """Sentences and headings harvested from the bundled corpus."""

    sentences: list[str]
    headings: list[str]


def harvest(corpus: Path = REPO_ROOT / "corpus") -> Pool:
    from assistant.documents import discover, load
    from assistant.neutrality import split_sentences

    sentences: list[str] = []
    headings: list[str] = []
    for path in discover([corpus]):
        document = load(path)
        for section in document.sections:
            if section.heading:
                headings.append(re.sub(r"^\d+(?:\.\d+)*\.?\s*", "", section.heading).strip())
            for span in split_sentences(section.text):
                text = " ".join(span.text.split())
                if 40 <= len(text) <= 400 and text[-1] in ".!?»" and not text.startswith(("•", "-", "*")):
                    sentences.append(text)
    headings = sorted({h for h in headings if 3 <= len(h) <= 80})
    return Pool(sorted(set(sentences)), headings)


def _vary(sentence: str, rng: random.Random, place: str) -> str:
    """The sentence with another municipality, other years and other numbers."""
    for name in ("Fjordvik", "Nordvik", "Havøy"):
        sentence = sentence.replace(name, place if name == "Fjordvik" else rng.choice(MUNICIPALITIES))
    sentence = YEAR.sub(lambda m: str(int(m.group(1)) + rng.randint(-6, 6)), sentence)

    def number(match: re.Match) -> str:
        raw = match.group(1)
        if YEAR.fullmatch(raw):
            return raw
        digits = raw.replace(" ", "").replace(" ", "").replace(",", ".")
        try:
            value = float(digits)
        except ValueError:
            return raw
        scaled = value * rng.uniform(0.6, 1.6)
        if "," in raw:
            return f"{scaled:.1f}".replace(".", ",")
        whole = int(round(scaled))
        return f"{whole:,}".replace(",", " ") if whole >= 10_000 else str(whole)

    return NUMBER.sub(number, sentence)


def document(number: int, pool: Pool) -> tuple[str, str]:
    """Document ``number`` as (file name, Markdown text); the same number gives the same text."""
    rng = random.Random(SEED * 1_000_003 + number)
    place = rng.choice(MUNICIPALITIES)
    plan = rng.choice(PLAN_TYPES)
    year = rng.randint(2016, 2030)
    lines = [f"# {plan} for {place} kommune {year}–{year + rng.choice((4, 8, 12))}", ""]
    for section_number in range(1, rng.randint(*SECTIONS_PER_DOCUMENT) + 1):
        lines += [f"## {section_number} {rng.choice(pool.headings)}", ""]
        for _ in range(rng.randint(*PARAGRAPHS_PER_SECTION)):
            start = rng.randrange(len(pool.sentences))
            count = rng.randint(*SENTENCES_PER_PARAGRAPH)
            # neighbouring corpus sentences read like a paragraph; one random one adds variety
            picked = pool.sentences[start:start + count - 1] + [rng.choice(pool.sentences)]
            lines += [" ".join(_vary(s, rng, place) for s in picked), ""]
    slug = re.sub(r"[^a-z0-9]+", "-", f"{plan} {place}".lower().replace("ø", "o").replace("å", "a").replace("æ", "ae"))
    return f"{number:05d}-{slug.strip('-')}.md", "\n".join(lines)


def write_documents(folder: Path, count: int, pool: Pool | None = None, start: int = 0) -> list[Path]:
    """Write documents ``start`` … ``count - 1`` into ``folder`` (existing files are left alone)."""
    pool = pool or harvest()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(start, count):
        name, text = document(number, pool)
        path = folder / name
        if not path.exists():
            path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def chunks_per_document(pool: Pool | None = None, sample: int = 200, chunk_chars: int = 600) -> float:
    from assistant.chunking import Chunker
    from assistant.documents import load

    pool = pool or harvest()
    chunker = Chunker(chunk_chars)
    folder = CACHE / "sample"
    paths = write_documents(folder, sample, pool)
    return sum(len(chunker.split(load(p))) for p in paths) / len(paths)


def documents_for(chunks: int, per_document: float) -> int:
    return max(1, round(chunks / per_document))


# ---------------------------------------------------------------- cached indexes


def index_dir(chunks: int) -> Path:
    return CACHE / f"index-{chunks // 1000}k"


def build_index(sizes: list[int], embedder=None) -> dict[int, dict]:
    """Build (or reuse) one index per size, nested: each size ingests only the documents it adds.

    An index is built in its final folder; ``bench.json``, written last, marks it complete.
    Returns, per size, the folder, the number of documents and chunks and the build time.
    """
    from assistant.embeddings import Embedder
    from assistant.index import Index

    built: dict[int, dict] = {}
    embedder = embedder or Embedder()
    previous: Path | None = None
    pool = None
    for size in sorted(sizes):
        target = index_dir(size)
        info_path = target / "bench.json"
        if info_path.exists():
            adopt_vectors(Index(target, embedder))
            built[size] = json.loads(info_path.read_text())
            previous = target
            continue
        pool = pool or harvest()
        count = documents_for(size, chunks_per_document(pool))
        shutil.rmtree(target, ignore_errors=True)
        if previous is not None:
            shutil.copytree(previous, target, ignore=shutil.ignore_patterns(".lock", "bench.json"))
        index = Index(target, embedder)
        adopt_vectors(index)
        paths = write_documents(CACHE / "docs", count, pool)
        started = time.perf_counter()
        report = index.ingest(paths)
        seconds = time.perf_counter() - started
        snap = index.snapshot()
        info = {
            "chunks_target": size, "documents": len(snap.documents), "chunks": len(snap),
            "ingest_seconds_incremental": round(seconds, 1), "added": report.count("added"),
            "built": time.strftime("%Y-%m-%d %H:%M"), "machine": machine(), "revision": git_revision(),
        }
        info_path.write_text(json.dumps(info, indent=1))
        built[size] = info
        previous = target
        log.info("%s: %s dokumenter, %s biter, %.0f s", target, info["documents"], info["chunks"], seconds)
    return built


def adopt_vectors(index) -> int:
    """Move vectors left in another Samspill collection of the same embedded store into the index's own.

    The index names its Chroma collection after the folder's path, so a copied folder (the nested
    builds copy the smaller index) starts with an empty collection of its own; the vectors in the
    copy are still there under the old name, for exactly these chunks. Returns how many moved.
    """
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    own = index._chroma()
    client = chromadb.PersistentClient(path=str(index.root / "chroma"), settings=ChromaSettings(anonymized_telemetry=False))
    moved = 0
    for other in client.list_collections():
        if other.name == own.name or not other.name.startswith("chunks"):
            continue
        ids = other.get(include=[])["ids"]
        for offset in range(0, len(ids), 2000):
            part = other.get(ids=ids[offset:offset + 2000], include=["embeddings", "metadatas"])
            own.upsert(ids=part["ids"], embeddings=[list(v) for v in part["embeddings"]], metadatas=part["metadatas"])
            moved += len(part["ids"])
        client.delete_collection(other.name)
        log.info("%s: %s vektorer flyttet fra samlingen %s til %s", index.root, moved, other.name, own.name)
    return moved


# ---------------------------------------------------------------- reporting helpers


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(next(l for l in Path("/proc/meminfo").read_text().splitlines() if l.startswith("MemTotal")).split()[1])
        memory = f", {kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    return f"{cpu}, {os.cpu_count()} cores{memory}, Python {platform.python_version()}"


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for {pid}")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    position = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[position]


def quiet_logs() -> None:
    import warnings

    warnings.filterwarnings("ignore", message=r".*langchain-community.*sunset", category=DeprecationWarning)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    for name in ("chromadb", "httpx", "sentence_transformers", "assistant", "transformers", "huggingface_hub", "bm25s"):
        logging.getLogger(name).setLevel(logging.WARNING)


def git_revision() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT, capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


def main() -> None:
    parser = argparse.ArgumentParser(description="Bygg og mellomlagre de syntetiske indeksene.")
    parser.add_argument("--chunks", type=int, nargs="+", default=list(SIZES))
    args = parser.parse_args()
    quiet_logs()
    for size, info in build_index(args.chunks).items():
        print(size, json.dumps(info))


if __name__ == "__main__":
    main()
