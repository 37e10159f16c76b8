"""Place a v6 order on customer hold: it waits (up to 24 h) to be modified, released or cancelled.

`customer_hold=True` adds the additional attribute `allowOrderOnCustomerHold: true` to the request.
"""

from __future__ import annotations

import settings
from ingram_orders.models import OrderCreateLine, OrderCreateRequest

from ingram_contract.runtime import Orders, order_numbers


def main() -> None:
    body = OrderCreateRequest(
        customer_order_number="PO-EXAMPLE-HOLD",
        lines=[OrderCreateLine(customer_line_number="001", ingram_part_number="TSXML3", quantity=1)],
    )
    with settings.client() as client:
        orders = Orders(client, settings.account())
        (number,) = order_numbers(orders.create(body, customer_hold=True))
        status = orders.details(number).order_status
    print(f"order {number} is {status}: release it with release_order.py {number}")


if __name__ == "__main__":
    settings.run(main)
