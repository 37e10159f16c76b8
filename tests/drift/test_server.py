"""The server section against a real sandbox on loopback: clean, then made to drift one way at a time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ingram_contract import facts
from ingram_contract.drift.baseline import DEFAULT_BASELINE, classify, load_baseline
from ingram_contract.drift.model import Finding
from ingram_contract.drift.run import server_section
from ingram_contract.drift.upstream import UpstreamResult
from ingram_contract.spec.load import load_yaml_file
from tests.drift.conftest import Answer, Fault, FaultyProxy, drift_config, report_for

DETAILS = "GET /resellers/v6.1/orders/{ordernumber}"
SEARCH = "GET /resellers/v6/orders/search"
CREATE_V7 = "POST /resellers/v7/orders"
TOKEN = "POST /oauth/oauth20/token"


def _is(answer: Answer, operation: str) -> bool:
    method, _, path = operation.partition(" ")
    prefix = facts.SANDBOX_PREFIX + path.split("{")[0]
    return answer.method == method and answer.path.startswith(prefix) and answer.status < 300


def _edit(operation: str, edit: Callable[[dict[str, object]], None]) -> Fault:
    def fault(answer: Answer) -> None:
        if _is(answer, operation):
            payload = answer.payload
            edit(payload)
            answer.payload = payload

    return fault


def _orders_as_object(payload: dict[str, object]) -> None:
    orders = payload["orders"]
    assert isinstance(orders, list) and orders
    payload["orders"] = orders[0]


def _status(operation: str, status: int) -> Fault:
    def fault(answer: Answer) -> None:
        if _is(answer, operation):
            answer.status = status
            if status >= 500:
                answer.payload = {"fault": {"faultstring": "Service unavailable"}}

    return fault


def _content_type(operation: str, media_type: bytes) -> Fault:
    def fault(answer: Answer) -> None:
        if _is(answer, operation):
            answer.set_header(b"content-type", media_type)

    return fault


def _new_server_findings(base_url: str, tmp_path: Path, operation: str) -> list[Finding]:
    """The server section with generated cases for one operation (the probe covers all), new findings only."""
    config = drift_config(
        base_url, tmp_path, tmp_path / "unused.json", max_examples=3, operations=(operation,)
    )
    contract = load_yaml_file(config.root / "openapi.yaml")
    findings, section, _ = server_section(config, contract, UpstreamResult())
    assert section.ran
    classified = classify(findings, load_baseline(DEFAULT_BASELINE), {"server": section})
    return [f for f in classified if f.status == "new"]


def test_clean_sandbox_has_no_server_findings(
    proxy: tuple[FaultyProxy, str], tmp_path: Path, upstream_file: Path
) -> None:
    _, base_url = proxy
    report = report_for(base_url, tmp_path, upstream_file, max_examples=3)
    assert report.sections["server"].ran and report.sections["server"].complete
    assert [str(f) for f in report.findings if f.source == "server" and f.status == "new"] == []
    # Every answer was also judged against the raw upstream: v6 create's object shipmentDetails needs #8.
    needed = report.corrections["still_needed_by_server"]
    assert any(entry.startswith("#8 (POST /resellers/v6/orders") for entry in needed), needed


def _stringify_total(payload: dict[str, object]) -> None:
    payload["orderTotal"] = str(payload["orderTotal"])


def _drop_status(payload: dict[str, object]) -> None:
    del payload["orderStatus"]


def _rename_customer_order_number(payload: dict[str, object]) -> None:
    payload["customerOrderNo"] = payload.pop("customerOrderNumber")


def _token_expires_in_as_integer(answer: Answer) -> None:
    """The token endpoint sends `expires_in` as an integer (the contract, and the vendor, say string)."""
    if answer.method == "POST" and answer.path == facts.TOKEN_PATH and answer.status == 200:
        payload = answer.payload
        payload["expires_in"] = int(payload["expires_in"])
        answer.payload = payload


FAULTS: dict[str, tuple[Fault, str, str]] = {
    "type changed": (_edit(DETAILS, _stringify_total), DETAILS, "response-field-type"),
    "field removed": (_edit(DETAILS, _drop_status), DETAILS, "response-field-missing"),
    "field renamed": (_edit(DETAILS, _rename_customer_order_number), DETAILS, "response-field-renamed"),
    "array sent as object": (_edit(SEARCH, _orders_as_object), SEARCH, "response-field-type"),
    "undocumented status": (_status(DETAILS, 418), DETAILS, "response-status"),
    "wrong content type": (_content_type(DETAILS, b"text/plain"), DETAILS, "response-content-type"),
    "5xx": (_status(CREATE_V7, 503), CREATE_V7, "response-status"),
    "token answer type changed": (_token_expires_in_as_integer, TOKEN, "response-field-type"),
}


@pytest.mark.parametrize("name", FAULTS)
def test_drift_is_a_new_finding_on_the_right_operation(
    name: str, faulty: Callable[[Fault], str], tmp_path: Path
) -> None:
    fault, operation, check = FAULTS[name]
    findings = _new_server_findings(faulty(fault), tmp_path, operation)
    assert {f.operation for f in findings} == {operation}, [str(f) for f in findings]
    assert any(f.check == check for f in findings), [f.check for f in findings]
    assert all(f.source == "server" and "curl " in f.reproduction for f in findings)


def test_a_rename_is_one_finding_naming_both_fields(faulty: Callable[[Fault], str], tmp_path: Path) -> None:
    fault, _, _ = FAULTS["field renamed"]
    found = _new_server_findings(faulty(fault), tmp_path, DETAILS)
    shape = [f for f in found if f.check.startswith("response-field")]
    assert len(shape) == 1
    assert "`customerOrderNumber`" in shape[0].message and "`customerOrderNo`" in shape[0].message


def test_a_field_missing_from_one_line_of_many_is_drift(
    faulty: Callable[[Fault], str], tmp_path: Path
) -> None:
    def drop_from_last_line(payload: dict[str, object]) -> None:
        lines = payload["lines"]
        assert isinstance(lines, list) and len(lines) > 1
        del lines[-1]["ingramPartNumber"]

    found = _new_server_findings(faulty(_edit(DETAILS, drop_from_last_line)), tmp_path, DETAILS)
    shape = [f for f in found if f.check.startswith("response-field")]
    assert [(f.check, f.operation) for f in shape] == [("response-field-missing", DETAILS)]
    assert "`lines[].ingramPartNumber`" in shape[0].message
