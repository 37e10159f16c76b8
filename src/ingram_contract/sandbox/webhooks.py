"""Webhook delivery: events wait in the store's outbox and are POSTed, signed, until the receiver says 2xx.

At least once: an event is marked delivered only after a 2xx answer, and the outbox lives in SQLite, so
a restart resumes pending deliveries. Failed attempts back off exponentially (capped) up to a limit, on
the sandbox's clock: a test with a manual clock steps through the back-off instead of waiting it out.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from dataclasses import dataclass
from typing import Final

import httpx

from ingram_contract import facts
from ingram_contract.runtime.signature import sign_event_id
from ingram_contract.sandbox.clock import Clock, SystemClock
from ingram_contract.sandbox.store import Store

log = logging.getLogger(__name__)

_EVENT_ID_ALPHABET: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def new_event_id() -> str:
    """An 18-character event id shaped like the vendor's (`NYNNHS5UMGAK0X3L4E`)."""
    return "".join(secrets.choice(_EVENT_ID_ALPHABET) for _ in range(18))


@dataclass(frozen=True)
class DeliveryPolicy:
    """How hard to try: first retry after `initial_backoff`, doubling up to `max_backoff`."""

    initial_backoff: float = 1.0
    max_backoff: float = 60.0
    max_attempts: int = 8
    timeout: float = 10.0

    def __post_init__(self) -> None:
        if self.initial_backoff <= 0 or self.max_backoff < self.initial_backoff or self.max_attempts < 1:
            raise ValueError("webhook policy needs 0 < initial_backoff <= max_backoff and max_attempts >= 1")

    def backoff(self, attempts: int) -> float:
        """Seconds to wait after the `attempts`-th failed attempt."""
        return float(min(self.max_backoff, self.initial_backoff * 2 ** (attempts - 1)))


class WebhookDeliverer:
    """Drains the outbox to one target URL; runs as a task on the app's event loop."""

    def __init__(
        self, store: Store, url: str, secret: str, policy: DeliveryPolicy, clock: Clock | None = None
    ) -> None:
        self._store = store
        self._clock = clock or SystemClock()
        self._url = url
        self._secret = secret
        self._policy = policy
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._client: httpx.AsyncClient | None = None

    def __repr__(self) -> str:
        return f"WebhookDeliverer(url={self._url!r}, policy={self._policy!r})"

    def notify(self) -> None:
        """An event was queued: look at the outbox now rather than at the next scheduled wake-up."""
        self._wake.set()

    def start(self) -> None:
        """Start the delivery loop on the running event loop."""
        self._client = httpx.AsyncClient(timeout=self._policy.timeout, trust_env=False)
        self._task = asyncio.create_task(self._run(), name="sandbox-webhooks")
        on_advance = getattr(self._clock, "on_advance", None)
        if on_advance is not None:
            loop = asyncio.get_running_loop()
            on_advance(lambda: loop.call_soon_threadsafe(self._wake.set))

    async def stop(self) -> None:
        """Stop the loop; pending events stay in the outbox for the next start."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._client is not None:
            await self._client.aclose()

    async def _run(self) -> None:
        while True:
            for event in self._store.due_events(self._now()):
                await self._attempt(event.row_id, event.event_id, event.body, event.attempts + 1)
            due = self._store.next_event_due()
            wait = None if due is None else max(0.0, due - self._now())
            if wait == 0.0:
                continue
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=wait)

    def _now(self) -> float:
        return self._clock.now().timestamp()

    async def _attempt(self, row_id: int, event_id: str, body: str, attempt: int) -> None:
        assert self._client is not None
        headers = {
            "content-type": "application/json",
            facts.WEBHOOK_SIGNATURE_HEADER: sign_event_id(self._secret, event_id),
            "targeturl": self._url,
        }
        try:
            response = await self._client.post(self._url, content=body.encode(), headers=headers)
            error = None if 200 <= response.status_code < 300 else f"HTTP {response.status_code}"
        except httpx.HTTPError as exc:
            error = f"{type(exc).__name__}: {exc}"
        if error is None:
            self._store.event_delivered(row_id, attempt)
            return
        retry_at = (
            self._now() + self._policy.backoff(attempt) if attempt < self._policy.max_attempts else None
        )
        self._store.event_failed(row_id, attempt, retry_at, error)
        log.warning("webhook event %s attempt %d failed: %s", event_id, attempt, error)
