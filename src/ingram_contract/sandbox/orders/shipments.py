"""The deterministic shipment data behind an order: derived from its number, so the same order always
shows the same delivery, tracking, serial and invoice numbers, in the details as in search."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

from ingram_contract.sandbox.orders.catalogue import NO_STOCK, WAREHOUSES, product_of
from ingram_contract.sandbox.orders.states import SHIPPED, shipped_quantities

MAX_SERIALS_PER_LINE: Final = 10


def digits(seed: str, count: int) -> str:
    """`count` decimal digits derived from `seed`."""
    value = int.from_bytes(hashlib.sha256(seed.encode()).digest()[:16], "big")
    return str(value).rjust(count, "0")[-count:]


def alnum(seed: str, count: int) -> str:
    """`count` unambiguous upper-case letters and digits derived from `seed`."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    value = int.from_bytes(hashlib.sha256(seed.encode()).digest()[:16], "big")
    out = []
    for _ in range(count):
        value, index = divmod(value, len(alphabet))
        out.append(alphabet[index])
    return "".join(out)


def sub_order_number(order_number: str, line: Mapping[str, Any]) -> str:
    """The sub-order a line ships in: `-11` from stock (or the vendor), `-21` for what waits for stock."""
    return f"{order_number}-{21 if product_of(line).availability == NO_STOCK else 11}"


@dataclass(frozen=True)
class ShipmentFacts:
    """What one line's shipment looks like: dates, carrier, tracking, serials, invoice."""

    quantity: int
    delivery_number: str
    ship_date: str
    delivery_date: str
    warehouse_id: str
    warehouse: str
    carrier_code: str
    carrier_name: str
    tracking_number: str
    serial_numbers: tuple[str, ...]
    invoice_number: str


def shipment_facts(
    order_number: str, line: Mapping[str, Any], placed: datetime, quantity: int
) -> ShipmentFacts:
    """The deterministic shipment of `quantity` units of a line."""
    warehouse = WAREHOUSES[product_of(line).availability]
    seed = f"{order_number}:{line['ingramLineNumber']}"
    serials = tuple(f"SN{alnum(f'{seed}:{unit}', 10)}" for unit in range(min(quantity, MAX_SERIALS_PER_LINE)))
    return ShipmentFacts(
        quantity=quantity,
        delivery_number=digits(f"delivery:{seed}", 9),
        ship_date=(placed + timedelta(days=1)).date().isoformat(),
        delivery_date=(placed + timedelta(days=4)).date().isoformat(),
        warehouse_id=warehouse.warehouse_id,
        warehouse=warehouse.location,
        carrier_code=warehouse.carrier_code,
        carrier_name=warehouse.carrier_name,
        tracking_number=f"1Z{digits(f'tracking:{seed}', 16)}",
        serial_numbers=serials,
        invoice_number=order_number.replace("-", "") + "11",
    )


def search_terms(
    order_number: str, order: Mapping[str, Any], status: str, placed: datetime
) -> set[tuple[str, str]]:
    """The (kind, value) pairs order search filters on, upper-cased; shipments only once shipped."""
    terms: set[tuple[str, str]] = set()
    if order.get("specialBidNumber"):
        terms.add(("specialBidNumber", order["specialBidNumber"].upper()))
    for line, shipped in zip(order["lines"], shipped_quantities(order["lines"], None, status), strict=True):
        product = product_of(line)
        terms.add(("ingramPartNumber", product.ingram_part_number.upper()))
        terms.add(("vendorPartNumber", product.vendor_part_number.upper()))
        terms.add(("vendorName", product.vendor_name.upper()))
        if line.get("specialBidNumber"):
            terms.add(("specialBidNumber", line["specialBidNumber"].upper()))
        if shipped:
            shipment = shipment_facts(order_number, line, placed, shipped)
            terms.add(("trackingNumber", shipment.tracking_number))
            terms.update(("serialNumber", serial) for serial in shipment.serial_numbers)
    return terms


def shipment_dates(
    order_number: str, order: Mapping[str, Any], status: str, placed: datetime
) -> dict[str, str | None]:
    """Ship, delivery and invoice dates that search's `*_bt` filters compare; None until shipped."""
    if status != SHIPPED or not order["lines"]:
        return {"ship_date": None, "delivery_date": None, "invoice_date": None}
    first = shipment_facts(order_number, order["lines"][0], placed, order["lines"][0]["quantity"])
    return {
        "ship_date": first.ship_date,
        "delivery_date": first.delivery_date,
        "invoice_date": first.ship_date,
    }
