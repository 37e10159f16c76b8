"""Change an order on customer hold (v6 modify): `python modify_order.py [ORDER_NUMBER]`.

Without a number it first places an order on hold to work on.
"""

from __future__ import annotations

import settings
from ingram_orders.models import OrderModifyAddUpdateDeleteLine, OrderModifyLine, OrderModifyRequest

from ingram_contract.runtime import Orders


def main() -> None:
    change = OrderModifyRequest(
        notes="deliver to the loading dock",
        lines=[
            OrderModifyLine(
                customer_line_number="001",
                quantity=3,
                add_update_delete_line=OrderModifyAddUpdateDeleteLine.UPDATE,
            )
        ],
    )
    with settings.client() as client:
        orders = Orders(client, settings.account())
        number = settings.order_on_hold(orders, "PO-EXAMPLE-MODIFY")
        modified = orders.modify(number, change)
    lines = len(modified.lines or [])
    print(f"modified order {modified.ingram_order_number}: status {modified.order_status}, {lines} line(s)")


if __name__ == "__main__":
    settings.run(main)
