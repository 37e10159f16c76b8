"""The report model: the sections' outcome and the run's findings (`ingram_contract.findings.Finding`)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Final

from ingram_contract.findings import (
    DOCUMENT,
    SEVERITIES,
    SOURCES,
    STATUSES,
    Finding,
    Severity,
    Source,
    Status,
    stable_text,
)

__all__ = [
    "DOCUMENT",
    "EXIT_COULD_NOT_RUN",
    "EXIT_NEW_FINDINGS",
    "EXIT_OK",
    "SEVERITIES",
    "SOURCES",
    "STATUSES",
    "Finding",
    "Report",
    "Section",
    "Severity",
    "Source",
    "Status",
    "stable_text",
]

EXIT_OK: Final = 0
EXIT_NEW_FINDINGS: Final = 1
EXIT_COULD_NOT_RUN: Final = 2


@dataclass
class Section:
    """What one source's section did: `complete` is False when it could not look at everything."""

    source: Source
    ran: bool = False
    complete: bool = False
    notes: list[str] = field(default_factory=list)
    # What the run cost the server (checks.polite counters: sent, throttled, retried, reported, waited).
    traffic: dict[str, float] = field(default_factory=dict)


@dataclass
class Report:
    """Everything the renderers need; secrets are removed by the renderers, not here."""

    findings: list[Finding]
    sections: dict[Source, Section]
    target: str = ""
    upstream: str = ""
    operations: list[str] = field(default_factory=list)
    corrections: dict[str, list[str]] = field(default_factory=dict)
    # Known findings' first-seen dates (finding key → ISO date), from the baseline.
    known_since: dict[str, str] = field(default_factory=dict)

    def sorted_findings(self) -> list[Finding]:
        """Findings in report order."""
        return sorted(self.findings, key=Finding.sort_key)

    def count(self, status: Status | str, source: Source | str | None = None) -> int:
        """How many findings have a status (optionally from one source)."""
        return sum(1 for f in self.findings if f.status == status and (source is None or f.source == source))

    @property
    def exit_code(self) -> int:
        """2 when a section did not run, else 1 when something new was found, else 0 (the process's)."""
        if not all(section.ran for section in self.sections.values()):
            return EXIT_COULD_NOT_RUN
        return EXIT_NEW_FINDINGS if self.count(Status.NEW) else EXIT_OK

    def summary(self) -> dict[str, Any]:
        """Counts by status, source and severity, and how each section went."""
        by_source: dict[str, dict[str, int]] = {
            str(source): {str(status): self.count(status, source) for status in STATUSES}
            for source in SOURCES
        }
        severities = Counter(f.severity for f in self.findings if f.status != Status.FIXED)
        return {
            **{str(status): self.count(status) for status in STATUSES},
            "by_source": by_source,
            "by_severity": {str(severity): severities.get(severity, 0) for severity in SEVERITIES},
            "sections": {
                str(source): {
                    "ran": section.ran,
                    "complete": section.complete,
                    "notes": list(section.notes),
                    **({"traffic": dict(section.traffic)} if section.traffic else {}),
                }
                for source, section in self.sections.items()
            },
            "corrections": {name: list(values) for name, values in sorted(self.corrections.items())},
            "target": self.target,
            "upstream": self.upstream,
            "exit_code": self.exit_code,
        }
