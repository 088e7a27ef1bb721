"""The index on disk: Chroma for embeddings and bm25s for Norwegian BM25, side by side.

Layout of an index folder::

    CURRENT                 the committed generation number (replaced atomically)
    generations/<n>/        manifest.json, chunks.jsonl, bm25/  (one immutable snapshot)
    chroma/                 the embedded Chroma store (or Chroma's own server, see settings)
    .lock                   held by the one process that writes

A write never touches a committed generation. New embeddings are added to Chroma first, then a
new generation is written to a temporary folder, renamed into place and made current by replacing
``CURRENT``; only then are chunks nobody refers to removed from Chroma. A crash at any point
leaves the old generation current and at most some unreferenced vectors, which the next writer
removes. Readers hold a :class:`Snapshot` and see one generation whole: old or new, never a mix.

This is the only module that imports chromadb or bm25s.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import shutil
import threading
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator

import numpy as np

from assistant.analysis import Analyzer
from assistant.chunking import Chunk, Chunker, document_id
from assistant.documents import Document, discover, fingerprint, load
from assistant.errors import DocumentError, IndexError_, SamspillError, ServiceUnavailable

log = logging.getLogger(__name__)

FORMAT = 2
COLLECTION = "chunks"
ID_BATCH = 5000  # ids per Chroma get
TEXT_CACHE = 8192  # sentences and passages whose tokens and grams a snapshot keeps


@dataclass(frozen=True)
class DocumentInfo:
    id: str
    path: str
    title: str
    kind: str
    sha256: str
    chunks: int
    ingested_at: str
    metadata: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "id": self.id, "path": self.path, "title": self.title, "kind": self.kind,
            "sha256": self.sha256, "chunks": self.chunks, "ingested_at": self.ingested_at,
            "metadata": self.metadata,
        }


@dataclass
class FileOutcome:
    path: str
    status: str  # added | updated | unchanged | failed | removed
    chunks: int = 0
    reason: str | None = None

    def to_dict(self) -> dict:
        return {"path": self.path, "status": self.status, "chunks": self.chunks, "reason": self.reason}


@dataclass
class IngestReport:
    files: list[FileOutcome]
    generation: int

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)

    def to_dict(self) -> dict:
        counts = {s: self.count(s) for s in ("added", "updated", "unchanged", "failed", "removed")}
        return {"files": [f.to_dict() for f in self.files], "counts": counts, "generation": self.generation}


def lexical_indexes(chunks: list[Chunk], analyzer: Analyzer):
    """BM25 over the chunks' stemmed words (with compound parts) and over their character 4-grams."""
    import bm25s

    words = bm25s.BM25()
    corpus = [analyzer.tokens(c.search_text) for c in chunks]
    vocabulary = {t for tokens in corpus for t in tokens}
    words.index([analyzer.expand(tokens, vocabulary) or ["_"] for tokens in corpus], show_progress=False)
    grams = bm25s.BM25()
    grams.index([analyzer.grams(c.search_text) or ["_"] for c in chunks], show_progress=False)
    return words, grams


class Snapshot:
    """One committed generation, read-only: chunks, documents and the BM25 index."""

    def __init__(self, generation: int, folder: Path | None, analyzer: Analyzer):
        import bm25s

        self.generation = generation
        self.analyzer = analyzer
        self.documents: dict[str, DocumentInfo] = {}
        self.chunks: list[Chunk] = []
        self.position: dict[str, int] = {}
        self.embedding_model: str | None = None
        self._bm25 = None
        self._grams = None
        self._idf_tables: dict[int, np.ndarray] = {}
        # every search measures the sentences of its best chunks against the question; the same
        # chunks come back for many questions, so their tokens and grams are kept per snapshot
        self._text_tokens = lru_cache(maxsize=TEXT_CACHE)(self._tokens_of)
        self._text_grams = lru_cache(maxsize=TEXT_CACHE)(lambda text: frozenset(self.analyzer.grams(text)))
        if folder is None:
            return
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        if manifest.get("format") != FORMAT:
            raise IndexError_(
                f"Indeksen i {folder.parent.parent} er laget av en eldre versjon av Samspill. "
                "Bygg den på nytt i en tom mappe (samspill --index NY_MAPPE ingest …)."
            )
        self.embedding_model = manifest["embedding_model"]
        self.documents = {d["id"]: DocumentInfo(**d) for d in manifest["documents"]}
        with (folder / "chunks.jsonl").open(encoding="utf-8") as handle:
            self.chunks = [Chunk(**json.loads(line)) for line in handle]
        if self.chunks and manifest.get("analyzer") == analyzer.version:
            self._bm25 = bm25s.BM25.load(str(folder / "bm25"))
            self._grams = bm25s.BM25.load(str(folder / "bm25-grams"))
        elif self.chunks:  # tokenised by an earlier analyser: the lexical index is rebuilt in memory
            log.warning("Indeksen i %s er tokenisert av en eldre versjon av Samspill; BM25 bygges på nytt i "
                        "minnet ved hver oppstart til dokumentene legges inn på nytt.", folder.parent.parent)
            self._bm25, self._grams = lexical_indexes(self.chunks, analyzer)
        self.position = {c.id: i for i, c in enumerate(self.chunks)}

    def __len__(self) -> int:
        return len(self.chunks)

    def word_scores(self, tokens: list[str]) -> np.ndarray:
        """BM25 of every chunk for word tokens (unknown tokens score nothing)."""
        return _scores(self._bm25, tokens, len(self.chunks))

    def gram_scores(self, grams: list[str]) -> np.ndarray:
        """BM25 of every chunk for character 4-grams."""
        return _scores(self._grams, grams, len(self.chunks))

    def query_tokens(self, text: str) -> list[str]:
        """A question's tokens plus the parts of compounds, split with this corpus' vocabulary, and
        the thesaurus' words for the same things that the corpus uses."""
        tokens = self.analyzer.tokens(text)
        if self._bm25 is None:
            return tokens
        return self.analyzer.expand(tokens, self._bm25.vocab_dict, alternatives=True)

    @property
    def vocabulary(self) -> dict[str, int]:
        """The corpus' word stems (and compound parts)."""
        return self._bm25.vocab_dict if self._bm25 is not None else {}

    def text_tokens(self, text: str) -> frozenset[str]:
        """A passage's tokens plus the parts of its compounds (what a question's words are looked up in)."""
        return self._text_tokens(text)

    def text_grams(self, text: str) -> frozenset[str]:
        """A passage's character 4-grams (what a question word's grams are looked up in)."""
        return self._text_grams(text)

    def _tokens_of(self, text: str) -> frozenset[str]:
        tokens = self.analyzer.tokens(text)
        if self._bm25 is None:
            return frozenset(tokens)
        return frozenset(self.analyzer.expand(tokens, self._bm25.vocab_dict))

    def idf(self, token: str) -> float | None:
        """BM25's idf for a word token, None when the corpus does not have it."""
        return self._idf(self._bm25, token)

    def gram_idf(self, gram: str) -> float | None:
        return self._idf(self._grams, gram)

    def _idf(self, bm25, token: str) -> float | None:
        if bm25 is None or token not in bm25.vocab_dict:
            return None
        table = self._idf_tables.get(id(bm25))
        if table is None:
            n = len(self.chunks)
            df = np.diff(bm25.scores["indptr"])  # bm25s keeps one column per token: its document count
            table = np.log(1 + (n - df + 0.5) / (df + 0.5))
            self._idf_tables[id(bm25)] = table
        return float(table[bm25.vocab_dict[token]])

    @property
    def max_idf(self) -> float:
        n = max(1, len(self.chunks))
        return float(np.log(1 + (n + 0.5) / 0.5))


def _scores(bm25, tokens: list[str], n: int) -> np.ndarray:
    known = [t for t in tokens if t in bm25.vocab_dict] if bm25 is not None else []
    return bm25.get_scores(known) if known else np.zeros(n, dtype=np.float32)


class Index:
    """Add, replace, remove and search documents in one index folder."""

    def __init__(
        self,
        root: Path,
        embedder,
        chunk_chars: int = 600,
        chroma_host: str | None = None,
        chroma_port: int = 8001,
    ):
        self.root = Path(root)
        self.embedder = embedder
        self.analyzer = Analyzer()
        self.chunker = Chunker(chunk_chars)
        self._chroma_host = chroma_host
        self._chroma_port = chroma_port
        self._collection = None
        self._snapshot: Snapshot | None = None
        self._reload_lock = threading.Lock()
        self.root.mkdir(parents=True, exist_ok=True)
        (self.root / "generations").mkdir(exist_ok=True)

    # ------------------------------------------------------------ reading

    def current_generation(self) -> int:
        try:
            return int((self.root / "CURRENT").read_text().strip())
        except FileNotFoundError:
            return 0
        except ValueError as exc:
            raise IndexError_(f"Indeksen i {self.root} er skadet (CURRENT kan ikke leses).") from exc

    def snapshot(self) -> Snapshot:
        """The current generation; reloaded when another process has committed a newer one."""
        generation = self.current_generation()
        snap = self._snapshot
        if snap is not None and snap.generation == generation:
            return snap
        with self._reload_lock:
            if self._snapshot is None or self._snapshot.generation != generation:
                folder = self.root / "generations" / str(generation) if generation else None
                snap = Snapshot(generation, folder, self.analyzer)
                if generation and snap.embedding_model != self.embedder.name:
                    raise IndexError_(
                        f"Indeksen i {self.root} er bygd med modellen «{snap.embedding_model}», men "
                        f"Samspill bruker «{self.embedder.name}». Bygg indeksen på nytt i en tom mappe."
                    )
                self._snapshot = snap
                log.info("Indeksen er lastet: generasjon %s, %s tekstbiter", generation, len(snap))
            return self._snapshot

    def is_empty(self) -> bool:
        return self.current_generation() == 0 or not self.snapshot().documents

    def documents(self) -> list[DocumentInfo]:
        return sorted(self.snapshot().documents.values(), key=lambda d: d.path)

    def dense(self, snapshot: Snapshot, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        """Nearest chunks by cosine similarity, restricted to the snapshot's own chunks."""
        if not len(snapshot):
            return []
        collection = self._chroma()
        try:
            result = collection.query(
                query_embeddings=[vector.tolist()], n_results=min(k, len(snapshot)), include=["distances"]
            )
        except Exception as exc:  # the Chroma server is down or refused: say so, never guess
            raise ServiceUnavailable(f"Vektordatabasen svarer ikke ({type(exc).__name__}).") from exc
        hits = []
        for chunk_id, distance in zip(result["ids"][0], result["distances"][0]):
            position = snapshot.position.get(chunk_id)
            if position is not None:
                hits.append((position, 1.0 - float(distance)))
        return hits

    def health(self) -> dict:
        snap = self.snapshot()
        status = {"generation": snap.generation, "documents": len(snap.documents), "chunks": len(snap)}
        try:
            self._chroma().count()
            status["vector_store"] = "ok"
        except SamspillError as exc:  # e.g. the server cannot be reached: the message says why
            status["vector_store"] = f"utilgjengelig: {exc.message}"
        except Exception as exc:  # reported, not raised: health must always answer
            status["vector_store"] = f"utilgjengelig: {type(exc).__name__}"
        return status

    # ------------------------------------------------------------ writing

    def ingest(
        self,
        paths: list[Path],
        kind: str | None = None,
        progress: bool = False,
        display: Callable[[Path], str] | None = None,
    ) -> IngestReport:
        """Add new files, replace changed ones, skip unchanged ones; a bad file is reported, not fatal."""
        display = display or _display_path
        with self._write_lock():
            with _vector_store():
                self._reconcile()
            old = self.snapshot()
            docs = dict(old.documents)
            chunks_by_doc: dict[str, list[Chunk]] = {}
            for chunk in old.chunks:
                chunks_by_doc.setdefault(chunk.doc_id, []).append(chunk)
            outcomes: list[FileOutcome] = []
            new_chunks: list[Chunk] = []
            for path in discover([Path(p) for p in paths]):
                shown = display(path)
                doc_id = document_id(shown)
                try:
                    sha = fingerprint(path)
                except OSError as exc:
                    outcomes.append(FileOutcome(shown, "failed", reason=f"{path.name}: kunne ikke lese filen ({exc.strerror})."))
                    continue
                known = docs.get(doc_id)
                if known is not None and known.sha256 == sha and (kind is None or kind == known.kind):
                    outcomes.append(FileOutcome(shown, "unchanged", known.chunks))
                    continue
                try:
                    document = load(path, kind=kind, display_path=shown)
                    chunks = self.chunker.split(document)
                except DocumentError as exc:
                    outcomes.append(FileOutcome(shown, "failed", reason=exc.message))
                    log.warning("Hoppet over %s: %s", shown, exc.message)
                    continue
                docs[doc_id] = _info(doc_id, document, len(chunks))
                chunks_by_doc[doc_id] = chunks
                new_chunks.extend(chunks)
                outcomes.append(FileOutcome(shown, "updated" if known else "added", len(chunks)))
            if not new_chunks and all(o.status != "added" and o.status != "updated" for o in outcomes):
                return IngestReport(outcomes, old.generation)
            self._embed_and_store(new_chunks, progress)
            generation = self._commit(docs, chunks_by_doc)
            self._drop_unreferenced(old, generation)
            return IngestReport(outcomes, generation)

    def remove(self, paths: list[str]) -> IngestReport:
        """Remove documents by their indexed path."""
        with self._write_lock():
            old = self.snapshot()
            docs = dict(old.documents)
            outcomes = []
            for shown in paths:
                doc_id = document_id(shown)
                if docs.pop(doc_id, None) is None:
                    outcomes.append(FileOutcome(shown, "failed", reason=f"{shown}: dokumentet finnes ikke i indeksen."))
                else:
                    outcomes.append(FileOutcome(shown, "removed"))
            if not any(o.status == "removed" for o in outcomes):
                return IngestReport(outcomes, old.generation)
            chunks_by_doc: dict[str, list[Chunk]] = {}
            for chunk in old.chunks:
                if chunk.doc_id in docs:
                    chunks_by_doc.setdefault(chunk.doc_id, []).append(chunk)
            generation = self._commit(docs, chunks_by_doc)
            self._drop_unreferenced(old, generation)
            return IngestReport(outcomes, generation)

    def _embed_and_store(self, chunks: list[Chunk], progress: bool) -> None:
        if not chunks:
            return
        collection = self._chroma()
        with _vector_store():
            existing = {i for part in _batches([c.id for c in chunks]) for i in collection.get(ids=part, include=[])["ids"]}
        todo = [c for c in chunks if c.id not in existing]
        if not todo:
            return
        from tqdm import tqdm

        batch = 256
        bar = tqdm(total=len(todo), desc="Bygger indeks", unit=" biter", disable=not progress, leave=False)
        max_batch = _max_batch(collection)
        for start in range(0, len(todo), batch):
            part = todo[start:start + batch]
            vectors = self.embedder.encode([c.search_text for c in part])
            for offset in range(0, len(part), max_batch):
                sub = slice(offset, offset + max_batch)
                with _vector_store():
                    collection.upsert(
                        ids=[c.id for c in part[sub]],
                        embeddings=vectors[sub].tolist(),
                        metadatas=[{"doc_id": c.doc_id} for c in part[sub]],
                    )
            bar.update(len(part))
        bar.close()

    def _commit(self, docs: dict[str, DocumentInfo], chunks_by_doc: dict[str, list[Chunk]]) -> int:
        generation = max(self.current_generation(), self._highest_generation()) + 1
        final = self.root / "generations" / str(generation)
        temp = self.root / "generations" / f"{generation}.tmp"
        shutil.rmtree(temp, ignore_errors=True)
        temp.mkdir(parents=True)
        ordered = [c for doc_id in sorted(chunks_by_doc) if doc_id in docs for c in chunks_by_doc[doc_id]]
        with (temp / "chunks.jsonl").open("w", encoding="utf-8") as handle:
            for chunk in ordered:
                handle.write(json.dumps(chunk.to_dict(), ensure_ascii=False) + "\n")
            _sync(handle)
        if ordered:
            words, grams = lexical_indexes(ordered, self.analyzer)
            words.save(str(temp / "bm25"))
            grams.save(str(temp / "bm25-grams"))
        manifest = {
            "format": FORMAT,
            "analyzer": self.analyzer.version,
            "generation": generation,
            "embedding_model": self.embedder.name,
            "dimension": self.embedder.dimension,
            "documents": [d.to_dict() for d in sorted(docs.values(), key=lambda d: d.path)],
        }
        with (temp / "manifest.json").open("w", encoding="utf-8") as handle:
            json.dump(manifest, handle, ensure_ascii=False, indent=1)
            _sync(handle)
        os.replace(temp, final)
        _atomic_write(self.root / "CURRENT", str(generation))
        log.info("Ny generasjon %s: %s dokumenter, %s tekstbiter", generation, len(docs), len(ordered))
        return generation

    def _drop_unreferenced(self, old: Snapshot, generation: int) -> None:
        new = self.snapshot()
        stale = [c.id for c in old.chunks if c.id not in new.position]
        if stale:
            try:
                self._chroma().delete(ids=stale)
            except Exception as exc:  # already committed: the next writer's _reconcile removes them
                log.warning("Kunne ikke fjerne %s ubrukte vektorer nå (%s); neste innlegging rydder opp",
                            len(stale), type(exc).__name__)
        for folder in (self.root / "generations").iterdir():
            name = folder.name
            if name.isdigit() and int(name) < generation - 1:  # keep the previous one for readers mid-load
                shutil.rmtree(folder, ignore_errors=True)

    def _reconcile(self) -> None:
        """After a crash: drop half-written generations and vectors no generation refers to."""
        for folder in (self.root / "generations").glob("*.tmp"):
            shutil.rmtree(folder, ignore_errors=True)
        for folder in (self.root / "generations").iterdir():
            if folder.name.isdigit() and int(folder.name) > self.current_generation():
                shutil.rmtree(folder, ignore_errors=True)  # renamed but never made current
        collection = self._chroma()
        referenced = self.snapshot().position
        known = collection.get(include=[])["ids"]
        orphans = [i for i in known if i not in referenced]
        if orphans:
            log.info("Fjerner %s vektorer som ingen generasjon bruker", len(orphans))
            collection.delete(ids=orphans)

    def _highest_generation(self) -> int:
        numbers = [int(f.name) for f in (self.root / "generations").iterdir() if f.name.isdigit()]
        return max(numbers, default=0)

    @contextmanager
    def _write_lock(self) -> Iterator[None]:
        with open(self.root / ".lock", "w") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    @property
    def collection_name(self) -> str:
        """One collection per index folder, so several indexes can share one Chroma server.

        The name is made once and kept in the folder (``COLLECTION``), so a copied, restored or
        differently mounted folder still finds its vectors."""
        path = self.root / "COLLECTION"
        try:
            return path.read_text().strip()
        except FileNotFoundError:
            name = f"{COLLECTION}-{uuid.uuid4().hex[:16]}"
            _atomic_write(path, name)
            return name

    def _chroma(self):
        if self._collection is not None:
            return self._collection
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
        try:
            if self._chroma_host:
                client = chromadb.HttpClient(host=self._chroma_host, port=self._chroma_port, settings=chroma_settings)
            else:
                client = chromadb.PersistentClient(path=str(self.root / "chroma"), settings=chroma_settings)
            collection = client.get_or_create_collection(
                self.collection_name,
                embedding_function=None,  # never Chroma's default model: it would download one
                # a wide HNSW search: near-exact neighbours, so results do not change from build to build
                metadata={"hnsw:space": "cosine", "hnsw:search_ef": 200, "hnsw:construction_ef": 200,
                          "embedding_model": self.embedder.name},
            )
        except Exception as exc:
            raise ServiceUnavailable(
                f"Vektordatabasen kunne ikke åpnes ({type(exc).__name__}: {exc})."
            ) from exc
        model = (collection.metadata or {}).get("embedding_model")
        if model and model != self.embedder.name:
            raise IndexError_(
                f"Vektordatabasen i {self.root} er bygd med «{model}», ikke «{self.embedder.name}»."
            )
        self._collection = collection
        return collection


def _info(doc_id: str, document: Document, chunks: int) -> DocumentInfo:
    return DocumentInfo(
        id=doc_id, path=document.path, title=document.title, kind=document.kind,
        sha256=document.sha256, chunks=chunks,
        ingested_at=time.strftime("%Y-%m-%dT%H:%M:%S%z"), metadata=document.metadata,
    )


def _display_path(path: Path) -> str:
    """Paths inside the project or the working folder are shown relative to it (``corpus/notat/…``)."""
    resolved = path.resolve()
    for base in (Path(__file__).resolve().parent.parent, Path.cwd().resolve()):
        try:
            return str(resolved.relative_to(base))
        except ValueError:
            continue
    return str(resolved)


def _batches(ids: list[str], size: int = ID_BATCH) -> Iterator[list[str]]:
    """Ids in slices small enough for one Chroma call (SQLite refuses more than 32 766 variables)."""
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


@contextmanager
def _vector_store() -> Iterator[None]:
    """A failing Chroma call while writing becomes a clear error; nothing has been committed yet."""
    try:
        yield
    except SamspillError:
        raise
    except Exception as exc:
        raise ServiceUnavailable(
            f"Vektordatabasen svarer ikke ({type(exc).__name__}); indeksen er ikke endret."
        ) from exc


def _max_batch(collection) -> int:
    try:
        return int(collection._client.get_max_batch_size())
    except Exception:  # older or remote clients without the call: a size every backend accepts
        return 1000


def _sync(handle) -> None:
    handle.flush()
    os.fsync(handle.fileno())


def _atomic_write(path: Path, text: str) -> None:
    temp = path.with_name(path.name + ".tmp")
    with temp.open("w") as handle:
        handle.write(text)
        _sync(handle)
    os.replace(temp, path)
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
