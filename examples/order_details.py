"""Show one order (v6.1 details): `python order_details.py [ORDER_NUMBER]`."""

from __future__ import annotations

import sys

import settings

from ingram_contract.runtime import Orders


def main() -> None:
    number = sys.argv[1] if len(sys.argv) > 1 else "20-RD128"
    with settings.client() as client:
        order = Orders(client, settings.account()).details(number)
    print(
        f"order {order.ingram_order_number}: {order.order_status}, {order.order_total} {order.currency_code}"
    )
    # Optional fields are `X | Unset` (and some `| None`); both are falsy, so `or []` reads a list.
    for line in order.lines or []:
        print(f"  line {line.customer_line_number}: {line.quantity_ordered} x {line.ingram_part_number}")


if __name__ == "__main__":
    settings.run(main)
