"""Placing and changing orders: v6 create, v7 create (answered by webhook), v6 modify, v6 cancel."""

from __future__ import annotations

import asyncio
import json
import secrets
from typing import Any, Final

from ingram_contract.sandbox.endpoints import Call
from ingram_contract.sandbox.handlers.life import (
    change_status,
    event_on_placing,
    placed_on_hold,
    send_status_event,
)
from ingram_contract.sandbox.handlers.reads import owned_order
from ingram_contract.sandbox.orders import states
from ingram_contract.sandbox.orders.answers import render_created, render_modified
from ingram_contract.sandbox.orders.events import ORDER_BACKORDERED, ORDER_VOIDED, envelope
from ingram_contract.sandbox.orders.rules import (
    Refusal,
    apply_changes,
    new_order,
    refuse_without_lines,
    released_status,
    split_order,
)
from ingram_contract.sandbox.state import Sandbox
from ingram_contract.sandbox.store import NewOrder, OrderEvent, SearchFilters
from ingram_contract.sandbox.validation import FieldError, RequestInvalid
from ingram_contract.sandbox.webhooks import new_event_id

_NOT_ON_HOLD: Final = (
    "Order can not be modified/released. Order is already released or Order is not placed on Customer Hold"
)
_VOIDED: Final = "Order can not be modified/released: it was voided after 24 hours on customer hold"
_NOT_DELETABLE: Final = "Order can not be deleted as the order is not no hold."
_BAD_ADDRESS: Final = (
    "Invalid details in shipping adress.Please update shipping address details with valid data"
)
_BAD_ADDRESS_LINES_TAKEN: Final = (
    "Invalid details in shipping adress.Please update line details with valid data"
)
_DUPLICATE_PO: Final = (
    "Duplicate customerOrderNumber: send allowDuplicateCustomerOrderNumber to place it again"
)
_V7_ACCEPTED: Final = (
    "Thank you for submitting the order request, it's currently under process."
    "We will notify you of the status via the Order Status webhook."
)


def _refuse_duplicate(sandbox: Sandbox, call: Call, order: dict[str, Any]) -> None:
    if (
        order["allowDuplicate"]
        or not sandbox.config.refuse_duplicate_orders
        or not order["customerOrderNumber"]
    ):
        return
    filters = SearchFilters(customer_order_number=order["customerOrderNumber"].upper())
    total, _ = sandbox.store.search(*call.customer, filters, 1, 1)
    if total:
        raise Refusal(
            400,
            "Validation failed",
            (FieldError("customerOrderNumber", _DUPLICATE_PO, order["customerOrderNumber"]),),
        )


async def _place(sandbox: Sandbox, call: Call, order: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Store a request's orders (two when stock and direct-ship lines split), with their status events."""
    placed = sandbox.clock.now()
    country = call.customer[1].upper()
    new_orders = []
    parts = split_order(order)
    for part in parts:
        status = states.ON_HOLD if part["customerHold"] else released_status(part)
        event = event_on_placing(sandbox, status, part, placed, country)
        new_orders.append(NewOrder(*call.customer, status, placed, part, event))
    if len(new_orders) == 1:  # the common case, without a task per order
        numbers = [await sandbox.commits.create(new_orders[0])]
    else:
        numbers = await asyncio.gather(*(sandbox.commits.create(new) for new in new_orders))
    if any(new.status == states.ON_HOLD for new in new_orders):
        placed_on_hold(sandbox, *call.customer, placed)
    sandbox.notify_webhooks()
    return list(zip(numbers, parts, strict=True))


async def create_v6(sandbox: Sandbox, call: Call) -> tuple[int, Any]:
    """v6 create: 201, or 207 when some lines are rejected; 400 when none is accepted."""
    order = new_order(call.body, "v6")
    refuse_without_lines(order)
    _refuse_duplicate(sandbox, call, order)
    placed_orders = await _place(sandbox, call, order)
    body = render_created(placed_orders, sandbox.clock.now(), call.customer[1])
    return (207 if order["rejectedLines"] else 201), body


async def create_v7(sandbox: Sandbox, call: Call) -> tuple[int, Any]:
    """v7 create: a confirmation now; the order-created (or error) event goes to the webhook."""
    body = call.body
    order = new_order(body, "v7")
    placed = sandbox.clock.now()
    country = call.customer[1].upper()
    event_id = new_event_id()
    confirmation = f"{country}-I-T-{secrets.randbelow(10**20):020d}"

    def created(placed_orders: list[tuple[str, dict[str, Any]]]) -> str:
        resource = {
            "eventType": "IM::async_order_create",
            **render_created(placed_orders, placed, country, event=True),
        }
        return json.dumps(envelope("IM::created", event_id, placed, resource), separators=(",", ":"))

    parts = split_order(order) if order["lines"] else []
    if len(parts) == 1:
        status = states.ON_HOLD if order["customerHold"] else released_status(order)
        new = NewOrder(
            *call.customer, status, placed, order, OrderEvent(event_id, lambda n: created([(n, order)]))
        )
        await sandbox.commits.create(new)
        if status == states.ON_HOLD:
            placed_on_hold(sandbox, *call.customer, placed)
    elif parts:
        # A split order's event names both orders, so it is queued once both are stored.
        sandbox.store.queue_event(event_id, "", created(await _place(sandbox, call, order)))
    else:
        resource = {
            "eventType": "IM::async_order_create_error",
            "customerOrderNumber": order["customerOrderNumber"],
            "orders": [],
            "rejectedLineItems": order["rejectedLines"],
        }
        error = envelope("IM::error", event_id, placed, resource)
        sandbox.store.queue_event(event_id, "", json.dumps(error, separators=(",", ":")))
    sandbox.notify_webhooks()
    return 200, {
        "quoteNumber": str(body.get("quoteNumber") or ""),
        "confirmationNumber": confirmation,
        "message": _V7_ACCEPTED,
    }


async def modify(sandbox: Sandbox, call: Call) -> tuple[int, Any]:
    """v6 modify, only on customer hold (within 24 h): 201 applied, 207 lines but not the address, 200
    when lines were only deleted or a change was refused; `actionCode=release` answers 200 `null`."""
    order = owned_order(sandbox, call)
    if order.status != states.ON_HOLD:
        message = _VOIDED if order.document.get("voided") else _NOT_ON_HOLD
        raise Refusal(400, "Validation failed", (FieldError("orderNumber", message, order.order_number),))
    action = call.params.get("actionCode")
    if action is not None and action.strip().lower() != "release":
        raise RequestInvalid([FieldError("actionCode", "actionCode must be release", action)])
    document = dict(order.document)
    changes = apply_changes(document, call.body)
    if changes.address_refused and not changes.applied and not changes.rejected:
        raise Refusal(400, "Validation failed", (FieldError("shipToAddress", _BAD_ADDRESS),))
    if action is not None:
        released = change_status(sandbox, order, released_status(document), document)
        if released.status == states.BACKORDERED:
            send_status_event(sandbox, ORDER_BACKORDERED, released)
        return 200, b"null"
    change_status(sandbox, order, states.ON_HOLD, document)
    description = _BAD_ADDRESS_LINES_TAKEN if changes.address_refused else None
    country = call.customer[1]
    body = render_modified(
        order.order_number,
        document,
        states.ON_HOLD,
        sandbox.clock.now(),
        changes.rejected,
        changes.touched,
        country,
        description,
    )
    return changes.status, body


async def cancel(sandbox: Sandbox, call: Call) -> tuple[int, Any]:
    """v6 cancel: only while the order is on customer hold (not yet released to the warehouse); 405 else."""
    order = owned_order(sandbox, call)
    if order.status != states.ON_HOLD:
        raise Refusal(405, _NOT_DELETABLE)
    send_status_event(sandbox, ORDER_VOIDED, change_status(sandbox, order, states.CANCELLED))
    return 200, None
