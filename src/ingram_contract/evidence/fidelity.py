"""Replay an evidence corpus against the local sandbox and measure how closely it follows the vendor.

For every (operation, status) the corpus documents with an answer, the report compares the vendor's
field paths (array indices collapsed) with those of the sandbox's answers in the matching scenario
(`scenarios.SCENARIOS`, or the corpus's own request examples): vendor fields, fields the sandbox sends,
fields it invents. Webhook events are received by `ingram_contract.runtime.WebhookReceiver`, so every
one measured also passed its signature check and its parse. 5xx answers are out of scope: the sandbox
never answers a client's request with one by design.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

import httpx

from ingram_contract import facts
from ingram_contract.evidence.corpus import VENDOR_CORPUS, EvidenceCase, load_cases
from ingram_contract.evidence.paths import field_paths
from ingram_contract.evidence.scenarios import (
    EVENT_SCENARIOS,
    HOLD_ORDER_BODY,
    PROCESSING_ORDER,
    SCENARIOS,
    STATUS_VOCABULARY,
    Step,
    sandbox_request,
    vendor_paths_normalised,
)
from ingram_contract.runtime.auth import fetch_token
from ingram_contract.runtime.webhooks import WebhookReceiver
from ingram_contract.spec.operations import path_shape

_WEBHOOK_SECRET: Final = "fidelity-webhook-secret"  # noqa: S105 - a local test value
# A weekday morning in the account's time zone: what the vendor's captured examples look like.
_START: Final = datetime(2026, 3, 10, 16, 30, tzinfo=UTC)
Key = tuple[str, str, int]


@dataclass(frozen=True)
class Row:
    """One operation and status: the vendor's field paths and the sandbox's."""

    operation: str
    status: int
    vendor: frozenset[str]
    sandbox: frozenset[str]
    reached: bool

    @property
    def covered(self) -> frozenset[str]:
        """Vendor fields the sandbox sends."""
        return self.vendor & self.sandbox

    @property
    def invented(self) -> frozenset[str]:
        """Fields the sandbox sends that no vendor example shows."""
        return self.sandbox - self.vendor

    @property
    def coverage(self) -> float:
        """The share of the vendor's fields the sandbox sends (1.0 when the vendor shows none)."""
        return len(self.covered) / len(self.vendor) if self.vendor else 1.0

    @property
    def label(self) -> str:
        """`METHOD /path STATUS`, or `event NAME` for a webhook event."""
        return f"event {self.operation}" if self.status == 0 else f"{self.operation} {self.status}"


@dataclass
class FidelityReport:
    """The rows, the replayed requests answered with another status, and unknown status strings."""

    rows: list[Row]
    wrong_status: list[str] = field(default_factory=list)
    unknown_statuses: list[str] = field(default_factory=list)
    # Every answer the run received, for a caller that checks them against the contract.
    responses: list[httpx.Response] = field(default_factory=list, repr=False)

    def row(self, label: str) -> Row:
        """The row with this label (`POST /resellers/v6/orders 201`)."""
        return next(row for row in self.rows if row.label == label)

    def figures(self) -> dict[str, Any]:
        """What the floor file records: coverage per row (three places), the counts of problems."""
        return {
            "coverage": {row.label: round(row.coverage, 3) for row in self.rows},
            "unreached": sorted(row.label for row in self.rows if not row.reached),
            "wrong_status": len(self.wrong_status),
            "unknown_statuses": len(self.unknown_statuses),
        }


def below_floor(report: FidelityReport, floor: Mapping[str, Any]) -> list[str]:
    """Every way `report` is worse than the recorded `floor`: one line each, empty when it holds."""
    problems = []
    rows = {row.label: row for row in report.rows}
    for label, figure in (floor.get("coverage") or {}).items():
        row = rows.get(label)
        if row is None:
            problems.append(f"{label}: no longer measured")
        elif round(row.coverage, 3) < float(figure):
            problems.append(f"{label}: {row.coverage:.1%} of the vendor's fields, below {float(figure):.1%}")
    allowed = set(floor.get("unreached") or ())
    problems.extend(
        f"{row.label}: not reached" for row in report.rows if not row.reached and row.label not in allowed
    )
    for name in ("wrong_status", "unknown_statuses"):
        found: list[str] = getattr(report, name)
        if len(found) > int(floor.get(name, 0)):
            problems.append(
                f"{len(found)} {name.replace('_', ' ')} (floor {floor.get(name, 0)}): {found[:3]}"
            )
    return problems


@dataclass(frozen=True)
class _Answer:
    key: Key
    status: int
    body: Any


class _Driver:
    """Sends scenario steps and replayed requests to a sandbox, with a token and the test account."""

    def __init__(self, origin: str) -> None:
        self.http = httpx.Client(base_url=origin, timeout=15.0, trust_env=False)
        token = fetch_token(
            origin + facts.TOKEN_PATH,
            facts.LOCAL_SANDBOX_CLIENT_ID,
            facts.LOCAL_SANDBOX_CLIENT_SECRET,
            self.http,
        ).reveal()
        self._headers = {
            "Authorization": f"Bearer {token}",
            facts.HEADER_CUSTOMER_NUMBER: facts.DEFAULT_CUSTOMER_NUMBER,
            facts.HEADER_COUNTRY_CODE: facts.DEFAULT_COUNTRY_CODE,
            facts.HEADER_SENDER_ID: "fidelity",
        }
        self._sent = 0
        self.responses: list[httpx.Response] = []

    def hold_order(self) -> str:
        """A fresh order on customer hold, with twelve lines."""
        status, body = self.send(Step("POST", "/resellers/v6/orders", body=HOLD_ORDER_BODY))
        if status not in (201, 207):
            raise RuntimeError(f"the sandbox refused the prepared hold order: {status} {body}")
        return str(body["orders"][0]["ingramOrderNumber"])

    def send(self, step: Step) -> tuple[int, Any]:
        path = step.path.replace("{hold}", self.hold_order()) if "{hold}" in step.path else step.path
        self._sent += 1
        headers = {k: v for k, v in self._headers.items() if k not in step.without_headers}
        headers[facts.HEADER_CORRELATION_ID] = f"fidelity-{self._sent:06d}"
        response = self.http.request(
            step.method,
            facts.SANDBOX_PREFIX + path,
            params=dict(step.query),
            json=step.body,
            headers=headers,
        )
        self.responses.append(response)
        return response.status_code, (response.json() if response.content else None)


def _replay_path(case: EvidenceCase) -> str:
    path = case.operation.partition(" ")[2]
    if "{" not in path:
        return path
    head = path[: path.index("{")]
    return head + ("{hold}" if case.method in ("PUT", "DELETE") else PROCESSING_ORDER)


def measure(cases: Sequence[EvidenceCase], origin: str, events: list[dict[str, Any]]) -> FidelityReport:
    """Drive the sandbox at `origin` through every scenario and replay; compare with the cases."""
    driver = _Driver(origin)
    answers: list[_Answer] = []
    wrong: list[str] = []
    try:
        for case in cases:
            if case.kind != "answer" or case.request is None:
                continue
            request = case.request
            step = Step(
                case.method,
                _replay_path(case),
                request.get("query") or {},
                sandbox_request(request.get("body")),
            )
            status, body = driver.send(step)
            answers.append(_Answer(case.key, status, body))
            if status != case.status:
                shown = str(body)[:200]
                wrong.append(
                    f"{case.operation} {case.name!r}: vendor {case.status}, sandbox {status}: {shown}"
                )
        for (method, path, status), steps in SCENARIOS.items():
            key = (method.upper(), path_shape(path), status)
            for step in steps:
                got, body = driver.send(step)
                answers.append(_Answer(key, got, body))
        for steps in EVENT_SCENARIOS.values():
            for step in steps:
                driver.send(step)
        wanted = {f"{case.method} {case.key[1]}" for case in cases if case.kind == "event"}
        wanted |= {f"EVENT {name}" for name in EVENT_SCENARIOS}
        _wait_for_events(events, wanted)
    finally:
        driver.http.close()
    for event in events:
        answers.append(_Answer(("EVENT", _event_type(event), 0), 0, event))
    return FidelityReport(_rows(cases, answers), wrong, _unknown_statuses(answers), driver.responses)


def _event_type(event: dict[str, Any]) -> str:
    resource = event.get("resource")
    if isinstance(resource, list) and resource and isinstance(resource[0], dict):
        return str(resource[0].get("eventType"))
    return str(resource.get("eventType")) if isinstance(resource, dict) else str(event.get("event"))


def _wait_for_events(events: list[dict[str, Any]], wanted: set[str], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if wanted <= {f"EVENT {_event_type(event)}" for event in list(events)}:
            return
        time.sleep(0.05)


def _rows(cases: Sequence[EvidenceCase], answers: Sequence[_Answer]) -> list[Row]:
    vendor: dict[Key, set[str]] = {}
    names: dict[Key, str] = {}
    for case in cases:
        if case.status >= 500:
            continue
        vendor.setdefault(case.key, set())
        names.setdefault(
            case.key, case.operation.partition(" ")[2] if case.kind == "event" else case.operation
        )
        if case.response is not None:
            vendor[case.key] |= vendor_paths_normalised(field_paths(case.response))
    rows = []
    for key, paths in vendor.items():
        got = [answer for answer in answers if answer.key == key and answer.status == key[2]]
        sandbox: set[str] = set()
        for answer in got:
            sandbox |= field_paths(answer.body)
        label = names[key] if key[2] == 0 else f"{key[0]} {names[key].partition(' ')[2]}"
        rows.append(Row(label, key[2], frozenset(paths), frozenset(sandbox), bool(got)))
    return sorted(rows, key=lambda row: (row.status == 0, row.operation, row.status))


def _unknown_statuses(answers: Sequence[_Answer]) -> list[str]:
    found = []
    for answer in answers:
        method, path, _ = answer.key
        kind = "SEARCH" if path.endswith("/search") else method
        for (wanted_kind, field_path), vocabulary in STATUS_VOCABULARY.items():
            if wanted_kind != kind:
                continue
            for value in _values(answer.body, field_path.split(".")):
                if value not in vocabulary:
                    found.append(f"{method} {path} {field_path} = {value!r}")
    return sorted(set(found))


def _values(value: Any, parts: list[str]) -> Iterator[Any]:
    if not parts:
        yield value
        return
    if isinstance(value, list):
        for element in value:
            yield from _values(element, parts)
    elif isinstance(value, dict) and parts[0] in value:
        yield from _values(value[parts[0]], parts[1:])


@contextmanager
def local_sandbox() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """A fresh local sandbox (manual clock, own database) whose webhooks go to a `WebhookReceiver`."""
    from ingram_contract.sandbox import SandboxConfig, create_app
    from ingram_contract.sandbox.clock import ManualClock
    from ingram_contract.sandbox.server import serve_app
    from ingram_contract.sandbox.webhooks import DeliveryPolicy

    events: list[dict[str, Any]] = []
    receiver = WebhookReceiver(_WEBHOOK_SECRET, lambda event: None)

    async def collect(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await receiver(scope, receive, send)
            return
        chunks = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        signature = dict(scope["headers"]).get(facts.WEBHOOK_SIGNATURE_HEADER.encode(), b"").decode()
        status = 200
        try:
            await receiver.receive(body, signature or None)
            events.append(json.loads(body))
        except Exception:  # a delivery the receiver refuses is answered 400 and not measured
            status = 400
        await send({"type": "http.response.start", "status": status, "headers": [(b"content-length", b"0")]})
        await send({"type": "http.response.body", "body": b""})

    with ExitStack() as stack:
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="ingram-fidelity-")))
        hook_origin = stack.enter_context(serve_app(collect, startup_timeout=10))
        config = SandboxConfig(
            db_path=tmp / "sandbox.db",
            clock=ManualClock(_START),
            webhook_url=f"{hook_origin}/hooks",
            webhook_secret=_WEBHOOK_SECRET,
            webhook_policy=DeliveryPolicy(initial_backoff=0.05, max_backoff=0.2, max_attempts=5),
        )
        origin = stack.enter_context(serve_app(create_app(config), startup_timeout=10))
        yield origin, events


def run(corpus_dirs: Sequence[Path] = (VENDOR_CORPUS,)) -> FidelityReport:
    """Measure the local sandbox against every case in `corpus_dirs`."""
    cases = [case for directory in corpus_dirs for case in load_cases(directory)]
    with local_sandbox() as (origin, events):
        return measure(cases, origin, events)


def render_markdown(report: FidelityReport) -> str:
    """The per-operation table, as the README carries it."""
    lines = [
        "| Operation and status | Vendor fields | Sandbox sends | Coverage | Invented |",
        "|---|---:|---:|---:|---:|",
    ]
    for row in report.rows:
        reached = "" if row.reached else " (not reached)"
        lines.append(
            f"| `{row.label}`{reached} | {len(row.vendor)} | {len(row.covered)} | "
            f"{row.coverage:.0%} | {len(row.invented)} |"
        )
    return "\n".join(lines)
