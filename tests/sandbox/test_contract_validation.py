"""The sandbox's reading of the contract, in-process: schema conversion, operation lookup by shape, and the
plain-Python parameter checks agreeing with jsonschema (the reference) on both sides of every bound."""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import Draft4Validator

from ingram_contract import facts
from ingram_contract.sandbox.contract import Contract, route_key, to_json_schema
from ingram_contract.sandbox.validation import (
    OperationValidator,
    RequestInvalid,
    _integer_check,
    _string_check,
    json_path,
)
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
    ],
)
def test_plain_checks_agree_with_jsonschema(schema: dict[str, Any], values: list[Any]) -> None:
    plain = _string_check(schema) or _integer_check(schema)
    assert plain is not None
    reference = Draft4Validator(schema)
    for value in values:
        assert plain(value) == reference.is_valid(value), value


def test_schemas_beyond_the_plain_checks_fall_back_to_jsonschema() -> None:
    assert _string_check({"type": "string", "pattern": "^[0-9]{2}-"}) is None
    assert _integer_check({"type": "integer", "multipleOf": 5}) is None


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
