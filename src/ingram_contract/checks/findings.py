"""The one result type of every conformance check: a `Finding`, with a key that says when two are the same."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning"]

# The document a response was judged against when nothing else is said: the corrected contract.
CONTRACT_DOCUMENT = "contract"


@dataclass(frozen=True)
class Finding:
    """One way a server (or a client) disagrees with a document, on one operation.

    `detail` is the stable part of what went wrong (schemathesis' own dedupe key for its checks: a status
    code, a schema path, a media type), so the same defect seen on a hundred generated cases is one finding;
    `message` is for people and may name the values of the case that showed it.
    """

    operation: str
    check: str
    message: str
    reproduction: str = ""
    document: str = CONTRACT_DOCUMENT
    detail: str = ""
    status_code: int | None = None
    severity: Severity = "error"
    # How many cases showed this finding before deduplication.
    occurrences: int = field(default=1, compare=False)

    @property
    def key(self) -> str:
        """The dedupe key: document, operation, check and the stable detail."""
        return f"{self.document}|{self.operation}|{self.check}|{self.detail}"

    @property
    def short_key(self) -> str:
        """A 12-hex digest of `key`, for ids in reports and JUnit."""
        return hashlib.sha256(self.key.encode()).hexdigest()[:12]

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping (with the key), for the drift report and artefacts."""
        data = asdict(self)
        data["key"] = self.key
        return data

    def __str__(self) -> str:
        where = f"{self.operation} [{self.check}]"
        if self.document != CONTRACT_DOCUMENT:
            where += f" (against {self.document})"
        return f"{where}: {self.message}"


def dedupe(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per key, the first one seen, with the number of occurrences; order is kept."""
    first: dict[str, Finding] = {}
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding.key] = counts.get(finding.key, 0) + finding.occurrences
        first.setdefault(finding.key, finding)
    return [
        Finding(**{**{k: getattr(f, k) for k in f.__dataclass_fields__}, "occurrences": counts[key]})
        for key, f in first.items()
    ]


def summarise(findings: Iterable[Finding]) -> str:
    """A multi-line text listing each finding once (for assertion messages and logs)."""
    lines = []
    for finding in dedupe(findings):
        lines.append(f"- {finding}")
        if finding.reproduction:
            lines.append(f"    {finding.reproduction}")
    return "\n".join(lines)
