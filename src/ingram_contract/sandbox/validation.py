"""Request validation from the contract: every validator is compiled once, when the app starts.

A request is checked parameter by parameter (path, query, header: presence, type coercion, then the
parameter's schema) and then its JSON body; every failure names the field it concerns, in the vendor's
terms (`IM-CorrelationID`, `lines[0].quantity`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft4Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from ingram_contract.sandbox.contract import Operation, Parameter

# Only formats whose check costs nothing and that the vendor's data really uses.
_FORMATS = FormatChecker(formats=("date",))


@dataclass(frozen=True)
class FieldError:
    """One invalid field: its name, what is wrong, and the value received (None when absent)."""

    field: str
    message: str
    value: str | None = None


class RequestInvalid(Exception):
    """A request the contract does not accept; carries every field error found."""

    def __init__(self, errors: Sequence[FieldError]) -> None:
        super().__init__("; ".join(f"{error.field}: {error.message}" for error in errors))
        self.errors = tuple(errors)


@dataclass(frozen=True)
class ValidRequest:
    """A request that passed: parameters coerced to their schema types, the body parsed."""

    params: dict[str, Any]
    body: Any


_Coerce = Callable[[Sequence[str]], Any]


def _first(values: Sequence[str]) -> str:
    return values[0]


def _as_int(values: Sequence[str]) -> int:
    return int(values[0].strip())


def _as_number(values: Sequence[str]) -> float:
    return float(values[0].strip())


def _as_bool(values: Sequence[str]) -> bool:
    text = values[0].strip().lower()
    if text not in ("true", "false"):
        raise ValueError(text)
    return text == "true"


def _as_list(values: Sequence[str]) -> list[str]:
    # Both `?x=a&x=b` (the OpenAPI default) and `?x=a,b` (the vendor's own examples) are in use.
    if len(values) == 1 and "," in values[0]:
        return [part.strip() for part in values[0].split(",")]
    return list(values)


_COERCIONS: dict[str, tuple[_Coerce, str]] = {
    "integer": (_as_int, "must be an integer"),
    "number": (_as_number, "must be a number"),
    "boolean": (_as_bool, "must be true or false"),
    "array": (_as_list, "must be a list"),
}


@dataclass(frozen=True)
class _CompiledParameter:
    name: str
    location: str
    required: bool
    coerce: _Coerce
    coerce_message: str
    validator: Draft4Validator | None
    accepts: Callable[[Any], bool]


class OperationValidator:
    """Validates requests for one operation against its compiled schemas."""

    def __init__(self, operation: Operation) -> None:
        self.operation = operation
        self._parameters = tuple(_compile_parameter(param) for param in operation.parameters)
        self._body = (
            Draft4Validator(operation.body_schema, format_checker=_FORMATS)
            if operation.body_schema is not None
            else None
        )

    def validate(
        self,
        path_params: Mapping[str, str],
        query: Callable[[str], list[str]],
        headers: Mapping[str, str],
        body: bytes,
    ) -> ValidRequest:
        """Check a request; raise RequestInvalid listing every bad field, else return it parsed."""
        errors: list[FieldError] = []
        params: dict[str, Any] = {}
        for param in self._parameters:
            if param.location == "path":
                raw = path_params.get(param.name)
                values = [raw] if raw is not None else []
            elif param.location == "query":
                values = query(param.name)
            elif param.location == "header":
                header = headers.get(param.name)
                values = [header] if header is not None else []
            else:
                continue
            if not values or (param.required and values == [""]):
                if param.required:
                    errors.append(FieldError(param.name, f"{param.name} is required", None))
                continue
            try:
                value = param.coerce(values)
            except ValueError:
                errors.append(FieldError(param.name, f"{param.name} {param.coerce_message}", values[0]))
                continue
            if param.validator is not None and not param.accepts(value):
                error = _best(param.validator.iter_errors(value))
                errors.append(FieldError(param.name, f"{param.name}: {error.message}", values[0]))
                continue
            params[param.name] = value
        parsed_body = self._validate_body(body, errors)
        if errors:
            raise RequestInvalid(errors)
        return ValidRequest(params=params, body=parsed_body)

    def _validate_body(self, body: bytes, errors: list[FieldError]) -> Any:
        if self._body is None and not self.operation.body_required:
            return None
        if not body.strip():
            if self.operation.body_required:
                errors.append(FieldError("body", "a JSON request body is required"))
            return None
        try:
            parsed = json.loads(body)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            errors.append(FieldError("body", f"the request body is not valid JSON: {exc}"))
            return None
        if self._body is not None and not self._body.is_valid(parsed):
            for error in sorted(self._body.iter_errors(parsed), key=lambda e: list(e.absolute_path))[:20]:
                name = json_path(error.absolute_path) or "body"
                value = error.instance if isinstance(error.instance, str | int | float | bool) else None
                errors.append(
                    FieldError(name, f"{name}: {error.message}", None if value is None else str(value))
                )
        return parsed


def _compile_parameter(param: Parameter) -> _CompiledParameter:
    kind = param.schema.get("type")
    coerce, message = _COERCIONS.get(kind if isinstance(kind, str) else "", (_first, ""))
    schema = param.schema
    validator = Draft4Validator(schema, format_checker=_FORMATS) if schema else None
    accepts = (
        _string_check(schema) or _integer_check(schema) or (validator.is_valid if validator else _anything)
    )
    return _CompiledParameter(param.name, param.location, param.required, coerce, message, validator, accepts)


_STRING_KEYWORDS = frozenset({"type", "maxLength", "minLength", "enum"})
_INTEGER_KEYWORDS = frozenset({"type", "format", "minimum", "maximum", "default"})


def _anything(value: Any) -> bool:
    return True


def _integer_check(schema: dict[str, Any]) -> Callable[[Any], bool] | None:
    """Like `_string_check`, for an integer with bounds (pageSize, pageNumber)."""
    if schema.get("type") != "integer" or not set(schema) <= _INTEGER_KEYWORDS:
        return None
    if not all(isinstance(schema.get(key, 0), int) for key in ("minimum", "maximum")):
        return None
    low = schema.get("minimum")
    high = schema.get("maximum")

    def check(value: Any) -> bool:
        return isinstance(value, int) and (low is None or value >= low) and (high is None or value <= high)

    return check


def _string_check(schema: dict[str, Any]) -> Callable[[Any], bool] | None:
    """A plain-Python check for the common header/query schema (a string with lengths or an enum).

    Every request runs these, so the hot path skips jsonschema's generic machinery; a value this check
    refuses is still described by the jsonschema validator, which stays the reference.
    """
    if schema.get("type") != "string" or not set(schema) <= _STRING_KEYWORDS:
        return None
    low = int(schema.get("minLength", 0))
    high = int(schema.get("maxLength", 1 << 30))
    allowed = frozenset(schema["enum"]) if isinstance(schema.get("enum"), list) else None

    def check(value: Any) -> bool:
        return isinstance(value, str) and low <= len(value) <= high and (allowed is None or value in allowed)

    return check


def _best(errors: Any) -> ValidationError:
    found: list[ValidationError] = list(errors)
    return found[0]


def json_path(path: Sequence[Any]) -> str:
    """`lines[0].quantity` from a jsonschema error path."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
