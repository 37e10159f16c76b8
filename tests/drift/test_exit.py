"""The run's exit code is drift.json's, and the last console line says why it is 1 or 2."""

from __future__ import annotations

from ingram_contract import facts
from ingram_contract.drift.model import DOCUMENT, SOURCES, Finding, Report, Section, Source
from ingram_contract.drift.run import verdict


def _report(findings: list[Finding], *, not_run: Source | None = None) -> Report:
    sections: dict[Source, Section] = {
        source: Section(source, ran=source != not_run, complete=True) for source in SOURCES
    }
    if not_run:
        sections[not_run].notes.append("crashed: RuntimeError: boom")
    return Report(findings=findings, sections=sections, upstream="https://example.test/up.yaml")


def test_a_clean_run_exits_0() -> None:
    report = _report([])
    assert report.exit_code == report.summary()["exit_code"] == 0
    assert verdict(report) == "drift: exit 0: no new finding"


def test_a_section_that_did_not_run_is_exit_2_in_drift_json_too() -> None:
    report = _report([], not_run=Source.CLIENT)
    assert report.exit_code == report.summary()["exit_code"] == 2
    expected = "drift: exit 2: could not run every section: client (crashed: RuntimeError: boom)"
    assert verdict(report) == expected


def test_new_findings_exit_1_counted_by_source() -> None:
    found = [Finding("GET /x", "status-code-conformance", "undocumented 500", source=Source.SERVER)] * 2
    report = _report(found)
    assert report.exit_code == report.summary()["exit_code"] == 1
    assert verdict(report) == "drift: exit 1: 2 new findings (server 2), see drift.md"


def test_an_unreachable_upstream_names_the_flag_and_the_variable() -> None:
    unavailable = Finding(DOCUMENT, "upstream-unavailable", "cannot read upstream: …", source=Source.UPSTREAM)
    line = verdict(_report([unavailable]))
    assert line.startswith("drift: exit 1: 1 new finding (upstream 1)")
    assert "--upstream" in line and facts.ENV_UPSTREAM in line
