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
from enum import Enum
from typing import Any

from ingram_contract.spec import diff_keywords as keywords
from ingram_contract.spec.diff_keywords import SchemaChange
from ingram_contract.spec.refs import RefResolver

__all__ = ["Direction", "SchemaChange", "SchemaComparer", "effective_type", "render_path"]

# Lowest name similarity (difflib ratio, case-insensitive) for a removed+added pair to count as a rename.
RENAME_SIMILARITY = 0.75

# Changes to a number's type that accept strictly more values (integer ⊂ number).
_WIDER_TYPE = {("integer", "number")}


class Direction(Enum):
    """Who produces the data a schema describes, seen from the client of the API."""

    SENT = "sent"
    RECEIVED = "received"


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
        # id(schema) → (schema, flattened): holding the schema keeps its id from being reused.
        self._flat: dict[int, tuple[Any, dict[str, Any]]] = {}

    def compare(self, old: Any, new: Any, direction: Direction) -> tuple[SchemaChange, ...]:
        """Every change from `old` to `new`, relative to these roots."""
        old = self._flatten(self._old.resolve(old), self._old)
        new = self._flatten(self._new.resolve(new), self._new)
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

    def _flatten(self, schema: Any, resolver: RefResolver) -> Any:
        """`allOf` merged into one schema: properties and required united, other keywords kept.

        A `$ref` wrapped in a one-member `allOf` (with a description) becomes that schema again, as the
        generator reads it.
        """
        if not isinstance(schema, dict) or not isinstance(schema.get("allOf"), list):
            return schema
        if id(schema) in self._flat:
            return self._flat[id(schema)][1]
        merged: dict[str, Any] = {key: value for key, value in schema.items() if key != "allOf"}
        for member in schema["allOf"]:
            part = self._flatten(resolver.resolve(member), resolver)
            if not isinstance(part, dict):
                continue
            for key, value in part.items():
                if key == "properties" and isinstance(value, dict):
                    merged["properties"] = {**value, **(merged.get("properties") or {})}
                elif key == "required" and isinstance(value, list):
                    merged["required"] = sorted({*value, *(merged.get("required") or ())})
                elif key not in ("description", "title", "example"):
                    merged.setdefault(key, value)
        self._flat[id(schema)] = (schema, merged)
        return merged

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
        out.extend(keywords.format_change(old, new, sent, new_type or old_type))
        out.extend(keywords.nullable_change(old, new, sent))
        out.extend(keywords.enum_change(old, new, sent))
        out.extend(keywords.bound_changes(old, new, sent))
        out.extend(keywords.pattern_change(old, new, sent))
        out.extend(keywords.default_change(old, new, sent))
        out.extend(keywords.additional_properties_change(old, new, sent))
        out.extend(self._property_changes(old, new, direction))
        if "items" in old and "items" in new:
            out.extend(_prefixed("[]", self.compare(old["items"], new["items"], direction)))
        extra_old, extra_new = old.get("additionalProperties"), new.get("additionalProperties")
        if isinstance(extra_old, dict) and isinstance(extra_new, dict):
            out.extend(_prefixed("{*}", self.compare(extra_old, extra_new, direction)))
        for keyword in ("oneOf", "anyOf"):
            out.extend(self._alternatives(keyword, old.get(keyword), new.get(keyword), direction))
        return out

    def _alternatives(self, keyword: str, old: Any, new: Any, direction: Direction) -> list[SchemaChange]:
        """`oneOf`/`anyOf` members compared by position; more members received or fewer sent breaks."""
        before = old if isinstance(old, list) else []
        after = new if isinstance(new, list) else []
        if not before and not after:
            return []
        sent = direction is Direction.SENT
        out: list[SchemaChange] = []
        for index, (was, now) in enumerate(zip(before, after, strict=False)):
            out.extend(_prefixed(f"{keyword}[{index}]", self.compare(was, now, direction)))
        if len(after) > len(before):
            added = len(after) - len(before)
            why = (
                "the server may send a shape clients do not parse" if not sent else "one more shape accepted"
            )
            out.append(
                SchemaChange((), not sent, f"{keyword}-added", f"{added} {keyword} member(s) added: {why}")
            )
        elif len(after) < len(before):
            removed = len(before) - len(after)
            why = "a shape clients send is refused" if sent else "one shape fewer to parse"
            out.append(
                SchemaChange((), sent, f"{keyword}-removed", f"{removed} {keyword} member(s) removed: {why}")
            )
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
