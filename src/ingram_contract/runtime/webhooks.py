"""Receiving the vendor's order webhooks: verify, parse, drop duplicates — and a small ASGI app.

Two event shapes arrive at the same endpoint: order-status events (`resource` is a list;
`OrderStatusAsyncNotificationRequest`) and the answer to a v7 create (`resource` is one object;
`OrderCreateV7Response`, `IM::created` or `IM::error`). Each is parsed into its generated model.

The vendor signs only the event's `eventId` (`x-hub-signature`, see `signature.py`), not the body: a
changed `eventId` is caught by the signature, a changed body with a captured `eventId` is not — which is
one more reason to drop event ids already seen. The receiver is written against raw ASGI, so mounting it
(`Mount("/ingram", app=receiver)` in Starlette, `app.mount(...)` in FastAPI) needs no server package here.
"""

from __future__ import annotations

import inspect
import itertools
import json
import logging
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any, Final, Literal

import attrs
from ingram_orders.models import OrderCreateV7Response, OrderStatusAsyncNotificationRequest

from ingram_contract import facts
from ingram_contract.runtime.auth import Secret
from ingram_contract.runtime.errors import WebhookRejected
from ingram_contract.runtime.signature import signature_matches

logger = logging.getLogger(__name__)

DEFAULT_MAX_BODY_BYTES: Final = 1024 * 1024
# Far deeper than any event the vendor sends (5 levels); bounds the parser and every consumer after it.
DEFAULT_MAX_DEPTH: Final = 32
MAX_EVENT_ID_CHARS: Final = 256
DEFAULT_IN_FLIGHT_RETRY_AFTER: Final = 5

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
WebhookEvent = OrderStatusAsyncNotificationRequest | OrderCreateV7Response
Handler = Callable[[WebhookEvent], Awaitable[None] | None]
Outcome = Literal["accepted", "duplicate"]

# The first `"eventId": "..."` string in the raw body; the parsed body must agree with it after verification.
# Strings as "unrolled loops" (runs of plain bytes between escapes): linear and fast in `re`.
_EVENT_ID: Final = re.compile(rb'"eventId"\s*:\s*("[^"\\]*(?:\\.[^"\\]*)*")', re.DOTALL)
_JSON_STRING: Final = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_DEPTH_STEP: Final = tuple(1 if byte in b"[{" else -1 for byte in range(256))
_NOT_BRACKETS: Final = bytes(b for b in range(256) if b not in b"[]{}")


class EventInFlight(WebhookRejected):
    """A duplicate of an event still being handled: not done yet, so the sender must come back later."""

    def __init__(self, event_id: str, retry_after: int) -> None:
        super().__init__(f"event {_shown(event_id)} is still being handled: retry later", 503)
        self.retry_after = retry_after


@attrs.frozen
class Delivery:
    """A verified webhook delivery: its event id, the parsed event and the decoded JSON body."""

    event_id: str
    event: WebhookEvent
    payload: dict[str, Any]


def _shown(text: str) -> str:
    """Untrusted text for a log line or an error body: ASCII-escaped, at most 80 characters."""
    escaped = ascii(text)[1:-1]
    return escaped if len(escaped) <= 80 else escaped[:77] + "..."


def raw_event_id(body: bytes) -> str:
    """The `eventId` string of a delivery, found without parsing the body; `WebhookRejected` (400) if none."""
    found = _EVENT_ID.search(body)
    if found is None:
        raise WebhookRejected("body has no eventId string", 400)
    try:
        event_id = json.loads(found.group(1))
        event_id.encode("utf-8")
    except (ValueError, UnicodeError):
        raise WebhookRejected("eventId is not valid Unicode text", 400) from None
    if not isinstance(event_id, str) or not event_id or len(event_id) > MAX_EVENT_ID_CHARS:
        raise WebhookRejected(f"eventId must be 1 to {MAX_EVENT_ID_CHARS} characters", 400)
    return event_id


def nesting_depth(body: bytes) -> int:
    """How deep arrays and objects nest in a JSON text (strings skipped), counted without recursion."""
    brackets = _JSON_STRING.sub(b'""', body).translate(None, delete=_NOT_BRACKETS)
    return max(itertools.accumulate(map(_DEPTH_STEP.__getitem__, brackets)), default=0)


def verified_event_id(body: bytes, signature: str | None, secret: str | Secret) -> str:
    """The `eventId` of a delivery whose `x-hub-signature` matches it; `WebhookRejected` (401/400) otherwise.

    Nothing of the body is parsed but the `eventId` string itself.
    """
    if not signature:
        raise WebhookRejected(f"missing {facts.WEBHOOK_SIGNATURE_HEADER} header", 401)
    event_id = raw_event_id(body)
    key = secret.reveal() if isinstance(secret, Secret) else secret
    if not signature_matches(key, event_id, signature):
        raise WebhookRejected(f"{facts.WEBHOOK_SIGNATURE_HEADER} does not match the eventId", 401)
    return event_id


def parse_delivery(body: bytes, event_id: str, *, max_depth: int = DEFAULT_MAX_DEPTH) -> Delivery:
    """Parse a verified delivery into its generated model, or raise `WebhookRejected` (400)."""
    if nesting_depth(body) > max_depth:
        raise WebhookRejected(f"body nests deeper than {max_depth} levels", 400)
    try:
        payload = json.loads(body)
        json.dumps(payload, ensure_ascii=False).encode("utf-8")
    except (ValueError, UnicodeError, RecursionError):
        raise WebhookRejected("body is not JSON in valid Unicode", 400) from None
    if not isinstance(payload, dict):
        raise WebhookRejected("body is not a JSON object", 400)
    if payload.get("eventId") != event_id:
        raise WebhookRejected("body holds more than one eventId", 400)
    model = (
        OrderCreateV7Response
        if isinstance(payload.get("resource"), dict)
        else OrderStatusAsyncNotificationRequest
    )
    try:
        event: WebhookEvent = model.from_dict(payload)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise WebhookRejected(
            f"body does not match the {model.__name__} schema ({type(exc).__name__})", 400
        ) from None
    return Delivery(event_id, event, payload)


def verify_delivery(
    body: bytes, signature: str | None, secret: str | Secret, *, max_depth: int = DEFAULT_MAX_DEPTH
) -> Delivery:
    """Check the `x-hub-signature` of a delivery, then parse it; `WebhookRejected` (401/400) otherwise."""
    return parse_delivery(body, verified_event_id(body, signature, secret), max_depth=max_depth)


class SeenEventIds:
    """Event ids being handled or handled, bounded in number and optionally in age.

    `claim` before handling, then `complete` when the handler succeeded or `release` when it failed,
    so that the vendor's redelivery of a failed event is processed, two concurrent deliveries of one
    event are handled once, and a duplicate is acknowledged as done only once the first one is.
    """

    def __init__(
        self,
        max_size: int = 10_000,
        ttl: float | None = 7 * 24 * 3600.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._max_size = max_size
        self._ttl = ttl
        self._clock = clock
        # event id -> (claimed at, handled successfully)
        self._seen: OrderedDict[str, tuple[float, bool]] = OrderedDict()
        self._lock = threading.Lock()

    def claim(self, event_id: str) -> bool:
        """True if the event id is new (and now taken), False if it is being handled or was handled."""
        now = self._clock()
        with self._lock:
            self._expire(now)
            if event_id in self._seen:
                return False
            self._seen[event_id] = (now, False)
            if len(self._seen) > self._max_size:
                self._seen.popitem(last=False)
            return True

    def complete(self, event_id: str) -> None:
        """Record that the event was handled: its duplicates are now acknowledged as done."""
        with self._lock:
            if event_id in self._seen:
                self._seen[event_id] = (self._seen[event_id][0], True)

    def release(self, event_id: str) -> None:
        """Forget an event id whose handling failed, so a redelivery is handled."""
        with self._lock:
            self._seen.pop(event_id, None)

    def is_done(self, event_id: str) -> bool:
        """True once the event was handled successfully (not while it is in flight)."""
        with self._lock:
            return self._seen.get(event_id, (0.0, False))[1]

    def __contains__(self, event_id: object) -> bool:
        with self._lock:
            return event_id in self._seen

    def __len__(self) -> int:
        with self._lock:
            return len(self._seen)

    def _expire(self, now: float) -> None:
        if self._ttl is None:
            return
        while self._seen:
            oldest_id, (seen_at, _) = next(iter(self._seen.items()))
            if now - seen_at < self._ttl:
                return
            del self._seen[oldest_id]


class WebhookReceiver:
    """Verifies, parses and de-duplicates order-status webhooks, then calls `handler` once per event.

    Usable directly (`await receiver.receive(body, signature)`) from any framework, or mounted as an
    ASGI app. In this order: 405 not a POST, 413 too large (by `Content-Length` before reading),
    401 unsigned or forged, 400 malformed (checked only after the signature), 503 with `Retry-After`
    for a duplicate whose first delivery is still being handled, 200 accepted or duplicate of a handled
    event, 500 when the handler raised (the event id is released so a redelivery is handled). A rejected
    delivery is logged as one line, never with a traceback or the body's text.
    """

    def __init__(
        self,
        secret: str | Secret,
        handler: Handler,
        *,
        seen: SeenEventIds | None = None,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        max_depth: int = DEFAULT_MAX_DEPTH,
        in_flight_retry_after: int = DEFAULT_IN_FLIGHT_RETRY_AFTER,
    ) -> None:
        self._secret = secret if isinstance(secret, Secret) else Secret(secret)
        if not self._secret.reveal():
            raise ValueError("a webhook secret is required")
        self._handler = handler
        self.seen = seen if seen is not None else SeenEventIds()
        self._max_body_bytes = max_body_bytes
        self._max_depth = max_depth
        self._in_flight_retry_after = in_flight_retry_after

    def __repr__(self) -> str:
        return f"{type(self).__name__}(handler={self._handler!r})"

    async def receive(self, body: bytes, signature: str | None) -> Outcome:
        """Verify and parse a delivery and hand it to the handler unless its event id was seen.

        Raises `WebhookRejected` (its `status_code` is the answer), `EventInFlight` (503) for a duplicate
        of an event still being handled, or what the handler raised.
        """
        if len(body) > self._max_body_bytes:
            raise WebhookRejected(f"body larger than {self._max_body_bytes} bytes", 413)
        event_id = verified_event_id(body, signature, self._secret)
        # A handled id is answered before its body is parsed: a captured signature buys no parsing.
        if self.seen.is_done(event_id):
            logger.info("dropping duplicate webhook event %s", _shown(event_id))
            return "duplicate"
        if event_id in self.seen:
            raise EventInFlight(event_id, self._in_flight_retry_after)
        delivery = parse_delivery(body, event_id, max_depth=self._max_depth)
        if not self.seen.claim(delivery.event_id):
            if not self.seen.is_done(delivery.event_id):
                raise EventInFlight(delivery.event_id, self._in_flight_retry_after)
            return "duplicate"
        try:
            result = self._handler(delivery.event)
            if inspect.isawaitable(result):
                await result
        except BaseException:
            self.seen.release(delivery.event_id)
            raise
        self.seen.complete(delivery.event_id)
        return "accepted"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The ASGI entry point (http and lifespan scopes)."""
        if scope["type"] == "lifespan":
            await _serve_lifespan(receive, send)
            return
        if scope["type"] != "http":
            raise RuntimeError(f"unsupported ASGI scope type {scope['type']!r}")
        if scope["method"] != "POST":
            await _respond(send, 405, {"error": "only POST is accepted"}, [(b"allow", b"POST")])
            return
        signature = _header(scope, facts.WEBHOOK_SIGNATURE_HEADER)
        try:
            _refuse_declared_size(_header(scope, "content-length"), self._max_body_bytes)
            body = await _read_body(receive, self._max_body_bytes)
            outcome = await self.receive(body, signature)
        except EventInFlight as in_flight:
            logger.info("%s", in_flight.reason)
            retry = [(b"retry-after", str(in_flight.retry_after).encode())]
            await _respond(send, in_flight.status_code, {"error": in_flight.reason}, retry)
            return
        except WebhookRejected as rejected:
            logger.warning("rejected webhook delivery: %s", rejected.reason)
            await _respond(send, rejected.status_code, {"error": rejected.reason})
            return
        except Exception as exc:  # the handler's own failure: a 500, which the vendor retries
            logger.error(
                "webhook handler failed (%s); the event will be handled on redelivery", type(exc).__name__
            )
            await _respond(send, 500, {"error": "handler failed"})
            return
        await _respond(send, 200, {"status": outcome})


def _refuse_declared_size(declared: str | None, limit: int) -> None:
    if declared is not None and (not declared.strip().isdigit() or int(declared) > limit):
        raise WebhookRejected(f"body larger than {limit} bytes", 413)


def _header(scope: Scope, name: str) -> str | None:
    wanted = name.lower().encode("latin-1")
    for key, value in scope.get("headers", []):
        if key.lower() == wanted:
            return bytes(value).decode("latin-1")
    return None


async def _read_body(receive: Receive, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise WebhookRejected("client disconnected", 400)
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise WebhookRejected(f"body larger than {limit} bytes", 413)
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


async def _respond(
    send: Send, status: int, payload: dict[str, str], extra_headers: list[tuple[bytes, bytes]] | None = None
) -> None:
    body = json.dumps(payload).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers + (extra_headers or [])})
    await send({"type": "http.response.body", "body": body})


async def _serve_lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
