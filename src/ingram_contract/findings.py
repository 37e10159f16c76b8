"""The one findings model of the project: what the spec diff, the conformance checks and the drift run report.

- `Severity`, `Source`, `Status`: the one vocabulary of each (string enums, so JSON and comparisons with
  plain strings keep working).
- `FindingKey`: what makes two findings the same (a frozen dataclass; `str(key)` is its one text form,
  stored in the drift baseline and parsed back by `drift.baseline`). Every dedupe goes through it.
- `Finding`: one disagreement on one operation, with the `Evidence` of every check that saw it.
- `check_name`: the one check-name style, lower-case words joined by hyphens (`response-field-type`);
  schemathesis' own names (`status_code_conformance`) are converted once, here.

Standard library only: every layer may import it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, Final


class Severity(StrEnum):
    """How much a finding matters to a client: `error` breaks it, `warning` may, `info` does not."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Source(StrEnum):
    """Where a finding comes from: the vendor's document, a server's answers, the generated client."""

    UPSTREAM = "upstream"
    SERVER = "server"
    CLIENT = "client"


class Status(StrEnum):
    """A finding against the drift baseline: not in it, accepted in it, in it but no longer seen."""

    NEW = "new"
    KNOWN = "known"
    FIXED = "fixed"


SEVERITIES: Final = tuple(Severity)
SOURCES: Final = tuple(Source)
STATUSES: Final = tuple(Status)
# The document a response was judged against when nothing else is said: the corrected contract.
CONTRACT_DOCUMENT: Final = "contract"
# Operation label of a finding about a whole document or the whole client.
DOCUMENT: Final = "-"

_CHECK_NAME: Final = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_VOLATILE: Final = re.compile(r"\b[0-9a-f]{16,}\b|\b\d{2}-[A-Z0-9]{5,}\b|\b\d+(?:\.\d+)?\s*(?:ms|s)\b")


def check_name(name: str) -> str:
    """A check name in the project's one style: `status_code_conformance` → `status-code-conformance`."""
    converted = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    if not converted:
        raise ValueError(f"not a check name: {name!r}")
    return converted


def stable_text(text: str) -> str:
    """A message with hashes, order numbers and timings blanked: the part that identifies a finding."""
    return _VOLATILE.sub("…", text).strip()


@dataclass(frozen=True, order=True)
class FindingKey:
    """What identifies a finding across cases and runs.

    `detail` is the stable part of what went wrong (a status code, a schema path, a field), never a value
    of the case that showed it; `document` is what the answer was judged against.
    """

    source: Source
    operation: str
    check: str
    detail: str = ""
    document: str = CONTRACT_DOCUMENT

    def __post_init__(self) -> None:
        if not _CHECK_NAME.match(self.check):
            raise ValueError(f"check names are lower-case words joined by hyphens, got {self.check!r}")

    def __str__(self) -> str:
        """`source|operation|check|detail`, with `|document` after the source when it is not the contract."""
        where = (self.source,) if self.document == CONTRACT_DOCUMENT else (self.source, self.document)
        return "|".join((*where, self.operation, self.check, self.detail))

    @property
    def digest(self) -> str:
        """12 hex characters of the key, for ids in reports and JUnit."""
        return hashlib.sha256(str(self).encode()).hexdigest()[:12]


@dataclass(frozen=True)
class Evidence:
    """What one check saw of a finding: its own words and a reproduction (a redacted curl command)."""

    check: str
    message: str
    reproduction: str = ""


@dataclass(frozen=True)
class Finding:
    """One way a server, a document or the client disagrees with the contract, on one operation.

    `message` is for people and may name the values of the case that showed it; `detail` is what the key
    keeps. `evidence` lists every check that saw the same drift (the first is the finding's own).
    """

    operation: str
    check: str
    message: str
    severity: Severity = Severity.ERROR
    source: Source = Source.SERVER
    detail: str = ""
    reproduction: str = ""
    document: str = CONTRACT_DOCUMENT
    status_code: int | None = None
    status: Status = Status.NEW
    evidence: tuple[Evidence, ...] = ()
    # How many cases showed this finding before deduplication.
    occurrences: int = field(default=1, compare=False)

    def __post_init__(self) -> None:
        if not _CHECK_NAME.match(self.check):
            raise ValueError(f"check names are lower-case words joined by hyphens, got {self.check!r}")
        object.__setattr__(self, "severity", Severity(self.severity))
        object.__setattr__(self, "source", Source(self.source))
        object.__setattr__(self, "status", Status(self.status))
        if not self.evidence:
            own = Evidence(self.check, self.message, self.reproduction)
            object.__setattr__(self, "evidence", (own,))

    @property
    def key(self) -> FindingKey:
        """The dedupe key: the detail when the check gives one, else the message without volatile parts."""
        detail = self.detail or stable_text(self.message)
        return FindingKey(self.source, self.operation, self.check, detail, self.document)

    @property
    def checks(self) -> tuple[str, ...]:
        """Every check that saw this finding, in the order they reported it."""
        return tuple(dict.fromkeys(item.check for item in self.evidence))

    def with_status(self, status: Status | str) -> Finding:
        """The same finding with its baseline status set."""
        return replace(self, status=Status(status))

    def with_evidence(self, *more: Evidence) -> Finding:
        """The same finding with the evidence of checks not yet among its evidence (one item per check)."""
        seen = {item.check for item in self.evidence}
        added: list[Evidence] = []
        for item in more:
            if item.check not in seen:
                seen.add(item.check)
                added.append(item)
        return replace(self, evidence=(*self.evidence, *added)) if added else self

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

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping, with the key in its text form."""
        return {
            "key": str(self.key),
            "source": str(self.source),
            "operation": self.operation,
            "severity": str(self.severity),
            "check": self.check,
            "message": self.message,
            "detail": self.detail,
            "document": self.document,
            "status": str(self.status),
            "status_code": self.status_code,
            "occurrences": self.occurrences,
            "reproduction": self.reproduction,
            "evidence": [
                {"check": item.check, "message": item.message, "reproduction": item.reproduction}
                for item in self.evidence
            ],
        }

    def __str__(self) -> str:
        where = f"{self.operation} [{self.check}]"
        if self.document != CONTRACT_DOCUMENT:
            where += f" (against {self.document})"
        return f"{where}: {self.message}"


def dedupe(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per key, the first one seen, with the occurrences added up and every check's evidence."""
    first: dict[FindingKey, Finding] = {}
    counts: dict[FindingKey, int] = {}
    for finding in findings:
        key = finding.key
        counts[key] = counts.get(key, 0) + finding.occurrences
        kept = first.setdefault(key, finding)
        if kept is not finding:
            first[key] = kept.with_evidence(*finding.evidence)
    return [replace(finding, occurrences=counts[key]) for key, finding in first.items()]


def summarise(findings: Iterable[Finding]) -> str:
    """A multi-line text listing each finding once (for assertion messages and logs)."""
    lines = []
    for finding in dedupe(findings):
        lines.append(f"- {finding}")
        if finding.reproduction:
            lines.append(f"    {finding.reproduction}")
    return "\n".join(lines)
