"""Does the generated `ingram_orders` client parse a payload into the types the contract declares?

`parse_response` runs the generated operation's own response parser on a JSON body; `type_errors`
walks the contract schema, the JSON value and the parsed object together and reports every place where
the client kept something other than the declared type: an integer must come back as `int`, an object
as its model (never a raw dict), a nullable null as `None`. Used by the example table of the pipeline
tests and by the contract suite's mock mode.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import json
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import attrs
import httpx

from ingram_contract.spec.refs import RefResolver

_GENERATED_PACKAGE = "ingram_orders"


def _strings() -> ModuleType:
    # The generator's own naming rules, so module and attribute names are never guessed.
    return importlib.import_module("openapi_python_client.strings")


def operation_module(
    document: dict[str, Any], method: str, path: str, package: str = _GENERATED_PACKAGE
) -> ModuleType:
    """The generated module of an operation (found by tag and operationId, as the generator names it)."""
    operation = document["paths"][path][method.lower()]
    strings = _strings()
    tag = strings.PythonIdentifier(operation.get("tags", ["default"])[0], prefix="tag")
    name = strings.PythonIdentifier(operation["operationId"], prefix="")
    return importlib.import_module(f"{package}.api.{tag}.{name}")


def parse_response(module: ModuleType, status: int, body: Any, package: str = _GENERATED_PACKAGE) -> Any:
    """What the generated client returns for a JSON response with this status and body."""
    client_module = importlib.import_module(f"{package}.client")
    client = client_module.Client(base_url="http://contract.invalid", raise_on_unexpected_status=True)
    # `json=None` would send no body: a JSON `null` (a release's answer) is sent as such.
    content = json.dumps(body).encode()
    response = httpx.Response(status, content=content, headers={"content-type": "application/json"})
    return module._parse_response(client=client, response=response)


class _Resolver(RefResolver):
    """Follows `$ref`s and folds `allOf` into one schema (how the generator reads them)."""

    def resolve(self, node: Any) -> Any:
        schema = super().resolve(node)
        if isinstance(schema, dict) and "allOf" in schema:
            merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
            for part in schema["allOf"]:
                resolved = self.resolve(part)
                merged.setdefault("properties", {}).update(resolved.get("properties", {}))
                merged.setdefault("type", resolved.get("type"))
            return merged
        return schema


def _is_model(value: Any) -> bool:
    return attrs.has(type(value))


def _is_unset(value: Any) -> bool:
    return type(value).__name__ == "Unset"


def type_problems(
    document: dict[str, Any], schema: dict[str, Any], value: Any, parsed: Any
) -> list[tuple[str, str]]:
    """(JSON path, problem) wherever `parsed` (the client's object) is not the declared type of `value`."""
    return list(_problems(_Resolver(document), schema, value, parsed, ""))


def type_errors(document: dict[str, Any], schema: dict[str, Any], value: Any, parsed: Any) -> list[str]:
    """The same problems as one line each: `/orders/0/orderTotal: number parsed as str ('1.0')`."""
    return [f"{where or '/'}: {problem}" for where, problem in type_problems(document, schema, value, parsed)]


def _problems(
    resolver: _Resolver, schema: dict[str, Any], value: Any, parsed: Any, where: str
) -> Iterator[tuple[str, str]]:
    schema = resolver.resolve(schema)
    if value is None:
        if parsed is not None and not _is_unset(parsed):
            yield where, f"null parsed as {type(parsed).__name__}"
        return
    if _is_unset(parsed):
        yield where, "a value that was sent parsed as UNSET"
        return
    if schema.get("anyOf") or schema.get("oneOf"):
        return  # a union: parsing without error is what can be checked
    kind = schema.get("type") or ("object" if "properties" in schema else None)
    if kind == "object":
        yield from _object_problems(resolver, schema, value, parsed, where)
    elif kind == "array":
        if not isinstance(parsed, list) or len(parsed) != len(value):
            yield where, f"array parsed as {type(parsed).__name__}"
            return
        items = schema.get("items", {})
        for index, (item, parsed_item) in enumerate(zip(value, parsed, strict=True)):
            yield from _problems(resolver, items, item, parsed_item, f"{where}/{index}")
    else:
        expected = _scalar_type(kind, schema.get("format"))
        if expected is None:
            return
        if isinstance(parsed, bool) and bool not in expected:
            yield where, f"{kind} parsed as bool"
        elif not isinstance(parsed, expected):
            yield where, f"{kind} parsed as {type(parsed).__name__} ({parsed!r:.40})"


def _scalar_type(kind: str | None, fmt: str | None) -> tuple[type, ...] | None:
    if kind == "integer":
        return (int,)
    if kind == "number":
        return (int, float)
    if kind == "boolean":
        return (bool,)
    if kind == "string":
        if fmt == "date-time":
            return (datetime.datetime,)
        if fmt == "date":
            return (datetime.date,)
        return (str, enum.Enum)
    return None


def _object_problems(
    resolver: _Resolver, schema: dict[str, Any], value: Any, parsed: Any, where: str
) -> Iterator[tuple[str, str]]:
    properties = schema.get("properties") or {}
    if not properties:
        if not (isinstance(parsed, dict) or _is_model(parsed)):
            yield where, f"object parsed as {type(parsed).__name__}"
        return
    if not _is_model(parsed):
        yield where, f"object parsed as {type(parsed).__name__}, not a model"
        return
    if not isinstance(value, dict):
        return
    strings = _strings()
    for key, item in value.items():
        if key not in properties:
            if key not in getattr(parsed, "additional_properties", {}):
                yield f"{where}/{key}", "undeclared property dropped by the client"
            continue
        attribute = str(strings.PythonIdentifier(key, prefix="field"))
        if not hasattr(parsed, attribute):
            yield f"{where}/{key}", f"no attribute {attribute} on {type(parsed).__name__}"
            continue
        yield from _problems(resolver, properties[key], item, getattr(parsed, attribute), f"{where}/{key}")
