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
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import attrs
import httpx

from ingram_contract.spec.scope import HTTP_METHODS

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


def iter_operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(METHOD, path, operation) for every operation of the document."""
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                yield method.upper(), path, item[method]


def parse_response(module: ModuleType, status: int, body: Any, package: str = _GENERATED_PACKAGE) -> Any:
    """What the generated client returns for a JSON response with this status and body."""
    client_module = importlib.import_module(f"{package}.client")
    client = client_module.Client(base_url="http://contract.invalid", raise_on_unexpected_status=True)
    response = httpx.Response(status, json=body, headers={"content-type": "application/json"})
    return module._parse_response(client=client, response=response)


class _Resolver:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        seen = 0
        while "$ref" in schema and seen < 32:
            node: Any = self.document
            for token in schema["$ref"].lstrip("#/").split("/"):
                node = node[token.replace("~1", "/").replace("~0", "~")]
            schema, seen = node, seen + 1
        if "allOf" in schema:
            merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
            for part in schema["allOf"]:
                resolved = self.resolve(part)
                merged.setdefault("properties", {}).update(resolved.get("properties", {}))
                merged.setdefault("type", resolved.get("type"))
            return merged
        return schema


def _is_model(value: Any) -> bool:
    return attrs.has(type(value))


def type_errors(
    document: dict[str, Any], schema: dict[str, Any], value: Any, parsed: Any, where: str = ""
) -> list[str]:
    """Every place where `parsed` (the client's object) does not carry the declared type of `value`."""
    return _type_errors(_Resolver(document), schema, value, parsed, where or "/")


def _type_errors(
    resolver: _Resolver, schema: dict[str, Any], value: Any, parsed: Any, where: str
) -> list[str]:
    schema = resolver.resolve(schema)
    if value is None:
        return [] if parsed is None else [f"{where}: null parsed as {type(parsed).__name__}"]
    kind = schema.get("type") or ("object" if "properties" in schema else None)
    if kind == "object":
        return _object_errors(resolver, schema, value, parsed, where)
    if kind == "array":
        if not isinstance(parsed, list) or len(parsed) != len(value):
            return [f"{where}: array parsed as {type(parsed).__name__}"]
        items = schema.get("items", {})
        return [
            e
            for i, (v, p) in enumerate(zip(value, parsed, strict=True))
            for e in _type_errors(resolver, items, v, p, f"{where}{i}/")
        ]
    expected = _scalar_type(kind, schema.get("format"))
    if expected is None:
        return []
    if isinstance(parsed, bool) and bool not in expected:
        return [f"{where}: {kind} parsed as bool"]
    if not isinstance(parsed, expected):
        return [f"{where}: {kind} parsed as {type(parsed).__name__} ({parsed!r:.40})"]
    return []


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


def _object_errors(
    resolver: _Resolver, schema: dict[str, Any], value: Any, parsed: Any, where: str
) -> list[str]:
    properties = schema.get("properties") or {}
    if not properties:
        return (
            []
            if isinstance(parsed, dict) or _is_model(parsed)
            else [f"{where}: object parsed as {type(parsed).__name__}"]
        )
    if not _is_model(parsed):
        return [f"{where}: object parsed as {type(parsed).__name__}, not a model"]
    strings = _strings()
    errors: list[str] = []
    for key, item in value.items():
        if key not in properties:
            extra = getattr(parsed, "additional_properties", {})
            if key not in extra:
                errors.append(f"{where}{key}: undeclared property dropped by the client")
            continue
        attribute = str(strings.PythonIdentifier(key, prefix="field"))
        if not hasattr(parsed, attribute):
            errors.append(f"{where}{key}: no attribute {attribute} on {type(parsed).__name__}")
            continue
        errors += _type_errors(resolver, properties[key], item, getattr(parsed, attribute), f"{where}{key}/")
    return errors
