"""Which corrections the server still needs: the probe's answers judged against the raw upstream cut,
then against the cut with the corrections applied one by one.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from jsonschema import Draft4Validator

from ingram_contract.drift.probe import Answer
from ingram_contract.spec.corrections import apply_applicable
from ingram_contract.spec.operations import ContractIndex, to_json_schema
from ingram_contract.spec.overlay import Action, apply_action, matches


def _validator(contract: ContractIndex, answer: Answer) -> Draft4Validator | None:
    method, _, path = answer.operation.partition(" ")
    operation = contract.find(method, path)
    schema = operation.response_schema(answer.status) if operation and answer.status else None
    return Draft4Validator(to_json_schema(schema)) if schema else None


def _rejections(document: dict[str, Any], answers: list[Answer]) -> dict[int, str]:
    """For each answer (by position) whose payload the document's response schema rejects: why."""
    contract = ContractIndex(document, "drift")
    rejected: dict[int, str] = {}
    for position, answer in enumerate(answers):
        validator = _validator(contract, answer) if answer.payload is not None else None
        error = next(iter(validator.iter_errors(answer.payload)), None) if validator else None
        if error is not None:
            where = "/".join(str(part) for part in error.absolute_path) or "(root)"
            rejected[position] = (
                f"{answer.operation}: {where}: expected {error.validator} {error.validator_value!r}"[:200]
            )
    return rejected


@dataclass
class CorrectionsUse:
    """Which corrections the server's answers still need, with evidence, against the upstream cut."""

    needed: dict[int, str] = field(default_factory=dict)
    raw_rejections: list[str] = field(default_factory=list)


def corrections_needed(cut: dict[str, Any], actions: list[Action], answers: list[Answer]) -> CorrectionsUse:
    """Which corrections the server's answers still need.

    The answers the corrected contract accepts are validated against the raw upstream cut, then against
    the cut with the corrections applied one by one, in file order: the correction after which an answer
    stops being rejected is one the server still needs. (Leaving one correction out at a time would miss
    a remove + redefine pair, where each half alone makes the answer pass.)"""
    use = CorrectionsUse()
    answered = [a for a in answers if a.payload is not None and a.status is not None]
    if not answered:
        return use
    full, _ = apply_applicable(cut, actions)
    full_rejected = _rejections(full, answered)
    accepted = [a for position, a in enumerate(answered) if position not in full_rejected]
    pending = _rejections(cut, accepted)
    use.raw_rejections = list(pending.values())
    document = copy.deepcopy(cut)
    for action in actions:
        if not pending:
            break
        if not matches(document, action.target):
            continue
        apply_action(document, action)
        # Example-only corrections cannot change how an answer validates.
        if ".examples[" in action.target or ".requestBody" in action.target:
            continue
        still = _rejections(document, [accepted[position] for position in pending])
        remaining = {position: pending[position] for index, position in enumerate(pending) if index in still}
        for position in pending.keys() - remaining.keys():
            use.needed.setdefault(action.index, pending[position])
        pending = remaining
    return use
