"""The shape probe's requests: a fixed, small script of real requests whose answers can be compared run
after run (`drift/shapes.py`) and judged against the raw upstream (`drift/corrections.py`).

The plan is derived from the contract index: every operation a server answers that reads orders or
creates new ones (never a modify or cancel of the vendor's shared static orders), with the contract's own
request example as body unless `PROBE_BODIES` gives a smaller one, the first static sandbox order as the
order number, and the search filtered to that order (an unfiltered search answers whatever exists that
day). So a new in-scope operation is probed without an edit here.

The probe is not a conformance test (that is `ingram_contract.checks`); it only needs answers it can
compare. Its token comes from `runtime.auth`, and the token endpoint's answer to that request is itself a
probe answer (the access token masked), so a token answer that changes shape is drift like any other.
Its requests stay within the run's `TimeBudget`.
"""

from __future__ import annotations

import copy
import json
import shlex
from dataclasses import dataclass, field
from typing import Any, Final
from urllib.parse import urlencode

import httpx

from ingram_contract import facts
from ingram_contract.checks.budget import TimeBudget
from ingram_contract.checks.polite import BudgetExhausted, Politeness, PoliteTransport
from ingram_contract.checks.safety import ProductionWriteRefused, ensure_write_allowed, writes_allowed_by_env
from ingram_contract.runtime.auth import fetch_token
from ingram_contract.runtime.errors import TokenError
from ingram_contract.spec.operations import ContractIndex, Operation

SENDER_ID: Final = "ingram-contract-drift"
# Bodies smaller than the contract's examples, by operationId: one in-stock line, quantity 1.
PROBE_BODIES: Final[dict[str, Any]] = {
    "post-createorder_v7": {
        "customerOrderNumber": "DRIFT-PROBE-V7",
        "lines": [{"customerLineNumber": "1", "ingramPartNumber": facts.SKU_IN_STOCK, "quantity": 1}],
    },
    "vendor-required-info": {"products": [{"ingramPartNumber": facts.SKU_IN_STOCK}]},
}


@dataclass(frozen=True)
class Credentials:
    """Where and how the probe authenticates; the secret stays out of reprs."""

    token_url: str
    client_id: str
    client_secret: str = field(repr=False)


# What the token answer's access token is replaced with before it is kept, compared or written.
MASKED_TOKEN: Final = "[token]"  # noqa: S105 - a placeholder, not a secret


@dataclass
class Answer:
    """One probe request and what came back (`error` when nothing came back)."""

    operation: str
    method: str
    url: str
    headers: dict[str, str]
    body: Any = None
    status: int | None = None
    content_type: str = ""
    payload: Any = None
    error: str = ""
    skipped: str = ""

    def curl(self) -> str:
        """A minimal reproduction; the bearer token is a placeholder, never the real one."""
        parts = ["curl", "-sS", "-X", self.method, shlex.quote(self.url)]
        for name, value in self.headers.items():
            shown = "Bearer $INGRAM_TOKEN" if name.lower() == "authorization" else value
            parts += ["-H", shlex.quote(f"{name}: {shown}")]
        if self.body is not None:
            parts += ["-H", shlex.quote("Content-Type: application/json")]
            parts += ["--data", shlex.quote(json.dumps(self.body, separators=(",", ":")))]
        return " ".join(parts)


@dataclass(frozen=True)
class Request:
    """One planned probe request."""

    operation: Operation
    path: str
    query: dict[str, str]
    body: Any


def plan(index: ContractIndex) -> list[Request]:
    """The probe's requests, in contract order (see the module docstring for what is probed and how)."""
    static_order = facts.SANDBOX_ORDER_NUMBERS[0]
    requests: list[Request] = []
    for operation in index.served():
        if operation.is_token or operation.method not in ("GET", "POST"):
            continue
        parameter = operation.order_number_parameter()
        path, query = operation.path, {}
        if parameter is not None and parameter.location == "path":
            path = path.replace("{" + parameter.name + "}", static_order)
        elif parameter is not None:
            query = {parameter.name: static_order}
        if "{" in path:
            continue  # a path parameter the probe has no fixed value for
        body = None
        if operation.method == "POST":
            body = copy.deepcopy(PROBE_BODIES.get(operation.operation_id, operation.request_example()))
        requests.append(Request(operation, path, query, body))
    return requests


def run_probe(
    contract: dict[str, Any],
    base_url: str,
    credentials: Credentials,
    *,
    timeout: float = 30.0,
    budget: TimeBudget | None = None,
    politeness: Politeness | None = None,
) -> list[Answer]:
    """Send the probe's requests in order; failures are recorded on the answers, never raised."""
    budget = budget or TimeBudget()
    base = base_url.rstrip("/")
    customer = {
        facts.HEADER_CUSTOMER_NUMBER: facts.DEFAULT_CUSTOMER_NUMBER,
        facts.HEADER_COUNTRY_CODE: facts.DEFAULT_COUNTRY_CODE,
        facts.HEADER_SENDER_ID: SENDER_ID,
    }
    answers: list[Answer] = []
    token, token_error = "", ""
    transport = PoliteTransport(politeness) if politeness is not None else None
    token_answers: list[httpx.Response] = []

    def keep_token_answer(response: httpx.Response) -> None:
        if response.request.url.path.endswith(facts.TOKEN_PATH):
            response.read()
            token_answers.append(response)

    index = ContractIndex(contract)
    token_operation = next((operation for operation in index.served() if operation.is_token), None)
    with httpx.Client(transport=transport, event_hooks={"response": [keep_token_answer]}) as client:
        for number, request in enumerate(plan(index), 1):
            headers = {
                "Authorization": f"Bearer {token}",
                **customer,
                facts.HEADER_CORRELATION_ID: f"drift-probe-{number}",
            }
            url = base + request.path + ("?" + urlencode(request.query) if request.query else "")
            label = request.operation.label
            answer = Answer(label, request.operation.method, url, headers, request.body)
            answers.append(answer)
            try:
                ensure_write_allowed(
                    answer.method, answer.url, allow_production_writes=writes_allowed_by_env()
                )
            except ProductionWriteRefused as exc:
                answer.skipped = str(exc)
                continue
            refused = budget.refusal()
            if refused is not None:
                answer.error = refused[1]
                continue
            client.timeout = httpx.Timeout(budget.request_timeout(timeout))
            if not token and not token_error:
                try:
                    token = fetch_token(
                        credentials.token_url, credentials.client_id, credentials.client_secret, client
                    ).reveal()
                    answer.headers["Authorization"] = f"Bearer {token}"
                except (httpx.HTTPError, TokenError, BudgetExhausted) as exc:
                    if isinstance(exc, httpx.TimeoutException):
                        budget.timed_out(label)
                    token_error = f"no token from {credentials.token_url}: {_describe(exc)}"
            if token_error:
                answer.error = token_error
                continue
            _send(client, answer, budget)
    if token_operation is not None and token_answers:
        answers.insert(0, _token_answer(token_operation, credentials.token_url, token_answers[0]))
    return answers


def _token_answer(operation: Operation, token_url: str, response: httpx.Response) -> Answer:
    """The token endpoint's answer as a probe answer, the access token masked (its type is kept)."""
    answer = Answer(operation.label, "POST", token_url, {}, None, response.status_code)
    answer.content_type = response.headers.get("content-type", "")
    try:
        payload = response.json()
    except ValueError:
        payload = None
    if isinstance(payload, dict) and isinstance(payload.get("access_token"), str):
        payload["access_token"] = MASKED_TOKEN
    answer.payload = payload
    return answer


def _describe(exc: Exception) -> str:
    if isinstance(exc, TokenError):
        return f"HTTP {exc.status_code}"
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _send(client: httpx.Client, answer: Answer, budget: TimeBudget) -> None:
    try:
        response = client.request(answer.method, answer.url, headers=answer.headers, json=answer.body)
    except (httpx.HTTPError, BudgetExhausted) as exc:
        if isinstance(exc, httpx.TimeoutException):
            budget.timed_out(answer.operation)
        answer.error = _describe(exc)
        return
    budget.answered()
    answer.status = response.status_code
    answer.content_type = response.headers.get("content-type", "")
    try:
        answer.payload = response.json()
    except ValueError:
        answer.payload = None
