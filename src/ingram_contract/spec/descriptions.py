"""The project's own field descriptions (spec/descriptions.yaml), applied as Overlay 1.0 actions after the
corrections, and the check that every body field and parameter of the contract has one.

The table maps a component schema to one line of text (`schemas`, a model's docstring summary), a field
name to one line for every property of that name (`fields`), a JSONPath to text where a name means
something else under some parent (`in`), and a parameter name to text (`parameters`). Each entry
becomes one overlay action, so a name that matches nothing fails the build like a stale correction does.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ingram_contract.spec.errors import SpecError

_SECTIONS = ("schemas", "fields", "in", "parameters")
_HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def _quoted(name: str) -> str:
    if "'" in name or "\\" in name:
        raise SpecError(f"descriptions: cannot target the name {name!r}")
    return f"'{name}'"


def descriptions_overlay(table: Mapping[str, Any], *, source: str = "descriptions") -> dict[str, Any]:
    """The Overlay 1.0 document that puts the table's descriptions on the contract."""
    unknown = set(table) - set(_SECTIONS)
    if unknown:
        raise SpecError(f"{source}: unknown section(s) {sorted(unknown)}; expected {list(_SECTIONS)}")
    actions: list[dict[str, Any]] = []
    for section in _SECTIONS:
        entries = table.get(section) or {}
        if not isinstance(entries, Mapping):
            raise SpecError(f"{source}: `{section}` must map names to descriptions")
        for key, text in entries.items():
            if not isinstance(text, str) or not text.strip() or "\n" in text.strip():
                raise SpecError(f"{source}: {section}.{key} needs a one-line description")
            if section == "schemas":
                target = f"$.components.schemas[{_quoted(key)}]"
            elif section == "fields":
                target = f"$..properties[{_quoted(key)}]"
            elif section == "parameters":
                target = f"$.paths[*][*].parameters[?@.name == {_quoted(key)}]"
            else:
                target = key
            update: dict[str, Any] = {"description": text}
            if section == "parameters":
                # openapi-python-client documents a parameter with its schema's description.
                update["schema"] = {"description": text}
            actions.append(
                {"target": target, "description": f"our description ({section})", "update": update}
            )
    return {
        "overlay": "1.0.0",
        "info": {"title": "Field descriptions", "version": "1.0.0"},
        "actions": actions,
    }


def _properties(schema: Any, where: str) -> Iterator[tuple[str, Any]]:
    """Every property under a schema (nested objects, array items, compositions), with its location."""
    if not isinstance(schema, dict):
        return
    for name, sub in (schema.get("properties") or {}).items():
        yield f"{where}.{name}", sub
        yield from _properties(sub, f"{where}.{name}")
    yield from _properties(schema.get("items"), f"{where}[]")
    for key in ("allOf", "oneOf", "anyOf"):
        for index, sub in enumerate(schema.get(key) or []):
            yield from _properties(sub, f"{where}.{key}[{index}]")


def _operations(document: Mapping[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for path, item in (document.get("paths") or {}).items():
        for method in _HTTP_METHODS:
            if isinstance(item.get(method), dict):
                yield f"{method.upper()} {path}", item[method]


def _body_schemas(document: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    yield from ((document.get("components") or {}).get("schemas") or {}).items()
    for label, operation in _operations(document):
        for media in ((operation.get("requestBody") or {}).get("content") or {}).values():
            yield f"{label} request", media.get("schema")
        for status, response in (operation.get("responses") or {}).items():
            for media in (response.get("content") or {}).values():
                yield f"{label} {status}", media.get("schema")


def _described(node: Any) -> bool:
    text = node.get("description") if isinstance(node, dict) else None
    return isinstance(text, str) and bool(text.strip()) and "\n" not in text.strip()


def undescribed(document: Mapping[str, Any]) -> list[str]:
    """Every body field and parameter without a one-line description (a `$ref` is described where it
    points); empty when the contract is fully documented."""
    missing = []
    for where, schema in _body_schemas(document):
        missing += [
            f"field {location}"
            for location, node in _properties(schema, where)
            if not (isinstance(node, dict) and "$ref" in node) and not _described(node)
        ]
    for label, operation in _operations(document):
        missing += [
            f"parameter {parameter.get('name')} of {label}"
            for parameter in operation.get("parameters") or []
            if "$ref" not in parameter and not _described(parameter)
        ]
    return missing
