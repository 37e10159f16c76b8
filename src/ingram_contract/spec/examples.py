"""Every example in a contract, with the schema it claims to satisfy, and the check that it does.

Examples sit in four places: a parameter (`example`/`examples`), a media type of a request body or a
response (`example`/`examples`), and a schema's own `example`. Schemas are validated with OpenAPI 3.0
semantics (`nullable`) and `$ref`s resolve inside the document itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from jsonschema.exceptions import ValidationError
from openapi_schema_validator import OAS30Validator, oas30_format_checker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from ingram_contract.spec.scope import HTTP_METHODS

_BASE = "urn:ingram-contract"


@dataclass(frozen=True)
class Example:
    """One example: where it is, the JSON pointer of its schema, its value, and what it belongs to."""

    location: str
    schema_pointer: str
    value: Any
    operation: str  # "POST /resellers/v6/orders", or "components" for a schema's own example
    kind: str  # "parameter", "request", "response" or "schema"
    status: str | None = None  # the response status, for response examples


@dataclass(frozen=True)
class ExampleFailure:
    """An example that does not validate against its schema, with the first reason."""

    example: Example
    reason: str
    at: str

    def __str__(self) -> str:
        return f"{self.example.location}: {self.reason} (at {self.at or '/'})"


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _pointer(*tokens: str | int) -> str:
    return "/" + "/".join(_escape(str(token)) for token in tokens)


def _media_examples(media: dict[str, Any], pointer: str) -> Iterator[tuple[str, Any]]:
    if "example" in media:
        yield f"{pointer}/example", media["example"]
    for name, example in (media.get("examples") or {}).items():
        if isinstance(example, dict) and "value" in example:
            yield f"{pointer}/examples/{_escape(name)}/value", example["value"]


def _schema_examples(schema: Any, pointer: str) -> Iterator[tuple[str, str, Any]]:
    """(location, schema pointer, value) for every `example` of a schema and its subschemas."""
    if not isinstance(schema, dict):
        return
    if "example" in schema and "$ref" not in schema:
        yield f"{pointer}/example", pointer, schema["example"]
    for key in ("items", "additionalProperties", "not"):
        if isinstance(schema.get(key), dict):
            yield from _schema_examples(schema[key], f"{pointer}/{key}")
    for name, sub in (schema.get("properties") or {}).items():
        yield from _schema_examples(sub, f"{pointer}/properties/{_escape(name)}")
    for key in ("allOf", "anyOf", "oneOf"):
        for index, sub in enumerate(schema.get(key) or []):
            yield from _schema_examples(sub, f"{pointer}/{key}/{index}")


def iter_examples(document: dict[str, Any]) -> Iterator[Example]:
    """Every example of the document, in document order."""
    for path, path_item in (document.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if not isinstance(operation, dict):
                continue
            name = f"{method.upper()} {path}"
            op_pointer = _pointer("paths", path, method)
            for index, parameter in enumerate(operation.get("parameters") or []):
                p_pointer = f"{op_pointer}/parameters/{index}"
                schema_pointer = f"{p_pointer}/schema"
                if "example" in parameter:
                    yield Example(
                        f"{p_pointer}/example", schema_pointer, parameter["example"], name, "parameter"
                    )
                for location, value in _media_examples({"examples": parameter.get("examples")}, p_pointer):
                    yield Example(location, schema_pointer, value, name, "parameter")
                for location, pointer, value in _schema_examples(parameter.get("schema"), schema_pointer):
                    yield Example(location, pointer, value, name, "parameter")
            body = operation.get("requestBody") or {}
            for media_type, media in (body.get("content") or {}).items():
                m_pointer = f"{op_pointer}/requestBody/content/{_escape(media_type)}"
                for location, value in _media_examples(media, m_pointer):
                    yield Example(location, f"{m_pointer}/schema", value, name, "request")
                for location, pointer, value in _schema_examples(media.get("schema"), f"{m_pointer}/schema"):
                    yield Example(location, pointer, value, name, "request")
            for status, response in (operation.get("responses") or {}).items():
                for media_type, media in (response.get("content") or {}).items():
                    m_pointer = f"{op_pointer}/responses/{_escape(str(status))}/content/{_escape(media_type)}"
                    for location, value in _media_examples(media, m_pointer):
                        yield Example(location, f"{m_pointer}/schema", value, name, "response", str(status))
                    for location, pointer, value in _schema_examples(
                        media.get("schema"), f"{m_pointer}/schema"
                    ):
                        yield Example(location, pointer, value, name, "response", str(status))
    for schema_name, schema in ((document.get("components") or {}).get("schemas") or {}).items():
        pointer = _pointer("components", "schemas", schema_name)
        for location, s_pointer, value in _schema_examples(schema, pointer):
            yield Example(location, s_pointer, value, "components", "schema")


class ExampleValidator:
    """Validates values against schemas of one document, by JSON pointer, with OpenAPI 3.0 rules."""

    def __init__(self, document: dict[str, Any]) -> None:
        resource: Resource[Any] = Resource.from_contents(document, default_specification=DRAFT4)
        self._registry: Registry[Any] = Registry().with_resource(_BASE, resource)
        self._validators: dict[str, OAS30Validator] = {}

    def errors(self, schema_pointer: str, value: Any) -> list[ValidationError]:
        validator = self._validators.get(schema_pointer)
        if validator is None:
            validator = OAS30Validator(
                {"$ref": f"{_BASE}#{schema_pointer}"},
                registry=self._registry,
                format_checker=oas30_format_checker,
            )
            self._validators[schema_pointer] = validator
        return sorted(validator.iter_errors(value), key=lambda error: list(error.absolute_path))


def check_examples(document: dict[str, Any]) -> list[ExampleFailure]:
    """Every example that disagrees with its schema (empty when all agree)."""
    validator = ExampleValidator(document)
    failures = []
    for example in iter_examples(document):
        errors = validator.errors(example.schema_pointer, example.value)
        if errors:
            first = errors[0]
            at = "/" + "/".join(str(token) for token in first.absolute_path)
            failures.append(ExampleFailure(example, first.message[:200], at if first.absolute_path else ""))
    return failures
