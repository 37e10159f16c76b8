"""Release an order from customer hold to the warehouse: `python release_order.py [ORDER_NUMBER]`.

Without a number it first places an order on hold to release.
"""

from __future__ import annotations

import settings

from ingram_contract.runtime import Orders


def main() -> None:
    with settings.client() as client:
        orders = Orders(client, settings.account())
        number = settings.order_on_hold(orders, "PO-EXAMPLE-RELEASE")
        orders.release(number)
        status = orders.details(number).order_status
    print(f"released order {number}: now {status}")


if __name__ == "__main__":
    settings.run(main)
