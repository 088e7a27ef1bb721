"""Schemathesis against the running server's own OpenAPI schema: whatever it is sent, never a 5xx.

The server runs for real (uvicorn on 127.0.0.1 in a thread, as in ``tests/browser/live_server.py``)
over a copy of the session's corpus index, with an admin key so that ``/api/ingest`` is exercised
too, and a rate limit high enough that the fuzzing is not just answered with 429. Every operation
gets a small number of generated requests (positive and negative), so the test takes about a minute.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from tests.serving import serve_in_thread

ADMIN_KEY = "skjema-admin"
EXAMPLES_PER_OPERATION = 12



def app_schema() -> dict:
    """The OpenAPI schema of ``create_app`` (built without starting it: no model, no index).

    Schemathesis' ``from_fixture`` does not work with pytest 9, so the operations are generated from
    this schema at collection time; ``test_the_server_serves_the_schema_under_test`` checks that the
    running server serves exactly this schema.
    """
    from assistant.config import Settings
    from assistant.server import create_app

    return create_app(Settings(index=Path(tempfile.gettempdir()) / "samspill-schema-unused")).openapi()


schema = schemathesis.openapi.from_dict(app_schema())


@pytest.fixture(scope="module")
def schema_server(corpus_index_dir, embedder, labeller, tmp_path_factory):
    from assistant.config import Settings
    from assistant.deps import Deps
    from assistant.server import create_app

    work = tmp_path_factory.mktemp("schema-server")
    index_dir = work / "index"
    shutil.copytree(corpus_index_dir, index_dir, ignore=shutil.ignore_patterns(".lock"))
    settings = Settings(index=index_dir, admin_key=ADMIN_KEY, rate_limit_per_minute=100_000,
                        records_db=work / "records.sqlite3", log_conversations=True)
    deps = Deps.build(settings, embedder=embedder, labeller=labeller)
    with serve_in_thread(create_app(settings, deps), "uvicorn-schema") as url:
        yield url


def test_the_server_serves_the_schema_under_test(schema_server):
    assert httpx.get(f"{schema_server}/openapi.json").json() == schema.raw_schema


@pytest.mark.slow
@schema.parametrize()
@settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
def test_no_request_gets_a_server_error(case, schema_server):
    response = case.call_and_validate(base_url=schema_server, headers={"X-Admin-Key": ADMIN_KEY},
                                      checks=[not_a_server_error], timeout=120)
    if response.status_code >= 400:
        assert "Traceback" not in response.text
        if (response.headers.get("content-type") or [""])[0].startswith("application/json"):
            error = response.json()["error"]
            assert error["code"] and error["message"]
