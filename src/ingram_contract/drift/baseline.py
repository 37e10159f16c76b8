"""The committed baseline of known findings, and the new / known / fixed split.

A baseline entry is a finding someone looked at and accepted, with the reason. A finding whose key is in
the baseline is `known`; a baseline entry no finding matched is `fixed`, but only when its source's
section looked at everything: an unreachable server must not turn every known server finding into a fix.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, cast

from ingram_contract import facts
from ingram_contract.drift.model import SEVERITIES, SOURCES, Finding, Section, Severity, Source

DEFAULT_BASELINE: Final = facts.DRIFT_BASELINE_PATH
BASELINE_COMMENT: Final = (
    "Known drift findings, accepted with a reason. A finding whose key is listed here is reported as known, "
    "one no longer seen as fixed. Edit by hand or rewrite with `python -m ingram_contract.drift "
    "--write-baseline`, then review every reason."
)


class BaselineError(Exception):
    """The baseline file cannot be read or has the wrong shape."""


@dataclass(frozen=True)
class KnownFinding:
    """One accepted finding and why it is accepted."""

    key: str
    source: Source
    operation: str
    severity: Severity
    check: str
    message: str
    reason: str

    def as_finding(self) -> Finding:
        """The entry as a finding that is no longer seen."""
        return Finding(self.source, self.operation, self.severity, self.check, self.message, key=self.key)


def load_baseline(path: Path) -> list[KnownFinding]:
    """Read a baseline; a missing file is an empty baseline, a malformed one an error."""
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BaselineError(f"cannot read the baseline {path}: {exc}") from None
    entries = data.get("known") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise BaselineError(f'{path}: expected {{"known": [...]}}')
    known = []
    for number, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or not all(
            isinstance(entry.get(k), str) for k in ("key", "source", "check")
        ):
            raise BaselineError(f"{path}: entry {number} needs string `key`, `source` and `check`")
        if entry["source"] not in SOURCES:
            raise BaselineError(f"{path}: entry {number} has unknown source {entry['source']!r}")
        severity = entry.get("severity", "error")
        if severity not in SEVERITIES:
            raise BaselineError(f"{path}: entry {number} has unknown severity {severity!r}")
        known.append(
            KnownFinding(
                key=entry["key"],
                source=cast(Source, entry["source"]),
                operation=str(entry.get("operation", "-")),
                severity=cast(Severity, severity),
                check=entry["check"],
                message=str(entry.get("message", "")),
                reason=str(entry.get("reason", "")),
            )
        )
    return known


def classify(
    findings: list[Finding], known: list[KnownFinding], sections: dict[Source, Section]
) -> list[Finding]:
    """Mark each finding new or known (duplicates collapsed) and add the baseline's fixed entries."""
    known_keys = {entry.key for entry in known}
    seen: dict[str, Finding] = {}
    for finding in findings:
        seen.setdefault(finding.key, finding.with_status("known" if finding.key in known_keys else "new"))
    fixed = [
        entry.as_finding().with_status("fixed")
        for entry in known
        if entry.key not in seen and sections.get(entry.source, Section(entry.source)).complete
    ]
    return [*seen.values(), *fixed]


def baseline_document(findings: list[Finding], known: list[KnownFinding] | None = None) -> dict[str, Any]:
    """A baseline accepting the findings that are not fixed (`--write-baseline`). Known entries keep their
    reasons; entries this run could not look at (neither seen nor fixed) are kept as they were."""
    known = known or []
    reasons = {entry.key: entry.reason for entry in known}
    looked_at = {f.key for f in findings}
    entries = [
        {
            "key": f.key,
            "source": f.source,
            "operation": f.operation,
            "severity": f.severity,
            "check": f.check,
            "message": f.message,
            "reason": reasons.get(f.key, "accepted: explain why before committing"),
        }
        for f in findings
        if f.status != "fixed"
    ]
    entries += [
        {
            "key": entry.key,
            "source": entry.source,
            "operation": entry.operation,
            "severity": entry.severity,
            "check": entry.check,
            "message": entry.message,
            "reason": entry.reason,
        }
        for entry in known
        if entry.key not in looked_at
    ]
    return {"_comment": BASELINE_COMMENT, "known": sorted(entries, key=lambda e: e["key"])}
