"""The sandbox's ASGI app: `create_app(config)` builds a Starlette app whose routes come from the contract.

Every contract operation is served twice, under `/sandbox` (like the vendor's sandbox host) and without
the prefix; the token endpoint lives at the root only. A request goes: bearer token → contract
validation → the operation's handler → a JSON answer that echoes `IM-CorrelationID` and `IM-SenderID`.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hmac
import json
import secrets
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final
from urllib.parse import parse_qs, urlencode

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from ingram_contract import facts
from ingram_contract.sandbox import scenarios
from ingram_contract.sandbox.clock import Clock, SystemClock
from ingram_contract.sandbox.commits import GroupCommitter
from ingram_contract.sandbox.contract import Contract, Operation, route_key
from ingram_contract.sandbox.store import NewOrder, OrderEvent, SearchFilters, Store, StoredOrder
from ingram_contract.sandbox.validation import FieldError, OperationValidator, RequestInvalid, ValidRequest
from ingram_contract.sandbox.webhooks import DeliveryPolicy, WebhookDeliverer, new_event_id

MAX_PAGE_SIZE: Final = 100
_JSON: Final = "application/json"
_NOT_ON_HOLD: Final = (
    "Order can not be modified/released. Order is already released or Order is not placed on Customer Hold"
)
_RENDERED_ORDERS: Final = 4096
_INVALID_TOKEN: Final = {
    "fault": {
        "faultstring": "Invalid Access Token",
        "detail": {"errorcode": "keymanagement.service.invalid_access_token"},
    }
}
_SEARCH_TERMS: Final = (
    "ingramPartNumber",
    "vendorPartNumber",
    "serialNumber",
    "trackingNumber",
    "vendorName",
    "specialBidNumber",
)


@dataclass(frozen=True)
class SandboxConfig:
    """Everything a sandbox instance needs; secrets are kept out of the repr."""

    contract_path: Path = facts.CONTRACT_PATH
    db_path: Path | None = None
    client_id: str = facts.LOCAL_SANDBOX_CLIENT_ID
    client_secret: str = field(default=facts.LOCAL_SANDBOX_CLIENT_SECRET, repr=False)
    token_ttl: int = 3600
    webhook_url: str | None = None
    webhook_secret: str | None = field(default=None, repr=False)
    webhook_policy: DeliveryPolicy = field(default_factory=DeliveryPolicy)
    clock: Clock = field(default_factory=SystemClock)

    def __post_init__(self) -> None:
        if self.token_ttl < 1:
            raise ValueError("token_ttl must be at least 1 second")
        if not self.client_id or not self.client_secret:
            raise ValueError("the sandbox needs a client id and a client secret")
        if self.webhook_url and not self.webhook_secret:
            raise ValueError("a webhook URL needs a webhook secret to sign the events with")
        if self.webhook_url and not self.webhook_url.startswith(("http://", "https://")):
            raise ValueError(f"the webhook URL must be http(s): {self.webhook_url}")


class _Failure(Exception):
    """A business-rule refusal: answered with the operation's error shape."""

    def __init__(self, status: int, message: str, fields: tuple[FieldError, ...] = ()) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.fields = fields


_Handler = Callable[[ValidRequest, Request, Operation], Awaitable[tuple[int, Any]]]


class Sandbox:
    """The state and the handlers of one sandbox; the app's routes call into it."""

    def __init__(self, config: SandboxConfig, contract: Contract) -> None:
        self.config = config
        self.contract = contract
        self.clock = config.clock
        self._tokens: dict[str, float] = {}
        self._rendered: dict[str, dict[tuple[str, str, str | None], bytes]] = {}
        self._store: Store | None = None
        self._tempdir: tempfile.TemporaryDirectory[str] | None = None
        self.deliverer: WebhookDeliverer | None = None
        self._commits: GroupCommitter | None = None
        token_operation = contract.find("post", facts.TOKEN_PATH) or contract.find("get", facts.TOKEN_PATH)
        token_schema = token_operation.response_schema(200) if token_operation else None
        expires_in = ((token_schema or {}).get("properties") or {}).get("expires_in") or {}
        self._expires_in_is_integer = "integer" in str(expires_in.get("type"))

    def __repr__(self) -> str:
        return f"Sandbox(config={self.config!r})"

    @property
    def store(self) -> Store:
        """The open store (between startup and shutdown)."""
        if self._store is None:
            raise RuntimeError("the sandbox is not started (its lifespan has not run)")
        return self._store

    @property
    def commits(self) -> GroupCommitter:
        """The group committer that stores new orders (between startup and shutdown)."""
        if self._commits is None:
            raise RuntimeError("the sandbox is not started (its lifespan has not run)")
        return self._commits

    async def startup(self) -> None:
        """Open the database, seed it on first use, start webhook delivery."""
        path = self.config.db_path
        if path is None:
            self._tempdir = tempfile.TemporaryDirectory(prefix="ingram-sandbox-")
            path = Path(self._tempdir.name) / "sandbox.db"
        self._store = Store(path)
        now = self.clock.now()
        self._store.seed(
            scenarios.seeded_orders(now), facts.DEFAULT_CUSTOMER_NUMBER, facts.DEFAULT_COUNTRY_CODE, now
        )
        self._commits = GroupCommitter(self._store)
        self._commits.start()
        if self.config.webhook_url and self.config.webhook_secret:
            self.deliverer = WebhookDeliverer(
                self._store, self.config.webhook_url, self.config.webhook_secret, self.config.webhook_policy
            )
            self.deliverer.start()

    async def shutdown(self) -> None:
        """Stop delivery and close the database."""
        if self.deliverer is not None:
            await self.deliverer.stop()
        if self._commits is not None:
            await self._commits.stop()
            self._commits = None
        if self._store is not None:
            self._store.close()
            self._store = None
        if self._tempdir is not None:
            self._tempdir.cleanup()

    async def token(self, request: Request) -> Response:
        """Issue a bearer token for client credentials, from a POST form, GET query or basic auth."""
        if request.method == "POST":
            fields = {k: v[0] for k, v in parse_qs((await request.body()).decode("latin-1")).items() if v}
        else:
            fields = dict(request.query_params)
        basic = _basic_credentials(request.headers.get("authorization"))
        if basic is not None:
            fields.setdefault("client_id", basic[0])
            fields.setdefault("client_secret", basic[1])
        missing = [name for name in ("grant_type", "client_id", "client_secret") if not fields.get(name)]
        if missing:
            return _json(400, {"message": f"missing {', '.join(missing)}"})
        if fields["grant_type"] != "client_credentials":
            return _json(400, {"message": "unsupported grant_type: only client_credentials is supported"})
        id_ok = hmac.compare_digest(fields["client_id"].encode(), self.config.client_id.encode())
        secret_ok = hmac.compare_digest(fields["client_secret"].encode(), self.config.client_secret.encode())
        if not (id_ok and secret_ok):
            return _json(401, {"message": "invalid client credentials"})
        now = self.clock.now().timestamp()
        if len(self._tokens) > 10_000:
            self._tokens = {token: expiry for token, expiry in self._tokens.items() if expiry > now}
        token = secrets.token_urlsafe(24)
        self._tokens[token] = now + self.config.token_ttl
        ttl = self.config.token_ttl
        return _json(
            200,
            {
                "access_token": token,
                "token_type": "Bearer",
                "expires_in": ttl if self._expires_in_is_integer else str(ttl),
            },
        )

    def _authorised(self, request: Request) -> bool:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token:
            return False
        expiry = self._tokens.get(token.strip())
        return expiry is not None and expiry > self.clock.now().timestamp()

    def endpoint(self, operation: Operation, handler: _Handler) -> Callable[[Request], Awaitable[Response]]:
        """The Starlette endpoint of one operation: auth, validation, handler, answer."""
        validator = OperationValidator(operation)
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
            return _json(status, payload, echo)

        async def serve(request: Request) -> Response:
            headers = request.headers
            echo = {
                name: value
                for name in (facts.HEADER_CORRELATION_ID, facts.HEADER_SENDER_ID)
                if (value := headers.get(name)) is not None
            }
            if not self._authorised(request):
                return answer(401, _INVALID_TOKEN, echo)
            body = await request.body() if reads_body else b""
            try:
                valid = validator.validate(request.path_params, request.query_params.getlist, headers, body)
                status, payload = await handler(valid, request, operation)
            except RequestInvalid as exc:
                return answer(400, _error_body(operation, "Validation failed", exc.errors), echo)
            except _Failure as exc:
                return answer(exc.status, _error_body(operation, exc.message, exc.fields, exc.status), echo)
            return answer(status, payload, echo)

        return serve

    def _owned(self, valid: ValidRequest, request: Request) -> StoredOrder:
        number = next(iter(request.path_params.values()), "")
        order = self.store.get_order(
            number, valid.params[facts.HEADER_CUSTOMER_NUMBER], valid.params[facts.HEADER_COUNTRY_CODE]
        )
        if order is None:
            raise _Failure(
                404, "Order not found.", (FieldError("orderNumber", f"no order {number}", number),)
            )
        return order

    async def details(self, valid: ValidRequest, request: Request, operation: Operation) -> tuple[int, Any]:
        """v6.1 order details, optionally as `simulateStatus` asks.

        The rendered bytes are kept until the order changes: this process is the database's only
        writer, so dropping an order's entries on every write keeps the cache exact.
        """
        number = next(iter(request.path_params.values()), "").upper()
        simulate = valid.params.get("simulateStatus")
        key = (
            valid.params[facts.HEADER_CUSTOMER_NUMBER],
            valid.params[facts.HEADER_COUNTRY_CODE].upper(),
            simulate,
        )
        cached = self._rendered.get(number, {}).get(key)
        if cached is not None:
            return 200, cached
        order = self._owned(valid, request)
        rendered = scenarios.render_details(
            order.order_number, order.document, order.status, order.placed, simulate
        )
        body = json.dumps(rendered, separators=(",", ":"), ensure_ascii=False).encode()
        if len(self._rendered) >= _RENDERED_ORDERS:
            self._rendered.clear()
        self._rendered.setdefault(order.order_number, {})[key] = body
        return 200, body

    def _changed(self, order_number: str) -> None:
        self._rendered.pop(order_number, None)

    async def search(self, valid: ValidRequest, request: Request, operation: Operation) -> tuple[int, Any]:
        """v6 order search: every filter of the contract, pages of at most 100, 204 when nothing matches."""
        params = valid.params
        page_size = params.get("pageSize", _default(operation, "pageSize", 25))
        page_number = params.get("pageNumber", _default(operation, "pageNumber", 1))
        if not 1 <= page_size <= MAX_PAGE_SIZE:
            raise RequestInvalid(
                [FieldError("pageSize", f"pageSize must be between 1 and {MAX_PAGE_SIZE}", str(page_size))]
            )
        if page_number < 1:
            raise RequestInvalid(
                [FieldError("pageNumber", "pageNumber must be at least 1", str(page_number))]
            )
        statuses: set[str] | None = None
        if "orderStatus" in params:
            statuses = {params["orderStatus"].upper()}
        if "orderStatus-in" in params:
            listed = {status.strip().upper() for status in params["orderStatus-in"]}
            statuses = listed if statuses is None else statuses & listed
        if statuses is not None and not statuses:
            return 204, None
        filters = SearchFilters(
            order_number=_upper(params.get("ingramOrderNumber")),
            statuses=tuple(sorted(statuses or ())),
            order_date=_date(params, "ingramOrderDate"),
            order_date_between=_date_range(params, "ingramOrderDate-bt"),
            customer_order_number=_upper(params.get("customerOrderNumber")),
            end_customer_order_number=_upper(params.get("endCustomerOrderNumber")),
            invoice_date_between=_date_range(params, "invoiceDate_bt"),
            ship_date_between=_date_range(params, "shipDate_bt"),
            delivery_date_between=_date_range(params, "deliveryDate_bt"),
            terms=tuple(
                (name, str(params[name]).strip().upper()) for name in _SEARCH_TERMS if params.get(name)
            ),
        )
        total, orders = self.store.search(
            params[facts.HEADER_CUSTOMER_NUMBER],
            params[facts.HEADER_COUNTRY_CODE],
            filters,
            page_size,
            page_number,
        )
        if not orders:
            return 204, None
        body: dict[str, Any] = {
            "recordsFound": total,
            "pageSize": page_size,
            "pageNumber": page_number,
            "orders": [
                scenarios.render_search_row(o.order_number, o.document, o.status, o.placed) for o in orders
            ],
        }
        base = [(key, value) for key, value in request.query_params.multi_items() if key != "pageNumber"]
        path = request.url.path
        if page_number * page_size < total:
            body["nextPage"] = f"{path}?{urlencode([*base, ('pageNumber', page_number + 1)])}"
        if page_number > 1:
            body["previousPage"] = f"{path}?{urlencode([*base, ('pageNumber', page_number - 1)])}"
        return 200, body

    async def create_v6(self, valid: ValidRequest, request: Request, operation: Operation) -> tuple[int, Any]:
        """v6 create: 201, or 207 when some lines are rejected; 400 when none is accepted."""
        body = valid.body if isinstance(valid.body, dict) else {}
        order = scenarios.new_order(body, "v6")
        _refuse_without_lines(order)
        placed = self.clock.now()
        status = scenarios.ON_HOLD if order["customerHold"] else scenarios.released_status(order)
        number = await self.commits.create(
            NewOrder(valid.params[facts.HEADER_CUSTOMER_NUMBER], valid.params[facts.HEADER_COUNTRY_CODE],
                     status, placed, order)
        )  # fmt: skip
        return (207 if order["rejectedLines"] else 201), scenarios.render_created(number, order, placed)

    async def create_v7(self, valid: ValidRequest, request: Request, operation: Operation) -> tuple[int, Any]:
        """v7 create: a confirmation now; the order-created (or error) event goes to the webhook."""
        body = valid.body if isinstance(valid.body, dict) else {}
        order = scenarios.new_order(body, "v7")
        placed = self.clock.now()
        event_id = new_event_id()
        confirmation = (
            f"{valid.params[facts.HEADER_COUNTRY_CODE].upper()}-I-T-{secrets.randbelow(10**20):020d}"
        )
        stamp = placed.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        if order["lines"]:
            status = scenarios.ON_HOLD if order["customerHold"] else scenarios.released_status(order)

            def render(number: str) -> str:
                resource = {
                    "eventType": "IM::async_order_create",
                    **scenarios.render_created(number, order, placed),
                }
                event = _event("IM::created", "IM::async_order_create", event_id, stamp, resource)
                return json.dumps(event, separators=(",", ":"))

            await self.commits.create(
                NewOrder(valid.params[facts.HEADER_CUSTOMER_NUMBER], valid.params[facts.HEADER_COUNTRY_CODE],
                         status, placed, order, OrderEvent(event_id, render))
            )  # fmt: skip
        else:
            resource = {
                "eventType": "IM::async_order_create_error",
                "customerOrderNumber": order["customerOrderNumber"],
                "orders": [],
                "rejectedLineItems": order["rejectedLines"],
            }
            event = _event("IM::error", "IM::async_order_create_error", event_id, stamp, resource)
            self.store.queue_event(event_id, "", json.dumps(event, separators=(",", ":")))
        if self.deliverer is not None:
            self.deliverer.notify()
        message = (
            "Thank you for submitting the order request, it's currently under process."
            "We will notify you of the status via the Order Status webhook."
        )
        return 200, {
            "quoteNumber": str(body.get("quoteNumber") or ""),
            "confirmationNumber": confirmation,
            "message": message,
        }

    async def modify(self, valid: ValidRequest, request: Request, operation: Operation) -> tuple[int, Any]:
        """v6 modify: only on customer hold and within 24 h; `actionCode=release` releases the hold."""
        order = self._owned(valid, request)
        if order.status != scenarios.ON_HOLD:
            raise _Failure(400, _NOT_ON_HOLD)
        if self.clock.now() - order.placed > scenarios.MODIFY_WINDOW:
            raise _Failure(400, "Order can not be modified/released: it was placed more than 24 hours ago")
        action = valid.params.get("actionCode")
        if action is not None and action.strip().lower() != "release":
            raise RequestInvalid([FieldError("actionCode", "actionCode must be release", action)])
        body = valid.body if isinstance(valid.body, dict) else {}
        document = dict(order.document)
        rejected = _apply_changes(document, body)
        status = scenarios.released_status(document) if action is not None else scenarios.ON_HOLD
        self.store.update_order(order.order_number, status, document, order.placed)
        self._changed(order.order_number)
        changes = ["order released" if action is not None else "", "order modified" if body else ""]
        return 200, _modified(order.order_number, document, status, self.clock.now(), rejected, changes)

    async def cancel(self, valid: ValidRequest, request: Request, operation: Operation) -> tuple[int, Any]:
        """v6 cancel: only while the order is on customer hold (not yet released to the warehouse)."""
        order = self._owned(valid, request)
        if order.status == scenarios.CANCELLED:
            raise _Failure(400, "Order can not be cancelled: it is already cancelled")
        if order.status != scenarios.ON_HOLD:
            raise _Failure(400, "Order can not be cancelled: it has been released to the warehouse")
        self.store.update_order(order.order_number, scenarios.CANCELLED, order.document, order.placed)
        self._changed(order.order_number)
        return 200, None

    async def vendor_required_info(
        self, valid: ValidRequest, request: Request, operation: Operation
    ) -> tuple[int, Any]:
        """v7 vendor required info: the sandbox's SKUs need no vendor-specific attributes."""
        body = valid.body if isinstance(valid.body, dict) else {}
        answers = []
        for product in body.get("products") or []:
            if not isinstance(product, dict):
                continue
            known = scenarios.find_product(product.get("ingramPartNumber"), product.get("vendorPartNumber"))
            answers.append(
                {
                    "quoteNumber": str(body.get("quoteNumber") or ""),
                    "ingramPartNumber": known.ingram_part_number
                    if known
                    else str(product.get("ingramPartNumber") or ""),
                    "vendorPartNumber": known.vendor_part_number
                    if known
                    else str(product.get("vendorPartNumber") or ""),
                    "planId": str(product.get("planID") or ""),
                    "planName": "",
                    "responseMessages": []
                    if known
                    else [{"type": "/errors/not-found", "message": "Product not found"}],
                    "vmfAdditionalAttributes": [],
                    "vriAdditionalAttributes": [],
                }
            )
        return 200, answers

    async def not_implemented(
        self, valid: ValidRequest, request: Request, operation: Operation
    ) -> tuple[int, Any]:
        """A contract operation the sandbox does not emulate."""
        raise _Failure(501, f"the local sandbox does not emulate {operation.method} {operation.path}")


def _event(
    event: str, event_type: str, event_id: str, stamp: str, resource: dict[str, Any]
) -> dict[str, Any]:
    return {
        "topic": "resellers/orders",
        "event": event,
        "eventTimeStamp": stamp,
        "eventId": event_id,
        "eventType": event_type,
        "resource": resource,
    }


def _refuse_without_lines(order: dict[str, Any]) -> None:
    if order["lines"]:
        return
    fields = tuple(
        FieldError(f"lines[{index}]", reject["rejectReason"], reject["ingramPartNumber"] or None)
        for index, reject in enumerate(order["rejectedLines"])
    )
    raise _Failure(
        400,
        "No order line could be accepted",
        fields or (FieldError("lines", "at least one line is required"),),
    )


def _apply_changes(document: dict[str, Any], body: dict[str, Any]) -> list[dict[str, Any]]:
    """Apply a modify request's notes, ship-to and line changes; return the rejected line changes."""
    if isinstance(body.get("notes"), str):
        document["notes"] = body["notes"]
    if isinstance(body.get("shipToInfo"), dict):
        document["shipToInfo"] = {**document["shipToInfo"], **scenarios._address(body["shipToInfo"])}
    lines = [dict(line) for line in document["lines"]]
    rejected: list[dict[str, Any]] = []
    for change in body.get("lines") or []:
        if not isinstance(change, dict):
            continue
        action = str(change.get("addUpdateDeleteLine") or "").upper()
        if action == "ADD":
            next_number = max((int(line["ingramLineNumber"]) for line in lines), default=0) + 1
            line, reject = scenarios.build_line(next_number, change)
            if line is not None:
                lines.append(line)
            if reject is not None:
                rejected.append(reject)
            continue
        target = next(
            (
                line
                for line in lines
                if (change.get("ingramLineNumber") and line["ingramLineNumber"] == change["ingramLineNumber"])
                or (
                    change.get("customerLineNumber")
                    and line["customerLineNumber"] == change["customerLineNumber"]
                )
            ),
            None,
        )
        if target is None:
            rejected.append(_line_reject(change, "EL", "ERROR-LINE-NOT-FOUND"))
        elif action == "DELETE":
            lines.remove(target)
        elif isinstance(change.get("quantity"), int) and change["quantity"] < 1:
            rejected.append(_line_reject(change, "EQ", "ERROR-INVALID-QTY"))
        else:
            if isinstance(change.get("quantity"), int):
                target["quantity"] = change["quantity"]
            if isinstance(change.get("notes"), str):
                target["notes"] = change["notes"]
    document["lines"] = lines
    return rejected


def _line_reject(change: dict[str, Any], code: str, reason: str) -> dict[str, Any]:
    return {
        "ingramLineNumber": str(change.get("ingramLineNumber") or ""),
        "customerLineNumber": str(change.get("customerLineNumber") or ""),
        "ingramPartNumber": str(change.get("ingramPartNumber") or ""),
        "quantityOrdered": change["quantity"] if isinstance(change.get("quantity"), int) else 0,
        "rejectCode": code,
        "rejectReason": reason,
    }


def _modified(
    number: str,
    document: dict[str, Any],
    status: str,
    now: datetime,
    rejected: list[dict[str, Any]],
    changes: list[str],
) -> dict[str, Any]:
    total = scenarios.order_total(document)
    lines = []
    for line in document["lines"]:
        product = scenarios.CATALOGUE[line["ingramPartNumber"]]
        backordered = line["quantity"] if product.availability == scenarios.NO_STOCK else 0
        lines.append(
            {
                "subOrderNumber": f"{number}-11",
                "ingramLineNumber": line["ingramLineNumber"],
                "customerLineNumber": line["customerLineNumber"],
                "ingramPartNumber": product.ingram_part_number,
                "vendorPartNumber": product.vendor_part_number,
                "quantityOrdered": line["quantity"],
                "quantityConfirmed": line["quantity"] - backordered,
                "quantityBackOrdered": backordered,
                "notes": line["notes"],
            }
        )
    body: dict[str, Any] = {
        "ingramOrderNumber": number,
        "changeDescription": ", ".join(change for change in changes if change) or "no change",
        "orderModifiedDate": now.isoformat(timespec="milliseconds"),
        "customerOrderNumber": document["customerOrderNumber"],
        "endCustomerOrderNumber": document["endCustomerOrderNumber"],
        "orderTotal": total,
        "notes": document["notes"],
        "orderSubTotal": total,
        "freightCharges": 0.0,
        "totalTax": 0.0,
        "orderStatus": status,
        "billToAddressId": document["billToAddressId"],
        "shipToInfo": dict(document["shipToInfo"]),
        "lines": lines,
    }
    if rejected:
        body["rejectedLineItems"] = rejected
    return body


def _default(operation: Operation, name: str, fallback: int) -> int:
    for param in operation.parameters:
        if param.name == name and "default" in param.schema:
            with contextlib.suppress(TypeError, ValueError):
                return int(param.schema["default"])
    return fallback


def _upper(value: Any) -> str | None:
    return str(value).strip().upper() if value else None


def _date(params: dict[str, Any], name: str) -> str | None:
    value = params.get(name)
    if not value:
        return None
    text = str(value).strip()[:10]
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise RequestInvalid([FieldError(name, f"{name} must be a date (YYYY-MM-DD)", str(value))]) from None


def _date_range(params: dict[str, Any], name: str) -> tuple[str, str] | None:
    values = params.get(name)
    if not values:
        return None
    if len(values) != 2:
        raise RequestInvalid(
            [FieldError(name, f"{name} needs two dates: a start and an end", ",".join(values))]
        )
    # An inverted range is valid by the contract: it simply matches nothing.
    start, end = (_date({name: value}, name) or "" for value in values)
    return start, end


def _basic_credentials(header: str | None) -> tuple[str, str] | None:
    if not header or not header.lower().startswith("basic "):
        return None
    try:
        decoded = base64.b64decode(header[6:].strip(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        return None
    user, sep, password = decoded.partition(":")
    return (user, password) if sep else None


def _error_body(
    operation: Operation, message: str, errors: tuple[FieldError, ...], status: int = 400
) -> dict[str, Any]:
    """The operation's documented error shape, with one entry per field."""
    trace = secrets.token_hex(8)
    kind = "/errors/validation-failed" if status == 400 else "/errors/validation-error"
    fields = []
    for error in errors:
        entry = {"field": error.field, "message": error.message}
        if error.value is not None:
            entry["value"] = error.value
        fields.append(entry)
    if operation.error_style == "flat":
        return {"traceid": trace, "type": kind, "message": message, "fields": fields}
    item: dict[str, Any] = {"id": trace, "type": kind, "message": message}
    if fields:
        item["fields"] = fields
    return {"errors": [item]}


def _json(status: int, payload: Any, headers: dict[str, str] | None = None) -> Response:
    content = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
    return Response(content, status_code=status, headers=headers, media_type=_JSON)


async def _not_found(scope: Scope, receive: Receive, send: Send) -> None:
    response = _json(
        404,
        {"errors": [{"id": secrets.token_hex(8), "type": "/errors/not-found", "message": "No such path"}]},
    )
    await response(scope, receive, send)


def create_app(config: SandboxConfig | None = None, *, contract: Contract | None = None) -> Starlette:
    """Build a sandbox app. The contract is read now (default: `config.contract_path`); the database is
    opened by the app's lifespan, so building an app touches no state."""
    config = config or SandboxConfig()
    contract = contract or Contract.load(config.contract_path)
    sandbox = Sandbox(config, contract)
    handlers: dict[tuple[str, str], _Handler] = {
        route_key("GET", "/resellers/v6.1/orders/{}"): sandbox.details,
        route_key("GET", "/resellers/v6/orders/search"): sandbox.search,
        route_key("POST", "/resellers/v6/orders"): sandbox.create_v6,
        route_key("POST", "/resellers/v7/orders"): sandbox.create_v7,
        route_key("PUT", "/resellers/v6/orders/{}"): sandbox.modify,
        route_key("DELETE", "/resellers/v6/orders/{}"): sandbox.cancel,
        route_key("POST", "/resellers/v7/vendorrequiredinfo"): sandbox.vendor_required_info,
    }
    served: list[tuple[str, str, Callable[[Request], Awaitable[Response]]]] = []
    for key, operation in contract.operations.items():
        if operation.path.lower() == facts.TOKEN_PATH or "/webhooks/" in operation.path.lower():
            continue
        handler = handlers.get(key, sandbox.not_implemented)
        served.append((operation.method, operation.path, sandbox.endpoint(operation, handler)))
    # The hot read path first: Starlette tries routes in order.
    served.sort(key=lambda item: (item[0] != "GET", "search" in item[1]))

    async def health(request: Request) -> Response:
        return _json(200, {"status": "ok"})

    routes = [
        Route(facts.TOKEN_PATH, sandbox.token, methods=["GET", "POST"]),
        Route("/health", health, methods=["GET"]),
    ]
    for prefix in (facts.SANDBOX_PREFIX, ""):
        routes.extend(Route(prefix + path, endpoint, methods=[method]) for method, path, endpoint in served)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await sandbox.startup()
        try:
            yield
        finally:
            await sandbox.shutdown()

    app = Starlette(routes=routes, lifespan=lifespan)
    app.router.default = _not_found
    app.state.sandbox = sandbox
    return app
