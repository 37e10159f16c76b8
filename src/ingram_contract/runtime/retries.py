"""Retries at the transport level, for calls that can safely be repeated.

Policy: GET/HEAD/OPTIONS and DELETE (cancelling twice cannot cancel more) are retried on 429, 500, 502,
503, 504 and on network errors and timeouts; PUT (modify) only when the API cannot have acted on it —
429 or a failure to connect; POST (order creation) never, since a repeated create can place a second order.
The wait honours `Retry-After` (seconds or an HTTP date, up to `max_retry_after`, beyond which the
response is returned as is), else exponential backoff with jitter.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Final

import attrs
import httpx

from ingram_contract import facts

# Not tenacity/stamina: they retry callables on exceptions; a transport retries responses, reads Retry-After.

logger = logging.getLogger(__name__)

IDEMPOTENT_EXTENSION: Final = "ingram_idempotent"
"""Request extension that marks a POST safe to repeat (the token request sets it)."""

_ALWAYS_SAFE: Final = frozenset({"GET", "HEAD", "OPTIONS", "DELETE"})
_NOT_SENT_ERRORS: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_RETRYABLE_ERRORS: Final = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


def retry_after_seconds(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a `Retry-After` header (delta-seconds or HTTP date); None if absent or bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


@attrs.frozen
class RetryPolicy:
    """When and how long to wait before repeating a request; `attempts` counts the first one.

    `sleep`, `async_sleep` and `jitter` are injectable so that tests can record the waits instead of
    waiting; `RetryPolicy(attempts=1)` turns retries off.
    """

    attempts: int = 4
    backoff: float = 0.5
    max_backoff: float = 20.0
    max_retry_after: float = 60.0
    statuses: frozenset[int] = frozenset({429, 500, 502, 503, 504})
    # False: transport errors and timeouts are never repeated (a polite run reports them instead).
    retry_errors: bool = True
    sleep: Callable[[float], None] = attrs.field(default=time.sleep, eq=False, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] = attrs.field(default=asyncio.sleep, eq=False, repr=False)
    jitter: Callable[[], float] = attrs.field(default=random.random, eq=False, repr=False)

    def retries_status(self, request: httpx.Request, status_code: int) -> bool:
        """Whether a response with this status may be answered by repeating the request."""
        if status_code not in self.statuses:
            return False
        method = request.method.upper()
        if method in _ALWAYS_SAFE or request.extensions.get(IDEMPOTENT_EXTENSION):
            return True
        return method == "PUT" and status_code == 429

    def retries_error(self, request: httpx.Request, error: Exception) -> bool:
        """Whether a transport error may be answered by repeating the request."""
        if not self.retry_errors:
            return False
        method = request.method.upper()
        if method in _ALWAYS_SAFE or request.extensions.get(IDEMPOTENT_EXTENSION):
            return isinstance(error, _RETRYABLE_ERRORS)
        return method == "PUT" and isinstance(error, _NOT_SENT_ERRORS)

    def backoff_delay(self, attempt: int, jitter: float) -> float:
        """Exponential backoff for the wait after `attempt` (1-based), `jitter` in [0, 1)."""
        ceiling = min(self.max_backoff, self.backoff * 2.0 ** (attempt - 1))
        return ceiling / 2 + ceiling / 2 * jitter

    def delay_after_response(
        self, request: httpx.Request, response: httpx.Response, attempt: int, jitter: float
    ) -> float | None:
        """Seconds to wait before the next attempt, or None to return this response."""
        if attempt >= self.attempts or not self.retries_status(request, response.status_code):
            return None
        retry_after = retry_after_seconds(response.headers.get("Retry-After"))
        if retry_after is None:
            return self.backoff_delay(attempt, jitter)
        return retry_after if retry_after <= self.max_retry_after else None

    def delay_after_error(
        self, request: httpx.Request, error: Exception, attempt: int, jitter: float
    ) -> float | None:
        """Seconds to wait before the next attempt, or None to raise the error."""
        if attempt >= self.attempts or not self.retries_error(request, error):
            return None
        return self.backoff_delay(attempt, jitter)


def _log_retry(request: httpx.Request, what: str, delay: float, attempt: int) -> None:
    logger.info(
        "retrying %s %s after %s in %.2f s (attempt %d) [correlation id %s]",
        request.method,
        request.url.copy_with(query=None),
        what,
        delay,
        attempt + 1,
        request.headers.get(facts.HEADER_CORRELATION_ID, "-"),
    )


class RetryTransport(httpx.BaseTransport):
    """Wraps a sync transport and repeats requests as `RetryPolicy` allows."""

    def __init__(
        self,
        transport: httpx.BaseTransport | None = None,
        policy: RetryPolicy | None = None,
    ) -> None:
        self.transport = transport or httpx.HTTPTransport()
        self.policy = policy or RetryPolicy()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send, and repeat while the policy gives a delay."""
        attempt = 1
        while True:
            try:
                response = self.transport.handle_request(request)
            except httpx.TransportError as error:
                delay = self.policy.delay_after_error(request, error, attempt, self.policy.jitter())
                if delay is None:
                    raise
                _log_retry(request, type(error).__name__, delay, attempt)
            else:
                delay = self.policy.delay_after_response(request, response, attempt, self.policy.jitter())
                if delay is None:
                    return response
                # Reading the discarded body lets its connection go back to the pool.
                response.read()
                response.close()
                _log_retry(request, f"HTTP {response.status_code}", delay, attempt)
            self.policy.sleep(delay)
            attempt += 1

    def close(self) -> None:
        """Close the wrapped transport."""
        self.transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Wraps an async transport and repeats requests as `RetryPolicy` allows (asyncio)."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None = None,
        policy: RetryPolicy | None = None,
    ) -> None:
        self.transport = transport or httpx.AsyncHTTPTransport()
        self.policy = policy or RetryPolicy()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send, and repeat while the policy gives a delay."""
        attempt = 1
        while True:
            try:
                response = await self.transport.handle_async_request(request)
            except httpx.TransportError as error:
                delay = self.policy.delay_after_error(request, error, attempt, self.policy.jitter())
                if delay is None:
                    raise
                _log_retry(request, type(error).__name__, delay, attempt)
            else:
                delay = self.policy.delay_after_response(request, response, attempt, self.policy.jitter())
                if delay is None:
                    return response
                await response.aread()
                await response.aclose()
                _log_retry(request, f"HTTP {response.status_code}", delay, attempt)
            await self.policy.async_sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self.transport.aclose()
