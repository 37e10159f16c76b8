"""spec/descriptions.yaml: every field and parameter of the contract is described in our own words, the
descriptions reach the generated client's docstrings, and the table fails loudly when it goes stale."""

from __future__ import annotations

import inspect
import re
from typing import Any

import pytest
from ingram_orders.api.orders import put_ordermodify
from ingram_orders.models import OrderCreateRequest, OrderDetailLink, OrderSearchResponse

from ingram_contract import facts
from ingram_contract.spec.descriptions import descriptions_overlay, undescribed
from ingram_contract.spec.errors import SpecError
from ingram_contract.spec.load import load_yaml_file
from ingram_contract.spec.overlay import OverlayError, apply_overlay


@pytest.fixture(scope="module")
def table() -> dict[str, Any]:
    return load_yaml_file(facts.DESCRIPTIONS_PATH)


def words(text: str | None) -> str:
    return " ".join((text or "").split())


def test_every_field_and_parameter_of_the_contract_is_described(contract: dict[str, Any]) -> None:
    assert undescribed(contract) == []


def test_the_check_names_each_field_and_parameter_left_without_a_description() -> None:
    document = {
        "components": {
            "schemas": {
                "Order": {
                    "type": "object",
                    "properties": {
                        "described": {"type": "string", "description": "fine"},
                        "bare": {"type": "string"},
                        "twoLines": {"type": "string", "description": "first\nsecond"},
                        "lines": {
                            "type": "array",
                            "description": "the lines",
                            "items": {"type": "object", "properties": {"sku": {"type": "string"}}},
                        },
                        "linked": {"$ref": "#/components/schemas/Other"},
                    },
                }
            }
        },
        "paths": {
            "/orders": {
                "post": {
                    "parameters": [{"name": "IM-CountryCode", "in": "header", "schema": {"type": "string"}}],
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {"type": "object", "properties": {"inline": {"type": "integer"}}}
                            }
                        }
                    },
                    "responses": {"200": {"description": "OK"}},
                }
            }
        },
    }
    assert undescribed(document) == [
        "field Order.bare",
        "field Order.twoLines",
        "field Order.lines[].sku",
        "field POST /orders request.inline",
        "parameter IM-CountryCode of POST /orders",
    ]


def test_a_name_that_matches_no_field_fails_the_build(contract: dict[str, Any]) -> None:
    overlay = descriptions_overlay({"fields": {"noSuchFieldAnywhere": "text"}})
    with pytest.raises(OverlayError, match="noSuchFieldAnywhere"):
        apply_overlay(contract, overlay)


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"fields": {"city": "two\nlines"}}, "fields.city needs a one-line description"),
        ({"fields": {"city": ""}}, "fields.city needs a one-line description"),
        ({"field": {"city": "City."}}, "unknown section"),
        ({"parameters": ["IM-CountryCode"]}, "`parameters` must map names"),
    ],
)
def test_a_malformed_table_is_refused(table: dict[str, Any], message: str) -> None:
    with pytest.raises(SpecError, match=re.escape(message)):
        descriptions_overlay(table)


def test_a_parameter_is_described_on_itself_and_on_its_schema(contract: dict[str, Any]) -> None:
    text = "Only orders with this status."
    overlay = descriptions_overlay({"parameters": {"orderStatus": text}})
    described = apply_overlay(contract, overlay)
    (parameter,) = [
        p
        for p in described["paths"]["/resellers/v6/orders/search"]["get"]["parameters"]
        if p["name"] == "orderStatus"
    ]
    assert parameter["description"] == parameter["schema"]["description"] == text


def test_the_generated_models_carry_the_descriptions_in_their_docstrings(table: dict[str, Any]) -> None:
    assert words(OrderCreateRequest.__doc__).startswith(words(table["schemas"]["OrderCreateRequest"]))
    assert words(table["fields"]["customerOrderNumber"]) in words(OrderCreateRequest.__doc__)
    assert words(table["fields"]["recordsFound"]) in words(OrderSearchResponse.__doc__)
    # A name with another meaning under a parent gets the text of its `in` entry, not the general one.
    link_type = table["in"]["$..properties.links..properties.type"]
    assert words(link_type) in words(OrderDetailLink.__doc__)
    assert words(table["fields"]["type"]) not in words(OrderDetailLink.__doc__)
    assert words(table["parameters"]["actionCode"]) in words(inspect.getdoc(put_ordermodify.sync))


def normalized(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def vendor_descriptions(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "description" and isinstance(value, str):
                found.add(normalized(value))
            else:
                found |= vendor_descriptions(value)
    elif isinstance(node, list):
        for value in node:
            found |= vendor_descriptions(value)
    return found


def test_no_description_is_the_vendors_prose(
    table: dict[str, Any], upstream_document: dict[str, Any]
) -> None:
    theirs = vendor_descriptions(upstream_document)
    ours = {text for section in table.values() for text in section.values()}
    # Single words ("City.") say nothing anyone could own; everything longer must be our own wording.
    copied = sorted(text for text in ours if len(text.split()) > 2 and normalized(text) in theirs)
    assert copied == []
