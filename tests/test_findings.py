"""The one findings model: typed keys, one severity vocabulary, one check-name style, evidence merged."""

from __future__ import annotations

import json

import pytest

from ingram_contract.findings import (
    Evidence,
    Finding,
    FindingKey,
    Severity,
    Source,
    check_name,
    dedupe,
)


def test_check_names_have_one_style() -> None:
    assert check_name("status_code_conformance") == "status-code-conformance"
    assert check_name("response-field-type") == "response-field-type"
    with pytest.raises(ValueError, match="lower-case words joined by hyphens"):
        Finding("GET /a", "status_code_conformance", "Received: 418")
    with pytest.raises(ValueError, match="lower-case words joined by hyphens"):
        FindingKey(Source.SERVER, "GET /a", "Timeout")


def test_the_key_is_typed_and_ignores_what_varies_per_case() -> None:
    one = Finding("GET /a", "status-code-conformance", "Received: 418 on case 1", detail="418")
    two = Finding("GET /a", "status-code-conformance", "Received: 418 on case 2", detail="418")
    other = Finding("GET /a", "status-code-conformance", "Received: 419", detail="419")
    assert one.key == two.key == FindingKey(Source.SERVER, "GET /a", "status-code-conformance", "418")
    assert one.key != other.key
    assert str(one.key) == "server|GET /a|status-code-conformance|418"
    upstream = Finding(
        "GET /a", "status-code-conformance", "Received: 418", detail="418", document="upstream"
    )
    assert str(upstream.key) == "server|upstream|GET /a|status-code-conformance|418"
    # Without a detail, the message minus order numbers and timings identifies the finding.
    slow = Finding("GET /a", "timeout", "order 20-RD3QV took 10.5 s")
    assert slow.key == Finding("GET /a", "timeout", "order 20-ABCDE took 3 s").key


def test_severity_is_one_enum_that_reads_as_its_string() -> None:
    finding = Finding("GET /a", "timeout", "no answer", severity=Severity.WARNING)
    assert finding.severity is Severity.WARNING and f"{finding.severity}" == "warning"
    assert json.loads(json.dumps(finding.as_dict()))["severity"] == "warning"
    with pytest.raises(ValueError, match="not a valid Severity"):
        Severity("breaking")


def test_dedupe_keeps_every_check_that_saw_the_same_key_as_evidence() -> None:
    probe = Finding("GET /a", "response-field-type", "`x` is a string", detail="x", reproduction="curl 1")
    again = Finding("GET /a", "response-field-type", "`x` is a string", detail="x", reproduction="curl 2")
    merged = probe.with_evidence(Evidence("response-schema-conformance", "expected integer", "curl 3"))
    [only] = dedupe([merged, again])
    assert only.occurrences == 2
    assert only.checks == ("response-field-type", "response-schema-conformance")
    assert [item.reproduction for item in only.evidence] == ["curl 1", "curl 3"]
