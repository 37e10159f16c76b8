"""How an order is built from a create request, changed by a modify request, and which status it takes."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any, Final

from ingram_contract.sandbox.orders.catalogue import (
    DIRECT_SHIP,
    NO_STOCK,
    TEST_ACCOUNT_ADDRESS,
    address,
    find_product,
    product_of,
)
from ingram_contract.sandbox.orders.states import BACKORDERED, PROCESSING
from ingram_contract.sandbox.validation import FieldError

CUSTOMER_HOLD_ATTRIBUTE: Final = "allowOrderOnCustomerHold"
MODIFY_WINDOW: Final = timedelta(hours=24)


class Refusal(Exception):
    """A business rule refuses the request: answered with the operation's error shape and `status`."""

    def __init__(self, status: int, message: str, fields: tuple[FieldError, ...] = ()) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.fields = fields


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
        "shipToInfo": address(ship_to) if ship_to else dict(TEST_ACCOUNT_ADDRESS),
        "endUserInfo": address(end_user) if end_user else {},
        "lines": lines,
        "rejectedLines": rejected,
        "customerHold": wants_customer_hold(request.get("additionalAttributes")),
    }


def refuse_without_lines(order: Mapping[str, Any]) -> None:
    """Refuse an order none of whose lines could be accepted, naming each rejected line."""
    if order["lines"]:
        return
    fields = tuple(
        FieldError(f"lines[{index}]", reject["rejectReason"], reject["ingramPartNumber"] or None)
        for index, reject in enumerate(order["rejectedLines"])
    )
    raise Refusal(
        400,
        "No order line could be accepted",
        fields or (FieldError("lines", "at least one line is required"),),
    )


def released_status(order: Mapping[str, Any]) -> str:
    """The status of an order released to the warehouse: backordered when any line lacks stock."""
    if any(product_of(line).availability == NO_STOCK for line in order["lines"]):
        return BACKORDERED
    return PROCESSING


def order_total(order: Mapping[str, Any]) -> float:
    """The sum of the accepted lines' extended prices."""
    return round(sum(product_of(line).unit_price * int(line["quantity"]) for line in order["lines"]), 2)


def order_type(order: Mapping[str, Any]) -> str:
    """`D` (direct ship) when every line ships from the vendor, else `S` (stock)."""
    lines = order["lines"]
    if lines and all(product_of(line).availability == DIRECT_SHIP for line in lines):
        return "D"
    return "S"


def apply_changes(document: dict[str, Any], body: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Apply a modify request's notes, ship-to and line changes; return the rejected line changes."""
    if isinstance(body.get("notes"), str):
        document["notes"] = body["notes"]
    if isinstance(body.get("shipToInfo"), dict):
        document["shipToInfo"] = {**document["shipToInfo"], **address(body["shipToInfo"])}
    lines = [dict(line) for line in document["lines"]]
    rejected: list[dict[str, Any]] = []
    for change in body.get("lines") or []:
        if not isinstance(change, dict):
            continue
        action = str(change.get("addUpdateDeleteLine") or "").upper()
        if action == "ADD":
            next_number = max((int(line["ingramLineNumber"]) for line in lines), default=0) + 1
            line, reject = build_line(next_number, change)
            if line is not None:
                lines.append(line)
            if reject is not None:
                rejected.append(reject)
            continue
        target = _line_changed(lines, change)
        if target is None:
            rejected.append(_line_reject(change, "EL", "ERROR-LINE-NOT-FOUND"))
        elif action == "DELETE":
            lines.remove(target)
        elif isinstance(change.get("quantity"), int) and change["quantity"] < 1:
            rejected.append(_line_reject(change, "EQ", "ERROR-INVALID-QTY"))
        else:
            if isinstance(change.get("quantity"), int):
                target["quantity"] = change["quantity"]
            if isinstance(change.get("notes"), str):
                target["notes"] = change["notes"]
    document["lines"] = lines
    return rejected


def _line_changed(lines: list[dict[str, Any]], change: Mapping[str, Any]) -> dict[str, Any] | None:
    for line in lines:
        if change.get("ingramLineNumber") and line["ingramLineNumber"] == change["ingramLineNumber"]:
            return line
        if change.get("customerLineNumber") and line["customerLineNumber"] == change["customerLineNumber"]:
            return line
    return None


def _line_reject(change: Mapping[str, Any], code: str, reason: str) -> dict[str, Any]:
    return {
        "ingramLineNumber": str(change.get("ingramLineNumber") or ""),
        "customerLineNumber": str(change.get("customerLineNumber") or ""),
        "ingramPartNumber": str(change.get("ingramPartNumber") or ""),
        "quantityOrdered": change["quantity"] if isinstance(change.get("quantity"), int) else 0,
        "rejectCode": code,
        "rejectReason": reason,
    }
