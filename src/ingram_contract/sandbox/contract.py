"""The contract as the sandbox uses it: operations indexed by method and path shape, schemas as JSON Schema.

Loaded once at app start from `openapi.yaml`; nothing here is hand-copied from the vendor's document, so
when the contract changes the sandbox's validation and error shapes follow it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ingram_contract.spec.errors import SpecError
from ingram_contract.spec.load import load_spec
from ingram_contract.spec.operations import (
    ContractIndex,
    Parameter,
    documented_schema,
    path_shape,
    to_json_schema,
)
from ingram_contract.spec.operations import Operation as IndexedOperation

__all__ = ["Contract", "Operation", "Parameter", "route_key", "to_json_schema"]


def route_key(method: str, path: str) -> tuple[str, str]:
    """A method and a path template with its parameter names erased and its case folded.

    The vendor names one path parameter `orderNumber`, `OrderNumber` or `ordernumber` depending on the
    operation; the sandbox's handlers are keyed by the shape, so a rename in the contract cannot unhook them.
    """
    return method.upper(), path_shape(path)


@dataclass(frozen=True)
class Operation:
    """One contract operation as the sandbox validates and answers it: every schema as JSON Schema."""

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
        return documented_schema(self.responses, status)


class Contract:
    """The contract's operations (read by `spec.operations.ContractIndex`), converted to JSON Schema."""

    def __init__(self, document: dict[str, Any], source: str) -> None:
        self.document = document
        self.source = source
        self.operations: dict[tuple[str, str], Operation] = {
            route_key(operation.method, operation.path): _compiled(operation)
            for operation in ContractIndex(document, source)
        }

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


def _compiled(operation: IndexedOperation) -> Operation:
    """The index's operation (OpenAPI schemas, refs inlined) with its schemas as JSON Schema."""
    parameters = tuple(replace(param, schema=to_json_schema(param.schema)) for param in operation.parameters)
    body_schema: dict[str, Any] | None = None
    body_required = False
    media_types: tuple[str, ...] = ()
    body = operation.request_body or {}
    if body.get("content"):
        content = body["content"]
        media_types = tuple(content)
        body_required = bool(body.get("required"))
        json_media = content.get("application/json") or next(iter(content.values()))
        if isinstance(json_media, dict) and isinstance(json_media.get("schema"), dict):
            body_schema = to_json_schema(json_media["schema"])
    responses: dict[str, dict[str, Any]] = {}
    for status, response in operation.responses.items():
        media_schemas: dict[str, Any] = {}
        for media, spec in (response.get("content") or {}).items():
            raw_schema = spec.get("schema") if isinstance(spec, dict) else None
            media_schemas[media] = {"schema": to_json_schema(raw_schema)} if raw_schema else {}
        responses[status] = {"content": media_schemas, "headers": response.get("headers") or {}}
    return Operation(
        method=operation.method,
        path=operation.path,
        operation_id=operation.operation_id,
        parameters=parameters,
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
