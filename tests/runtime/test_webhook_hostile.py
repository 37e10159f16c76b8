"""The webhook receiver under hostile senders, served by uvicorn on loopback: 4xx before parsing, never 500.

Every case here answered 500 with a logged traceback, or acknowledged an unhandled event, on `main`:
deep nesting, a lone-surrogate `eventId`, a duplicate arriving while the first delivery was in flight.
"""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from ingram_contract import facts
from ingram_contract.runtime.errors import WebhookRejected
from ingram_contract.runtime.signature import sign_event_id
from ingram_contract.runtime.webhooks import WebhookEvent, WebhookReceiver, nesting_depth, raw_event_id

from .test_webhooks import KNOWN_EVENT_ID, KNOWN_SIGNATURE, SECRET, body_of, event

sandbox_server = pytest.importorskip("ingram_contract.sandbox.server")

PATH = "/ingram/orders"


def deep(levels: int) -> bytes:
    return b"[" * levels + b"]" * levels


def signed(event_id: str) -> dict[str, str]:
    return {facts.WEBHOOK_SIGNATURE_HEADER: sign_event_id(SECRET, event_id)}


class Gate:
    """A handler that can be held in flight, then told to succeed or fail (threads, not the server's loop)."""

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.entered = threading.Event()
        self.release = threading.Event()
        self.fail_first = False

    async def __call__(self, received: WebhookEvent) -> None:
        self.calls.append(str(received.event_id))
        self.entered.set()
        while not self.release.is_set():
            await _pause()
        if self.fail_first and len(self.calls) == 1:
            raise RuntimeError("database down")


async def _pause() -> None:
    await asyncio.sleep(0.01)


@pytest.fixture
def gate() -> Gate:
    gate = Gate()
    gate.release.set()
    return gate


@pytest.fixture
def served(gate: Gate) -> Iterator[tuple[httpx.Client, WebhookReceiver]]:
    receiver = WebhookReceiver(SECRET, gate)
    with (
        sandbox_server.serve_app(receiver, startup_timeout=10, loop="asyncio") as origin,
        httpx.Client(base_url=origin, timeout=30) as client,
    ):
        yield client, receiver


@pytest.fixture
def no_tracebacks(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level(logging.DEBUG)
    yield caplog
    records = caplog.get_records("call")
    assert any(r.name.startswith("ingram_contract") for r in records), (
        "the receiver's lines were not captured"
    )
    assert [r for r in records if r.exc_info or r.stack_info] == []
    assert not any("Traceback" in r.getMessage() for r in records)


HOSTILE: list[tuple[str, bytes, dict[str, str], int]] = [
    ("10,000 deep, unsigned", deep(10_000), {}, 401),
    ("10,000 deep, signed, no eventId", deep(10_000), {facts.WEBHOOK_SIGNATURE_HEADER: "Zm9yZ2Vk"}, 400),
    (
        "10,000 deep after a signed eventId",
        b'{"eventId": "%s", "resource": %s}' % (KNOWN_EVENT_ID.encode(), deep(10_000)),
        {facts.WEBHOOK_SIGNATURE_HEADER: KNOWN_SIGNATURE},
        400,
    ),
    (
        "lone surrogate eventId",
        b'{"eventId": "\\ud83d", "resource": []}',
        {facts.WEBHOOK_SIGNATURE_HEADER: "x"},
        400,
    ),
    (
        "invalid UTF-8 eventId",
        b'{"eventId": "\xff\xfe", "resource": []}',
        {facts.WEBHOOK_SIGNATURE_HEADER: "x"},
        400,
    ),
    (
        "lone surrogate elsewhere in a signed body",
        body_of({**event(), "topic": "\ud83d"}),
        {facts.WEBHOOK_SIGNATURE_HEADER: KNOWN_SIGNATURE},
        400,
    ),
    (
        "forged signature",
        body_of(event()),
        {facts.WEBHOOK_SIGNATURE_HEADER: sign_event_id("guess", KNOWN_EVENT_ID)},
        401,
    ),
    (
        "forged, body not JSON after the id",
        b'{"eventId": "evt-0001", ',
        {facts.WEBHOOK_SIGNATURE_HEADER: "x"},
        401,
    ),
    ("signed, body not JSON after the id", b'{"eventId": "evt-0001", ', signed(KNOWN_EVENT_ID), 400),
    (
        "a second eventId",
        b'{"eventId": "evt-0001", "eventId": "evt-9999", "resource": []}',
        signed(KNOWN_EVENT_ID),
        400,
    ),
    ("eventId of 10,000 characters", body_of(event("e" * 10_000)), signed("e" * 10_000), 400),
    (
        "integer of 5,000 digits",
        body_of(event())[:-1] + b', "n": ' + b"9" * 5000 + b"}",
        signed(KNOWN_EVENT_ID),
        400,
    ),
    ("resource of the wrong type", body_of({**event(), "resource": "x"}), signed(KNOWN_EVENT_ID), 400),
    ("10 MB declared, 1 MiB limit", b"{}", {"content-length": str(10 * 1024 * 1024)}, 413),
]


@pytest.mark.parametrize(
    ("body", "headers", "status"), [case[1:] for case in HOSTILE], ids=[c[0] for c in HOSTILE]
)
def test_hostile_deliveries_get_a_4xx_and_no_traceback(
    served: tuple[httpx.Client, WebhookReceiver],
    gate: Gate,
    no_tracebacks: pytest.LogCaptureFixture,
    body: bytes,
    headers: dict[str, str],
    status: int,
) -> None:
    client, _ = served
    if "content-length" in headers:
        answer_status, answer = _post_declaring(str(client.base_url), int(headers["content-length"]))
    else:
        response = client.post(PATH, content=body, headers=headers)
        answer_status, answer = response.status_code, response.json()
    assert answer_status == status, answer
    assert "error" in answer
    assert gate.calls == []
    # Still serving: a good delivery after the hostile one is handled.
    assert client.post(PATH, content=body_of(event()), headers=signed(KNOWN_EVENT_ID)).status_code == 200
    assert gate.calls == [KNOWN_EVENT_ID]


def _post_declaring(origin: str, declared: int) -> tuple[int, Any]:
    """A request that declares a length it never sends: the receiver must answer from the header alone."""
    url = httpx.URL(origin)
    with socket.create_connection((url.host, url.port or 80), timeout=10) as sock:
        head = f"POST {PATH} HTTP/1.1\r\nHost: {url.host}\r\nContent-Length: {declared}\r\n\r\n{{}}"
        sock.sendall(head.encode())
        answer = b""
        while b"\r\n\r\n" not in answer or not answer.rstrip().endswith(b"}"):
            chunk = sock.recv(65536)
            if not chunk:
                break
            answer += chunk
    status_line, _, rest = answer.partition(b"\r\n")
    return int(status_line.split()[1]), json.loads(rest.partition(b"\r\n\r\n")[2])


def test_a_50_mb_body_is_refused_without_reading_it(
    served: tuple[httpx.Client, WebhookReceiver], no_tracebacks: pytest.LogCaptureFixture
) -> None:
    client, _ = served
    huge = b'{"eventId": "evt-0001", "pad": "' + b"x" * (50 * 1024 * 1024) + b'"}'

    def chunks() -> Iterator[bytes]:
        for start in range(0, len(huge), 1024 * 1024):
            yield huge[start : start + 1024 * 1024]

    try:
        response = client.post(PATH, content=chunks(), headers=signed(KNOWN_EVENT_ID))
    except httpx.WriteError:
        pytest.fail("the receiver closed the connection instead of answering 413")
    assert response.status_code == 413


def test_a_replay_is_acknowledged_once_handled_and_not_handled_twice(
    served: tuple[httpx.Client, WebhookReceiver], gate: Gate, no_tracebacks: pytest.LogCaptureFixture
) -> None:
    client, _ = served
    answers = [client.post(PATH, content=body_of(event()), headers=signed(KNOWN_EVENT_ID)) for _ in range(3)]
    assert [a.json()["status"] for a in answers] == ["accepted", "duplicate", "duplicate"]
    assert gate.calls == [KNOWN_EVENT_ID]


def _in_flight(client: httpx.Client, gate: Gate) -> tuple[Any, httpx.Response]:
    """Start a delivery, hold it in the handler, send its duplicate meanwhile."""
    gate.release.clear()
    pool = ThreadPoolExecutor(max_workers=1)
    first = pool.submit(client.post, PATH, content=body_of(event()), headers=signed(KNOWN_EVENT_ID))
    assert gate.entered.wait(10), "the first delivery never reached the handler"
    duplicate = client.post(PATH, content=body_of(event()), headers=signed(KNOWN_EVENT_ID))
    pool.shutdown(wait=False)
    return first, duplicate


def test_a_duplicate_during_a_failing_first_delivery_is_not_acknowledged_and_the_redelivery_is_handled(
    served: tuple[httpx.Client, WebhookReceiver], gate: Gate, no_tracebacks: pytest.LogCaptureFixture
) -> None:
    client, receiver = served
    gate.fail_first = True
    first, duplicate = _in_flight(client, gate)
    assert duplicate.status_code == 503
    assert int(duplicate.headers["retry-after"]) > 0
    gate.release.set()
    assert first.result(timeout=10).status_code == 500
    assert KNOWN_EVENT_ID not in receiver.seen
    redelivery = client.post(PATH, content=body_of(event()), headers=signed(KNOWN_EVENT_ID))
    assert (redelivery.status_code, redelivery.json()) == (200, {"status": "accepted"})
    assert gate.calls == [KNOWN_EVENT_ID, KNOWN_EVENT_ID]
    assert any("handler failed (RuntimeError)" in r.getMessage() for r in no_tracebacks.records)


def test_a_duplicate_during_a_successful_first_delivery_is_acknowledged_only_after_it(
    served: tuple[httpx.Client, WebhookReceiver], gate: Gate, no_tracebacks: pytest.LogCaptureFixture
) -> None:
    client, _ = served
    first, duplicate = _in_flight(client, gate)
    assert duplicate.status_code == 503
    gate.release.set()
    assert first.result(timeout=10).json() == {"status": "accepted"}
    again = client.post(PATH, content=body_of(event()), headers=signed(KNOWN_EVENT_ID))
    assert again.json() == {"status": "duplicate"}
    assert gate.calls == [KNOWN_EVENT_ID]


def test_the_event_id_is_read_without_parsing_and_the_depth_without_recursion() -> None:
    body = b'{"resource": ' + deep(100_000) + b', "eventId": "evt-\\u00e9"}'
    assert raw_event_id(body) == "evt-\u00e9"
    assert nesting_depth(body) == 100_001
    assert nesting_depth(json.dumps({"a": "[[[[", "b": [{"c": "]]"}]}).encode()) == 3


def test_a_forged_delivery_is_refused_before_its_body_is_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[object] = []
    original = json.loads

    def counting(data: Any, *args: Any, **kwargs: Any) -> Any:
        parsed.append(data)
        return original(data, *args, **kwargs)

    monkeypatch.setattr(json, "loads", counting)
    body = b'{"eventId": "evt-0001", "pad": ' + deep(500_000) + b"}"
    with pytest.raises(WebhookRejected, match="does not match") as caught:
        asyncio.run(WebhookReceiver(SECRET, print).receive(body, "Zm9yZ2Vk"))
    assert caught.value.status_code == 401
    assert parsed == [b'"evt-0001"'], "the body was parsed before its signature was checked"
