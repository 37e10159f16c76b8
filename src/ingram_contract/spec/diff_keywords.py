"""Keyword rules of the spec diff: one schema keyword (format, enum, bounds, pattern, default…) at a time.

Each rule compares one keyword of an old and a new schema at the same place and returns the changes
relative to that place. `sent` is True for data the client builds (see `diff_rules.Direction`). Where
the generated client is what breaks (a Python type or name), the rule judges by the name or type the
generator would produce: `python_name` and `python_type` mirror openapi-python-client's choices.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class SchemaChange:
    """One change inside a schema, relative to the compared root."""

    path: tuple[str, ...]
    breaking: bool
    rule: str
    message: str


# Formats openapi-python-client turns into their own Python type; any other string format stays `str`.
_STRING_FORMAT_TYPES = {
    "date-time": "datetime.datetime",
    "date": "datetime.date",
    "binary": "File",
    "uuid": "UUID",
}
_PYTHON_TYPES = {"integer": "int", "number": "float", "boolean": "bool", "object": "model", "array": "list"}


def python_type(schema_type: str | None, fmt: Any) -> str:
    """The Python type the generator gives a schema of this type and format."""
    if schema_type == "string":
        return _STRING_FORMAT_TYPES.get(str(fmt), "str")
    return _PYTHON_TYPES.get(str(schema_type), "Any")


def _fallback_snake_case(value: str) -> str:
    words = re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", re.sub(r"[^0-9A-Za-z]+", " ", value))
    return "_".join(words).lower()


def _generator_snake_case() -> Callable[[str], str]:
    try:
        from openapi_python_client.strings import snake_case
    except ImportError:  # the fast path: wire rules without the generator installed
        return _fallback_snake_case
    return snake_case


_snake_case = _generator_snake_case()


def python_name(name: str) -> str:
    """The identifier the generator makes of a JSON name (`OrderNumber` → `order_number`)."""
    return _snake_case(name)


def format_change(
    old: dict[str, Any], new: dict[str, Any], sent: bool, schema_type: str | None
) -> list[SchemaChange]:
    """A format change breaks when the generated Python type changes, else by who produces the data."""
    before, after = old.get("format"), new.get("format")
    if before == after:
        return []
    type_before, type_after = python_type(schema_type, before), python_type(schema_type, after)
    retyped = type_before != type_after
    python = f" (the generated type goes from {type_before} to {type_after})" if retyped else ""
    if before and after:
        breaking = retyped or sent
        return [
            SchemaChange((), breaking, "format-changed", f"format changed from {before} to {after}{python}")
        ]
    if before:
        why = "generated clients stop parsing it" if retyped else "any string is accepted now"
        if not sent and not retyped:
            why = f"the generated type stays {type_after}"
        return [SchemaChange((), retyped, "format-removed", f"format {before} dropped: {why}{python}")]
    if retyped:
        why = "the generated type changes"
    elif schema_type in ("number", "integer") and after in ("float", "double"):
        why = f"the generated type stays {type_after}"
    else:
        why = "values must now match it" if sent else "values are narrower"
    breaking = retyped or (sent and why == "values must now match it")
    return [SchemaChange((), breaking, "format-added", f"format {after} added: {why}{python}")]


def nullable_change(old: dict[str, Any], new: dict[str, Any], sent: bool) -> list[SchemaChange]:
    """Received data made nullable, or sent data no longer nullable, breaks a client."""
    before, after = bool(old.get("nullable")), bool(new.get("nullable"))
    if before == after:
        return []
    if after:
        message = "made nullable: clients must handle null" if not sent else "made nullable"
        return [SchemaChange((), not sent, "nullable-added", message)]
    message = "no longer nullable: null is refused" if sent else "no longer nullable"
    return [SchemaChange((), sent, "nullable-removed", message)]


def enum_change(old: dict[str, Any], new: dict[str, Any], sent: bool) -> list[SchemaChange]:
    """Fewer values accepted from the client, or more values sent to it, break a client."""
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


# keyword → +1 when a larger value accepts less (a lower bound), -1 when a smaller one does (an upper bound).
_BOUNDS = {
    "maxLength": -1,
    "minLength": 1,
    "maximum": -1,
    "minimum": 1,
    "maxItems": -1,
    "minItems": 1,
}


def bound_changes(old: dict[str, Any], new: dict[str, Any], sent: bool) -> list[SchemaChange]:
    """Length, value and item-count bounds: tightened on sent data breaks; received data is not checked."""
    out: list[SchemaChange] = []
    for keyword, sign in _BOUNDS.items():
        before, after = old.get(keyword), new.get(keyword)
        if before == after or not _numbers(before, after):
            continue
        if after is None:
            out.append(SchemaChange((), False, f"{keyword}-changed", f"{keyword} {before} removed"))
            continue
        tightened = before is None or (after - before) * sign > 0
        text = f"{keyword} {after} added" if before is None else f"{keyword} changed from {before} to {after}"
        if tightened and sent:
            text += " (tightened: values the old contract allowed are refused)"
        elif tightened:
            text += " (tightened)"
        out.append(SchemaChange((), sent and tightened, f"{keyword}-changed", text))
    for keyword in ("exclusiveMinimum", "exclusiveMaximum"):
        was, now = bool(old.get(keyword)), bool(new.get(keyword))
        if was != now:
            text = f"{keyword} {'set' if now else 'dropped'}"
            out.append(SchemaChange((), sent and now, f"{keyword}-changed", text))
    return out


def _numbers(*values: Any) -> bool:
    return all(value is None or isinstance(value, int | float) for value in values)


def pattern_change(old: dict[str, Any], new: dict[str, Any], sent: bool) -> list[SchemaChange]:
    """A pattern added or changed on sent data narrows what the server accepts."""
    before, after = old.get("pattern"), new.get("pattern")
    if before == after:
        return []
    if after is None:
        return [SchemaChange((), False, "pattern-changed", f"pattern {before!r} removed")]
    text = f"pattern {after!r} added" if before is None else f"pattern changed from {before!r} to {after!r}"
    failing = _failing_example(new, str(after))
    if failing is not None:
        text += f"; the contract's own example {failing!r} does not match it"
    if not sent:
        return [SchemaChange((), False, "pattern-changed", text + " (received data: not checked by clients)")]
    return [
        SchemaChange((), True, "pattern-changed", text + ": values the old contract allowed may be refused")
    ]


def _failing_example(schema: dict[str, Any], pattern: str) -> Any:
    try:
        compiled = re.compile(pattern)
    except re.error:
        return None
    for example in (schema.get("example"), schema.get("default")):
        if isinstance(example, str) and not compiled.search(example):
            return example
    return None


def default_change(old: dict[str, Any], new: dict[str, Any], sent: bool) -> list[SchemaChange]:
    """A default changes what an omitted value means: reported, never breaking on its own."""
    missing = object()
    before, after = old.get("default", missing), new.get("default", missing)
    if before == after:
        return []
    if before is missing:
        text = f"default {after!r} added"
    elif after is missing:
        text = f"default {before!r} removed"
    else:
        text = f"default changed from {before!r} to {after!r}"
    who = "a call that omits it now means something else" if sent else "documentation only for a client"
    return [SchemaChange((), False, "default-changed", f"{text}: {who}")]


def additional_properties_change(old: dict[str, Any], new: dict[str, Any], sent: bool) -> list[SchemaChange]:
    """`additionalProperties: false` added to sent data refuses what was accepted; the rest is harmless."""
    before, after = old.get("additionalProperties"), new.get("additionalProperties")
    closed_before, closed_after = before is False, after is False
    if closed_before == closed_after:
        return []
    if closed_after:
        if sent:
            return [
                SchemaChange(
                    (),
                    True,
                    "additional-properties-closed",
                    "additionalProperties: false added: unknown properties are refused, and the generated "
                    "model loses `additional_properties`",
                )
            ]
        return [
            SchemaChange(
                (), False, "additional-properties-closed", "additionalProperties: false added (received)"
            )
        ]
    return [
        SchemaChange(
            (),
            False,
            "additional-properties-opened",
            "additionalProperties: false lifted: extra properties allowed",
        )
    ]
