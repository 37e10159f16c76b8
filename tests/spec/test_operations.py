"""The contract index: operations read once from openapi.yaml, matched by the one path-shape rule."""

from __future__ import annotations

from typing import Any

from ingram_contract import facts
from ingram_contract.spec.operations import ContractIndex, path_shape
from ingram_contract.spec.scope import HTTP_METHODS


def test_path_shape_erases_parameter_names_and_case() -> None:
    assert path_shape("/resellers/v6/orders/{OrderNumber}") == "/resellers/v6/orders/{}"
    assert path_shape("/Resellers/v6/orders/{orderNumber}") == path_shape("/resellers/v6/orders/{x}")
    assert path_shape("/resellers/v6/orders/search") != path_shape("/resellers/v6/orders/{x}")


def test_the_index_lists_every_operation_of_the_contract(contract: dict[str, Any]) -> None:
    index = ContractIndex(contract)
    listed = {
        (method.upper(), path)
        for path, item in contract["paths"].items()
        for method in item
        if method in HTTP_METHODS
    }
    assert {(op.method, op.path) for op in index} == listed
    assert [op.path for op in index if op.is_webhook] == [facts.ORDER_STATUS_WEBHOOK_PATH]
    assert index.find("delete", "/resellers/v6/orders/{anything}") is index.get(
        "DELETE /resellers/v6/orders/{OrderNumber}"
    )
    assert index.find("get", "/resellers/v9/orders") is None


def test_the_index_resolves_refs_and_finds_the_order_number(contract: dict[str, Any]) -> None:
    index = ContractIndex(contract)
    create = index.get("POST /resellers/v6/orders")
    assert create.changes_orders and "$ref" not in str(create.response_schema(201))
    assert create.order_number_pointers()["201"] == "$response.body#/orders/0/ingramOrderNumber"
    details = index.get("GET /resellers/v6.1/orders/{ordernumber}")
    assert not details.changes_orders
    assert details.order_number_parameter() is not None
    assert details.response_schema(404) is not None
    assert not index.get("POST /resellers/v7/vendorrequiredinfo").changes_orders


def test_the_page_size_fact_is_the_contracts_maximum(contract: dict[str, Any]) -> None:
    search = ContractIndex(contract).get("GET /resellers/v6/orders/search")
    page_size = search.parameter("query", "pageSize")
    assert page_size is not None and page_size.schema["maximum"] == facts.MAX_PAGE_SIZE
