"""drift.md for people, drift.json for tools, junit.xml for CI; every string passes the redactor."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Final
from urllib.parse import urlsplit

from ingram_contract.checks.safety import is_loopback
from ingram_contract.drift.model import DOCUMENT, SOURCES, STATUSES, Finding, Report
from ingram_contract.spec.operations import path_shape

_VERSIONED = re.compile(r"^(?P<method>[A-Z]+) /resellers/(?P<version>v\d+(?:\.\d+)?)(?P<rest>/.*)$")
# The order endpoints' versions are the table's columns; other versions (the webhook's v1) get a row.
VERSIONS: Final = ("v6", "v6.1", "v7")
_STATUS_TITLES: Final = {
    "new": "New findings",
    "known": "Known findings",
    "fixed": "Fixed since the baseline (not seen in this run)",
}

_CORRECTION_TITLES: Final = {
    "redundant_upstream": "Redundant, upstream now says the same (delete them)",
    "stale": "Stale, their target is gone upstream (review them)",
    "still_needed_by_server": "Still needed, the server's answers break the raw upstream without them",
    "rejected_only_by_raw_upstream": "Generated cases only the raw upstream rejects",
}

Redact = Callable[[str], str]


REPRODUCTION_LIMIT: Final = 1500
_LOCAL: Final = " (on this machine)"


def _is_local(url: str) -> bool:
    return bool(url) and is_loopback(urlsplit(url).hostname or "")


def _endpoint(operation: str) -> tuple[str, str]:
    """(endpoint without version, version) of `METHOD /resellers/vX/...`; other operations have no version."""
    match = _VERSIONED.match(operation)
    if not match or match["version"] not in VERSIONS:
        return operation, ""
    # One row per endpoint whatever the vendor named its path parameter in each version.
    rest = path_shape(match["rest"]).replace("{}", "{orderNumber}")
    return f"{match['method']} {rest}", match["version"]


def _cell(findings: list[Finding]) -> str:
    new = sum(1 for f in findings if f.status == "new")
    known = sum(1 for f in findings if f.status == "known")
    fixed = sum(1 for f in findings if f.status == "fixed")
    if not new and not known:
        return "✅ ok" + (f" ({fixed} fixed)" if fixed else "")
    parts = [f"{count} {name}" for count, name in ((new, "new"), (known, "known"), (fixed, "fixed")) if count]
    return ("❌ " if new else "⚠️ ") + ", ".join(parts)


def _version_table(report: Report) -> list[str]:
    rows: dict[str, dict[str, list[Finding]]] = {}
    others: dict[str, list[Finding]] = {}
    for operation in report.operations:
        endpoint, version = _endpoint(operation)
        if version:
            rows.setdefault(endpoint, {}).setdefault(version, [])
        else:
            others.setdefault(operation, [])
    for finding in report.findings:
        endpoint, version = _endpoint(finding.operation)
        if version:
            rows.setdefault(endpoint, {}).setdefault(version, []).append(finding)
        else:
            others.setdefault(finding.operation, []).append(finding)
    lines = ["| Endpoint | " + " | ".join(VERSIONS) + " |", "|---|" + "---|" * len(VERSIONS)]
    for endpoint in sorted(rows, key=lambda e: (e.split(" ", 1)[1], e)):
        cells = [_cell(rows[endpoint][v]) if v in rows[endpoint] else "—" for v in VERSIONS]
        lines.append(f"| `{endpoint}` | " + " | ".join(cells) + " |")
    if others:
        lines += ["", "| Other operation | Status |", "|---|---|"]
        for operation in sorted(others, key=lambda o: (o == DOCUMENT, o)):
            label = "whole contract / client" if operation == DOCUMENT else f"`{operation}`"
            lines.append(f"| {label} | {_cell(others[operation])} |")
    return lines


def _shortened(reproduction: str) -> str:
    """Generated negative cases can carry kilobytes of body; the report shows the start of it."""
    if len(reproduction) <= REPRODUCTION_LIMIT:
        return reproduction
    cut = len(reproduction) - REPRODUCTION_LIMIT
    return f"{reproduction[:REPRODUCTION_LIMIT]} … [{cut} more characters: see junit.xml]"


def render_markdown(report: Report, redact: Redact) -> str:
    """The people's report: verdict, per-endpoint table, per-source counts, then every finding."""
    new = report.count("new")
    verdict = f"**{new} new finding{'s' if new != 1 else ''}**" if new else "**No new findings**"
    lines = [
        "# Ingram Orders API drift report",
        "",
        f"{verdict} · {report.count('known')} known · {report.count('fixed')} fixed since the baseline.",
        "",
        f"- Server: `{report.target or 'not checked'}`{_LOCAL if _is_local(report.target) else ''}",
        f"- Upstream: `{report.upstream or 'not checked'}`",
        "",
        "## By endpoint and version",
        "",
        *_version_table(report),
        "",
        "## By source",
        "",
        "| Source | New | Known | Fixed | Checked |",
        "|---|---|---|---|---|",
    ]
    for source in SOURCES:
        section = report.sections.get(source)
        checked = "not run" if not section or not section.ran else ("yes" if section.complete else "partly")
        counts = " | ".join(str(report.count(status, source)) for status in STATUSES)
        lines.append(f"| {source} | {counts} | {checked} |")
    notes = [(s, note) for s in SOURCES if (section := report.sections.get(s)) for note in section.notes]
    if notes:
        lines += ["", *[f"- {source}: {note}" for source, note in notes]]
    if report.corrections:
        lines += ["", "## Corrections (spec/corrections.yaml, actions by number)", ""]
        for name, title in _CORRECTION_TITLES.items():
            if name in report.corrections:
                entries = report.corrections[name]
                lines.append(f"- {title}: " + ("; ".join(entries) if entries else "none"))
    findings = report.sorted_findings()
    for status in STATUSES:
        group = [f for f in findings if f.status == status]
        if not group:
            continue
        lines += ["", f"## {_STATUS_TITLES[status]} ({len(group)})"]
        for finding in group:
            lines += [
                "",
                f"### [{finding.source}] {finding.operation} — {finding.check} ({finding.severity})",
                "",
                finding.message,
            ]
            if status == "known" and (since := report.known_since.get(str(finding.key))):
                lines += ["", f"Known since {since}."]
            if finding.reproduction and status != "fixed":
                lines += ["", "```sh", _shortened(finding.reproduction), "```"]
            for item in finding.evidence[1:]:
                lines += ["", f"Also seen by {item.check}: {item.message}"]
                if item.reproduction and status != "fixed":
                    lines += ["", "```sh", _shortened(item.reproduction), "```"]
    return redact("\n".join(lines) + "\n")


def _as_json(finding: Finding, since: str | None = None) -> dict[str, str]:
    """A finding as drift.json spells it (a known one with the day it was first accepted)."""
    return {
        "source": str(finding.source),
        "operation": finding.operation,
        "severity": str(finding.severity),
        "check": finding.check,
        "message": finding.message,
        "status": str(finding.status),
        **({"first_seen": since} if since and finding.status == "known" else {}),
    }


def render_json(report: Report, redact: Redact) -> str:
    """`{"findings": [...], "summary": {...}}`, findings in report order."""
    findings = [_as_json(f, report.known_since.get(str(f.key))) for f in report.sorted_findings()]
    document = {"findings": findings, "summary": report.summary()}
    return redact(json.dumps(document, indent=2, ensure_ascii=False)) + "\n"


def render_junit(report: Report, redact: Redact) -> str:
    """One suite per source, one case per finding: new fails, known is skipped, fixed passes."""
    suites = ET.Element("testsuites", name="ingram-drift")
    for source in SOURCES:
        group = [f for f in report.sorted_findings() if f.source == source]
        section = report.sections.get(source)
        suite = ET.SubElement(suites, "testsuite", name=f"drift.{source}")
        failures = skipped = 0
        if not group:
            case = ET.SubElement(suite, "testcase", classname=f"drift.{source}", name="no findings")
            if not section or not section.ran:
                ET.SubElement(case, "skipped", message="section not run")
                skipped += 1
        for finding in group:
            case = ET.SubElement(
                suite,
                "testcase",
                classname=f"drift.{source}",
                name=redact(f"{finding.operation} {finding.check}"),
            )
            text = redact(
                "\n".join(
                    (f"Also seen by {item.check}: " if number else "")
                    + item.message
                    + (f"\n{item.reproduction}" if item.reproduction else "")
                    for number, item in enumerate(finding.evidence)
                )
            )
            if finding.status == "new":
                failure = ET.SubElement(case, "failure", message=redact(finding.message), type=finding.check)
                failure.text = text
                failures += 1
            elif finding.status == "known":
                ET.SubElement(case, "skipped", message="known finding (baseline)").text = text
                skipped += 1
            else:
                ET.SubElement(case, "system-out").text = "fixed since the baseline: " + text
        suite.set("tests", str(max(len(group), 1)))
        suite.set("failures", str(failures))
        suite.set("skipped", str(skipped))
        suite.set("errors", "0")
    ET.indent(suites)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"


def write_reports(report: Report, out: Path, redact: Redact) -> list[Path]:
    """Write drift.md, drift.json and junit.xml into `out` (created if needed)."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, render in (
        ("drift.md", render_markdown),
        ("drift.json", render_json),
        ("junit.xml", render_junit),
    ):
        path = out / name
        path.write_text(render(report, redact), encoding="utf-8")
        written.append(path)
    return written
