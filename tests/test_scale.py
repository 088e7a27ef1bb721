"""Scale-out: several workers over one index folder, the vectors in Chroma's own server.

Each test starts a real ``chroma run`` (the venv's Chroma CLI) on 127.0.0.1 and builds its index
with ``Settings(chroma_host=…, chroma_port=…)``. Two :class:`~assistant.deps.Deps` over the same
folder stand for two uvicorn workers: one ingests, the other sees the new generation on its next
``snapshot()`` (``CURRENT`` is the version stamp) and answers from it.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from assistant.answering import answer
from assistant.config import Settings
from assistant.deps import Deps
from tests.documents_factory import make_markdown

CHROMA = Path(sys.executable).with_name("chroma")
START_TIMEOUT = 90  # seconds; the machine may be busy


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ChromaServer:
    """``chroma run --path DIR --host 127.0.0.1 --port P`` as a subprocess, up once its heartbeat answers."""

    def __init__(self, path: Path, log: Path):
        self.path = path
        self.log = log
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> "ChromaServer":
        if not CHROMA.exists():
            pytest.skip(f"Chroma's CLI is not installed at {CHROMA}")
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [str(CHROMA), "run", "--path", str(self.path), "--host", "127.0.0.1", "--port", str(self.port)],
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            )
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"chroma run exited with {self.process.returncode}: {self.log.read_text()[-2000:]}")
            try:
                if httpx.get(f"{self.url}/api/v2/heartbeat", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"chroma run did not answer its heartbeat within {START_TIMEOUT} s")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=20)

    def count(self) -> int:
        """How many vectors the server holds in Samspill's collections (through Chroma's own client)."""
        import chromadb

        client = chromadb.HttpClient(host="127.0.0.1", port=self.port)
        return sum(client.get_collection(c.name if hasattr(c, "name") else c).count() for c in client.list_collections())


@pytest.fixture
def chroma_server(tmp_path):
    server = ChromaServer(tmp_path / "chroma-server", tmp_path / "chroma.log").start()
    yield server
    server.stop()


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


BUDGET_V1 = (
    "# Budsjett for Testvik 2025\n\n## Svømmehall\n\n"
    "Kommunestyret vedtok i 2024 å pusse opp svømmehallen i Testvik. Oppussingen av svømmehallen er "
    "beregnet til 48 millioner kroner og skal være ferdig i 2026.\n"
)
CINEMA = (
    "# Kulturplan for Testvik\n\n## Kino\n\n"
    "Kinoen i Testvik hadde 9 000 besøkende i 2023. Kinoen får ny digital prosjektor i 2025, "
    "finansiert med spillemidler.\n"
)


def test_two_workers_share_one_index_and_one_chroma_server(tmp_path, chroma_server, embedder, labeller):
    settings = Settings(index=tmp_path / "index", chroma_host="127.0.0.1", chroma_port=chroma_server.port)
    writer = Deps.build(settings, embedder=embedder, labeller=labeller)
    reader = Deps.build(settings, embedder=embedder, labeller=labeller)
    docs = tmp_path / "docs"

    first = writer.index.ingest([write(docs / "budsjett.md", BUDGET_V1), make_markdown(docs / "bibliotek.md")])
    assert first.generation == 1
    assert reader.index.snapshot().generation == 1
    before = answer("Hva er oppussingen av svømmehallen beregnet til?", "folkevalgt", reader)
    assert before.sources and before.sources[0].path.endswith("budsjett.md")
    assert "48 millioner" in before.answer

    # the writer ingests a new document; the reader has not been told, only CURRENT changes
    second = writer.index.ingest([write(docs / "kultur.md", CINEMA)])
    assert second.generation == 2 and second.count("added") == 1
    assert reader.index.snapshot().generation == 2
    after = answer("Hvor mange besøkende hadde kinoen i Testvik?", "folkevalgt", reader)
    assert not after.insufficient_evidence
    assert any(s.path.endswith("kultur.md") for s in after.sources)
    assert "9 000" in after.answer

    # vectors live in the server, not in the index folder, and match the committed generation
    assert not (settings.index / "chroma").exists()
    assert chroma_server.count() == len(reader.index.snapshot()) == len(writer.index.snapshot())
    health = reader.index.health()
    assert health["vector_store"] == "ok" and health["generation"] == 2 and health["documents"] == 3


def test_a_replaced_document_is_replaced_for_every_worker(tmp_path, chroma_server, embedder, labeller):
    settings = Settings(index=tmp_path / "index", chroma_host="127.0.0.1", chroma_port=chroma_server.port)
    writer = Deps.build(settings, embedder=embedder, labeller=labeller)
    reader = Deps.build(settings, embedder=embedder, labeller=labeller)
    budget = write(tmp_path / "docs" / "budsjett.md", BUDGET_V1)
    writer.index.ingest([budget, make_markdown(tmp_path / "docs" / "bibliotek.md")])
    question = "Hva er oppussingen av svømmehallen beregnet til?"
    assert "48 millioner" in answer(question, "planlegger", reader).answer

    budget.write_text(BUDGET_V1.replace("48 millioner", "61 millioner"), encoding="utf-8")
    report = writer.index.ingest([budget])
    assert report.count("updated") == 1

    replaced = answer(question, "planlegger", reader)
    assert "61 millioner" in replaced.answer and "48 millioner" not in replaced.answer
    assert all("48 millioner" not in s.text for s in replaced.sources)
    assert chroma_server.count() == len(reader.index.snapshot())


def test_a_worker_started_later_reads_the_committed_index(tmp_path, chroma_server, embedder, labeller):
    settings = Settings(index=tmp_path / "index", chroma_host="127.0.0.1", chroma_port=chroma_server.port)
    Deps.build(settings, embedder=embedder, labeller=labeller).index.ingest(
        [write(tmp_path / "docs" / "kultur.md", CINEMA), write(tmp_path / "docs" / "budsjett.md", BUDGET_V1)])
    late = Deps.build(settings, embedder=embedder, labeller=labeller)  # e.g. a worker uvicorn restarted
    result = answer("Når får kinoen ny prosjektor?", "leder", late)
    assert "2025" in result.answer and result.sources[0].path.endswith("kultur.md")
    assert late.index.health() == {"generation": 1, "documents": 2, "chunks": 2, "vector_store": "ok"}


def test_two_index_folders_on_one_chroma_server_keep_their_own_vectors(tmp_path, chroma_server, embedder, labeller):
    def settings(name: str) -> Settings:
        return Settings(index=tmp_path / name, chroma_host="127.0.0.1", chroma_port=chroma_server.port)

    production = Deps.build(settings("produksjon"), embedder=embedder, labeller=labeller)
    production.index.ingest([write(tmp_path / "docs" / "kultur.md", CINEMA)])
    staging = Deps.build(settings("test"), embedder=embedder, labeller=labeller)
    staging.index.ingest([write(tmp_path / "docs" / "budsjett.md", BUDGET_V1)])
    snap = production.index.snapshot()
    vector = embedder.encode_one("Når får kinoen ny prosjektor?")
    assert len(production.index.dense(snap, vector, 5)) == len(snap)


def test_a_copied_index_folder_keeps_its_vectors(tmp_path, embedder):
    """A backup restored elsewhere, or the folder mounted at another path on another worker."""
    from assistant.index import Index

    original = Index(tmp_path / "index", embedder)
    original.ingest([write(tmp_path / "docs" / "kultur.md", CINEMA), write(tmp_path / "docs" / "budsjett.md", BUDGET_V1)])
    shutil.copytree(tmp_path / "index", tmp_path / "restored", ignore=shutil.ignore_patterns(".lock"))
    restored = Index(tmp_path / "restored", embedder)
    snap = restored.snapshot()
    vector = embedder.encode_one("Når får kinoen ny prosjektor?")
    assert len(restored.dense(snap, vector, 5)) == len(snap) == 2
