"""Who may call the service, from where, how often and with how much: the server's guards.

- :class:`Gate` — API keys (``X-API-Key``), a trusted single-sign-on header set by the reverse
  proxy, and the admin key (``X-Admin-Key``) for ingest and export.
- :class:`RateLimiter` — a token bucket per client (key, SSO user or IP), in memory.
- :class:`OriginGuard` — CORS from the allow-list; a refused preflight or a request from a foreign
  origin gets a Norwegian JSON error instead of a silent pass.
- :class:`BodyLimit` — request and upload size limits, enforced while the body is read.
- :class:`SecurityHeaders` — ``nosniff``, ``no-referrer``, no caching of API answers.

The guards raise :mod:`assistant.errors`; the two ASGI middlewares, which run outside FastAPI's
exception handlers, turn an error into a response with the ``on_error`` function the server gives
them, so the error-to-HTTP mapping stays in one place (``server.error_response``).
"""

from __future__ import annotations

import hashlib
import hmac
import math
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Callable
from urllib.parse import urlsplit

from starlette.datastructures import Headers, MutableHeaders
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant import prompts
from assistant.config import Settings
from assistant.errors import Forbidden, RateLimited, SamspillError, TooLarge, Unauthorized

ErrorResponder = Callable[[SamspillError], Response]

API_KEY_HEADER = "X-API-Key"
ADMIN_KEY_HEADER = "X-Admin-Key"


@dataclass(frozen=True)
class Client:
    """The caller, as far as rate limiting is concerned; never holds a key in clear text."""

    id: str  # "key:<hash>", "sso:<user>", "ip:<address>" or "admin"


class Gate:
    """Decides whether a request may use the API, and whether it may administer the index."""

    def __init__(self, api_keys: list[str], sso_header: str | None, admin_key: str | None):
        self.api_keys = [k for k in api_keys if k]
        self.sso_header = sso_header or None
        self.admin_key = admin_key or None

    @classmethod
    def from_settings(cls, settings: Settings) -> "Gate":
        return cls(settings.api_keys, settings.sso_header, settings.admin_key)

    @property
    def open(self) -> bool:
        """No key and no SSO configured: everyone who can reach the service may use it."""
        return not self.api_keys and not self.sso_header

    def client(self, request: Request) -> Client:
        if self.sso_header:
            user = request.headers.get(self.sso_header, "").strip()
            if user:
                return Client(f"sso:{user}")
        key = request.headers.get(API_KEY_HEADER)
        if key and _matches_any(key, self.api_keys):
            return Client(f"key:{_fingerprint(key)}")
        if self.open:
            return Client(f"ip:{request.client.host if request.client else 'ukjent'}")
        raise Unauthorized(prompts.render("server/unauthorized"))

    def admin(self, request: Request) -> Client:
        if not self.admin_key:
            raise Forbidden(prompts.render("server/admin_disabled"))
        key = request.headers.get(ADMIN_KEY_HEADER)
        if not key:
            raise Unauthorized(prompts.render("server/admin_required"))
        if not _matches_any(key, [self.admin_key]):
            raise Forbidden(prompts.render("server/admin_wrong"))
        return Client("admin")


def _matches_any(given: str, keys: list[str]) -> bool:
    """Constant-time comparison against every key, so timing says nothing about which is close."""
    found = False
    for key in keys:
        found |= hmac.compare_digest(given.encode(), key.encode())
    return found


def _fingerprint(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:12]


class SlowDown(RateLimited):
    """Rate limited, with the number of seconds until the next request is allowed."""

    def __init__(self, retry_after: int):
        super().__init__(prompts.render("server/rate_limited", seconds=retry_after))
        self.retry_after = retry_after


class RateLimiter:
    """A token bucket per client: ``per_minute`` requests in a burst, refilled evenly over a minute.

    Buckets live in memory (one process); the least recently seen clients are forgotten beyond
    ``max_clients``, which only ever gives a forgotten client a full bucket back.
    """

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic, max_clients: int = 10_000):
        if per_minute < 1:
            raise ValueError(f"per_minute må være minst 1, fikk {per_minute}")
        self.capacity = float(per_minute)
        self.refill_per_second = per_minute / 60.0
        self.clock = clock
        self.max_clients = max_clients
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def take(self, client: Client) -> None:
        """Spend one token for ``client`` or raise :class:`SlowDown`."""
        now = self.clock()
        with self._lock:
            tokens, last = self._buckets.pop(client.id, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - last) * self.refill_per_second)
            allowed = tokens >= 1.0
            self._buckets[client.id] = (tokens - 1.0 if allowed else tokens, now)
            while len(self._buckets) > self.max_clients:
                self._buckets.popitem(last=False)
        if not allowed:
            raise SlowDown(max(1, math.ceil((1.0 - tokens) / self.refill_per_second)))


class OriginGuard(CORSMiddleware):
    """CORS from an explicit allow-list, strict about refusals.

    A preflight from an origin not on the list gets 403 with a Norwegian JSON error, and so does an
    API request whose ``Origin`` is neither on the list nor the service's own host (a browser would
    hide the answer from the foreign page anyway; refusing it also stops the request's side effects).
    """

    def __init__(self, app: ASGIApp, origins: list[str], on_error: ErrorResponder, api_prefix: str = "/api/"):
        if "*" in origins:
            raise ValueError("CORS-listen kan ikke inneholde «*».")
        super().__init__(
            app,
            allow_origins=origins,
            allow_methods=("GET", "POST"),
            allow_headers=("Content-Type", API_KEY_HEADER, ADMIN_KEY_HEADER),
            allow_credentials=True,  # safe: the list is explicit, never "*"
            max_age=600,
        )
        self.on_error = on_error
        self.api_prefix = api_prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith(self.api_prefix):
            headers = Headers(scope=scope)
            origin = headers.get("origin")
            if origin is not None and not self._acceptable(origin, headers):
                await self.on_error(Forbidden(prompts.render("server/origin_refused", origin=origin)))(scope, receive, send)
                return
        await super().__call__(scope, receive, send)

    def preflight_response(self, request_headers: Headers) -> Response:
        response = super().preflight_response(request_headers)
        if response.status_code == 200:
            return response
        return self.on_error(Forbidden(prompts.render("server/preflight_refused")))

    def _acceptable(self, origin: str, headers: Headers) -> bool:
        return self.is_allowed_origin(origin) or urlsplit(origin).netloc == headers.get("host")


class BodyLimit:
    """Refuse request bodies above ``limit`` (uploads: ``upload_limit``) with 413, reading no further.

    A declared ``Content-Length`` above the limit is refused before a byte is read. Otherwise the
    bytes are counted as they arrive: ordinary requests are read up to the limit before the app
    sees them; uploads stream through and the count stops them mid-way.
    """

    def __init__(self, app: ASGIApp, limit: int, upload_limit: int, upload_paths: set[str], on_error: ErrorResponder):
        self.app = app
        self.limit = limit
        self.upload_limit = upload_limit
        self.upload_paths = upload_paths
        self.on_error = on_error

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        upload = scope["path"] in self.upload_paths
        limit = self.upload_limit if upload else self.limit
        too_large = TooLarge(prompts.render(
            "server/upload_too_large" if upload else "server/request_too_large", limit=human_bytes(limit)
        ))
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await self.on_error(too_large)(scope, receive, send)
            return
        if upload:
            await self._stream(scope, receive, send, limit, too_large)
            return
        messages = await _read_up_to(receive, limit)
        if messages is None:
            await self.on_error(too_large)(scope, receive, send)
            return
        await self.app(scope, _replay(messages, receive), send)

    async def _stream(self, scope: Scope, receive: Receive, send: Send, limit: int, too_large: TooLarge) -> None:
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise too_large
            return message

        async def watching_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, watching_send)
        except TooLarge as exc:
            if started:
                raise
            await self.on_error(exc)(scope, receive, send)


def _content_length(scope: Scope) -> int | None:
    value = Headers(scope=scope).get("content-length")
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


async def _read_up_to(receive: Receive, limit: int) -> list[Message] | None:
    """All messages of the request body, or None as soon as it grows past ``limit``."""
    messages: list[Message] = []
    size = 0
    while True:
        message = await receive()
        messages.append(message)
        if message["type"] != "http.request":
            return messages
        size += len(message.get("body", b""))
        if size > limit:
            return None
        if not message.get("more_body", False):
            return messages


def _replay(messages: list[Message], receive: Receive) -> Receive:
    pending = list(messages)

    async def replayed() -> Message:
        return pending.pop(0) if pending else await receive()

    return replayed


def human_bytes(size: int) -> str:
    """``200000`` → ``200 kB``, ``1500000`` → ``1,5 MB`` (Norwegian decimal comma)."""
    for unit, factor in (("MB", 1_000_000), ("kB", 1_000)):
        if size >= factor:
            number = f"{size / factor:.1f}".replace(".", ",").removesuffix(",0")
            return f"{number} {unit}"
    return f"{size} byte"


class SecurityHeaders:
    """``nosniff`` and ``no-referrer`` on every response; API answers are never cached."""

    def __init__(self, app: ASGIApp, api_prefix: str = "/api/"):
        self.app = app
        self.api_prefix = api_prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        api = scope["path"].startswith(self.api_prefix)

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "no-referrer")
                if api:
                    headers.setdefault("Cache-Control", "no-store")
            await send(message)

        await self.app(scope, receive, with_headers)
