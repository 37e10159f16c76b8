"""How an order is built from a create request, changed by a modify request, and which status it takes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, Final

from ingram_contract import facts
from ingram_contract.sandbox.orders.catalogue import (
    DEFAULT_SHIP_TO_ID,
    DIRECT_SHIP,
    NO_STOCK,
    RESELLER_INFO,
    TEST_ACCOUNT_ADDRESS,
    address,
    find_product,
    product_of,
)
from ingram_contract.sandbox.orders.states import BACKORDERED, PROCESSING
from ingram_contract.sandbox.validation import FieldError

CUSTOMER_HOLD_ATTRIBUTE: Final = facts.CUSTOMER_HOLD_ATTRIBUTE
DUPLICATE_PO_ATTRIBUTE: Final = facts.DUPLICATE_PO_ATTRIBUTE
MODIFY_WINDOW: Final = timedelta(hours=24)
# An order left on customer hold this long is voided by the vendor.
HOLD_VOID_AFTER: Final = timedelta(hours=24)
_TRUE: Final = ("true", "y", "yes", "1")


def truthy(value: Any) -> bool:
    """A v6 flag as the vendor reads it: "Boolean or String" (`true`, `'true'`, `'Y'`)."""
    if isinstance(value, bool):
        return value
    return str(value or "").strip().lower() in _TRUE


def attribute(additional_attributes: Any, name: str) -> str | None:
    """The value of a named entry of `additionalAttributes` (names compared case-insensitively)."""
    if not isinstance(additional_attributes, list):
        return None
    for entry in additional_attributes:
        if isinstance(entry, dict) and str(entry.get("attributeName") or "").lower() == name.lower():
            return str(entry.get("attributeValue") or "")
    return None


class Refusal(Exception):
    """A business rule refuses the request: answered with the operation's error shape and `status`."""

    def __init__(self, status: int, message: str, fields: tuple[FieldError, ...] = ()) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.fields = fields


def wants_customer_hold(additional_attributes: Any) -> bool:
    """True when the request carries `allowOrderOnCustomerHold: true` in its additional attributes."""
    return truthy(attribute(additional_attributes, CUSTOMER_HOLD_ATTRIBUTE))


def build_line(
    number: int, requested: Mapping[str, Any]
) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """An accepted order line, or a rejected one (with the vendor's reject code), from a request line."""
    part = requested.get("ingramPartNumber")
    vendor_part = requested.get("vendorPartNumber")
    quantity = requested.get("quantity")
    customer_line = str(requested.get("customerLineNumber") or f"{number:03d}")
    product = find_product(part, vendor_part, requested.get("customerPartNumber"))
    if product is None:
        return None, {
            "ingramLineNumber": f"{number:03d}",
            "customerLineNumber": customer_line,
            "ingramPartNumber": str(part or requested.get("customerPartNumber") or ""),
            "vendorPartNumber": str(vendor_part or ""),
            "quantityOrdered": quantity if isinstance(quantity, int) else 0,
            "rejectCode": "EN",
            "rejectReason": "ERROR-PART-NOT-FOUND",
        }
    if not isinstance(quantity, int) or quantity < 1:
        return None, {
            "ingramLineNumber": f"{number:03d}",
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
        "additionalAttributes": _attributes(requested.get("additionalAttributes")),
        "warrantyInfo": _first_object(requested.get("warrantyInfo")),
        "endUserInfo": address(_first_object(requested.get("endUserInfo"))),
    }, None


def _first_object(value: Any) -> dict[str, Any]:
    if isinstance(value, list):
        value = next((item for item in value if isinstance(item, dict)), None)
    return (
        {str(k): str(v) for k, v in value.items() if isinstance(v, str | int)}
        if isinstance(value, dict)
        else {}
    )


def _attributes(value: Any) -> list[dict[str, str]]:
    if not isinstance(value, list):
        return []
    return [
        {
            "attributeName": str(item.get("attributeName") or ""),
            "attributeValue": str(item.get("attributeValue") or ""),
        }
        for item in value
        if isinstance(item, dict)
    ]


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
    reseller: Mapping[str, Any] = (
        request["resellerInfo"] if isinstance(request.get("resellerInfo"), dict) else {}
    )
    shipment: Mapping[str, Any] = (
        request["shipmentDetails"] if isinstance(request.get("shipmentDetails"), dict) else {}
    )
    if not truthy(request.get("acceptBackOrder", True)):
        lines, refused = _without_backorders(lines)
        rejected.extend(refused)
    return {
        "source": source,
        "customerOrderNumber": str(request.get("customerOrderNumber") or ""),
        "endCustomerOrderNumber": str(request.get("endCustomerOrderNumber") or ""),
        "specialBidNumber": str(request.get("specialBidNumber") or ""),
        "notes": str(request.get("notes") or ""),
        "billToAddressId": str(request.get("billToAddressId") or "000"),
        "shipToInfo": {
            "addressId": DEFAULT_SHIP_TO_ID,
            **(address(ship_to) if ship_to else TEST_ACCOUNT_ADDRESS),
        },
        "endUserInfo": address(end_user) if end_user else {},
        "resellerInfo": {**RESELLER_INFO, **address(reseller)},
        "shipmentDetails": {
            str(key): str(value).lower() if isinstance(value, bool) else str(value)
            for key, value in shipment.items()
            if isinstance(value, str | bool | int)
        },
        "additionalAttributes": _attributes(request.get("additionalAttributes")),
        "lines": lines,
        "rejectedLines": rejected,
        "customerHold": wants_customer_hold(request.get("additionalAttributes")),
        "allowDuplicate": truthy(attribute(request.get("additionalAttributes"), DUPLICATE_PO_ATTRIBUTE)),
    }


def _without_backorders(lines: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """`acceptBackOrder: false`: lines without stock are refused rather than backordered."""
    kept, refused = [], []
    for line in lines:
        if product_of(line).availability != NO_STOCK:
            kept.append(line)
            continue
        refused.append(
            {
                "ingramLineNumber": line["ingramLineNumber"],
                "customerLineNumber": line["customerLineNumber"],
                "ingramPartNumber": line["ingramPartNumber"],
                "vendorPartNumber": product_of(line).vendor_part_number,
                "quantityOrdered": line["quantity"],
                "rejectCode": "EB",
                "rejectReason": "ERROR-BACKORDER-NOT-ACCEPTED",
            }
        )
    return kept, refused


def split_order(order: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The orders a request becomes: stock lines and direct-ship lines are two orders (`orderSplit`)."""
    stock = [line for line in order["lines"] if product_of(line).availability != DIRECT_SHIP]
    direct = [line for line in order["lines"] if product_of(line).availability == DIRECT_SHIP]
    if not stock or not direct:
        return [dict(order)]
    return [
        {**order, "lines": stock, "rejectedLines": order["rejectedLines"]},
        {**order, "lines": direct, "rejectedLines": []},
    ]


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


@dataclass
class Changes:
    """What a modify request did: refused line changes, the lines it touched, whether the address took."""

    rejected: list[dict[str, Any]] = field(default_factory=list)
    touched: list[str] = field(default_factory=list)
    applied: bool = False
    address_refused: bool = False

    @property
    def status(self) -> int:
        """The vendor's answer: 201 applied, 207 lines applied but not the address, 200 otherwise."""
        if self.address_refused:
            return 207
        return 201 if self.applied and not self.rejected else 200


def apply_changes(document: dict[str, Any], body: Mapping[str, Any]) -> Changes:
    """Apply a modify request's notes, ship-to and line changes to `document`; say what happened."""
    changes = Changes()
    if isinstance(body.get("notes"), str):
        document["notes"] = body["notes"]
        changes.applied = True
    if isinstance(body.get("shipToInfo"), dict):
        if valid_address(body["shipToInfo"]):
            document["shipToInfo"] = {**document["shipToInfo"], **address(body["shipToInfo"])}
            changes.applied = True
        else:
            changes.address_refused = True
    lines = [dict(line) for line in document["lines"]]
    for change in body.get("lines") or []:
        if not isinstance(change, dict):
            continue
        action = str(change.get("addUpdateDeleteLine") or "").upper()
        if action == "ADD":
            next_number = max((int(line["ingramLineNumber"]) for line in lines), default=0) + 1
            line, reject = build_line(next_number, change)
            if line is not None:
                lines.append(line)
                changes.touched.append(line["ingramLineNumber"])
                changes.applied = True
            if reject is not None:
                reason = modify_reject_reason(
                    reject["ingramLineNumber"], reject["rejectCode"], reject["rejectReason"]
                )
                changes.rejected.append({**reject, "rejectReason": reason})
            continue
        target = _line_changed(lines, change)
        if target is None:
            changes.rejected.append(_line_reject(change, "EL", "ERROR-LINE-NOT-FOUND"))
        elif action == "DELETE":
            lines.remove(target)
        elif isinstance(change.get("quantity"), int) and change["quantity"] < 1:
            changes.rejected.append(_line_reject(change, "EQ", "ERROR-INVALID-QTY"))
        else:
            if isinstance(change.get("quantity"), int):
                target["quantity"] = change["quantity"]
            if isinstance(change.get("notes"), str):
                target["notes"] = change["notes"]
            changes.touched.append(target["ingramLineNumber"])
            changes.applied = True
    document["lines"] = lines
    return changes


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
        "rejectReason": modify_reject_reason(str(change.get("ingramLineNumber") or ""), code, reason),
    }


def modify_reject_reason(line_number: str, code: str, reason: str) -> str:
    """The vendor's wording for a refused line change (its modify examples)."""
    return f"Line Modification/ Addition for Line Number {line_number} Failed for reason : {reason}{code}"


def valid_address(value: Mapping[str, Any]) -> bool:
    """Whether a modify request's ship-to address is complete enough for the vendor to take it."""
    required = ("companyName", "addressLine1", "city", "postalCode")
    country = str(value.get("countryCode") or "")
    return (
        all(str(value.get(name) or "").strip() for name in required) and len(country) == 2 and country != "ZZ"
    )
