"""How the write operations and search show orders: a v6 create answer (also v7's order-created event),
a modify answer, a search row."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from ingram_contract.sandbox.orders.catalogue import NO_STOCK, WAREHOUSES, local_time, product_of
from ingram_contract.sandbox.orders.details import miscellaneous_charges
from ingram_contract.sandbox.orders.rules import order_total, order_type
from ingram_contract.sandbox.orders.shipments import digits, sub_order_number
from ingram_contract.sandbox.orders.states import SEARCH_STATUS, sub_order_status


def _link(order_number: str) -> dict[str, str]:
    return {"topic": "orders", "href": f"/resellers/v6.1/orders/{order_number}", "type": "GET"}


def render_search_row(
    order_number: str, order: Mapping[str, Any], status: str, placed: datetime, country: str = "US"
) -> dict[str, Any]:
    """One order as order search lists it, with one entry per sub-order."""
    vendors = [product_of(line).vendor_name for line in order["lines"]]
    sub_orders: dict[str, float] = {}
    for line in order["lines"]:
        number = sub_order_number(order_number, line)
        sub_orders[number] = sub_orders.get(number, 0.0) + product_of(line).unit_price * line["quantity"]
    return {
        "ingramOrderNumber": order_number,
        "ingramOrderDate": local_time(placed, country).isoformat(timespec="seconds"),
        "customerOrderNumber": order["customerOrderNumber"],
        "vendorSalesOrderNumber": digits(f"vso:{order_number}", 9),
        "vendorName": vendors[0] if vendors else "",
        "endUserCompanyName": str(order["endUserInfo"].get("companyName", "")),
        "orderTotal": order_total(order),
        "orderStatus": SEARCH_STATUS.get(status, status),
        "links": _link(order_number),
        "subOrders": [
            {
                "subOrderNumber": number,
                "subOrderTotal": round(total, 2),
                "subOrderStatus": sub_order_status(status),
                "links": [_link(number)],
            }
            for number, total in sub_orders.items()
        ],
    }


def _created_line(
    order_number: str, line: Mapping[str, Any], order: Mapping[str, Any], event: bool
) -> dict[str, Any]:
    product = product_of(line)
    warehouse = WAREHOUSES[product.availability]
    backordered = line["quantity"] if product.availability == NO_STOCK else 0
    requested = order.get("shipmentDetails") or {}
    shipment = {
        "carrierCode": requested.get("carrierCode") or warehouse.carrier_code,
        "carrierName": warehouse.carrier_name,
        "shipFromWarehouseId": warehouse.warehouse_id,
        "shipFromLocation": warehouse.location,
        **{
            key: requested[key]
            for key in ("freightAccountNumber", "shippingInstructions")
            if requested.get(key)
        },
    }
    if "signatureRequired" in requested:
        shipment["signatureRequired"] = requested["signatureRequired"]
    rendered: dict[str, Any] = {
        "subOrderNumber": sub_order_number(order_number, line),
        "ingramLineNumber": line["ingramLineNumber"],
        "customerLineNumber": line["customerLineNumber"],
        "lineStatus": "Backordered" if backordered else "In Progress",
        "globalSkuId": product.sku_id,
        "ingramPartNumber": product.ingram_part_number,
        "vendorPartNumber": product.vendor_part_number,
        "vendorNumber": product.vendor_number,
        "unitPrice": product.unit_price,
        "extendedUnitPrice": round(product.unit_price * (line["quantity"] - backordered), 2),
        "quantityOrdered": line["quantity"],
        "quantityConfirmed": line["quantity"] - backordered,
        "quantityBackOrdered": backordered,
        "notes": product.description,
        "shipmentDetails": shipment,
    }
    if event:
        rendered["lineType"] = "P"
        if line.get("endUserInfo"):
            rendered["endUserInfo"] = dict(line["endUserInfo"])
        if line.get("warrantyInfo"):
            rendered["warrantyInfo"] = dict(line["warrantyInfo"])
    return rendered


def _rejected(order: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [
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


def render_created(
    placed_orders: Sequence[tuple[str, Mapping[str, Any]]],
    placed: datetime,
    country: str = "US",
    *,
    event: bool = False,
) -> dict[str, Any]:
    """The body of a v6 create answer (201 or 207), also the resource of v7's order-created event.

    One request can become two orders (`orderSplit`): each (number, document) pair is one. Both send
    each line's `shipmentDetails` as one object (see spec/corrections.yaml).
    """
    orders = []
    for number, order in placed_orders:
        rejected = _rejected(order)
        created: dict[str, Any] = {
            "numberOfLinesWithSuccess": len(order["lines"]),
            "numberOfLinesWithError": len(rejected),
            "numberOfLinesWithWarning": 0,
            "ingramOrderNumber": number,
            "ingramOrderDate": local_time(placed, country).date().isoformat(),
            "notes": order["notes"],
            "orderType": order_type(order),
            "orderTotal": order_total(order),
            "freightCharges": 0.0,
            "totalTax": 0.0,
            "currencyCode": "USD",
            "lines": [_created_line(number, line, order, event) for line in order["lines"]],
            "miscellaneousCharges": miscellaneous_charges(number, order["lines"], as_text=False),
            "links": [{"topic": "orders", "href": f"/resellers/v6/orders/{number}", "type": "GET"}],
        }
        if rejected:
            created["rejectedLineItems"] = rejected
        orders.append(created)
    first = placed_orders[0][1]
    body: dict[str, Any] = {
        "customerOrderNumber": first["customerOrderNumber"],
        "endCustomerOrderNumber": first["endCustomerOrderNumber"],
        "billToAddressId": first["billToAddressId"],
        "orderSplit": len(orders) > 1,
        "processedPartially": any(order["rejectedLines"] for _, order in placed_orders),
        "purchaseOrderTotal": round(sum(order_total(order) for _, order in placed_orders), 2),
        "resellerInfo": dict(first.get("resellerInfo") or {}),
        "shipToInfo": dict(first["shipToInfo"]),
        "orders": orders,
    }
    if first["specialBidNumber"]:
        body["specialBidNumber"] = first["specialBidNumber"]
    if first["endUserInfo"]:
        body["endUserInfo"] = dict(first["endUserInfo"])
    return body


def render_modified(
    number: str,
    document: Mapping[str, Any],
    status: str,
    now: datetime,
    rejected: list[dict[str, Any]],
    touched: Sequence[str],
    country: str = "US",
    change_description: str | None = None,
) -> dict[str, Any]:
    """The body of a v6 modify answer: the lines the request changed (all lines when it changed none)."""
    total = order_total(document)
    lines = []
    for line in document["lines"]:
        if touched and line["ingramLineNumber"] not in touched:
            continue
        product = product_of(line)
        warehouse = WAREHOUSES[product.availability]
        backordered = line["quantity"] if product.availability == NO_STOCK else 0
        lines.append(
            {
                "subOrderNumber": sub_order_number(number, line),
                "lineNumber": line["ingramLineNumber"],
                "ingramLineNumber": line["ingramLineNumber"],
                "customerLineNumber": line["customerLineNumber"],
                "ingramPartNumber": product.ingram_part_number,
                "vendorPartNumber": product.vendor_part_number,
                "quantityOrdered": line["quantity"],
                "quantityConfirmed": line["quantity"] - backordered,
                "quantityBackOrdered": backordered,
                "notes": line["notes"],
                "shipmentDetails": {
                    "carrierCode": warehouse.carrier_code,
                    "carrierName": warehouse.carrier_name,
                },
            }
        )
    body: dict[str, Any] = {
        "ingramOrderNumber": number,
        "orderModifiedDate": local_time(now, country).isoformat(timespec="milliseconds"),
        "customerOrderNumber": document["customerOrderNumber"],
        "endCustomerOrderNumber": document["endCustomerOrderNumber"],
        "orderTotal": total,
        "notes": document["notes"],
        "orderSubTotal": total,
        "freightCharges": 0.0,
        "totalTax": 0.0,
        "orderStatus": status,
        "billToAddressId": document["billToAddressId"],
        "shipToInfo": {key: value for key, value in document["shipToInfo"].items() if key != "addressId"},
        "lines": lines,
    }
    if change_description:
        body["changeDescription"] = change_description
    if rejected:
        body["rejectedLineItems"] = [
            {key: value for key, value in reject.items() if key != "vendorPartNumber"} for reject in rejected
        ]
    return body
