"""Table-driven: every response example of every contract operation parses through ingram_orders with
the declared types (ints are ints, nested objects are models, nulls are None), not a sample."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from ingram_contract import facts
from ingram_contract.spec.client_types import operation_module, parse_response, type_errors
from ingram_contract.spec.examples import Example, iter_examples
from ingram_contract.spec.load import load_spec

_CONTRACT = load_spec(facts.CONTRACT_PATH).document
RESPONSE_EXAMPLES = [
    e for e in iter_examples(_CONTRACT) if e.kind == "response" and e.schema_pointer.endswith("/schema")
]


def _schema(document: dict[str, Any], example: Example) -> dict[str, Any]:
    method, path = example.operation.split(" ", 1)
    response = document["paths"][path][method.lower()]["responses"][example.status]
    schema: dict[str, Any] = response["content"]["application/json"]["schema"]
    return schema


def _id(example: Example) -> str:
    return f"{example.operation} {example.status} {example.location.rsplit('/', 2)[-2]}"


def test_the_table_covers_every_operation_with_a_response_example() -> None:
    covered = {e.operation for e in RESPONSE_EXAMPLES}
    assert covered >= {
        "POST /resellers/v6/orders",
        "PUT /resellers/v6/orders/{orderNumber}",
        "DELETE /resellers/v6/orders/{OrderNumber}",
        "GET /resellers/v6/orders/search",
        "GET /resellers/v6.1/orders/{ordernumber}",
        "POST /resellers/v7/orders",
        "POST /resellers/v7/vendorrequiredinfo",
        "POST /oauth/oauth20/token",
    }
    assert len(RESPONSE_EXAMPLES) >= 60


@pytest.mark.parametrize("example", RESPONSE_EXAMPLES, ids=_id)
def test_response_example_parses_with_declared_types(example: Example) -> None:
    method, path = example.operation.split(" ", 1)
    module = operation_module(_CONTRACT, method, path)
    parsed = parse_response(module, int(example.status or 0), example.value)
    assert parsed is not None or example.value is None, "only a null example (a release) parses to None"
    assert type_errors(_CONTRACT, _schema(_CONTRACT, example), example.value, parsed) == []


def test_v6_create_shipment_details_is_a_model_not_a_dict() -> None:
    example = next(
        e for e in RESPONSE_EXAMPLES if e.operation == "POST /resellers/v6/orders" and e.status == "201"
    )
    parsed = parse_response(operation_module(_CONTRACT, "POST", "/resellers/v6/orders"), 201, example.value)
    details = parsed.orders[0].lines[0].shipment_details
    assert type(details).__name__ == "OrderCreatedShipmentDetail"
    assert isinstance(details.carrier_code, str)


def test_type_checker_reports_a_string_kept_where_an_integer_is_declared() -> None:
    example = next(e for e in RESPONSE_EXAMPLES if e.operation == "GET /resellers/v6/orders/search")
    module = operation_module(_CONTRACT, "GET", "/resellers/v6/orders/search")
    body = copy.deepcopy(example.value)
    body["recordsFound"] = "123"  # the generated client keeps this string silently
    parsed = parse_response(module, 200, body)
    errors = type_errors(_CONTRACT, _schema(_CONTRACT, example), body, parsed)
    assert errors == ["/recordsFound: integer parsed as str ('123')"]


def test_type_checker_reports_a_raw_dict_where_a_model_is_declared() -> None:
    contract = copy.deepcopy(_CONTRACT)
    example = next(
        e for e in RESPONSE_EXAMPLES if e.operation == "POST /resellers/v6/orders" and e.status == "201"
    )
    parsed = parse_response(operation_module(contract, "POST", "/resellers/v6/orders"), 201, example.value)
    parsed.orders[0].lines[0].shipment_details = dict(
        example.value["orders"][0]["lines"][0]["shipmentDetails"]
    )
    errors = type_errors(contract, _schema(contract, example), example.value, parsed)
    assert errors == ["/orders/0/lines/0/shipmentDetails: object parsed as dict, not a model"]


def test_upstream_shape_breaks_parsing_of_a_real_create_response() -> None:
    """The vendor's own schema (shipmentDetails: array) cannot describe what the API sends."""
    example = next(
        e for e in RESPONSE_EXAMPLES if e.operation == "POST /resellers/v6/orders" and e.status == "201"
    )
    contract = copy.deepcopy(_CONTRACT)
    lines = contract["components"]["schemas"]["OrderCreateResponse"]["properties"]["orders"]["items"][
        "properties"
    ]
    lines["lines"]["items"]["properties"]["shipmentDetails"] = {"type": "array", "items": {"type": "object"}}
    parsed = parse_response(operation_module(_CONTRACT, "POST", "/resellers/v6/orders"), 201, example.value)
    assert type_errors(contract, _schema(contract, example), example.value, parsed) == [
        "/orders/0/lines/0/shipmentDetails: array parsed as OrderCreatedShipmentDetail"
    ]
