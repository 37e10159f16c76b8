"""The spec diff's result: classified changes, each naming its JSON location and the Python it touches.

Rendered as markdown, JSON, JUnit XML (one test case per operation) or GitHub Actions annotations.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any
from xml.etree import ElementTree

from ingram_contract.findings import Finding, Severity, Source, check_name

# The project's one severity vocabulary: a change that breaks a client is an error, any other is info.
BREAKING = Severity.ERROR
NON_BREAKING = Severity.INFO
VERDICT = {BREAKING: "breaking", NON_BREAKING: "non-breaking"}
FORMATS = ("md", "json", "junit", "github")
WIRE_ONLY = "wire rules only"


@dataclass(frozen=True)
class Change:
    """One classified change: `operation` is `METHOD /path` as spelled in NEW (OLD when removed).

    `python` names what the change touches in the generated `ingram_orders` client (module, function,
    keyword argument, class, attribute); `client` is what comparing the two generated clients found
    there (empty when no client was generated, or when it found nothing).
    """

    operation: str
    severity: Severity
    location: str
    message: str
    rule: str
    python: tuple[str, ...] = ()
    client: tuple[str, ...] = ()

    def sort_key(self) -> tuple[int, str, str, str, str]:
        """Breaking first, then by path, method, location and message."""
        method, _, path = self.operation.partition(" ")
        return (self.severity != BREAKING, path, method, self.location, self.message)

    def with_client(self, python: tuple[str, ...], client: tuple[str, ...], severity: Severity) -> Change:
        """The change as judged with the generated clients."""
        return replace(self, python=python, client=client, severity=severity)

    @property
    def verdict(self) -> str:
        """`breaking` or `non-breaking`, as the report words it."""
        return VERDICT[self.severity]

    def to_finding(self) -> Finding:
        """The change in the project's findings model (source upstream, detail its JSON location)."""
        python = f" (Python: {', '.join(self.python)})" if self.python else ""
        return Finding(
            self.operation,
            check_name(self.rule),
            f"{self.location}: {self.message}{python}",
            severity=self.severity,
            source=Source.UPSTREAM,
            detail=self.location,
        )

    def as_json(self) -> dict[str, Any]:
        """The change as the JSON report spells it."""
        return {
            "operation": self.operation,
            "severity": self.verdict,
            "location": self.location,
            "message": self.message,
            "rule": self.rule,
            "python": list(self.python),
            "client": list(self.client),
        }


@dataclass(frozen=True)
class DiffReport:
    """All changes between two documents over the contract scope, sorted; `judged_by` says how."""

    changes: tuple[Change, ...]
    judged_by: str = WIRE_ONLY
    notes: tuple[str, ...] = field(default=())

    @property
    def breaking(self) -> tuple[Change, ...]:
        """The changes that break a client."""
        return tuple(change for change in self.changes if change.severity == BREAKING)

    @property
    def has_breaking(self) -> bool:
        """True when at least one change breaks a client."""
        return bool(self.breaking)

    def summary(self) -> dict[str, int]:
        """Counts per severity."""
        breaking = len(self.breaking)
        return {"breaking": breaking, "non-breaking": len(self.changes) - breaking}

    def to_findings(self) -> list[Finding]:
        """Every change as a finding of the project's findings model."""
        return [change.to_finding() for change in self.changes]

    def as_json(self) -> dict[str, Any]:
        """`{"judged_by": ..., "changes": [...], "summary": {"breaking": N, "non-breaking": M}}`."""
        return {
            "judged_by": self.judged_by,
            "changes": [change.as_json() for change in self.changes],
            "summary": self.summary(),
        }


def _python_text(change: Change) -> str:
    return ", ".join(f"`{name}`" for name in change.python)


def render_markdown(report: DiffReport, old: str = "OLD", new: str = "NEW") -> str:
    """A readable report: summary line, how it was judged, then one table row per change."""
    summary = report.summary()
    lines = [
        "# Spec diff (Orders contract scope)",
        "",
        f"`{old}` → `{new}`: **{summary['breaking']} breaking**, {summary['non-breaking']} non-breaking.",
        "",
        f"Judged by: {report.judged_by}.",
        "",
    ]
    lines += [f"- {note}" for note in report.notes]
    if report.notes:
        lines.append("")
    if not report.changes:
        return "\n".join([*lines, "No change in the contract scope.", ""])
    lines += ["| Severity | Operation | Location | Python | Change |", "|---|---|---|---|---|"]
    for change in report.changes:
        message = change.message + ("".join(f" Client: {line}." for line in change.client))
        cells = (
            change.verdict,
            f"`{change.operation}`",
            f"`{change.location}`",
            _python_text(change),
            message,
        )
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join([*lines, ""])


def render_json(report: DiffReport) -> str:
    """The JSON report, keys in a fixed order, one trailing newline."""
    return json.dumps(report.as_json(), indent=2, ensure_ascii=False) + "\n"


def render_junit(report: DiffReport) -> str:
    """JUnit XML: one test case per changed operation, failing when one of its changes breaks a client."""
    by_operation: dict[str, list[Change]] = {}
    for change in report.changes:
        by_operation.setdefault(change.operation, []).append(change)
    suite = ElementTree.Element(
        "testsuite",
        name="spec-diff",
        tests=str(len(by_operation)),
        failures=str(sum(any(c.severity == BREAKING for c in cs) for cs in by_operation.values())),
    )
    for operation, changes in by_operation.items():
        case = ElementTree.SubElement(suite, "testcase", classname="spec-diff", name=operation)
        breaking = [c for c in changes if c.severity == BREAKING]
        if breaking:
            failure = ElementTree.SubElement(case, "failure", message=f"{len(breaking)} breaking change(s)")
            failure.text = "\n".join(_line(c) for c in breaking)
        others = [c for c in changes if c.severity != BREAKING]
        if others:
            ElementTree.SubElement(case, "system-out").text = "\n".join(_line(c) for c in others)
    ElementTree.SubElement(suite, "properties").append(
        ElementTree.Element("property", name="judged_by", value=report.judged_by)
    )
    return ElementTree.tostring(suite, encoding="unicode", xml_declaration=True) + "\n"


def _line(change: Change) -> str:
    python = f" [{', '.join(change.python)}]" if change.python else ""
    return f"{change.location}: {change.message}{python}"


def _escape_annotation(text: str) -> str:
    # The workflow-command escapes GitHub documents for a message body.
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def render_github(report: DiffReport, file: str = "openapi.yaml") -> str:
    """GitHub Actions workflow commands: `::error` for a breaking change, `::notice` for the others."""
    lines = []
    for change in report.changes:
        level = "error" if change.severity == BREAKING else "notice"
        title = f"{change.operation} {change.location}".replace(",", ";").replace("::", ":")
        lines.append(f"::{level} file={file},title={title}::{_escape_annotation(_line(change))}")
    summary = report.summary()
    lines.append(
        f"::notice title=spec diff::{summary['breaking']} breaking, {summary['non-breaking']} non-breaking "
        f"({report.judged_by})"
    )
    return "\n".join(lines) + "\n"


def render(report: DiffReport, fmt: str, old: str = "OLD", new: str = "NEW") -> str:
    """The report in one of FORMATS."""
    if fmt == "json":
        return render_json(report)
    if fmt == "junit":
        return render_junit(report)
    if fmt == "github":
        return render_github(report, new if not new.startswith(("http://", "https://")) else "openapi.yaml")
    return render_markdown(report, old, new)


def exit_code(report: DiffReport, fail_on: str) -> int:
    """1 when the report has what `--fail-on` names (`breaking`, `any` change, `none`), else 0."""
    if fail_on == "none":
        return 0
    if fail_on == "any":
        return 1 if report.changes else 0
    return 1 if report.has_breaking else 0
