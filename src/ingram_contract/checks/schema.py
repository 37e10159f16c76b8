"""The contract as schemathesis sees it: loaded from a path or a dict, with OpenAPI links added at load time.

The links describe the order life cycle (create → details → search → modify → release/cancel) for the
stateful tests; where the order number is in each answer and how each step takes it are read from the
contract index, only the steps themselves are listed here. They are added to a copy of the document,
never to `openapi.yaml`: the vendor publishes no links, and the contract says only what the vendor's API
does.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any, Final

import schemathesis
from schemathesis.generation import GenerationMode
from schemathesis.schemas import BaseSchema

from ingram_contract.spec.load import load_spec
from ingram_contract.spec.operations import ContractIndex

CREATE_V6: Final = "post-createorder_v6"
DETAILS: Final = "get-orderdetails-v6.1"
SEARCH: Final = "get-resellers-v6-ordersearch"
MODIFY: Final = "put-ordermodify"
CANCEL: Final = "delete-ordercancel"

# The answers a sequence goes on from (the order number's place in each is read from the contract).
_LINKED_FROM: Final = {CREATE_V6: ("201", "207"), DETAILS: ("200",), MODIFY: ("200",)}
# The life-cycle steps every such answer links to: (link name, target operationId, fixed parameters).
_STEPS: Final[tuple[tuple[str, str, dict[str, str]], ...]] = (
    ("OrderDetails", DETAILS, {}),
    ("SearchByOrderNumber", SEARCH, {}),
    ("ModifyOrder", MODIFY, {}),
    ("ReleaseOrder", MODIFY, {"query.actionCode": "release"}),
    ("CancelOrder", CANCEL, {}),
)


def _links(index: ContractIndex, order_number: str) -> dict[str, dict[str, Any]]:
    links: dict[str, dict[str, Any]] = {}
    for name, operation_id, fixed in _STEPS:
        target = index.by_id(operation_id)
        parameter = target.order_number_parameter() if target is not None else None
        if parameter is not None:
            where = f"{parameter.location}.{parameter.name}"
            links[name] = {"operationId": operation_id, "parameters": {where: order_number, **fixed}}
    return links


def read_document(contract: dict[str, Any] | Path | str) -> dict[str, Any]:
    """A deep copy of the contract document (from a dict, a path or a URL)."""
    if isinstance(contract, dict):
        return copy.deepcopy(contract)
    return load_spec(contract).document


def with_order_links(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of `document` with the order life-cycle links; operations it lacks are left alone."""
    linked = copy.deepcopy(document)
    index = ContractIndex(document)
    for operation_id, statuses in _LINKED_FROM.items():
        source = index.by_id(operation_id)
        if source is None:
            continue
        item = linked["paths"][source.path][source.method.lower()]
        for status, order_number in source.order_number_pointers().items():
            response = (item.get("responses") or {}).get(status)
            if status in statuses and isinstance(response, dict):
                response["links"] = {**(response.get("links") or {}), **_links(index, order_number)}
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
