"""`connect()`: environments, credentials from the env, errors, production safety — with generated calls."""

from __future__ import annotations

import httpx
import pytest
from ingram_orders import AuthenticatedClient
from ingram_orders.api.orders import delete_ordercancel, get_orderdetails_v6_1, post_createorder_v7
from ingram_orders.models import OrderCreateV7Request

from ingram_contract import facts
from ingram_contract.runtime.account import Account
from ingram_contract.runtime.auth import ClientCredentialsAuth
from ingram_contract.runtime.connection import base_url_for, connect
from ingram_contract.runtime.errors import ConfigurationError, IngramAPIError, TokenError
from ingram_contract.runtime.retries import RetryPolicy

from .conftest import BASE_URL, CANARY_SECRET, CLIENT_ID, FakeIngram, Waits, run

ENV = {facts.ENV_CLIENT_ID: CLIENT_ID, facts.ENV_CLIENT_SECRET: CANARY_SECRET}
ACCOUNT = Account.sandbox()


def connected(fake: FakeIngram, retry: RetryPolicy | None = None, **options: object) -> AuthenticatedClient:
    return connect(
        options.pop("environment", BASE_URL),  # type: ignore[arg-type]
        transport=fake.transport(),
        async_transport=fake.async_transport(),
        environ=ENV,
        retry=retry,
        **options,  # type: ignore[arg-type]
    )


def test_environments_resolve_to_the_vendor_hosts() -> None:
    assert base_url_for("sandbox") == (facts.SANDBOX_URL, False)
    assert base_url_for("production") == (facts.PRODUCTION_URL, True)
    assert base_url_for("http://127.0.0.1:8765/") == ("http://127.0.0.1:8765", False)
    assert base_url_for("https://api.ingrammicro.com/sandbox") == (
        "https://api.ingrammicro.com/sandbox",
        False,
    )


@pytest.mark.parametrize("url", ["https://api.ingrammicro.com", "https://api.ingrammicro.com:443/resellers"])
def test_a_production_url_is_refused_unless_production_is_named(url: str) -> None:
    with pytest.raises(ConfigurationError, match="production"):
        base_url_for(url)


@pytest.mark.parametrize("environment", ["staging", "ftp://example.com", ""])
def test_unknown_environments_are_refused(environment: str) -> None:
    with pytest.raises(ConfigurationError):
        base_url_for(environment)


def test_credentials_come_from_the_environment_and_are_required() -> None:
    with pytest.raises(ConfigurationError, match=facts.ENV_CLIENT_SECRET):
        connect(environ={facts.ENV_CLIENT_ID: CLIENT_ID})
    client = connect(environ=ENV)
    auth = client.get_httpx_client().auth
    assert isinstance(auth, ClientCredentialsAuth)
    assert auth.client_id == CLIENT_ID
    assert auth.token_url == httpx.URL(facts.PRODUCTION_URL + facts.TOKEN_PATH)
    assert str(client.get_httpx_client().base_url).rstrip("/") == facts.SANDBOX_URL.replace(":443", "")


def test_sync_and_async_share_one_token_cache_and_one_client_each(fake: FakeIngram) -> None:
    client = connected(fake)
    assert client.get_httpx_client().auth is client.get_async_httpx_client().auth
    for _ in range(3):
        order = get_orderdetails_v6_1.sync("20-RD3QV", client=client, **ACCOUNT.kwargs())
        assert order is not None

    async def body() -> None:
        await get_orderdetails_v6_1.asyncio("20-RD3QV", client=client, **ACCOUNT.kwargs())

    run(body)
    assert fake.token_requests == 1
    sent = fake.api_requests[0]
    assert sent.url.path == "/sandbox/resellers/v6.1/orders/20-RD3QV"
    assert sent.headers[facts.HEADER_CUSTOMER_NUMBER] == facts.DEFAULT_CUSTOMER_NUMBER
    assert sent.headers[facts.HEADER_COUNTRY_CODE] == facts.DEFAULT_COUNTRY_CODE
    assert len({r.headers[facts.HEADER_CORRELATION_ID] for r in fake.api_requests}) == 4


def test_an_error_answer_raises_with_status_vendor_body_and_correlation_id(fake: FakeIngram) -> None:
    client = connected(fake)
    with pytest.raises(IngramAPIError) as caught:
        get_orderdetails_v6_1.sync("20-MISSING", client=client, **ACCOUNT.kwargs(correlation_id="cid-123"))
    error = caught.value
    assert error.status_code == 400
    assert error.body == {"errors": [{"code": "E404", "message": "order 20-MISSING not found"}]}
    assert error.correlation_id == "cid-123"
    assert error.messages == ["E404 order 20-MISSING not found"]
    assert "cid-123" in str(error)
    assert "/resellers/v6.1/orders/20-MISSING" in str(error)


def test_an_error_answer_raises_in_the_async_api_too(fake: FakeIngram) -> None:
    client = connected(fake)

    async def body() -> None:
        await get_orderdetails_v6_1.asyncio(
            "20-MISSING", client=client, **ACCOUNT.kwargs(correlation_id="cid-9")
        )

    with pytest.raises(IngramAPIError, match="cid-9"):
        run(body)


def test_without_raise_on_error_the_generated_error_model_is_returned(fake: FakeIngram, waits: Waits) -> None:
    client = connected(fake, waits.policy(attempts=1), raise_on_error=False)
    fake.failures = [(500, {})]
    answer = get_orderdetails_v6_1.sync_detailed(
        "20-RD3QV",
        client=client,
        **ACCOUNT.kwargs(),
    )
    assert answer.status_code == 500
    # Whatever the contract names the error schema, it is a generated model, not an exception.
    assert type(answer.parsed).__module__.startswith("ingram_orders.models.")


def test_a_persistent_401_raises_after_one_renewal(fake: FakeIngram) -> None:
    client = connected(fake)
    fake.valid_tokens = _NeverValid()
    with pytest.raises(IngramAPIError) as caught:
        get_orderdetails_v6_1.sync("20-RD3QV", client=client, **ACCOUNT.kwargs())
    assert caught.value.status_code == 401
    assert fake.token_requests == 2
    assert len(fake.api_requests) == 2


def test_refused_credentials_raise_token_error(fake: FakeIngram) -> None:
    client = connect(
        BASE_URL,
        client_id=CLIENT_ID,
        client_secret="wrong",
        transport=fake.transport(),
        environ={},
    )
    with pytest.raises(TokenError) as caught:
        get_orderdetails_v6_1.sync("20-RD3QV", client=client, **ACCOUNT.kwargs())
    assert caught.value.status_code == 401
    assert fake.api_requests == []


def test_get_is_retried_on_503_and_429_through_the_generated_client(fake: FakeIngram, waits: Waits) -> None:
    client = connected(fake, waits.policy())
    fake.failures = [(503, {}), (429, {"Retry-After": "4"})]
    order = get_orderdetails_v6_1.sync("20-RD3QV", client=client, **ACCOUNT.kwargs())
    assert order is not None
    assert len(fake.api_requests) == 3
    assert waits == [0.25, 4.0]


def test_order_creation_is_not_retried_through_the_generated_client(fake: FakeIngram, waits: Waits) -> None:
    client = connected(fake, waits.policy())
    fake.failures = [(503, {})]
    with pytest.raises(IngramAPIError) as caught:
        post_createorder_v7.sync(
            client=client, body=OrderCreateV7Request(customer_order_number="PO-1"), **ACCOUNT.kwargs()
        )
    assert caught.value.status_code == 503
    assert [r.method for r in fake.api_requests] == ["POST"]
    assert waits == []


def test_production_refuses_writes_unless_allowed(fake: FakeIngram) -> None:
    client = connected(fake, environment="production")
    with pytest.raises(ConfigurationError, match="refusing DELETE"):
        delete_ordercancel.sync("20-RD128", client=client, **ACCOUNT.kwargs())
    assert fake.api_requests == []

    allowed = connected(fake, environment="production", allow_production_writes=True)
    delete_ordercancel.sync("20-RD128", client=allowed, **ACCOUNT.kwargs())
    assert [r.method for r in fake.api_requests] == ["DELETE"]


def test_production_writes_can_be_allowed_by_the_environment(fake: FakeIngram) -> None:
    client = connect(
        "production",
        transport=fake.transport(),
        environ={**ENV, facts.ENV_ALLOW_PRODUCTION_WRITES: "1"},
    )
    delete_ordercancel.sync("20-RD128", client=client, **ACCOUNT.kwargs())
    assert [r.method for r in fake.api_requests] == ["DELETE"]


def test_timeouts_are_bounded() -> None:
    timeout = connect(environ=ENV).get_httpx_client().timeout
    assert timeout.connect == 10.0
    assert timeout.read == 60.0


class _NeverValid(set[str]):
    """A token store in which no token is ever valid (credentials revoked server-side)."""

    def __contains__(self, item: object) -> bool:
        return False
