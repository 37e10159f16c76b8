"""The HTTP glue every operation shares: bearer check, contract validation, the handler, the answer.

A handler is `async (sandbox, call) -> (status, payload)`; it raises `Refusal` for a business-rule
refusal and `RequestInvalid` for a bad parameter, both answered in the operation's error shape.
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

import orjson
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from ingram_contract import facts
from ingram_contract.sandbox.contract import Operation
from ingram_contract.sandbox.leniency import boolean_paths
from ingram_contract.sandbox.orders.rules import Refusal
from ingram_contract.sandbox.validation import FieldError, OperationValidator, RequestInvalid, ValidRequest

if TYPE_CHECKING:
    from ingram_contract.sandbox.state import Sandbox

_JSON: Final = "application/json"
_INVALID_TOKEN: Final = {
    "fault": {
        "faultstring": "Invalid Access Token",
        "detail": {"errorcode": "keymanagement.service.invalid_access_token"},
    }
}


@dataclass(frozen=True)
class Call:
    """One validated request to one operation."""

    valid: ValidRequest
    request: Request
    operation: Operation

    @property
    def params(self) -> dict[str, Any]:
        """The validated parameters (path, query, headers) by name."""
        return self.valid.params

    @property
    def body(self) -> dict[str, Any]:
        """The validated JSON body when it is an object, else an empty one."""
        return self.valid.body if isinstance(self.valid.body, dict) else {}

    @property
    def path_value(self) -> str:
        """The operation's one path parameter (the order number), as sent."""
        return str(next(iter(self.request.path_params.values()), ""))

    @property
    def customer(self) -> tuple[str, str]:
        """The customer number and country code the request acts for."""
        return self.params[facts.HEADER_CUSTOMER_NUMBER], self.params[facts.HEADER_COUNTRY_CODE]


Handler = Callable[["Sandbox", Call], Awaitable[tuple[int, Any]]]


def encode_json(payload: Any) -> bytes:
    """An answer body as the sandbox sends it: compact UTF-8 JSON (orjson, see pyproject.toml)."""
    return orjson.dumps(payload)


def json_response(status: int, payload: Any, headers: dict[str, str] | None = None) -> Response:
    """A compact JSON answer."""
    return Response(encode_json(payload), status_code=status, headers=headers, media_type=_JSON)


def error_body(
    operation: Operation, message: str, errors: tuple[FieldError, ...], status: int = 400
) -> dict[str, Any]:
    """The operation's documented error shape, with one entry per field."""
    trace = secrets.token_hex(8)
    kind = "/errors/validation-failed" if status == 400 else "/errors/validation-error"
    fields = []
    for error in errors:
        entry: dict[str, Any] = {"field": error.field, "message": error.message}
        # v7 names a missing value `null`, as its example shows; the others leave it out.
        if error.value is not None or operation.error_style == "traced":
            entry["value"] = error.value
        fields.append(entry)
    if operation.error_style == "flat":
        return {"traceid": trace, "type": kind, "message": message, "fields": fields}
    item: dict[str, Any] = {
        "traceid" if operation.error_style == "traced" else "id": trace,
        "type": kind,
        "message": message,
    }
    if fields:
        item["fields"] = fields
    return {"errors": [item]}


def bearer_token(request: Request) -> str | None:
    """The bearer token of a request, if it carries one."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def endpoint(
    sandbox: Sandbox, operation: Operation, handler: Handler
) -> Callable[[Request], Awaitable[Response]]:
    """The Starlette endpoint of one operation: auth, validation, handler, answer."""
    # The vendor's v6 operations take a boolean as "Boolean or String" (`leniency`); v7 does not.
    flags = boolean_paths(operation.body_schema) if "/v6/" in operation.path else set()
    validator = OperationValidator(operation, lenient=flags)
    reads_body = operation.body_schema is not None or operation.body_required
    # Statuses the contract documents without a body for this operation are answered without one.
    bodiless = frozenset(
        int(code)
        for code, response in operation.responses.items()
        if code.isdigit() and not response["content"]
    )

    def answer(status: int, payload: Any, echo: dict[str, str]) -> Response:
        if payload is None or status in bodiless:
            return Response(status_code=status, headers=echo)
        if isinstance(payload, bytes):
            return Response(payload, status_code=status, headers=echo, media_type=_JSON)
        return json_response(status, payload, echo)

    async def serve(request: Request) -> Response:
        headers = request.headers
        echo = {
            name: value
            for name in (facts.HEADER_CORRELATION_ID, facts.HEADER_SENDER_ID)
            if (value := headers.get(name)) is not None
        }
        token = bearer_token(request)
        if token is None or not sandbox.tokens.valid(token):
            return answer(401, _INVALID_TOKEN, echo)
        body = await request.body() if reads_body else b""
        try:
            valid = validator.validate(request.path_params, request.query_params.getlist, headers, body)
            status, payload = await handler(sandbox, Call(valid, request, operation))
        except RequestInvalid as exc:
            return answer(400, error_body(operation, "Validation failed", exc.errors), echo)
        except Refusal as exc:
            return answer(exc.status, error_body(operation, exc.message, exc.fields, exc.status), echo)
        return answer(status, payload, echo)

    return serve


async def not_found(scope: Scope, receive: Receive, send: Send) -> None:
    """The answer to a path the sandbox does not serve."""
    response = json_response(
        404,
        {"errors": [{"id": secrets.token_hex(8), "type": "/errors/not-found", "message": "No such path"}]},
    )
    await response(scope, receive, send)
