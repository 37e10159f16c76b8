"""The response-shape baseline: which fields the probe's answers always carry, recorded per kind of target
and compared run after run.

Why a recorded response-shape baseline and not `required` in the contract: presence is an observation,
not a promise. Marking a field required changes the generated client (the field stops being optional and
parsing fails the day the vendor omits it once), which turns a report's concern into a client outage; and
presence depends on the scenario (a shipped order carries shipment details, an open one does not), which
one `required` list per schema cannot express. The baseline records, per operation and fixed scenario,
which fields were in every answer; it is re-recorded in one command (`--record-shapes`) and reviewed as a
diff. The local sandbox and the vendor's sandbox are recorded apart (`target_kind`).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit

from ingram_contract.checks.safety import is_loopback
from ingram_contract.drift.probe import Answer
from ingram_contract.findings import Finding, Severity, Source

SHAPES_FORMAT: Final = 1


def _media_type(content_type: str) -> str:
    return content_type.split(";")[0].strip().lower()


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


@dataclass
class Shape:
    """Which object paths a payload has, and for every key how often it was in its object and as what."""

    objects: Counter[str] = field(default_factory=Counter)
    keys: Counter[str] = field(default_factory=Counter)
    types: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, payload: Any) -> Shape:
        """The shape of one JSON payload: `lines[].shipmentDetails.carrierCode`-style paths."""
        shape = cls()
        shape._walk(payload, "")
        return shape

    def _walk(self, node: Any, path: str) -> None:
        if isinstance(node, dict):
            self.objects[path] += 1
            for key, value in node.items():
                child = f"{path}.{key}" if path else str(key)
                self.keys[child] += 1
                self.types.setdefault(child, _type_name(value))
                self._walk(value, child)
        elif isinstance(node, list):
            for item in node:
                self._walk(item, f"{path}[]")

    def always(self) -> dict[str, str]:
        """Keys present in every object of their parent path, with their type."""
        return {
            key: self.types[key] for key, count in self.keys.items() if count == self.objects[_parent(key)]
        }


def _parent(path: str) -> str:
    head, dot, _ = path.rpartition(".")
    return head if dot else ""


def record_shapes(answers: list[Answer], source: str) -> dict[str, Any]:
    """The shapes of the answers that came back with a JSON payload, per operation."""
    operations: dict[str, Any] = {}
    for answer in answers:
        if answer.status is None or answer.payload is None:
            continue
        shape = Shape.of(answer.payload)
        operations[answer.operation] = {
            "status": answer.status,
            "media_type": _media_type(answer.content_type),
            "objects": sorted(shape.objects),
            "always": dict(sorted(shape.always().items())),
            "sometimes": sorted(set(shape.keys) - set(shape.always())),
        }
    return {"recorded_from": source, "operations": operations}


def target_kind(base_url: str) -> str:
    """`local` for a sandbox on loopback, else `remote`: each kind is compared with its own recording, so
    an offline run against the local sandbox never reports how it differs from the vendor's sandbox."""
    return "local" if is_loopback(urlsplit(base_url).hostname or "") else "remote"


def load_shapes(path: Path, kind: str) -> dict[str, Any] | None:
    """The shapes recorded for a kind of target, or None when none were recorded."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    recorded = (data.get("targets") or {}).get(kind) if isinstance(data, dict) else None
    return recorded if isinstance(recorded, dict) else None


def save_shapes(path: Path, kind: str, recorded: dict[str, Any]) -> None:
    """Replace one kind's recording, keeping the others."""
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    targets = dict(data.get("targets") or {}) if isinstance(data, dict) else {}
    targets[kind] = recorded
    document = {"format": SHAPES_FORMAT, "targets": dict(sorted(targets.items()))}
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _finding(answer: Answer, severity: Severity, check: str, message: str, detail: str) -> Finding:
    return Finding(
        operation=answer.operation,
        check=check,
        message=message,
        severity=severity,
        source=Source.SERVER,
        detail=detail,
        reproduction=answer.curl(),
    )


def probe_findings(answers: list[Answer], shapes: dict[str, Any]) -> list[Finding]:
    """No answer, an answer with another status than recorded, fields no longer sent, renamed, added."""
    recorded_ops: dict[str, Any] = shapes.get("operations") or {}
    findings: list[Finding] = []
    for answer in answers:
        if answer.skipped:
            continue
        if answer.error:
            findings.append(
                _finding(answer, Severity.ERROR, "unreachable", f"no answer: {answer.error}", "unreachable")
            )
            continue
        recorded = recorded_ops.get(answer.operation)
        if recorded is None:
            continue
        if answer.status != recorded["status"]:
            findings.append(
                _finding(
                    answer,
                    Severity.ERROR,
                    "response-status",
                    f"the probe's request was answered {answer.status}, it was answered {recorded['status']} "
                    "when the response shapes were recorded",
                    str(answer.status),
                )
            )
            continue
        media_type = _media_type(answer.content_type)
        if recorded.get("media_type") and media_type != recorded["media_type"]:
            findings.append(
                _finding(
                    answer,
                    Severity.ERROR,
                    "response-content-type",
                    f"answered with content type {media_type or 'none'}, recorded {recorded['media_type']}",
                    media_type,
                )
            )
        if answer.payload is not None:
            findings.extend(_shape_findings(answer, recorded))
    return findings


def _same_kind(before: str, now: str) -> bool:
    """Types that are the same field kind: null stands for "no value", and 232 vs 232.5 is one number."""
    return before == now or "null" in (before, now) or {before, now} == {"integer", "number"}


def _shape_findings(answer: Answer, recorded: dict[str, Any]) -> Iterator[Finding]:
    shape = Shape.of(answer.payload)
    now = shape.always()
    before: dict[str, str] = recorded.get("always") or {}
    seen_before = set(before) | set(recorded.get("sometimes") or [])
    recorded_objects = set(recorded.get("objects") or [])
    # A key can only be missing where its parent object was seen; under an empty array nothing is known.
    missing = [key for key in before if shape.objects[_parent(key)] and key not in now]
    added = [key for key in shape.keys if key not in seen_before and _parent(key) in recorded_objects]
    for old in missing:
        new = next((a for a in added if _parent(a) == _parent(old) and shape.types[a] == before[old]), None)
        if new is not None:
            added.remove(new)
            yield _finding(
                answer,
                Severity.ERROR,
                "response-field-renamed",
                f"`{old}` ({before[old]}) is no longer sent; `{new}` ({shape.types[new]}) is sent instead",
                f"{old}→{new}",
            )
        else:
            yield _finding(
                answer,
                Severity.ERROR,
                "response-field-missing",
                f"`{old}` ({before[old]}) was in every recorded answer and is no longer sent",
                old,
            )
    for key, kind in sorted(now.items()):
        if key in before and not _same_kind(before[key], kind):
            yield _finding(
                answer,
                Severity.ERROR,
                "response-field-type",
                f"`{key}` is sent as {kind}; it was {before[key]} when the shapes were recorded",
                f"{key}={kind}",
            )
    for new in added:
        yield _finding(
            answer,
            Severity.INFO,
            "response-field-added",
            f"`{new}` ({shape.types[new]}) is sent; it was never seen when the shapes were recorded",
            new,
        )
