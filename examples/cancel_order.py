"""Cancel an order not yet released to the warehouse: `python cancel_order.py [ORDER_NUMBER]`.

Without a number it first places an order on hold to cancel.
"""

from __future__ import annotations

import settings

from ingram_contract.runtime import Orders


def main() -> None:
    with settings.client() as client:
        orders = Orders(client, settings.account())
        number = settings.order_on_hold(orders, "PO-EXAMPLE-CANCEL")
        orders.cancel(number)
        status = orders.details(number).order_status
    print(f"cancelled order {number}: now {status}")


if __name__ == "__main__":
    settings.run(main)
