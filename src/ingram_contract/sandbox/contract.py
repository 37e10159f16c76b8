"""The contract as the sandbox uses it: operations indexed by method and path shape, schemas as JSON Schema.

Loaded once at app start from `openapi.yaml`; nothing here is hand-copied from the vendor's document, so
when the contract changes the sandbox's validation and error shapes follow it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingram_contract.spec.errors import SpecError
from ingram_contract.spec.load import load_spec
from ingram_contract.spec.operations import path_shape, to_json_schema
from ingram_contract.spec.refs import RefResolver

_METHODS = ("get", "put", "post", "delete", "patch")


def route_key(method: str, path: str) -> tuple[str, str]:
    """A method and a path template with its parameter names erased and its case folded.

    The vendor names one path parameter `orderNumber`, `OrderNumber` or `ordernumber` depending on the
    operation; the sandbox's handlers are keyed by the shape, so a rename in the contract cannot unhook them.
    """
    return method.upper(), path_shape(path)


@dataclass(frozen=True)
class Parameter:
    """One path, query or header parameter with its JSON Schema."""

    name: str
    location: str
    required: bool
    schema: dict[str, Any]


@dataclass(frozen=True)
class Operation:
    """One contract operation: what it accepts and how it answers."""

    method: str
    path: str
    operation_id: str
    parameters: tuple[Parameter, ...]
    body_schema: dict[str, Any] | None
    body_required: bool
    body_media_types: tuple[str, ...]
    responses: dict[str, dict[str, Any]] = field(repr=False)
    error_style: str

    def response_schema(self, status: int) -> dict[str, Any] | None:
        """The JSON Schema of the JSON body documented for a status, if any."""
        response = self.responses.get(str(status)) or self.responses.get(f"{str(status)[0]}XX")
        if response is None:
            response = self.responses.get("default")
        if not response:
            return None
        media = (response.get("content") or {}).get("application/json")
        if not isinstance(media, dict):
            return None
        schema = media.get("schema")
        return schema if isinstance(schema, dict) else None


class Contract:
    """The contract's operations, resolved and converted to JSON Schema."""

    def __init__(self, document: dict[str, Any], source: str) -> None:
        self.document = document
        self.source = source
        self._resolver = RefResolver(document)
        self.operations: dict[tuple[str, str], Operation] = {}
        for path, item in (document.get("paths") or {}).items():
            if not isinstance(item, dict):
                continue
            shared = item.get("parameters") or []
            for method in _METHODS:
                raw = item.get(method)
                if isinstance(raw, dict):
                    operation = self._operation(method, path, raw, shared)
                    self.operations[route_key(method, path)] = operation

    @classmethod
    def load(cls, path: str | Path) -> Contract:
        """Read and index the contract at a path."""
        loaded = load_spec(path)
        return cls(loaded.document, loaded.source)

    def get(self, method: str, path: str) -> Operation:
        """The operation at a method and path template, by shape; a clear error when the contract lacks it."""
        key = route_key(method, path)
        try:
            return self.operations[key]
        except KeyError:
            raise SpecError(f"{self.source} has no operation {method.upper()} {path}") from None

    def find(self, method: str, path: str) -> Operation | None:
        """Like `get`, or None."""
        return self.operations.get(route_key(method, path))

    def _operation(
        self, method: str, path: str, raw: dict[str, Any], shared: list[dict[str, Any]]
    ) -> Operation:
        by_key: dict[tuple[str, str], Parameter] = {}
        for entry in [*shared, *(raw.get("parameters") or [])]:
            param = self._resolver.resolve(entry)
            if not isinstance(param, dict) or "name" not in param or "in" not in param:
                continue
            location = str(param["in"])
            name = str(param["name"])
            schema = to_json_schema(self._resolver.inline(param.get("schema") or {}))
            key = (location, name.lower() if location == "header" else name)
            by_key[key] = Parameter(
                name=name,
                location=location,
                required=bool(param.get("required")) or location == "path",
                schema=schema,
            )
        body_schema: dict[str, Any] | None = None
        body_required = False
        media_types: tuple[str, ...] = ()
        body = self._resolver.resolve(raw.get("requestBody") or {})
        if isinstance(body, dict) and body.get("content"):
            content = body["content"]
            media_types = tuple(content)
            body_required = bool(body.get("required"))
            json_media = content.get("application/json") or next(iter(content.values()))
            if isinstance(json_media, dict) and isinstance(json_media.get("schema"), dict):
                body_schema = to_json_schema(self._resolver.inline(json_media["schema"]))
        responses: dict[str, dict[str, Any]] = {}
        for status, response in (raw.get("responses") or {}).items():
            resolved = self._resolver.resolve(response)
            if not isinstance(resolved, dict):
                continue
            media_schemas: dict[str, Any] = {}
            for media, spec in (resolved.get("content") or {}).items():
                raw_schema = spec.get("schema") if isinstance(spec, dict) else None
                media_schemas[media] = (
                    {"schema": to_json_schema(self._resolver.inline(raw_schema))} if raw_schema else {}
                )
            responses[str(status)] = {"content": media_schemas, "headers": resolved.get("headers") or {}}
        return Operation(
            method=method.upper(),
            path=path,
            operation_id=str(raw.get("operationId") or f"{method} {path}"),
            parameters=tuple(by_key.values()),
            body_schema=body_schema,
            body_required=body_required,
            body_media_types=media_types,
            responses=responses,
            error_style=_error_style(responses),
        )


def _error_style(responses: dict[str, dict[str, Any]]) -> str:
    """Which of the vendor's error bodies an operation documents for 400.

    Most operations wrap errors in `{"errors": [{"id", ...}]}`; v7 create names the id `traceid`
    (`{"errors": [{"traceid", ...}]}`, "traced"); a top-level `{"traceid", "type", "message", "fields"}`
    is "flat".
    """
    media = (responses.get("400") or {}).get("content", {}).get("application/json") or {}
    properties = (media.get("schema") or {}).get("properties") or {}
    if "errors" not in properties and "fields" in properties:
        return "flat"
    item = ((properties.get("errors") or {}).get("items") or {}).get("properties") or {}
    return "traced" if "traceid" in item else "wrapped"
