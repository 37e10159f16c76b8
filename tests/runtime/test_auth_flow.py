"""The auth flow stepped by hand, request by response, the way httpx drives the generator."""

from __future__ import annotations

from collections.abc import Generator
from urllib.parse import parse_qs

import httpx
import pytest

from ingram_contract import facts
from ingram_contract.runtime.auth import (
    RENEWED_EXTENSION,
    TOKEN_REQUEST_EXTENSION,
    ClientCredentialsAuth,
    parse_expires_in,
    token_url_for,
)
from ingram_contract.runtime.errors import TokenError
from ingram_contract.runtime.retries import IDEMPOTENT_EXTENSION

from .conftest import CANARY_SECRET, CLIENT_ID, TOKEN_URL, FakeClock

Flow = Generator[httpx.Request, httpx.Response, None]


def token_response(
    request: httpx.Request, value: str = "tok-1", expires_in: object = "3600"
) -> httpx.Response:
    body: dict[str, object] = {"access_token": value, "token_type": "Bearer"}
    if expires_in is not None:
        body["expires_in"] = expires_in
    return httpx.Response(200, json=body, request=request)


def api_request() -> httpx.Request:
    return httpx.Request("GET", "https://api.test.invalid/sandbox/resellers/v6.1/orders/20-RD3QV")


def make_auth(clock: FakeClock, margin: float = 60.0) -> ClientCredentialsAuth:
    return ClientCredentialsAuth(TOKEN_URL, CLIENT_ID, CANARY_SECRET, margin=margin, clock=clock)


def first_call(
    auth: ClientCredentialsAuth, value: str = "tok-1", expires_in: object = "3600"
) -> httpx.Request:
    """Step a flow through its token request; return the authorised API request it yields next."""
    flow: Flow = auth.sync_auth_flow(api_request())
    token_request = next(flow)
    return flow.send(token_response(token_request, value, expires_in))


def test_first_call_fetches_a_token_with_a_form_post_then_sends_the_call(clock: FakeClock) -> None:
    auth = make_auth(clock)
    flow: Flow = auth.sync_auth_flow(api_request())

    token_request = next(flow)
    assert token_request.method == "POST"
    assert str(token_request.url) == TOKEN_URL
    assert token_request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert parse_qs(token_request.content.decode()) == {
        "grant_type": ["client_credentials"],
        "client_id": [CLIENT_ID],
        "client_secret": [CANARY_SECRET],
    }
    assert token_request.url.query == b"", "credentials must never travel in the query string"
    assert token_request.extensions[TOKEN_REQUEST_EXTENSION] is True
    assert token_request.extensions[IDEMPOTENT_EXTENSION] is True

    call = flow.send(token_response(token_request))
    assert call.headers["Authorization"] == "Bearer tok-1"
    with pytest.raises(StopIteration):
        flow.send(httpx.Response(200, request=call))
    assert auth.token_requests == 1


def test_a_cached_token_is_reused_without_a_token_request(clock: FakeClock) -> None:
    auth = make_auth(clock)
    first_call(auth)
    flow: Flow = auth.sync_auth_flow(api_request())
    call = next(flow)
    assert call.url.path.endswith("/20-RD3QV")
    assert call.headers["Authorization"] == "Bearer tok-1"
    assert auth.token_requests == 1


def test_the_token_is_renewed_margin_seconds_before_it_expires(clock: FakeClock) -> None:
    auth = make_auth(clock, margin=60)
    first_call(auth, expires_in="3600")

    clock.advance(3600 - 60 - 1)
    assert next(auth.sync_auth_flow(api_request())).headers["Authorization"] == "Bearer tok-1"

    clock.advance(1)
    flow: Flow = auth.sync_auth_flow(api_request())
    token_request = next(flow)
    assert token_request.extensions.get(TOKEN_REQUEST_EXTENSION)
    assert flow.send(token_response(token_request, "tok-2")).headers["Authorization"] == "Bearer tok-2"


def test_a_short_lived_token_keeps_half_its_lifetime_instead_of_the_whole_margin(clock: FakeClock) -> None:
    auth = make_auth(clock, margin=60)
    first_call(auth, expires_in=30)
    clock.advance(14)
    assert next(auth.sync_auth_flow(api_request())).headers["Authorization"] == "Bearer tok-1"
    clock.advance(1)
    assert next(auth.sync_auth_flow(api_request())).extensions.get(TOKEN_REQUEST_EXTENSION)


@pytest.mark.parametrize(("raw", "seconds"), [("86399", 86399.0), (3600, 3600.0), (" 60 ", 60.0), (1.5, 1.5)])
def test_expires_in_is_accepted_as_a_string_as_the_vendor_documents_it(raw: object, seconds: float) -> None:
    assert parse_expires_in(raw) == seconds


@pytest.mark.parametrize("raw", ["soon", -5, 0, True, [], "nan"])
def test_an_unusable_expires_in_is_a_token_error(clock: FakeClock, raw: object) -> None:
    auth = make_auth(clock)
    flow: Flow = auth.sync_auth_flow(api_request())
    token_request = next(flow)
    with pytest.raises(TokenError, match="unusable token response"):
        flow.send(token_response(token_request, expires_in=raw))
    assert auth.token_requests == 0


def test_without_expires_in_the_token_is_kept_until_a_401(clock: FakeClock) -> None:
    auth = make_auth(clock)
    first_call(auth, expires_in=None)
    clock.advance(10 * 365 * 86400)
    assert next(auth.sync_auth_flow(api_request())).headers["Authorization"] == "Bearer tok-1"


def test_a_401_renews_the_token_once_and_repeats_the_call(clock: FakeClock) -> None:
    auth = make_auth(clock)
    first_call(auth)
    flow: Flow = auth.sync_auth_flow(api_request())
    call = next(flow)
    assert RENEWED_EXTENSION not in call.extensions

    token_request = flow.send(httpx.Response(401, request=call))
    assert token_request.extensions.get(TOKEN_REQUEST_EXTENSION)
    repeated = flow.send(token_response(token_request, "tok-2"))
    assert repeated.headers["Authorization"] == "Bearer tok-2"
    assert repeated.extensions[RENEWED_EXTENSION] is True

    # A second 401 is the answer: no endless renewal loop.
    with pytest.raises(StopIteration):
        flow.send(httpx.Response(401, request=repeated))
    assert auth.token_requests == 2


def test_a_401_after_someone_else_renewed_reuses_their_token(clock: FakeClock) -> None:
    auth = make_auth(clock)
    first_call(auth)
    stale_flow: Flow = auth.sync_auth_flow(api_request())
    stale_call = next(stale_flow)

    auth.invalidate()
    first_call(auth, value="tok-2")

    repeated = stale_flow.send(httpx.Response(401, request=stale_call))
    assert repeated.headers["Authorization"] == "Bearer tok-2"
    assert auth.token_requests == 2


def test_a_refused_token_request_raises_token_error_with_status_and_vendor_body(clock: FakeClock) -> None:
    auth = make_auth(clock)
    flow: Flow = auth.sync_auth_flow(api_request())
    token_request = next(flow)
    refusal = httpx.Response(401, json={"message": "Invalid client credentials"}, request=token_request)
    with pytest.raises(TokenError) as caught:
        flow.send(refusal)
    assert caught.value.status_code == 401
    assert caught.value.body == {"message": "Invalid client credentials"}
    assert "Invalid client credentials" in str(caught.value)
    assert CANARY_SECRET not in str(caught.value)
    assert CANARY_SECRET not in repr(caught.value)


def test_the_token_endpoint_has_no_sandbox_prefix() -> None:
    vendor_token_url = httpx.URL(facts.PRODUCTION_URL + facts.TOKEN_PATH)
    assert token_url_for(facts.SANDBOX_URL) == vendor_token_url
    assert token_url_for(facts.PRODUCTION_URL) == vendor_token_url
    assert token_url_for("http://127.0.0.1:8765") == httpx.URL("http://127.0.0.1:8765" + facts.TOKEN_PATH)


def test_credentials_are_required() -> None:
    with pytest.raises(ValueError, match="required"):
        ClientCredentialsAuth(TOKEN_URL, CLIENT_ID, "")
    with pytest.raises(ValueError, match="required"):
        ClientCredentialsAuth(TOKEN_URL, "", CANARY_SECRET)
