"""Politeness against a slow, rate-limited server: a real loopback server adds latency and answers 429/503.

The server counts what it received (arrival times, statuses), so the rate is judged from its side, in
windows of its own clock, and the counters are compared with what really arrived.
"""

from __future__ import annotations

import asyncio
import email.utils
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import requests

from ingram_contract import facts
from ingram_contract.checks import ServerChecker, ServerTarget
from ingram_contract.checks.polite import (
    BudgetExhausted,
    Politeness,
    PolitePolicy,
    PoliteTransport,
    TokenBucket,
    polite_session,
)
from ingram_contract.runtime.guard import ProductionWriteRefused
from ingram_contract.sandbox import SandboxConfig, create_app
from ingram_contract.sandbox.server import serve_app
from tests.contract.conftest import SEED

DETAILS = "GET /resellers/v6.1/orders/{ordernumber}"


@dataclass
class Arrival:
    at: float
    method: str
    path: str
    status: int


@dataclass
class FlakyServer:
    """An ASGI app: `latency` per answer; arrival n gets 429 when n % every == 3, 503 when n % every == 6.

    `/always-429` is always 429, `/bare-503` always 503 without `Retry-After`, `/long-429` asks for an
    hour, `/date-429` answers its first arrival 429 with an HTTP-date `Retry-After` a second ahead.
    """

    latency: float = 0.05
    every: int = 8
    faults: bool = True
    inner: Any = None
    arrivals: list[Arrival] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _status(self, n: int, path: str) -> tuple[int, list[tuple[bytes, bytes]]]:
        retry_1s = [(b"retry-after", b"1")]
        if path.endswith("/always-429"):
            return 429, retry_1s
        if path.endswith("/bare-503"):
            return 503, []
        if path.endswith("/long-429"):
            return 429, [(b"retry-after", b"3600")]
        if path.endswith("/date-429"):
            first = not any(a.path == path for a in self.arrivals[:-1])
            when = email.utils.formatdate(time.time() + 1.5, usegmt=True).encode()
            return (429, [(b"retry-after", when)]) if first else (200, [])
        if path.endswith(facts.TOKEN_PATH):
            return 200, []
        if self.faults and n % self.every == 3:
            return 429, retry_1s
        if self.faults and n % self.every == 6:
            return 503, retry_1s
        return 200, []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            if self.inner is not None:
                await self.inner(scope, receive, send)
            return
        with self._lock:
            arrival = Arrival(time.monotonic(), scope["method"], scope["path"], 0)
            self.arrivals.append(arrival)
            status, headers = self._status(len(self.arrivals), scope["path"])
            arrival.status = status
        await asyncio.sleep(self.latency)
        if status == 200 and self.inner is not None:
            await self.inner(scope, receive, send)
            return
        body = b'{"errors": [{"message": "slow down"}]}' if status != 200 else b'{"ok": true}'
        start = [(b"content-type", b"application/json"), *headers]
        await send({"type": "http.response.start", "status": status, "headers": start})
        await send({"type": "http.response.body", "body": body})

    def statuses(self) -> list[int]:
        return [a.status for a in self.arrivals]

    def most_in_any_window(self, seconds: float) -> int:
        times = [a.at for a in self.arrivals]
        return max(sum(1 for t in times if start <= t < start + seconds) for start in times)


@pytest.fixture
def flaky() -> Iterator[tuple[FlakyServer, str]]:
    server = FlakyServer()
    with serve_app(server, startup_timeout=15) as origin:
        yield server, origin


def test_the_bucket_spaces_requests_and_saves_at_most_a_burst() -> None:
    now = [100.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)

    bucket = TokenBucket(2.0, burst=1, clock=lambda: now[0], sleep=sleep)
    assert [bucket.acquire() for _ in range(3)] == [0.0, 0.5, 1.0]
    now[0] += 60.0
    assert [bucket.acquire() for _ in range(2)] == [0.0, 0.5]
    assert waits == [0.5, 1.0, 0.5]
    with pytest.raises(ValueError, match="rate"):
        TokenBucket(0)


def test_429_and_503_are_waited_out_within_the_rate_and_counted(flaky: tuple[FlakyServer, str]) -> None:
    server, origin = flaky
    server.every = 16  # long fault-free stretches, where an unpaced client would far exceed the rate
    session = polite_session(origin, rate=5.0, budget=100)
    answers = [session.get(f"{origin}/resellers/v6.1/orders/20-RD{n}", timeout=10) for n in range(12)]
    answers += [session.post(f"{origin}/resellers/v6/orders", json={}, timeout=10) for _ in range(4)]
    assert [a.status_code for a in answers] == [200] * 16
    retried_for = [s for s in server.statuses() if s != 200]
    assert sorted(set(retried_for)) == [429, 503], "the server injected no fault: the test proves nothing"
    # Judged on the server's clock: 5/s with a burst of 1, plus one for arrival jitter.
    assert server.most_in_any_window(1.0) <= 5 + 1 + 1
    counters = session.counters
    assert counters.sent == len(server.arrivals) == 16 + len(retried_for)
    assert counters.retried == len(retried_for)
    assert counters.reported == 0
    assert 0 < counters.throttled <= counters.sent - 1
    assert counters.waited_seconds >= len(retried_for)  # each retry waited out its Retry-After: 1
    assert f"{counters.sent} requests sent, {counters.throttled} throttled" in counters.summary()


def test_without_politeness_the_same_server_answers_429_and_503(flaky: tuple[FlakyServer, str]) -> None:
    _, origin = flaky
    with requests.Session() as session:
        statuses = [
            session.get(f"{origin}/resellers/v6.1/orders/x", timeout=10).status_code for _ in range(8)
        ]
    assert sorted(set(statuses)) == [200, 429, 503]


def test_a_persistent_429_is_reported_after_the_retries(flaky: tuple[FlakyServer, str]) -> None:
    server, origin = flaky
    session = polite_session(origin, retries=2)
    response = session.get(f"{origin}/always-429", timeout=10)
    assert response.status_code == 429
    assert len(server.arrivals) == 3
    assert (session.counters.sent, session.counters.retried, session.counters.reported) == (3, 2, 1)


def test_a_bare_503_is_not_repeated_for_a_post_but_is_for_a_get(flaky: tuple[FlakyServer, str]) -> None:
    server, origin = flaky
    session = polite_session(origin, retries=2, backoff=0.05)
    assert session.post(f"{origin}/bare-503", json={}, timeout=10).status_code == 503
    assert len(server.arrivals) == 1
    assert session.get(f"{origin}/bare-503", timeout=10).status_code == 503
    assert len(server.arrivals) == 1 + 3
    assert session.counters.reported == 2


def test_retry_after_longer_than_the_cap_is_reported_at_once_and_a_date_is_honoured(
    flaky: tuple[FlakyServer, str],
) -> None:
    server, origin = flaky
    session = polite_session(origin, max_retry_after=5.0)
    assert session.get(f"{origin}/long-429", timeout=10).status_code == 429
    assert len(server.arrivals) == 1
    assert session.get(f"{origin}/date-429", timeout=10).status_code == 200
    dated = [a for a in server.arrivals if a.path == "/date-429"]
    assert [a.status for a in dated] == [429, 200]
    assert dated[1].at - dated[0].at >= 0.4  # waited for the date (at least the whole seconds left of it)


def test_the_budget_stops_the_run_with_a_clear_error(flaky: tuple[FlakyServer, str]) -> None:
    server, origin = flaky
    session = polite_session(origin, budget=2)
    session.get(f"{origin}/resellers/v6.1/orders/a", timeout=10)
    session.get(f"{origin}/resellers/v6.1/orders/b", timeout=10)
    with pytest.raises(BudgetExhausted, match="budget of 2"):
        session.get(f"{origin}/resellers/v6.1/orders/c", timeout=10)
    assert len(server.arrivals) == 2


def test_the_defaults_leave_loopback_alone_and_limit_a_remote_host() -> None:
    assert PolitePolicy.for_url("http://127.0.0.1:8765/sandbox").rate is None
    remote = PolitePolicy.for_url(facts.SANDBOX_URL)
    assert (remote.rate, remote.budget) == (2.0, 2_000)
    assert polite_session(facts.SANDBOX_URL, rate=1.0).politeness.policy.rate == 1.0


def test_the_httpx_transport_shares_the_politeness(flaky: tuple[FlakyServer, str]) -> None:
    server, origin = flaky
    politeness = Politeness(PolitePolicy(rate=5.0, budget=100))
    with httpx.Client(base_url=origin, transport=PoliteTransport(politeness), timeout=10) as client:
        statuses = [client.get(f"/resellers/v6.1/orders/{n}").status_code for n in range(7)]
    assert statuses == [200] * 7
    faults = [s for s in server.statuses() if s != 200]
    assert faults, "the server injected no fault: the test proves nothing"
    assert politeness.counters.sent == len(server.arrivals)
    assert politeness.counters.retried == len(faults)
    assert server.most_in_any_window(1.0) <= 5 + 1 + 1


def test_schemathesis_cases_through_a_polite_session_see_no_429() -> None:
    """The contract suite's own checker (polite by default) against a flaky sandbox; with retries off,
    the same checker reports the 429/503 answers."""
    server = FlakyServer(latency=0.0, every=4, inner=create_app(SandboxConfig()))
    with serve_app(server, startup_timeout=15) as origin:
        findings: dict[str, list[Any]] = {}
        counters = {}
        for kind in ("plain", "polite"):
            target = ServerTarget(
                base_url=origin + facts.SANDBOX_PREFIX,
                client_id=facts.LOCAL_SANDBOX_CLIENT_ID,
                client_secret=facts.LOCAL_SANDBOX_CLIENT_SECRET,
                rate=20.0,
            )
            impolite = (
                Politeness(PolitePolicy(rate=None, budget=None, retries=0)) if kind == "plain" else None
            )
            with ServerChecker(
                facts.CONTRACT_PATH, target, max_examples=4, seed=SEED, politeness=impolite
            ) as checker:
                findings[kind] = checker.check_operation(DETAILS, "positive")
                counters[kind] = checker.transport.politeness.counters
    assert any("429" in str(f) or "503" in str(f) for f in findings["plain"]), findings["plain"]
    assert findings["polite"] == []
    assert counters["polite"].retried > 0
    assert counters["polite"].reported == 0
    assert counters["plain"].reported > 0


def test_the_session_guards_what_it_really_sends(flaky: tuple[FlakyServer, str]) -> None:
    """Writes only to the sandbox or loopback, judged per request: a production `Host` is production."""
    server, origin = flaky
    server.faults = False  # every arrival is one request
    session = polite_session(origin)
    production = {"Host": "api.ingrammicro.com"}
    with pytest.raises(ProductionWriteRefused, match="refusing POST"):
        session.post(f"{origin}/resellers/v6/orders", json={}, headers=production, timeout=10)
    with pytest.raises(ProductionWriteRefused, match="refusing DELETE"):
        session.delete(f"{origin}/sandbox/%2e%2e/resellers/v6/orders/1", headers=production, timeout=10)
    assert server.arrivals == []
    session.post(f"{origin}{facts.TOKEN_PATH}", data={"grant_type": "x"}, headers=production, timeout=10)
    session.get(f"{origin}/resellers/v6/orders/search", headers=production, timeout=10)
    assert [(a.method, a.path) for a in server.arrivals] == [
        ("POST", facts.TOKEN_PATH),
        ("GET", "/resellers/v6/orders/search"),
    ]
    lifted = polite_session(origin, allow_production_writes=True)
    lifted.post(f"{origin}/resellers/v6/orders", json={}, headers=production, timeout=10)
    assert len(server.arrivals) == 3


def test_a_server_that_never_answers_is_a_timeout_through_the_polite_session() -> None:
    # urllib3's Retry(read=0) turns a read timeout into ConnectionError; the drift run must see a timeout.
    import socket

    listener = socket.create_server((facts.LOCAL_SANDBOX_HOST, 0))
    try:
        origin = f"http://{facts.LOCAL_SANDBOX_HOST}:{listener.getsockname()[1]}"
        session = polite_session(origin, rate=100.0, budget=10)
        with pytest.raises(requests.Timeout):
            session.get(f"{origin}/resellers/v6.1/orders/20-RD128", timeout=0.5)
        assert session.counters.sent == 1
        assert session.counters.retried == 0
    finally:
        listener.close()
