"""How the local sandbox is driven to each status the vendor documents, and how a vendor request example
is turned into one the sandbox can serve.

Where the vendor's examples contradict each other, the sandbox follows the captured-looking majority:

- v6 create `lines.lineStatus`: `Backordered` / `In Progress` (13 of 17 examples), not `im::backordered`
  / `im::open` (4) nor the schema's "Backordered, Open".
- v6.1 details `orderStatus`: the schema's list (`Shipped, Canceled, Backordered, Processing, On Hold,
  Delivered`). `IM::INVOICED` shows `Shipped` with invoices and `IM::PARTIALLY_SHIPPED` `Processing`
  (the vendor's only details example is `Processing` with an invoiced shipment, which no list explains;
  neither "Invoiced" nor "Partially Shipped" is a vendor word). A direct-ship line is `In Progress`.
- Order search: each row's `orderStatus` is `OPEN`/`CLOSED`/`CANCELLED` (description and example);
  `subOrderStatus` upper-cases the details vocabulary (`SHIPPED` in the example). The `orderStatus`
  filter takes both vocabularies (its enum lists the details statuses, the rows show OPEN/CLOSED).
- v6 modify: `ON HOLD` in the answer's `orderStatus` (10 of 11 examples; one says `im::hold`); 201 when a
  change was applied, 200 when lines were only deleted or some change was refused, 207 when lines were
  applied but the address was not; a release answers 200 with `null`.
- Error bodies: `type` and `message`, not `1ype` (two examples) or `messaage` (one), as all others spell them.
- Search: `subOrders[].links` is an array (the schema, and every other `links` of the operation), not the
  example's lone object; field paths ignore that difference anyway.
- The "Govt fields" create example sends `quantity: '1,'` and "Modify header comments" sends
  `ingramLineNumber: 9`: hand-typed slips, replayed as `1` and `"009"`.
- Timestamps carry the account's local offset (`-07:00`/`-08:00` for US), as details and modify show;
  webhook `eventTimeStamp` stays UTC with `Z`, as every event example shows.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from ingram_contract import facts

SHIPPED_ORDER, HOLD_ORDER, PROCESSING_ORDER = facts.SANDBOX_ORDER_NUMBERS

# The vendor's SKUs in its examples, and the sandbox SKU that behaves as the example shows.
SANDBOX_SKUS: Final = {
    "4U0212": facts.SKU_DIRECT_SHIP,
    "RQ6000": facts.SKU_DIRECT_SHIP,
    "YZ1478": facts.SKU_DIRECT_SHIP,
    "9VL970": facts.SKU_DIRECT_SHIP,
    "8RB884": facts.SKU_IN_STOCK,
    "8RB881": facts.SKU_IN_STOCK,
    "2GZ200": facts.SKU_IN_STOCK,
    "1C6094": facts.SKU_IN_STOCK,
    "TXSLM3": facts.SKU_IN_STOCK,
    "9YG948": facts.SKU_NO_STOCK,
    "9HG002": facts.SKU_NO_STOCK,
    "9HF999": facts.SKU_NO_STOCK,
    "4A0036": facts.SKU_NO_STOCK,
}
# Known to the sandbox as they are: the examples' own SKUs and customer part number, and a bad SKU.
KEPT_SKUS: Final = ("DF4128", "4AW708", facts.SKU_NO_STOCK, "XXXXXX", "5DV320")
_TYPOS: Final = {"1ype": "type", "messaage": "message"}


def sandbox_request(body: Any) -> Any:
    """A vendor request example with the sandbox's SKUs and the vendor's hand-typed slips fixed."""
    body = copy.deepcopy(body)
    if not isinstance(body, dict):
        return body
    for line in body.get("lines") or []:
        if not isinstance(line, dict):
            continue
        part = line.get("ingramPartNumber")
        if isinstance(part, str) and part.upper() in SANDBOX_SKUS:
            line["ingramPartNumber"] = SANDBOX_SKUS[part.upper()]
        if isinstance(line.get("quantity"), str) and line["quantity"].rstrip(",").isdigit():
            line["quantity"] = int(line["quantity"].rstrip(","))
        if isinstance(line.get("ingramLineNumber"), int):
            line["ingramLineNumber"] = f"{line['ingramLineNumber']:03d}"
    return body


def vendor_paths_normalised(paths: set[str]) -> set[str]:
    """Vendor field paths with its typos spelled as its other examples spell them."""
    out = set()
    for path in paths:
        for typo, spelling in _TYPOS.items():
            path = ".".join(spelling if part == typo else part for part in path.split("."))
        out.add(path)
    return out


@dataclass(frozen=True)
class Step:
    """One request of a scenario: `{hold}` in the path is a fresh order on customer hold (12 lines)."""

    method: str
    path: str
    query: Mapping[str, str] = field(default_factory=dict)
    body: Any = None
    without_headers: tuple[str, ...] = ()


_CREATE: Final = "/resellers/v6/orders"
_DETAILS: Final = "/resellers/v6.1/orders/{ordernumber}"
_SEARCH: Final = "/resellers/v6/orders/search"
_ORDER: Final = "/resellers/v6/orders/{orderNumber}"
_CANCEL: Final = "/resellers/v6/orders/{OrderNumber}"
_V7: Final = "/resellers/v7/orders"
_VRI: Final = "/resellers/v7/vendorrequiredinfo"


def _line(part: str, quantity: int = 1, **extra: Any) -> dict[str, Any]:
    return {"customerLineNumber": "001", "ingramPartNumber": part, "quantity": quantity, **extra}


def _order(*lines: dict[str, Any], hold: bool = False, **extra: Any) -> dict[str, Any]:
    attributes = [{"attributeName": "allowDuplicateCustomerOrderNumber", "attributeValue": "true"}]
    if hold:
        attributes.append({"attributeName": "allowOrderOnCustomerHold", "attributeValue": "true"})
    return {
        "customerOrderNumber": "FIDELITY-1",
        "lines": list(lines),
        "additionalAttributes": attributes,
        **extra,
    }


def _added(customer_line: str, part: str) -> dict[str, Any]:
    return {
        "customerLineNumber": customer_line,
        "ingramPartNumber": part,
        "addUpdateDeleteLine": "ADD",
        "quantity": 1,
    }


_END_USER: Final = {
    "endUserId": "5",
    "addressSequenceNumber": "1",
    "contactId": "1",
    "contact": "Dummy John",
    "companyName": "SANDBOX END USER",
    "addressLine1": "601 LEE RD",
    "city": "WAYNE",
    "state": "PA",
    "postalCode": "190875607",
    "countryCode": "US",
    "phoneNumber": "6105400202",
    "email": "end.user@example.com",
}
# The vendor documents no v7 request example: this one carries what its v6 warranty example carries.
V7_ORDER: Final = _order(
    _line("DF4128", 2, endUserInfo=[_END_USER], warrantyInfo={"directLineLink": "MJDVATC10001B"}),
    _line(facts.SKU_NO_STOCK, 1),
    endUserInfo=_END_USER,
    resellerInfo={"companyName": "SANDBOX RESELLER", "email": "reseller@example.com"},
)

BAD_ADDRESS: Final = {
    "companyName": "",
    "addressLine1": "",
    "city": "",
    "postalCode": "X",
    "countryCode": "ZZ",
}

# How each documented (operation, status) is reached when no vendor request example reaches it.
SCENARIOS: Final[dict[tuple[str, str, int], tuple[Step, ...]]] = {
    ("GET", _DETAILS, 200): (
        Step("GET", f"/resellers/v6.1/orders/{PROCESSING_ORDER}", {"simulateStatus": "IM::INVOICED"}),
        Step("GET", f"/resellers/v6.1/orders/{PROCESSING_ORDER}"),
    ),
    ("GET", _SEARCH, 200): (Step("GET", _SEARCH, {"pageSize": "1", "pageNumber": "2"}),),
    ("GET", _SEARCH, 400): (Step("GET", _SEARCH, {"ingramOrderDate": "2020-21-10"}),),
    ("DELETE", _CANCEL, 400): (
        Step("DELETE", "/resellers/v6/orders/{hold}", without_headers=(facts.HEADER_COUNTRY_CODE,)),
    ),
    ("DELETE", _CANCEL, 404): (Step("DELETE", "/resellers/v6/orders/20-ZZZZZ"),),
    ("DELETE", _CANCEL, 405): (Step("DELETE", f"/resellers/v6/orders/{PROCESSING_ORDER}"),),
    ("PUT", _ORDER, 200): (
        Step("PUT", "/resellers/v6/orders/{hold}", {"actionCode": "release"}),
        Step("PUT", "/resellers/v6/orders/{hold}", body={"lines": [
            _added("020", facts.SKU_IN_STOCK),
            _added("021", "XXXXXX"),
        ]}),
    ),
    ("PUT", _ORDER, 207): (
        Step("PUT", "/resellers/v6/orders/{hold}", body={"shipToInfo": BAD_ADDRESS, "lines": [
            _added("020", facts.SKU_IN_STOCK),
        ]}),
    ),
    ("PUT", _ORDER, 400): (
        Step("PUT", f"/resellers/v6/orders/{PROCESSING_ORDER}", body={"notes": "too late"}),
        Step("PUT", "/resellers/v6/orders/{hold}", body={"shipToInfo": BAD_ADDRESS}),
    ),
    ("POST", _CREATE, 400): (Step("POST", _CREATE, body=_order(_line("XXXXXX"))),),
    ("POST", _CREATE, 207): (Step("POST", _CREATE, body=_order(_line(facts.SKU_IN_STOCK), _line("XXXXXX"))),),
    ("POST", _V7, 200): (Step("POST", _V7, body=V7_ORDER),),
    ("POST", _V7, 400): (Step("POST", _V7, body=_order(_line(facts.SKU_IN_STOCK)),
                              without_headers=(facts.HEADER_COUNTRY_CODE,)),),
    ("POST", _VRI, 200): (
        Step("POST", _VRI, body={"products": [{"ingramPartNumber": "5DV320"}]}),
        Step("POST", _VRI, body={"products": [{"planID": "438308"}]}),
    ),
}  # fmt: skip

# What makes the sandbox send each webhook event (the v7 create above sends `IM::async_order_create`).
EVENT_SCENARIOS: Final[dict[str, tuple[Step, ...]]] = {
    "im::order_hold": (Step("POST", _CREATE, body=_order(_line(facts.SKU_IN_STOCK), hold=True)),),
    "im::order_voided": (Step("DELETE", "/resellers/v6/orders/{hold}"),),
    "im::order_backordered": (Step("POST", _CREATE, body=_order(_line(facts.SKU_NO_STOCK, 2))),),
    "im::order_shipped": (
        Step("GET", f"/resellers/v6.1/orders/{SHIPPED_ORDER}", {"simulateStatus": "IM::SHIPPED"}),
    ),
    "im::order_invoiced": (
        Step("GET", f"/resellers/v6.1/orders/{SHIPPED_ORDER}", {"simulateStatus": "IM::INVOICED"}),
    ),
}
ORDER_STATUS_EVENTS: Final = tuple(EVENT_SCENARIOS)

# The prepared order every `{hold}` step works on: twelve lines, so the vendor's modify examples (which
# name lines 003 to 012) find theirs.
HOLD_ORDER_BODY: Final = _order(
    *(dict(_line(facts.SKU_IN_STOCK), customerLineNumber=f"{n:03d}") for n in range(1, 13)), hold=True
)

# The status vocabularies the vendor documents, per answer field (schema lists and examples).
STATUS_VOCABULARY: Final[dict[tuple[str, str], frozenset[str]]] = {
    ("GET", "orderStatus"): frozenset(
        {"Shipped", "Canceled", "Backordered", "Processing", "On Hold", "Delivered"}
    ),
    ("GET", "lines.lineStatus"): frozenset(
        {"Backordered", "In Progress", "Shipped", "Delivered", "Canceled", "On Hold"}
    ),
    ("SEARCH", "orders.orderStatus"): frozenset({"OPEN", "CLOSED", "CANCELLED"}),
    ("SEARCH", "orders.subOrders.subOrderStatus"): frozenset(
        {"SHIPPED", "CANCELED", "BACKORDERED", "PROCESSING", "ON HOLD", "DELIVERED"}
    ),
    ("POST", "orders.lines.lineStatus"): frozenset({"Backordered", "In Progress", "Open"}),
    ("PUT", "orderStatus"): frozenset(
        {"ON HOLD", "Backordered", "In Progress", "Shipped", "Delivered", "Canceled", "On Hold"}
    ),
}
