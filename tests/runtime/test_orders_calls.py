"""`Orders` / `AsyncOrders`: every operation against the local sandbox over loopback, and the error
mapping (respx) for answers that are not the operation's success, with and without `raise_on_error`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import respx
from ingram_orders import AuthenticatedClient
from ingram_orders.models import (
    OrderCreateRequest,
    OrderCreateResponse,
    OrderCreateV7Request,
    OrderCreateV7Response201,
    OrderDetailB2B,
    OrderModifyRequest,
    OrderModifyResponse,
    OrderSearchResponse,
    VendorRequiredInfoRequest,
)

from ingram_contract import facts
from ingram_contract.runtime import (
    Account,
    AsyncOrders,
    ConfigurationError,
    IngramAPIError,
    Orders,
    connect,
    order_numbers,
)

from .conftest import run

sandbox_app = pytest.importorskip("ingram_contract.sandbox.app")
sandbox_server = pytest.importorskip("ingram_contract.sandbox.server")

ACCOUNT = Account.sandbox(sender_id="orders-calls-test")


def order(po: str, *lines: tuple[str, int]) -> OrderCreateRequest:
    return OrderCreateRequest.from_dict(
        {
            "customerOrderNumber": po,
            "lines": [
                {"customerLineNumber": f"{n:03d}", "ingramPartNumber": sku, "quantity": quantity}
                for n, (sku, quantity) in enumerate(lines, start=1)
            ],
        }
    )


@pytest.fixture(scope="module")
def origin(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db: Path = tmp_path_factory.mktemp("orders-calls") / "sandbox.db"
    with sandbox_server.serve_app(
        sandbox_app.create_app(sandbox_app.SandboxConfig(db_path=db)), startup_timeout=10, loop="asyncio"
    ) as served:
        yield served + facts.SANDBOX_PREFIX


@pytest.fixture
def client(origin: str) -> Iterator[AuthenticatedClient]:
    with connect(
        origin,
        client_id=facts.LOCAL_SANDBOX_CLIENT_ID,
        client_secret=facts.LOCAL_SANDBOX_CLIENT_SECRET,
        environ={},
    ) as connected:
        yield connected


@pytest.fixture
def orders(client: AuthenticatedClient) -> Orders:
    return Orders(client, ACCOUNT)


def test_create_then_details_of_the_order_it_placed(orders: Orders) -> None:
    created = orders.create(order("PO-CALLS-1", (facts.SKU_IN_STOCK, 2)))
    assert isinstance(created, OrderCreateResponse)
    (number,) = order_numbers(created)
    details = orders.details(number)
    assert isinstance(details, OrderDetailB2B)
    assert details.ingram_order_number == number
    assert details.customer_order_number == "PO-CALLS-1"
    assert details.order_status != "On Hold"


def test_a_partly_rejected_create_207_is_the_same_model(orders: Orders) -> None:
    created = orders.create(order("PO-CALLS-207", (facts.SKU_IN_STOCK, 1), ("NOSUCHSKU", 1)))
    assert isinstance(created, OrderCreateResponse)
    (placed,) = created.orders  # type: ignore[misc]
    assert placed.rejected_line_items


def test_customer_hold_then_modify_then_release(orders: Orders) -> None:
    body = order("PO-CALLS-HOLD", (facts.SKU_IN_STOCK, 1))
    (number,) = order_numbers(orders.create(body, customer_hold=True))
    assert orders.details(number).order_status == "On Hold"
    modified = orders.modify(number, OrderModifyRequest(notes="leave at the back door"))
    assert isinstance(modified, OrderModifyResponse)
    assert modified.ingram_order_number == number
    assert orders.release(number) is None  # type: ignore[func-returns-value]
    assert orders.details(number).order_status != "On Hold"
    # Released: the warehouse has it, so the sandbox refuses a cancel with the vendor's documented 405.
    with pytest.raises(IngramAPIError) as refused:
        orders.cancel(number)
    assert refused.value.status_code == 405


def test_the_hold_keeps_the_callers_own_additional_attributes(orders: Orders) -> None:
    body = OrderCreateRequest.from_dict(
        {
            "customerOrderNumber": "PO-CALLS-ATTRS",
            "additionalAttributes": [{"attributeName": "shipComplete", "attributeValue": "false"}],
            "lines": [{"customerLineNumber": "001", "ingramPartNumber": facts.SKU_IN_STOCK, "quantity": 1}],
        }
    )
    (number,) = order_numbers(orders.create(body, customer_hold=True))
    assert orders.details(number).order_status == "On Hold"
    assert len(body.additional_attributes) == 1  # type: ignore[arg-type]


def test_cancel_an_order_on_hold(orders: Orders) -> None:
    (number,) = order_numbers(
        orders.create(order("PO-CALLS-CANCEL", (facts.SKU_IN_STOCK, 1)), customer_hold=True)
    )
    assert orders.cancel(number) is None  # type: ignore[func-returns-value]
    assert orders.details(number).order_status == "Canceled"  # the vendor's spelling in details


def test_details_simulates_a_status_by_name(orders: Orders) -> None:
    details = orders.details(facts.SANDBOX_ORDER_NUMBERS[0], simulate_status="IM::SHIPPED")
    assert details.order_status == "Shipped"


def test_search_one_page_iterate_all_and_an_empty_search(orders: Orders) -> None:
    page = orders.search(page_size=1)
    assert isinstance(page, OrderSearchResponse)
    assert len(page.orders) == 1  # type: ignore[arg-type]
    every = [found.ingram_order_number for found in orders.iter(page_size=2)]
    assert set(facts.SANDBOX_ORDER_NUMBERS) <= set(every)
    assert len(every) == page.records_found
    nothing = orders.search(customer_order_number="PO-THAT-NOBODY-USED")
    assert nothing.orders == []
    assert nothing.records_found == 0


def test_v7_create_answers_with_a_confirmation(orders: Orders) -> None:
    body = OrderCreateV7Request.from_dict(
        {
            "customerOrderNumber": "PO-CALLS-V7",
            "lines": [{"customerLineNumber": "001", "ingramPartNumber": facts.SKU_IN_STOCK, "quantity": 1}],
        }
    )
    confirmation = orders.create_v7(body, customer_hold=True)
    assert isinstance(confirmation, OrderCreateV7Response201)
    assert confirmation.confirmation_number


def test_vendor_required_info_lists_one_answer_per_product(orders: Orders) -> None:
    body = VendorRequiredInfoRequest.from_dict({"products": [{"ingramPartNumber": facts.SKU_IN_STOCK}]})
    (answer,) = orders.vendor_required_info(body)
    assert answer.ingram_part_number == facts.SKU_IN_STOCK


def test_vendor_required_info_without_a_sender_id_is_a_setup_error(client: AuthenticatedClient) -> None:
    body = VendorRequiredInfoRequest.from_dict({"products": [{"ingramPartNumber": facts.SKU_IN_STOCK}]})
    with pytest.raises(ConfigurationError, match="IM-SenderID"):
        Orders(client, Account.sandbox()).vendor_required_info(body)


def test_an_unknown_order_raises_with_our_correlation_id(orders: Orders) -> None:
    with pytest.raises(IngramAPIError) as caught:
        orders.details("20-NOSUCH", correlation_id="cid-orders-1")
    assert caught.value.status_code in (400, 404)
    assert caught.value.correlation_id == "cid-orders-1"


def test_async_orders_make_the_same_calls(origin: str) -> None:
    async def scenario() -> tuple[str, str | object, list[str], int]:
        async with connect(
            origin,
            client_id=facts.LOCAL_SANDBOX_CLIENT_ID,
            client_secret=facts.LOCAL_SANDBOX_CLIENT_SECRET,
            environ={},
        ) as client:
            return await steps(AsyncOrders(client, ACCOUNT))

    async def steps(orders: AsyncOrders) -> tuple[str, str | object, list[str], int]:
        (number,) = order_numbers(
            await orders.create(order("PO-CALLS-ASYNC", (facts.SKU_IN_STOCK, 1)), customer_hold=True)
        )
        held = (await orders.details(number)).order_status
        await orders.release(number)
        found = [
            o.ingram_order_number async for o in orders.iter(page_size=3) if o.ingram_order_number == number
        ]
        page = await orders.search(page_size=1)
        return number, held, found, len(page.orders)  # type: ignore[arg-type]

    number, held, found, page_length = run(scenario)
    assert held == "On Hold"
    assert found == [number]
    assert page_length == 1


MOCK_URL = "https://api.test.invalid/sandbox"


def mocked_orders(raise_on_error: bool) -> Orders:
    client = connect(
        MOCK_URL,
        client_id="mock-client",
        client_secret="mock-secret",
        token_url="https://api.test.invalid" + facts.TOKEN_PATH,
        raise_on_error=raise_on_error,
        environ={},
    )
    return Orders(client, ACCOUNT)


@pytest.fixture
def mock_api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url="https://api.test.invalid", assert_all_called=False) as router:
        router.post(facts.TOKEN_PATH).respond(200, json={"access_token": "t", "expires_in": 3600})
        yield router


@pytest.mark.parametrize("raise_on_error", [True, False])
def test_a_vendor_error_body_raises_whether_or_not_the_client_raises(
    mock_api: respx.MockRouter, raise_on_error: bool
) -> None:
    mock_api.get("/sandbox/resellers/v6.1/orders/20-RD128").respond(
        400, json={"errors": [{"code": "E400", "message": "order number is invalid"}]}
    )
    with pytest.raises(IngramAPIError) as caught:
        mocked_orders(raise_on_error).details("20-RD128", correlation_id="cid-mock-1")
    assert caught.value.status_code == 400
    assert caught.value.correlation_id == "cid-mock-1"
    assert caught.value.messages == ["E400 order number is invalid"]


def test_a_gateway_fault_raises_with_its_faultstring(mock_api: respx.MockRouter) -> None:
    mock_api.delete("/sandbox/resellers/v6/orders/20-RD128").respond(
        500, json={"fault": {"faultstring": "upstream timed out", "detail": {"errorcode": "x"}}}
    )
    with pytest.raises(IngramAPIError) as caught:
        mocked_orders(False).cancel("20-RD128")
    assert caught.value.messages == ["upstream timed out"]
    assert caught.value.method == "DELETE"


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (202, {"ingramOrderNumber": "20-X"}),  # a success status the contract does not list for v6 create
        (200, {"orders": []}),  # v6 create answers 201/207, never 200
    ],
)
def test_an_undocumented_success_status_is_an_error_not_a_silent_none(
    mock_api: respx.MockRouter, status: int, body: dict[str, object]
) -> None:
    mock_api.post("/sandbox/resellers/v6/orders").respond(status, json=body)
    with pytest.raises(IngramAPIError) as caught:
        mocked_orders(False).create(order("PO-MOCK", (facts.SKU_IN_STOCK, 1)))
    assert caught.value.status_code == status
    assert caught.value.body == body


def test_release_sends_action_code_release_and_returns_none(mock_api: respx.MockRouter) -> None:
    route = mock_api.put("/sandbox/resellers/v6/orders/20-RD128").mock(
        return_value=httpx.Response(200, json={"ingramOrderNumber": "20-RD128"})
    )
    assert mocked_orders(True).release("20-RD128") is None  # type: ignore[func-returns-value]
    assert route.calls.last.request.url.params["actionCode"] == "release"


def test_the_v7_webhook_shaped_201_is_not_taken_for_a_confirmation(mock_api: respx.MockRouter) -> None:
    mock_api.post("/sandbox/resellers/v7/orders").respond(201, json={"event": "IM::created"})
    body = OrderCreateV7Request.from_dict({"customerOrderNumber": "PO-MOCK-V7", "lines": []})
    with pytest.raises(IngramAPIError) as caught:
        mocked_orders(False).create_v7(body)
    assert caught.value.status_code == 201
