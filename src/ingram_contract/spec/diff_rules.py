"""The schema rules of the spec diff: how one JSON Schema (OpenAPI 3.0 flavour) changed, for a client.

A schema is compared in one of two directions. `SENT` is data the client builds and sends (request
bodies, parameters): there a change breaks the client when the server accepts *less* than before.
`RECEIVED` is data the client parses (response bodies, the order-status webhook's payload): there a
change breaks the client when the server may send *more* or *other* than before.

Results are relative to the compared root (a path of property names, `[]` for array items) so the
comparison of two `$ref` targets is computed once and reused wherever the pair appears again.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from enum import Enum
from typing import Any

from ingram_contract.spec.refs import RefResolver

# Lowest name similarity (difflib ratio, case-insensitive) for a removed+added pair to count as a rename.
RENAME_SIMILARITY = 0.75

# Changes to a number's type that accept strictly more values (integer ⊂ number).
_WIDER_TYPE = {("integer", "number")}


class Direction(Enum):
    """Who produces the data a schema describes, seen from the client of the API."""

    SENT = "sent"
    RECEIVED = "received"


@dataclass(frozen=True)
class SchemaChange:
    """One change inside a schema, relative to the compared root."""

    path: tuple[str, ...]
    breaking: bool
    rule: str
    message: str


def render_path(path: tuple[str, ...]) -> str:
    """`("lines", "[]", "quantity")` → `lines[].quantity`."""
    text = ""
    for segment in path:
        text += segment if segment == "[]" or not text else f".{segment}"
    return text


def effective_type(schema: dict[str, Any]) -> str | None:
    """The declared type, or the one implied by `properties`/`items` (the vendor often omits it)."""
    declared = schema.get("type")
    if isinstance(declared, str):
        return declared
    if "properties" in schema:
        return "object"
    if "items" in schema:
        return "array"
    return None


class SchemaComparer:
    """Compares schemas of an old and a new document, memoised on the pair of schema objects.

    The memo key is the identity of the two resolved schema dicts: a shared component referenced from
    twenty places is compared once. A pair met again while it is being compared (a recursive schema)
    contributes nothing the second time: its changes are reported where the recursion started.
    """

    def __init__(self, old: RefResolver, new: RefResolver) -> None:
        """Bind the two documents' resolvers."""
        self._old = old
        self._new = new
        self._memo: dict[tuple[int, int, Direction], tuple[SchemaChange, ...]] = {}
        self._active: set[tuple[int, int, Direction]] = set()

    def compare(self, old: Any, new: Any, direction: Direction) -> tuple[SchemaChange, ...]:
        """Every change from `old` to `new`, relative to these roots."""
        old = self._old.resolve(old)
        new = self._new.resolve(new)
        if not isinstance(old, dict) or not isinstance(new, dict):
            return ()
        key = (id(old), id(new), direction)
        if key in self._memo:
            return self._memo[key]
        if key in self._active:
            return ()
        self._active.add(key)
        try:
            result = tuple(self._compare(old, new, direction))
        finally:
            self._active.discard(key)
        self._memo[key] = result
        return result

    def _compare(self, old: dict[str, Any], new: dict[str, Any], direction: Direction) -> list[SchemaChange]:
        out: list[SchemaChange] = []
        sent = direction is Direction.SENT
        old_type, new_type = effective_type(old), effective_type(new)
        if old_type != new_type:
            if old_type and new_type:
                breaking = (old_type, new_type) not in _WIDER_TYPE if sent else True
                out.append(
                    SchemaChange((), breaking, "type-changed", f"type changed from {old_type} to {new_type}")
                )
                return out  # the subtree is no longer comparable
            if new_type:
                out.append(
                    SchemaChange((), sent, "type-added", f"type constrained to {new_type} (was untyped)")
                )
            else:
                out.append(
                    SchemaChange(
                        (),
                        not sent,
                        "type-removed",
                        f"type {old_type} removed: any JSON value is now allowed",
                    )
                )
        elif old.get("type") != new.get("type") and new_type:
            out.append(SchemaChange((), False, "type-explicit", f"type {new_type} made explicit"))
        out.extend(_format_change(old, new, sent))
        out.extend(_nullable_change(old, new, sent))
        out.extend(_enum_change(old, new, sent))
        out.extend(_length_changes(old, new, sent))
        out.extend(self._property_changes(old, new, direction))
        if "items" in old and "items" in new:
            out.extend(_prefixed("[]", self.compare(old["items"], new["items"], direction)))
        return out

    def _property_changes(
        self, old: dict[str, Any], new: dict[str, Any], direction: Direction
    ) -> list[SchemaChange]:
        sent = direction is Direction.SENT
        old_props: dict[str, Any] = old.get("properties") or {}
        new_props: dict[str, Any] = new.get("properties") or {}
        old_required = set(old.get("required") or ())
        new_required = set(new.get("required") or ())
        removed = [name for name in old_props if name not in new_props]
        added = [name for name in new_props if name not in old_props]
        renames = self._pair_renames(removed, added, old_props, new_props)
        renamed_from = {new_name: old_name for old_name, new_name in renames}
        out: list[SchemaChange] = []
        for old_name, new_name in renames:
            shape = _shape_text(self._new.resolve(new_props[new_name]), self._new)
            why = (
                "the server now reads the new name; a value sent under the old one is lost"
                if sent
                else ("clients reading the old name get nothing")
            )
            out.append(
                SchemaChange(
                    (new_name,),
                    True,
                    "property-renamed",
                    f"property `{old_name}` renamed to `{new_name}` ({shape}): {why}",
                )
            )
            out.extend(_prefixed(new_name, self.compare(old_props[old_name], new_props[new_name], direction)))
        for name in removed:
            if name in {old_name for old_name, _ in renames}:
                continue
            if not sent:
                out.append(
                    SchemaChange(
                        (name,),
                        True,
                        "property-removed",
                        f"property `{name}` removed: clients reading it break",
                    )
                )
            elif new.get("additionalProperties") is False:
                out.append(
                    SchemaChange(
                        (name,),
                        True,
                        "property-removed",
                        f"property `{name}` removed and unknown properties are refused",
                    )
                )
            else:
                out.append(
                    SchemaChange(
                        (name,),
                        False,
                        "property-removed",
                        f"property `{name}` no longer documented: still accepted on the wire (no "
                        "additionalProperties: false), but a regenerated client drops the field",
                    )
                )
        for name in added:
            if name in renamed_from:
                continue
            if sent and name in new_required:
                out.append(
                    SchemaChange(
                        (name,), True, "required-property-added", f"property `{name}` added as required"
                    )
                )
            else:
                out.append(
                    SchemaChange(
                        (name,),
                        False,
                        "property-added",
                        f"property `{name}` added (optional)" if sent else f"property `{name}` added",
                    )
                )
        for name in old_props:
            if name not in new_props:
                continue
            was, now = name in old_required, name in new_required
            if sent and now and not was:
                out.append(
                    SchemaChange((name,), True, "property-made-required", f"property `{name}` made required")
                )
            elif sent and was and not now:
                out.append(
                    SchemaChange((name,), False, "property-made-optional", f"property `{name}` made optional")
                )
            elif not sent and was and not now:
                out.append(
                    SchemaChange(
                        (name,),
                        True,
                        "property-made-optional",
                        f"property `{name}` no longer required: it may be absent",
                    )
                )
            elif not sent and now and not was:
                out.append(
                    SchemaChange(
                        (name,), False, "property-made-required", f"property `{name}` now always present"
                    )
                )
            out.extend(_prefixed(name, self.compare(old_props[name], new_props[name], direction)))
        return out

    def _pair_renames(
        self, removed: list[str], added: list[str], old_props: dict[str, Any], new_props: dict[str, Any]
    ) -> list[tuple[str, str]]:
        """Pair removed and added properties of one object that are one renamed property.

        Heuristic: same shape (type, format, item type) and names at least RENAME_SIMILARITY alike,
        case-insensitively (`backOrderETAData`→`backOrderETADate`, `dataType`→`dateType`); pairs are
        taken best-first, each name at most once. Unalike names stay a removal plus an addition.
        """
        candidates: list[tuple[float, str, str]] = []
        for old_name in removed:
            old_shape = _shape(self._old.resolve(old_props[old_name]), self._old)
            for new_name in added:
                if _shape(self._new.resolve(new_props[new_name]), self._new) != old_shape:
                    continue
                ratio = difflib.SequenceMatcher(None, old_name.lower(), new_name.lower()).ratio()
                if ratio >= RENAME_SIMILARITY:
                    candidates.append((-ratio, old_name, new_name))
        pairs: list[tuple[str, str]] = []
        used_old: set[str] = set()
        used_new: set[str] = set()
        for _, old_name, new_name in sorted(candidates):
            if old_name not in used_old and new_name not in used_new:
                pairs.append((old_name, new_name))
                used_old.add(old_name)
                used_new.add(new_name)
        return sorted(pairs)


def _shape(schema: Any, resolver: RefResolver) -> tuple[str | None, ...]:
    if not isinstance(schema, dict):
        return (None, None, None)
    items = resolver.resolve(schema.get("items"))
    item_type = effective_type(items) if isinstance(items, dict) else None
    return (effective_type(schema), schema.get("format"), item_type)


def _shape_text(schema: Any, resolver: RefResolver) -> str:
    kind, fmt, item = _shape(schema, resolver)
    text = kind or "untyped"
    if fmt:
        text += f" ({fmt})"
    return text + (f" of {item}" if item else "")


def _prefixed(segment: str, changes: tuple[SchemaChange, ...]) -> list[SchemaChange]:
    return [
        SchemaChange((segment, *change.path), change.breaking, change.rule, change.message)
        for change in changes
    ]


def _format_change(old: dict[str, Any], new: dict[str, Any], sent: bool) -> list[SchemaChange]:
    before, after = old.get("format"), new.get("format")
    if before == after:
        return []
    if before and after:
        return [SchemaChange((), True, "format-changed", f"format changed from {before} to {after}")]
    if before:
        why = "generated clients stop parsing it" if not sent else "any string is accepted now"
        return [SchemaChange((), not sent, "format-removed", f"format {before} dropped: {why}")]
    why = "values must now match it" if sent else "values are narrower"
    return [SchemaChange((), sent, "format-added", f"format {after} added: {why}")]


def _nullable_change(old: dict[str, Any], new: dict[str, Any], sent: bool) -> list[SchemaChange]:
    before, after = bool(old.get("nullable")), bool(new.get("nullable"))
    if before == after:
        return []
    if after:
        message = "made nullable: clients must handle null" if not sent else "made nullable"
        return [SchemaChange((), not sent, "nullable-added", message)]
    message = "no longer nullable: null is refused" if sent else "no longer nullable"
    return [SchemaChange((), sent, "nullable-removed", message)]


def _enum_change(old: dict[str, Any], new: dict[str, Any], sent: bool) -> list[SchemaChange]:
    before, after = old.get("enum"), new.get("enum")
    if before == after:
        return []
    if before is None:
        return [SchemaChange((), sent, "enum-added", f"restricted to enum {_values(after)}")]
    if after is None:
        return [
            SchemaChange((), not sent, "enum-removed", f"enum {_values(before)} lifted: any value allowed")
        ]
    out: list[SchemaChange] = []
    gone = [value for value in before if value not in after]
    new_values = [value for value in after if value not in before]
    if gone:
        out.append(SchemaChange((), sent, "enum-values-removed", f"enum values removed: {_values(gone)}"))
    if new_values:
        out.append(
            SchemaChange((), not sent, "enum-values-added", f"enum values added: {_values(new_values)}")
        )
    return out


def _values(values: Any) -> str:
    return ", ".join(sorted(repr(value) for value in values)) if isinstance(values, list) else repr(values)


def _length_changes(old: dict[str, Any], new: dict[str, Any], sent: bool) -> list[SchemaChange]:
    out: list[SchemaChange] = []
    for keyword, sign in (("maxLength", -1), ("minLength", 1)):
        before, after = old.get(keyword), new.get(keyword)
        if before == after:
            continue
        if after is None:
            out.append(SchemaChange((), False, f"{keyword}-changed", f"{keyword} {before} removed"))
            continue
        tightened = before is None or (after - before) * sign > 0
        text = f"{keyword} {after} added" if before is None else f"{keyword} changed from {before} to {after}"
        out.append(
            SchemaChange(
                (), sent and tightened, f"{keyword}-changed", text + (" (tightened)" if tightened else "")
            )
        )
    return out
