"""v6.1 order details: an order as it is, or as `simulateStatus` asks it to look."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from ingram_contract.sandbox.orders.catalogue import (
    DIRECT_SHIP,
    NO_STOCK,
    TEST_ACCOUNT_ADDRESS,
    Product,
    local_time,
    product_of,
)
from ingram_contract.sandbox.orders.rules import order_total, order_type
from ingram_contract.sandbox.orders.shipments import (
    ShipmentFacts,
    alnum,
    digits,
    shipment_facts,
    sub_order_number,
)
from ingram_contract.sandbox.orders.states import DETAIL_STATUS, SIMULATED, shipped_quantities


def render_details(
    order_number: str,
    order: Mapping[str, Any],
    status: str,
    placed: datetime,
    simulate: str | None,
    country: str = "US",
) -> dict[str, Any]:
    """The v6.1 order details of an order, as it is or as `simulateStatus` asks it to look."""
    lines = order["lines"]
    shipped = shipped_quantities(lines, simulate, status)
    state = SIMULATED.get(simulate or "")
    invoiced = state is not None and state.invoiced
    shown_status = state.detail_status if state else DETAIL_STATUS.get(status, status.title())
    total = order_total(order)
    rendered_lines = [
        _line(order_number, index, line, quantity_shipped, shown_status, placed, invoiced, country)
        for index, (line, quantity_shipped) in enumerate(zip(lines, shipped, strict=True), start=1)
    ]
    return {
        "ingramOrderNumber": order_number,
        "ingramOrderDate": local_time(placed, country).isoformat(timespec="seconds"),
        "orderType": order_type(order),
        "customerOrderNumber": order["customerOrderNumber"],
        "endCustomerOrderNumber": order["endCustomerOrderNumber"],
        "webOrderId": digits(f"web:{order_number}", 8),
        "vendorSalesOrderNumber": digits(f"vso:{order_number}", 9),
        "ingramPurchaseOrderNumber": alnum(f"po:{order_number}", 7),
        "orderStatus": shown_status,
        "orderTotal": total,
        "orderSubTotal": total,
        "freightCharges": 0.0,
        "currencyCode": "USD",
        "totalWeight": round(sum(product_of(ln).unit_weight * ln["quantity"] for ln in lines), 2),
        "totalTax": 0.0,
        "totalFees": round(sum(product_of(ln).recycling_fee * ln["quantity"] for ln in lines), 2),
        "paymentTerms": "NET 30 DAYS",
        "notes": order["notes"],
        "billToInfo": dict(TEST_ACCOUNT_ADDRESS),
        # The details show the postal address only (no address or end-user ids), as their schema says.
        "shipToInfo": _postal(order["shipToInfo"]),
        "endUserInfo": _postal(order["endUserInfo"]),
        "lines": rendered_lines,
        "miscellaneousCharges": miscellaneous_charges(order_number, lines),
        "additionalAttributes": list(order.get("additionalAttributes") or []),
    }


def _postal(address: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in address.items() if key in TEST_ACCOUNT_ADDRESS}


def miscellaneous_charges(
    order_number: str, lines: list[dict[str, Any]], *, as_text: bool = True
) -> list[dict[str, Any]]:
    """The fees charged beside the lines (recycling fees), one entry per line that carries one.

    The details send each amount as text ("4.7"), the create answers as a number, as the vendor's do.
    """
    return [
        {
            "subOrderNumber": sub_order_number(order_number, line),
            "chargeLineReference": f"8{line['ingramLineNumber'][-2:]}",
            "chargeDescription": "RECYCLING FEE",
            "chargeAmount": f"{amount:.2f}" if as_text else amount,
        }
        for line in lines
        if (amount := round(product_of(line).recycling_fee * line["quantity"], 2))
    ]


def _line(
    order_number: str,
    index: int,
    line: Mapping[str, Any],
    quantity_shipped: int,
    shown_status: str,
    placed: datetime,
    invoiced: bool,
    country: str,
) -> dict[str, Any]:
    product = product_of(line)
    quantity = line["quantity"]
    backordered = quantity if product.availability == NO_STOCK and not quantity_shipped else 0
    ship_date = (placed + timedelta(days=1)).date().isoformat()
    delivery_date = (placed + timedelta(days=4)).date().isoformat()
    shipment = shipment_facts(order_number, line, placed, quantity_shipped) if quantity_shipped else None
    rendered: dict[str, Any] = {
        "subOrderNumber": sub_order_number(order_number, line),
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
        "promisedDeliveryDate": delivery_date,
        "lineNotes": line["notes"],
        "shipmentDetails": [_shipment(shipment, invoiced)] if shipment else [],
        "additionalAttributes": [
            *({"attributeName": name, "attributeValue": value} for name, value in product.attributes),
            *(line.get("additionalAttributes") or []),
        ],
        "links": [_invoice_link(shipment, country)] if shipment and invoiced else [],
        "estimatedDates": [
            {"ship": _estimate("ship", ship_date, "Warehouse is processing your Shipment"), "delivery": None},
            {"ship": None, "delivery": _estimate("delivery", delivery_date, None)},
        ],
        "scheduleLines": None,
        "multipleShipments": [
            {
                "lineNumber": None,
                "requestedQuantity": quantity,
                "confirmedQuantity": quantity - backordered,
                "dateType": "Single",
                "dateRange": {"startDate": None, "endDate": None},
                "source": "INGRAM" if product.availability != DIRECT_SHIP else "VENDOR",
                "description": "Warehouse is processing your Shipment",
                "date": ship_date,
                "deliveryDate": delivery_date,
            }
        ],
    }
    if backordered:
        rendered["backOrderETADate"] = (placed + timedelta(days=14)).date().isoformat()
    if product.service_contract:
        rendered["serviceContractInfo"] = _service_contract(order_number, line, placed)
    return rendered


def _estimate(kind: str, day: str, description: str | None) -> dict[str, Any]:
    return {
        f"{kind}DateType": "Single",
        f"{kind}DateRange": {"startDate": None, "endDate": None},
        f"{kind}Source": "INGRAM" if kind == "ship" else None,
        f"{kind}Description": description,
        f"{kind}Date": day,
    }


def _invoice_link(shipment: ShipmentFacts, country: str) -> dict[str, str]:
    href = (
        f"/resellers/v6/invoices/{shipment.invoice_number}?customerNumber=20-222222&isoCountryCode={country}"
    )
    return {"topic": "invoices", "href": href, "type": "GET"}


def _service_contract(order_number: str, line: Mapping[str, Any], placed: datetime) -> dict[str, Any]:
    start = (placed + timedelta(days=2)).date()
    end = start.replace(year=start.year + 1)
    product = product_of(line)
    return {
        "contractInfo": {
            "contractDescription": f"{product.description} SERVICE CONTRACT",
            "contractNumber": digits(f"contract:{order_number}:{line['ingramLineNumber']}", 9),
            "contractStatus": "ACTIVE",
            "contractStartDate": start.isoformat(),
            "contractEndDate": end.isoformat(),
            "contractDuration": None,
        },
        "subscriptions": {
            "subscriptionId": f"SUB-{alnum(f'sub:{order_number}', 8)}",
            "subscriptionTerm": "1",
            "renewalTerm": "1",
            "billingModel": "YEAR",
            "subcriptionStartDate": start.isoformat(),
            "subcriptionEndDate": end.isoformat(),
        },
        "licenseInfo": {
            "licenseNumber": [alnum(f"licence:{order_number}:{line['ingramLineNumber']}", 11)],
            "licenseStartDate": start.isoformat(),
            "licenseEndDate": end.isoformat(),
            "description": product.description,
            "quantity": str(line["quantity"]),
        },
    }


def _line_status(shown_status: str, product: Product, shipped: int, quantity: int) -> str:
    if shown_status in ("On Hold", "Canceled"):
        return shown_status
    if shipped:
        return "Shipped" if shipped == quantity else "In Progress"
    if product.availability == NO_STOCK:
        return "Backordered"
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
