"""The reseller account behind every order call: the four IM headers, a fresh correlation id each time."""

from __future__ import annotations

import os
import uuid
from collections.abc import Mapping
from typing import Any

import attrs

from ingram_contract import facts
from ingram_contract.runtime.errors import ConfigurationError


def new_correlation_id() -> str:
    """A fresh `IM-CorrelationID`: 32 hex characters, the most the API accepts."""
    return uuid.uuid4().hex


def _upper(value: str) -> str:
    return value.upper()


def _check_country(_: object, __: attrs.Attribute[str], value: str) -> None:
    if len(value) != 2:
        raise ValueError(f"country code must be two letters, got {value!r}")


def _check_sender(_: object, __: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and len(value) > facts.CORRELATION_ID_MAX_LENGTH:
        raise ValueError("sender id is at most 32 characters")


@attrs.frozen
class Account:
    """Customer number, country code and optional sender id of the reseller making the calls.

    `kwargs()` gives the keyword arguments the generated operations take for the IM headers
    (`im_customer_number`, `im_country_code`, `im_correlation_id`, `im_sender_id`), with a new
    correlation id on every call: `get_order.sync(number, client=client, **account.kwargs())`.
    """

    customer_number: str = attrs.field(validator=attrs.validators.max_len(10))
    country_code: str = attrs.field(converter=_upper, validator=_check_country)
    sender_id: str | None = attrs.field(default=None, validator=_check_sender)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Account:
        """From `INGRAM_CUSTOMER_NUMBER`, `INGRAM_COUNTRY_CODE` and (optional) `INGRAM_SENDER_ID`."""
        env = os.environ if environ is None else environ
        missing = [name for name in (facts.ENV_CUSTOMER_NUMBER, facts.ENV_COUNTRY_CODE) if not env.get(name)]
        if missing:
            raise ConfigurationError(f"set {' and '.join(missing)} (or build an Account yourself)")
        return cls(
            env[facts.ENV_CUSTOMER_NUMBER],
            env[facts.ENV_COUNTRY_CODE],
            env.get(facts.ENV_SENDER_ID) or None,
        )

    @classmethod
    def sandbox(cls, sender_id: str | None = None) -> Account:
        """The vendor's sandbox test account (customer 20-222222, US)."""
        return cls(facts.DEFAULT_CUSTOMER_NUMBER, facts.DEFAULT_COUNTRY_CODE, sender_id)

    def kwargs(self, correlation_id: str | None = None) -> dict[str, Any]:
        """Keyword arguments for a generated operation, with a fresh correlation id unless one is given."""
        arguments: dict[str, Any] = {
            "im_customer_number": self.customer_number,
            "im_country_code": self.country_code,
            "im_correlation_id": correlation_id or new_correlation_id(),
        }
        if self.sender_id is not None:
            arguments["im_sender_id"] = self.sender_id
        return arguments

    def headers(self, correlation_id: str | None = None) -> dict[str, str]:
        """The same as HTTP headers, for calls made without the generated client."""
        headers = {
            facts.HEADER_CUSTOMER_NUMBER: self.customer_number,
            facts.HEADER_COUNTRY_CODE: self.country_code,
            facts.HEADER_CORRELATION_ID: correlation_id or new_correlation_id(),
        }
        if self.sender_id is not None:
            headers[facts.HEADER_SENDER_ID] = self.sender_id
        return headers
