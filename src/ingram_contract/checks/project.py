"""Checks of this project's own, beside schemathesis' built-in ones: same signature, typed failures.

Each is a plain `(ctx, response, case)` function that raises a `schemathesis` `Failure` subclass (so the
runner treats it like a built-in check), listed in `checks/registry.py` and passed explicitly, never
registered globally: importing this module changes nothing for other schemathesis users in the process.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from schemathesis.core.failures import Failure

from ingram_contract import facts
from ingram_contract.findings import Severity

if TYPE_CHECKING:
    from typing import TypeAlias

    from schemathesis import Case, CheckContext, Response

    AnyCase: TypeAlias = Case[Any]


class CorrelationIdNotEchoed(Failure):
    """The response does not carry back the `IM-CorrelationID` the request sent."""

    code: ClassVar[str] = "IM901"
    checks: ClassVar[tuple[str, ...]] = ("correlation_id_echoed",)
    kind_title: ClassVar[str] = "IM-CorrelationID not echoed"

    def __init__(self, *, operation: str, message: str, documented: bool) -> None:
        super().__init__(operation=operation, message=message)
        # Documented echoes are errors; the vendor echoes everywhere, but only some responses say so.
        self.documented = documented

    @property
    def finding_severity(self) -> Severity:
        """An error where the contract documents the echo, a warning where only the vendor's habit says so."""
        return Severity.ERROR if self.documented else Severity.WARNING

    @property
    def _unique_key(self) -> str:
        return facts.HEADER_CORRELATION_ID


def _documented_response_headers(case: AnyCase, status: int) -> set[str]:
    definition: dict[str, Any] = case.operation.definition.raw
    responses = definition.get("responses") or {}
    response = responses.get(str(status)) or responses.get(f"{str(status)[0]}XX") or responses.get("default")
    return {name.lower() for name in ((response or {}).get("headers") or {})}


def _takes_correlation_id(case: AnyCase) -> bool:
    definition: dict[str, Any] = case.operation.definition.raw
    return any(
        isinstance(parameter, dict)
        and parameter.get("in") == "header"
        and str(parameter.get("name", "")).lower() == facts.HEADER_CORRELATION_ID.lower()
        for parameter in definition.get("parameters") or []
    )


def _sent_header(response: Response, name: str) -> str | None:
    value = response.request.headers.get(name)
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return value


def correlation_id_echoed(ctx: CheckContext, response: Response, case: AnyCase) -> bool | None:
    """A request's `IM-CorrelationID` comes back unchanged in the response's headers."""
    sent = _sent_header(response, facts.HEADER_CORRELATION_ID)
    if sent is None or not _takes_correlation_id(case):
        return None
    received = response.headers.get(facts.HEADER_CORRELATION_ID.lower())
    echoed = received[0] if received else None
    if echoed == sent:
        return True
    documented = facts.HEADER_CORRELATION_ID.lower() in _documented_response_headers(
        case, response.status_code
    )
    got = "no such header" if echoed is None else f"{echoed!r}"
    raise CorrelationIdNotEchoed(
        operation=case.operation.label,
        message=f"sent {facts.HEADER_CORRELATION_ID} {sent!r}, got {got} (status {response.status_code})",
        documented=documented,
    )
