"""Retry policy and transports: what is repeated, how long it waits, and what is never repeated."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest

from ingram_contract.runtime.retries import (
    IDEMPOTENT_EXTENSION,
    AsyncRetryTransport,
    RetryPolicy,
    RetryTransport,
    retry_after_seconds,
)

from .conftest import Waits, run

URL = "https://api.test.invalid/sandbox/resellers/v6.1/orders/20-RD3QV"
CREATE_URL = "https://api.test.invalid/sandbox/resellers/v7/orders"


class Script:
    """Answers requests from a list of statuses (or exceptions), then 200; counts the calls."""

    def __init__(self, *answers: int | tuple[int, dict[str, str]] | Exception) -> None:
        self.answers = list(answers)
        self.calls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        answer = self.answers.pop(0) if self.answers else 200
        if isinstance(answer, Exception):
            raise answer
        status, headers = answer if isinstance(answer, tuple) else (answer, {})
        return httpx.Response(status, headers=headers, json={"status": status})

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        return self(request)


def send(
    script: Script, waits: Waits, method: str = "GET", url: str = URL, **policy: object
) -> httpx.Response:
    transport = RetryTransport(httpx.MockTransport(script), waits.policy(**policy))
    with httpx.Client(transport=transport) as client:
        return client.request(method, url, json={} if method in ("POST", "PUT") else None)


def test_get_is_retried_on_503_until_it_succeeds(waits: Waits) -> None:
    script = Script(503, 503)
    assert send(script, waits).status_code == 200
    assert script.calls == 3
    assert waits == [0.25, 0.5]


def test_429_waits_for_retry_after_seconds(waits: Waits) -> None:
    script = Script((429, {"Retry-After": "7"}))
    assert send(script, waits).status_code == 200
    assert script.calls == 2
    assert waits == [7.0]


def test_503_with_retry_after_waits_for_it(waits: Waits) -> None:
    script = Script((503, {"Retry-After": "2"}), 503)
    assert send(script, waits).status_code == 200
    assert waits == [2.0, 0.5]


def test_a_retry_after_longer_than_the_limit_returns_the_429_at_once(waits: Waits) -> None:
    script = Script((429, {"Retry-After": "3600"}))
    assert send(script, waits, max_retry_after=60.0).status_code == 429
    assert script.calls == 1
    assert waits == []


def test_attempts_are_bounded_and_the_last_answer_is_returned(waits: Waits) -> None:
    script = Script(502, 502, 502, 502, 502)
    assert send(script, waits, attempts=3).status_code == 502
    assert script.calls == 3
    assert len(waits) == 2


def test_backoff_is_exponential_and_capped() -> None:
    policy = RetryPolicy(backoff=1.0, max_backoff=5.0)
    assert [policy.backoff_delay(n, 0.0) for n in (1, 2, 3, 4)] == [0.5, 1.0, 2.0, 2.5]
    assert [policy.backoff_delay(n, 0.999) for n in (1, 4)] == pytest.approx([0.9995, 4.9975])


@pytest.mark.parametrize("status", [400, 401, 404, 409, 422])
def test_client_errors_are_not_retried(waits: Waits, status: int) -> None:
    script = Script(status)
    assert send(script, waits).status_code == status
    assert script.calls == 1


@pytest.mark.parametrize("answer", [503, 500, 429, httpx.ConnectError("refused"), httpx.ReadTimeout("slow")])
def test_order_creation_is_never_retried(waits: Waits, answer: int | Exception) -> None:
    script = Script(answer)
    if isinstance(answer, Exception):
        with pytest.raises(type(answer)):
            send(script, waits, method="POST", url=CREATE_URL)
    else:
        assert send(script, waits, method="POST", url=CREATE_URL).status_code == answer
    assert script.calls == 1
    assert waits == []


def test_a_post_marked_idempotent_is_retried(waits: Waits) -> None:
    script = Script(503)
    transport = RetryTransport(httpx.MockTransport(script), waits.policy())
    request = httpx.Request("POST", "https://api.test.invalid/oauth/oauth20/token", data={"a": "b"})
    request.extensions = {IDEMPOTENT_EXTENSION: True}
    with httpx.Client(transport=transport) as client:
        assert client.send(request).status_code == 200
    assert script.calls == 2


def test_network_errors_on_get_are_retried(waits: Waits) -> None:
    script = Script(
        httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("eof")
    )
    assert send(script, waits).status_code == 200
    assert script.calls == 4


def test_a_network_error_on_the_last_attempt_is_raised(waits: Waits) -> None:
    script = Script(*[httpx.ConnectError("refused")] * 4)
    with pytest.raises(httpx.ConnectError):
        send(script, waits)
    assert script.calls == 4


def test_a_policy_without_error_retries_raises_the_first_timeout(waits: Waits) -> None:
    # The polite transport's setting: a hung server is reported at once, not asked four times.
    script = Script(httpx.ReadTimeout("slow"))
    with pytest.raises(httpx.ReadTimeout):
        send(script, waits, retry_errors=False)
    assert script.calls == 1
    assert send(Script(503), waits, retry_errors=False).status_code == 200


def test_delete_is_retried_on_5xx(waits: Waits) -> None:
    script = Script(502)
    assert send(script, waits, method="DELETE").status_code == 200
    assert script.calls == 2


def test_put_is_retried_only_when_the_api_cannot_have_acted(waits: Waits) -> None:
    for answer, calls in [(429, 2), (httpx.ConnectError("refused"), 2), (503, 1)]:
        script = Script(answer)
        assert send(script, waits, method="PUT").status_code == (200 if calls == 2 else answer)
        assert script.calls == calls
    script = Script(httpx.ReadTimeout("slow"))
    with pytest.raises(httpx.ReadTimeout):
        send(script, waits, method="PUT")
    assert script.calls == 1


def test_async_transport_applies_the_same_policy(waits: Waits) -> None:
    script = Script((429, {"Retry-After": "3"}), 503)
    create = Script(503)

    async def body() -> tuple[int, int]:
        transport = AsyncRetryTransport(httpx.MockTransport(script.handle_async), waits.policy())
        create_transport = AsyncRetryTransport(httpx.MockTransport(create.handle_async), waits.policy())
        async with (
            httpx.AsyncClient(transport=transport) as client,
            httpx.AsyncClient(transport=create_transport) as create_client,
        ):
            got = (await client.get(URL)).status_code
            created = (await create_client.post(CREATE_URL, json={})).status_code
        return got, created

    assert run(body) == (200, 503)
    assert script.calls == 3
    assert create.calls == 1
    assert waits == [3.0, 0.5]


def test_retry_after_parses_seconds_and_http_dates() -> None:
    now = datetime(2026, 11, 27, 12, 0, 0, tzinfo=UTC)
    assert retry_after_seconds("120", now=now) == 120.0
    assert retry_after_seconds("Fri, 27 Nov 2026 12:00:30 GMT", now=now) == 30.0
    assert retry_after_seconds("Fri, 27 Nov 2026 11:00:00 GMT", now=now) == 0.0
    assert retry_after_seconds("soon", now=now) is None
    assert retry_after_seconds(None) is None
    assert retry_after_seconds("-5") is None


def test_policy_repr_hides_the_injected_callables() -> None:
    assert "sleep" not in repr(RetryPolicy())
