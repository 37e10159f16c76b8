"""The `checks` package's own pieces: findings and their keys, the links added at load time."""

from __future__ import annotations

import copy
from typing import Any

from ingram_contract import facts
from ingram_contract.checks import Finding, dedupe, load_schema, server_document
from ingram_contract.checks.schema import with_order_links
from ingram_contract.spec.load import load_spec
from ingram_contract.spec.operations import path_shape

CONTRACT = load_spec(facts.CONTRACT_PATH).document


def test_dedupe_keeps_the_first_and_counts() -> None:
    first = Finding("GET /a", "status-code-conformance", "Received: 418", detail="418", reproduction="curl 1")
    again = Finding("GET /a", "status-code-conformance", "Received: 418 (other case)", detail="418")
    other = Finding("GET /a", "status-code-conformance", "Received: 419", detail="419")
    upstream = Finding(
        "GET /a", "status-code-conformance", "Received: 418", detail="418", document="upstream"
    )
    merged = dedupe([first, again, other, upstream])
    assert [(f.message, f.occurrences) for f in merged] == [
        ("Received: 418", 2),
        ("Received: 419", 1),
        ("Received: 418", 1),
    ]
    assert merged[0].reproduction == "curl 1"
    assert str(first.key) == "server|GET /a|status-code-conformance|418"
    assert upstream.key != first.key and len(first.key.digest) == 12
    assert first.as_dict()["key"] == str(first.key)


def _links(document: dict[str, Any], path: str, method: str, status: str) -> dict[str, Any]:
    links: dict[str, Any] = document["paths"][path][method]["responses"][status].get("links") or {}
    return links


def test_order_links_are_added_to_a_copy_only() -> None:
    original = copy.deepcopy(CONTRACT)
    linked = with_order_links(CONTRACT)
    assert original == CONTRACT
    create = _links(linked, "/resellers/v6/orders", "post", "201")
    assert set(create) == {
        "OrderDetails",
        "SearchByOrderNumber",
        "ModifyOrder",
        "ReleaseOrder",
        "CancelOrder",
    }
    assert create["ReleaseOrder"]["parameters"]["query.actionCode"] == "release"
    assert (
        create["OrderDetails"]["parameters"]["path.ordernumber"]
        == "$response.body#/orders/0/ingramOrderNumber"
    )
    assert _links(linked, "/resellers/v6.1/orders/{ordernumber}", "get", "200")
    operation_ids = {
        operation.get("operationId")
        for item in linked["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict)
    }
    assert {link["operationId"] for link in create.values()} <= operation_ids


def test_schemathesis_builds_transitions_from_the_links() -> None:
    schema = load_schema(server_document(CONTRACT))
    machine: Any = schema.as_state_machine()
    names = [name for name in dir(machine) if "___" in name]
    assert any("CancelOrder" in name and name.startswith("POST_resellers_v6_orders") for name in names), names
    assert any("ReleaseOrder" in name for name in names), names


def test_server_document_drops_the_inbound_webhook_only() -> None:
    served = server_document(CONTRACT)
    assert set(CONTRACT["paths"]) - set(served["paths"]) == {facts.ORDER_STATUS_WEBHOOK_PATH}


def test_path_shapes_blank_path_parameters() -> None:
    assert path_shape("/resellers/v6/orders/{OrderNumber}") == "/resellers/v6/orders/{}"
    assert path_shape("/resellers/v6/orders/{orderNumber}") == "/resellers/v6/orders/{}"
