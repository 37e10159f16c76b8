"""The committed baseline of known findings, and the new / known / fixed split.

A baseline entry is a finding someone looked at and accepted, with the reason. A finding whose key is in
the baseline is `known`; a baseline entry no finding matched is `fixed`, but only when its source's
section looked at everything: an unreachable server must not turn every known server finding into a fix.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from ingram_contract import facts
from ingram_contract.drift.model import Finding, Section
from ingram_contract.findings import CONTRACT_DOCUMENT, Severity, Source, Status

DEFAULT_BASELINE: Final = facts.DRIFT_BASELINE_PATH
# The reason `--write-baseline` gives a finding nobody has explained yet.
UNREVIEWED_REASON: Final = "accepted: explain why before committing"
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
    # The day the finding was first accepted (ISO date; "" for entries written before dates were kept).
    first_seen: str = ""

    def as_finding(self) -> Finding:
        """The entry as a finding that is no longer seen (its key as stored, when it is in the key format)."""
        parts = self.key.split("|")
        document, detail = CONTRACT_DOCUMENT, self.key
        if len(parts) == 4:
            detail = parts[3]
        elif len(parts) == 5:
            document, detail = parts[1], parts[4]
        return Finding(
            operation=self.operation,
            check=self.check,
            message=self.message,
            severity=self.severity,
            source=self.source,
            detail=detail,
            document=document,
        )


def unreviewed(known: list[KnownFinding]) -> list[KnownFinding]:
    """Entries accepted without a reason someone wrote: none may be committed."""
    return [entry for entry in known if len(entry.reason) <= 20 or entry.reason == UNREVIEWED_REASON]


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
        try:
            source = Source(entry["source"])
        except ValueError:
            raise BaselineError(f"{path}: entry {number} has unknown source {entry['source']!r}") from None
        try:
            severity = Severity(entry.get("severity", "error"))
        except ValueError:
            raise BaselineError(
                f"{path}: entry {number} has unknown severity {entry['severity']!r}"
            ) from None
        known.append(
            KnownFinding(
                key=entry["key"],
                source=source,
                operation=str(entry.get("operation", "-")),
                severity=severity,
                check=entry["check"],
                message=str(entry.get("message", "")),
                reason=str(entry.get("reason", "")),
                first_seen=str(entry.get("first_seen", "")),
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
        key = str(finding.key)
        seen.setdefault(key, finding.with_status(Status.KNOWN if key in known_keys else Status.NEW))
    fixed = [
        entry.as_finding().with_status(Status.FIXED)
        for entry in known
        if entry.key not in seen and sections.get(entry.source, Section(entry.source)).complete
    ]
    return [*seen.values(), *fixed]


def known_since(known: list[KnownFinding]) -> dict[str, str]:
    """Finding key → the day it was first accepted, for the entries that say."""
    return {entry.key: entry.first_seen for entry in known if entry.first_seen}


def baseline_document(
    findings: list[Finding], known: list[KnownFinding] | None = None, *, today: str | None = None
) -> dict[str, Any]:
    """A baseline accepting the findings that are not fixed (`--write-baseline`). Known entries keep their
    reasons and first-seen dates (new ones get `today`); entries this run could not look at (neither seen
    nor fixed) are kept as they were."""
    known = known or []
    today = today or datetime.now(UTC).date().isoformat()
    reasons = {entry.key: entry.reason for entry in known}
    since = known_since(known)
    looked_at = {str(f.key) for f in findings}
    entries = [
        {
            "key": str(f.key),
            "source": str(f.source),
            "operation": f.operation,
            "severity": str(f.severity),
            "check": f.check,
            "message": f.message,
            "reason": reasons.get(str(f.key), UNREVIEWED_REASON),
            "first_seen": since.get(str(f.key), today),
        }
        for f in findings
        if f.status != Status.FIXED
    ]
    entries += [
        {
            "key": entry.key,
            "source": str(entry.source),
            "operation": entry.operation,
            "severity": str(entry.severity),
            "check": entry.check,
            "message": entry.message,
            "reason": entry.reason,
            **({"first_seen": entry.first_seen} if entry.first_seen else {}),
        }
        for entry in known
        if entry.key not in looked_at
    ]
    return {"_comment": BASELINE_COMMENT, "known": sorted(entries, key=lambda e: e["key"])}
