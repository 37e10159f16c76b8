"""Reading orders: v6.1 details and v6 search."""

from __future__ import annotations

import contextlib
import re
from datetime import date
from typing import Any, Final
from urllib.parse import urlencode

from ingram_contract import facts
from ingram_contract.sandbox.endpoints import Call, encode_json
from ingram_contract.sandbox.handlers.life import send_status_event, void_expired_holds, void_if_expired
from ingram_contract.sandbox.orders import states
from ingram_contract.sandbox.orders.answers import render_search_row
from ingram_contract.sandbox.orders.details import render_details
from ingram_contract.sandbox.orders.events import ORDER_HOLD, ORDER_INVOICED, ORDER_SHIPPED
from ingram_contract.sandbox.orders.rules import Refusal
from ingram_contract.sandbox.state import Sandbox
from ingram_contract.sandbox.store import SearchFilters, StoredOrder
from ingram_contract.sandbox.validation import FieldError, RequestInvalid

# A sub-order number (`20-RD128-11`) names its order's details.
_SUB_ORDER: Final = re.compile(r"(\d{2}-[0-9A-Z]{5})-\d{2}")
# Showing an order as shipped, invoiced or on hold is that moment of its life: the event goes out once.
_SIMULATED_EVENTS: Final = {
    "IM::SHIPPED": ORDER_SHIPPED,
    "IM::INVOICED": ORDER_INVOICED,
    "IM::HOLD": ORDER_HOLD,
}
_SEARCH_TERMS: Final = (
    "ingramPartNumber",
    "vendorPartNumber",
    "serialNumber",
    "trackingNumber",
    "vendorName",
    "specialBidNumber",
)


def order_number_of(call: Call) -> str:
    """The order the path names: an order number, or a sub-order number standing for its order."""
    number = call.path_value.strip().upper()
    sub_order = _SUB_ORDER.fullmatch(number)
    return sub_order.group(1) if sub_order else number


def owned_order(sandbox: Sandbox, call: Call) -> StoredOrder:
    """The order the path names, if it belongs to the calling customer (404 else), voided if its 24 h
    on customer hold have passed."""
    number = order_number_of(call)
    order = sandbox.store.get_order(number, *call.customer)
    if order is None:
        raise Refusal(404, "Order not found.", (FieldError("orderNumber", f"no order {number}", number),))
    return void_if_expired(sandbox, order)


async def details(sandbox: Sandbox, call: Call) -> tuple[int, Any]:
    """v6.1 order details, optionally as `simulateStatus` asks; rendered bytes are cached until a write."""
    number = order_number_of(call)
    customer, country = call.customer
    simulate = call.params.get("simulateStatus")
    key = (customer, country.upper(), simulate)
    cached = sandbox.rendered.get(number, key)
    if cached is not None:
        return 200, cached
    order = owned_order(sandbox, call)
    if simulate in _SIMULATED_EVENTS:
        send_status_event(sandbox, _SIMULATED_EVENTS[simulate], order)
    rendered = render_details(
        order.order_number, order.document, order.status, order.placed, simulate, country
    )
    body = encode_json(rendered)
    # An order on hold changes by itself once its 24 hours pass: it is rendered afresh each time.
    if order.status != states.ON_HOLD:
        sandbox.rendered.put(order.order_number, key, body)
    return 200, body


async def search(sandbox: Sandbox, call: Call) -> tuple[int, Any]:
    """v6 order search: every filter of the contract, 204 when nothing matches.

    The bounds of `pageSize` and `pageNumber` are the contract's, enforced by request validation.
    """
    params = call.params
    page_size = params.get("pageSize", _default(call, "pageSize", 25))
    page_number = params.get("pageNumber", _default(call, "pageNumber", 1))
    statuses: set[str] | None = None
    if "orderStatus" in params:
        statuses = _stored_statuses([params["orderStatus"]])
    if "orderStatus-in" in params:
        listed = _stored_statuses(params["orderStatus-in"])
        statuses = listed if statuses is None else statuses & listed
    if statuses is not None and not statuses:
        return 204, None
    filters = SearchFilters(
        order_number=_upper(params.get("ingramOrderNumber")),
        statuses=tuple(sorted(statuses or ())),
        order_date=_date(params, "ingramOrderDate"),
        order_date_between=_date_range(params, "ingramOrderDate-bt"),
        customer_order_number=_upper(params.get("customerOrderNumber")),
        end_customer_order_number=_upper(params.get("endCustomerOrderNumber")),
        invoice_date_between=_date_range(params, "invoiceDate_bt"),
        ship_date_between=_date_range(params, "shipDate_bt"),
        delivery_date_between=_date_range(params, "deliveryDate_bt"),
        terms=tuple((name, str(params[name]).strip().upper()) for name in _SEARCH_TERMS if params.get(name)),
    )
    customer, country = params[facts.HEADER_CUSTOMER_NUMBER], params[facts.HEADER_COUNTRY_CODE]
    void_expired_holds(sandbox, customer, country)
    # The answer is a function of the request and the stored orders: kept until the next order write.
    request = call.request
    generation = sandbox.store.generation
    cache_key = (customer, country.upper(), request.url.path, request.scope.get("query_string", b""))
    cached = sandbox.searched.get(generation, cache_key)
    if cached is not None:
        return (200, cached) if cached else (204, None)
    total, orders = sandbox.store.search(customer, country, filters, page_size, page_number)
    if not orders:
        sandbox.searched.put(generation, cache_key, b"")
        return 204, None
    body: dict[str, Any] = {
        "recordsFound": total,
        "pageSize": page_size,
        "pageNumber": page_number,
        "orders": [
            render_search_row(o.order_number, o.document, o.status, o.placed, o.country_code) for o in orders
        ],
    }
    base = [(key, value) for key, value in request.query_params.multi_items() if key != "pageNumber"]
    path = request.url.path
    if page_number * page_size < total:
        body["nextPage"] = f"{path}?{urlencode([*base, ('pageNumber', page_number + 1)])}"
    if page_number > 1:
        body["previousPage"] = f"{path}?{urlencode([*base, ('pageNumber', page_number - 1)])}"
    encoded = encode_json(body)
    sandbox.searched.put(generation, cache_key, encoded)
    return 200, encoded


def _stored_statuses(words: list[str]) -> set[str]:
    """The stored statuses the filter's words select (`OPEN` is on hold, processing or backordered)."""
    return {status for word in words for status in states.SEARCH_FILTER.get(word.strip().upper(), ())}


def _default(call: Call, name: str, fallback: int) -> int:
    for param in call.operation.parameters:
        if param.name == name and "default" in param.schema:
            with contextlib.suppress(TypeError, ValueError):
                return int(param.schema["default"])
    return fallback


def _upper(value: Any) -> str | None:
    return str(value).strip().upper() if value else None


def _date(params: dict[str, Any], name: str) -> str | None:
    value = params.get(name)
    if not value:
        return None
    text = str(value).strip()[:10]
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise RequestInvalid([FieldError(name, f"{name} must be a date (YYYY-MM-DD)", str(value))]) from None


def _date_range(params: dict[str, Any], name: str) -> tuple[str, str] | None:
    values = params.get(name)
    if not values:
        return None
    if len(values) != 2:
        raise RequestInvalid(
            [FieldError(name, f"{name} needs two dates: a start and an end", ",".join(values))]
        )
    # An inverted range is valid by the contract: it simply matches nothing.
    start, end = (_date({name: value}, name) or "" for value in values)
    return start, end
