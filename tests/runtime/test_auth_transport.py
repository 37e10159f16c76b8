"""The auth flow driven by real httpx clients: MockTransport, respx, threads and asyncio tasks."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
import respx

from ingram_contract import facts
from ingram_contract.runtime.auth import ClientCredentialsAuth

from .conftest import BASE_URL, CANARY_SECRET, CLIENT_ID, TOKEN_URL, FakeClock, FakeIngram, run

DETAILS = "/resellers/v6.1/orders/20-RD3QV"


def make_auth(clock: FakeClock | None = None) -> ClientCredentialsAuth:
    if clock is None:
        return ClientCredentialsAuth(TOKEN_URL, CLIENT_ID, CANARY_SECRET)
    return ClientCredentialsAuth(TOKEN_URL, CLIENT_ID, CANARY_SECRET, clock=clock)


def test_sync_client_fetches_one_token_for_many_calls(fake: FakeIngram) -> None:
    with httpx.Client(base_url=BASE_URL, auth=make_auth(), transport=fake.transport()) as client:
        for _ in range(50):
            assert client.get(DETAILS).status_code == 200
    assert fake.token_requests == 1
    assert len(fake.api_requests) == 50


def test_async_client_fetches_one_token_for_many_calls(fake: FakeIngram) -> None:
    async def body() -> None:
        async with httpx.AsyncClient(
            base_url=BASE_URL, auth=make_auth(), transport=fake.async_transport()
        ) as client:
            for _ in range(50):
                assert (await client.get(DETAILS)).status_code == 200

    run(body)
    assert fake.token_requests == 1


def test_expiry_triggers_a_new_token_request(fake: FakeIngram, clock: FakeClock) -> None:
    fake.token_ttl = "600"
    with httpx.Client(base_url=BASE_URL, auth=make_auth(clock), transport=fake.transport()) as client:
        client.get(DETAILS)
        clock.advance(600)
        client.get(DETAILS)
    assert fake.token_requests == 2
    assert fake.authorizations == ["Bearer token-1", "Bearer token-2"]


def test_a_revoked_token_is_renewed_on_401_and_the_call_succeeds(fake: FakeIngram) -> None:
    with httpx.Client(base_url=BASE_URL, auth=make_auth(), transport=fake.transport()) as client:
        client.get(DETAILS)
        fake.expire_all_tokens()
        response = client.get(DETAILS)
    assert response.status_code == 200
    assert fake.token_requests == 2
    assert fake.authorizations == [
        "Bearer token-1",
        "Bearer token-1",
        "Bearer token-2",
    ]


def test_a_revoked_token_is_renewed_on_401_async(fake: FakeIngram) -> None:
    async def body() -> int:
        async with httpx.AsyncClient(
            base_url=BASE_URL, auth=make_auth(), transport=fake.async_transport()
        ) as client:
            await client.get(DETAILS)
            fake.expire_all_tokens()
            return (await client.get(DETAILS)).status_code

    assert run(body) == 200
    assert fake.token_requests == 2


def _get_from_100_threads_at_once(client: httpx.Client) -> list[int]:
    """The statuses of 100 GETs from 100 threads released together by a barrier."""
    start = threading.Barrier(100)

    def call(_: int) -> int:
        start.wait()
        return client.get(DETAILS).status_code

    with ThreadPoolExecutor(max_workers=100) as pool:
        return list(pool.map(call, range(100)))


def test_100_threads_with_an_empty_cache_make_one_token_request() -> None:
    # A slow token endpoint widens the window in which a second fetch could start.
    fake = FakeIngram(token_delay=0.05)
    with httpx.Client(base_url=BASE_URL, auth=make_auth(), transport=fake.transport()) as client:
        statuses = _get_from_100_threads_at_once(client)
    assert statuses == [200] * 100
    assert fake.token_requests == 1


def test_100_asyncio_tasks_with_an_empty_cache_make_one_token_request() -> None:
    fake = FakeIngram(token_delay=0.05)

    async def body() -> list[int]:
        async with httpx.AsyncClient(
            base_url=BASE_URL, auth=make_auth(), transport=fake.async_transport()
        ) as client:
            responses = await asyncio.gather(*(client.get(DETAILS) for _ in range(100)))
        return [r.status_code for r in responses]

    assert run(body) == [200] * 100
    assert fake.token_requests == 1


def test_100_threads_after_a_revocation_renew_once() -> None:
    fake = FakeIngram(token_delay=0.02)
    with httpx.Client(base_url=BASE_URL, auth=make_auth(), transport=fake.transport()) as client:
        client.get(DETAILS)
        fake.expire_all_tokens()
        statuses = _get_from_100_threads_at_once(client)
    assert statuses == [200] * 100
    assert fake.token_requests == 2


def test_one_auth_serves_two_event_loops_one_after_the_other(fake: FakeIngram) -> None:
    auth = make_auth()

    async def body() -> None:
        async with httpx.AsyncClient(
            base_url=BASE_URL, auth=auth, transport=fake.async_transport()
        ) as client:
            await asyncio.gather(*(client.get(DETAILS) for _ in range(5)))

    run(body)
    run(body)
    assert fake.token_requests == 1


@respx.mock(assert_all_called=True)
def test_through_respx_the_token_is_a_form_post_without_the_sandbox_prefix(
    respx_mock: respx.MockRouter,
) -> None:
    token_route = respx_mock.post("https://api.ingrammicro.com" + facts.TOKEN_PATH).respond(
        200, json={"access_token": "abc", "token_type": "Bearer", "expires_in": "86399"}
    )
    details_route = respx_mock.get(facts.SANDBOX_URL + DETAILS).respond(
        200, json={"ingramOrderNumber": "20-RD3QV"}
    )
    auth = ClientCredentialsAuth("https://api.ingrammicro.com" + facts.TOKEN_PATH, CLIENT_ID, CANARY_SECRET)
    with httpx.Client(base_url=facts.SANDBOX_URL, auth=auth) as client:
        client.get(DETAILS)
        client.get(DETAILS)
    assert token_route.call_count == 1
    assert details_route.call_count == 2
    assert details_route.calls.last.request.headers["Authorization"] == "Bearer abc"
    sent = token_route.calls.last.request
    assert sent.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert b"grant_type=client_credentials" in sent.content


class FailingOnce(FakeIngram):
    """The token endpoint is unreachable once, then answers."""

    def __init__(self) -> None:
        super().__init__()
        self.token_failures = 1

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == facts.TOKEN_PATH and self.token_failures:
            self.token_failures -= 1
            raise httpx.ConnectError("token endpoint unreachable")
        return super().handle(request)

    async def ahandle(self, request: httpx.Request) -> httpx.Response:
        return self.handle(request)


def test_a_failed_token_request_releases_the_lock_for_the_next_call() -> None:
    fake = FailingOnce()
    with httpx.Client(base_url=BASE_URL, auth=make_auth(), transport=fake.transport(), timeout=5) as client:
        with pytest.raises(httpx.ConnectError):
            client.get(DETAILS)
        assert client.get(DETAILS).status_code == 200
    assert fake.token_requests == 1


def test_a_failed_token_request_releases_the_lock_async() -> None:
    fake = FailingOnce()

    async def body() -> int:
        async with httpx.AsyncClient(
            base_url=BASE_URL, auth=make_auth(), transport=fake.async_transport()
        ) as client:
            with pytest.raises(httpx.ConnectError):
                await client.get(DETAILS)
            return (await asyncio.wait_for(client.get(DETAILS), timeout=5)).status_code

    assert run(body) == 200
