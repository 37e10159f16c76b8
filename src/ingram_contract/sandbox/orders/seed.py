"""The vendor's example orders, present in every sandbox database from its first start."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ingram_contract import facts
from ingram_contract.sandbox.orders.catalogue import TEST_ACCOUNT_ADDRESS
from ingram_contract.sandbox.orders.rules import new_order
from ingram_contract.sandbox.orders.states import ON_HOLD, PROCESSING, SHIPPED


@dataclass(frozen=True)
class SeededOrder:
    """A static order of the vendor's examples, present from the first start."""

    order_number: str
    status: str
    placed: datetime | None
    document: dict[str, Any]


def _document(customer_po: str, parts: Iterable[tuple[str, int]], hold: bool, notes: str) -> dict[str, Any]:
    request = {
        "customerOrderNumber": customer_po,
        "endCustomerOrderNumber": customer_po,
        "notes": notes,
        "lines": [
            {"customerLineNumber": f"{index:03d}", "ingramPartNumber": part, "quantity": quantity}
            for index, (part, quantity) in enumerate(parts, start=1)
        ],
        "endUserInfo": {
            **TEST_ACCOUNT_ADDRESS,
            "contact": "RALPH BIZZELL",
            "companyName": "ABC TECHNOLOGIES",
            "email": "enduser@example.com",
        },
        "additionalAttributes": [
            {"attributeName": "allowDuplicateCustomerOrderNumber", "attributeValue": "true"}
        ],
    }
    order = new_order(request, "seed")
    order["customerHold"] = hold
    return order


def seeded_orders() -> list[SeededOrder]:
    """The vendor's example orders: one shipped, one on customer hold (placed at the first start, so it
    can be modified within the day, as the vendor's modify example does), one processing."""
    shipped, on_hold, processing = facts.SANDBOX_ORDER_NUMBERS
    return [
        SeededOrder(
            shipped,
            SHIPPED,
            datetime.fromisoformat("2020-04-03T08:54:39+00:00"),
            _document("MyPONumber", [("DF4128", 2), (facts.SKU_IN_STOCK, 1)], False, "Sandbox shipped order"),
        ),
        SeededOrder(
            on_hold, ON_HOLD, None, _document("SWAGGER-01", [("DF4128", 1)], True, "CustomerHoldOrderSample")
        ),
        SeededOrder(
            processing,
            PROCESSING,
            datetime.fromisoformat("2020-05-13T07:38:52+00:00"),
            _document("16", [("4AW708", 1)], False, "Sandbox processing order"),
        ),
    ]
