"""The contract as schemathesis sees it: loaded from a path or a dict, with OpenAPI links added at load time.

The links describe the order life cycle (create → details → search → modify → release/cancel) for the
stateful tests. They are added to a copy of the document, never to `openapi.yaml`: the vendor publishes
no links, and the contract says only what the vendor's API does.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any, Final

import schemathesis
from schemathesis.generation import GenerationMode
from schemathesis.schemas import BaseSchema

from ingram_contract.spec.load import load_spec

CREATE_V6: Final = "post-createorder_v6"
DETAILS: Final = "get-orderdetails-v6.1"
SEARCH: Final = "get-resellers-v6-ordersearch"
MODIFY: Final = "put-ordermodify"
CANCEL: Final = "delete-ordercancel"

# Where the order number is in each response that links on, and the links from there.
_ORDER_NUMBER_AT: Final = {
    (CREATE_V6, "201"): "$response.body#/orders/0/ingramOrderNumber",
    (CREATE_V6, "207"): "$response.body#/orders/0/ingramOrderNumber",
    (DETAILS, "200"): "$response.body#/ingramOrderNumber",
    (MODIFY, "200"): "$response.body#/ingramOrderNumber",
}


def _links(order_number: str) -> dict[str, dict[str, Any]]:
    return {
        "OrderDetails": {"operationId": DETAILS, "parameters": {"path.ordernumber": order_number}},
        "SearchByOrderNumber": {
            "operationId": SEARCH,
            "parameters": {"query.ingramOrderNumber": order_number},
        },
        "ModifyOrder": {"operationId": MODIFY, "parameters": {"path.orderNumber": order_number}},
        "ReleaseOrder": {
            "operationId": MODIFY,
            "parameters": {"path.orderNumber": order_number, "query.actionCode": "release"},
        },
        "CancelOrder": {"operationId": CANCEL, "parameters": {"path.OrderNumber": order_number}},
    }


def read_document(contract: dict[str, Any] | Path | str) -> dict[str, Any]:
    """A deep copy of the contract document (from a dict, a path or a URL)."""
    if isinstance(contract, dict):
        return copy.deepcopy(contract)
    return load_spec(contract).document


def with_order_links(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of `document` with the order life-cycle links; operations it lacks are left alone."""
    linked = copy.deepcopy(document)
    by_id: dict[str, dict[str, Any]] = {}
    for path_item in (linked.get("paths") or {}).values():
        for operation in path_item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                by_id[operation["operationId"]] = operation
    for (operation_id, status), order_number in _ORDER_NUMBER_AT.items():
        response = ((by_id.get(operation_id) or {}).get("responses") or {}).get(status)
        if not isinstance(response, dict):
            continue
        links = {name: link for name, link in _links(order_number).items() if link["operationId"] in by_id}
        response["links"] = {**(response.get("links") or {}), **links}
    return linked


def load_schema(
    document: dict[str, Any],
    *,
    base_url: str | None = None,
    headers: dict[str, str] | None = None,
) -> BaseSchema:
    """A schemathesis schema of `document`: no config file is discovered, nothing is read from disk.

    `headers` are fixed in every generated case (the test account's IM-* headers).
    """
    schema = schemathesis.openapi.from_dict(document, config=schemathesis.Config())
    config = schema.config
    config.update(base_url=base_url, headers=headers)
    config.generation.update(database="none", deterministic=True)
    # Sequences walk an order's life cycle with valid data only: they also run against the vendor's shared
    # sandbox, and invalid data inside a sequence stops it at the first step. Negative data is asked for
    # per operation (`as_strategy(generation_mode=...)`), against the local sandbox only.
    config.phases.stateful.generation.update(modes=[GenerationMode.POSITIVE])
    return schema
