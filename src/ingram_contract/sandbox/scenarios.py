"""What the sandbox knows and how orders behave: the SKU catalogue, the seeded orders, line outcomes,
order statuses, and the shipment, carrier, tracking, serial and invoice data behind `simulateStatus`.

Everything generated is derived from the order number, so the same order always shows the same
tracking and serial numbers, in the details as in search.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

from ingram_contract import facts

IN_STOCK: Final = "in_stock"
NO_STOCK: Final = "no_stock"
DIRECT_SHIP: Final = "direct_ship"

# Order statuses as order search names them (its `orderStatus` enum); the details spell them for people.
ON_HOLD: Final = "ON HOLD"
PROCESSING: Final = "PROCESSING"
BACKORDERED: Final = "BACKORDERED"
SHIPPED: Final = "SHIPPED"
CANCELLED: Final = "CANCELLED"
_DETAIL_STATUS: Final = {
    ON_HOLD: "On Hold",
    PROCESSING: "Processing",
    BACKORDERED: "Backordered",
    SHIPPED: "Shipped",
    CANCELLED: "Cancelled",
}

CUSTOMER_HOLD_ATTRIBUTE: Final = facts.CUSTOMER_HOLD_ATTRIBUTE
MODIFY_WINDOW: Final = timedelta(hours=24)
MAX_SERIALS_PER_LINE: Final = 10


@dataclass(frozen=True)
class Product:
    """A SKU the sandbox sells, and how it behaves when ordered."""

    ingram_part_number: str
    vendor_part_number: str
    vendor_name: str
    description: str
    unit_price: float
    availability: str
    upc: str
    unit_weight: float


CATALOGUE: Final = {
    product.ingram_part_number: product
    for product in (
        Product(facts.SKU_IN_STOCK, "XML3-SBX", "SANDBOX TEST VENDOR", "SANDBOX PART IN STOCK", 110.0,
                IN_STOCK, "0887276000031", 1.2),
        Product(facts.SKU_NO_STOCK, "XML1-SBX", "SANDBOX TEST VENDOR", "SANDBOX PART NO STOCK", 75.5,
                NO_STOCK, "0887276000017", 0.8),
        Product(facts.SKU_DIRECT_SHIP, "XML2-SBX", "SANDBOX DIRECT VENDOR", "SANDBOX PART DIRECT SHIP",
                240.0, DIRECT_SHIP, "0887276000024", 2.5),
        Product("DF4128", "920-002555", "LOGITECH", "COMBO WAVE MK550 WRLS DESKTOP", 61.22, IN_STOCK,
                "0097855061292", 2.9),
        Product("4AW708", "BE7H-M5-K9", "CISCO - HW UNIFIED COMM", "BUSINESS ED 7000H M5 APPL", 20887.57,
                IN_STOCK, "0889728150314", 14.0),
    )
}  # fmt: skip
_BY_VENDOR_PART: Final = {product.vendor_part_number.upper(): product for product in CATALOGUE.values()}

TEST_ACCOUNT_ADDRESS: Final = {
    "contact": "TOD DEBIE",
    "companyName": "INGRAM MICRO TEST ACCOUNT",
    "addressLine1": "1610 E SAINT ANDREW PL",
    "addressLine2": "",
    "addressLine3": "",
    "city": "SANTA ANA",
    "state": "CA",
    "postalCode": "927054931",
    "countryCode": "US",
    "phoneNumber": "7145665000",
    "email": "sandbox@example.com",
}
_ADDRESS_FIELDS: Final = tuple(TEST_ACCOUNT_ADDRESS)
_WAREHOUSES: Final = {
    IN_STOCK: ("10", "Mira Loma, CA", "FG", "FEDEX GROUND"),
    NO_STOCK: ("40", "Jonestown, PA", "FG", "FEDEX GROUND"),
    DIRECT_SHIP: ("DS", "Vendor direct ship", "VL", "VIRTUAL"),
}


def find_product(ingram_part_number: str | None, vendor_part_number: str | None) -> Product | None:
    """The catalogue entry for an order line, by Ingram part number first, then by vendor part number."""
    if ingram_part_number:
        return CATALOGUE.get(ingram_part_number.strip().upper())
    if vendor_part_number:
        return _BY_VENDOR_PART.get(vendor_part_number.strip().upper())
    return None


def wants_customer_hold(additional_attributes: Any) -> bool:
    """True when the request carries `allowOrderOnCustomerHold: true` in its additional attributes."""
    if not isinstance(additional_attributes, list):
        return False
    for attribute in additional_attributes:
        if not isinstance(attribute, dict):
            continue
        name = str(attribute.get("attributeName") or "")
        if name.lower() == CUSTOMER_HOLD_ATTRIBUTE.lower():
            return str(attribute.get("attributeValue") or "").strip().lower() in ("true", "y", "yes", "1")
    return False


def build_line(
    number: int, requested: Mapping[str, Any]
) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """An accepted order line, or a rejected one (with the vendor's reject code), from a request line."""
    part = requested.get("ingramPartNumber")
    vendor_part = requested.get("vendorPartNumber")
    quantity = requested.get("quantity")
    customer_line = str(requested.get("customerLineNumber") or f"{number:03d}")
    product = find_product(part, vendor_part)
    if product is None:
        return None, {
            "customerLineNumber": customer_line,
            "ingramPartNumber": str(part or ""),
            "vendorPartNumber": str(vendor_part or ""),
            "quantityOrdered": quantity if isinstance(quantity, int) else 0,
            "rejectCode": "EN",
            "rejectReason": "ERROR-PART-NOT-FOUND",
        }
    if not isinstance(quantity, int) or quantity < 1:
        return None, {
            "customerLineNumber": customer_line,
            "ingramPartNumber": product.ingram_part_number,
            "vendorPartNumber": product.vendor_part_number,
            "quantityOrdered": quantity if isinstance(quantity, int) else 0,
            "rejectCode": "EQ",
            "rejectReason": "ERROR-INVALID-QTY",
        }
    return {
        "ingramLineNumber": f"{number:03d}",
        "customerLineNumber": customer_line,
        "ingramPartNumber": product.ingram_part_number,
        "quantity": quantity,
        "notes": str(requested.get("notes") or ""),
        "specialBidNumber": str(requested.get("specialBidNumber") or ""),
    }, None


def new_order(request: Mapping[str, Any], source: str) -> dict[str, Any]:
    """The stored document of an order placed through v6 or v7 create (the number is stored apart)."""
    lines: list[dict[str, Any]] = []
    rejected: list[dict[str, Any]] = []
    for index, requested in enumerate(request.get("lines") or [], start=1):
        line, reject = build_line(index, requested if isinstance(requested, dict) else {})
        if line is not None:
            lines.append(line)
        if reject is not None:
            rejected.append(reject)
    ship_to = request.get("shipToInfo") if isinstance(request.get("shipToInfo"), dict) else None
    end_user = request.get("endUserInfo") if isinstance(request.get("endUserInfo"), dict) else None
    return {
        "source": source,
        "customerOrderNumber": str(request.get("customerOrderNumber") or ""),
        "endCustomerOrderNumber": str(request.get("endCustomerOrderNumber") or ""),
        "specialBidNumber": str(request.get("specialBidNumber") or ""),
        "notes": str(request.get("notes") or ""),
        "billToAddressId": str(request.get("billToAddressId") or "000"),
        "shipToInfo": _address(ship_to) if ship_to else dict(TEST_ACCOUNT_ADDRESS),
        "endUserInfo": _address(end_user) if end_user else {},
        "lines": lines,
        "rejectedLines": rejected,
        "customerHold": wants_customer_hold(request.get("additionalAttributes")),
    }


def _address(value: Mapping[str, Any]) -> dict[str, str]:
    return {key: str(value[key]) for key in _ADDRESS_FIELDS if value.get(key) is not None}


def released_status(order: Mapping[str, Any]) -> str:
    """The status of an order released to the warehouse: backordered when any line lacks stock."""
    for line in order["lines"]:
        product = CATALOGUE[line["ingramPartNumber"]]
        if product.availability == NO_STOCK:
            return BACKORDERED
    return PROCESSING


def order_total(order: Mapping[str, Any]) -> float:
    """The sum of the accepted lines' extended prices."""
    return round(
        sum(
            CATALOGUE[line["ingramPartNumber"]].unit_price * int(line["quantity"]) for line in order["lines"]
        ),
        2,
    )


def order_type(order: Mapping[str, Any]) -> str:
    """`D` (direct ship) when every line ships from the vendor, else `S` (stock)."""
    lines = order["lines"]
    if lines and all(CATALOGUE[line["ingramPartNumber"]].availability == DIRECT_SHIP for line in lines):
        return "D"
    return "S"


def _digits(seed: str, count: int) -> str:
    value = int.from_bytes(hashlib.sha256(seed.encode()).digest()[:16], "big")
    return str(value).rjust(count, "0")[-count:]


def _alnum(seed: str, count: int) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    value = int.from_bytes(hashlib.sha256(seed.encode()).digest()[:16], "big")
    out = []
    for _ in range(count):
        value, index = divmod(value, len(alphabet))
        out.append(alphabet[index])
    return "".join(out)


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
    product = CATALOGUE[line["ingramPartNumber"]]
    warehouse_id, warehouse, carrier_code, carrier_name = _WAREHOUSES[product.availability]
    seed = f"{order_number}:{line['ingramLineNumber']}"
    serials = tuple(
        f"SN{_alnum(f'{seed}:{unit}', 10)}" for unit in range(min(quantity, MAX_SERIALS_PER_LINE))
    )
    return ShipmentFacts(
        quantity=quantity,
        delivery_number=_digits(f"delivery:{seed}", 9),
        ship_date=(placed + timedelta(days=1)).date().isoformat(),
        delivery_date=(placed + timedelta(days=4)).date().isoformat(),
        warehouse_id=warehouse_id,
        warehouse=warehouse,
        carrier_code=carrier_code,
        carrier_name=carrier_name,
        tracking_number=f"1Z{_digits(f'tracking:{seed}', 16)}",
        serial_numbers=serials,
        invoice_number=order_number.replace("-", "") + "11",
    )


def _shipped_quantities(lines: list[dict[str, Any]], simulate: str | None, status: str) -> list[int]:
    if simulate in ("IM::SHIPPED", "IM::INVOICED") or (simulate is None and status == SHIPPED):
        return [line["quantity"] for line in lines]
    if simulate == "IM::PARTIALLY_SHIPPED":
        # Half of every line ships (rounded up); a one-unit line ships only when it is not the last line.
        return [
            (line["quantity"] + 1) // 2 if line["quantity"] > 1 else int(index < len(lines) - 1)
            for index, line in enumerate(lines)
        ]
    return [0 for _ in lines]


def search_terms(
    order_number: str, order: Mapping[str, Any], status: str, placed: datetime
) -> set[tuple[str, str]]:
    """The (kind, value) pairs order search filters on, upper-cased; shipments only once shipped."""
    terms: set[tuple[str, str]] = set()
    if order.get("specialBidNumber"):
        terms.add(("specialBidNumber", order["specialBidNumber"].upper()))
    for line, shipped in zip(order["lines"], _shipped_quantities(order["lines"], None, status), strict=True):
        product = CATALOGUE[line["ingramPartNumber"]]
        terms.add(("ingramPartNumber", product.ingram_part_number.upper()))
        terms.add(("vendorPartNumber", product.vendor_part_number.upper()))
        terms.add(("vendorName", product.vendor_name.upper()))
        if line.get("specialBidNumber"):
            terms.add(("specialBidNumber", line["specialBidNumber"].upper()))
        if shipped:
            facts_ = shipment_facts(order_number, line, placed, shipped)
            terms.add(("trackingNumber", facts_.tracking_number))
            terms.update(("serialNumber", serial) for serial in facts_.serial_numbers)
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


def render_details(
    order_number: str, order: Mapping[str, Any], status: str, placed: datetime, simulate: str | None
) -> dict[str, Any]:
    """The v6.1 order details of an order, as it is or as `simulateStatus` asks it to look."""
    lines = order["lines"]
    shipped = _shipped_quantities(lines, simulate, status)
    invoiced = simulate == "IM::INVOICED"
    if simulate == "IM::HOLD":
        shown_status = "On Hold"
    elif simulate == "IM::SHIPPED":
        shown_status = "Shipped"
    elif simulate == "IM::PARTIALLY_SHIPPED":
        shown_status = "Partially Shipped"
    elif invoiced:
        shown_status = "Invoiced"
    else:
        shown_status = _DETAIL_STATUS.get(status, status.title())
    total = order_total(order)
    rendered_lines = []
    for index, (line, quantity_shipped) in enumerate(zip(lines, shipped, strict=True), start=1):
        product = CATALOGUE[line["ingramPartNumber"]]
        quantity = line["quantity"]
        backordered = quantity if product.availability == NO_STOCK and not quantity_shipped else 0
        extended = round(product.unit_price * quantity, 2)
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
            "extendedPrice": extended,
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
    details: dict[str, Any] = {
        "ingramOrderNumber": order_number,
        "ingramOrderDate": placed.isoformat(timespec="seconds"),
        "orderType": order_type(order),
        "customerOrderNumber": order["customerOrderNumber"],
        "endCustomerOrderNumber": order["endCustomerOrderNumber"],
        "vendorSalesOrderNumber": _digits(f"vso:{order_number}", 9),
        "ingramPurchaseOrderNumber": _alnum(f"po:{order_number}", 7),
        "orderStatus": shown_status,
        "orderTotal": total,
        "orderSubTotal": total,
        "freightCharges": 0.0,
        "currencyCode": "USD",
        "totalWeight": round(
            sum(CATALOGUE[ln["ingramPartNumber"]].unit_weight * ln["quantity"] for ln in lines), 2
        ),
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
    return details


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
    vendors = [CATALOGUE[line["ingramPartNumber"]].vendor_name for line in order["lines"]]
    total = order_total(order)
    return {
        "ingramOrderNumber": order_number,
        "ingramOrderDate": placed.isoformat(timespec="seconds"),
        "customerOrderNumber": order["customerOrderNumber"],
        "vendorSalesOrderNumber": _digits(f"vso:{order_number}", 9),
        "vendorName": vendors[0] if vendors else "",
        "endUserCompanyName": str(order["endUserInfo"].get("companyName", "")),
        "orderTotal": total,
        "orderStatus": status,
        "links": {"topic": "orders", "href": f"/resellers/v6.1/orders/{order_number}", "type": "GET"},
        "subOrders": [
            {
                "subOrderNumber": f"{order_number}-11",
                "subOrderTotal": total,
                "subOrderStatus": status,
                "links": [
                    {"topic": "orders", "href": f"/resellers/v6.1/orders/{order_number}", "type": "GET"}
                ],
            }
        ],
    }


def render_created(order_number: str, order: Mapping[str, Any], placed: datetime) -> dict[str, Any]:
    """The body of a v6 create answer (201 or 207), also the resource of v7's order-created event.

    Both send each line's `shipmentDetails` as one object (see spec/corrections.yaml).
    """
    lines = []
    for line in order["lines"]:
        product = CATALOGUE[line["ingramPartNumber"]]
        warehouse_id, warehouse, carrier_code, carrier_name = _WAREHOUSES[product.availability]
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
                    "carrierCode": carrier_code,
                    "carrierName": carrier_name,
                    "shipFromWarehouseId": warehouse_id,
                    "shipFromLocation": warehouse,
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


@dataclass(frozen=True)
class SeededOrder:
    """A static order of the vendor's examples, present from the first start."""

    order_number: str
    status: str
    placed: datetime | None
    document: dict[str, Any]


def seeded_orders(now: datetime) -> list[SeededOrder]:
    """The vendor's example orders: one shipped, one on customer hold (placed now, so it can be modified
    within the day, as the vendor's modify example does), one processing."""

    def document(
        customer_po: str, parts: Iterable[tuple[str, int]], hold: bool, notes: str
    ) -> dict[str, Any]:
        request = {
            "customerOrderNumber": customer_po,
            "endCustomerOrderNumber": customer_po,
            "notes": notes,
            "lines": [
                {"customerLineNumber": f"{index:03d}", "ingramPartNumber": part, "quantity": quantity}
                for index, (part, quantity) in enumerate(parts, start=1)
            ],
            "endUserInfo": {"companyName": "ABC TECHNOLOGIES", "city": "SANTA ANA", "countryCode": "US"},
        }
        order = new_order(request, "seed")
        order["customerHold"] = hold
        return order

    return [
        SeededOrder(
            "20-RD128",
            SHIPPED,
            datetime.fromisoformat("2020-04-03T08:54:39+00:00"),
            document("MyPONumber", [("DF4128", 2), (facts.SKU_IN_STOCK, 1)], False, "Sandbox shipped order"),
        ),
        SeededOrder(
            "20-RC1RD",
            ON_HOLD,
            None,
            document("SWAGGER-01", [("DF4128", 1)], True, "CustomerHoldOrderSample"),
        ),
        SeededOrder(
            "20-RD3QV",
            PROCESSING,
            datetime.fromisoformat("2020-05-13T07:38:52+00:00"),
            document("16", [("4AW708", 1)], False, "Sandbox processing order"),
        ),
    ]
