"""Faults: Chroma's server down, the ingesting process killed, ingest while questions are answered.

Everything runs for real: ``chroma run`` as a subprocess, ``samspill ingest`` as a subprocess that
gets SIGKILL, uvicorn on 127.0.0.1, the real model. (The LLM faults are tested with ``llm.py``.)
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import select
import shutil
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

import httpx
import pytest

from assistant.answering import answer
from assistant.config import Settings
from assistant.deps import Deps
from assistant.errors import ServiceUnavailable
from assistant.index import Index
from tests.documents_factory import make_markdown
from tests.test_scale import BUDGET_V1, CINEMA, ChromaServer, write

SAMSPILL = Path(sys.executable).with_name("samspill")
ADMIN_KEY = "feil-test-admin"
QUESTION = "Hva er oppussingen av svømmehallen beregnet til?"
NORWEGIAN = re.compile(r"[æøåÆØÅ]|\b(er|ikke|kan|svarer|igjen)\b")


# ---------------------------------------------------------------- a real server in a thread


class LiveServer:
    """uvicorn on 127.0.0.1 (a free port) in a thread, over the given Deps."""

    def __init__(self, settings: Settings, deps: Deps):
        import uvicorn

        from assistant.server import create_app

        config = uvicorn.Config(create_app(settings, deps), host="127.0.0.1", port=0, log_level="warning",
                                lifespan="on", access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="uvicorn-faults", daemon=True)

    def __enter__(self) -> httpx.Client:
        self.thread.start()
        deadline = time.monotonic() + 120
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("Samspill-serveren startet ikke")
            time.sleep(0.05)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        self.client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120)
        return self.client

    def __exit__(self, *exc) -> None:
        self.client.close()
        self.server.should_exit = True
        self.thread.join(timeout=30)


def assert_unavailable(response: httpx.Response) -> str:
    assert response.status_code == 503, response.text
    error = response.json()["error"]
    assert error["code"] == "unavailable"
    assert "Vektordatabasen" in error["message"] and NORWEGIAN.search(error["message"])
    assert "Traceback" not in response.text
    return error["message"]


def index_state(root: Path) -> tuple[str, list[tuple[str, str]]]:
    generation = (root / "CURRENT").read_text()
    manifest = json.loads((root / "generations" / generation / "manifest.json").read_text(encoding="utf-8"))
    return generation, [(d["path"], d["sha256"]) for d in manifest["documents"]]


# ---------------------------------------------------------------- the vector store goes down


@pytest.fixture
def served_index(tmp_path, embedder, labeller):
    """A small index whose vectors live in a real Chroma server; the server is stopped afterwards."""
    chroma = ChromaServer(tmp_path / "chroma-server", tmp_path / "chroma.log").start()
    settings = Settings(index=tmp_path / "index", chroma_host="127.0.0.1", chroma_port=chroma.port,
                        admin_key=ADMIN_KEY, rate_limit_per_minute=10_000, records_db=tmp_path / "records.sqlite3")
    deps = Deps.build(settings, embedder=embedder, labeller=labeller)
    deps.index.ingest([write(tmp_path / "docs" / "budsjett.md", BUDGET_V1), make_markdown(tmp_path / "docs" / "bibliotek.md")])
    yield chroma, settings, deps
    chroma.stop()


def test_chroma_down_gives_a_clear_norwegian_error_and_health_says_why(served_index, tmp_path):
    chroma, settings, deps = served_index
    assert "48 millioner" in answer(QUESTION, "folkevalgt", deps).answer
    before = index_state(settings.index)
    chroma.stop()

    with pytest.raises(ServiceUnavailable) as error:
        answer(QUESTION, "folkevalgt", deps)
    assert error.value.http_status == 503 and error.value.message.startswith("Vektordatabasen svarer ikke")
    health = deps.index.health()
    assert re.fullmatch(r"utilgjengelig: \w+.*", health["vector_store"])  # names what failed
    assert health["generation"] == 1 and health["documents"] == 2  # the committed index is still readable

    # a writer fails cleanly too, and leaves the index as it was
    with pytest.raises(ServiceUnavailable):
        deps.index.ingest([write(tmp_path / "docs" / "kultur.md", CINEMA)])
    assert index_state(settings.index) == before

    # a worker that starts while Chroma is down says the same, and why
    fresh = Deps.build(settings, embedder=deps.embedder, labeller=deps.labeller)
    assert fresh.index.health()["vector_store"].startswith("utilgjengelig: Vektordatabasen kunne ikke åpnes")
    with pytest.raises(ServiceUnavailable):
        answer(QUESTION, "folkevalgt", fresh)


def test_chroma_down_is_a_503_through_the_server_and_recovers(served_index, tmp_path):
    chroma, settings, deps = served_index
    with LiveServer(settings, deps) as api:
        assert api.post("/api/ask", json={"question": QUESTION}).status_code == 200
        chroma.stop()

        assert_unavailable(api.post("/api/ask", json={"question": QUESTION}))
        assert_unavailable(api.post("/api/ask/stream", json={"question": QUESTION}))
        health = api.get("/api/health")
        assert health.status_code == 503
        assert health.json()["status"] == "degraded" and health.json()["alive"] is True
        assert "Vektordatabasen er ikke tilgjengelig" in health.json()["error"]["message"]
        upload = api.post("/api/ingest", headers={"X-Admin-Key": ADMIN_KEY},
                          files={"files": ("kultur.md", CINEMA.encode(), "text/markdown")})
        assert_unavailable(upload)
        # questions that never reach the vector store still work
        assert api.post("/api/check", json={"text": "Kommunen bør bygge ny svømmehall."}).status_code == 200
        assert api.get("/api/sources").status_code == 200

        chroma.start()  # same folder, same port: Samspill reconnects without a restart
        again = api.post("/api/ask", json={"question": QUESTION})
        assert again.status_code == 200 and "48 millioner" in again.json()["answer"]
        assert api.get("/api/health").json()["status"] == "ok"


# ---------------------------------------------------------------- SIGKILL in the middle of an ingest

FILES = 160
CHUNK_CHARS = 200  # small chunks: many of them (two embedding batches) for little model time


def write_version(folder: Path, version: int) -> dict[str, str]:
    """FILES notes; every paragraph names its version. Returns {file name: sha256} of what was written."""
    import hashlib

    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for number in range(FILES):
        paragraphs = [
            f"Tjenesteområde {number} hadde {100 + number * 7 + version} brukere i {2020 + version}, "
            f"ifølge utgave {version} av notatet.",
            f"Utgave {version}: budsjettet for område {number} er {number * 3 + version} millioner kroner.",
            f"I utgave {version} står det at ventetiden i område {number} er {number % 9 + version} uker.",
            f"Utgave {version} beskriver {number + version} ansatte og {number % 5 + 1} lokaler i område {number}.",
        ]
        text = f"# Statusnotat {number}\n\n## Område {number}\n\n" + "\n\n".join(paragraphs) + "\n"
        if version > 1 and number % 10 == 0:
            text += f"\n## Nytt i utgave {version}\n\nUtgave {version} legger til et avsnitt om område {number}.\n"
        (folder / f"notat-{number:03d}.md").write_text(text, encoding="utf-8")
        written[f"notat-{number:03d}.md"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return written


def samspill_env() -> dict[str, str]:
    env = dict(os.environ, SAMSPILL_CHUNK_CHARS=str(CHUNK_CHARS), HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1",
               ANONYMIZED_TELEMETRY="False", PYTHONUNBUFFERED="1")
    env.pop("SAMSPILL_CHROMA_HOST", None)
    return env


def run_ingest(index: Path, docs: Path) -> None:
    done = subprocess.run([str(SAMSPILL), "--index", str(index), "ingest", str(docs), "--json"],
                          capture_output=True, text=True, env=samspill_env(), timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]


def kill_ingest_when(index: Path, docs: Path, moment: str) -> str:
    """Run ``samspill ingest`` with a terminal as stderr (so it shows progress) and SIGKILL it.

    ``moment`` is ``"embedding"`` (after the first batch of vectors is stored, while the next is
    being embedded) or ``"commit"`` (while the new generation's folder is being written).
    Returns what was seen when the process was killed.
    """
    primary, secondary = pty.openpty()
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 160, 0, 0))  # tqdm draws nothing at width 0
    process = subprocess.Popen([str(SAMSPILL), "--index", str(index), "ingest", str(docs)],
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=secondary,
                               env=samspill_env())
    os.close(secondary)
    output, seen = "", "exited before the moment"
    deadline = time.monotonic() + 900
    try:
        while process.poll() is None and time.monotonic() < deadline:
            if moment == "commit" and any(p.name.endswith(".tmp") for p in (index / "generations").iterdir()):
                seen = "a generation being written"
                break
            ready, _, _ = select.select([primary], [], [], 0.002)
            if ready:
                try:
                    output += os.read(primary, 65536).decode("utf-8", "replace")
                except OSError:
                    continue
                progress = re.findall(r"Bygger indeks[^\r\n|]*\|[^|]*\|\s*(\d+)/(\d+)", output)
                if progress:
                    stored, total = map(int, progress[-1])
                    if moment == "embedding" and 0 < stored < total:
                        seen = f"{stored} of {total} chunks stored"
                        break
                    if moment == "commit" and stored == total:
                        seen = "all vectors stored; exited before a generation folder was seen"
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
    finally:
        if process.poll() is None:  # pragma: no cover - only on a hung subprocess
            process.kill()
        os.close(primary)
    return seen if seen != "exited before the moment" else f"{seen}; its terminal showed: {output[-500:]!r}"


def assert_consistent(index: Path, versions: list[dict[str, str]]) -> int:
    """CURRENT names a complete generation holding exactly one version of the documents."""
    generation, documents = index_state(index)
    folder = index / "generations" / generation
    assert (folder / "bm25").is_dir() and (folder / "chunks.jsonl").is_file()
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    chunks = [json.loads(line) for line in (folder / "chunks.jsonl").read_text(encoding="utf-8").splitlines()]
    per_document = {d["id"]: d["chunks"] for d in manifest["documents"]}
    assert {c["doc_id"] for c in chunks} == set(per_document)
    assert all(sum(1 for c in chunks if c["doc_id"] == i) == n for i, n in per_document.items())
    shas = {Path(path).name: sha for path, sha in documents}
    matching = [number for number, version in enumerate(versions) if shas == version]
    assert len(matching) == 1, "the committed documents are a mix of versions"
    return matching[0]


@pytest.mark.slow
def test_killed_ingest_leaves_a_consistent_index(tmp_path, embedder, labeller):
    index, docs = tmp_path / "index", tmp_path / "docs"
    first = write_version(docs, 1)
    run_ingest(index, docs)
    assert assert_consistent(index, [first]) == 0

    second = write_version(docs, 2)
    seen = kill_ingest_when(index, docs, "embedding")
    assert seen.endswith("chunks stored"), seen
    assert assert_consistent(index, [first, second]) == 0  # nothing was committed
    assert index_state(index)[0] == "1"

    # restarted, and killed again while the new generation is being committed
    seen = kill_ingest_when(index, docs, "commit")
    print(f"second SIGKILL: {seen}; CURRENT = {index_state(index)[0]}")
    assert assert_consistent(index, [first, second]) in (0, 1)

    # the next ingest completes; the store holds exactly the snapshot's vectors
    settings = Settings(index=index, chunk_chars=CHUNK_CHARS)
    deps = Deps.build(settings, embedder=embedder, labeller=labeller)
    deps.index.ingest([docs])
    assert assert_consistent(index, [first, second]) == 1
    snap = deps.index.snapshot()
    assert deps.index._chroma().count() == len(snap)
    assert not any(p.name.endswith(".tmp") for p in (index / "generations").iterdir())
    result = answer("Hvor mange uker er ventetiden i område 17?", "planlegger", deps)
    assert result.sources and all("utgave 1" not in s.text.lower() for s in result.sources)


# ---------------------------------------------------------------- ingest while questions are answered


def paragraphs(chunks) -> set[str]:
    """The paragraphs of a generation's chunks (passages join chunks with blank lines, and put a
    neighbouring section's heading before its text)."""
    return {piece for chunk in chunks for piece in chunk.text.split("\n\n")} | {c.section for c in chunks if c.section}


def test_ingest_while_answering_gives_no_errors_and_no_torn_answers(tmp_path, embedder, labeller):
    docs = tmp_path / "docs"
    write_version(docs, 1)
    settings = Settings(index=tmp_path / "index", chunk_chars=CHUNK_CHARS)
    deps = Deps.build(settings, embedder=embedder, labeller=labeller)
    deps.index.ingest([docs])
    generations = [paragraphs(deps.index.snapshot().chunks)]

    questions = [
        "Hvor mange brukere hadde tjenesteområde 12?",
        "Hva er budsjettet for område 40?",
        "Hvor lang er ventetiden i område 3?",
        "Hvor mange ansatte er det i område 55?",
    ]
    results: list[set[str]] = []
    errors: list[BaseException] = []
    writer_done = threading.Event()
    started = threading.Barrier(4)

    def ask_until_done(offset: int) -> None:
        try:
            started.wait(timeout=60)
            rounds_after = 0
            number = offset
            while rounds_after < 2:
                if writer_done.is_set():
                    rounds_after += 1
                result = answer(questions[number % len(questions)], "folkevalgt", deps)
                results.append({piece for source in result.sources for piece in source.text.split("\n\n")})
                number += 1
        except BaseException as exc:  # collected and re-raised in the test's own thread
            errors.append(exc)

    readers = [threading.Thread(target=ask_until_done, args=(i,)) for i in range(3)]
    for reader in readers:
        reader.start()
    try:
        started.wait(timeout=60)
        write_version(docs, 2)
        deps.index.ingest([docs])  # every document replaced: generation 2
        generations.append(paragraphs(deps.index.snapshot().chunks))
        deps.index.remove([d.path for d in deps.index.documents() if d.path.endswith("notat-079.md")])
        generations.append(paragraphs(deps.index.snapshot().chunks))  # generation 3
    finally:
        writer_done.set()
        for reader in readers:
            reader.join(timeout=600)
    assert not errors, errors
    assert len(results) >= 6
    torn = [pieces for pieces in results if not any(pieces <= chunks for chunks in generations)]
    assert torn == []
    assert any(pieces and not pieces <= generations[0] for pieces in results)  # some answers came from the new one
    mixed = [pieces for pieces in results if {"utgave 1", "utgave 2"} <= {m.lower() for p in pieces for m in re.findall(r"[Uu]tgave [12]", p)}]
    assert mixed == []
    assert deps.index._chroma().count() == len(deps.index.snapshot())


def write_plan(folder: Path, version: int) -> None:
    """A kunnskapsgrunnlag and a samfunnsdel that both change between versions."""
    write(folder / "kg" / "kunnskapsgrunnlag.md",
          f"# Kunnskapsgrunnlag for Testvik\n\n## Svømmehallen\n\nI utgave {version} er svømmehallen i Testvik "
          f"40 år gammel og trenger oppussing.\n\nUtgave {version}: en ny svømmehall koster {40 + version} millioner kroner.\n")
    write(folder / "sd" / "samfunnsdel.md",
          f"# Samfunnsdel for Testvik\n\n## Folkehelse\n\nUtgave {version}: Testvik skal ha en svømmehall som gir "
          f"alle barn svømmeopplæring.\n")


def ingest_plan(deps: Deps, folder: Path) -> None:
    deps.index.ingest([folder / "kg"], kind="kunnskapsgrunnlag")
    deps.index.ingest([folder / "sd"], kind="samfunnsdel")


def test_an_answer_built_from_several_searches_comes_from_one_generation(tmp_path, embedder, labeller, monkeypatch):
    write_plan(tmp_path, 1)
    deps = Deps.build(Settings(index=tmp_path / "index"), embedder=embedder, labeller=labeller)
    ingest_plan(deps, tmp_path)
    search = deps.retriever.search
    searches = []

    def search_then_commit(*args, **kwargs):  # a real ingest, at the worst moment: between two searches
        result = search(*args, **kwargs)
        searches.append(result)
        if len(searches) == 1:
            write_plan(tmp_path, 2)
            ingest_plan(deps, tmp_path)
        return result

    monkeypatch.setattr(deps.retriever, "search", search_then_commit)
    result = answer("Bør Testvik bygge ny svømmehall?", "folkevalgt", deps)
    assert result.question_label == "political_choice" and len(searches) > 1
    versions = {m.lower() for source in result.sources for m in re.findall(r"[Uu]tgave \d", source.text)}
    assert len(versions) == 1, versions


class QuickEmbedder:
    """Random unit vectors instead of MiniLM: for the index's bookkeeping at a size the model can't do here."""

    name = "test/tilfeldige-vektorer"
    dimension = 8

    def encode(self, texts):
        import numpy as np

        vectors = np.random.default_rng(len(texts)).normal(size=(len(texts), self.dimension)).astype("float32")
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)

    def encode_one(self, text):
        return self.encode([text])[0]


@pytest.mark.slow
def test_one_ingest_of_more_chunks_than_sqlite_takes_variables(tmp_path):
    """33 000 new chunks in one ingest: Chroma is asked about them in batches (SQLite's limit is 32 766)."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for number in range(30):
        lines = [f"# Stor rapport {number}", ""]
        for paragraph in range(1_100):
            lines += [f"Avsnitt {paragraph} i rapport {number} handler om tjeneste {paragraph % 37} og "
                      f"budsjettpost {paragraph * number} i kommunens økonomiplan for perioden.", ""]
        (folder / f"rapport-{number:02d}.md").write_text("\n".join(lines), encoding="utf-8")
    index = Index(tmp_path / "index", QuickEmbedder(), chunk_chars=200)
    report = index.ingest([folder])
    assert report.count("added") == 30 and report.count("failed") == 0
    assert len(index.snapshot()) > 32_766
    assert index._chroma().count() == len(index.snapshot())
