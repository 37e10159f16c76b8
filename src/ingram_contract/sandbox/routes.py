"""Which handler serves which contract operation: adding an operation is one line here and its handler."""

from __future__ import annotations

from typing import Any, Final

from ingram_contract.sandbox.contract import route_key
from ingram_contract.sandbox.endpoints import Call, Handler
from ingram_contract.sandbox.handlers import products, reads, writes
from ingram_contract.sandbox.orders.rules import Refusal
from ingram_contract.sandbox.state import Sandbox

HANDLERS: Final[dict[tuple[str, str], Handler]] = {
    route_key("GET", "/resellers/v6.1/orders/{}"): reads.details,
    route_key("GET", "/resellers/v6/orders/search"): reads.search,
    route_key("POST", "/resellers/v6/orders"): writes.create_v6,
    route_key("POST", "/resellers/v7/orders"): writes.create_v7,
    route_key("PUT", "/resellers/v6/orders/{}"): writes.modify,
    route_key("DELETE", "/resellers/v6/orders/{}"): writes.cancel,
    route_key("POST", "/resellers/v7/vendorrequiredinfo"): products.vendor_required_info,
}


async def not_implemented(sandbox: Sandbox, call: Call) -> tuple[int, Any]:
    """A contract operation the sandbox does not emulate."""
    operation = call.operation
    raise Refusal(501, f"the local sandbox does not emulate {operation.method} {operation.path}")
