"""Server conformance: generated requests to a base URL, every answer judged by the listed checks.

`ServerChecker` explores one operation at a time (`check_operation`) and the linked sequences
(`run_stateful`); `check_operations` is the one operations × modes loop, called by the contract suite and
the drift run alike. Nothing here raises for what the server does: an unreachable host, a timeout, a
storm of 5xx answers, a failed token request or a spent time budget become findings of the operation
they hit, so a report can still be written.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal, TypeAlias

import hypothesis
import hypothesis.errors
from hypothesis import HealthCheck, Phase
from schemathesis import Case, GenerationMode, Response
from schemathesis.schemas import APIOperation, BaseSchema

from ingram_contract.checks.budget import TimeBudget
from ingram_contract.checks.judge import Judge
from ingram_contract.checks.polite import BudgetExhausted, Politeness
from ingram_contract.checks.redaction import Redactor
from ingram_contract.checks.registry import TRANSPORT_CHECKS
from ingram_contract.checks.schema import load_schema, read_document
from ingram_contract.checks.target import (
    ServerTarget,
    account_headers,
    correlation_id,
    orderable_create,
    server_document,
)
from ingram_contract.checks.transport import TIMEOUTS, UNREACHABLE, Transport
from ingram_contract.findings import Finding, dedupe
from ingram_contract.runtime.errors import TokenError
from ingram_contract.spec.operations import path_shape

AnyCase: TypeAlias = "Case[Any]"
AnyOperation: TypeAlias = "APIOperation[Any, Any, Any, Any]"
Mode = Literal["positive", "negative"]
MODES: Final[tuple[Mode, ...]] = ("positive", "negative")
_STATEFUL_ATTEMPTS: Final = 3


class _Stop(Exception):
    """Ends the exploration of one operation early (unreachable, timeout, 5xx storm, budget)."""


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
        budget: TimeBudget | None = None,
        politeness: Politeness | None = None,
    ) -> None:
        self.target = target
        self.max_examples = max_examples
        self.seed = seed
        self.storm_threshold = storm_threshold
        self.budget = budget or TimeBudget()
        self.redactor = redactor or Redactor()
        self.redactor.add(target.client_secret)
        self.transport = Transport(target, self.redactor, self.budget, politeness)
        self._correlation_id = correlation_id(correlation_prefix or f"s{seed}")
        self.document = server_document(read_document(contract))
        self.schema = load_schema(self.document, base_url=target.base_url, headers=self.account_headers())
        self._operations = {op.label: op for op in _operations(self.schema)}
        extra: dict[str, dict[tuple[str, str], AnyOperation]] = {}
        for name, document in (extra_documents or {}).items():
            other = load_schema(read_document(document), base_url=target.base_url)
            extra[name] = {(op.method.upper(), path_shape(op.path)): op for op in _operations(other)}
        self.judge = Judge(self.document, extra, self.transport, self.redactor)

    def account_headers(self) -> dict[str, str]:
        """The IM-* headers of the test account, fixed in every generated case."""
        return account_headers(self.target, self._correlation_id)

    @property
    def operations(self) -> list[str]:
        """The labels (`METHOD /path`) of the operations this server is checked on."""
        return list(self._operations)

    def operation(self, label: str) -> AnyOperation:
        """One operation by label, e.g. `GET /resellers/v6.1/orders/{ordernumber}`."""
        return self._operations[label]

    @property
    def answers(self) -> Any:
        """(operation label, status) → how many such answers came back."""
        return self.transport.answers

    @property
    def cases_sent(self) -> int:
        """How many cases were sent."""
        return self.transport.cases_sent

    def token(self) -> str:
        """A bearer token from the token endpoint (client credentials, POST form), fetched once."""
        return self.transport.token()

    def send(self, case: AnyCase) -> Response:
        """Send one case (guarded, authorised, with the target's timeout); network errors propagate."""
        return self.transport.send(case)

    def reproduction(self, case: AnyCase, response: Response | None = None) -> str:
        """A curl command for `case`, credentials redacted."""
        return self.transport.reproduction(case, response)

    def check_response(self, case: AnyCase, response: Response, *, recorder: Any = None) -> list[Finding]:
        """Every finding on one response: the listed checks, the extra documents' response checks."""
        return self.judge.check_response(case, response, recorder=recorder)

    def close(self) -> None:
        """Close the HTTP clients."""
        self.transport.close()

    def __enter__(self) -> ServerChecker:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def exercise(self, case: AnyCase, state: _Exploration | None = None) -> list[Finding]:
        """Send one case and judge the answer; transport failures are findings, not exceptions."""
        state = state or _Exploration()
        state.cases += 1
        try:
            response = self.send(case)
        except TokenError as exc:
            state.stopped = True
            return [self.not_answered(case.operation.label, "token", str(exc), case)]
        except TIMEOUTS:
            state.stopped = True
            message = f"no answer within {self.transport.timeout:g} s"
            return [self.not_answered(case.operation.label, "timeout", message, case)]
        except UNREACHABLE as exc:
            state.stopped = True
            return [self.not_answered(case.operation.label, "unreachable", _first_line(exc), case)]
        except BudgetExhausted as exc:
            state.stopped = True
            return [self.not_answered(case.operation.label, "request-budget", str(exc))]
        if response.status_code < 500:
            state.consecutive_5xx = 0
            return self.check_response(case, response)
        state.consecutive_5xx += 1
        if state.consecutive_5xx < self.storm_threshold:
            return self.check_response(case, response)
        state.stopped = True
        storm = Finding(
            operation=case.operation.label,
            check="server-error-storm",
            message=f"{state.consecutive_5xx} answers in a row were 5xx (last {response.status_code})",
            reproduction=self.reproduction(case, response),
            detail="5xx",
            status_code=response.status_code,
        )
        return [storm, *self.check_response(case, response)]

    def not_answered(self, label: str, check: str, message: str, case: AnyCase | None = None) -> Finding:
        """A finding for a request that got no answer to judge (or was not sent)."""
        return Finding(
            operation=label,
            check=check,
            message=self.redactor.redact(message),
            severity=TRANSPORT_CHECKS[check],
            reproduction=self.reproduction(case) if case is not None else "",
            detail=check,
        )

    def check_operation(
        self, label: str, mode: Mode = "positive", *, max_examples: int | None = None
    ) -> list[Finding]:
        """Explore one operation with generated cases (positive: valid per contract; negative: invalid)."""
        refused = self.budget.refusal()
        if refused is not None:
            return [self.not_answered(label, *refused)]
        operation = self.operation(label)
        state = _Exploration()
        deadline = self.budget.operation_deadline()
        strategy = operation.as_strategy(generation_mode=GenerationMode(mode))

        def explore(case: AnyCase) -> None:
            if state.stopped:
                raise _Stop
            if self.budget.past(deadline) or self.budget.refusal() is not None:
                state.stopped = True
                message = (
                    f"stopped after {state.cases} {mode} cases: the operation's time budget of "
                    f"{self.budget.operation_seconds:g} s (or the run's) ran out"
                )
                state.findings.append(self.not_answered(label, "time-budget", message))
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
                if checker.budget.refusal() is not None:
                    raise _Stop
                try:
                    return checker.send(case)
                except BudgetExhausted as exc:
                    findings.append(checker.not_answered(case.operation.label, "request-budget", str(exc)))
                    raise _Stop from None
                except (*UNREACHABLE, *TIMEOUTS, TokenError) as exc:
                    label = case.operation.label
                    findings.append(checker.not_answered(label, "unreachable", _first_line(exc), case))
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


def check_operations(
    checker: ServerChecker,
    labels: Iterable[str] | None = None,
    *,
    modes: Iterable[Mode] = MODES,
    stateful: bool = True,
    prepare: Callable[[AnyCase], None] | None = orderable_create,
) -> list[Finding]:
    """The one operations × modes loop: each operation (all the checker's by default) in each mode, then
    the stateful sequences; within the checker's time budget, deduplicated."""
    findings: list[Finding] = []
    for label in checker.operations if labels is None else labels:
        for mode in modes:
            findings.extend(checker.check_operation(label, mode))
    if stateful and checker.budget.refusal() is None:
        findings.extend(checker.run_stateful(prepare=prepare))
    return dedupe(findings)


def _operations(schema: BaseSchema) -> list[AnyOperation]:
    return [result.ok() for result in schema.get_all_operations()]  # type: ignore[union-attr]


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return f"{type(exc).__name__}: {text.splitlines()[0][:300]}"
