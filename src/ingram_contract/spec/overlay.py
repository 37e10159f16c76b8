"""Apply an OpenAPI Overlay 1.0 document (spec/corrections.yaml) to the cut.

JSONPath targets are resolved by python-jsonpath in strict RFC 9535 mode (the query language Overlay
1.0 names). The applier itself is small and ours: the one Python overlay package on PyPI (oas-patch)
skips an action whose target matches nothing and uses a non-RFC JSONPath dialect, and a correction
whose target vanished upstream must fail loudly here, never silently stop applying.

Semantics (Overlay 1.0): `remove: true` deletes every matched node; `update` is merged into every
matched node: objects merge recursively, an array inside the update is concatenated to the array it
meets, any other value replaces, and a matched array gets the update appended as one entry. Actions
apply in order.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

import jsonpath

from ingram_contract.spec.errors import SpecError

_JSONPATH = jsonpath.JSONPathEnvironment(strict=True)


class OverlayError(SpecError):
    """The overlay is malformed, or one of its actions no longer fits the document."""


@dataclass(frozen=True)
class Action:
    """One overlay action: a target, why it exists, and what it does there."""

    index: int
    target: str
    description: str
    update: Any = None
    remove: bool = False

    @property
    def label(self) -> str:
        return f"action {self.index + 1} ({self.target})"


def parse_overlay(overlay: dict[str, Any], *, source: str = "overlay") -> list[Action]:
    """Check an overlay's shape and return its actions; every action must say why it exists."""
    if not str(overlay.get("overlay", "")).startswith("1."):
        raise OverlayError(f"{source} is not an Overlay 1.x document (no `overlay: 1.0.0`)")
    info = overlay.get("info")
    if not isinstance(info, dict) or not info.get("title") or not info.get("version"):
        raise OverlayError(f"{source}: `info` needs a title and a version")
    raw_actions = overlay.get("actions")
    if not isinstance(raw_actions, list) or not raw_actions:
        raise OverlayError(f"{source}: `actions` must be a non-empty list")
    actions = []
    for index, raw in enumerate(raw_actions):
        if not isinstance(raw, dict) or not isinstance(raw.get("target"), str):
            raise OverlayError(f"{source}: action {index + 1} has no target")
        if not str(raw.get("description", "")).strip():
            raise OverlayError(f"{source}: action {index + 1} ({raw['target']}) has no description")
        remove = raw.get("remove", False) is True
        if remove == ("update" in raw):
            raise OverlayError(
                f"{source}: action {index + 1} ({raw['target']}) needs exactly one of update/remove"
            )
        try:
            _JSONPATH.compile(raw["target"])
        except jsonpath.JSONPathError as exc:
            raise OverlayError(f"{source}: action {index + 1} target is not valid JSONPath: {exc}") from None
        actions.append(Action(index, raw["target"], raw["description"], raw.get("update"), remove))
    return actions


def _merge(target: Any, update: Any, *, nested: bool = False) -> Any:
    if isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            target[key] = _merge(target[key], value, nested=True) if key in target else copy.deepcopy(value)
        return target
    if isinstance(target, list):
        # A matched array gets the update as one entry; an array inside an update is concatenated.
        if nested and isinstance(update, list):
            target.extend(copy.deepcopy(update))
        else:
            target.append(copy.deepcopy(update))
        return target
    return copy.deepcopy(update)


def _container(document: Any, parts: tuple[Any, ...]) -> Any:
    node = document
    for part in parts:
        node = node[part]
    return node


def matches(document: dict[str, Any], target: str) -> list[tuple[Any, ...]]:
    """The locations (key paths) a target selects in a document."""
    return [tuple(match.parts) for match in _JSONPATH.finditer(target, document)]


def apply_action(document: dict[str, Any], action: Action) -> None:
    """Apply one action in place; an action that selects nothing is an error."""
    locations = matches(document, action.target)
    if not locations:
        raise OverlayError(f"{action.label} matches nothing: upstream changed; review the correction")
    if action.remove:
        # Delete from the end so list indices of later matches stay valid.
        for parts in sorted(
            locations, key=lambda p: [str(x).zfill(8) if isinstance(x, int) else x for x in p], reverse=True
        ):
            if not parts:
                raise OverlayError(f"{action.label} would remove the whole document")
            del _container(document, parts[:-1])[parts[-1]]
        return
    for parts in locations:
        if not parts:
            _merge(document, action.update)
            continue
        parent = _container(document, parts[:-1])
        parent[parts[-1]] = _merge(parent[parts[-1]], action.update)


def apply_overlay(
    document: dict[str, Any], overlay: dict[str, Any], *, source: str = "overlay"
) -> dict[str, Any]:
    """A corrected copy of the document; the input is left untouched."""
    result = copy.deepcopy(document)
    for action in parse_overlay(overlay, source=source):
        apply_action(result, action)
    return result
