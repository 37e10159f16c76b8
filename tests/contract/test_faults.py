"""The checks can fail: a sandbox that misbehaves on purpose, one fault at a time, on one operation.

`FaultyApp` wraps the real sandbox app (served by uvicorn on loopback) and corrupts the answers of one
operation: a wrong type, a dropped required field, an undocumented status, a wrong content type, a storm
of 5xx, a stall. Each fault must come back as a finding of the right check on that operation, and on no
other; an unreachable server must come back as findings, not as an exception.
"""

from __future__ import annotations

import asyncio
import copy
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ingram_contract import facts
from ingram_contract.checks import Finding, ServerChecker, ServerTarget, check_operations, summarise
from ingram_contract.sandbox import SandboxConfig, create_app
from ingram_contract.sandbox.server import free_port
from ingram_contract.spec.load import load_spec
from tests.contract.conftest import SEED, ServedApp

DETAILS = "GET /resellers/v6.1/orders/{ordernumber}"
SEARCH = "GET /resellers/v6/orders/search"
CREATE_V7 = "POST /resellers/v7/orders"
CANCEL = "DELETE /resellers/v6/orders/{OrderNumber}"


@dataclass
class Fault:
    """What to break (`kind`) on which requests (`method` and a path fragment)."""

    kind: str
    method: str
    path_part: str


class FaultyApp:
    """The sandbox app with at most one fault switched on."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.fault: Fault | None = None

    def _applies(self, scope: Scope) -> Fault | None:
        fault = self.fault
        if fault is None or scope["type"] != "http" or scope["method"] != fault.method:
            return None
        return fault if fault.path_part in scope["path"] else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        fault = self._applies(scope)
        if fault is None:
            await self.app(scope, receive, send)
            return
        if fault.kind == "server_error":
            await _send(send, 503, b'{"errors":[{"message":"upstream unavailable"}]}', "application/json")
            return
        if fault.kind == "stall":
            await asyncio.sleep(3)
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            else:
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, capture)
        status, body = start["status"], b"".join(chunks)
        headers = [
            (k, v)
            for k, v in start.get("headers", [])
            if k.lower() not in (b"content-length", b"content-type")
        ]
        content_type = "application/json"
        if fault.kind == "wrong_type" and status == 200:
            document = json.loads(body)
            document["orderTotal"] = "a lot"  # the contract says number
            body = json.dumps(document).encode()
        elif fault.kind == "missing_required" and status == 200:
            document = json.loads(body)
            document.pop("ingramOrderNumber", None)
            body = json.dumps(document).encode()
        elif fault.kind == "undocumented_status":
            status = 418
        elif fault.kind == "accept_invalid" and status == 400:
            status, body = 200, b"{}"
        elif fault.kind == "no_echo":
            headers = [
                (k, v) for k, v in headers if k.lower() != facts.HEADER_CORRELATION_ID.lower().encode()
            ]
        elif fault.kind == "wrong_content_type":
            content_type = "text/plain"
        await _send(send, status, body, content_type, headers)


async def _send(
    send: Send, status: int, body: bytes, content_type: str, headers: list[tuple[bytes, bytes]] | None = None
) -> None:
    headers = [
        *(headers or []),
        (b"content-type", content_type.encode()),
        (b"content-length", str(len(body)).encode()),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


@pytest.fixture(scope="module")
def faulty() -> Iterator[tuple[FaultyApp, ServedApp]]:
    app = FaultyApp(create_app(SandboxConfig()))
    with ServedApp(app) as served:
        yield app, served


def _target(served: ServedApp, **overrides: Any) -> ServerTarget:
    options: dict[str, Any] = {
        "base_url": served.origin + facts.SANDBOX_PREFIX,
        "client_id": facts.LOCAL_SANDBOX_CLIENT_ID,
        "client_secret": facts.LOCAL_SANDBOX_CLIENT_SECRET,
        "sender_id": "ingram-contract-faults",
        **overrides,
    }
    return ServerTarget(**options)


def _checker(served: ServedApp, contract: Any = None, **overrides: Any) -> ServerChecker:
    return ServerChecker(
        contract or facts.CONTRACT_PATH, _target(served, **overrides), max_examples=6, seed=SEED
    )


def _details(checker: ServerChecker) -> Any:
    return checker.operation(DETAILS).Case(
        path_parameters={"ordernumber": facts.SANDBOX_ORDER_NUMBERS[0]}, headers=checker.account_headers()
    )


def _search(checker: ServerChecker) -> Any:
    return checker.operation(SEARCH).Case(query={}, headers=checker.account_headers())


def _by_check(findings: list[Finding], check: str) -> set[str]:
    return {finding.operation for finding in findings if finding.check == check}


@pytest.mark.parametrize(
    ("kind", "check"),
    [
        ("wrong_type", "response-schema-conformance"),
        ("undocumented_status", "status-code-conformance"),
        ("wrong_content_type", "content-type-conformance"),
    ],
)
def test_fault_is_reported_on_its_operation_only(
    faulty: tuple[FaultyApp, ServedApp], kind: str, check: str
) -> None:
    app, served = faulty
    with _checker(served) as checker:
        clean = checker.exercise(_details(checker)) + checker.exercise(_search(checker))
        assert not _by_check(clean, check), summarise(clean)
        app.fault = Fault(kind, "GET", "/resellers/v6.1/orders/")
        try:
            broken = checker.exercise(_details(checker)) + checker.exercise(_search(checker))
        finally:
            app.fault = None
    assert _by_check(broken, check) == {DETAILS}, summarise(broken)
    finding = next(f for f in broken if f.check == check)
    assert finding.reproduction.startswith("curl -X GET")
    assert "/resellers/v6.1/orders/20-RD128" in finding.reproduction


def test_missing_required_field_is_reported(faulty: tuple[FaultyApp, ServedApp]) -> None:
    """The contract requires almost nothing in responses; where it does, a dropped field is caught."""
    app, served = faulty
    contract = copy.deepcopy(load_spec(facts.CONTRACT_PATH).document)
    contract["components"]["schemas"]["OrderDetailB2B"]["required"] = ["ingramOrderNumber"]
    with _checker(served, contract) as checker:
        assert not _by_check(checker.exercise(_details(checker)), "response-schema-conformance")
        app.fault = Fault("missing_required", "GET", "/resellers/v6.1/orders/")
        try:
            broken = checker.exercise(_details(checker))
        finally:
            app.fault = None
    assert _by_check(broken, "response-schema-conformance") == {DETAILS}, summarise(broken)
    assert any("ingramOrderNumber" in f.message for f in broken), summarise(broken)


def test_accepting_invalid_data_is_reported(faulty: tuple[FaultyApp, ServedApp]) -> None:
    """The sandbox must refuse what the contract forbids; one that answers 200 instead is caught."""
    app, served = faulty
    with _checker(served) as checker:
        assert not _by_check(checker.check_operation(SEARCH, "negative"), "negative-data-rejection")
        app.fault = Fault("accept_invalid", "GET", "/resellers/v6/orders/search")
        try:
            broken = checker.check_operation(SEARCH, "negative")
        finally:
            app.fault = None
    assert _by_check(broken, "negative-data-rejection") == {SEARCH}, summarise(broken)


def test_correlation_id_not_echoed_is_reported(faulty: tuple[FaultyApp, ServedApp]) -> None:
    """An error where the contract documents the echo (v6 cancel), a warning where it does not (details)."""
    app, served = faulty
    with _checker(served) as checker:
        cancel = checker.operation(CANCEL).Case(
            path_parameters={"OrderNumber": facts.SANDBOX_ORDER_NUMBERS[0]}, headers=checker.account_headers()
        )
        clean = checker.exercise(_details(checker)) + checker.exercise(cancel)
        assert not _by_check(clean, "correlation-id-echoed"), summarise(clean)
        app.fault = Fault("no_echo", "GET", "/resellers/v6.1/orders/")
        try:
            details = checker.exercise(_details(checker))
        finally:
            app.fault = None
        app.fault = Fault("no_echo", "DELETE", "/resellers/v6/orders/")
        try:
            cancelled = checker.exercise(cancel)
        finally:
            app.fault = None
    severities = {
        (f.operation, f.severity) for f in details + cancelled if f.check == "correlation-id-echoed"
    }
    assert severities == {(DETAILS, "warning"), (CANCEL, "error")}, summarise(details + cancelled)


def test_storm_of_5xx_is_one_finding_and_stops_early(faulty: tuple[FaultyApp, ServedApp]) -> None:
    app, served = faulty
    app.fault = Fault("server_error", "POST", "/resellers/v7/orders")
    try:
        with _checker(served) as checker:
            findings = checker.check_operation(CREATE_V7, "positive", max_examples=20)
            sent = checker.cases_sent
    finally:
        app.fault = None
    assert _by_check(findings, "server-error-storm") == {CREATE_V7}, summarise(findings)
    assert _by_check(findings, "not-a-server-error") == {CREATE_V7}, summarise(findings)
    assert sent <= checker.storm_threshold + 1


def test_timeout_is_a_finding(faulty: tuple[FaultyApp, ServedApp]) -> None:
    app, served = faulty
    app.fault = Fault("stall", "GET", "/resellers/v6/orders/search")
    try:
        with _checker(served, timeout=0.5) as checker:
            findings = checker.check_operation(SEARCH, "positive", max_examples=5)
    finally:
        app.fault = None
    assert [(f.operation, f.check) for f in findings] == [(SEARCH, "timeout")], summarise(findings)


def test_unreachable_server_is_a_finding_per_operation() -> None:
    port = free_port()
    target = ServerTarget(
        base_url=f"http://127.0.0.1:{port}{facts.SANDBOX_PREFIX}",
        client_id=facts.LOCAL_SANDBOX_CLIENT_ID,
        client_secret=facts.LOCAL_SANDBOX_CLIENT_SECRET,
        timeout=2.0,
    )
    with ServerChecker(facts.CONTRACT_PATH, target, max_examples=3, seed=SEED) as checker:
        findings = check_operations(checker, modes=("positive",), stateful=False)
    operations = {f.operation for f in findings if f.check == "unreachable"}
    assert len(operations) == 8, summarise(findings)
    assert {f.check for f in findings} == {"unreachable"}


def test_extra_document_findings_name_the_document(faulty: tuple[FaultyApp, ServedApp]) -> None:
    """A response judged against another document (the raw upstream in the drift run) says which."""
    _, served = faulty
    strict = copy.deepcopy(load_spec(facts.CONTRACT_PATH).document)
    strict["components"]["schemas"]["OrderDetailB2B"]["properties"]["orderTotal"] = {"type": "string"}
    with ServerChecker(
        facts.CONTRACT_PATH, _target(served), max_examples=3, seed=SEED, extra_documents={"upstream": strict}
    ) as checker:
        findings = checker.exercise(_details(checker))
    assert [(f.document, f.operation, f.check) for f in findings] == [
        ("upstream", DETAILS, "response-schema-conformance")
    ], summarise(findings)


def test_a_refused_token_is_a_finding_without_the_secret(faulty: tuple[FaultyApp, ServedApp]) -> None:
    """The token comes from runtime.auth; its TokenError becomes a `token` finding, the secret redacted."""
    _, served = faulty
    wrong = "wrong-secret-5e2a91"
    with _checker(served, client_secret=wrong) as checker:
        findings = checker.check_operation(DETAILS, "positive", max_examples=3)
    assert [(f.operation, f.check) for f in findings] == [(DETAILS, "token")], summarise(findings)
    assert "HTTP 401" in findings[0].message
    assert wrong not in findings[0].message + findings[0].reproduction
