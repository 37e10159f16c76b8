"""The vendor's rules the sandbox follows (evidence in evidence/vendor and spec/corrections.yaml):
order-status webhooks for an order's life, the 24-hour void on hold, duplicate customer PO numbers,
`acceptBackOrder`, "Boolean or String" flags, order splits and sub-orders, local-offset timestamps, the
search statuses, and a release answered `null` that the generated client returns normally on."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from ingram_orders.api.orders import put_ordermodify
from ingram_orders.models import OrderModifyRequest

from ingram_contract import facts
from ingram_contract.runtime import Account, WebhookReceiver, connect
from ingram_contract.sandbox import SandboxConfig
from ingram_contract.sandbox.clock import ManualClock
from ingram_contract.sandbox.orders.events import ORDER_STATUS_EVENTS
from ingram_contract.sandbox.webhooks import DeliveryPolicy

from .conftest import Conformance, SandboxClient, ThreadedSandbox
from .conftest import WebhookReceiver as RecordingReceiver

SECRET = "vendor-behaviour-webhook-secret"
IN_STOCK = {"customerLineNumber": "001", "ingramPartNumber": facts.SKU_IN_STOCK, "quantity": 1}
NO_STOCK = {"customerLineNumber": "002", "ingramPartNumber": facts.SKU_NO_STOCK, "quantity": 2}
DIRECT = {"customerLineNumber": "003", "ingramPartNumber": facts.SKU_DIRECT_SHIP, "quantity": 1}


@pytest.fixture
def hooked(
    tmp_path: Path, receiver: RecordingReceiver, manual_clock: ManualClock
) -> Iterator[ThreadedSandbox]:
    config = SandboxConfig(
        db_path=tmp_path / "hooks.db",
        clock=manual_clock,
        token_ttl=10 * 24 * 3600,
        webhook_url=receiver.start(),
        webhook_secret=SECRET,
        webhook_policy=DeliveryPolicy(initial_backoff=0.05, max_backoff=0.2, max_attempts=5),
    )
    with ThreadedSandbox(config) as running:
        yield running


@pytest.fixture
def hooked_client(hooked: ThreadedSandbox, conformance: Conformance) -> Iterator[SandboxClient]:
    client = SandboxClient(hooked.origin, conformance)
    client.fetch_token()
    yield client
    client.close()


def number_of(response: Any) -> str:
    return str(response.json()["orders"][0]["ingramOrderNumber"])


def verified(received: list[Any]) -> list[dict[str, Any]]:
    """Every delivery, checked (signature and parse) by the runtime's own receiver."""
    runtime = WebhookReceiver(SECRET, lambda event: None)
    for delivery in received:
        outcome = asyncio.run(
            runtime.receive(delivery.body, delivery.headers.get(facts.WEBHOOK_SIGNATURE_HEADER))
        )
        assert outcome == "accepted"
    return [json.loads(delivery.body) for delivery in received]


def status_events(
    receiver: RecordingReceiver, wanted: int, timeout: float = 20.0
) -> dict[str, dict[str, Any]]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        events = [event for event in verified(list(receiver.received)) if event["event"] == "im::updated"]
        if len(events) >= wanted:
            return {event["resource"][0]["eventType"]: event for event in events}
        time.sleep(0.05)
    raise AssertionError(f"expected {wanted} order-status events, got {len(receiver.received)} deliveries")


def test_an_orders_life_sends_all_five_order_status_events(
    hooked_client: SandboxClient, receiver: RecordingReceiver
) -> None:
    held = number_of(hooked_client.create_v6([IN_STOCK], hold=True, customerOrderNumber="PO-EV-1"))
    assert hooked_client.request("DELETE", f"/resellers/v6/orders/{held}").status_code == 200
    assert hooked_client.create_v6([NO_STOCK], customerOrderNumber="PO-EV-2").status_code == 201
    shipped = number_of(hooked_client.create_v6([IN_STOCK], customerOrderNumber="PO-EV-3"))
    for simulated in ("IM::SHIPPED", "IM::INVOICED"):
        path = f"/resellers/v6.1/orders/{shipped}"
        assert hooked_client.request("GET", path, params={"simulateStatus": simulated}).status_code == 200
    events = status_events(receiver, 5)
    assert set(events) == set(ORDER_STATUS_EVENTS)
    assert events["im::order_hold"]["resource"][0]["orderNumber"] == held
    assert events["im::order_voided"]["resource"][0]["orderNumber"] == held
    assert events["im::order_backordered"]["resource"][0]["lines"][0]["backOrderedQuantity"] == 2
    shipped_line = events["im::order_shipped"]["resource"][0]["lines"][0]
    assert shipped_line["shipmentDetails"][0]["packageDetails"][0]["trackingNumber"].startswith("1Z")
    assert events["im::order_invoiced"]["resource"][0]["orderNumber"] == shipped
    assert all(event["eventTimeStamp"].endswith("Z") for event in events.values())
    again = hooked_client.request(
        "GET", f"/resellers/v6.1/orders/{shipped}-11", params={"simulateStatus": "IM::SHIPPED"}
    )
    assert again.status_code == 200
    time.sleep(0.3)
    assert len([r for r in receiver.received if b"im::order_shipped" in r.body]) == 1, (
        "each event is sent once"
    )


def test_an_order_left_on_hold_for_24_hours_is_voided(
    hooked_client: SandboxClient, receiver: RecordingReceiver, manual_clock: ManualClock
) -> None:
    held = number_of(hooked_client.create_v6([IN_STOCK], hold=True, customerOrderNumber="PO-VOID"))
    manual_clock.advance(timedelta(hours=23, minutes=59))
    assert hooked_client.request("GET", f"/resellers/v6.1/orders/{held}").json()["orderStatus"] == "On Hold"
    manual_clock.advance(timedelta(minutes=2))
    search = hooked_client.request(
        "GET", "/resellers/v6/orders/search", params={"customerOrderNumber": "PO-VOID"}
    )
    assert search.json()["orders"][0]["orderStatus"] == "CANCELLED"
    assert hooked_client.request("GET", f"/resellers/v6.1/orders/{held}").json()["orderStatus"] == "Canceled"
    assert "im::order_voided" in status_events(receiver, 2)


def test_a_repeated_search_shows_every_write_made_since(client: SandboxClient) -> None:
    """Search answers are kept until the next order write: a create, a change and a cancel must each
    show in the same search repeated right after."""
    params = {"endCustomerOrderNumber": "EU-CACHED", "pageSize": 5}

    def search() -> httpx.Response:
        return client.request("GET", "/resellers/v6/orders/search", params=params)

    assert search().status_code == 204
    assert search().status_code == 204
    first = number_of(
        client.create_v6(
            [IN_STOCK], hold=True, customerOrderNumber="PO-C1", endCustomerOrderNumber="EU-CACHED"
        )
    )
    assert search().json()["recordsFound"] == 1
    client.create_v6([IN_STOCK], customerOrderNumber="PO-C2", endCustomerOrderNumber="EU-CACHED")
    assert search().json()["recordsFound"] == 2
    statuses = {row["ingramOrderNumber"]: row["orderStatus"] for row in search().json()["orders"]}
    assert statuses[first] == "OPEN"
    assert client.request("DELETE", f"/resellers/v6/orders/{first}").status_code == 200
    statuses = {row["ingramOrderNumber"]: row["orderStatus"] for row in search().json()["orders"]}
    assert statuses[first] == "CANCELLED"


def test_a_duplicate_customer_order_number_needs_the_vendors_attribute(client: SandboxClient) -> None:
    assert client.create_v6([IN_STOCK], customerOrderNumber="PO-TWICE").status_code == 201
    refused = client.create_v6([IN_STOCK], customerOrderNumber="po-twice")
    assert refused.status_code == 400
    assert refused.json()["errors"][0]["fields"][0]["field"] == "customerOrderNumber"
    allowed = [{"attributeName": "allowDuplicateCustomerOrderNumber", "attributeValue": "true"}]
    again = client.create_v6([IN_STOCK], customerOrderNumber="PO-TWICE", additionalAttributes=allowed)
    assert again.status_code == 201


def test_accept_back_order_false_refuses_lines_without_stock(client: SandboxClient) -> None:
    partial = client.create_v6([IN_STOCK, NO_STOCK], customerOrderNumber="PO-NOBO-1", acceptBackOrder=False)
    assert partial.status_code == 207
    (refused,) = partial.json()["orders"][0]["rejectedLineItems"]
    assert refused["ingramPartNumber"] == facts.SKU_NO_STOCK
    only = client.create_v6([NO_STOCK], customerOrderNumber="PO-NOBO-2", acceptBackOrder="false")
    assert only.status_code == 400
    taken = client.create_v6([NO_STOCK], customerOrderNumber="PO-NOBO-3", acceptBackOrder="true")
    assert taken.status_code == 201
    assert taken.json()["orders"][0]["lines"][0]["quantityBackOrdered"] == 2


def test_v6_flags_are_boolean_or_string_but_nothing_else(client: SandboxClient) -> None:
    details = {"signatureRequired": "true", "shipComplete": "true", "shippingInstructions": "Dock 4"}
    taken = client.create_v6([IN_STOCK], customerOrderNumber="PO-FLAGS-1", shipmentDetails=details)
    assert taken.status_code == 201, taken.text
    shipment = taken.json()["orders"][0]["lines"][0]["shipmentDetails"]
    assert (shipment["signatureRequired"], shipment["shippingInstructions"]) == ("true", "Dock 4")
    refused = client.create_v6([IN_STOCK], customerOrderNumber="PO-FLAGS-2", acceptBackOrder="maybe")
    assert refused.status_code == 400
    assert "acceptBackOrder" in refused.text


def test_stock_and_direct_ship_lines_split_into_two_orders_with_resolvable_sub_orders(
    client: SandboxClient,
) -> None:
    created = client.create_v6([IN_STOCK, DIRECT], customerOrderNumber="PO-SPLIT")
    assert created.status_code == 201
    body = created.json()
    assert body["orderSplit"] is True
    stock, direct = body["orders"]
    assert (stock["orderType"], direct["orderType"]) == ("S", "D")
    assert body["purchaseOrderTotal"] == round(stock["orderTotal"] + direct["orderTotal"], 2)
    sub_order = direct["lines"][0]["subOrderNumber"]
    assert sub_order.startswith(direct["ingramOrderNumber"] + "-")
    shown = client.request("GET", f"/resellers/v6.1/orders/{sub_order}")
    assert shown.json()["ingramOrderNumber"] == direct["ingramOrderNumber"]
    assert body["shipToInfo"]["addressId"]
    assert body["resellerInfo"]["companyName"]


def test_dates_carry_the_accounts_local_offset(client: SandboxClient) -> None:
    shown = client.request("GET", f"/resellers/v6.1/orders/{facts.SANDBOX_ORDER_NUMBERS[2]}").json()
    assert shown["ingramOrderDate"] == "2020-05-13T00:38:52-07:00", "the vendor's own example, to the second"
    row = client.request(
        "GET", "/resellers/v6/orders/search", params={"ingramOrderNumber": "20-RD128"}
    ).json()
    assert row["orders"][0]["ingramOrderDate"].endswith("-07:00")


def test_search_shows_and_filters_the_vendors_statuses(client: SandboxClient) -> None:
    rows = client.request("GET", "/resellers/v6/orders/search").json()["orders"]
    statuses = {row["ingramOrderNumber"]: row["orderStatus"] for row in rows}
    shipped, held, processing = facts.SANDBOX_ORDER_NUMBERS
    assert (statuses[shipped], statuses[held], statuses[processing]) == ("CLOSED", "OPEN", "OPEN")
    opened = client.request("GET", "/resellers/v6/orders/search", params={"orderStatus": "OPEN"}).json()
    assert {row["ingramOrderNumber"] for row in opened["orders"]} == {held, processing}
    closed = client.request("GET", "/resellers/v6/orders/search", params={"orderStatus": "SHIPPED"}).json()
    assert [row["ingramOrderNumber"] for row in closed["orders"]] == [shipped]
    assert {sub["subOrderStatus"] for row in rows for sub in row["subOrders"]} <= {
        "SHIPPED",
        "ON HOLD",
        "PROCESSING",
    }


def test_a_release_answers_null_and_the_generated_client_returns_normally(
    sandbox: ThreadedSandbox, client: SandboxClient
) -> None:
    held = number_of(client.create_v6([IN_STOCK], hold=True, customerOrderNumber="PO-RELEASE"))
    account = Account.sandbox()
    with connect(
        sandbox.base_url,
        client_id=facts.LOCAL_SANDBOX_CLIENT_ID,
        client_secret=facts.LOCAL_SANDBOX_CLIENT_SECRET,
    ) as generated:
        response = put_ordermodify.sync_detailed(
            held,
            client=generated,
            body=OrderModifyRequest.from_dict({}),
            action_code="release",
            **account.kwargs(),
        )
    assert response.status_code == 200
    assert response.content == b"null"
    assert response.parsed is None
    assert client.request("GET", f"/resellers/v6.1/orders/{held}").json()["orderStatus"] == "Processing"


def test_a_hold_placed_after_a_search_is_still_voided_by_a_later_search(
    hooked_client: SandboxClient, manual_clock: ManualClock
) -> None:
    """Search looks for expired holds only when one can have expired (the due time kept in memory):
    a hold placed after that time was computed must bring it forward."""

    def status_of(po: str) -> str:
        params = {"customerOrderNumber": po}
        answer = hooked_client.request("GET", "/resellers/v6/orders/search", params=params)
        return str(answer.json()["orders"][0]["orderStatus"])

    manual_clock.advance(timedelta(days=2))
    assert status_of("SWAGGER-01") == "CANCELLED"  # the seeded hold is voided: no hold is left to expire
    hooked_client.create_v6([IN_STOCK], hold=True, customerOrderNumber="PO-DUE-1")
    manual_clock.advance(timedelta(hours=12))
    hooked_client.create_v6([IN_STOCK], hold=True, customerOrderNumber="PO-DUE-2")
    manual_clock.advance(timedelta(hours=12, minutes=1))
    assert (status_of("PO-DUE-1"), status_of("PO-DUE-2")) == ("CANCELLED", "OPEN")
    manual_clock.advance(timedelta(hours=12))
    assert status_of("PO-DUE-2") == "CANCELLED"


def test_leniency_turns_flag_words_into_booleans_and_leaves_the_rest_to_validation() -> None:
    from ingram_contract.sandbox.leniency import boolean_paths, coerce_flags

    schema = {
        "type": "object",
        "properties": {
            "acceptBackOrder": {"type": "boolean"},
            "lines": {"type": "array", "items": {"type": "object", "properties": {"x": {"type": "boolean"}}}},
        },
    }
    paths = boolean_paths(schema)
    assert paths == {("acceptBackOrder",), ("lines", "[]", "x")}
    assert coerce_flags({"acceptBackOrder": " TRUE", "lines": [{"x": "false"}, {"x": "no"}]}, paths) == {
        "acceptBackOrder": True,
        "lines": [{"x": False}, {"x": "no"}],
    }
    # A word that is no flag, a flag outside the paths, and no paths at all (v7) stay as sent.
    assert coerce_flags({"acceptBackOrder": "yes", "other": "true"}, paths) == {
        "acceptBackOrder": "yes",
        "other": "true",
    }
    assert coerce_flags({"acceptBackOrder": "true"}, set()) == {"acceptBackOrder": "true"}


def test_expired_tokens_are_dropped_as_new_ones_are_issued() -> None:
    from ingram_contract.sandbox.tokens import TokenIssuer

    clock = ManualClock()
    tokens = TokenIssuer(60, clock)
    first = [tokens.issue() for _ in range(1000)]
    clock.advance(timedelta(seconds=61))
    fresh = tokens.issue()
    assert len(tokens) == 1
    assert tokens.valid(fresh) and not tokens.valid(first[0])


def test_details_show_only_the_postal_part_of_an_end_user_the_create_named(client: SandboxClient) -> None:
    end_user = {"endUserId": "5", "contactId": "1", "companyName": "END USER CO", "city": "WAYNE"}
    number = number_of(client.create_v6([IN_STOCK], customerOrderNumber="PO-EU", endUserInfo=end_user))
    shown = client.request("GET", f"/resellers/v6.1/orders/{number}")  # checked against the contract
    assert shown.json()["endUserInfo"] == {"companyName": "END USER CO", "city": "WAYNE"}
