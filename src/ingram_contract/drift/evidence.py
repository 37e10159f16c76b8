"""One drift, one finding: the probe's field findings and the schema check's findings about the same field
of the same operation become one finding with both checks as evidence.

A field that changes type is seen twice: by the shape probe (`response-field-type`, which names the field)
and by schemathesis (`response-schema-conformance`, which names the schema path). The report keeps the
probe's finding, with the schema check's message and reproduction as further evidence.
"""

from __future__ import annotations

import re
from typing import Final

from ingram_contract.findings import CONTRACT_DOCUMENT, Finding

FIELD_CHECKS: Final = frozenset({"response-field-type", "response-field-missing", "response-field-renamed"})
SCHEMA_CHECK: Final = "response-schema-conformance"
_SCHEMA_STEP: Final = re.compile(r"properties/([^/]+)|items")


def schema_field(schema_path: str) -> str:
    """The field a schema path points into, in the probe's spelling: `lines[].x` for
    `properties/lines/items/properties/x/type` (the trailing keyword is dropped)."""
    field = ""
    for match in _SCHEMA_STEP.finditer(schema_path):
        if match.group(1) is not None:
            field = f"{field}.{match.group(1)}" if field else match.group(1)
        else:
            field += "[]"
    return field


def probe_field(finding: Finding) -> str:
    """The field a probe finding is about (`a.b=kind` and `old→new` details name it first)."""
    return re.split(r"[=→]", finding.detail, maxsplit=1)[0]


def _related(one: str, other: str) -> bool:
    return bool(one and other) and (
        one == other or other.startswith((one + ".", one + "[")) or one.startswith((other + ".", other + "["))
    )


def merge_same_drift(findings: list[Finding]) -> list[Finding]:
    """The findings with each schema-check finding folded into the probe finding about the same field."""
    probes = [f for f in findings if f.check in FIELD_CHECKS]
    merged: dict[int, Finding] = {id(f): f for f in probes}
    kept: list[Finding] = []
    for finding in findings:
        if finding.check == SCHEMA_CHECK and finding.document == CONTRACT_DOCUMENT:
            field = schema_field(finding.detail)
            twin = next(
                (p for p in probes if p.operation == finding.operation and _related(probe_field(p), field)),
                None,
            )
            if twin is not None:
                merged[id(twin)] = merged[id(twin)].with_evidence(*finding.evidence)
                continue
        kept.append(finding)
    return [merged.get(id(f), f) for f in kept]
