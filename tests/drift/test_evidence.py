"""One drift, one finding: the probe's and the schema check's findings on the same field merge."""

from __future__ import annotations

from ingram_contract.drift.evidence import merge_same_drift, schema_field
from ingram_contract.findings import Finding

DETAILS = "GET /resellers/v6.1/orders/{ordernumber}"
SEARCH = "GET /resellers/v6/orders/search"


def _probe(operation: str, field: str) -> Finding:
    return Finding(
        operation,
        "response-field-type",
        f"`{field}` is sent as string; it was number when the shapes were recorded",
        detail=f"{field}=string",
        reproduction="curl probe",
    )


def _schema(operation: str, path: str) -> Finding:
    return Finding(
        operation,
        "response-schema-conformance",
        "Response violates schema: '232.5' is not of type 'number'",
        detail=path,
        reproduction="curl generated",
    )


def test_schema_paths_name_the_probes_fields() -> None:
    assert schema_field("properties/orderTotal/type") == "orderTotal"
    assert schema_field("properties/lines/items/properties/shipmentDetails/type") == "lines[].shipmentDetails"


def test_a_field_seen_by_both_checks_is_one_finding_with_both_as_evidence() -> None:
    merged = merge_same_drift([_probe(DETAILS, "orderTotal"), _schema(DETAILS, "properties/orderTotal/type")])
    assert [(f.check, f.checks) for f in merged] == [
        ("response-field-type", ("response-field-type", "response-schema-conformance"))
    ]
    assert [item.reproduction for item in merged[0].evidence] == ["curl probe", "curl generated"]


def test_other_fields_and_other_operations_stay_their_own_findings() -> None:
    findings = [
        _probe(DETAILS, "orderTotal"),
        _schema(DETAILS, "properties/orderStatus/type"),
        _schema(SEARCH, "properties/orderTotal/type"),
    ]
    assert merge_same_drift(findings) == findings
