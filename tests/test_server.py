"""The HTTP contract, through a real uvicorn server on 127.0.0.1 with a real index (httpx client)."""

from __future__ import annotations

import csv
import io
import json
import re

import httpx
import pytest

from tests.browser.keys import ADMIN_KEY, API_KEY, MAX_UPLOAD_BYTES, RATE_KEY, RATE_LIMIT

pytest_plugins = ["tests.browser.live_server"]

ASK_KEYS = {"question", "role", "question_label", "answer", "sentences", "drift", "notice",
            "insufficient_evidence", "sources", "mode"}
SOURCE_KEYS = {"id", "document", "path", "kind", "section", "page", "score", "text"}
LABELS = {"fact", "professional_advice", "political_choice"}
QUESTION = "Hva er ledergruppens rolle i arbeidet med samfunnsdelen?"
NORWEGIAN = re.compile(r"[æøåÆØÅ]|\b(er|ikke|må|for|feltet|spørsmålet|forespørselen|filen|ukjent|eller|velg)\b", re.IGNORECASE)


# ---------------------------------------------------------------- helpers


def index_state(deps) -> tuple[int, list[tuple[str, str]]]:
    return deps.index.current_generation(), [(d.path, d.sha256) for d in deps.index.documents()]


def assert_error(response: httpx.Response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert set(error) >= {"code", "message"}
    if code:
        assert error["code"] == code
    assert NORWEGIAN.search(error["message"]), error["message"]
    assert "Traceback" not in response.text
    return error


def read_events(response: httpx.Response) -> list[tuple[str, object]]:
    """Parse a text/event-stream body into (event, JSON data) pairs."""
    events, name, data = [], "message", []
    for line in response.iter_lines():
        if not line:
            if data:
                events.append((name, json.loads("\n".join(data))))
            name, data = "message", []
        elif line.startswith("event:"):
            name = line[6:].strip()
        elif line.startswith("data:"):
            data.append(line[5:].removeprefix(" "))
    return events


def ask_stream(api: httpx.Client, body: dict) -> list[tuple[str, object]]:
    with api.stream("POST", "/api/ask/stream", json=body) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        return read_events(response)


# ---------------------------------------------------------------- the contract


def test_health_reports_the_index(live_server):
    response = httpx.get(f"{live_server.url}/api/health")  # no key: load balancers must reach it
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok" and body["alive"] is True
    assert body["index"]["documents"] >= 3 and body["index"]["vector_store"] == "ok"


def test_ask_answers_with_citations_that_resolve(api):
    response = api.post("/api/ask", json={"question": QUESTION, "role": "leder"})
    assert response.status_code == 200
    ask = response.json()
    assert set(ask) >= ASK_KEYS
    assert ask["role"] == "leder" and ask["question"] == QUESTION
    assert ask["insufficient_evidence"] is False and ask["mode"] in ("extractive", "llm")
    assert ask["question_label"] in LABELS
    assert ask["sources"] and all(set(s) >= SOURCE_KEYS for s in ask["sources"])
    ids = {s["id"] for s in ask["sources"]}
    assert {int(n) for n in re.findall(r"\[(\d+)\]", ask["answer"])} <= ids
    assert all(s["label"] in LABELS and set(s["sources"]) <= ids for s in ask["sentences"])
    assert any("ledergrupp" in s["text"].lower() for s in ask["sources"])


def test_role_defaults_to_folkevalgt(api):
    assert api.post("/api/ask", json={"question": QUESTION}).json()["role"] == "folkevalgt"


def test_stream_sends_sources_then_deltas_then_the_ask_object(api):
    body = {"question": QUESTION, "role": "planlegger"}
    events = ask_stream(api, body)
    names = [name for name, _ in events]
    assert names[0] == "sources" and names[-1] == "done"
    assert names.count("sources") == 1 and names.count("done") == 1
    assert set(names[1:-1]) == {"delta"} and len(names) > 3
    done = events[-1][1]
    assert done == api.post("/api/ask", json=body).json()
    assert events[0][1] == done["sources"]
    assert "".join(data["text"] for name, data in events if name == "delta") == done["answer"]


def test_check_labels_sentences_and_flags_drift(api):
    text = "Folketallet økte med 1,1 prosent i fjor. Kommunen bør bygge ny svømmehall."
    response = api.post("/api/check", json={"text": text})
    assert response.status_code == 200
    check = response.json()
    assert set(check) >= {"sentences", "counts", "drift"}
    assert set(check["counts"]) == LABELS
    first, second = check["sentences"]
    assert text[first["start"]:first["end"]] == first["text"]
    assert first["label"] == "fact" and second["label"] == "political_choice"
    assert check["drift"] is True


def test_sources_lists_the_bundled_corpus(api):
    response = api.get("/api/sources")
    assert response.status_code == 200
    documents = response.json()["documents"]
    paths = {d["path"] for d in documents}
    assert any(p.startswith("corpus/notat/") for p in paths)
    assert all({"path", "title", "kind", "chunks"} <= set(d) for d in documents)


def test_openapi_docs_are_on(live_server):
    spec = httpx.get(f"{live_server.url}/openapi.json").json()
    assert {"/api/ask", "/api/ask/stream", "/api/check", "/api/sources", "/api/ingest", "/api/health",
            "/api/feedback", "/api/admin/export"} <= set(spec["paths"])
    assert httpx.get(f"{live_server.url}/docs").status_code == 200


def test_widget_and_demo_page_are_served(live_server):
    script = httpx.get(f"{live_server.url}/widget.js")
    assert script.status_code == 200 and "javascript" in script.headers["content-type"]
    assert "attachShadow" in script.text and ".innerHTML" not in script.text
    page = httpx.get(f"{live_server.url}/")
    assert page.status_code == 200 and 'lang="nb"' in page.text and 'src="/widget.js"' in page.text
    assert "script-src" not in page.headers["content-security-policy"]  # default-src 'self' covers it
    assert page.headers["x-content-type-options"] == "nosniff"


# ---------------------------------------------------------------- bad requests: 4xx, Norwegian, index untouched


BAD_ASKS = [
    pytest.param(b'{"question": "Hva', 400, "invalid_json", id="malformed-json"),
    pytest.param(b'["et", "array"]', 422, "invalid_request", id="not-an-object"),
    pytest.param(b'{"role": "leder"}', 422, "invalid_request", id="missing-question"),
    pytest.param(b'{"question": 42}', 422, "invalid_request", id="question-not-text"),
    pytest.param('{"question": "Hva er planstrategi?", "role": "ordfører"}'.encode(), 400, "bad_request", id="unknown-role"),
    pytest.param(b'{"question": "   "}', 400, "bad_request", id="empty-question"),
    pytest.param(json.dumps({"question": "Hvorfor " * 12_500}).encode(), 413, "too_large", id="100kB-question"),
    pytest.param(json.dumps({"question": "x" * 300_000}).encode(), 413, "too_large", id="300kB-body"),
]


@pytest.mark.parametrize(("body", "status", "code"), BAD_ASKS)
@pytest.mark.parametrize("path", ["/api/ask", "/api/ask/stream"])
def test_bad_questions_get_a_norwegian_4xx(api, live_server, path, body, status, code):
    before = index_state(live_server.deps)
    response = api.post(path, content=body, headers={"Content-Type": "application/json"})
    assert_error(response, status, code)
    assert index_state(live_server.deps) == before


def test_oversized_body_is_refused_while_reading(api):
    """No Content-Length (chunked): the limit is enforced on the bytes as they arrive."""
    def chunks():
        yield b'{"question": "'
        for _ in range(300):
            yield b"x" * 1000
        yield b'"}'

    response = api.post("/api/ask", content=chunks(), headers={"Content-Type": "application/json"})
    error = assert_error(response, 413, "too_large")
    assert "200 kB" in error["message"]


@pytest.mark.parametrize("headers", [{}, {"X-API-Key": "feil-nokkel"}], ids=["no-key", "wrong-key"])
def test_a_missing_or_wrong_key_is_refused(live_server, headers):
    response = httpx.post(f"{live_server.url}/api/ask", json={"question": QUESTION}, headers=headers)
    assert_error(response, 401, "unauthorized")


def test_unknown_path_and_wrong_method(api):
    assert_error(api.get("/api/finnes-ikke"), 404, "not_found")
    assert_error(api.delete("/api/ask"), 405, "method_not_allowed")


def test_markup_in_a_question_comes_back_as_data(api):
    question = '<script>window.pwned=1</script><img src=x onerror="window.pwned=1"> Hva er samfunnsdelen?'
    response = api.post("/api/ask", json={"question": question})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["question"] == question
    done = ask_stream(api, {"question": question})[-1][1]
    assert done["question"] == question
    error = api.post("/api/ask", json={"question": "Hva?", "role": "<script>x</script>"})
    assert error.headers["content-type"].startswith("application/json")
    assert "<script>x</script>" in assert_error(error, 400)["message"]


# ---------------------------------------------------------------- CORS and origins


def test_allowed_origin_gets_cors_headers(live_server, intranet):
    preflight = httpx.options(f"{live_server.url}/api/ask/stream", headers={
        "Origin": intranet.origin, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type, x-api-key"})
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == intranet.origin
    assert preflight.headers["access-control-allow-credentials"] == "true"
    response = httpx.get(f"{live_server.url}/api/sources", headers={"Origin": intranet.origin, "X-API-Key": API_KEY})
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == intranet.origin


def test_foreign_origin_is_refused(live_server):
    foreign = "http://angriper.example"
    preflight = httpx.options(f"{live_server.url}/api/ask", headers={
        "Origin": foreign, "Access-Control-Request-Method": "POST"})
    assert_error(preflight, 403, "forbidden")
    assert "access-control-allow-origin" not in preflight.headers
    before = index_state(live_server.deps)
    response = httpx.post(f"{live_server.url}/api/ask", json={"question": QUESTION},
                          headers={"Origin": foreign, "X-API-Key": API_KEY})
    assert foreign in assert_error(response, 403, "forbidden")["message"]
    assert "access-control-allow-origin" not in response.headers
    assert index_state(live_server.deps) == before


def test_preflight_asking_for_an_unlisted_header_is_refused(live_server, intranet):
    preflight = httpx.options(f"{live_server.url}/api/ask", headers={
        "Origin": intranet.origin, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "x-hemmelig"})
    assert_error(preflight, 403, "forbidden")


# ---------------------------------------------------------------- rate limiting


def test_rate_limit_trips_per_client(live_server, api):
    with httpx.Client(base_url=live_server.url, headers={"X-API-Key": RATE_KEY}) as client:
        statuses = [client.get("/api/sources").status_code for _ in range(RATE_LIMIT + 5)]
        assert statuses[0] == 200 and 429 in statuses
        limited = client.get("/api/sources")
        error = assert_error(limited, 429, "rate_limited")
        assert int(limited.headers["retry-after"]) >= 1 and "sekund" in error["message"]
    assert api.get("/api/sources").status_code == 200  # another client's bucket is untouched


# ---------------------------------------------------------------- ingest


def upload(client_or_url, files, admin_key: str | None = ADMIN_KEY, **kwargs) -> httpx.Response:
    headers = {"X-Admin-Key": admin_key} if admin_key else {}
    return httpx.post(f"{client_or_url}/api/ingest", files=files, headers=headers, timeout=120, **kwargs)


@pytest.mark.parametrize(("admin_key", "status", "code"), [(None, 401, "unauthorized"), ("feil", 403, "forbidden")])
def test_ingest_needs_the_admin_key(live_server, admin_key, status, code):
    before = index_state(live_server.deps)
    response = upload(live_server.url, {"files": ("notat.txt", b"Kort tekst om Testvik.", "text/plain")}, admin_key)
    assert_error(response, status, code)
    assert index_state(live_server.deps) == before


@pytest.mark.parametrize(("name", "content"), [
    ("rapport.pdf", b"%PDF-1.7\n" + b"\x00\xff ikke en pdf " * 200),
    ("notat.docx", b"PK\x03\x04 dette er ingen docx"),
    ("program.exe", b"MZ\x90\x00"),
], ids=["corrupt-pdf", "corrupt-docx", "unsupported"])
def test_a_corrupt_file_gives_its_reason_and_leaves_the_index(live_server, name, content):
    before = index_state(live_server.deps)
    response = upload(live_server.url, {"files": (name, content, "application/octet-stream")})
    error = assert_error(response, 422)
    assert name in error["message"]
    files = response.json()["files"]
    assert files[0]["path"] == f"opplastet/{name}" and files[0]["status"] == "failed" and name in files[0]["reason"]
    assert index_state(live_server.deps) == before


def test_an_oversized_upload_is_refused(live_server):
    before = index_state(live_server.deps)
    big = ("stor.txt", b"Fjordvik " * (MAX_UPLOAD_BYTES // 4), "text/plain")
    assert_error(upload(live_server.url, {"files": big}), 413, "too_large")

    def chunked():  # the same, without Content-Length: stopped while reading
        yield b"--grense\r\nContent-Disposition: form-data; name=\"files\"; filename=\"stor.txt\"\r\n\r\n"
        for _ in range(30):
            yield b"Fjordvik " * 400
        yield b"\r\n--grense--\r\n"

    response = httpx.post(f"{live_server.url}/api/ingest", content=chunked(), timeout=60, headers={
        "X-Admin-Key": ADMIN_KEY, "Content-Type": "multipart/form-data; boundary=grense"})
    assert_error(response, 413, "too_large")
    assert index_state(live_server.deps) == before


def test_ingest_adds_an_uploaded_document_under_its_own_name(live_server, api):
    text = ("Havnebadet i Testvika\n\nHavnebadet i Testvika åpnet i 2023 og hadde 41 000 besøk det første året. "
            "Badet driftes av kommunen sammen med idrettslaget Testvika IL.\n").encode()
    response = upload(live_server.url, {"files": ("havnebadet-testvika.txt", text, "text/plain")}, data={"kind": "kunnskapsgrunnlag"})
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["files"] == [{"path": "opplastet/havnebadet-testvika.txt", "status": "added",
                                "chunks": report["files"][0]["chunks"], "reason": None}]
    assert report["generation"] == live_server.deps.index.current_generation()
    documents = {d["path"]: d for d in api.get("/api/sources").json()["documents"]}
    assert documents["opplastet/havnebadet-testvika.txt"]["kind"] == "kunnskapsgrunnlag"
    ask = api.post("/api/ask", json={"question": "Hvor mange besøk hadde havnebadet i Testvika?"}).json()
    assert any(s["path"] == "opplastet/havnebadet-testvika.txt" for s in ask["sources"])
    again = upload(live_server.url, {"files": ("havnebadet-testvika.txt", text, "text/plain")}, data={"kind": "kunnskapsgrunnlag"})
    assert again.json()["files"][0]["status"] == "unchanged"


# ---------------------------------------------------------------- feedback, logs and export


def test_feedback_is_stored_and_exported(live_server, api):
    response = api.post("/api/feedback", json={
        "rating": "down", "reasons": ["wrong_source", "political_bias"], "question": QUESTION,
        "role": "leder", "answer": "=HYPERLINK(\"http://x\")", "comment": "Kilde 2 handler om noe annet."})
    assert response.status_code == 200 and response.json()["stored"] is True
    assert api.post("/api/feedback", json={"rating": "up"}).status_code == 200
    assert_error(api.post("/api/feedback", json={"rating": "kanskje"}), 422, "invalid_request")
    assert_error(api.post("/api/feedback", json={"rating": "down", "reasons": ["stygg"]}), 422, "invalid_request")

    exported = httpx.get(f"{live_server.url}/api/admin/export", headers={"X-Admin-Key": ADMIN_KEY}).json()
    feedback = [f for f in exported["feedback"] if f["comment"] == "Kilde 2 handler om noe annet."]
    assert feedback and feedback[0]["reasons"] == ["wrong_source", "political_bias"]
    assert any(c["question"] == QUESTION for c in exported["conversations"])  # log_conversations is on

    table = httpx.get(f"{live_server.url}/api/admin/export", params={"format": "csv"}, headers={"X-Admin-Key": ADMIN_KEY})
    assert table.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(table.text)))
    row = next(r for r in rows if r["comment"] == "Kilde 2 handler om noe annet.")
    assert row["answer"].startswith("'=")  # a formula is shown as text in a spreadsheet
    assert row["reasons"] == "wrong_source; political_bias"


def test_export_needs_the_admin_key_and_a_known_format(live_server, api):
    assert_error(api.get("/api/admin/export"), 401, "unauthorized")
    assert_error(httpx.get(f"{live_server.url}/api/admin/export", params={"format": "xml"},
                           headers={"X-Admin-Key": ADMIN_KEY}), 422)


def test_upload_names_cannot_leave_the_upload_folder(live_server):
    text = "Gangbrua over Testelva\n\nGangbrua over Testelva ble bygd i 2021 og er 84 meter lang.\n".encode()
    response = upload(live_server.url, {"files": ("../../gangbrua-testelva.txt", text, "text/plain")})
    assert response.status_code == 200, response.text
    assert response.json()["files"][0]["path"] == "opplastet/gangbrua-testelva.txt"


def test_the_same_name_twice_in_one_upload_is_refused(live_server):
    before = index_state(live_server.deps)
    files = [("files", ("a.txt", b"Forste tekst om Testvik.", "text/plain")),
             ("files", ("a.txt", b"Andre tekst om Testvik.", "text/plain"))]
    assert_error(upload(live_server.url, files), 400, "bad_request")
    assert index_state(live_server.deps) == before
