"""/api/health says why when the vector store is down (the app in-process, Chroma's server absent)."""

from __future__ import annotations

import shutil
import socket

from starlette.testclient import TestClient


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_health_names_the_vector_store_when_it_is_down(corpus_index_dir, embedder, labeller, tmp_path):
    from assistant.config import Settings
    from assistant.deps import Deps
    from assistant.server import create_app

    index_dir = tmp_path / "index"
    shutil.copytree(corpus_index_dir, index_dir, ignore=shutil.ignore_patterns(".lock"))
    settings = Settings(index=index_dir, chroma_host="127.0.0.1", chroma_port=_closed_port())
    deps = Deps.build(settings, embedder=embedder, labeller=labeller)
    with TestClient(create_app(settings, deps)) as client:
        response = client.get("/api/health")
    assert response.status_code == 503
    body = response.json()
    assert body["alive"] is True and body["status"] == "degraded"
    assert body["error"]["code"] == "unavailable"
    assert "Vektordatabasen er ikke tilgjengelig" in body["error"]["message"]
    assert body["index"]["documents"] >= 3  # the committed index itself is still readable
