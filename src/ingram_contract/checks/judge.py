"""Judging one answer: every listed check against the contract, the response checks against other documents.

Findings carry the name and severity their check gives them (`checks/registry.py`); the only judgement
made here is the vendor's business refusal, derived from the contract index: an operation that changes
orders may refuse schema-valid data with its documented 400 (no stocked part, an order already released;
405 for the cancel of a released order).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from schemathesis.core.failures import Failure, FailureGroup
from schemathesis.openapi.checks import RejectedPositiveData

from ingram_contract.checks.redaction import Redactor
from ingram_contract.checks.registry import CONTRACT_CHECKS, RESPONSE_CHECKS, judged
from ingram_contract.checks.transport import Transport
from ingram_contract.findings import CONTRACT_DOCUMENT, Finding
from ingram_contract.spec.operations import ContractIndex, path_parameter_names, path_shape

if TYPE_CHECKING:
    from typing import TypeAlias

    from schemathesis import Case, Response
    from schemathesis.schemas import APIOperation

    AnyCase: TypeAlias = Case[Any]
    AnyOperation: TypeAlias = APIOperation[Any, Any, Any, Any]


class Judge:
    """Turns answers into findings for one contract (and, by name, other documents)."""

    def __init__(
        self,
        contract: dict[str, Any],
        extra: dict[str, dict[tuple[str, str], AnyOperation]],
        transport: Transport,
        redactor: Redactor,
    ) -> None:
        self.transport = transport
        self.redactor = redactor
        self._extra = extra
        self._refusing = {op.label for op in ContractIndex(contract) if op.changes_orders}

    def check_response(self, case: AnyCase, response: Response, *, recorder: Any = None) -> list[Finding]:
        """Every finding on one response: each listed check, then the extra documents' response checks."""
        findings: list[Finding] = []
        try:
            case.validate_response(
                response,
                checks=[check.function for check in CONTRACT_CHECKS],
                headers=self.transport.auth_headers(case.operation),
                transport_kwargs=self.transport.transport_kwargs(case.operation),
                recorder=recorder,
            )
        except FailureGroup as group:
            findings.extend(
                self.finding(failure, case, response)
                for failure in group.exceptions
                if not self._business_refusal(failure, case, response)
            )
        for name, operations in self._extra.items():
            findings.extend(self._check_against(name, operations, case, response))
        return findings

    def _business_refusal(self, failure: Failure, case: AnyCase, response: Response) -> bool:
        return (
            isinstance(failure, RejectedPositiveData)
            and response.status_code in (400, 405)
            and case.operation.label in self._refusing
        )

    def _check_against(
        self, name: str, operations: dict[tuple[str, str], AnyOperation], case: AnyCase, response: Response
    ) -> list[Finding]:
        other = operations.get((case.method.upper(), path_shape(case.path)))
        if other is None:
            return []
        values = (case.path_parameters or {}).values()
        renamed = dict(zip(path_parameter_names(other.path), values, strict=False))
        other_case = other.Case(
            path_parameters=renamed,
            query=dict(case.query or {}),
            headers=dict(case.headers or {}),
            body=case.body,
            media_type=case.media_type,
        )
        try:
            other_case.validate_response(response, checks=[check.function for check in RESPONSE_CHECKS])
        except FailureGroup as group:
            return [self.finding(failure, case, response, document=name) for failure in group.exceptions]
        return []

    def finding(
        self, failure: Failure, case: AnyCase, response: Response, *, document: str = CONTRACT_DOCUMENT
    ) -> Finding:
        """A failure as a finding: its check's name and severity, redacted message and reproduction."""
        check, severity = judged(failure)
        message = failure.title
        if failure.message:
            message += ": " + " ".join(failure.message.split())[:500]
        return Finding(
            operation=case.operation.label,
            check=check,
            message=self.redactor.redact(message),
            severity=severity,
            reproduction=self.transport.reproduction(case, response),
            document=document,
            detail=self.redactor.redact(str(getattr(failure, "_unique_key", "") or "")),
            status_code=response.status_code,
        )
