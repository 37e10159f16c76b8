"""The sandbox's reading of the contract, in-process: schema conversion, operation lookup by shape, and
the bounded schemas (jsonschema-rs) agreeing with jsonschema (the reference) on both sides of every bound."""

from __future__ import annotations

from typing import Any

import jsonschema_rs
import pytest
from jsonschema import Draft4Validator

from ingram_contract import facts
from ingram_contract.sandbox import limits
from ingram_contract.sandbox.contract import Contract, route_key, to_json_schema
from ingram_contract.sandbox.validation import OperationValidator, RequestInvalid, bounded, json_path
from ingram_contract.spec.errors import SpecError


@pytest.fixture(scope="module")
def loaded() -> Contract:
    return Contract.load(facts.CONTRACT_PATH)


def test_nullable_becomes_a_null_type_and_prose_is_dropped() -> None:
    converted = to_json_schema(
        {
            "type": "object",
            "description": "prose",
            "properties": {
                "example": {"type": "string", "nullable": True, "example": "x"},
                "status": {"type": "string", "enum": ["A"], "nullable": True},
            },
        }
    )
    assert converted == {
        "type": "object",
        "properties": {
            "example": {"type": ["string", "null"]},
            "status": {"type": ["string", "null"], "enum": ["A", None]},
        },
    }


def test_operations_are_found_by_shape_whatever_the_parameter_is_called(loaded: Contract) -> None:
    assert route_key("delete", "/resellers/v6/orders/{OrderNumber}") == route_key(
        "DELETE", "/resellers/v6/orders/{x}"
    )
    assert loaded.get("PUT", "/resellers/v6/orders/{anything}").operation_id == "put-ordermodify"
    with pytest.raises(SpecError, match="no operation PATCH"):
        loaded.get("PATCH", "/resellers/v6/orders")


@pytest.mark.parametrize(
    ("schema", "values"),
    [
        ({"type": "string", "maxLength": 32}, ["", "x" * 32, "x" * 33, "é" * 32, 5]),
        ({"type": "string", "minLength": 2, "maxLength": 2}, ["U", "US", "USA"]),
        ({"type": "string", "enum": ["IM::SHIPPED", "IM::HOLD"]}, ["IM::HOLD", "IM::hold", ""]),
        (
            {"type": "integer", "format": "int32", "minimum": 1, "maximum": 100, "default": 25},
            [0, 1, 100, 101, "1", 2.5],
        ),
        ({"type": "string", "pattern": "^[0-9]{2}-"}, ["20-x", "2-x", ""]),
    ],
)
def test_bounded_schemas_agree_with_jsonschema_within_the_contracts_bounds(
    schema: dict[str, Any], values: list[Any]
) -> None:
    compiled = jsonschema_rs.Draft4Validator(bounded(schema))
    reference = Draft4Validator(schema)
    for value in values:
        assert compiled.is_valid(value) == reference.is_valid(value), value


def test_bounds_are_added_only_where_the_contract_has_none() -> None:
    assert bounded({"type": "string"})["maxLength"] == limits.MAX_STRING_LENGTH
    assert bounded({"type": "string", "maxLength": 35})["maxLength"] == 35
    assert bounded({"type": "integer", "format": "int32", "minimum": 1}) == {
        "type": "integer",
        "format": "int32",
        "minimum": 1,
        "maximum": 2**31 - 1,
    }
    assert bounded({"type": ["integer", "null"]})["maximum"] == 2**31 - 1
    assert bounded({"type": "integer", "format": "int64"})["minimum"] == -(2**63)
    assert bounded({"type": "array", "items": {"type": "string"}})["items"]["maxLength"] == 1024
    assert "maxLength" not in bounded({"type": "string", "enum": ["A"]})


def test_a_request_reports_every_bad_field_at_once(loaded: Contract) -> None:
    validator = OperationValidator(loaded.get("POST", "/resellers/v6/orders"))
    headers = {facts.HEADER_COUNTRY_CODE: "USA", facts.HEADER_CORRELATION_ID: "c" * 40}
    body = b'{"customerOrderNumber": "PO", "lines": [{"ingramPartNumber": "TSXML3", "quantity": "2"}]}'
    with pytest.raises(RequestInvalid) as raised:
        validator.validate({}, lambda name: [], headers, body)
    fields = [error.field for error in raised.value.errors]
    assert fields == [
        facts.HEADER_CUSTOMER_NUMBER,
        facts.HEADER_COUNTRY_CODE,
        facts.HEADER_CORRELATION_ID,
        "lines[0].quantity",
    ]


def test_json_paths_read_like_the_vendors_field_names() -> None:
    assert json_path(["lines", 0, "quantity"]) == "lines[0].quantity"
    assert json_path(["shipToInfo", "city"]) == "shipToInfo.city"
    assert json_path([]) == ""
