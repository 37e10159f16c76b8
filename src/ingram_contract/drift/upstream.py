"""The upstream section: what the vendor changed since the contract was vendored, and which of the
corrections upstream has made redundant (or no longer fit).

Both sides of the diff carry the corrections: the contract is `corrections(cut(pinned))`, the other side
is `corrections(cut(SRC))`. So the diff shows what upstream changed, not the corrections themselves, and
it is empty when SRC is the pinned document.

A correction is *redundant* when leaving it out changes nothing in the corrected result: upstream now
says what the correction says. Tested by leaving actions out one at a time, keeping those already found
redundant out, so a remove + update pair that upstream fixed together is found redundant as a pair.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from ingram_contract.drift.model import Section
from ingram_contract.findings import DOCUMENT, Finding, Severity, Source, check_name
from ingram_contract.spec.corrections import apply_applicable, redundant_actions
from ingram_contract.spec.diff import BREAKING, diff_documents
from ingram_contract.spec.errors import SpecError
from ingram_contract.spec.load import load_spec, load_yaml_file
from ingram_contract.spec.overlay import Action, parse_overlay
from ingram_contract.spec.scope import HTTP_METHODS
from ingram_contract.spec.vendor import cut_document

_PATH_TARGET: Final = re.compile(r"^\$\.paths\['(?P<path>[^']+)'\](?:\.(?P<method>[a-z]+))?")
_SCHEMA_TARGET: Final = re.compile(r"^\$\.components\.schemas\.(?P<name>[A-Za-z0-9_-]+)")
_REF: Final = re.compile(r"^#/components/schemas/(?P<name>[^/]+)$")


@dataclass
class UpstreamResult:
    """The section's findings, how it went, and the correction lists for the summary."""

    findings: list[Finding] = field(default_factory=list)
    section: Section = field(default_factory=lambda: Section(Source.UPSTREAM))
    redundant: list[Action] = field(default_factory=list)
    stale: list[Action] = field(default_factory=list)
    # The raw cut of the upstream document and the corrections that apply to it (for the server section).
    cut: dict[str, Any] | None = None
    applicable: list[Action] = field(default_factory=list)


def _schema_refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and (match := _REF.match(value)):
                yield match["name"]
            elif key not in ("example", "examples"):
                yield from _schema_refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _schema_refs(item)


def operations_by_schema(document: dict[str, Any]) -> dict[str, list[str]]:
    """For each component schema, the operations that use it (transitively), as `METHOD /path`."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    users: dict[str, list[str]] = {}
    for path, item in (document.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if not isinstance(operation, dict):
                continue
            pending, seen = list(_schema_refs(operation)), set()
            while pending:
                name = pending.pop()
                if name in seen:
                    continue
                seen.add(name)
                users.setdefault(name, []).append(f"{method.upper()} {path}")
                pending.extend(_schema_refs(schemas.get(name)))
    return users


def action_operations(action: Action, document: dict[str, Any], by_schema: dict[str, list[str]]) -> list[str]:
    """The operations a correction concerns, from its target; empty for document-level targets."""
    if match := _PATH_TARGET.match(action.target):
        item = (document.get("paths") or {}).get(match["path"]) or {}
        methods = (
            [match["method"]] if match["method"] in HTTP_METHODS else [m for m in HTTP_METHODS if m in item]
        )
        return [f"{method.upper()} {match['path']}" for method in methods] or [f"POST {match['path']}"]
    if match := _SCHEMA_TARGET.match(action.target):
        return sorted(by_schema.get(match["name"], []))
    return []


def _first_sentence(text: str) -> str:
    sentence = text.strip().split(". ")[0].rstrip(".")
    return sentence if len(sentence) <= 160 else sentence[:157] + "…"


def _action_finding(
    action: Action, operations: list[str], severity: Severity, check: str, what: str
) -> Finding:
    also = f" (also {', '.join(operations[1:])})" if len(operations) > 1 else ""
    return Finding(
        operation=operations[0] if operations else DOCUMENT,
        check=check,
        message=f"correction {action.label}{also} {what}. It says: {_first_sentence(action.description)}.",
        severity=severity,
        source=Source.UPSTREAM,
        detail=action.target,
    )


def upstream_section(source: str, contract: dict[str, Any], corrections: Path) -> UpstreamResult:
    """Diff the contract against the corrected cut of `source`; find redundant and stale corrections."""
    result = UpstreamResult()
    result.section.ran = True
    try:
        loaded = load_spec(source)
        cut = cut_document(loaded.document)
    except SpecError as exc:
        result.findings.append(
            Finding(
                operation=DOCUMENT,
                check="upstream-unavailable",
                message=f"cannot read upstream: {exc}",
                source=Source.UPSTREAM,
                detail="unavailable",
            )
        )
        return result
    actions = parse_overlay(load_yaml_file(corrections), source=str(corrections))
    corrected, result.stale = apply_applicable(cut, actions)
    for change in diff_documents(contract, corrected).changes:
        result.findings.append(
            Finding(
                operation=change.operation,
                check=check_name(change.rule),
                message=f"{change.location}: {change.message}",
                severity=Severity.ERROR if change.severity == BREAKING else Severity.INFO,
                source=Source.UPSTREAM,
            )
        )
    by_schema = operations_by_schema(contract)
    for action in result.stale:
        result.findings.append(
            _action_finding(
                action,
                action_operations(action, contract, by_schema),
                Severity.WARNING,
                "correction-stale",
                "matches nothing in upstream any more: review it",
            )
        )
    result.cut = cut
    result.applicable = applicable = [a for a in actions if a not in result.stale]
    result.redundant = redundant_actions(cut, applicable)
    for action in result.redundant:
        result.findings.append(
            _action_finding(
                action,
                action_operations(action, contract, by_schema),
                Severity.WARNING,
                "correction-redundant",
                "changes nothing: upstream now says the same; remove it",
            )
        )
    result.section.complete = True
    result.section.notes.append(
        f"{len(actions)} corrections: {len(result.redundant)} redundant, {len(result.stale)} stale"
    )
    return result
