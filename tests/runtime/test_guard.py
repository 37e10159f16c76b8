"""The one production write guard: every copy of the client keeps it, every spelling of production is caught.

Each bypass found on `main` (copies made by the generated `with_*` methods, a trailing-dot host, an
encoded `..` after `/sandbox`) is a case here, with the ones around it; the sandbox and loopback keep
working, and the client and the contract suite read `INGRAM_ALLOW_PRODUCTION_WRITES` the same way.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import attrs
import httpx
import pytest
from ingram_orders import AuthenticatedClient
from ingram_orders.api.orders import delete_ordercancel, post_createorder_v7
from ingram_orders.models import OrderCreateV7Request

from ingram_contract import facts
from ingram_contract.checks.safety import ensure_write_allowed, is_safe_write_target
from ingram_contract.runtime.account import Account
from ingram_contract.runtime.connection import base_url_for, connect
from ingram_contract.runtime.errors import ConfigurationError
from ingram_contract.runtime.guard import ProductionWriteRefused, Target, classify, writes_allowed_by_env

from .conftest import CANARY_SECRET, CLIENT_ID, FakeIngram

ENV = {facts.ENV_CLIENT_ID: CLIENT_ID, facts.ENV_CLIENT_SECRET: CANARY_SECRET}
ACCOUNT = Account.sandbox()
BODY = OrderCreateV7Request(customer_order_number="PO-GUARD")

PRODUCTION_SPELLINGS = [
    "https://api.ingrammicro.com.:443",
    "https://api.ingrammicro.com..",
    "https://API.IngramMicro.COM",
    "http://api.ingrammicro.com",
    "https://api.ingrammicro.com:8443",
    "https://user:pw@api.ingrammicro.com",
    "https://api.ingrammicro.com:443/sandbox/%2e%2e",
    "https://api.ingrammicro.com:443/sandbox/%2E%2E/resellers",
    "https://api.ingrammicro.com:443/sandbox/%252e%252e",
    "https://api.ingrammicro.com:443/sandbox/..",
    "https://api.ingrammicro.com/sandbox/x/../..",
    "https://api.ingrammicro.com/sandbox%2f..",
    "https://api.ingrammicro.com/sandbox%5c..",
    "https://api.ingrammicro.com/sandbox/..;/resellers",
    "https://api.ingrammicro.com/SANDBOX",
    "https://api.ingrammicro.com/Sandbox/resellers",
    "https://api.ingrammicro.com//sandbox",
    "https://api.ingrammicro.com/./sandbox",
    "https://api.ingrammicro.com/sandboxed",
    "https://api.ingrammicro.com/sandbox;x",
    "https://api%2eingrammicro.com/sandbox/..",
    "https://api。ingrammicro。com",
    "https://xi.ingrammicro.com/sandbox",
    "https://ingrammicro.com",
]


def production_client(**options: object) -> AuthenticatedClient:
    fake: FakeIngram = options.pop("fake")  # type: ignore[assignment]
    return connect(
        "production",
        transport=fake.transport(),
        async_transport=fake.async_transport(),
        environ=ENV,
        **options,  # type: ignore[arg-type]
    )


def create(client: AuthenticatedClient) -> object:
    return post_createorder_v7.sync(client=client, body=BODY, **ACCOUNT.kwargs())


@pytest.mark.parametrize("url", PRODUCTION_SPELLINGS)
def test_every_spelling_of_production_is_production(url: str) -> None:
    assert classify(url) is Target.PRODUCTION
    assert not is_safe_write_target(url)
    with pytest.raises(ConfigurationError, match="production"):
        base_url_for(url)
    with pytest.raises(ProductionWriteRefused, match="the production API"):
        ensure_write_allowed("POST", url + "/resellers/v6/orders")


@pytest.mark.parametrize(
    ("url", "target"),
    [
        ("https://api.ingrammicro.com:443/sandbox", Target.SANDBOX),
        ("https://API.ingrammicro.com./sandbox/resellers/v6/orders", Target.SANDBOX),
        ("https://api.ingrammicro.com/sandbox/resellers/../resellers/v6/orders", Target.SANDBOX),
        ("http://127.0.0.1:8765/sandbox", Target.LOOPBACK),
        ("http://127.9.9.9/resellers", Target.LOOPBACK),
        ("http://[::1]:8765", Target.LOOPBACK),
        ("http://[::ffff:127.0.0.1]:8765", Target.LOOPBACK),
        ("http://LOCALHOST.:8765", Target.LOOPBACK),
        ("http://sandbox.localhost:8765", Target.LOOPBACK),
        ("http://127.0.0.1.example.com", Target.OTHER),
        ("https://api.ingrammicro.com.example.com/sandbox", Target.OTHER),
        ("https://api.ingrammicro.com@example.com", Target.OTHER),
        # An IP literal is not the vendor's name: production's certificate would not match it.
        ("https://203.0.113.7", Target.OTHER),
        ("not a url at all", Target.PRODUCTION),
        ("http://[::1", Target.PRODUCTION),
    ],
)
def test_the_sandbox_loopback_and_other_hosts(url: str, target: Target) -> None:
    assert classify(url) is target


def test_a_production_host_header_makes_any_address_production() -> None:
    assert classify("https://203.0.113.7/x", host_header="api.ingrammicro.com:443") is Target.PRODUCTION
    assert (
        classify("https://api.ingrammicro.com/sandbox/x", host_header="api.ingrammicro.com") is Target.SANDBOX
    )


COPIES: list[tuple[str, Callable[[AuthenticatedClient], AuthenticatedClient]]] = [
    ("as connected", lambda client: client),
    ("with_timeout", lambda client: client.with_timeout(httpx.Timeout(5.0))),
    ("with_headers", lambda client: client.with_headers({"X-Trace": "1"})),
    ("with_cookies", lambda client: client.with_cookies({"session": "1"})),
    ("chained", lambda client: client.with_headers({"X": "1"}).with_timeout(httpx.Timeout(1.0))),
    ("attrs.evolve", lambda client: attrs.evolve(client)),
    ("attrs.evolve follow_redirects", lambda client: attrs.evolve(client, follow_redirects=True)),
    ("httpx_args transport", lambda client: attrs.evolve(client, httpx_args={"transport": _leak()})),
    ("httpx_args mounts", lambda client: attrs.evolve(client, httpx_args={"mounts": {"all://": _leak()}})),
    (
        "set_httpx_client",
        lambda client: client.set_httpx_client(
            httpx.Client(base_url=facts.PRODUCTION_URL, transport=_leak())
        ),
    ),
]
LEAKED: list[httpx.Request] = []


def _leak() -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == facts.TOKEN_PATH:
            return httpx.Response(200, json={"access_token": "leaked-token", "expires_in": 3600})
        LEAKED.append(request)
        return httpx.Response(201, json={})

    return httpx.MockTransport(answer)


@pytest.mark.parametrize(("how", "copy"), COPIES, ids=[how for how, _ in COPIES])
def test_no_copy_of_a_production_client_sends_a_write(
    fake: FakeIngram, how: str, copy: Callable[[AuthenticatedClient], AuthenticatedClient]
) -> None:
    LEAKED.clear()
    client = copy(production_client(fake=fake))
    with pytest.raises(ProductionWriteRefused, match=r"refusing POST https://api\.ingrammicro\.com"):
        create(client)
    with pytest.raises(ProductionWriteRefused, match="refusing DELETE"):
        delete_ordercancel.sync("20-RD128", client=client, **ACCOUNT.kwargs())
    assert fake.api_requests == []
    assert LEAKED == []


@pytest.mark.parametrize(("how", "copy"), COPIES[:6], ids=[how for how, _ in COPIES[:6]])
def test_no_async_copy_sends_a_write(
    fake: FakeIngram, how: str, copy: Callable[[AuthenticatedClient], AuthenticatedClient]
) -> None:
    client = copy(production_client(fake=fake))
    with pytest.raises(ProductionWriteRefused):
        asyncio.run(post_createorder_v7.asyncio(client=client, body=BODY, **ACCOUNT.kwargs()))
    hooked = client.set_async_httpx_client(
        httpx.AsyncClient(base_url=facts.PRODUCTION_URL, transport=_leak())
    )
    with pytest.raises(ProductionWriteRefused):
        asyncio.run(post_createorder_v7.asyncio(client=hooked, body=BODY, **ACCOUNT.kwargs()))
    assert fake.api_requests == []


def test_copies_share_the_pool_and_the_token(fake: FakeIngram) -> None:
    client = production_client(fake=fake, allow_production_writes=True)
    copy = client.with_timeout(httpx.Timeout(5.0)).with_headers({"X-Trace": "1"})
    assert copy.get_httpx_client() is client.get_httpx_client()
    create(copy)
    create(client)
    assert fake.token_requests == 1
    assert [r.method for r in fake.api_requests] == ["POST", "POST"]
    assert all(a.startswith("Bearer token-") for a in fake.authorizations)


@pytest.mark.parametrize(
    "path",
    ["/%2e%2e/resellers/v7/orders", "/..%2fresellers/v7/orders", "/x/%2E%2E/%2e%2e/resellers/v7/orders"],
)
def test_a_sandbox_client_cannot_be_steered_out_of_the_sandbox(fake: FakeIngram, path: str) -> None:
    client = connect("sandbox", transport=fake.transport(), environ=ENV)
    http = client.get_httpx_client()
    with pytest.raises(ProductionWriteRefused):
        http.post(path, json={})
    with pytest.raises(ProductionWriteRefused):
        http.send(httpx.Request("PUT", facts.PRODUCTION_URL + "/resellers/v6/orders/1"))
    assert fake.api_requests == []


def test_a_redirect_to_production_is_refused_at_the_hop() -> None:
    sent: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(str(request.url))
        if request.url.path == facts.TOKEN_PATH:
            return httpx.Response(200, json={"access_token": "t", "expires_in": 3600})
        return httpx.Response(307, headers={"Location": facts.PRODUCTION_URL + "/resellers/v7/orders"})

    client = attrs.evolve(
        connect("sandbox", transport=httpx.MockTransport(answer), environ=ENV), follow_redirects=True
    )
    with pytest.raises(ProductionWriteRefused):
        create(client)
    assert not any("/sandbox" not in url and facts.TOKEN_PATH not in url for url in sent), sent


def test_a_production_host_header_on_another_address_is_refused(fake: FakeIngram) -> None:
    client = connect("http://203.0.113.7", transport=fake.transport(), environ=ENV)
    create(client)
    assert len(fake.api_requests) == 1
    with pytest.raises(ProductionWriteRefused):
        create(client.with_headers({"Host": "api.ingrammicro.com"}))
    assert len(fake.api_requests) == 1


@pytest.mark.parametrize("environment", ["sandbox", "http://127.0.0.1:8765/sandbox", "http://localhost:9"])
def test_the_sandbox_and_loopback_take_writes(fake: FakeIngram, environment: str) -> None:
    client = connect(environment, transport=fake.transport(), environ=ENV).with_timeout(httpx.Timeout(5.0))
    create(client)
    delete_ordercancel.sync("20-RD128", client=client, **ACCOUNT.kwargs())
    assert [r.method for r in fake.api_requests] == ["POST", "DELETE"]


@pytest.mark.parametrize(
    ("value", "allowed"),
    [
        *[(value, True) for value in ("1", "true", "YES", "on", " On ")],
        *[(value, False) for value in ("", "0", "off", "no", "false", "maybe")],
    ],
)
def test_one_parser_for_the_environment_switch(fake: FakeIngram, value: str, allowed: bool) -> None:
    env = {**ENV, facts.ENV_ALLOW_PRODUCTION_WRITES: value}
    assert writes_allowed_by_env(env) is allowed
    client = connect("production", transport=fake.transport(), environ=env).with_headers({"X": "1"})
    url = facts.PRODUCTION_URL + "/resellers/v7/orders"
    if allowed:
        create(client)
        ensure_write_allowed("POST", url, allow_production_writes=writes_allowed_by_env(env))
        assert [r.method for r in fake.api_requests] == ["POST"]
    else:
        with pytest.raises(ProductionWriteRefused):
            create(client)
        with pytest.raises(ProductionWriteRefused):
            ensure_write_allowed("POST", url, allow_production_writes=writes_allowed_by_env(env))
        assert fake.api_requests == []


def test_reads_and_the_token_call_still_reach_production(fake: FakeIngram) -> None:
    client = production_client(fake=fake).with_timeout(httpx.Timeout(5.0))
    client.get_httpx_client().get("/resellers/v6.1/orders/20-RD3QV")
    assert fake.token_requests == 1
    assert [r.method for r in fake.api_requests] == ["GET"]


def test_the_refusal_names_no_secret() -> None:
    with pytest.raises(ProductionWriteRefused) as caught:
        ensure_write_allowed("POST", f"https://me:{CANARY_SECRET}@api.ingrammicro.com/x?client_secret=s3cr3t")
    assert CANARY_SECRET not in str(caught.value)
    assert "s3cr3t" not in str(caught.value)
