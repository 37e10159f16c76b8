"""The sandbox over real HTTP: token, create, details under every simulateStatus, search, modify, release,
cancel, the 400/401/404 paths, and v7's signed webhook with its retries.

Every answer goes through `Conformance.check` (see conftest): documented status, body valid against
openapi.yaml, IM-CorrelationID echoed.
"""

from __future__ import annotations

import json
import time
from datetime import timedelta
from typing import Any

import httpx
import pytest

from ingram_contract import facts
from ingram_contract.runtime.signature import signature_matches
from ingram_contract.sandbox import SandboxConfig
from ingram_contract.sandbox.webhooks import DeliveryPolicy

from .conftest import (
    Conformance,
    SandboxClient,
    ThreadedSandbox,
    WebhookReceiver,
    json_body,
)

IN_STOCK = {"customerLineNumber": "001", "ingramPartNumber": facts.SKU_IN_STOCK, "quantity": 3}
NO_STOCK = {"customerLineNumber": "002", "ingramPartNumber": facts.SKU_NO_STOCK, "quantity": 2}
DIRECT = {"customerLineNumber": "003", "ingramPartNumber": facts.SKU_DIRECT_SHIP, "quantity": 1}
UNKNOWN = {"customerLineNumber": "004", "ingramPartNumber": "NOSUCH1", "quantity": 1}
WEBHOOK_SECRET = "whsec-test-only"


def order_number_of(created: httpx.Response) -> str:
    return str(created.json()["orders"][0]["ingramOrderNumber"])


def details(client: SandboxClient, number: str, **params: str) -> httpx.Response:
    return client.request("GET", f"/resellers/v6.1/orders/{number}", params=params)


def search(client: SandboxClient, params: Any) -> httpx.Response:
    return client.request("GET", "/resellers/v6/orders/search", params=params)


def found(response: httpx.Response) -> list[str]:
    if response.status_code == 204:
        return []
    assert response.status_code == 200, response.text
    return [order["ingramOrderNumber"] for order in response.json()["orders"]]


def field_names(response: httpx.Response) -> list[str]:
    return [entry["field"] for error in response.json()["errors"] for entry in error.get("fields", [])]


def test_health_and_the_printed_defaults(sandbox: ThreadedSandbox) -> None:
    response = httpx.get(f"{sandbox.origin}/health", trust_env=False)
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_token_by_post_form_and_by_get_query(sandbox: ThreadedSandbox, conformance: Conformance) -> None:
    credentials = {
        "grant_type": "client_credentials",
        "client_id": facts.LOCAL_SANDBOX_CLIENT_ID,
        "client_secret": facts.LOCAL_SANDBOX_CLIENT_SECRET,
    }
    with httpx.Client(base_url=sandbox.origin, trust_env=False) as http:
        posted = conformance.check(http.post(facts.TOKEN_PATH, data=credentials))
        assert posted.status_code == 200
        assert posted.json()["token_type"] == "Bearer"
        assert int(posted.json()["expires_in"]) == 600
        # The upstream document's GET form is not in the corrected contract; its answer has the same shape.
        got = http.get(facts.TOKEN_PATH, params=credentials)
        assert got.status_code == 200
        assert set(got.json()) == set(posted.json())
        assert got.json()["access_token"] != posted.json()["access_token"]
        wrong = conformance.check(http.post(facts.TOKEN_PATH, data={**credentials, "client_secret": "nope"}))
        assert wrong.status_code == 401
        assert "nope" not in wrong.text
        missing = conformance.check(http.post(facts.TOKEN_PATH, data={"grant_type": "client_credentials"}))
        assert missing.status_code == 400
        assert "client_id" in missing.json()["message"]
        grant = conformance.check(http.post(facts.TOKEN_PATH, data={**credentials, "grant_type": "password"}))
        assert grant.status_code == 400


def test_missing_wrong_and_expired_tokens_are_401(client: SandboxClient, manual_clock: Any) -> None:
    path = "/resellers/v6.1/orders/20-RD128"
    headers = client.headers()
    del headers["Authorization"]
    assert client.request("GET", path, headers=headers).status_code == 401
    assert (
        client.request("GET", path, headers={**headers, "Authorization": "Bearer forged"}).status_code == 401
    )
    assert client.request("GET", path).status_code == 200
    manual_clock.advance(timedelta(seconds=601))
    expired = client.request("GET", path)
    assert expired.status_code == 401
    assert expired.json()["fault"]["detail"]["errorcode"] == "keymanagement.service.invalid_access_token"
    client.fetch_token()
    assert client.request("GET", path).status_code == 200


def test_invalid_requests_are_400_naming_the_field(client: SandboxClient) -> None:
    path = "/resellers/v6/orders/search"
    no_correlation = client.headers()
    del no_correlation[facts.HEADER_CORRELATION_ID]
    response = client.request("GET", path, headers=no_correlation)
    assert response.status_code == 400
    assert field_names(response) == [facts.HEADER_CORRELATION_ID]

    too_long = client.headers(**{facts.HEADER_CORRELATION_ID: "x" * 33})
    response = client.request("GET", path, headers=too_long)
    assert response.status_code == 400
    assert field_names(response) == [facts.HEADER_CORRELATION_ID]
    assert response.headers[facts.HEADER_CORRELATION_ID] == "x" * 33

    malformed = client.headers(**{facts.HEADER_CUSTOMER_NUMBER: "20222222"})
    response = client.request("GET", path, headers=malformed)
    assert response.status_code == 400
    assert field_names(response) == [facts.HEADER_CUSTOMER_NUMBER]
    message = response.json()["errors"][0]["fields"][0]["message"]
    assert 'does not match "^[0-9A-Za-z]{2}-[0-9A-Za-z]{6}$"' in message  # the contract's pattern

    response = client.request("GET", path, params={"pageSize": "101"})
    assert response.status_code == 400
    assert field_names(response) == ["pageSize"]
    response = client.request("GET", path, params={"pageNumber": "first"})
    assert response.status_code == 400
    assert field_names(response) == ["pageNumber"]

    response = client.create_v6([{**IN_STOCK, "quantity": "three"}])
    assert response.status_code == 400
    assert field_names(response) == ["lines[0].quantity"]

    response = client.request("POST", "/resellers/v6/orders", json={"lines": [IN_STOCK]})
    assert response.status_code == 400
    assert "customerOrderNumber" in response.text

    response = client.request(
        "POST",
        "/resellers/v6/orders",
        content=b"{not json",
        headers=client.headers(**{"content-type": "application/json"}),
    )
    assert response.status_code == 400
    assert field_names(response) == ["body"]

    response = client.request(
        "POST", "/resellers/v7/orders", json={"customerOrderNumber": "X" * 19, "lines": [IN_STOCK]}
    )
    assert response.status_code == 400
    assert [entry["field"] for entry in response.json()["errors"][0]["fields"]] == ["customerOrderNumber"]


def test_whole_lifecycle(client: SandboxClient) -> None:
    held = client.create_v6([IN_STOCK, NO_STOCK, DIRECT], hold=True, customerOrderNumber="PO-LIFE-1")
    assert held.status_code == 201
    assert held.json()["orderSplit"] is True, "stock and direct-ship lines are two orders"
    order, direct = held.json()["orders"]
    assert (order["orderType"], direct["orderType"]) == ("S", "D")
    number, direct_number = order["ingramOrderNumber"], direct["ingramOrderNumber"]
    assert (order["numberOfLinesWithSuccess"], direct["numberOfLinesWithSuccess"]) == (2, 1)
    by_part = {line["ingramPartNumber"]: line for part in (order, direct) for line in part["lines"]}
    assert by_part[facts.SKU_IN_STOCK]["quantityConfirmed"] == 3
    assert by_part[facts.SKU_NO_STOCK]["quantityBackOrdered"] == 2
    assert by_part[facts.SKU_NO_STOCK]["lineStatus"] == "Backordered"
    assert by_part[facts.SKU_DIRECT_SHIP]["lineStatus"] == "In Progress"
    assert isinstance(by_part[facts.SKU_IN_STOCK]["shipmentDetails"], dict)

    partial = client.create_v6([IN_STOCK, UNKNOWN], customerOrderNumber="PO-LIFE-2")
    assert partial.status_code == 207
    rejected = partial.json()["orders"][0]["rejectedLineItems"]
    assert [(line["ingramPartNumber"], line["rejectCode"]) for line in rejected] == [("NOSUCH1", "EN")]
    assert partial.json()["processedPartially"] is True

    plain = details(client, number)
    assert plain.status_code == 200
    assert plain.json()["orderStatus"] == "On Hold"
    assert all(line["shipmentDetails"] == [] for line in plain.json()["lines"])

    shipped = details(
        client, number, simulateStatus="IM::SHIPPED", regionCode=facts.SANDBOX_REGION_CODE
    ).json()
    assert shipped["orderStatus"] == "Shipped"
    for line in shipped["lines"]:
        (shipment,) = line["shipmentDetails"]
        assert shipment["quantity"] == line["quantityOrdered"]
        (carrier,) = shipment["carrierDetails"]
        (package,) = carrier["trackingDetails"]
        assert package["trackingNumber"].startswith("1Z")
        assert len(package["serialNumbers"]) == line["quantityOrdered"]
        assert "invoiceNumber" not in shipment

    partially = details(client, number, simulateStatus="IM::PARTIALLY_SHIPPED").json()
    assert partially["orderStatus"] == "Processing"
    shipped_units = sum(s["quantity"] for line in partially["lines"] for s in line["shipmentDetails"])
    assert 0 < shipped_units < sum(line["quantityOrdered"] for line in partially["lines"])

    on_hold = details(client, number, simulateStatus="IM::HOLD").json()
    assert on_hold["orderStatus"] == "On Hold"
    assert {line["lineStatus"] for line in on_hold["lines"]} == {"On Hold"}

    invoiced = details(client, number, simulateStatus="IM::INVOICED").json()
    assert invoiced["orderStatus"] == "Shipped"
    assert all(line["shipmentDetails"][0]["invoiceNumber"] for line in invoiced["lines"])
    assert (
        invoiced["lines"][0]["shipmentDetails"][0]["carrierDetails"][0]["trackingDetails"]
        == (shipped["lines"][0]["shipmentDetails"][0]["carrierDetails"][0]["trackingDetails"])
    ), "the same order must always show the same tracking and serial numbers"

    assert details(client, number, simulateStatus="IM::LOST").status_code == 400

    assert found(search(client, {"customerOrderNumber": "po-life-1"})) == [direct_number, number]
    assert found(search(client, {"orderStatus": "ON HOLD", "ingramPartNumber": facts.SKU_DIRECT_SHIP})) == [
        direct_number
    ]
    page_one = search(client, {"pageSize": 1, "pageNumber": 1})
    assert page_one.json()["recordsFound"] == 6
    assert "nextPage" in page_one.json()
    assert "previousPage" not in page_one.json()
    page_two = search(client, {"pageSize": 1, "pageNumber": 2})
    assert "previousPage" in page_two.json()
    assert found(page_one) != found(page_two)
    assert search(client, {"pageSize": 1, "pageNumber": 7}).status_code == 204

    modified = client.request(
        "PUT",
        f"/resellers/v6/orders/{number}",
        json={
            "notes": "changed by the test",
            "lines": [
                {"ingramLineNumber": "001", "addUpdateDeleteLine": "UPDATE", "quantity": 5},
                {"ingramLineNumber": "003", "addUpdateDeleteLine": "DELETE"},
                {
                    "customerLineNumber": "009",
                    "ingramPartNumber": "NOSUCH2",
                    "addUpdateDeleteLine": "ADD",
                    "quantity": 1,
                },
            ],
        },
    )
    # Line 003 went to the direct-ship order: its change is refused, so the vendor answers 200, not 201.
    assert modified.status_code == 200, modified.text
    body = modified.json()
    assert body["orderStatus"] == "ON HOLD"
    assert [(line["ingramLineNumber"], line["quantityOrdered"]) for line in body["lines"]] == [("001", 5)]
    assert [line["rejectCode"] for line in body["rejectedLineItems"]] == ["EL", "EN"]
    assert details(client, number).json()["notes"] == "changed by the test"

    released = client.request(
        "PUT", f"/resellers/v6/orders/{number}", params={"actionCode": "release"}, json={}
    )
    assert released.status_code == 200
    assert released.content == b"null", "the vendor answers a release with the body null"
    assert details(client, number).json()["orderStatus"] == "Backordered"
    again = client.request("PUT", f"/resellers/v6/orders/{number}", params={"actionCode": "release"}, json={})
    assert again.status_code == 400
    refused = client.request("DELETE", f"/resellers/v6/orders/{number}")
    assert refused.status_code == 405
    assert "not no hold" in refused.text

    second = order_number_of(client.create_v6([IN_STOCK], hold=True, customerOrderNumber="PO-LIFE-3"))
    cancelled = client.request("DELETE", f"/resellers/v6/orders/{second}", params={"regionCode": "CS"})
    assert cancelled.status_code == 200
    assert details(client, second).json()["orderStatus"] == "Canceled"
    assert found(search(client, {"orderStatus": "CANCELLED"})) == [second]
    assert client.request("DELETE", f"/resellers/v6/orders/{second}").status_code == 405

    assert client.request("DELETE", "/resellers/v6/orders/20-NOPE1").status_code == 404
    assert details(client, "20-NOPE1").status_code == 404
    assert client.request("PUT", "/resellers/v6/orders/20-NOPE1", json={}).status_code == 404


def test_orders_without_customer_hold_cannot_be_modified_or_cancelled(client: SandboxClient) -> None:
    number = order_number_of(client.create_v6([IN_STOCK]))
    assert details(client, number).json()["orderStatus"] == "Processing"
    modify = client.request("PUT", f"/resellers/v6/orders/{number}", json={"notes": "late"})
    assert modify.status_code == 400
    assert "Customer Hold" in modify.text
    assert client.request("DELETE", f"/resellers/v6/orders/{number}").status_code == 405


def test_modify_only_within_24_hours(client: SandboxClient, manual_clock: Any) -> None:
    number = order_number_of(client.create_v6([IN_STOCK], hold=True))
    manual_clock.advance(timedelta(hours=23, minutes=59))
    client.fetch_token()
    assert (
        client.request("PUT", f"/resellers/v6/orders/{number}", json={"notes": "in time"}).status_code == 201
    )
    manual_clock.advance(timedelta(minutes=2))
    client.fetch_token()
    late = client.request("PUT", f"/resellers/v6/orders/{number}", params={"actionCode": "release"}, json={})
    assert late.status_code == 400
    assert "24 hours" in late.text
    unknown_action = client.request(
        "PUT", "/resellers/v6/orders/20-RC1RD", params={"actionCode": "ship"}, json={}
    )
    assert unknown_action.status_code == 400


def test_create_with_no_acceptable_line_is_400(client: SandboxClient) -> None:
    response = client.create_v6([UNKNOWN, {**IN_STOCK, "quantity": 0}])
    assert response.status_code == 400
    assert field_names(response) == ["lines[0]", "lines[1]"]


def test_orders_belong_to_their_customer(client: SandboxClient) -> None:
    number = order_number_of(client.create_v6([IN_STOCK]))
    other = client.headers(**{facts.HEADER_CUSTOMER_NUMBER: "30-333333"})
    assert client.request("GET", f"/resellers/v6.1/orders/{number}", headers=other).status_code == 404
    assert client.request("GET", "/resellers/v6/orders/search", headers=other).status_code == 204


def test_every_search_filter_on_the_seeded_shipped_order(client: SandboxClient) -> None:
    shipped = details(client, "20-RD128").json()
    assert shipped["orderStatus"] == "Shipped"
    line = shipped["lines"][1]  # TSXML3: no other seeded order has it
    shipment = line["shipmentDetails"][0]
    package = shipment["carrierDetails"][0]["trackingDetails"][0]
    ship_day = shipment["shippedDate"]
    matching = {
        "ingramOrderNumber": "20-RD128",
        "orderStatus": "SHIPPED",
        "orderStatus-in": ["SHIPPED", "CANCELLED"],
        "ingramOrderDate": "2020-04-03",
        "ingramOrderDate-bt": ["2020-04-01", "2020-04-30"],
        "customerOrderNumber": "MyPONumber",
        "endCustomerOrderNumber": "MyPONumber",
        "invoiceDate_bt": [ship_day, ship_day],
        "shipDate_bt": ["2020-04-01", ship_day],
        "deliveryDate_bt": [shipment["estimatedDeliveryDate"], "2020-12-31"],
        "ingramPartNumber": line["ingramPartNumber"],
        "vendorPartNumber": line["vendorPartNumber"],
        "serialNumber": package["serialNumbers"][0]["serialNumber"],
        "trackingNumber": package["trackingNumber"],
        "vendorName": line["vendorName"].lower(),
    }
    for name, value in matching.items():
        assert found(search(client, {name: value})) == ["20-RD128"], name
    assert found(search(client, matching)) == ["20-RD128"]
    assert found(search(client, {"ingramOrderDate-bt": "2020-04-01,2020-04-30"})) == ["20-RD128"]

    bid = order_number_of(
        client.create_v6([{**IN_STOCK, "specialBidNumber": "BID-77"}], specialBidNumber="BID-1")
    )
    assert found(search(client, {"specialBidNumber": "bid-77"})) == [bid]
    assert found(search(client, {"specialBidNumber": "BID-1"})) == [bid]

    missing = {
        "ingramOrderNumber": "20-ZZZZZ",
        "orderStatus": "BACKORDERED",
        "ingramOrderDate": "2019-01-01",
        "shipDate_bt": ["2019-01-01", "2019-12-31"],
        "serialNumber": "SNNOTHERE",
        "trackingNumber": "1Z0000",
        "vendorName": "nobody",
    }
    for name, value in missing.items():
        assert search(client, {name: value}).status_code == 204, name
    inverted = search(client, {"shipDate_bt": ["2020-05-01", "2020-04-01"]})
    assert inverted.status_code == 204, "valid by the contract (two dates); an inverted range matches nothing"
    one_date = search(client, {"invoiceDate_bt": "2020-05-01"})
    assert one_date.status_code == 400


def test_paths_work_with_and_without_the_sandbox_prefix(client: SandboxClient) -> None:
    for prefix in ("/sandbox", ""):
        response = client.http.get(f"{prefix}/resellers/v6.1/orders/20-RD3QV", headers=client.headers())
        client.conformance.check(response)
        assert response.json()["ingramOrderNumber"] == "20-RD3QV"
    assert client.http.get("/sandbox/nowhere", headers=client.headers()).status_code == 404


@pytest.fixture
def webhook_sandbox(tmp_path: Any, receiver: WebhookReceiver, request: pytest.FixtureRequest) -> Any:
    receiver.fail_first = getattr(request, "param", 0)
    url = receiver.start()
    config = SandboxConfig(
        db_path=tmp_path / "hooks.db",
        webhook_url=url,
        webhook_secret=WEBHOOK_SECRET,
        webhook_policy=DeliveryPolicy(initial_backoff=0.05, max_backoff=0.2, max_attempts=5),
    )
    with ThreadedSandbox(config) as running:
        yield running


def check_event(conformance: Conformance, received: Any) -> dict[str, Any]:
    """The event is signed for its eventId and matches what the contract documents (v7 create's 201)."""
    event = json_body(received)
    assert signature_matches(
        WEBHOOK_SECRET, event["eventId"], received.headers[facts.WEBHOOK_SIGNATURE_HEADER]
    )
    assert not signature_matches(
        "another-secret", event["eventId"], received.headers[facts.WEBHOOK_SIGNATURE_HEADER]
    )
    request = httpx.Request("POST", "http://127.0.0.1/resellers/v7/orders")
    documented = httpx.Response(201, json=event, request=request)
    documented.elapsed = timedelta(0)
    conformance.check(documented)
    return dict(event)


def test_v7_create_confirms_then_posts_a_signed_order_created_event(
    webhook_sandbox: ThreadedSandbox, receiver: WebhookReceiver, conformance: Conformance
) -> None:
    client = SandboxClient(webhook_sandbox.origin, conformance)
    client.fetch_token()
    body = {"customerOrderNumber": "PO-V7-1", "lines": [IN_STOCK, UNKNOWN]}
    confirmation = client.request("POST", "/resellers/v7/orders", json=body)
    assert confirmation.status_code == 200
    assert confirmation.json()["confirmationNumber"].startswith("US-I-T-")
    (received,) = receiver.wait_for(1)
    event = check_event(conformance, received)
    assert event["event"] == "IM::created"
    created = event["resource"]["orders"][0]
    assert created["numberOfLinesWithError"] == 1
    number = created["ingramOrderNumber"]
    assert details(client, number).json()["customerOrderNumber"] == "PO-V7-1"

    client.request(
        "POST", "/resellers/v7/orders", json={"customerOrderNumber": "PO-V7-2", "lines": [UNKNOWN]}
    )
    error_event = check_event(conformance, receiver.wait_for(2)[1])
    assert error_event["event"] == "IM::error"
    assert error_event["resource"]["customerOrderNumber"] == "PO-V7-2"
    client.close()


@pytest.mark.parametrize("webhook_sandbox", [2], indirect=True)
def test_webhook_delivery_is_retried_with_backoff_until_the_receiver_accepts(
    webhook_sandbox: ThreadedSandbox, receiver: WebhookReceiver, conformance: Conformance
) -> None:
    client = SandboxClient(webhook_sandbox.origin, conformance)
    client.fetch_token()
    response = client.request(
        "POST", "/resellers/v7/orders", json={"customerOrderNumber": "PO-RETRY", "lines": [IN_STOCK]}
    )
    assert response.status_code == 200
    attempts = receiver.wait_for(3)
    assert receiver.answered[:3] == [500, 500, 200]
    event_ids = {json.loads(attempt.body)["eventId"] for attempt in attempts}
    assert len(event_ids) == 1, "a retry re-sends the same event"
    for attempt in attempts:
        check_event(conformance, attempt)
    event_id = event_ids.pop()
    deadline = time.monotonic() + 30
    while webhook_sandbox.app.state.sandbox.store.event_states()[event_id][0] != "delivered":
        assert time.monotonic() < deadline, "the delivery was never recorded"
        time.sleep(0.02)
    assert webhook_sandbox.app.state.sandbox.store.event_states()[event_id] == ("delivered", 3)
    client.close()


def test_pending_webhook_events_survive_a_restart(
    tmp_path: Any, receiver: WebhookReceiver, conformance: Conformance
) -> None:
    receiver.fail_first = 1_000
    url = receiver.start()
    config = SandboxConfig(
        db_path=tmp_path / "outbox.db",
        webhook_url=url,
        webhook_secret=WEBHOOK_SECRET,
        webhook_policy=DeliveryPolicy(initial_backoff=0.05, max_backoff=0.1, max_attempts=1_000),
    )
    with ThreadedSandbox(config) as first:
        client = SandboxClient(first.origin, conformance)
        client.fetch_token()
        client.request(
            "POST", "/resellers/v7/orders", json={"customerOrderNumber": "PO-OUTBOX", "lines": [IN_STOCK]}
        )
        receiver.wait_for(1)
        client.close()
    refused = len(receiver.received)
    assert set(receiver.answered) == {500}
    receiver.fail_first = 0
    with ThreadedSandbox(config):
        delivered = receiver.wait_for(refused + 1)[-1]
    assert receiver.answered[-1] == 200
    event = check_event(conformance, delivered)
    assert event["resource"]["customerOrderNumber"] == "PO-OUTBOX"
