"""The HTTP service: ``create_app(settings)`` — routes, Server-Sent Events, guards, errors.

Flow of a question: ``widget.js → POST /api/ask/stream → ask_stream → answering.answer`` (in a
worker thread) ``→ SSE events`` (``sources``, ``delta``…, ``done``). The model, index and
classifier are built once, in the lifespan, unless the caller hands in ready :class:`Deps`.

Every error leaves as ``{"error": {"code", "message"}}`` with a Norwegian message; the mapping
from :mod:`assistant.errors` to HTTP is :func:`error_response`, used by the exception handlers
and by the guards in :mod:`assistant.security` alike.
"""

from __future__ import annotations

import json
import logging
import re
import tempfile
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, AsyncIterator, Literal

import anyio
from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from pydantic import BaseModel, Field
from sse_starlette import EventSourceResponse
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant import prompts
from assistant.answering import answer
from assistant.config import Settings
from assistant.deps import Deps
from assistant.documents import KINDS, SUFFIXES
from assistant.errors import BadRequest, DocumentError, SamspillError, ServiceUnavailable, TooLarge
from assistant.records import REASONS, Feedback, Records
from assistant.security import BodyLimit, Client, Gate, OriginGuard, RateLimiter, SecurityHeaders

log = logging.getLogger(__name__)

STATIC = Path(__file__).resolve().parent / "static"
INGEST_PATH = "/api/ingest"
UPLOAD_FOLDER = "opplastet"
MAX_CHECK_CHARS = 50_000
MAX_UPLOAD_FILES = 20
PURGE_EVERY_SECONDS = 24 * 3600
PAGE_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'"


# ---------------------------------------------------------------- errors, mapped in one place


class InvalidRequest(BadRequest):
    code = "invalid_request"
    http_status = 422


class InvalidJson(BadRequest):
    code = "invalid_json"


class NotFound(SamspillError):
    code = "not_found"
    http_status = 404


class MethodNotAllowed(SamspillError):
    code = "method_not_allowed"
    http_status = 405


def error_response(exc: SamspillError) -> JSONResponse:
    retry_after = getattr(exc, "retry_after", None)
    return JSONResponse(
        {"error": {"code": exc.code, "message": exc.message}},
        status_code=exc.http_status,
        headers={"Retry-After": str(retry_after)} if retry_after else None,
    )


def _from_validation(exc: RequestValidationError) -> SamspillError:
    first = exc.errors()[0] if exc.errors() else {"type": "", "loc": ()}
    if first["type"] == "json_invalid":
        return InvalidJson(prompts.render("server/invalid_json"))
    loc = [str(part) for part in first.get("loc", ()) if part != "body"]
    if not loc:
        return InvalidRequest(prompts.render("server/body_not_object"))
    name = ".".join(loc)
    if first["type"] == "missing":
        return InvalidRequest(prompts.render("server/field_missing", field=name))
    if first["type"].endswith("_type"):
        return InvalidRequest(prompts.render("server/field_type", field=name))
    return InvalidRequest(prompts.render("server/field_invalid", field=name))


def _from_http(request: Request, exc: StarletteHTTPException) -> SamspillError:
    if exc.status_code == 404:
        return NotFound(prompts.render("server/not_found", path=request.url.path))
    if exc.status_code == 405:
        return MethodNotAllowed(prompts.render("server/method_not_allowed", method=request.method, path=request.url.path))
    error = SamspillError(prompts.render("server/http_error", status=exc.status_code))
    error.http_status = exc.status_code
    return error


def install_error_handlers(app: FastAPI) -> None:
    async def samspill(_: Request, exc: SamspillError) -> Response:
        return error_response(exc)

    async def validation(_: Request, exc: RequestValidationError) -> Response:
        return error_response(_from_validation(exc))

    async def http(request: Request, exc: StarletteHTTPException) -> Response:
        return error_response(_from_http(request, exc))

    async def anything(request: Request, exc: Exception) -> Response:
        log.exception("Uventet feil i %s %s", request.method, request.url.path)
        return error_response(SamspillError(prompts.render("server/internal_error")))

    app.add_exception_handler(SamspillError, samspill)
    app.add_exception_handler(RequestValidationError, validation)
    app.add_exception_handler(StarletteHTTPException, http)
    app.add_exception_handler(Exception, anything)


# ---------------------------------------------------------------- request bodies


class AskRequest(BaseModel):
    question: str = Field(description="Spørsmålet, på norsk.", examples=["Hva er ledergruppens rolle i arbeidet med samfunnsdelen?"])
    role: str | None = Field(default="folkevalgt", description="folkevalgt, planlegger eller leder.")


class CheckRequest(BaseModel):
    text: str = Field(description="Teksten som skal sjekkes for glidning fra fag til politikk.")


class FeedbackRequest(BaseModel):
    rating: Literal["up", "down"]
    reasons: list[str] = Field(default_factory=list, max_length=10, description=f"Grunner ved tommel ned: {', '.join(REASONS)}.")
    question: str = Field(default="", max_length=20_000)
    role: str | None = None
    answer: str = Field(default="", max_length=50_000)
    comment: str = Field(default="", max_length=2_000)


# ---------------------------------------------------------------- the service


@dataclass
class Service:
    """What the routes need, built once in the lifespan."""

    settings: Settings
    deps: Deps
    records: Records
    gate: Gate
    limiter: RateLimiter
    startup_error: str | None = None

    def log_conversation(self, ask: dict) -> None:
        if self.settings.log_conversations:
            self.records.add_conversation(ask)


def service(request: Request) -> Service:
    return request.app.state.service


def user(request: Request, svc: Annotated[Service, Depends(service)]) -> Client:
    """An authenticated caller within their rate limit."""
    client = svc.gate.client(request)
    svc.limiter.take(client)
    return client


def admin(request: Request, svc: Annotated[Service, Depends(service)]) -> Client:
    client = svc.gate.admin(request)
    svc.limiter.take(client)
    return client


ServiceDep = Annotated[Service, Depends(service)]
UserDep = Annotated[Client, Depends(user)]
AdminDep = Annotated[Client, Depends(admin)]


def records_path(settings: Settings) -> Path:
    return settings.records_db or settings.index / "records.sqlite3"


def create_app(settings: Settings, deps: Deps | None = None) -> FastAPI:
    """The FastAPI application. ``deps`` lets tests hand in a ready model, index and classifier."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        ready = deps or await anyio.to_thread.run_sync(Deps.build, settings)
        startup_error = None
        try:
            await anyio.to_thread.run_sync(ready.ensure_corpus)
        except SamspillError as exc:  # keep serving: /api/health says why answers fail
            log.error("Kunne ikke legge inn korpuset: %s", exc.message)
            startup_error = exc.message
        records = Records(records_path(settings), settings.retention_days)
        await anyio.to_thread.run_sync(records.open)
        app.state.service = Service(settings, ready, records, Gate.from_settings(settings),
                                    RateLimiter(settings.rate_limit_per_minute), startup_error)
        async with anyio.create_task_group() as tasks:
            tasks.start_soon(_purge_daily, records)
            yield
            tasks.cancel_scope.cancel()

    app = FastAPI(
        title="Samspill",
        summary="Kildebasert assistent for folkevalgte og administrasjon i strategisk planlegging.",
        version="0.6.0",
        lifespan=lifespan,
    )
    install_error_handlers(app)
    # Outermost last: origin check and CORS headers, then security headers, then the size limits.
    app.add_middleware(BodyLimit, limit=settings.max_request_bytes, upload_limit=settings.max_upload_bytes,
                       upload_paths={INGEST_PATH}, on_error=error_response)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(OriginGuard, origins=list(settings.cors_origins), on_error=error_response)
    _add_routes(app)
    return app


async def _purge_daily(records: Records) -> None:
    while True:
        await anyio.sleep(PURGE_EVERY_SECONDS)
        try:
            await anyio.to_thread.run_sync(records.purge)
        except Exception:  # logged, and tried again tomorrow: a failed purge must not stop the service
            log.exception("Sletting av gamle poster feilet")


# ---------------------------------------------------------------- routes


def _add_routes(app: FastAPI) -> None:
    app.post("/api/ask", tags=["spørsmål"], summary="Still et spørsmål")(ask)
    app.post("/api/ask/stream", tags=["spørsmål"], summary="Still et spørsmål; svaret strømmes (SSE)",
             responses={200: {"content": {"text/event-stream": {}}, "description": "sources, delta …, done"}})(ask_stream)
    app.post("/api/check", tags=["spørsmål"], summary="Sjekk en tekst for glidning fra fag til politikk")(check)
    app.post("/api/feedback", tags=["spørsmål"], summary="Tommel opp eller ned på et svar")(feedback)
    app.get("/api/sources", tags=["indeks"], summary="Dokumentene i indeksen")(sources)
    app.post(INGEST_PATH, tags=["indeks"], summary="Last opp dokumenter (krever X-Admin-Key)",
             openapi_extra=_INGEST_OPENAPI)(ingest)
    app.get("/api/health", tags=["drift"], summary="Lever tjenesten, og er indeksen klar?")(health)
    app.get("/api/admin/export", tags=["drift"], summary="Eksporter tilbakemeldinger og logger (krever X-Admin-Key)")(export)
    app.get("/widget.js", include_in_schema=False)(widget)
    app.get("/", include_in_schema=False)(page)


def ask(body: AskRequest, svc: ServiceDep, _: UserDep) -> dict:
    result = answer(body.question, body.role, svc.deps).to_dict()
    svc.log_conversation(result)
    return result


async def ask_stream(body: AskRequest, svc: ServiceDep, _: UserDep) -> EventSourceResponse:
    # The whole answer is made (and validated) before the stream opens, so a bad request gets a
    # plain JSON error, and the events carry exactly what /api/ask would have returned.
    result = await anyio.to_thread.run_sync(lambda: answer(body.question, body.role, svc.deps).to_dict())
    await anyio.to_thread.run_sync(svc.log_conversation, result)
    return EventSourceResponse(ask_events(result), ping=15)


async def ask_events(result: dict) -> AsyncIterator[dict]:
    yield {"event": "sources", "data": json.dumps(result["sources"], ensure_ascii=False)}
    for piece in answer_pieces(result["answer"]):
        yield {"event": "delta", "data": json.dumps({"text": piece}, ensure_ascii=False)}
    yield {"event": "done", "data": json.dumps(result, ensure_ascii=False)}


def answer_pieces(text: str) -> list[str]:
    """The answer sentence by sentence, citation markers kept with their sentence; joined, the text."""
    return [piece for piece in re.split(r"(?<=[.!?:»\]])(?=\s+[^\s\[])", text) if piece]


def check(body: CheckRequest, svc: ServiceDep, _: UserDep) -> dict:
    from assistant.neutrality import check_text

    text = body.text
    if not text.strip():
        raise BadRequest(prompts.render("server/text_empty"))
    if len(text) > MAX_CHECK_CHARS:
        raise TooLarge(prompts.render("server/text_too_long", length=len(text), limit=MAX_CHECK_CHARS))
    return check_text(text, svc.deps.labeller).to_dict()


def feedback(body: FeedbackRequest, svc: ServiceDep, _: UserDep) -> dict:
    for reason in body.reasons:
        if reason not in REASONS:
            raise InvalidRequest(prompts.render("server/unknown_reason", reason=reason, reasons=", ".join(REASONS)))
    role = body.role if body.role in ("folkevalgt", "planlegger", "leder") else None
    record = Feedback(body.rating, list(dict.fromkeys(body.reasons)), role, body.question, body.answer, body.comment)
    return {"id": svc.records.add_feedback(record), "stored": True}


def sources(svc: ServiceDep, _: UserDep) -> dict:
    index = svc.deps.index
    return {"generation": index.current_generation(), "documents": [d.to_dict() for d in index.documents()]}


async def ingest(request: Request, svc: ServiceDep, _: AdminDep) -> Response:
    try:
        form = await request.form(max_files=MAX_UPLOAD_FILES, max_fields=10)
    except TooLarge:
        raise
    except Exception as exc:  # a broken multipart body: the request's fault, not ours
        raise BadRequest(prompts.render("server/bad_form")) from exc
    try:
        uploads = [item for item in form.getlist("files") if isinstance(item, UploadFile)]
        kind = form.get("kind") or None
        if kind is not None and kind not in KINDS:
            raise InvalidRequest(prompts.render("server/unknown_kind", kind=kind, kinds=", ".join(KINDS)))
        if not uploads:
            raise BadRequest(prompts.render("server/no_files"))
        report = await anyio.to_thread.run_sync(ingest_uploads, svc.deps, uploads, kind)
    finally:
        await form.close()
    files = report["files"]
    if files and all(f["status"] == "failed" for f in files):
        reasons = " ".join(f["reason"] for f in files)
        error = DocumentError(prompts.render("server/ingest_failed", reasons=reasons))
        return JSONResponse({"error": {"code": error.code, "message": error.message}, **report},
                            status_code=error.http_status)
    return JSONResponse(report)


def ingest_uploads(deps: Deps, uploads: list[UploadFile], kind: str | None) -> dict:
    """Write the uploads to a temporary folder and ingest them as ``opplastet/<name>``."""
    names = [_safe_name(u.filename) for u in uploads]
    duplicate = next((n for n in names if names.count(n) > 1), None)
    if duplicate:
        raise BadRequest(prompts.render("server/duplicate_file", file=duplicate))
    refused = []
    with tempfile.TemporaryDirectory(prefix="samspill-upload-") as folder:
        paths = []
        for name, upload in zip(names, uploads):
            path = Path(folder) / name
            with path.open("wb") as handle:
                while chunk := upload.file.read(1 << 20):
                    handle.write(chunk)
            if name.endswith(".meta.json"):
                continue  # metadata for a document uploaded next to it
            suffix = path.suffix.lower()
            if suffix not in SUFFIXES:
                refused.append({"path": f"{UPLOAD_FOLDER}/{name}", "status": "failed", "chunks": 0,
                                "reason": prompts.render("server/unsupported_file", file=name, suffix=suffix or "ingen")})
                continue
            paths.append(path)
        if not paths:
            return {"files": refused, "counts": _counts(refused), "generation": deps.index.current_generation()}
        report = deps.index.ingest(paths, kind=kind, display=lambda p: f"{UPLOAD_FOLDER}/{p.name}").to_dict()
    report["files"] = refused + report["files"]
    report["counts"] = _counts(report["files"])
    return report


def _counts(files: list[dict]) -> dict[str, int]:
    return {s: sum(1 for f in files if f["status"] == s) for s in ("added", "updated", "unchanged", "failed", "removed")}


def _safe_name(filename: str | None) -> str:
    """The file's own name without any folder, or a 400 if nothing usable is left."""
    name = re.sub(r"[\x00-\x1f\x7f]", "", (filename or "").replace("\\", "/").rsplit("/", 1)[-1]).strip()
    if not name or name.startswith(".") or len(name) > 200:
        raise BadRequest(prompts.render("server/bad_file_name", file=name[:60]))
    return name


def health(svc: ServiceDep) -> JSONResponse:
    status: dict = {"status": "ok", "alive": True}
    problem = svc.startup_error
    try:
        index = svc.deps.index.health()
        status["index"] = index
        if index.get("vector_store") != "ok":
            problem = prompts.render("server/vector_store_down", reason=index.get("vector_store"))
    except SamspillError as exc:
        problem = prompts.render("server/index_unreadable", reason=exc.message)
    if problem:
        error = ServiceUnavailable(problem)
        status.update(status="degraded", error={"code": error.code, "message": error.message})
        return JSONResponse(status, status_code=error.http_status)
    return JSONResponse(status)


def export(
    svc: ServiceDep,
    _: AdminDep,
    format: Annotated[str, Query(description="json eller csv")] = "json",
    table: Annotated[str, Query(description="For csv: feedback eller conversations")] = "feedback",
) -> Response:
    if format == "json":
        return JSONResponse(svc.records.export_json())
    if format != "csv":
        raise InvalidRequest(prompts.render("server/unknown_format", format=format))
    if table not in ("feedback", "conversations"):
        raise InvalidRequest(prompts.render("server/unknown_table", table=table))
    return Response(svc.records.export_csv(table), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="samspill-{table}.csv"'})


def widget() -> FileResponse:
    return FileResponse(STATIC / "widget.js", media_type="text/javascript; charset=utf-8",
                        headers={"Cache-Control": "public, max-age=300"})


def page() -> FileResponse:
    return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8",
                        headers={"Content-Security-Policy": PAGE_POLICY})


_INGEST_OPENAPI = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["files"],
                    "properties": {
                        "files": {"type": "array", "items": {"type": "string", "format": "binary"}},
                        "kind": {"type": "string", "enum": list(KINDS)},
                    },
                }
            }
        },
    }
}


def app_from_environment() -> FastAPI:
    """For ``uvicorn --factory assistant.server:app_from_environment --workers N``: each worker
    reads the settings from the environment and builds its own dependencies in the lifespan."""
    return create_app(Settings())
