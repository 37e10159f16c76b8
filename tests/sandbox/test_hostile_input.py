"""Hostile input over real HTTP: every request the sandbox cannot serve gets a 4xx naming what is wrong,
never a 500, and nothing it refuses poisons what it already holds.

One sandbox (real uvicorn on loopback, a SQLite file) serves the whole module: good orders are placed
first, every case is sent at it, and after each case those orders, and every order accepted since, must
still read back, by details and by search; the last test restarts the sandbox on the same file and reads
them all again.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from ingram_contract import facts
from ingram_contract.sandbox import SandboxConfig, limits

from .conftest import Conformance, SandboxClient, ThreadedSandbox

V6 = "/resellers/v6/orders"
V7 = "/resellers/v7/orders"
SEARCH = "/resellers/v6/orders/search"
DETAILS = "/resellers/v6.1/orders/"
LINE = {"customerLineNumber": "001", "ingramPartNumber": facts.SKU_IN_STOCK, "quantity": 1}


def order(line: dict[str, Any] | None = None, **fields: Any) -> dict[str, Any]:
    return {"customerOrderNumber": "PO-HOSTILE", "lines": [{**LINE, **(line or {})}], **fields}


def encoded(document: Any) -> bytes:
    """JSON as Python writes it: a lone surrogate becomes a `\\ud83d` escape, NaN stays NaN."""
    return json.dumps(document).encode()


def nested(depth: int) -> bytes:
    return b'{"customerOrderNumber": "PO", "lines": ' + b"[" * depth + b"]" * depth + b"}"


@dataclass
class Hostile:
    """The module's sandbox, its database file, and every order it acknowledged."""

    db: Path
    conformance: Conformance
    running: ThreadedSandbox | None = None
    client: SandboxClient | None = None
    acknowledged: list[str] = field(default_factory=list)

    def start(self) -> SandboxClient:
        self.running = ThreadedSandbox(SandboxConfig(db_path=self.db, token_ttl=3600)).__enter__()
        self.client = SandboxClient(self.running.origin, self.conformance)
        self.client.fetch_token()
        return self.client

    def stop(self) -> None:
        if self.client is not None:
            self.client.close()
        if self.running is not None:
            self.running.__exit__(None, None, None)
        self.client = self.running = None

    @property
    def http(self) -> SandboxClient:
        assert self.client is not None
        return self.client

    def send(self, method: str, path: str, content: bytes = b"", **headers: str) -> httpx.Response:
        """A raw request to `/sandbox` + path with the usual headers (JSON content type unless given)."""
        sent = {**self.http.headers(), "Content-Type": "application/json", **headers}
        response = self.http.http.request(method, facts.SANDBOX_PREFIX + path, content=content, headers=sent)
        assert response.status_code < 500, f"{method} {path}: {response.status_code} {response.text[:300]}"
        created = response.json() if response.status_code in (201, 207) else None
        if created is not None:
            self.acknowledged.extend(entry["ingramOrderNumber"] for entry in created["orders"])
        return response

    def assert_every_order_reads_back(self) -> None:
        for number in self.acknowledged:
            response = self.http.request("GET", DETAILS + number)
            assert response.status_code == 200, f"{number}: {response.status_code} {response.text[:300]}"
        listed: set[str] = set()
        page = 1
        while True:
            response = self.http.request("GET", SEARCH, params={"pageSize": 100, "pageNumber": page})
            if response.status_code == 204:
                break
            assert response.status_code == 200, response.text[:300]
            listed.update(entry["ingramOrderNumber"] for entry in response.json()["orders"])
            page += 1
        assert set(self.acknowledged) <= listed


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory, conformance: Conformance) -> Iterator[Hostile]:
    state = Hostile(tmp_path_factory.mktemp("hostile") / "sandbox.db", conformance)
    state.start()
    for index in range(3):
        body = order(customerOrderNumber=f"PO-GOOD-{index}")
        assert state.send("POST", V6, encoded(body)).status_code == 201
    held = order(
        additionalAttributes=[{"attributeName": "allowOrderOnCustomerHold", "attributeValue": "true"}]
    )
    assert state.send("POST", V6, encoded(held)).status_code == 201
    yield state
    state.stop()


def fields_named(response: httpx.Response) -> list[str]:
    body = response.json()
    items = body.get("errors", [body])
    return [entry["field"] for item in items for entry in item.get("fields", [])]


@dataclass(frozen=True)
class Case:
    """One hostile request and the refusal it must get: status and the field it names."""

    name: str
    method: str
    path: str
    content: bytes
    status: int
    field: str
    headers: tuple[tuple[str, str], ...] = ()


def digits(count: int) -> bytes:
    """A v6 order whose quantity is an integer literal of `count` digits."""
    return (
        b'{"customerOrderNumber": "PO", "lines": [{"ingramPartNumber": "TSXML3", "quantity": '
        + b"7" * count
        + b"}]}"
    )


VENDOR_INFO = "/resellers/v7/vendorrequiredinfo"
UTF8_SURROGATE = b'{"customerOrderNumber": "\xed\xa0\xbd", "lines": []}'
INVALID_UTF8 = b'{"customerOrderNumber": "\xff\xfe", "lines": []}'
DUPLICATE_KEYS = b'{"customerOrderNumber": "A", "customerOrderNumber": "B", "lines": []}'
HUGE_FLOAT = encoded(order({"unitPrice": 1.5})).replace(b"1.5", b"1e999")
TEXT = (("Content-Type", "text/plain"),)
FORM = (("Content-Type", "application/x-www-form-urlencoded"),)
CORRELATION = facts.HEADER_CORRELATION_ID
MANY_HEADERS = tuple((f"X-Pad-{index}", "p" * 40) for index in range(1000))
TEN_MIB = encoded(order(notes="n" * (10 * 1024 * 1024)))
DEEPEST = "lines" + "[0]" * limits.MAX_DEPTH

CASES = [
    Case("401-digit quantity", "POST", V6, digits(401), 400, "lines[0].quantity"),
    Case("5,000-digit quantity", "POST", V6, digits(5000), 400, "lines[0].quantity"),
    Case("quantity 2**31", "POST", V6, encoded(order({"quantity": 2**31})), 400, "lines[0].quantity"),
    Case(
        "surrogate in lines[].notes", "POST", V6, encoded(order({"notes": "\ud83d"})), 400, "lines[0].notes"
    ),
    Case(
        "surrogate in a PO",
        "POST",
        V6,
        encoded(order(customerOrderNumber="P\udc00")),
        400,
        "customerOrderNumber",
    ),
    Case("surrogate in a key", "POST", V6, encoded({**order(), "x\ud800": 1}), 400, "body"),
    Case("surrogate in v7 notes", "POST", V7, encoded(order(notes="\ud83d")), 400, "notes"),
    Case("UTF-8-encoded surrogate", "POST", V6, UTF8_SURROGATE, 400, "body"),
    Case("invalid UTF-8", "POST", V6, INVALID_UTF8, 400, "body"),
    Case("nested 10,000 deep", "POST", V6, nested(10_000), 400, "body"),
    Case("nested 10,000 deep, v7", "POST", V7, nested(10_000), 400, "body"),
    Case("nested 10,000 deep, vendor info", "POST", VENDOR_INFO, b"[" * 10_000 + b"]" * 10_000, 400, "body"),
    Case("nested 100 deep", "POST", V6, nested(100), 400, DEEPEST),
    Case("NaN", "POST", V6, encoded(order({"unitPrice": float("nan")})), 400, "lines[0].unitPrice"),
    Case("Infinity", "POST", V6, encoded(order({"unitPrice": float("inf")})), 400, "lines[0].unitPrice"),
    Case("1e999", "POST", V6, HUGE_FLOAT, 400, "lines[0].unitPrice"),
    Case("duplicate keys", "POST", V6, DUPLICATE_KEYS, 400, "body"),
    Case("null body", "POST", V6, b"null", 400, "body"),
    Case("not JSON", "POST", V6, b"{'lines': ", 400, "body"),
    Case("text/plain body", "POST", V6, encoded(order()), 400, "Content-Type", TEXT),
    Case("form body", "POST", V6, b"lines=1", 400, "Content-Type", FORM),
    Case("2,000-character notes", "POST", V6, encoded(order(notes="n" * 2000)), 400, "notes"),
    Case(
        "5,000 lines",
        "POST",
        V6,
        encoded({"customerOrderNumber": "PO", "lines": [LINE] * 5000}),
        400,
        "lines",
    ),
    Case("zero quantity", "POST", V6, encoded(order({"quantity": 0})), 400, "lines[0]"),
    Case("negative quantity", "POST", V6, encoded(order({"quantity": -3})), 400, "lines[0]"),
    Case("string quantity", "POST", V6, encoded(order({"quantity": "1"})), 400, "lines[0].quantity"),
    Case("10 MiB body", "POST", V6, TEN_MIB, 413, "body"),
    Case("pageNumber 10**18", "GET", SEARCH + "?pageNumber=1000000000000000000", b"", 400, "pageNumber"),
    Case("pageNumber 2**31", "GET", SEARCH + "?pageNumber=2147483648", b"", 400, "pageNumber"),
    Case("pageNumber of 5,000 digits", "GET", SEARCH + "?pageNumber=" + "9" * 5000, b"", 400, "pageNumber"),
    Case("pageSize 0", "GET", SEARCH + "?pageSize=0", b"", 400, "pageSize"),
    Case("pageSize 10**30", "GET", SEARCH + "?pageSize=1" + "0" * 30, b"", 400, "pageSize"),
    Case("pageSize 1e3", "GET", SEARCH + "?pageSize=1e3", b"", 400, "pageSize"),
    Case("null byte in a filter", "GET", SEARCH + "?customerOrderNumber=%00", b"", 204, ""),
    Case("2,000-character order number", "GET", DETAILS + "X" * 2000, b"", 400, "ordernumber"),
    Case("5,000-character order number to cancel", "DELETE", V6 + "/" + "X" * 5000, b"", 400, "OrderNumber"),
    Case("20 KiB query", "GET", SEARCH + "?vendorName=" + "v" * 20_000, b"", 414, "url"),
    Case("64 KiB header", "GET", SEARCH, b"", 431, "headers", (("X-Padding", "p" * 65536),)),
    Case("1,000 headers", "GET", SEARCH, b"", 431, "headers", MANY_HEADERS),
    Case("64 KiB correlation id", "GET", SEARCH, b"", 431, "headers", ((CORRELATION, "c" * 65536),)),
    Case("33-character correlation id", "GET", SEARCH, b"", 400, CORRELATION, ((CORRELATION, "c" * 33),)),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_a_hostile_request_is_refused_naming_the_field(hostile: Hostile, case: Case) -> None:
    response = hostile.send(case.method, case.path, case.content, **dict(case.headers))
    assert response.status_code == case.status, response.text[:500]
    if case.status == 400:
        hostile.conformance.check(response)
    if case.field:
        assert case.field in fields_named(response), response.text[:500]
    hostile.assert_every_order_reads_back()


def test_a_chunked_body_over_the_limit_is_413(hostile: Hostile) -> None:
    chunk = b" " * 65536

    def body() -> Iterator[bytes]:
        yield b'{"lines": []'
        for _ in range(2 * limits.MAX_BODY_BYTES // len(chunk)):
            yield chunk
        yield b"}"

    response = hostile.http.http.post(
        facts.SANDBOX_PREFIX + V6,
        content=body(),
        headers={**hostile.http.headers(), "Content-Type": "application/json"},
    )
    assert response.status_code == 413
    assert "body" in fields_named(response)
    hostile.assert_every_order_reads_back()


def test_a_modify_with_a_lone_surrogate_is_refused_and_the_order_is_unchanged(hostile: Hostile) -> None:
    held = hostile.acknowledged[3]
    before = hostile.http.request("GET", DETAILS + held).json()
    response = hostile.send("PUT", f"{V6}/{held}", encoded({"notes": "\ud83d"}))
    assert response.status_code == 400
    assert "notes" in fields_named(response)
    assert hostile.http.request("GET", DETAILS + held).json()["orderStatus"] == before["orderStatus"]
    hostile.assert_every_order_reads_back()


def test_what_the_sandbox_accepts_at_its_limits_reads_back(hostile: Hostile) -> None:
    largest = order(
        {"quantity": 2**31 - 1, "notes": "\u0000 null \u0000"},
        notes="é" * limits.MAX_STRING_LENGTH,
        customerOrderNumber="PO-AT-LIMITS",  # a PO of its own: the sandbox refuses a duplicate PO
    )
    response = hostile.send("POST", V6, encoded(largest))
    assert response.status_code == 201, response.text[:300]
    number = response.json()["orders"][0]["ingramOrderNumber"]
    shown = hostile.http.request("GET", DETAILS + number, params={"simulateStatus": "IM::SHIPPED"})
    assert shown.status_code == 200
    assert shown.json()["lines"][0]["quantityOrdered"] == 2**31 - 1
    many = {
        "customerOrderNumber": "PO-MANY",
        "lines": [{**LINE, "customerLineNumber": f"{i:03d}"} for i in range(1, 1000)],
    }
    assert hostile.send("POST", V6, encoded(many)).status_code == 201
    hostile.assert_every_order_reads_back()


def test_a_header_with_a_bare_carriage_return_is_refused_and_nothing_is_injected(hostile: Hostile) -> None:
    assert hostile.running is not None
    port = int(hostile.running.origin.rsplit(":", 1)[1])
    request = (
        f"GET {facts.SANDBOX_PREFIX}{SEARCH} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Authorization: Bearer {hostile.http.token}\r\n"
        f"{facts.HEADER_CORRELATION_ID}: abc\rX-Injected: yes\r\n\r\n"
    ).encode()
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(request)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 400 "), answer[:200]
    assert b"x-injected" not in answer.lower()
    hostile.assert_every_order_reads_back()


def test_every_acknowledged_order_reads_back_after_a_restart_on_the_same_file(hostile: Hostile) -> None:
    assert len(hostile.acknowledged) >= 4
    hostile.stop()
    hostile.start()
    hostile.assert_every_order_reads_back()


def test_the_token_endpoint_refuses_an_oversized_or_garbled_form(hostile: Hostile) -> None:
    http = hostile.http.http
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    huge = b"grant_type=client_credentials&client_id=" + b"i" * (2 * limits.MAX_BODY_BYTES)
    assert http.post(facts.TOKEN_PATH, content=huge, headers=form).status_code == 413
    garbled = b"grant_type=client_credentials&client_id=%ff%fe\xff&client_secret=%ed%a0%bd"
    response = http.post(facts.TOKEN_PATH, content=garbled, headers=form)
    assert 400 <= response.status_code < 500, response.text[:300]
    hostile.assert_every_order_reads_back()
