"""The README's recipe, executed: the generated `ingram_orders` client, connected with the runtime's
`connect()` to a local sandbox, creates an order, reads it back with a simulated status and pages
through search, parsing every answer into its typed model."""

from __future__ import annotations

from ingram_orders.api.orders import get_orderdetails_v6_1, post_createorder_v6
from ingram_orders.models import (
    GetOrderdetailsV61SimulateStatus,
    OrderCreateRequest,
    OrderCreateResponse,
    OrderDetailB2B,
)

from ingram_contract import facts
from ingram_contract.runtime import Account, connect, iter_orders

from .conftest import ThreadedSandbox


def test_generated_client_against_the_local_sandbox(sandbox: ThreadedSandbox) -> None:
    account = Account.sandbox()
    with connect(
        sandbox.base_url,
        client_id=facts.LOCAL_SANDBOX_CLIENT_ID,
        client_secret=facts.LOCAL_SANDBOX_CLIENT_SECRET,
    ) as client:
        body = OrderCreateRequest.from_dict(
            {
                "customerOrderNumber": "PO-CLIENT-1",
                "lines": [
                    {"customerLineNumber": "001", "ingramPartNumber": facts.SKU_IN_STOCK, "quantity": 2}
                ],
            }
        )
        created = post_createorder_v6.sync(client=client, body=body, **account.kwargs())
        assert isinstance(created, OrderCreateResponse)
        number = created.orders[0].ingram_order_number
        assert isinstance(number, str)

        shipped = get_orderdetails_v6_1.sync(
            number,
            client=client,
            simulate_status=GetOrderdetailsV61SimulateStatus.IMSHIPPED,
            **account.kwargs(),
        )
        assert isinstance(shipped, OrderDetailB2B)
        assert shipped.order_status == "Shipped"
        tracking = shipped.lines[0].shipment_details[0].carrier_details[0].tracking_details[0]
        assert tracking.tracking_number.startswith("1Z")

        numbers = [order.ingram_order_number for order in iter_orders(client, account, page_size=2)]
        assert numbers[0] == number
        assert sorted(numbers) == sorted({number, *facts.SANDBOX_ORDER_NUMBERS})
