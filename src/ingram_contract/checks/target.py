"""Where the checks send requests and as whom, and the request data every check run shares."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from ingram_contract import facts
from ingram_contract.checks.schema import CREATE_V6, with_order_links
from ingram_contract.runtime.auth import token_url_for

if TYPE_CHECKING:
    from typing import TypeAlias

    from schemathesis import Case

    AnyCase: TypeAlias = Case[Any]

_CORRELATION_ID: Final = re.compile(r"[^A-Za-z0-9-]")
# The vendor's additional attribute that places a new order on customer hold (modifiable, cancellable).
_HOLD: Final = facts.CUSTOMER_HOLD_ATTRIBUTE


@dataclass(frozen=True)
class ServerTarget:
    """Where to send requests and as whom; the secret is kept out of the repr."""

    base_url: str
    client_id: str
    client_secret: str = field(repr=False)
    token_url: str | None = None
    customer_number: str = facts.DEFAULT_CUSTOMER_NUMBER
    country_code: str = facts.DEFAULT_COUNTRY_CODE
    sender_id: str | None = None
    timeout: float = 10.0
    allow_production_writes: bool = False
    # Politeness (checks.polite): requests/s and requests per run; None keeps PolitePolicy.for_url's default.
    rate: float | None = None
    request_budget: int | None = None

    @property
    def resolved_token_url(self) -> str:
        """The token URL, by default the base URL's origin + the token path (no `/sandbox` prefix)."""
        return self.token_url or str(token_url_for(self.base_url))


def server_document(document: dict[str, Any]) -> dict[str, Any]:
    """The operations a server answers: the order-status webhook is sent by the vendor, not to it."""
    served = copy.deepcopy(document)
    served["paths"] = {
        path: item
        for path, item in (document.get("paths") or {}).items()
        if path.lower() != facts.ORDER_STATUS_WEBHOOK_PATH.lower()
    }
    return with_order_links(served)


def correlation_id(*parts: object) -> str:
    """A valid `IM-CorrelationID` (ASCII letters, digits, dashes; at most 32 characters)."""
    text = "-".join(_CORRELATION_ID.sub("", str(part)) for part in ("ict", *parts))
    return text[: facts.CORRELATION_ID_MAX_LENGTH]


def account_headers(target: ServerTarget, correlation: str) -> dict[str, str]:
    """The IM-* headers of the target's test account."""
    headers: dict[str, str] = {
        facts.HEADER_CUSTOMER_NUMBER: target.customer_number,
        facts.HEADER_COUNTRY_CODE: target.country_code,
        facts.HEADER_CORRELATION_ID: correlation,
    }
    if target.sender_id:
        headers[facts.HEADER_SENDER_ID] = target.sender_id
    return headers


def orderable_create(case: AnyCase) -> None:
    """Make a v6 create request orderable in the sandbox: in-stock SKU lines, placed on customer hold.

    Without it a generated create names parts no sandbox stocks, so no order exists for the linked
    operations to act on.
    """
    if case.operation.definition.raw.get("operationId") != CREATE_V6 or not isinstance(case.body, dict):
        return
    body: dict[str, Any] = case.body
    lines = body.get("lines")
    if not isinstance(lines, list) or not lines:
        lines = [{}]
    orderable: list[dict[str, Any]] = []
    for line in lines[:3]:
        kept = {key: value for key, value in (line if isinstance(line, dict) else {}).items()}
        kept.pop("vendorPartNumber", None)
        orderable.append({**kept, "ingramPartNumber": facts.SKU_IN_STOCK, "quantity": 1})
    body["lines"] = orderable
    attributes = [
        attribute
        for attribute in body.get("additionalAttributes") or []
        if isinstance(attribute, dict) and str(attribute.get("attributeName", "")).lower() != _HOLD.lower()
    ]
    # The vendor refuses a repeated customerOrderNumber unless told otherwise, as all its examples do.
    body["additionalAttributes"] = [
        *attributes,
        {"attributeName": _HOLD, "attributeValue": "true"},
        {"attributeName": facts.DUPLICATE_PO_ATTRIBUTE, "attributeValue": "true"},
    ]
