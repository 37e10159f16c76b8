"""How each operation shows an order: v6.1 details, a search row, a create answer, a modify answer."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from ingram_contract.sandbox.orders.catalogue import (
    DIRECT_SHIP,
    NO_STOCK,
    TEST_ACCOUNT_ADDRESS,
    WAREHOUSES,
    Product,
    product_of,
)
from ingram_contract.sandbox.orders.rules import order_total, order_type
from ingram_contract.sandbox.orders.shipments import ShipmentFacts, alnum, digits, shipment_facts
from ingram_contract.sandbox.orders.states import DETAIL_STATUS, SIMULATED, shipped_quantities


def render_details(
    order_number: str, order: Mapping[str, Any], status: str, placed: datetime, simulate: str | None
) -> dict[str, Any]:
    """The v6.1 order details of an order, as it is or as `simulateStatus` asks it to look."""
    lines = order["lines"]
    shipped = shipped_quantities(lines, simulate, status)
    state = SIMULATED.get(simulate or "")
    invoiced = state is not None and state.invoiced
    shown_status = state.detail_status if state else DETAIL_STATUS.get(status, status.title())
    total = order_total(order)
    rendered_lines = []
    for index, (line, quantity_shipped) in enumerate(zip(lines, shipped, strict=True), start=1):
        product = product_of(line)
        quantity = line["quantity"]
        backordered = quantity if product.availability == NO_STOCK and not quantity_shipped else 0
        rendered: dict[str, Any] = {
            "subOrderNumber": f"{order_number}-11",
            "ingramOrderLineNumber": line["ingramLineNumber"],
            "vendorSalesOrderLineNumber": f"{index:06d}",
            "customerLineNumber": line["customerLineNumber"],
            "lineStatus": _line_status(shown_status, product, quantity_shipped, quantity),
            "ingramPartNumber": product.ingram_part_number,
            "vendorPartNumber": product.vendor_part_number,
            "vendorName": product.vendor_name,
            "partDescription": product.description,
            "unitWeight": product.unit_weight,
            "weightUom": "LB",
            "unitPrice": product.unit_price,
            "upcCode": product.upc,
            "extendedPrice": round(product.unit_price * quantity, 2),
            "taxAmount": 0.0,
            "currencyCode": "USD",
            "quantityOrdered": quantity,
            "quantityConfirmed": quantity - backordered,
            "quantityBackOrdered": backordered,
            "specialBidNumber": line["specialBidNumber"],
            "requestedDeliverydate": "",
            "promisedDeliveryDate": (placed + timedelta(days=4)).date().isoformat(),
            "lineNotes": line["notes"],
            "shipmentDetails": [],
        }
        if backordered:
            rendered["backOrderETADate"] = (placed + timedelta(days=14)).date().isoformat()
        if quantity_shipped:
            rendered["shipmentDetails"] = [
                _shipment(shipment_facts(order_number, line, placed, quantity_shipped), invoiced)
            ]
        rendered_lines.append(rendered)
    return {
        "ingramOrderNumber": order_number,
        "ingramOrderDate": placed.isoformat(timespec="seconds"),
        "orderType": order_type(order),
        "customerOrderNumber": order["customerOrderNumber"],
        "endCustomerOrderNumber": order["endCustomerOrderNumber"],
        "vendorSalesOrderNumber": digits(f"vso:{order_number}", 9),
        "ingramPurchaseOrderNumber": alnum(f"po:{order_number}", 7),
        "orderStatus": shown_status,
        "orderTotal": total,
        "orderSubTotal": total,
        "freightCharges": 0.0,
        "currencyCode": "USD",
        "totalWeight": round(sum(product_of(ln).unit_weight * ln["quantity"] for ln in lines), 2),
        "totalTax": 0.0,
        "totalFees": 0.0,
        "paymentTerms": "NET 30 DAYS",
        "notes": order["notes"],
        "billToInfo": dict(TEST_ACCOUNT_ADDRESS),
        "shipToInfo": dict(order["shipToInfo"]),
        "endUserInfo": dict(order["endUserInfo"]),
        "lines": rendered_lines,
        "miscellaneousCharges": [],
    }


def _line_status(shown_status: str, product: Product, shipped: int, quantity: int) -> str:
    if shown_status in ("On Hold", "Cancelled"):
        return shown_status
    if shipped:
        return "Shipped" if shipped == quantity else "Partially Shipped"
    if product.availability == NO_STOCK:
        return "Backordered"
    if product.availability == DIRECT_SHIP:
        return "Direct Ship"
    return "In Progress"


def _shipment(shipment: ShipmentFacts, invoiced: bool) -> dict[str, Any]:
    carrier = {
        "carrierCode": shipment.carrier_code,
        "carrierName": shipment.carrier_name,
        "quantity": shipment.quantity,
        "shippedDate": shipment.ship_date,
        "estimatedDeliveryDate": shipment.delivery_date,
        "carrierPickupDate": shipment.ship_date,
        "trackingDetails": [
            {
                "trackingNumber": shipment.tracking_number,
                "trackingUrl": f"https://www.fedex.com/fedextrack/?trknbr={shipment.tracking_number}",
                "packageWeight": "1.2",
                "cartonNumber": "1",
                "quantityInBox": str(shipment.quantity),
                "serialNumbers": [{"serialNumber": serial} for serial in shipment.serial_numbers],
            }
        ],
    }
    out: dict[str, Any] = {
        "quantity": shipment.quantity,
        "deliveryNumber": shipment.delivery_number,
        "estimatedShipDate": shipment.ship_date,
        "shippedDate": shipment.ship_date,
        "estimatedDeliveryDate": shipment.delivery_date,
        "shipFromWarehouseId": shipment.warehouse_id,
        "shipFromLocation": shipment.warehouse,
        "carrierDetails": [carrier],
    }
    if invoiced:
        out["invoiceNumber"] = shipment.invoice_number
        out["invoiceDate"] = shipment.ship_date
        carrier["deliveredDate"] = shipment.delivery_date
    return out


def render_search_row(
    order_number: str, order: Mapping[str, Any], status: str, placed: datetime
) -> dict[str, Any]:
    """One order as order search lists it."""
    vendors = [product_of(line).vendor_name for line in order["lines"]]
    total = order_total(order)
    link = {"topic": "orders", "href": f"/resellers/v6.1/orders/{order_number}", "type": "GET"}
    return {
        "ingramOrderNumber": order_number,
        "ingramOrderDate": placed.isoformat(timespec="seconds"),
        "customerOrderNumber": order["customerOrderNumber"],
        "vendorSalesOrderNumber": digits(f"vso:{order_number}", 9),
        "vendorName": vendors[0] if vendors else "",
        "endUserCompanyName": str(order["endUserInfo"].get("companyName", "")),
        "orderTotal": total,
        "orderStatus": status,
        "links": dict(link),
        "subOrders": [
            {
                "subOrderNumber": f"{order_number}-11",
                "subOrderTotal": total,
                "subOrderStatus": status,
                "links": [dict(link)],
            }
        ],
    }


def render_created(order_number: str, order: Mapping[str, Any], placed: datetime) -> dict[str, Any]:
    """The body of a v6 create answer (201 or 207), also the resource of v7's order-created event.

    Both send each line's `shipmentDetails` as one object (see spec/corrections.yaml).
    """
    lines = []
    for line in order["lines"]:
        product = product_of(line)
        warehouse = WAREHOUSES[product.availability]
        backordered = line["quantity"] if product.availability == NO_STOCK else 0
        lines.append(
            {
                "subOrderNumber": f"{order_number}-11",
                "ingramLineNumber": line["ingramLineNumber"],
                "customerLineNumber": line["customerLineNumber"],
                "lineStatus": "Backordered"
                if backordered
                else _line_status("", product, 0, line["quantity"]),
                "ingramPartNumber": product.ingram_part_number,
                "vendorPartNumber": product.vendor_part_number,
                "unitPrice": product.unit_price,
                "extendedUnitPrice": round(product.unit_price * line["quantity"], 2),
                "quantityOrdered": line["quantity"],
                "quantityConfirmed": line["quantity"] - backordered,
                "quantityBackOrdered": backordered,
                "notes": product.description,
                "shipmentDetails": {
                    "carrierCode": warehouse.carrier_code,
                    "carrierName": warehouse.carrier_name,
                    "shipFromWarehouseId": warehouse.warehouse_id,
                    "shipFromLocation": warehouse.location,
                },
            }
        )
    rejected = [
        {
            "customerLinenumber": reject["customerLineNumber"],
            "ingramPartNumber": reject["ingramPartNumber"],
            "vendorPartNumber": reject["vendorPartNumber"],
            "quantityOrdered": reject["quantityOrdered"],
            "rejectCode": reject["rejectCode"],
            "rejectReason": reject["rejectReason"],
        }
        for reject in order["rejectedLines"]
    ]
    created: dict[str, Any] = {
        "numberOfLinesWithSuccess": len(lines),
        "numberOfLinesWithError": len(rejected),
        "numberOfLinesWithWarning": 0,
        "ingramOrderNumber": order_number,
        "ingramOrderDate": placed.date().isoformat(),
        "notes": order["notes"],
        "orderType": order_type(order),
        "orderTotal": order_total(order),
        "freightCharges": 0.0,
        "totalTax": 0.0,
        "currencyCode": "USD",
        "lines": lines,
        "links": [{"topic": "orders", "href": f"/resellers/v6.1/orders/{order_number}", "type": "GET"}],
    }
    if rejected:
        created["rejectedLineItems"] = rejected
    body: dict[str, Any] = {
        "customerOrderNumber": order["customerOrderNumber"],
        "endCustomerOrderNumber": order["endCustomerOrderNumber"],
        "billToAddressId": order["billToAddressId"],
        "orderSplit": False,
        "processedPartially": bool(rejected),
        "purchaseOrderTotal": order_total(order),
        "shipToInfo": dict(order["shipToInfo"]),
        "orders": [created],
    }
    if order["specialBidNumber"]:
        body["specialBidNumber"] = order["specialBidNumber"]
    if order["endUserInfo"]:
        body["endUserInfo"] = dict(order["endUserInfo"])
    return body


def render_modified(
    number: str,
    document: Mapping[str, Any],
    status: str,
    now: datetime,
    rejected: list[dict[str, Any]],
    changes: list[str],
) -> dict[str, Any]:
    """The body of a v6 modify answer."""
    total = order_total(document)
    lines = []
    for line in document["lines"]:
        product = product_of(line)
        backordered = line["quantity"] if product.availability == NO_STOCK else 0
        lines.append(
            {
                "subOrderNumber": f"{number}-11",
                "ingramLineNumber": line["ingramLineNumber"],
                "customerLineNumber": line["customerLineNumber"],
                "ingramPartNumber": product.ingram_part_number,
                "vendorPartNumber": product.vendor_part_number,
                "quantityOrdered": line["quantity"],
                "quantityConfirmed": line["quantity"] - backordered,
                "quantityBackOrdered": backordered,
                "notes": line["notes"],
            }
        )
    body: dict[str, Any] = {
        "ingramOrderNumber": number,
        "changeDescription": ", ".join(change for change in changes if change) or "no change",
        "orderModifiedDate": now.isoformat(timespec="milliseconds"),
        "customerOrderNumber": document["customerOrderNumber"],
        "endCustomerOrderNumber": document["endCustomerOrderNumber"],
        "orderTotal": total,
        "notes": document["notes"],
        "orderSubTotal": total,
        "freightCharges": 0.0,
        "totalTax": 0.0,
        "orderStatus": status,
        "billToAddressId": document["billToAddressId"],
        "shipToInfo": dict(document["shipToInfo"]),
        "lines": lines,
    }
    if rejected:
        body["rejectedLineItems"] = rejected
    return body
