"""Shared fixtures: the real MiniLM model and the real neutrality engine, loaded once per session."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
NOTE = ROOT / "corpus" / "notat" / "ks-notat-samspill-2024.txt"


@pytest.fixture(scope="session")
def embedder():
    from assistant.embeddings import Embedder

    return Embedder()


@pytest.fixture(scope="session")
def labeller():
    from assistant.neutrality import Labeller

    return Labeller.load()


@pytest.fixture(scope="session")
def corpus_index_dir(tmp_path_factory, embedder):
    """The bundled corpus ingested once into a real on-disk index (Chroma + BM25)."""
    from assistant.index import Index

    folder = tmp_path_factory.mktemp("corpus-index")
    Index(folder, embedder).ingest([ROOT / "corpus"])
    return folder


@pytest.fixture(scope="session")
def deps(corpus_index_dir, embedder, labeller):
    from assistant.config import Settings
    from assistant.deps import Deps

    return Deps.build(Settings(index=corpus_index_dir), embedder=embedder, labeller=labeller)


@pytest.fixture
def note_copy(tmp_path) -> Path:
    target = tmp_path / "notat.txt"
    shutil.copy(NOTE, target)
    shutil.copy(NOTE.with_name(NOTE.name + ".meta.json"), tmp_path / "notat.txt.meta.json")
    return target
