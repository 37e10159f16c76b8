"""Place a v6 order (synchronous): the API answers with the order number(s) at once."""

from __future__ import annotations

import settings
from ingram_orders.models import OrderCreateLine, OrderCreateRequest

from ingram_contract.runtime import Orders, order_numbers


def main() -> None:
    body = OrderCreateRequest(
        customer_order_number="PO-EXAMPLE-1",
        notes="example order",
        lines=[
            OrderCreateLine(customer_line_number="001", ingram_part_number="TSXML3", quantity=2),
        ],
    )
    with settings.client() as client:
        created = Orders(client, settings.account()).create(body)
    for number in order_numbers(created):
        print(f"created order {number} for {created.customer_order_number}: {created.purchase_order_total}")


if __name__ == "__main__":
    settings.run(main)
