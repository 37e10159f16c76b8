"""Every order of a search, fetched page by page while iterating: `python search_orders.py [STATUS]`."""

from __future__ import annotations

import sys

import settings

from ingram_contract.runtime import Orders


def main() -> None:
    filters = {"order_status_in": [sys.argv[1]]} if len(sys.argv) > 1 else {}
    count = 0
    with settings.client() as client:
        for order in Orders(client, settings.account()).iter(page_size=25, **filters):
            print(f"{order.ingram_order_number}  {order.ingram_order_date}  {order.order_status}")
            count += 1
    print(f"{count} orders found")


if __name__ == "__main__":
    settings.run(main)
