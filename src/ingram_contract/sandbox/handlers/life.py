"""An order's life after it is placed: status changes, the order-status events they send, and the void
of an order left on customer hold for 24 hours."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from ingram_contract.sandbox.orders import states
from ingram_contract.sandbox.orders.events import (
    ORDER_BACKORDERED,
    ORDER_HOLD,
    ORDER_VOIDED,
    order_status_event,
)
from ingram_contract.sandbox.orders.rules import HOLD_VOID_AFTER
from ingram_contract.sandbox.state import Sandbox
from ingram_contract.sandbox.store import OrderEvent, StoredOrder
from ingram_contract.sandbox.webhooks import new_event_id

_NEVER = datetime.max.replace(tzinfo=UTC)


def event_on_placing(
    sandbox: Sandbox, status: str, order: dict[str, Any], placed: datetime, country: str
) -> OrderEvent | None:
    """The order-status event a new order sends (on hold, or backordered), stored with the order."""
    event_type = {states.ON_HOLD: ORDER_HOLD, states.BACKORDERED: ORDER_BACKORDERED}.get(status)
    if event_type is None or sandbox.deliverer is None:
        return None

    event_id = new_event_id()

    def render(number: str) -> str:
        event = order_status_event(event_type, number, order, placed, placed, country, event_id)
        return json.dumps(event, separators=(",", ":"))

    return OrderEvent(event_id, render)


def send_status_event(sandbox: Sandbox, event_type: str, order: StoredOrder) -> None:
    """Queue an order-status event for an order (once per order and type) when a webhook is set."""
    if sandbox.deliverer is None:
        return
    event = order_status_event(
        event_type, order.order_number, order.document, order.placed, sandbox.clock.now(), order.country_code
    )
    try:
        sandbox.store.queue_event(
            event["eventId"], order.order_number, json.dumps(event, separators=(",", ":"))
        )
    except sqlite3.IntegrityError:  # this order already sent this event: the vendor sends each once
        return
    sandbox.notify_webhooks()


def change_status(
    sandbox: Sandbox, order: StoredOrder, status: str, document: dict[str, Any] | None = None
) -> StoredOrder:
    """Store an order's new status (and document); forget what was rendered from the old one."""
    changed = replace(order, status=status, document=document if document is not None else order.document)
    sandbox.store.update_order(order.order_number, status, changed.document, order.placed)
    sandbox.changed(order.order_number)
    return changed


def void_if_expired(sandbox: Sandbox, order: StoredOrder) -> StoredOrder:
    """An order on customer hold for more than 24 hours is voided (cancelled, `im::order_voided`)."""
    if order.status != states.ON_HOLD or sandbox.clock.now() - order.placed <= HOLD_VOID_AFTER:
        return order
    voided = change_status(sandbox, order, states.CANCELLED, {**order.document, "voided": True})
    send_status_event(sandbox, ORDER_VOIDED, voided)
    return voided


def placed_on_hold(sandbox: Sandbox, customer: str, country: str, placed: datetime) -> None:
    """An order was placed on customer hold: its void falls due 24 hours after `placed`."""
    key = (customer, country.upper())
    due = sandbox.void_due.get(key)
    if due is not None:  # unknown stays unknown: the next search looks at every hold
        sandbox.void_due[key] = min(due, placed + HOLD_VOID_AFTER)


def void_expired_holds(sandbox: Sandbox, customer: str, country: str) -> None:
    """Void every expired hold of a customer (before a search shows their statuses).

    Looks at the database only when a hold may have expired: the earliest void due per account is
    kept in memory (`Sandbox.void_due`), moved earlier by `placed_on_hold`, recomputed here.
    """
    key = (customer, country.upper())
    now = sandbox.clock.now()
    due = sandbox.void_due.get(key)
    if due is not None and now <= due:
        return
    earliest = _NEVER
    for number, placed in sandbox.store.placed_with_status(customer, country, states.ON_HOLD):
        if now - placed > HOLD_VOID_AFTER:
            order = sandbox.store.get_order(number, customer, country)
            if order is not None:
                void_if_expired(sandbox, order)
        else:
            earliest = min(earliest, placed + HOLD_VOID_AFTER)
    sandbox.void_due[key] = earliest
