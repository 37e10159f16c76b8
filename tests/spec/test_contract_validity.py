"""openapi.yaml is valid OpenAPI 3.0 and every example in it validates; the checkers catch bad input."""

from __future__ import annotations

import copy
from typing import Any

from openapi_spec_validator import OpenAPIV30SpecValidator

from ingram_contract.spec.examples import check_examples, iter_examples
from ingram_contract.spec.vendor import cut_document


def test_contract_passes_openapi_spec_validator(contract: dict[str, Any]) -> None:
    assert [error.message for error in OpenAPIV30SpecValidator(contract).iter_errors()] == []


def test_every_example_of_the_contract_validates(contract: dict[str, Any]) -> None:
    examples = list(iter_examples(contract))
    assert len([e for e in examples if e.kind == "response"]) >= 60
    assert len([e for e in examples if e.kind == "request"]) >= 20
    assert [str(failure) for failure in check_examples(contract)] == []


def test_the_uncorrected_cut_is_invalid_in_the_known_ways(upstream_document: dict[str, Any]) -> None:
    cut = cut_document(upstream_document)
    messages = [error.message for error in OpenAPIV30SpecValidator(cut).iter_errors()]
    assert messages == ["'25' is not of type 'integer'", "'1' is not of type 'integer'"]
    failures = check_examples(cut)
    create_answers = {
        e.location
        for e in iter_examples(cut)
        if e.operation == "POST /resellers/v6/orders" and e.status in {"201", "207"}
    }
    shipment = {f.example.location for f in failures if f.at.endswith("/shipmentDetails")}
    assert len(create_answers) == 19
    assert shipment == create_answers, "every v6 create 201/207 example sends shipmentDetails as an object"


def test_example_checker_reports_a_broken_example(contract: dict[str, Any]) -> None:
    broken = copy.deepcopy(contract)
    example = broken["paths"]["/resellers/v6/orders/search"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]
    example["examples"]["Success - 200"]["value"]["recordsFound"] = "many"
    failures = check_examples(broken)
    assert [(f.example.operation, f.at) for f in failures] == [
        ("GET /resellers/v6/orders/search", "/recordsFound")
    ]
    assert "'many' is not of type 'integer'" in str(failures[0])
