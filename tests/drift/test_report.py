"""Baseline classification and the three renderings, on hand-built reports."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ingram_contract.checks import Redactor
from ingram_contract.drift.baseline import (
    DEFAULT_BASELINE,
    BaselineError,
    KnownFinding,
    baseline_document,
    classify,
    known_since,
    load_baseline,
    unreviewed,
)
from ingram_contract.drift.model import DOCUMENT, Finding, Report, Section
from ingram_contract.drift.render import render_json, render_junit, render_markdown, write_reports
from ingram_contract.findings import Severity, Source

DETAILS = "GET /resellers/v6.1/orders/{ordernumber}"
CREATE_V6 = "POST /resellers/v6/orders"
CREATE_V7 = "POST /resellers/v7/orders"
CANARY = "canary-7f3e9a1c-never-print-me"
OPERATIONS = [CREATE_V6, CREATE_V7, DETAILS, "GET /resellers/v6/orders/search", "POST /oauth/oauth20/token"]


def _known(finding: Finding) -> KnownFinding:
    return KnownFinding(
        str(finding.key),
        finding.source,
        finding.operation,
        finding.severity,
        finding.check,
        finding.message,
        "accepted in a test",
    )


def _complete(*sources: str) -> dict[Source, Section]:
    return {Source(source): Section(Source(source), ran=True, complete=True) for source in sources}


def _report(findings: list[Finding]) -> Report:
    return Report(
        findings,
        _complete("upstream", "server", "client"),
        "http://127.0.0.1:1/sandbox",
        "up.yaml",
        OPERATIONS,
        {"redundant_upstream": ["#20"]},
    )


def _finding(
    source: str, operation: str, severity: str, check: str, message: str, reproduction: str = ""
) -> Finding:
    return Finding(
        operation=operation,
        check=check,
        message=message,
        severity=Severity(severity),
        source=Source(source),
        reproduction=reproduction,
    )


NEW = _finding(
    "server", DETAILS, "error", "response-field-missing", "`orderStatus` is no longer sent", "curl x"
)
KNOWN = _finding("server", CREATE_V7, "error", "status-code-conformance", "Undocumented status 400")
GONE = _finding("upstream", DOCUMENT, "warning", "correction-stale", "action 3 matches nothing")


def test_findings_are_new_known_or_fixed() -> None:
    classified = classify([NEW, KNOWN, NEW], [_known(KNOWN), _known(GONE)], _complete("server", "upstream"))
    assert sorted((f.status, f.check) for f in classified) == [
        ("fixed", "correction-stale"),
        ("known", "status-code-conformance"),
        ("new", "response-field-missing"),
    ]


def test_nothing_is_fixed_by_a_section_that_could_not_look() -> None:
    sections = {Source.SERVER: Section(Source.SERVER, ran=True, complete=False)}
    classified = classify([], [_known(KNOWN)], sections)
    assert classified == []


def test_a_key_ignores_volatile_details_of_the_message() -> None:
    one = _finding(
        "client", DOCUMENT, "error", "x", "made with contract_sha256 7b6016483566d335, now 0123456789abcdef"
    )
    two = _finding(
        "client", DOCUMENT, "error", "x", "made with contract_sha256 aaaabbbbccccdddd, now eeeeffff00001111"
    )
    assert one.key == two.key


def test_the_committed_baseline_loads_and_gives_every_entry_a_reason(tmp_path: Path) -> None:
    entries = load_baseline(DEFAULT_BASELINE)  # raises on a malformed file
    assert [entry.key for entry in unreviewed(entries)] == []
    # The same rule on a baseline as --write-baseline leaves it: every entry still needs its reason.
    written = tmp_path / "baseline.json"
    written.write_text(json.dumps(baseline_document(classify([NEW, KNOWN], [], {}))))
    assert sorted(entry.key for entry in unreviewed(load_baseline(written))) == sorted(
        [str(NEW.key), str(KNOWN.key)]
    )


def test_a_malformed_baseline_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    path.write_text(json.dumps({"known": [{"key": "k", "source": "nowhere", "check": "c"}]}))
    with pytest.raises(BaselineError, match="unknown source"):
        load_baseline(path)
    path.write_text("[1, 2")
    with pytest.raises(BaselineError):
        load_baseline(path)
    assert load_baseline(tmp_path / "absent.json") == []


def _classified() -> Report:
    return _report(classify([NEW, KNOWN], [_known(KNOWN), _known(GONE)], _complete("server", "upstream")))


def test_markdown_has_the_table_per_endpoint_and_version() -> None:
    text = render_markdown(_classified(), str)
    lines = text.splitlines()
    assert "| Endpoint | v6 | v6.1 | v7 |" in lines
    assert "| `GET /orders/{orderNumber}` | — | ❌ 1 new | — |" in lines
    assert "| `POST /orders` | ✅ ok | — | ⚠️ 1 known |" in lines
    assert "| `GET /orders/search` | ✅ ok | — | — |" in lines
    assert "| `POST /oauth/oauth20/token` | ✅ ok |" in lines
    assert "**1 new finding** · 1 known · 1 fixed since the baseline." in lines
    # Each new finding with its reproduction; fixed ones without.
    assert text.index("## New findings (1)") < text.index("curl x") < text.index("## Known findings (1)")


def test_json_has_exactly_the_documented_shape() -> None:
    document = json.loads(render_json(_classified(), str))
    assert set(document) == {"findings", "summary"}
    for finding in document["findings"]:
        assert set(finding) == {"source", "operation", "severity", "check", "message", "status"}
        assert finding["source"] in ("upstream", "server", "client")
        assert finding["status"] in ("new", "known", "fixed")
    assert [f["status"] for f in document["findings"]] == ["new", "known", "fixed"]
    summary = document["summary"]
    assert (summary["new"], summary["known"], summary["fixed"]) == (1, 1, 1)
    assert summary["by_source"]["server"] == {"new": 1, "known": 1, "fixed": 0}
    assert summary["exit_code"] == 1


def test_junit_parses_new_fails_known_is_skipped() -> None:
    root = ET.fromstring(render_junit(_classified(), str))  # noqa: S314 - our own output
    suites = {suite.get("name"): suite for suite in root.iter("testsuite")}
    assert set(suites) == {"drift.upstream", "drift.server", "drift.client"}
    server = suites["drift.server"]
    assert (server.get("tests"), server.get("failures"), server.get("skipped")) == ("2", "1", "1")
    failure = next(root.iter("failure"))
    assert failure.get("type") == "response-field-missing"
    assert sum(1 for _ in root.iter("testcase")) == 4


def test_secrets_are_masked_in_all_three_outputs(tmp_path: Path) -> None:
    leaky = _finding(
        "server",
        DETAILS,
        "error",
        "response-schema-conformance",
        f"'{CANARY}' is not of type 'number'",
        f"curl -H 'Authorization: Bearer abcdefgh12345678' --data 'client_secret={CANARY}'",
    )
    written = write_reports(_report([leaky]), tmp_path, Redactor([CANARY]).redact)
    assert [path.name for path in written] == ["drift.md", "drift.json", "junit.xml"]
    for path in written:
        text = path.read_text()
        assert CANARY not in text and "abcdefgh12345678" not in text, path.name
        assert "not of type 'number'" in text


def test_a_long_generated_reproduction_is_cut_in_markdown_and_whole_in_junit() -> None:
    long = _finding(
        "server", CREATE_V6, "error", "negative-data-rejection", "accepted", "curl -d '" + "x" * 5000 + "'"
    )
    report = _report([long])
    assert "more characters: see junit.xml" in render_markdown(report, str)
    assert "x" * 5000 in render_junit(report, str)


def test_a_rewritten_baseline_keeps_reasons_and_what_the_run_did_not_look_at() -> None:
    unseen = KnownFinding(
        "server|elsewhere", Source.SERVER, CREATE_V7, Severity.ERROR, "x", "y", "looked at another day"
    )
    kept = _known(KNOWN)
    classified = classify([NEW, KNOWN], [kept, unseen], {})
    entries = {e["key"]: e["reason"] for e in baseline_document(classified, [kept, unseen])["known"]}
    assert entries == {
        str(NEW.key): "accepted: explain why before committing",
        str(KNOWN.key): "accepted in a test",
        "server|elsewhere": "looked at another day",
    }


def test_a_known_finding_shows_the_day_it_was_first_accepted() -> None:
    accepted = KnownFinding(
        str(KNOWN.key),
        KNOWN.source,
        KNOWN.operation,
        KNOWN.severity,
        KNOWN.check,
        KNOWN.message,
        "accepted in a test",
        first_seen="2026-11-02",
    )
    report = _report(classify([NEW, KNOWN], [accepted], {}))
    report.known_since = known_since([accepted])
    assert "Known since 2026-11-02." in render_markdown(report, str)
    by_status = {f["status"]: f for f in json.loads(render_json(report, str))["findings"]}
    assert by_status["known"]["first_seen"] == "2026-11-02"
    assert "first_seen" not in by_status["new"]
    # Rewriting the baseline keeps the date; a newly accepted finding is dated the day it is accepted.
    entries = baseline_document(report.findings, [accepted], today="2026-12-01")["known"]
    assert {e["key"]: e["first_seen"] for e in entries} == {
        str(KNOWN.key): "2026-11-02",
        str(NEW.key): "2026-12-01",
    }
