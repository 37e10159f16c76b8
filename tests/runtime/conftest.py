"""A fake Ingram Micro API for the runtime tests: token endpoint, order details and order search.

It answers through `httpx.MockTransport` (sync and async) and counts what it saw, so tests can assert
how many token requests, retries and pages a call cost.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from ingram_contract import facts
from ingram_contract.runtime.retries import RetryPolicy

CLIENT_ID = "client-under-test"
# A canary: if this string shows up in a log line, a repr or an error message, a test fails.
CANARY_SECRET = "canary-secret-5d8f1e0c-do-not-log"
BASE_URL = "https://api.test.invalid/sandbox"
TOKEN_URL = "https://api.test.invalid" + facts.TOKEN_PATH


class FakeIngram:
    """A small, deterministic stand-in for the vendor's API, shared by threads and event loops."""

    def __init__(self, *, lifetime: Any = "86399", token_delay: float = 0.0) -> None:
        self.token_ttl = lifetime
        self.token_delay = token_delay
        self.token_requests = 0
        self.api_requests: list[httpx.Request] = []
        # Copied at arrival: the auth flow updates the header of the request object it repeats.
        self.authorizations: list[str] = []
        self.valid_tokens: set[str] = set()
        self.orders = [{"ingramOrderNumber": f"20-{n:05d}", "orderStatus": "OPEN"} for n in range(250)]
        self.report_records_found = True
        # Status codes (and headers) to answer the next API calls with, before answering normally.
        self.failures: list[tuple[int, dict[str, str]]] = []
        self._lock = threading.Lock()

    def expire_all_tokens(self) -> None:
        """Every token handed out so far stops working (the server-side revocation a 401 signals)."""
        with self._lock:
            self.valid_tokens.clear()

    def _token(self, request: httpx.Request) -> httpx.Response:
        form = parse_qs(request.content.decode())
        expected = {
            "grant_type": ["client_credentials"],
            "client_id": [CLIENT_ID],
            "client_secret": [CANARY_SECRET],
        }
        if request.method != "POST" or form != expected:
            return httpx.Response(401, json={"message": "invalid client credentials"})
        with self._lock:
            self.token_requests += 1
            token = f"token-{self.token_requests}"
            self.valid_tokens.add(token)
        body: dict[str, Any] = {"access_token": token, "token_type": "Bearer"}
        if self.token_ttl is not None:
            body["expires_in"] = self.token_ttl
        return httpx.Response(200, json=body)

    def _api(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.api_requests.append(request)
            self.authorizations.append(request.headers.get("Authorization", ""))
            authorized = request.headers.get("Authorization", "").removeprefix("Bearer ") in self.valid_tokens
            failure = self.failures.pop(0) if self.failures else None
        if not authorized:
            return httpx.Response(401, json={"fault": {"faultstring": "Invalid Access Token"}})
        if failure is not None:
            status, headers = failure
            return httpx.Response(
                status, headers=headers, json={"errors": [{"code": str(status), "message": "try later"}]}
            )
        path = request.url.path.removeprefix(facts.SANDBOX_PREFIX)
        if path == "/resellers/v6/orders/search":
            return self._search(request)
        if path.startswith("/resellers/v6.1/orders/"):
            number = path.rsplit("/", 1)[1]
            if number == "20-MISSING":
                return httpx.Response(
                    400, json={"errors": [{"code": "E404", "message": f"order {number} not found"}]}
                )
            return httpx.Response(200, json={"ingramOrderNumber": number, "orderStatus": "Shipped"})
        if path == "/resellers/v7/orders" and request.method == "POST":
            return httpx.Response(201, json={"confirmationNumber": "CONF-1"})
        if path.startswith("/resellers/v6/orders/") and request.method in ("DELETE", "PUT"):
            return httpx.Response(200, json={})
        return httpx.Response(404, json={"message": "no such route"})

    def _search(self, request: httpx.Request) -> httpx.Response:
        size = int(request.url.params.get("pageSize", "25"))
        number = int(request.url.params.get("pageNumber", "1"))
        chunk = self.orders[(number - 1) * size : number * size]
        if not chunk:
            return httpx.Response(204)
        body: dict[str, Any] = {"pageSize": size, "pageNumber": number, "orders": chunk}
        if self.report_records_found:
            body["recordsFound"] = len(self.orders)
        return httpx.Response(200, json=body)

    def handle(self, request: httpx.Request) -> httpx.Response:
        """The sync handler (MockTransport)."""
        if request.url.path == facts.TOKEN_PATH:
            if self.token_delay:
                time.sleep(self.token_delay)
            return self._token(request)
        return self._api(request)

    async def ahandle(self, request: httpx.Request) -> httpx.Response:
        """The async handler (MockTransport in an AsyncClient)."""
        await request.aread()
        if request.url.path == facts.TOKEN_PATH:
            if self.token_delay:
                await asyncio.sleep(self.token_delay)
            return self._token(request)
        return self._api(request)

    def transport(self) -> httpx.MockTransport:
        """A sync transport answering from this fake."""
        return httpx.MockTransport(self.handle)

    def async_transport(self) -> httpx.MockTransport:
        """An async transport answering from this fake."""
        return httpx.MockTransport(self.ahandle)


class FakeClock:
    """A monotonic clock the tests move by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def fake() -> FakeIngram:
    return FakeIngram()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


class Waits(list[float]):
    """The waits a retry policy asked for, recorded instead of slept."""

    def sleep(self, seconds: float) -> None:
        self.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.append(seconds)

    def policy(self, **overrides: Any) -> RetryPolicy:
        """A retry policy that records its waits here, with no jitter."""
        return RetryPolicy(sleep=self.sleep, async_sleep=self.async_sleep, jitter=lambda: 0.0, **overrides)


@pytest.fixture
def waits() -> Waits:
    return Waits()


def run(coroutine_function: Callable[[], Any]) -> Any:
    """Run an async test body on a fresh event loop (no async pytest plugin needed)."""
    return asyncio.run(coroutine_function())
