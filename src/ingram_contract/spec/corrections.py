"""Corrections against a document they may no longer fit: apply those that still match, find redundant ones.

A correction is *redundant* when leaving it out changes nothing in the corrected result: upstream now
says what the correction says. Tested by leaving actions out one at a time, keeping those already found
redundant out, so a remove + update pair that upstream fixed together is found redundant as a pair. The
drift run and the proposed update (`spec.propose`) both use these.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

from ingram_contract.spec.overlay import Action, apply_action, matches


def apply_applicable(
    document: dict[str, Any], actions: Iterable[Action]
) -> tuple[dict[str, Any], list[Action]]:
    """A corrected copy; actions whose target matches nothing are skipped and returned."""
    result = copy.deepcopy(document)
    skipped = []
    for action in actions:
        if matches(result, action.target):
            apply_action(result, action)
        else:
            skipped.append(action)
    return result, skipped


def redundant_actions(cut: dict[str, Any], actions: list[Action]) -> list[Action]:
    """The actions whose absence leaves the corrected document unchanged (see the module docstring)."""
    full, _ = apply_applicable(cut, actions)
    redundant: list[Action] = []
    for action in actions:
        kept = [a for a in actions if a is not action and a not in redundant]
        without, _ = apply_applicable(cut, kept)
        if without == full:
            redundant.append(action)
    return redundant
