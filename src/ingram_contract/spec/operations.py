"""The contract index: the operations of a contract document, read once, with `$ref`s resolved.

One place answers "which operations are there, what do they take, how do they answer": the checks, the
drift run and the sandbox derive their operation lists from it instead of listing operations by hand, so
adding an in-scope operation to the contract needs no edit here. `path_shape` is the one rule by which
operations are matched across documents and requests.

`to_json_schema` turns an OpenAPI 3.0 schema into JSON Schema for validators. Pure: no I/O beyond
`ContractIndex.load` reading a file through `spec.load`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Final

from ingram_contract import facts
from ingram_contract.spec.load import load_spec
from ingram_contract.spec.refs import RefResolver
from ingram_contract.spec.scope import HTTP_METHODS, is_order_path

_PATH_PARAMETER: Final = re.compile(r"\{[^}/]+\}")
# OpenAPI keywords that JSON Schema validators do not know or that only document.
_DOC_ONLY: Final = frozenset(
    {"example", "examples", "description", "discriminator", "xml", "externalDocs", "title"}
)
# The vendor's name for an order in answers and in the search filter.
ORDER_NUMBER_FIELD: Final = "ingramOrderNumber"


def path_shape(path: str) -> str:
    """A path template with its parameter names erased and its case folded: `/orders/{}`.

    The vendor names one path parameter `orderNumber`, `OrderNumber` or `ordernumber` depending on the
    operation and revision; matching by shape makes such a rename one operation, not a removal plus an add.
    """
    return _PATH_PARAMETER.sub("{}", path).lower()


def operation_label(method: str, path: str) -> str:
    """`METHOD /path`, as every report and test names an operation."""
    return f"{method.upper()} {path}"


def path_parameter_names(path: str) -> list[str]:
    """The parameter names of a path template, in order."""
    return [name[1:-1] for name in _PATH_PARAMETER.findall(path)]


@dataclass(frozen=True)
class Parameter:
    """One parameter of an operation, its schema with `$ref`s inlined."""

    name: str
    location: str
    required: bool
    schema: dict[str, Any] = field(repr=False)


@dataclass(frozen=True)
class Operation:
    """One operation of the contract: method, path, parameters, body and responses (refs resolved)."""

    method: str
    path: str
    operation_id: str
    parameters: tuple[Parameter, ...]
    request_body: dict[str, Any] | None = field(repr=False)
    responses: dict[str, dict[str, Any]] = field(repr=False)

    @property
    def label(self) -> str:
        """`METHOD /path`."""
        return operation_label(self.method, self.path)

    @property
    def shape(self) -> tuple[str, str]:
        """(METHOD, path shape): how the operation is matched across documents."""
        return self.method, path_shape(self.path)

    @property
    def is_token(self) -> bool:
        """The OAuth token call (no bearer token, no `/sandbox` prefix)."""
        return self.path.lower() == facts.TOKEN_PATH

    @property
    def is_webhook(self) -> bool:
        """The order-status webhook: sent by the vendor to the integrator, answered by no vendor server."""
        return self.path.lower() == facts.ORDER_STATUS_WEBHOOK_PATH.lower()

    @property
    def changes_orders(self) -> bool:
        """Creates, modifies or cancels orders: the vendor may refuse valid data by business rule (a part
        not stocked, an order already released) with its documented 400."""
        return self.method != "GET" and is_order_path(self.path)

    def parameter(self, location: str, name: str) -> Parameter | None:
        """A parameter by location and name (names compared case-insensitively)."""
        return next(
            (p for p in self.parameters if p.location == location and p.name.lower() == name.lower()), None
        )

    def order_number_parameter(self) -> Parameter | None:
        """The parameter that names one order: the order-number path parameter or the search filter."""
        for parameter in self.parameters:
            if parameter.location == "path" and parameter.name.lower() == "ordernumber":
                return parameter
        return self.parameter("query", ORDER_NUMBER_FIELD)

    def response_schema(
        self, status: int | str, media_type: str = "application/json"
    ) -> dict[str, Any] | None:
        """The schema of the body documented for a status (or its `2XX` range, or `default`)."""
        return documented_schema(self.responses, status, media_type)

    def request_example(self) -> Any:
        """The first example of the JSON request body (named examples first), or None."""
        content = (self.request_body or {}).get("content") or {}
        media = content.get("application/json") or {}
        for example in (media.get("examples") or {}).values():
            if isinstance(example, dict) and "value" in example:
                return example["value"]
        return media.get("example")

    def order_number_pointers(self) -> dict[str, str]:
        """Status → where the order number is in that success answer (`$response.body#/...`)."""
        found: dict[str, str] = {}
        for status in self.responses:
            if not status.startswith("2"):
                continue
            pointer = _order_number_pointer(self.response_schema(status))
            if pointer is not None:
                found[status] = f"$response.body#{pointer}"
        return found


def documented_schema(
    responses: dict[str, dict[str, Any]], status: int | str, media_type: str = "application/json"
) -> dict[str, Any] | None:
    """The schema of the body `responses` document for a status (or its `2XX` range, or `default`)."""
    code = str(status)
    response = responses.get(code) or responses.get(f"{code[0]}XX") or responses.get("default")
    media = ((response or {}).get("content") or {}).get(media_type)
    schema = media.get("schema") if isinstance(media, dict) else None
    return schema if isinstance(schema, dict) else None


def _order_number_pointer(schema: dict[str, Any] | None) -> str | None:
    properties = (schema or {}).get("properties") or {}
    if ORDER_NUMBER_FIELD in properties:
        return f"/{ORDER_NUMBER_FIELD}"
    for name, child in properties.items():
        items = child.get("items") if isinstance(child, dict) and child.get("type") == "array" else None
        if isinstance(items, dict) and ORDER_NUMBER_FIELD in (items.get("properties") or {}):
            return f"/{name}/0/{ORDER_NUMBER_FIELD}"
    return None


class ContractIndex:
    """The operations of one contract document, in document order."""

    def __init__(self, document: dict[str, Any], source: str = "contract") -> None:
        self.document = document
        self.source = source
        resolver = RefResolver(document)
        operations: list[Operation] = []
        for path, raw_item in (document.get("paths") or {}).items():
            item = resolver.resolve(raw_item)
            if not isinstance(item, dict):
                continue
            shared = item.get("parameters") or []
            for method in HTTP_METHODS:
                raw = resolver.resolve(item.get(method))
                if isinstance(raw, dict):
                    operations.append(_operation(resolver, method, path, raw, shared))
        self.operations: tuple[Operation, ...] = tuple(operations)

    @classmethod
    def load(cls, path: str | Path) -> ContractIndex:
        """Read and index a contract file (or URL)."""
        loaded = load_spec(path)
        return cls(loaded.document, loaded.source)

    def __iter__(self) -> Iterator[Operation]:
        return iter(self.operations)

    def __len__(self) -> int:
        return len(self.operations)

    @cached_property
    def _by_label(self) -> dict[str, Operation]:
        return {op.label: op for op in self.operations}

    @cached_property
    def _by_shape(self) -> dict[tuple[str, str], Operation]:
        return {op.shape: op for op in self.operations}

    def get(self, label: str) -> Operation:
        """An operation by `METHOD /path`; KeyError names the label."""
        return self._by_label[label]

    def find(self, method: str, path: str) -> Operation | None:
        """An operation by method and path shape (any parameter names, any case), or None."""
        return self._by_shape.get((method.upper(), path_shape(path)))

    def by_id(self, operation_id: str) -> Operation | None:
        """An operation by operationId, or None."""
        return next((op for op in self.operations if op.operation_id == operation_id), None)

    def served(self) -> list[Operation]:
        """The operations a vendor server answers: all but the webhook it sends."""
        return [op for op in self.operations if not op.is_webhook]

    @property
    def labels(self) -> list[str]:
        """Every operation's label, in document order."""
        return [op.label for op in self.operations]


def _operation(
    resolver: RefResolver, method: str, path: str, raw: dict[str, Any], shared: list[Any]
) -> Operation:
    by_key: dict[tuple[str, str], Parameter] = {}
    for entry in [*shared, *(raw.get("parameters") or [])]:
        param = resolver.resolve(entry)
        if not isinstance(param, dict) or "name" not in param or "in" not in param:
            continue
        location, name = str(param["in"]), str(param["name"])
        by_key[(location, name.lower() if location == "header" else name)] = Parameter(
            name=name,
            location=location,
            required=bool(param.get("required")) or location == "path",
            schema=resolver.inline(param.get("schema") or {}),
        )
    body = resolver.resolve(raw.get("requestBody"))
    responses = {
        str(status): resolver.inline(response)
        for status, response in (raw.get("responses") or {}).items()
        if isinstance(resolver.resolve(response), dict)
    }
    return Operation(
        method=method.upper(),
        path=path,
        operation_id=str(raw.get("operationId") or operation_label(method, path)),
        parameters=tuple(by_key.values()),
        request_body=resolver.inline(body) if isinstance(body, dict) else None,
        responses=responses,
    )


def to_json_schema(schema: Any) -> dict[str, Any]:
    """An OpenAPI 3.0 schema object as JSON Schema: `nullable` becomes a `null` type, prose is dropped."""
    converted = _convert(schema)
    return converted if isinstance(converted, dict) else {}


def _convert(node: Any) -> Any:
    if isinstance(node, list):
        return [_convert(value) for value in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _DOC_ONLY or key.startswith("x-") or key == "nullable":
            continue
        if key == "properties" and isinstance(value, dict):
            out[key] = {name: _convert(sub) for name, sub in value.items()}
        else:
            out[key] = _convert(value)
    if node.get("nullable") is True:
        kind = out.get("type")
        if isinstance(kind, str):
            out["type"] = [kind, "null"]
        if isinstance(out.get("enum"), list) and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
    return out
