"""The report model: findings from the three sources, their baseline status, the run's outcome."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any, Final, Literal

Source = Literal["upstream", "server", "client"]
Severity = Literal["error", "warning", "info"]
Status = Literal["new", "known", "fixed"]

SOURCES: Final[tuple[Source, ...]] = ("upstream", "server", "client")
SEVERITIES: Final[tuple[Severity, ...]] = ("error", "warning", "info")
STATUSES: Final[tuple[Status, ...]] = ("new", "known", "fixed")
# Operation label of a finding about the whole document or the whole client.
DOCUMENT: Final = "-"

EXIT_OK: Final = 0
EXIT_NEW_FINDINGS: Final = 1
EXIT_COULD_NOT_RUN: Final = 2

_VOLATILE = re.compile(r"\b[0-9a-f]{16,}\b|\b\d{2}-[A-Z0-9]{5,}\b|\b\d+(?:\.\d+)?\s*(?:ms|s)\b")


def stable_text(text: str) -> str:
    """A message with hashes, order numbers and timings blanked: the part that identifies a finding."""
    return _VOLATILE.sub("…", text).strip()


@dataclass(frozen=True)
class Finding:
    """One drift finding. `key` identifies it across runs (the baseline matches on it)."""

    source: Source
    operation: str
    severity: Severity
    check: str
    message: str
    reproduction: str = ""
    key: str = ""
    status: Status = "new"

    def __post_init__(self) -> None:
        if not self.key:
            object.__setattr__(
                self, "key", "|".join((self.source, self.operation, self.check, stable_text(self.message)))
            )

    def with_status(self, status: Status) -> Finding:
        """The same finding with its baseline status set."""
        return replace(self, status=status)

    def sort_key(self) -> tuple[int, int, int, str, str, str]:
        """New first, then by source, severity, operation, check and message."""
        return (
            STATUSES.index(self.status),
            SOURCES.index(self.source),
            SEVERITIES.index(self.severity),
            self.operation,
            self.check,
            self.message,
        )

    def as_json(self) -> dict[str, str]:
        """The finding as drift.json spells it."""
        return {
            "source": self.source,
            "operation": self.operation,
            "severity": self.severity,
            "check": self.check,
            "message": self.message,
            "status": self.status,
        }


@dataclass
class Section:
    """What one source's section did: `complete` is False when it could not look at everything."""

    source: Source
    ran: bool = False
    complete: bool = False
    notes: list[str] = field(default_factory=list)


@dataclass
class Report:
    """Everything the renderers need; secrets are removed by the renderers, not here."""

    findings: list[Finding]
    sections: dict[Source, Section]
    target: str = ""
    upstream: str = ""
    operations: list[str] = field(default_factory=list)
    corrections: dict[str, list[str]] = field(default_factory=dict)

    def sorted_findings(self) -> list[Finding]:
        """Findings in report order."""
        return sorted(self.findings, key=Finding.sort_key)

    def count(self, status: Status, source: Source | None = None) -> int:
        """How many findings have a status (optionally from one source)."""
        return sum(1 for f in self.findings if f.status == status and (source is None or f.source == source))

    @property
    def exit_code(self) -> int:
        """2 when a section did not run, else 1 when something new was found, else 0 (the process's)."""
        if not all(section.ran for section in self.sections.values()):
            return EXIT_COULD_NOT_RUN
        return EXIT_NEW_FINDINGS if self.count("new") else EXIT_OK

    def summary(self) -> dict[str, Any]:
        """Counts by status, source and severity, and how each section went."""
        by_source: dict[str, dict[str, int]] = {
            source: {status: self.count(status, source) for status in STATUSES} for source in SOURCES
        }
        severities = Counter(f.severity for f in self.findings if f.status != "fixed")
        return {
            **{status: self.count(status) for status in STATUSES},
            "by_source": by_source,
            "by_severity": {severity: severities.get(severity, 0) for severity in SEVERITIES},
            "sections": {
                source: {"ran": section.ran, "complete": section.complete, "notes": list(section.notes)}
                for source, section in self.sections.items()
            },
            "corrections": {name: list(values) for name, values in sorted(self.corrections.items())},
            "target": self.target,
            "upstream": self.upstream,
            "exit_code": self.exit_code,
        }
