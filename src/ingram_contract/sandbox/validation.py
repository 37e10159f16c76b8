"""Request validation from the contract: every validator is compiled once, when the app starts.

A request is checked parameter by parameter (path, query, header: presence, type coercion, then the
parameter's schema) and then its JSON body; every failure names the field it concerns, in the vendor's
terms (`IM-CorrelationID`, `lines[0].quantity`). Schemas are checked with jsonschema-rs (compiled Rust,
the same Draft 4 semantics and error paths as jsonschema, a fraction of the cost per request).

What the contract leaves unbounded is bounded here (`limits`): string lengths, array sizes, integer
ranges, nesting depth; and a body is refused when it holds what could not be stored and read back (lone
surrogates, NaN, duplicate keys), so nothing is committed that would fail later.
"""

from __future__ import annotations

import copy
import itertools
import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import jsonschema_rs

from ingram_contract.sandbox import limits
from ingram_contract.sandbox.contract import Operation, Parameter
from ingram_contract.sandbox.leniency import Path as FlagPath
from ingram_contract.sandbox.leniency import coerce_flags

# How much of a refused value an error echoes back.
_SHOWN: int = 100
# How much of a field's name, or of a message, an error carries (a path 32 levels deep fits).
_NAMED: int = 300
_MAX_ERRORS: int = 20


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
    number = float(values[0].strip())
    if not math.isfinite(number):
        raise ValueError(values[0])
    return number


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
    key: str  # the name as looked up: lower-case for a header (HTTP header names are case-insensitive)
    location: str
    required: bool
    coerce: _Coerce
    coerce_message: str
    validator: jsonschema_rs.Draft4Validator | None


class OperationValidator:
    """Validates requests for one operation against its compiled schemas."""

    def __init__(self, operation: Operation, lenient: set[FlagPath] | None = None) -> None:
        self.operation = operation
        # Boolean fields that also take "true"/"false" (the vendor's v6 leniency, `leniency`).
        self._lenient = lenient or set()
        self._parameters = tuple(_compile_parameter(param) for param in operation.parameters)
        self._body = (
            jsonschema_rs.Draft4Validator(bounded(operation.body_schema))
            if operation.body_schema is not None
            else None
        )
        self._media_types = frozenset(media.lower() for media in operation.body_media_types)

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
        # One pass over the headers instead of a scan per header parameter (Starlette's lookup is linear).
        by_name = {name.lower(): value for name, value in headers.items()}
        for param in self._parameters:
            if param.location == "path":
                raw = path_params.get(param.name)
                values = [raw] if raw is not None else []
            elif param.location == "query":
                values = query(param.name)
            elif param.location == "header":
                header = by_name.get(param.key)
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
                message = f"{param.name} {param.coerce_message}"
                errors.append(FieldError(param.name, message, shown(values[0])))
                continue
            if param.validator is not None and not param.validator.is_valid(value):
                error = next(param.validator.iter_errors(value))
                message = _clip(f"{param.name}: {error.message}")
                errors.append(FieldError(param.name, message, shown(values[0])))
                continue
            params[param.name] = value
        parsed_body = self._validate_body(body, by_name.get("content-type"), errors)
        if errors:
            raise RequestInvalid(errors)
        return ValidRequest(params=params, body=parsed_body)

    def _validate_body(self, body: bytes, content_type: str | None, errors: list[FieldError]) -> Any:
        if self._body is None and not self.operation.body_required:
            return None
        if not body.strip():
            if self.operation.body_required:
                errors.append(FieldError("body", "a JSON request body is required"))
            return None
        media = (content_type or "").partition(";")[0].strip().lower()
        if media and media not in self._media_types and not _is_json(media):
            accepted = ", ".join(sorted(self._media_types)) or "application/json"
            errors.append(FieldError("Content-Type", f"Content-Type must be {accepted}", shown(media)))
            return None
        try:
            parsed = parse_json(body)
        except RequestInvalid as exc:
            errors.extend(exc.errors)
            return None
        coerce_flags(parsed, self._lenient)
        if self._body is not None and not self._body.is_valid(parsed):
            found = sorted(
                itertools.islice(self._body.iter_errors(parsed), 5 * _MAX_ERRORS),
                key=lambda error: [str(part) for part in error.instance_path],
            )
            for error in found[:_MAX_ERRORS]:
                name = shown(json_path(error.instance_path) or "body", _NAMED)
                value = error.instance if isinstance(error.instance, str | int | float | bool) else None
                errors.append(
                    FieldError(
                        name, _clip(f"{name}: {error.message}"), None if value is None else shown(value)
                    )
                )
        return parsed


def _is_json(media: str) -> bool:
    return media == "application/json" or media.endswith("+json")


def _compile_parameter(param: Parameter) -> _CompiledParameter:
    kind = param.schema.get("type")
    coerce, message = _COERCIONS.get(kind if isinstance(kind, str) else "", (_first, ""))
    schema = bounded(param.schema)
    validator = jsonschema_rs.Draft4Validator(schema) if schema else None
    key = param.name.lower() if param.location == "header" else param.name
    return _CompiledParameter(param.name, key, param.location, param.required, coerce, message, validator)


def bounded(schema: dict[str, Any]) -> dict[str, Any]:
    """A copy of a JSON Schema with the sandbox's bounds wherever the contract sets none.

    Strings get `limits.MAX_STRING_LENGTH`, arrays `limits.MAX_ITEMS`, integers the range of their
    format (int64, else int32); a bound the contract sets is kept when it is tighter.
    """
    out = copy.deepcopy(schema)
    stack: list[Any] = [out]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
            continue
        if not isinstance(node, dict):
            continue
        kinds = node.get("type")
        kinds = set(kinds) if isinstance(kinds, list) else {kinds}
        if "string" in kinds and "enum" not in node:
            node["maxLength"] = min(
                int(node.get("maxLength", limits.MAX_STRING_LENGTH)), limits.MAX_STRING_LENGTH
            )
        if "array" in kinds:
            node["maxItems"] = min(int(node.get("maxItems", limits.MAX_ITEMS)), limits.MAX_ITEMS)
        if "integer" in kinds:
            low, high = limits.INT64_RANGE if node.get("format") == "int64" else limits.INT32_RANGE
            node["minimum"] = max(node.get("minimum", low), low)
            node["maximum"] = min(node.get("maximum", high), high)
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                stack.extend(value.values())
            elif key not in ("enum", "default", "required") and isinstance(value, dict | list):
                stack.append(value)
    return out


class _Refused:
    """Stands in, while parsing, for a JSON value the sandbox does not store; `walk` names its field."""

    __slots__ = ("reason",)

    def __init__(self, reason: str) -> None:
        self.reason = reason


def parse_json(body: bytes) -> Any:
    """A request body parsed, or RequestInvalid naming each field that holds what cannot be stored.

    Refused: invalid JSON or UTF-8, NaN/Infinity, numbers too large for a float, integers over Python's
    digit limit, duplicate keys, nesting deeper than `limits.MAX_DEPTH`, lone surrogates (`"\\ud83d"`).
    """
    suspicious: list[bool] = []

    def refused(reason: str) -> _Refused:
        suspicious.append(True)
        return _Refused(reason)

    def constant(text: str) -> _Refused:
        return refused(f"{text} is not a JSON number")

    def number(text: str) -> float | _Refused:
        value = float(text)
        return value if math.isfinite(value) else refused(f"{text[:20]}… is too large for a number")

    def integer(text: str) -> int | _Refused:
        try:
            return int(text)
        except ValueError:
            return refused(f"an integer of {len(text)} digits is out of range")

    def obj(pairs: list[tuple[str, Any]]) -> dict[str, Any] | _Refused:
        made = dict(pairs)
        if len(made) == len(pairs):
            return made
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                return refused(f"the key {shown(key)!r} appears twice")
            seen.add(key)
        return made  # not reached: a shorter dict means a repeated key

    try:
        # Strict UTF-8 (RFC 8259): `json.loads(bytes)` would let encoded surrogates through.
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _invalid("body", f"the request body is not UTF-8: {exc.reason} at byte {exc.start}") from None
    try:
        parsed = json.loads(
            text, object_pairs_hook=obj, parse_constant=constant, parse_float=number, parse_int=integer
        )
    except RecursionError:
        raise _invalid("body", f"the request body nests deeper than {limits.MAX_DEPTH} levels") from None
    except json.JSONDecodeError as exc:
        raise _invalid("body", f"the request body is not valid JSON: {exc}") from None
    # Only these can hide what `walk` looks for: a \u escape (surrogates), many openers (depth), a hook.
    if suspicious or b"\\u" in body or body.count(b"{") + body.count(b"[") > limits.MAX_DEPTH:
        problems = walk(parsed)
        if problems:
            raise RequestInvalid(problems)
    return parsed


def walk(document: Any) -> list[FieldError]:
    """What in a parsed body cannot be stored and read back, by field (at most a few)."""
    problems: list[FieldError] = []
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(document, ())]
    while stack and len(problems) < _MAX_ERRORS:
        value, path = stack.pop()
        if len(path) > limits.MAX_DEPTH:
            problem = f"nested deeper than {limits.MAX_DEPTH} levels"
        elif isinstance(value, _Refused):
            problem = value.reason
        elif isinstance(value, str):
            problem = "" if _storable(value) else "contains a lone surrogate (not UTF-8)"
        elif isinstance(value, dict):
            problem = "" if all(_storable(key) for key in value) else "a key contains a lone surrogate"
            stack.extend((item, (*path, key)) for key, item in value.items())
        else:
            problem = ""
            if isinstance(value, list):
                stack.extend((item, (*path, index)) for index, item in enumerate(value))
        if problem:
            name = shown(json_path(path) or "body", _NAMED)
            problems.append(FieldError(name, f"{name}: {problem}"))
    return problems


def _storable(text: str) -> bool:
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def shown(value: Any, limit: int = _SHOWN) -> str:
    """A value as an error may echo it: at most `limit` characters, and always encodable as UTF-8."""
    text = str(value)
    if len(text) > limit:
        text = text[:limit] + "…"
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _clip(message: str) -> str:
    return message if len(message) <= _NAMED else message[:_NAMED] + "…"


def _invalid(field: str, message: str) -> RequestInvalid:
    return RequestInvalid([FieldError(field, message)])


def json_path(path: Sequence[Any]) -> str:
    """`lines[0].quantity` from a schema error's path."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
