"""Placing and changing orders: v6 create, v7 create (answered by webhook), v6 modify, v6 cancel."""

from __future__ import annotations

import json
import secrets
from typing import Any, Final

from ingram_contract.sandbox.endpoints import Call
from ingram_contract.sandbox.handlers.reads import owned_order
from ingram_contract.sandbox.orders import states
from ingram_contract.sandbox.orders.render import render_created, render_modified
from ingram_contract.sandbox.orders.rules import (
    MODIFY_WINDOW,
    Refusal,
    apply_changes,
    new_order,
    refuse_without_lines,
    released_status,
)
from ingram_contract.sandbox.state import Sandbox
from ingram_contract.sandbox.store import NewOrder, OrderEvent
from ingram_contract.sandbox.validation import FieldError, RequestInvalid
from ingram_contract.sandbox.webhooks import new_event_id

_NOT_ON_HOLD: Final = (
    "Order can not be modified/released. Order is already released or Order is not placed on Customer Hold"
)
_V7_ACCEPTED: Final = (
    "Thank you for submitting the order request, it's currently under process."
    "We will notify you of the status via the Order Status webhook."
)


def _event(
    event: str, event_type: str, event_id: str, stamp: str, resource: dict[str, Any]
) -> dict[str, Any]:
    return {
        "topic": "resellers/orders",
        "event": event,
        "eventTimeStamp": stamp,
        "eventId": event_id,
        "eventType": event_type,
        "resource": resource,
    }


async def create_v6(sandbox: Sandbox, call: Call) -> tuple[int, Any]:
    """v6 create: 201, or 207 when some lines are rejected; 400 when none is accepted."""
    order = new_order(call.body, "v6")
    refuse_without_lines(order)
    placed = sandbox.clock.now()
    status = states.ON_HOLD if order["customerHold"] else released_status(order)
    number = await sandbox.commits.create(NewOrder(*call.customer, status, placed, order))
    return (207 if order["rejectedLines"] else 201), render_created(number, order, placed)


async def create_v7(sandbox: Sandbox, call: Call) -> tuple[int, Any]:
    """v7 create: a confirmation now; the order-created (or error) event goes to the webhook."""
    body = call.body
    order = new_order(body, "v7")
    placed = sandbox.clock.now()
    event_id = new_event_id()
    confirmation = f"{call.customer[1].upper()}-I-T-{secrets.randbelow(10**20):020d}"
    stamp = placed.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    if order["lines"]:
        status = states.ON_HOLD if order["customerHold"] else released_status(order)

        def render(number: str) -> str:
            resource = {"eventType": "IM::async_order_create", **render_created(number, order, placed)}
            event = _event("IM::created", "IM::async_order_create", event_id, stamp, resource)
            return json.dumps(event, separators=(",", ":"))

        await sandbox.commits.create(
            NewOrder(*call.customer, status, placed, order, OrderEvent(event_id, render))
        )
    else:
        resource = {
            "eventType": "IM::async_order_create_error",
            "customerOrderNumber": order["customerOrderNumber"],
            "orders": [],
            "rejectedLineItems": order["rejectedLines"],
        }
        event = _event("IM::error", "IM::async_order_create_error", event_id, stamp, resource)
        sandbox.store.queue_event(event_id, "", json.dumps(event, separators=(",", ":")))
    sandbox.notify_webhooks()
    return 200, {
        "quoteNumber": str(body.get("quoteNumber") or ""),
        "confirmationNumber": confirmation,
        "message": _V7_ACCEPTED,
    }


async def modify(sandbox: Sandbox, call: Call) -> tuple[int, Any]:
    """v6 modify: only on customer hold and within 24 h; `actionCode=release` releases the hold."""
    order = owned_order(sandbox, call)
    if order.status != states.ON_HOLD:
        raise Refusal(400, _NOT_ON_HOLD)
    if sandbox.clock.now() - order.placed > MODIFY_WINDOW:
        raise Refusal(400, "Order can not be modified/released: it was placed more than 24 hours ago")
    action = call.params.get("actionCode")
    if action is not None and action.strip().lower() != "release":
        raise RequestInvalid([FieldError("actionCode", "actionCode must be release", action)])
    body = call.body
    document = dict(order.document)
    rejected = apply_changes(document, body)
    status = released_status(document) if action is not None else states.ON_HOLD
    sandbox.store.update_order(order.order_number, status, document, order.placed)
    sandbox.changed(order.order_number)
    changes = ["order released" if action is not None else "", "order modified" if body else ""]
    return 200, render_modified(order.order_number, document, status, sandbox.clock.now(), rejected, changes)


async def cancel(sandbox: Sandbox, call: Call) -> tuple[int, Any]:
    """v6 cancel: only while the order is on customer hold (not yet released to the warehouse)."""
    order = owned_order(sandbox, call)
    if order.status == states.CANCELLED:
        raise Refusal(400, "Order can not be cancelled: it is already cancelled")
    if order.status != states.ON_HOLD:
        raise Refusal(400, "Order can not be cancelled: it has been released to the warehouse")
    sandbox.store.update_order(order.order_number, states.CANCELLED, order.document, order.placed)
    sandbox.changed(order.order_number)
    return 200, None
