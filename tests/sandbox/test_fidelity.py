"""The sandbox against the vendor's evidence: field coverage per operation and status, the vendor's
statuses for its own request examples, and only the status strings the vendor shows.

The figures the sandbox is held to live in `fidelity_floor.json` (`benchmarks/fidelity_report.py
--write-floor` rewrites them); a drop below any of them fails here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from ingram_contract import facts
from ingram_contract.evidence import corpus, fidelity
from ingram_contract.evidence.paths import field_paths

from .conftest import Conformance

FLOOR = json.loads((Path(__file__).parent / "fidelity_floor.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report() -> fidelity.FidelityReport:
    return fidelity.run()


def test_the_sandbox_holds_the_recorded_fidelity_floor(report: fidelity.FidelityReport) -> None:
    assert fidelity.below_floor(report, FLOOR) == []


def test_every_answer_of_the_fidelity_run_is_one_the_contract_documents(
    report: fidelity.FidelityReport, conformance: Conformance
) -> None:
    assert len(report.responses) > 60
    for response in report.responses:
        conformance.check(response)


def test_the_vendors_own_requests_get_the_vendors_statuses(report: fidelity.FidelityReport) -> None:
    cases = corpus.load_cases(corpus.VENDOR_CORPUS)
    creates = [case for case in cases if case.request and case.operation == "POST /resellers/v6/orders"]
    assert len(creates) == 17, "every v6 create example of the vendor is replayed"
    assert {case.status for case in creates} == {201, 207}
    assert report.wrong_status == []
    assert report.unknown_statuses == []


def test_the_floor_check_fails_when_coverage_drops(report: fidelity.FidelityReport) -> None:
    row = report.rows[0]
    worse = fidelity.Row(row.operation, row.status, row.vendor | {"neverSent"}, row.sandbox, row.reached)
    dropped = fidelity.FidelityReport([worse])
    raised = {"coverage": {row.label: 1.0}, "unreached": [], "wrong_status": 0, "unknown_statuses": 0}
    assert fidelity.below_floor(dropped, raised) == [
        f"{row.label}: {worse.coverage:.1%} of the vendor's fields, below 100.0%"
    ]
    unreached = fidelity.Row(row.operation, row.status, row.vendor, frozenset(), False)
    problems = fidelity.below_floor(fidelity.FidelityReport([unreached], ["x"], ["y"]), {"coverage": {}})
    assert problems[0] == f"{row.label}: not reached"
    assert len(problems) == 3


def test_field_paths_collapse_array_indices() -> None:
    value = {"orders": [{"lines": [{"a": 1}, {"b": None}]}, {"lines": []}], "n": None}
    assert field_paths(value) == {"orders", "orders.lines", "orders.lines.a", "orders.lines.b", "n"}
    assert field_paths({"links": {"href": "x"}}) == field_paths({"links": [{"href": "x"}]})


def test_the_committed_vendor_corpus_is_the_pinned_documents(tmp_path: Path) -> None:
    if not corpus.UPSTREAM_DOCUMENT.is_file():
        pytest.skip(
            f"no vendor document at {corpus.UPSTREAM_DOCUMENT} (../shared/ lies beside the repo in CI)"
        )
    spec = yaml.safe_load(corpus.UPSTREAM_DOCUMENT.read_bytes())
    fresh = corpus.extract_vendor_cases(spec, f"vendor spec {facts.UPSTREAM_COMMIT[:7]}")
    assert {case.file_name(): case for case in fresh} == {
        case.file_name(): case for case in corpus.load_cases(corpus.VENDOR_CORPUS)
    }


def test_recorded_evidence_is_redacted_and_loads_like_the_vendors(tmp_path: Path) -> None:
    secret = "s3cr3t-token-value-123"
    written = corpus.record_evidence(
        tmp_path,
        "GET /resellers/v6.1/orders/{ordernumber}",
        200,
        {
            "path": {"ordernumber": "20-RD128"},
            "query": {"token": secret},
            "headers": {"Authorization": secret},
        },
        {"ingramOrderNumber": "20-RD128", "notes": f"Bearer {secret}"},
        secrets=[secret],
        name="details",
    )
    assert secret not in written.read_text(encoding="utf-8")
    (case,) = corpus.load_cases(tmp_path)
    assert case.request is not None and "headers" not in case.request
    assert case.key == ("GET", "/resellers/v6.1/orders/{}", 200)
    assert case.response["ingramOrderNumber"] == "20-RD128"


def test_a_file_that_is_not_a_case_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text(json.dumps({"operation": "GET /x"}), encoding="utf-8")
    with pytest.raises(ValueError, match="not an evidence case"):
        corpus.load_cases(tmp_path)


def test_a_status_string_the_vendor_never_shows_is_reported() -> None:
    answers: list[Any] = [
        fidelity._Answer(("GET", "/resellers/v6.1/orders/{}", 200), 200, {"orderStatus": "Cancelled"}),
        fidelity._Answer(("GET", "/resellers/v6.1/orders/{}", 200), 200, {"orderStatus": "Canceled"}),
    ]
    assert fidelity._unknown_statuses(answers) == ["GET /resellers/v6.1/orders/{} orderStatus = 'Cancelled'"]
