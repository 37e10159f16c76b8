"""The webhook events an order's life sends: v7's order-created (or error) answer, and the five
order-status events (`im::updated` with `im::order_shipped`, `im::order_invoiced`, `im::order_hold`,
`im::order_voided`, `im::order_backordered`).

The vendor documents one order-status example (`im::order_shipped`); the other four follow its shape,
with the line status the event names (`IM::hold`, …, as the example's `IM::shipped`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, Final

from ingram_contract.sandbox.orders.catalogue import NO_STOCK, local_time, product_of
from ingram_contract.sandbox.orders.shipments import shipment_facts, sub_order_number

ORDER_SHIPPED: Final = "im::order_shipped"
ORDER_INVOICED: Final = "im::order_invoiced"
ORDER_HOLD: Final = "im::order_hold"
ORDER_VOIDED: Final = "im::order_voided"
ORDER_BACKORDERED: Final = "im::order_backordered"
ORDER_STATUS_EVENTS: Final = (ORDER_SHIPPED, ORDER_INVOICED, ORDER_HOLD, ORDER_VOIDED, ORDER_BACKORDERED)
_LINE_STATUS: Final = {
    ORDER_SHIPPED: "IM::shipped",
    ORDER_INVOICED: "IM::invoiced",
    ORDER_HOLD: "IM::hold",
    ORDER_VOIDED: "IM::voided",
    ORDER_BACKORDERED: "IM::backordered",
}
_ID_ALPHABET: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def event_stamp(instant: datetime) -> str:
    """An `eventTimeStamp`: UTC with milliseconds and `Z`, as every vendor event shows."""
    return instant.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def status_event_id(order_number: str, event_type: str) -> str:
    """The 18-character id of an order's status event: one event of each type per order."""
    value = int.from_bytes(hashlib.sha256(f"{order_number}:{event_type}".encode()).digest()[:16], "big")
    out = []
    for _ in range(18):
        value, index = divmod(value, len(_ID_ALPHABET))
        out.append(_ID_ALPHABET[index])
    return "".join(out)


def envelope(event: str, event_id: str, instant: datetime, resource: Any) -> dict[str, Any]:
    """The body every webhook event shares (the event's type is named inside `resource`)."""
    return {
        "topic": "resellers/orders",
        "event": event,
        "eventTimeStamp": event_stamp(instant),
        "eventId": event_id,
        "resource": resource,
    }


def order_status_event(
    event_type: str,
    order_number: str,
    order: Mapping[str, Any],
    placed: datetime,
    now: datetime,
    country: str = "US",
    event_id: str | None = None,
) -> dict[str, Any]:
    """An `im::updated` event of one type for an order, its lines as they stand after the change."""
    shipping = event_type in (ORDER_SHIPPED, ORDER_INVOICED)
    lines = []
    for line in order["lines"]:
        product = product_of(line)
        quantity = int(line["quantity"])
        backordered = quantity if product.availability == NO_STOCK and not shipping else 0
        shipped = quantity if shipping else 0
        rendered: dict[str, Any] = {
            "ingramLineNumber": line["ingramLineNumber"],
            "subOrderNumber": sub_order_number(order_number, line),
            "lineStatus": _LINE_STATUS[event_type],
            "ingramPartNumber": product.ingram_part_number,
            "vendorPartNumber": product.vendor_part_number,
            "requestedQuantity": quantity,
            "shippedQuantity": shipped,
            "backOrderedQuantity": backordered,
            "shipmentDetails": [],
            "serialNumberDetails": [],
        }
        if shipped:
            shipment = shipment_facts(order_number, line, placed, shipped)
            rendered["shipmentDetails"] = [
                {
                    "shipmentDate": shipment.ship_date,
                    "shipFromWarehouseId": shipment.warehouse_id,
                    "warehouseName": shipment.warehouse,
                    "carrierCode": shipment.carrier_code,
                    "carrierName": shipment.carrier_name,
                    "packageDetails": [
                        {
                            "cartonNumber": "1",
                            "quantityInbox": str(shipped),
                            "trackingNumber": shipment.tracking_number,
                        }
                    ],
                }
            ]
            rendered["serialNumberDetails"] = [{"serialNumber": serial} for serial in shipment.serial_numbers]
        lines.append(rendered)
    resource = {
        "eventType": event_type,
        "orderNumber": order_number,
        "customerOrderNumber": order["customerOrderNumber"],
        "orderEntryTimeStamp": local_time(placed, country).isoformat(timespec="seconds"),
        "lines": lines,
        "links": [{"topic": "orders", "href": f"/resellers/v6.1/orders/{order_number}", "type": "GET"}],
    }
    return envelope("im::updated", event_id or status_event_id(order_number, event_type), now, [resource])
