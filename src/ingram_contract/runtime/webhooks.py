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
import json
import logging
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

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
WebhookEvent = OrderStatusAsyncNotificationRequest | OrderCreateV7Response
Handler = Callable[[WebhookEvent], Awaitable[None] | None]
Outcome = Literal["accepted", "duplicate"]


@attrs.frozen
class Delivery:
    """A verified webhook delivery: its event id, the parsed event and the decoded JSON body."""

    event_id: str
    event: WebhookEvent
    payload: dict[str, Any]


def verify_delivery(body: bytes, signature: str | None, secret: str | Secret) -> Delivery:
    """Check the `x-hub-signature` of a delivery and parse it, or raise `WebhookRejected`."""
    if not signature:
        raise WebhookRejected(f"missing {facts.WEBHOOK_SIGNATURE_HEADER} header", 401)
    try:
        payload = json.loads(body)
    except ValueError:
        raise WebhookRejected("body is not JSON", 400) from None
    if not isinstance(payload, dict):
        raise WebhookRejected("body is not a JSON object", 400)
    event_id = payload.get("eventId")
    if not isinstance(event_id, str) or not event_id:
        raise WebhookRejected("body has no eventId", 400)
    key = secret.reveal() if isinstance(secret, Secret) else secret
    if not signature_matches(key, event_id, signature):
        raise WebhookRejected(f"{facts.WEBHOOK_SIGNATURE_HEADER} does not match the eventId", 401)
    model = (
        OrderCreateV7Response
        if isinstance(payload.get("resource"), dict)
        else OrderStatusAsyncNotificationRequest
    )
    try:
        event: WebhookEvent = model.from_dict(payload)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise WebhookRejected(f"body does not match the {model.__name__} schema: {exc!r}", 400) from None
    return Delivery(event_id, event, payload)


class SeenEventIds:
    """Event ids already processed (or being processed), bounded in number and optionally in age.

    `claim` before handling and `release` if handling failed, so that the vendor's redelivery of a
    failed event is processed, while two concurrent deliveries of one event are handled once.
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
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def claim(self, event_id: str) -> bool:
        """True if the event id is new (and now taken), False if it was seen already."""
        now = self._clock()
        with self._lock:
            self._expire(now)
            if event_id in self._seen:
                return False
            self._seen[event_id] = now
            if len(self._seen) > self._max_size:
                self._seen.popitem(last=False)
            return True

    def release(self, event_id: str) -> None:
        """Forget an event id whose handling failed, so a redelivery is handled."""
        with self._lock:
            self._seen.pop(event_id, None)

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
            oldest_id, seen_at = next(iter(self._seen.items()))
            if now - seen_at < self._ttl:
                return
            del self._seen[oldest_id]


class WebhookReceiver:
    """Verifies, parses and de-duplicates order-status webhooks, then calls `handler` once per event.

    Usable directly (`await receiver.receive(body, signature)`) from any framework, or mounted as an
    ASGI app: 200 accepted or duplicate, 400 malformed, 401 unsigned or forged, 405 not a POST,
    413 too large, 500 when the handler raised (the event id is released so a redelivery is handled).
    """

    def __init__(
        self,
        secret: str | Secret,
        handler: Handler,
        *,
        seen: SeenEventIds | None = None,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    ) -> None:
        self._secret = secret if isinstance(secret, Secret) else Secret(secret)
        if not self._secret.reveal():
            raise ValueError("a webhook secret is required")
        self._handler = handler
        self.seen = seen if seen is not None else SeenEventIds()
        self._max_body_bytes = max_body_bytes

    def __repr__(self) -> str:
        return f"{type(self).__name__}(handler={self._handler!r})"

    async def receive(self, body: bytes, signature: str | None) -> Outcome:
        """Verify and parse a delivery and hand it to the handler unless its event id was seen."""
        delivery = verify_delivery(body, signature, self._secret)
        if not self.seen.claim(delivery.event_id):
            logger.info("dropping duplicate webhook event %s", delivery.event_id)
            return "duplicate"
        try:
            result = self._handler(delivery.event)
            if inspect.isawaitable(result):
                await result
        except BaseException:
            self.seen.release(delivery.event_id)
            raise
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
            body = await _read_body(receive, self._max_body_bytes)
            outcome = await self.receive(body, signature)
        except WebhookRejected as rejected:
            logger.warning("rejected webhook delivery: %s", rejected.reason)
            await _respond(send, rejected.status_code, {"error": rejected.reason})
            return
        except Exception:
            logger.exception("webhook handler failed")
            await _respond(send, 500, {"error": "handler failed"})
            return
        await _respond(send, 200, {"status": outcome})


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
