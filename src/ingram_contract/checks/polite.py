"""Polite to a shared, slow, rate-limited server (the vendor's sandbox): a rate, a budget, 429/503 waited out.

One `Politeness` (a token bucket, a request budget, counters) serves a `requests` session (what
schemathesis' `case.call(session=...)` sends through) and, for httpx-based probes, a transport. Every
attempt, first try or retry, takes a token and counts against the budget. A 429, or a 503 on a request
that is safe to repeat, is retried after its `Retry-After` (seconds or HTTP date, at most
`max_retry_after`; longer and the answer is returned as it is) or a backoff, a bounded number of times;
only an answer that persists reaches the caller, and so the report.

POST and 503: a 429 means the request was refused before anything happened, so any method is retried;
a 503 is retried for a POST only when it carries `Retry-After` (the server saying it is unable to handle
the request now: RFC 9110 §15.6.4), never a bare 503, which a gateway may send after the create went
through. Loopback targets get no rate and no budget by default; remote ones 2 requests/s and 2,000
requests.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from types import TracebackType
from typing import Any, Final, Self
from urllib.parse import urlsplit

import httpx
import requests
from requests.adapters import HTTPAdapter
from urllib3.connectionpool import ConnectionPool
from urllib3.exceptions import MaxRetryError, ResponseError
from urllib3.response import BaseHTTPResponse
from urllib3.util.retry import Retry

from ingram_contract.runtime.guard import CONTRACT_SUITE_WRITABLE, WriteGuard, is_loopback, is_token_request
from ingram_contract.runtime.retries import RetryPolicy, RetryTransport, retry_after_seconds

# A 20-line bucket, not pyrate-limiter/limits: neither says how long a call waited (the report counts
# it), and the bucket's injectable clock keeps its unit test off real time.

DEFAULT_REMOTE_RATE: Final = 2.0
DEFAULT_REMOTE_BUDGET: Final = 2_000
DEFAULT_RETRIES: Final = 3
DEFAULT_MAX_RETRY_AFTER: Final = 30.0
DEFAULT_BACKOFF: Final = 1.0
RETRIED_STATUSES: Final = frozenset({429, 503})
# 503 without Retry-After is repeated only for these: the server may have acted on anything else.
_REPEATABLE: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
_SEEN_EXTENSION: Final = "ingram_polite_sent"


class BudgetExhausted(RuntimeError):
    """The run's request budget is spent: nothing more is sent to this server."""


@dataclass
class PoliteCounters:
    """What one run cost the server: attempts sent, throttled by the rate, retried, 429/503 reported."""

    sent: int = 0
    throttled: int = 0
    retried: int = 0
    # 429/503 answers handed to the caller: they persisted, or repeating the request was not safe.
    reported: int = 0
    waited_seconds: float = 0.0

    def as_dict(self) -> dict[str, float]:
        """The counters as JSON-ready numbers."""
        return asdict(self)

    def summary(self) -> str:
        """One line for a report."""
        return (
            f"{self.sent} requests sent, {self.throttled} throttled by the rate limit, {self.retried} retried"
            f" after 429/503, {self.reported} 429/503 reported; {self.waited_seconds:.1f} s waited"
        )


class TokenBucket:
    """`rate` tokens a second, up to `burst` saved; a caller that finds none waits for its own (FIFO)."""

    def __init__(
        self,
        rate: float,
        burst: int = 1,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if rate <= 0 or burst < 1:
            raise ValueError("the rate must be positive and the burst at least 1")
        self.rate = rate
        self.burst = burst
        self._clock = clock
        self._sleep = sleep
        self._tokens = float(burst)
        self._updated = clock()
        self._lock = threading.Lock()

    def acquire(self) -> float:
        """Take a token, waiting if there is none; the seconds waited."""
        with self._lock:
            now = self._clock()
            self._tokens = min(float(self.burst), self._tokens + (now - self._updated) * self.rate)
            self._updated = now
            # A negative balance is a queue of reservations: each caller waits for the token it took.
            wait = max(0.0, (1.0 - self._tokens) / self.rate)
            self._tokens -= 1.0
        if wait > 0:
            self._sleep(wait)
        return wait


@dataclass(frozen=True)
class PolitePolicy:
    """How polite to be: `rate` requests/s (None: unlimited), `budget` requests (None: unlimited)."""

    rate: float | None = DEFAULT_REMOTE_RATE
    burst: int = 1
    budget: int | None = DEFAULT_REMOTE_BUDGET
    retries: int = DEFAULT_RETRIES
    max_retry_after: float = DEFAULT_MAX_RETRY_AFTER
    backoff: float = DEFAULT_BACKOFF

    @classmethod
    def for_url(cls, base_url: str, **overrides: Any) -> PolitePolicy:
        """The defaults for a server: none of the limits on loopback, the remote ones elsewhere."""
        if is_loopback(urlsplit(base_url).hostname or ""):
            return cls(**{"rate": None, "budget": None, **overrides})
        return cls(**overrides)


class Politeness:
    """The rate, the budget and the counters shared by every request of one run to one server."""

    def __init__(self, policy: PolitePolicy, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.policy = policy
        self.counters = PoliteCounters()
        self._bucket = TokenBucket(policy.rate, policy.burst, clock=clock) if policy.rate else None
        self._lock = threading.Lock()

    def before_send(self, *, retry: bool) -> None:
        """Count one attempt against the budget, then wait for the rate; `BudgetExhausted` when spent."""
        with self._lock:
            budget = self.policy.budget
            if budget is not None and self.counters.sent >= budget:
                raise BudgetExhausted(
                    f"request budget of {budget} spent ({self.counters.summary()}): raise it to send more"
                )
            self.counters.sent += 1
            self.counters.retried += int(retry)
        waited = self._bucket.acquire() if self._bucket else 0.0
        if waited:
            self.waited(waited, throttled=True)

    def waited(self, seconds: float, *, throttled: bool = False) -> None:
        """Record a wait (for the rate, or for `Retry-After`)."""
        with self._lock:
            self.counters.waited_seconds += seconds
            self.counters.throttled += int(throttled)

    def answered(self, status_code: int) -> None:
        """Record the answer the caller gets (after any retries): a 429/503 there is reported."""
        if status_code in RETRIED_STATUSES:
            with self._lock:
                self.counters.reported += 1


class PoliteRetry(Retry):
    """urllib3's retry loop with the project's `Retry-After` parser and cap, and the 503-on-POST rule.

    urllib3's `Retry` runs inside requests' adapter, so every `case.call` gets it without a wrapper;
    each retry goes back through the politeness (budget, rate, counters).
    """

    def __init__(self, *args: Any, politeness: Politeness, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.politeness = politeness

    def new(self, **kw: Any) -> Self:
        return super().new(politeness=self.politeness, **kw)

    def is_retry(self, method: str, status_code: int, has_retry_after: bool = False) -> bool:
        if status_code not in RETRIED_STATUSES or not super().is_retry(method, status_code, has_retry_after):
            return False
        return status_code == 429 or method.upper() in _REPEATABLE or has_retry_after

    def get_retry_after(self, response: BaseHTTPResponse) -> float | None:
        return retry_after_seconds(response.headers.get("Retry-After"))

    def increment(
        self,
        method: str | None = None,
        url: str | None = None,
        response: BaseHTTPResponse | None = None,
        error: Exception | None = None,
        _pool: ConnectionPool | None = None,
        _stacktrace: TracebackType | None = None,
    ) -> Self:
        wait = self.get_retry_after(response) if response is not None else None
        if wait is not None and wait > self.politeness.policy.max_retry_after:
            # Coming back before the server said to would be rude: hand its answer over instead.
            raise MaxRetryError(_pool, url or "", ResponseError("Retry-After too long"))  # type: ignore[arg-type]
        return super().increment(method, url, response, error, _pool, _stacktrace)

    def sleep(self, response: BaseHTTPResponse | None = None) -> None:
        started = time.monotonic()
        super().sleep(response)
        self.politeness.waited(time.monotonic() - started)
        self.politeness.before_send(retry=True)


class PoliteAdapter(HTTPAdapter):
    """A requests adapter whose every attempt goes through a `Politeness`, and every request the guard.

    The guard is the contract suite's (`ensure_write_allowed`: writes only to the sandbox or loopback),
    checked here on what is really sent, so schemathesis' own follow-up requests are covered too; the
    token request (a POST to the token path) is let through.
    """

    def __init__(self, politeness: Politeness, *, allow_production_writes: bool = False) -> None:
        policy = politeness.policy
        retry = PoliteRetry(
            total=policy.retries,
            status=policy.retries,
            connect=0,
            # False, not 0 (as requests' own default): urllib3 re-raises a read timeout as it is, so requests
            # raises Timeout; 0 would make it a ConnectionError, and a hung server "unreachable".
            read=False,
            other=0,
            redirect=0,
            allowed_methods=None,
            status_forcelist=RETRIED_STATUSES,
            backoff_factor=policy.backoff,
            backoff_jitter=policy.backoff / 2,
            respect_retry_after_header=True,
            raise_on_status=False,
            raise_on_redirect=False,
            politeness=politeness,
        )
        super().__init__(max_retries=retry)
        self.politeness = politeness
        self.guard = WriteGuard(allow_production_writes, CONTRACT_SUITE_WRITABLE)

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        method, url = request.method or "GET", request.url or ""
        if not is_token_request(method, url):
            self.guard.check(method, url, host_header=request.headers.get("Host"))
        self.politeness.before_send(retry=False)
        response = super().send(request, *args, **kwargs)
        self.politeness.answered(response.status_code)
        return response


class PoliteSession(requests.Session):
    """A `requests.Session` that is polite to its server; `counters` says what the run cost it."""

    def __init__(self, politeness: Politeness, *, allow_production_writes: bool = False) -> None:
        super().__init__()
        self.politeness = politeness
        adapter = PoliteAdapter(politeness, allow_production_writes=allow_production_writes)
        self.mount("http://", adapter)
        self.mount("https://", adapter)

    @property
    def counters(self) -> PoliteCounters:
        """Requests sent, throttled, retried and given up so far."""
        return self.politeness.counters


def polite_session(
    base_url: str,
    *,
    rate: float | None = None,
    budget: int | None = None,
    politeness: Politeness | None = None,
    allow_production_writes: bool = False,
    **policy: Any,
) -> PoliteSession:
    """A polite, guarded session for `base_url`: the defaults of `PolitePolicy.for_url`, or those given.

    Pass one `politeness` to several sessions/transports to share one rate and one budget;
    `allow_production_writes` lifts the write guard (the `--allow-production-writes` of the suite).
    """
    if politeness is None:
        overrides = {**policy, **({"rate": rate} if rate is not None else {})}
        overrides |= {"budget": budget} if budget is not None else {}
        politeness = Politeness(PolitePolicy.for_url(base_url, **overrides))
    return PoliteSession(politeness, allow_production_writes=allow_production_writes)


class _Paced(httpx.BaseTransport):
    """Every attempt that reaches it (retries included) is counted and paced."""

    def __init__(self, inner: httpx.BaseTransport, politeness: Politeness) -> None:
        self._inner = inner
        self._politeness = politeness

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._politeness.before_send(retry=bool(request.extensions.get(_SEEN_EXTENSION)))
        request.extensions = {**request.extensions, _SEEN_EXTENSION: True}
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


class PoliteTransport(httpx.BaseTransport):
    """The same politeness for an httpx client, with the runtime's retries on 429/503 only.

    The runtime's rules decide what is repeated: reads and DELETE, PUT on 429, never a POST.
    """

    def __init__(self, politeness: Politeness, inner: httpx.BaseTransport | None = None) -> None:
        self.politeness = politeness
        policy = politeness.policy
        retries = RetryPolicy(
            attempts=policy.retries + 1,
            backoff=policy.backoff,
            max_retry_after=policy.max_retry_after,
            statuses=RETRIED_STATUSES,
            retry_errors=False,
            sleep=self._sleep,
        )
        self._retrying = RetryTransport(_Paced(inner or httpx.HTTPTransport(), politeness), retries)

    def _sleep(self, seconds: float) -> None:
        time.sleep(seconds)
        self.politeness.waited(seconds)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._retrying.handle_request(request)
        self.politeness.answered(response.status_code)
        return response

    def close(self) -> None:
        self._retrying.close()
