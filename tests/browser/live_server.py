"""A real Samspill server, and a foreign «intranet» origin to embed it in, once per test session.

A pytest plugin (``pytest_plugins = ["tests.browser.live_server"]``), so the server and browser
tests share one server. The server runs uvicorn for real on 127.0.0.1 in a thread, over a copy of
the session's corpus index (the tests ingest into it; the shared index stays as it was).
"""

from __future__ import annotations

import functools
import shutil
import threading
import time
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from tests.browser.keys import ADMIN_KEY, API_KEY, BROWSER_KEY, MAX_UPLOAD_BYTES, RATE_KEY, RATE_LIMIT
from tests.serving import serve_in_thread


@dataclass(frozen=True)
class LiveServer:
    url: str
    settings: object  # assistant.config.Settings
    deps: object  # assistant.deps.Deps


@dataclass(frozen=True)
class Intranet:
    """A plain static web server on another port: the municipality's intranet."""

    origin: str
    folder: Path


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the stdlib's name
        pass


@pytest.fixture(scope="session")
def intranet(tmp_path_factory) -> Intranet:
    folder = tmp_path_factory.mktemp("intranet")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(folder)))
    thread = threading.Thread(target=httpd.serve_forever, name="intranet", daemon=True)
    thread.start()
    yield Intranet(f"http://127.0.0.1:{httpd.server_address[1]}", folder)
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_server(corpus_index_dir, embedder, labeller, intranet, tmp_path_factory) -> LiveServer:
    
    from assistant.config import Settings
    from assistant.deps import Deps
    from assistant.server import create_app

    work = tmp_path_factory.mktemp("server")
    index_dir = work / "index"
    shutil.copytree(corpus_index_dir, index_dir, ignore=shutil.ignore_patterns(".lock"))
    settings = Settings(
        index=index_dir,
        api_keys=[API_KEY, BROWSER_KEY, RATE_KEY],
        admin_key=ADMIN_KEY,
        cors_origins=[intranet.origin],
        rate_limit_per_minute=RATE_LIMIT,
        max_upload_bytes=MAX_UPLOAD_BYTES,
        records_db=work / "records.sqlite3",
        log_conversations=True,
        retention_days=30,
    )
    deps = Deps.build(settings, embedder=embedder, labeller=labeller)
    with serve_in_thread(create_app(settings, deps)) as url:
        yield LiveServer(url, settings, deps)


@pytest.fixture(scope="session")
def api(live_server):
    """An httpx client with the main API key."""
    with httpx.Client(base_url=live_server.url, headers={"X-API-Key": API_KEY}, timeout=120) as client:
        yield client
