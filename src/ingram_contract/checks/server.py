"""Server conformance: generated requests to a base URL, every response judged by schemathesis' checks.

One `ServerChecker` serves the pytest suite (one test per operation, the stateful scenario, hand-made
cases) and the drift run (`run_server_checks`, all at once). It never raises for what the server does:
an unreachable host, a timeout, a storm of 5xx answers or a failed token request become findings of the
operation they hit, so a report can still be written.
"""

from __future__ import annotations

import contextlib
import copy
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal, TypeAlias

import hypothesis
import hypothesis.errors
import requests
from hypothesis import HealthCheck, Phase
from schemathesis import Case, GenerationMode, Response
from schemathesis.core.failures import Failure, FailureGroup
from schemathesis.openapi.checks import RejectedPositiveData
from schemathesis.schemas import APIOperation, BaseSchema
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from ingram_contract import facts
from ingram_contract.checks.findings import CONTRACT_DOCUMENT, Finding, Severity, dedupe
from ingram_contract.checks.project import PROJECT_CHECKS, CorrelationIdNotEchoed
from ingram_contract.checks.redaction import Redactor
from ingram_contract.checks.safety import ensure_write_allowed
from ingram_contract.checks.schema import load_schema, operation_key, read_document, with_order_links
from ingram_contract.runtime.auth import token_url_for

AnyCase: TypeAlias = "Case[Any]"
AnyOperation: TypeAlias = "APIOperation[Any, Any, Any, Any]"
Mode = Literal["positive", "negative"]
MODES: Final[tuple[Mode, ...]] = ("positive", "negative")

# The checks that judge a response alone, used against extra documents (the raw upstream): the others
# need generation metadata or send requests of their own, which only make sense for the contract.
RESPONSE_CHECKS: Final = (
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
)
# Operations whose schema-valid requests the vendor refuses by business rule with its documented 400
# (405 for a cancel): an order naming no stocked part, a modify or cancel of an order already released.
# Elsewhere a 400 for data the contract allows is a finding (a missing constraint, or a wrong server).
BUSINESS_REFUSALS: Final = frozenset(
    {
        "POST /resellers/v6/orders",
        "POST /resellers/v7/orders",
        "PUT /resellers/v6/orders/{orderNumber}",
        "DELETE /resellers/v6/orders/{OrderNumber}",
    }
)
_STATEFUL_ATTEMPTS: Final = 3
_CORRELATION_ID: Final = re.compile(r"[^A-Za-z0-9-]")
# The vendor's additional attribute that places a new order on customer hold (modifiable, cancellable).
_HOLD: Final = "allowOrderOnCustomerHold"


class TokenError(RuntimeError):
    """The token endpoint did not issue a token (the message never carries the credentials)."""


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


class _Stop(Exception):
    """Ends the exploration of one operation early (unreachable, timeout, 5xx storm)."""


@dataclass
class _Exploration:
    findings: list[Finding] = field(default_factory=list)
    consecutive_5xx: int = 0
    cases: int = 0
    stopped: bool = False


class ServerChecker:
    """Checks a server against the contract (and optionally other documents), one operation at a time."""

    def __init__(
        self,
        contract: dict[str, Any] | Path | str,
        target: ServerTarget,
        *,
        max_examples: int = 10,
        seed: int = 0,
        extra_documents: dict[str, dict[str, Any]] | None = None,
        redactor: Redactor | None = None,
        storm_threshold: int = 5,
        correlation_prefix: str = "",
    ) -> None:
        self.target = target
        self.max_examples = max_examples
        self.seed = seed
        self.storm_threshold = storm_threshold
        self.redactor = redactor or Redactor()
        self.redactor.add(target.client_secret)
        self.session = requests.Session()
        self.cases_sent = 0
        # (operation label, status) → count: what the server answered, so a test can tell what a run reached.
        self.answers: Counter[tuple[str, int]] = Counter()
        self._token: str | None = None
        self._correlation_id = correlation_id(correlation_prefix or f"s{seed}")
        self.document = server_document(read_document(contract))
        self.schema = load_schema(
            self.document,
            base_url=target.base_url,
            headers=self.account_headers(),
        )
        self._operations = {op.label: op for op in _operations(self.schema)}
        self._extra: dict[str, dict[str, AnyOperation]] = {}
        for name, document in (extra_documents or {}).items():
            extra = load_schema(read_document(document), base_url=target.base_url)
            self._extra[name] = {operation_key(op.method, op.path): op for op in _operations(extra)}

    # -- setup ---------------------------------------------------------------------------------------------

    def account_headers(self) -> dict[str, str]:
        """The IM-* headers of the test account, fixed in every generated case."""
        headers: dict[str, str] = {
            facts.HEADER_CUSTOMER_NUMBER: self.target.customer_number,
            facts.HEADER_COUNTRY_CODE: self.target.country_code,
            facts.HEADER_CORRELATION_ID: self._correlation_id,
        }
        if self.target.sender_id:
            headers[facts.HEADER_SENDER_ID] = self.target.sender_id
        return headers

    @property
    def operations(self) -> list[str]:
        """The labels (`METHOD /path`) of the operations this server is checked on."""
        return list(self._operations)

    def operation(self, label: str) -> AnyOperation:
        """One operation by label, e.g. `GET /resellers/v6.1/orders/{ordernumber}`."""
        return self._operations[label]

    def token(self) -> str:
        """A bearer token from the token endpoint (client credentials, POST form), fetched once."""
        if self._token is None:
            self._token = fetch_token(self.target, self.session)
            self.redactor.add(self._token)
        return self._token

    def close(self) -> None:
        """Close the HTTP session."""
        self.session.close()

    def __enter__(self) -> ServerChecker:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- one request -----------------------------------------------------------------------------------

    def _is_token_operation(self, operation: AnyOperation) -> bool:
        return operation.path.lower() == facts.TOKEN_PATH

    def _base_url_for(self, operation: AnyOperation) -> str:
        if self._is_token_operation(operation):
            return self.target.resolved_token_url[: -len(facts.TOKEN_PATH)]
        return self.target.base_url.rstrip("/")

    def _auth_headers(self, operation: AnyOperation) -> dict[str, str]:
        if self._is_token_operation(operation):
            return {}
        return {"Authorization": f"Bearer {self.token()}"}

    def send(self, case: AnyCase) -> Response:
        """Send one case (guarded, authorised, with the target's timeout); network errors propagate."""
        base_url = self._base_url_for(case.operation)
        if not self._is_token_operation(case.operation):
            ensure_write_allowed(
                case.method,
                base_url + case.formatted_path,
                allow_production_writes=self.target.allow_production_writes,
            )
        self.cases_sent += 1
        response = case.call(
            base_url=base_url,
            session=self.session,
            headers=self._auth_headers(case.operation),
            timeout=self.target.timeout,
        )
        self.answers[(case.operation.label, response.status_code)] += 1
        return response

    def reproduction(self, case: AnyCase, response: Response | None = None) -> str:
        """A curl command for `case`, credentials redacted."""
        if response is not None:
            headers = {
                key: value for key, value in response.request.headers.items() if isinstance(value, str)
            }
        else:
            headers = (
                {"Authorization": "Bearer [REDACTED]"} if not self._is_token_operation(case.operation) else {}
            )
        try:
            curl = case.as_curl_command(headers=headers, base_url=self._base_url_for(case.operation))
        except Exception as exc:  # a reproduction is best effort; the finding is not
            curl = f"(no curl reproduction: {type(exc).__name__})"
        return self.redactor.redact(curl)

    # -- judging a response ------------------------------------------------------------------------------

    def check_response(self, case: AnyCase, response: Response, *, recorder: Any = None) -> list[Finding]:
        """Every finding on one response: all of schemathesis' checks, the project's, the extra documents."""
        findings: list[Finding] = []
        auth = self._auth_headers(case.operation)
        transport_kwargs: dict[str, Any] = {
            "base_url": self._base_url_for(case.operation),
            "session": self.session,
            "headers": auth,
            "timeout": self.target.timeout,
        }
        try:
            case.validate_response(
                response,
                additional_checks=list(PROJECT_CHECKS),
                headers=auth,
                transport_kwargs=transport_kwargs,
                recorder=recorder,
            )
        except FailureGroup as group:
            findings.extend(
                self._finding(failure, case, response)
                for failure in group.exceptions
                if not _business_refusal(failure, case, response)
            )
        for name, operations in self._extra.items():
            findings.extend(self._check_against(name, operations, case, response))
        return findings

    def _check_against(
        self, name: str, operations: dict[str, AnyOperation], case: AnyCase, response: Response
    ) -> list[Finding]:
        other = operations.get(operation_key(case.method, case.path))
        if other is None:
            return []
        renamed = dict(zip(_path_names(other.path), (case.path_parameters or {}).values(), strict=False))
        other_case = other.Case(
            path_parameters=renamed,
            query=dict(case.query or {}),
            headers=dict(case.headers or {}),
            body=case.body,
            media_type=case.media_type,
        )
        try:
            other_case.validate_response(response, checks=list(RESPONSE_CHECKS))
        except FailureGroup as group:
            return [self._finding(failure, case, response, document=name) for failure in group.exceptions]
        return []

    def _finding(
        self, failure: Failure, case: AnyCase, response: Response, *, document: str = CONTRACT_DOCUMENT
    ) -> Finding:
        severity: Severity = "error"
        if isinstance(failure, CorrelationIdNotEchoed) and not failure.documented:
            severity = "warning"
        message = failure.title
        if failure.message:
            message += ": " + " ".join(failure.message.split())[:500]
        return Finding(
            operation=case.operation.label,
            check=_check_name(failure),
            message=self.redactor.redact(message),
            reproduction=self.reproduction(case, response),
            document=document,
            detail=self.redactor.redact(str(getattr(failure, "_unique_key", "") or "")),
            status_code=response.status_code,
            severity=severity,
        )

    # -- exploring an operation ----------------------------------------------------------------------------

    def exercise(self, case: AnyCase, state: _Exploration | None = None) -> list[Finding]:
        """Send one case and judge the answer; transport failures are findings, not exceptions."""
        state = state or _Exploration()
        label = case.operation.label
        state.cases += 1
        try:
            response = self.send(case)
        except TokenError as exc:
            state.stopped = True
            return [self._transport_finding(case, "token", str(exc))]
        except requests.Timeout:
            state.stopped = True
            return [self._transport_finding(case, "timeout", f"no answer within {self.target.timeout:g} s")]
        except requests.ConnectionError as exc:
            state.stopped = True
            return [self._transport_finding(case, "unreachable", _first_line(exc))]
        if response.status_code >= 500:
            state.consecutive_5xx += 1
            if state.consecutive_5xx >= self.storm_threshold:
                state.stopped = True
                message = f"{state.consecutive_5xx} answers in a row were 5xx (last {response.status_code})"
                storm = Finding(
                    operation=label,
                    check="server_error_storm",
                    message=message,
                    reproduction=self.reproduction(case, response),
                    detail="5xx",
                    status_code=response.status_code,
                )
                return [storm, *self.check_response(case, response)]
        else:
            state.consecutive_5xx = 0
        return self.check_response(case, response)

    def _transport_finding(self, case: AnyCase, check: str, message: str) -> Finding:
        return Finding(
            operation=case.operation.label,
            check=check,
            message=self.redactor.redact(message),
            reproduction=self.reproduction(case),
            detail=check,
        )

    def check_operation(
        self, label: str, mode: Mode = "positive", *, max_examples: int | None = None
    ) -> list[Finding]:
        """Explore one operation with generated cases (positive: valid per contract; negative: invalid)."""
        operation = self.operation(label)
        state = _Exploration()
        strategy = operation.as_strategy(generation_mode=GenerationMode(mode))

        def explore(case: AnyCase) -> None:
            if state.stopped:
                raise _Stop
            state.findings.extend(self.exercise(case, state))
            if state.stopped:
                raise _Stop

        test = hypothesis.given(strategy)(explore)
        test = self._settings(max_examples or self.max_examples)(test)
        test = hypothesis.seed(self.seed)(test)
        with contextlib.suppress(_Stop):
            test()
        return dedupe(state.findings)

    def _settings(self, max_examples: int, **extra: Any) -> hypothesis.settings:
        return hypothesis.settings(
            max_examples=max_examples,
            database=None,
            deadline=None,
            derandomize=False,
            phases=(Phase.explicit, Phase.generate),
            suppress_health_check=list(HealthCheck),
            print_blob=False,
            verbosity=hypothesis.Verbosity.quiet,
            **extra,
        )

    def run_stateful(
        self,
        *,
        max_examples: int | None = None,
        step_count: int = 6,
        prepare: Callable[[AnyCase], None] | None = None,
        seed: int | None = None,
    ) -> list[Finding]:
        """Sequences of linked operations (create → details → search → modify → release/cancel).

        `prepare` may adjust a case before it is sent (e.g. give a create request an orderable SKU, so the
        sequence reaches the operations that need an existing order). `seed` defaults to the checker's;
        another one explores other sequences (hypothesis enables a random subset of the links per run).
        """
        first_seed = self.seed if seed is None else seed
        checker = self
        findings: list[Finding] = []
        base: Any = self.schema.as_state_machine()

        class Machine(base):  # type: ignore[misc]
            def call(self, case: AnyCase, **kwargs: Any) -> Response:
                if prepare is not None:
                    prepare(case)
                try:
                    return checker.send(case)
                except (requests.ConnectionError, requests.Timeout, TokenError) as exc:
                    findings.append(checker._transport_finding(case, "unreachable", _first_line(exc)))
                    raise _Stop from None

            def validate_response(self, response: Response, case: AnyCase, *args: Any, **kwargs: Any) -> None:
                findings.extend(
                    checker.check_response(case, response, recorder=getattr(self, "recorder", None))
                )

        settings = self._settings(max_examples or self.max_examples, stateful_step_count=step_count)

        def scenario() -> None:
            Machine.run(settings=settings)

        for attempt in range(_STATEFUL_ATTEMPTS):
            try:
                hypothesis.seed(first_seed + attempt)(scenario)()
            except _Stop:
                break
            except hypothesis.errors.Flaky:
                # A stateful server answers a replayed sequence differently (that order is cancelled
                # now), which hypothesis calls flaky: what was found stands, a new seed explores on.
                continue
            break
        return dedupe(findings)

    def run(self, *, modes: Iterable[Mode] = MODES, stateful: bool = True) -> list[Finding]:
        """Every operation in every mode, then the stateful sequences; deduplicated findings."""
        findings: list[Finding] = []
        for label in self.operations:
            for mode in modes:
                findings.extend(self.check_operation(label, mode))
        if stateful:
            findings.extend(self.run_stateful())
        return dedupe(findings)


def fetch_token(target: ServerTarget, session: requests.Session | None = None) -> str:
    """The OAuth client-credentials flow as the vendor runs it: POST form to the token URL."""
    form = {
        "grant_type": "client_credentials",
        "client_id": target.client_id,
        "client_secret": target.client_secret,
    }
    sender = session or requests.Session()
    response = sender.post(target.resolved_token_url, data=form, timeout=target.timeout)
    if response.status_code != 200:
        raise TokenError(f"the token endpoint {target.resolved_token_url} answered {response.status_code}")
    try:
        token = response.json()["access_token"]
    except (ValueError, KeyError, TypeError):
        raise TokenError(f"the token endpoint {target.resolved_token_url} sent no access_token") from None
    if not isinstance(token, str) or not token:
        raise TokenError(f"the token endpoint {target.resolved_token_url} sent an empty access_token")
    return token


def run_server_checks(
    contract: dict[str, Any] | Path | str,
    base_url: str,
    *,
    token_url: str | None = None,
    client_id: str,
    client_secret: str,
    max_examples: int = 10,
    seed: int = 0,
    extra_documents: dict[str, dict[str, Any]] | None = None,
    customer_number: str = facts.DEFAULT_CUSTOMER_NUMBER,
    country_code: str = facts.DEFAULT_COUNTRY_CODE,
    sender_id: str | None = None,
    timeout: float = 10.0,
    allow_production_writes: bool = False,
    stateful: bool = True,
    modes: Iterable[Mode] = MODES,
    prepare: Callable[[AnyCase], None] | None = None,
) -> list[Finding]:
    """Check the server at `base_url` against `contract` (and each of `extra_documents`, by name).

    Findings judged against an extra document carry its name in `Finding.document`: a finding against
    the raw upstream that the contract does not share shows a correction the server still needs.
    Raises only for misuse (a mutating request outside the sandbox or loopback without permission).
    """
    target = ServerTarget(
        base_url=base_url,
        client_id=client_id,
        client_secret=client_secret,
        token_url=token_url,
        customer_number=customer_number,
        country_code=country_code,
        sender_id=sender_id,
        timeout=timeout,
        allow_production_writes=allow_production_writes,
    )
    with ServerChecker(
        contract, target, max_examples=max_examples, seed=seed, extra_documents=extra_documents
    ) as checker:
        findings: list[Finding] = []
        for label in checker.operations:
            for mode in modes:
                findings.extend(checker.check_operation(label, mode))
        if stateful:
            findings.extend(checker.run_stateful(prepare=prepare or orderable_create))
        return dedupe(findings)


def orderable_create(case: AnyCase) -> None:
    """Make a v6 create request orderable in the sandbox: in-stock SKU lines, placed on customer hold.

    Without it a generated create names parts no sandbox stocks, so no order exists for the linked
    operations to act on.
    """
    if case.operation.definition.raw.get("operationId") != "post-createorder_v6" or not isinstance(
        case.body, dict
    ):
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
        {"attributeName": "allowDuplicateCustomerOrderNumber", "attributeValue": "true"},
    ]


def _operations(schema: BaseSchema) -> list[AnyOperation]:
    return [result.ok() for result in schema.get_all_operations()]  # type: ignore[union-attr]


def _business_refusal(failure: Failure, case: AnyCase, response: Response) -> bool:
    return (
        isinstance(failure, RejectedPositiveData)
        and response.status_code in (400, 405)
        and case.operation.label in BUSINESS_REFUSALS
    )


def _path_names(path: str) -> list[str]:
    return re.findall(r"\{([^}]+)\}", path)


def _check_name(failure: Failure) -> str:
    names = type(failure).checks
    if len(names) > 1 and "header" in failure.title.lower():
        return next((name for name in names if "header" in name), names[0])
    return names[0] if names else type(failure).__name__


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return f"{type(exc).__name__}: {text.splitlines()[0][:300]}"
