"""What users of the generated `ingram_orders` client import: auth, connect, IM headers, typed order
calls, pagination, retries, the production write guard, webhooks. Imports nothing from sandbox/,
checks/ or drift/ and needs only httpx and attrs.

Names are loaded on first use (PEP 562), so `ingram_contract.runtime.signature`, which the sandbox
imports to sign webhooks, does not pull in httpx or the generated client.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ingram_contract.runtime.account import Account, new_correlation_id
    from ingram_contract.runtime.auth import ClientCredentialsAuth, Secret, token_url_for
    from ingram_contract.runtime.connection import IngramClient, connect
    from ingram_contract.runtime.errors import (
        ConfigurationError,
        IngramAPIError,
        IngramError,
        TokenError,
        WebhookRejected,
    )
    from ingram_contract.runtime.guard import ProductionWriteRefused, WriteGuard
    from ingram_contract.runtime.orders import AsyncOrders, Orders, order_numbers
    from ingram_contract.runtime.pagination import (
        aiter_order_pages,
        aiter_orders,
        iter_order_pages,
        iter_orders,
    )
    from ingram_contract.runtime.retries import AsyncRetryTransport, RetryPolicy, RetryTransport
    from ingram_contract.runtime.webhooks import (
        Delivery,
        EventInFlight,
        SeenEventIds,
        WebhookReceiver,
        verify_delivery,
    )

_EXPORTS = {
    "account": ("Account", "new_correlation_id"),
    "auth": ("ClientCredentialsAuth", "Secret", "token_url_for"),
    "connection": ("IngramClient", "connect"),
    "errors": ("ConfigurationError", "IngramAPIError", "IngramError", "TokenError", "WebhookRejected"),
    "guard": ("ProductionWriteRefused", "WriteGuard"),
    "orders": ("AsyncOrders", "Orders", "order_numbers"),
    "pagination": ("aiter_order_pages", "aiter_orders", "iter_order_pages", "iter_orders"),
    "retries": ("AsyncRetryTransport", "RetryPolicy", "RetryTransport"),
    "webhooks": ("Delivery", "EventInFlight", "SeenEventIds", "WebhookReceiver", "verify_delivery"),
}
_MODULE_OF = {name: module for module, names in _EXPORTS.items() for name in names}

__all__ = [
    "Account",
    "AsyncOrders",
    "AsyncRetryTransport",
    "ClientCredentialsAuth",
    "ConfigurationError",
    "Delivery",
    "EventInFlight",
    "IngramAPIError",
    "IngramClient",
    "IngramError",
    "Orders",
    "ProductionWriteRefused",
    "RetryPolicy",
    "RetryTransport",
    "Secret",
    "SeenEventIds",
    "TokenError",
    "WebhookReceiver",
    "WebhookRejected",
    "WriteGuard",
    "aiter_order_pages",
    "aiter_orders",
    "connect",
    "iter_order_pages",
    "iter_orders",
    "new_correlation_id",
    "order_numbers",
    "token_url_for",
    "verify_delivery",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULE_OF])
