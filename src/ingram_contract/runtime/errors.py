"""What a failed call raises: the status, the vendor's error body and the correlation id of the call."""

from __future__ import annotations

import json
from typing import Any

import httpx

from ingram_contract import facts

_MAX_MESSAGE_CHARS = 300


class IngramError(Exception):
    """Base class of everything the runtime helpers raise on purpose."""


class ConfigurationError(IngramError):
    """Missing credentials, an unknown environment, or production reached without asking for it."""


class IngramAPIError(IngramError):
    """The API answered with an error status (after any retries).

    `body` is the vendor's error body, decoded from JSON when it is JSON (`{"errors": [...]}` or an API
    gateway `{"fault": ...}`), else the text; `correlation_id` is the `IM-CorrelationID` the call sent,
    which is what the vendor's support asks for.
    """

    def __init__(
        self,
        status_code: int,
        body: Any,
        *,
        correlation_id: str | None = None,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.body = body
        self.correlation_id = correlation_id
        self.method = method
        self.url = url
        super().__init__(self._summary())

    @classmethod
    def from_response(cls, response: httpx.Response) -> IngramAPIError:
        """Build the error from a response whose body has been read."""
        request = response.request
        return cls(
            response.status_code,
            decode_body(response.content),
            correlation_id=request.headers.get(facts.HEADER_CORRELATION_ID),
            method=request.method,
            url=str(request.url.copy_with(query=None)),
        )

    @property
    def messages(self) -> list[str]:
        """The human-readable messages in the vendor's error body, in order."""
        return vendor_messages(self.body)

    def _summary(self) -> str:
        where = f" {self.method} {self.url}" if self.method and self.url else ""
        detail = "; ".join(self.messages) or (self.body if isinstance(self.body, str) else "")
        if len(detail) > _MAX_MESSAGE_CHARS:
            detail = detail[:_MAX_MESSAGE_CHARS] + "…"
        cid = f" [correlation id {self.correlation_id}]" if self.correlation_id else ""
        return f"HTTP {self.status_code}{where}{cid}" + (f": {detail}" if detail else "")


class TokenError(IngramAPIError):
    """The token endpoint refused the client credentials or answered something that is not a token."""


class WebhookRejected(IngramError):
    """A webhook delivery that must not be processed; `status_code` is what to answer the sender."""

    def __init__(self, reason: str, status_code: int = 401) -> None:
        self.reason = reason
        self.status_code = status_code
        super().__init__(reason)


def decode_body(content: bytes) -> Any:
    """JSON when the body is JSON, else the text (empty string for no body)."""
    if not content:
        return ""
    try:
        return json.loads(content)
    except ValueError:
        return content.decode("utf-8", errors="replace")


def vendor_messages(body: Any) -> list[str]:
    """Messages from the vendor's error shapes: `errors[].message`, `message`, `fault.faultstring`."""
    if not isinstance(body, dict):
        return []
    messages: list[str] = []
    errors = body.get("errors")
    if isinstance(errors, list):
        for error in errors:
            if isinstance(error, dict):
                text = " ".join(str(error[key]) for key in ("code", "message") if error.get(key))
                if text:
                    messages.append(text)
    for key in ("message", "error_description", "error"):
        if isinstance(body.get(key), str):
            messages.append(body[key])
    fault = body.get("fault")
    if isinstance(fault, dict) and isinstance(fault.get("faultstring"), str):
        messages.append(fault["faultstring"])
    return messages
