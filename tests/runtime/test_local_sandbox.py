"""The runtime helpers against the local sandbox over loopback HTTP: auth, IM headers, errors, pagination,
and a v7 create answered through the webhook receiver (the sandbox signs, the receiver verifies)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from ingram_orders import AuthenticatedClient
from ingram_orders.api.orders import get_orderdetails_v6_1, post_createorder_v7
from ingram_orders.models import OrderCreateV7Request, OrderCreateV7Response

from ingram_contract import facts
from ingram_contract.runtime import Account, IngramAPIError, WebhookReceiver, connect, iter_orders
from ingram_contract.runtime.webhooks import WebhookEvent

uvicorn = pytest.importorskip("uvicorn")
sandbox_app = pytest.importorskip("ingram_contract.sandbox.app")
sandbox_server = pytest.importorskip("ingram_contract.sandbox.server")

WEBHOOK_SECRET = "local-webhook-secret"
ACCOUNT = Account.sandbox()


class Served:
    """An ASGI app served on a free loopback port (the sandbox's own `serve_app`)."""

    def __init__(self, app: Any) -> None:
        self._served = sandbox_server.serve_app(app, startup_timeout=10, loop="asyncio")
        self.origin = ""

    def __enter__(self) -> Served:
        self.origin = self._served.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._served.__exit__(None, None, None)


class Events:
    """What the webhook handler received, with a way to wait for it."""

    def __init__(self) -> None:
        self.received: list[WebhookEvent] = []
        self._condition = threading.Condition()

    def __call__(self, event: WebhookEvent) -> None:
        with self._condition:
            self.received.append(event)
            self._condition.notify_all()

    def wait_for(self, count: int, timeout: float = 30.0) -> list[WebhookEvent]:
        with self._condition:
            assert self._condition.wait_for(lambda: len(self.received) >= count, timeout), self.received
            return list(self.received)


@pytest.fixture
def events() -> Events:
    return Events()


@pytest.fixture
def receiver(events: Events) -> Iterator[tuple[Served, WebhookReceiver]]:
    app = WebhookReceiver(WEBHOOK_SECRET, events)
    with Served(app) as served:
        yield served, app


@pytest.fixture
def sandbox(tmp_path: Path, receiver: tuple[Served, WebhookReceiver]) -> Iterator[Served]:
    config = sandbox_app.SandboxConfig(
        db_path=tmp_path / "sandbox.db",
        webhook_url=receiver[0].origin + "/ingram/orders",
        webhook_secret=WEBHOOK_SECRET,
    )
    with Served(sandbox_app.create_app(config)) as served:
        yield served


def client_for(sandbox: Served) -> AuthenticatedClient:
    return connect(
        sandbox.origin + facts.SANDBOX_PREFIX,
        client_id=facts.LOCAL_SANDBOX_CLIENT_ID,
        client_secret=facts.LOCAL_SANDBOX_CLIENT_SECRET,
        environ={},
    )


def test_order_details_with_one_token_for_many_calls(sandbox: Served) -> None:
    with client_for(sandbox) as client:
        for number in facts.SANDBOX_ORDER_NUMBERS * 3:
            order = get_orderdetails_v6_1.sync(number, client=client, **ACCOUNT.kwargs())
            assert order is not None
            assert order.ingram_order_number == number
        auth = client.get_httpx_client().auth
    assert auth.token_requests == 1  # type: ignore[union-attr]


def test_an_unknown_order_raises_with_the_sandbox_error_and_our_correlation_id(sandbox: Served) -> None:
    with client_for(sandbox) as client, pytest.raises(IngramAPIError) as caught:
        get_orderdetails_v6_1.sync("20-NOSUCH", client=client, **ACCOUNT.kwargs(correlation_id="cid-local-1"))
    assert 400 <= caught.value.status_code < 500
    assert caught.value.correlation_id == "cid-local-1"
    assert caught.value.messages


def test_a_forged_token_is_renewed_on_401(sandbox: Served) -> None:
    with client_for(sandbox) as client:
        get_orderdetails_v6_1.sync("20-RD128", client=client, **ACCOUNT.kwargs())
        auth: Any = client.get_httpx_client().auth
        auth._token = type(auth._token)(type(auth._token.value)("forged"), None)
        order = get_orderdetails_v6_1.sync("20-RD128", client=client, **ACCOUNT.kwargs())
    assert order is not None
    assert auth.token_requests == 2


def test_search_pages_through_every_order(sandbox: Served) -> None:
    with client_for(sandbox) as client:
        numbers = [order.ingram_order_number for order in iter_orders(client, ACCOUNT, page_size=1)]
    assert sorted(numbers) == sorted(facts.SANDBOX_ORDER_NUMBERS)


def test_v7_create_is_answered_through_the_verified_webhook(
    sandbox: Served, receiver: tuple[Served, WebhookReceiver], events: Events
) -> None:
    body = OrderCreateV7Request.from_dict(
        {
            "customerOrderNumber": "PO-V7-WEBHOOK",
            "lines": [{"customerLineNumber": "001", "ingramPartNumber": facts.SKU_IN_STOCK, "quantity": 1}],
        }
    )
    with client_for(sandbox) as client:
        confirmation = post_createorder_v7.sync_detailed(client=client, body=body, **ACCOUNT.kwargs())
    assert confirmation.status_code == 200
    (event,) = events.wait_for(1)
    assert isinstance(event, OrderCreateV7Response)
    assert event.event == "IM::created"
    assert event.event_id in receiver[1].seen
    assert event.resource.customer_order_number == "PO-V7-WEBHOOK"  # type: ignore[union-attr]
    assert event.resource.orders[0].ingram_order_number  # type: ignore[union-attr]
