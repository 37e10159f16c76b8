"""Mock mode (respx, no server): the generated `ingram_orders` client against the contract.

Per operation: every request the client builds from generated inputs validates against the contract,
and every response the contract allows (its examples and instances generated from its response schemas)
parses into the declared types. This is what catches a contract change the client was not regenerated
for, or a generator bug; test_old_client.py shows it does.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from ingram_contract import facts
from ingram_contract.checks import summarise
from ingram_contract.spec.client_types import type_problems
from ingram_contract.spec.load import load_spec
from tests.contract.conftest import MOCK_MAX_EXAMPLES, SEED
from tests.contract.mockmode import ClientContractChecker, contract_operations, untyped_object_schemas

CONTRACT = load_spec(facts.CONTRACT_PATH).document
OPERATIONS = [op.label for op in contract_operations(CONTRACT)]


@pytest.fixture(scope="module")
def client_checker() -> ClientContractChecker:
    return ClientContractChecker(CONTRACT)


def test_every_contract_operation_has_a_client_function(client_checker: ClientContractChecker) -> None:
    assert len(OPERATIONS) == 9
    missing = [label for label in OPERATIONS if client_checker.module(label) is None]
    assert not missing


@pytest.mark.parametrize("label", OPERATIONS)
def test_client_requests_conform(client_checker: ClientContractChecker, label: str) -> None:
    report = client_checker.check_requests(label, max_examples=MOCK_MAX_EXAMPLES, seed=SEED)
    assert report.requests_checked >= MOCK_MAX_EXAMPLES // 2
    assert not report.findings, summarise(report.findings)


@pytest.mark.parametrize("label", OPERATIONS)
def test_client_parses_every_allowed_response(client_checker: ClientContractChecker, label: str) -> None:
    report = client_checker.check_responses(label, max_examples=MOCK_MAX_EXAMPLES, seed=SEED)
    assert not report.findings, summarise(report.findings)
    assert report.responses_skipped <= report.responses_checked // 2


def test_every_response_example_is_served(client_checker: ClientContractChecker) -> None:
    """The examples are part of what is served: each operation's documented JSON examples are in the mix."""
    served = {
        label: [value for _, value in client_checker.response_instances(label, max_examples=0)]
        for label in OPERATIONS
    }
    assert served["GET /resellers/v6.1/orders/{ordernumber}"], "the v6.1 details example is not served"
    assert sum(len(values) for values in served.values()) >= 10


def test_no_schema_declares_properties_without_type_object() -> None:
    """JSON Schema would accept any type there (a number as an order line); corrections type them."""
    assert untyped_object_schemas(CONTRACT) == []
    untyped = {"type": "array", "items": {"properties": {"a": {"type": "string"}}}}
    assert untyped_object_schemas({"components": {"schemas": {"X": untyped}}}) == [
        "/components/schemas/X/items"
    ]


def test_a_type_mismatch_is_reported() -> None:
    """The type walk mock mode uses is not vacuous: a model parsed as a dict, an int parsed as a str."""
    schema: dict[str, Any] = {"type": "object", "properties": {"count": {"type": "integer"}}}

    @attrs.define
    class Model:
        count: Any

    assert type_problems({}, schema, {"count": 3}, {"count": 3}) == [
        ("", "object parsed as dict, not a model")
    ]
    assert type_problems({}, schema, {"count": 3}, Model(count="3")) == [
        ("/count", "integer parsed as str ('3')")
    ]
    assert type_problems({}, schema, {"count": 3}, Model(count=3)) == []
