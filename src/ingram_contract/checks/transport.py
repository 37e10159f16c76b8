"""Sending one generated case: authorised with a token from `runtime.auth`, guarded, within the budget.

Cases travel on a `requests` session because schemathesis' `Case.call` does; the token is fetched by the
project's one token client (`runtime.auth`, on httpx), so the token request is built in one place.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any, Final

import httpx
import requests

from ingram_contract import facts
from ingram_contract.checks.budget import TimeBudget
from ingram_contract.checks.polite import Politeness, PolitePolicy, PoliteSession, PoliteTransport
from ingram_contract.checks.redaction import Redactor
from ingram_contract.checks.safety import ensure_write_allowed
from ingram_contract.checks.target import ServerTarget
from ingram_contract.runtime.auth import fetch_token

if TYPE_CHECKING:
    from typing import TypeAlias

    from schemathesis import Case, Response
    from schemathesis.schemas import APIOperation

    AnyCase: TypeAlias = Case[Any]
    AnyOperation: TypeAlias = APIOperation[Any, Any, Any, Any]

# What a request may raise when the server does not answer in time, or cannot be reached at all.
TIMEOUTS: Final = (requests.Timeout, httpx.TimeoutException)
UNREACHABLE: Final = (requests.ConnectionError, httpx.TransportError)


def is_token_operation(operation: AnyOperation) -> bool:
    """The OAuth token call: sent without a bearer token, to the token URL's origin."""
    return operation.path.lower() == facts.TOKEN_PATH


def polite_for(target: ServerTarget) -> Politeness:
    """One run's politeness towards the target: its rate and budget, else the defaults for its host."""
    overrides: dict[str, Any] = {}
    if target.rate is not None:
        overrides["rate"] = target.rate or None
    if target.request_budget is not None:
        overrides["budget"] = target.request_budget or None
    return Politeness(PolitePolicy.for_url(target.base_url, **overrides))


class Transport:
    """One HTTP session and one token for a target; counts what was sent and what came back."""

    def __init__(
        self,
        target: ServerTarget,
        redactor: Redactor,
        budget: TimeBudget,
        politeness: Politeness | None = None,
    ) -> None:
        self.target = target
        self.redactor = redactor
        self.budget = budget
        self.politeness = politeness or polite_for(target)
        self.session: requests.Session = PoliteSession(
            self.politeness, allow_production_writes=target.allow_production_writes
        )
        self._token_client = httpx.Client(transport=PoliteTransport(self.politeness))
        self.cases_sent = 0
        # (operation label, status) → count: what the server answered, so a test can tell what a run reached.
        self.answers: Counter[tuple[str, int]] = Counter()
        self._token: str | None = None

    def close(self) -> None:
        """Close both HTTP clients."""
        self.session.close()
        self._token_client.close()

    @property
    def timeout(self) -> float:
        """This request's timeout: the target's, within what the run has left."""
        return self.budget.request_timeout(self.target.timeout)

    def token(self) -> str:
        """A bearer token from the token endpoint, fetched once (runtime.auth raises `TokenError`)."""
        if self._token is None:
            self._token_client.timeout = httpx.Timeout(self.timeout)
            secret = fetch_token(
                self.target.resolved_token_url,
                self.target.client_id,
                self.target.client_secret,
                self._token_client,
            )
            self._token = secret.reveal()
            self.redactor.add(self._token)
        return self._token

    def base_url_for(self, operation: AnyOperation) -> str:
        """The token call goes to the token URL's origin (no `/sandbox`), the rest to the base URL."""
        if is_token_operation(operation):
            return self.target.resolved_token_url[: -len(facts.TOKEN_PATH)]
        return self.target.base_url.rstrip("/")

    def auth_headers(self, operation: AnyOperation) -> dict[str, str]:
        """The bearer token, except on the token call itself."""
        if is_token_operation(operation):
            return {}
        return {"Authorization": f"Bearer {self.token()}"}

    def send(self, case: AnyCase) -> Response:
        """Send one case (guarded, authorised, within the budget); network errors propagate."""
        base_url = self.base_url_for(case.operation)
        if not is_token_operation(case.operation):
            ensure_write_allowed(
                case.method,
                base_url + case.formatted_path,
                allow_production_writes=self.target.allow_production_writes,
            )
        self.cases_sent += 1
        try:
            response = case.call(
                base_url=base_url,
                session=self.session,
                headers=self.auth_headers(case.operation),
                timeout=self.timeout,
            )
        except TIMEOUTS:
            self.budget.timed_out(case.operation.label)
            raise
        self.budget.answered()
        self.answers[(case.operation.label, response.status_code)] += 1
        return response

    def transport_kwargs(self, operation: AnyOperation) -> dict[str, Any]:
        """What schemathesis' checks that send requests of their own need to reach the same server."""
        return {
            "base_url": self.base_url_for(operation),
            "session": self.session,
            "headers": self.auth_headers(operation),
            "timeout": self.timeout,
        }

    def reproduction(self, case: AnyCase, response: Response | None = None) -> str:
        """A curl command for `case`, credentials redacted."""
        if response is not None:
            headers = {
                key: value for key, value in response.request.headers.items() if isinstance(value, str)
            }
        else:
            headers = {} if is_token_operation(case.operation) else {"Authorization": "Bearer [REDACTED]"}
        try:
            curl = case.as_curl_command(headers=headers, base_url=self.base_url_for(case.operation))
        except Exception as exc:  # a reproduction is best effort; the finding is not
            curl = f"(no curl reproduction: {type(exc).__name__})"
        return self.redactor.redact(curl)
