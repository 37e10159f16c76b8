"""Fixtures for the sandbox tests: a real uvicorn on loopback, a webhook receiver, contract conformance.

Every test talks HTTP to a server it started: in a thread for speed, or in a subprocess when the test
has to kill it.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis

import ingram_contract
from ingram_contract import facts
from ingram_contract.sandbox import SandboxConfig, create_app
from ingram_contract.sandbox.server import serve_app

CUSTOMER_HEADERS = {
    facts.HEADER_CUSTOMER_NUMBER: facts.DEFAULT_CUSTOMER_NUMBER,
    facts.HEADER_COUNTRY_CODE: facts.DEFAULT_COUNTRY_CODE,
    facts.HEADER_SENDER_ID: "sandbox-tests",
}


@pytest.fixture(scope="session")
def contract_schema() -> Any:
    """The contract, loaded by schemathesis: an implementation independent of the sandbox's own loader."""
    return schemathesis.openapi.from_path(str(facts.CONTRACT_PATH))


class Conformance:
    """Checks a sandbox answer against the operation the contract documents for its method and path."""

    def __init__(self, schema: Any) -> None:
        self._schema = schema
        paths = schema.raw_schema["paths"]
        # Literal paths before templated ones, so `/orders/search` is not taken for `/orders/{orderNumber}`.
        self._templates = sorted(
            ((_pattern(path), path, {method.upper() for method in item}) for path, item in paths.items()),
            key=lambda entry: entry[1].count("{"),
        )

    def operation_path(self, method: str, url_path: str) -> str:
        """The contract path template a request belongs to (the `/sandbox` prefix is optional)."""
        path = url_path.removeprefix(facts.SANDBOX_PREFIX)
        for pattern, template, methods in self._templates:
            if method in methods and pattern.match(path):
                return template
        raise AssertionError(f"no contract operation matches {method} {url_path}")

    def check(self, response: httpx.Response) -> httpx.Response:
        """Assert the answer is documented and valid for its operation, and echoes IM-CorrelationID."""
        request = response.request
        method = request.method
        template = self.operation_path(method, request.url.path)
        operation = self._schema[template][method]
        documented = {str(code) for code in operation.definition.raw.get("responses", {})}
        status = response.status_code
        assert str(status) in documented, (
            f"{method} {template} answered {status}, not documented: {response.text[:300]}"
        )
        operation.validate_response(response)
        sent = request.headers.get(facts.HEADER_CORRELATION_ID)
        if sent is not None:
            assert response.headers.get(facts.HEADER_CORRELATION_ID) == sent
        if str(status) in documented and not _documents_body(operation, status):
            assert response.content == b"", f"{method} {template} {status} documents no body"
        return response


def _pattern(template: str) -> re.Pattern[str]:
    literal_parts = re.split(r"\{[^}]+\}", template)
    return re.compile("^" + "[^/]+".join(re.escape(part) for part in literal_parts) + "$")


def _documents_body(operation: Any, status: int) -> bool:
    response = operation.definition.raw.get("responses", {}).get(str(status), {})
    return bool(response.get("content"))


@pytest.fixture(scope="session")
def conformance(contract_schema: Any) -> Conformance:
    """The conformance checker shared by the tests."""
    return Conformance(contract_schema)


class ThreadedSandbox:
    """A sandbox app served on a free loopback port, with the loop and protocol the sandbox ships with."""

    def __init__(self, config: SandboxConfig) -> None:
        self.app = create_app(config)
        self._served = serve_app(self.app, startup_timeout=10)
        self.origin = ""  # `http://127.0.0.1:PORT` once entered (the token endpoint lives here)

    @property
    def base_url(self) -> str:
        """The sandbox base URL, like the vendor's: origin + `/sandbox`."""
        return self.origin + facts.SANDBOX_PREFIX

    def __enter__(self) -> ThreadedSandbox:
        self.origin = self._served.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._served.__exit__(None, None, None)


@dataclass
class Received:
    """One webhook POST as the receiver saw it."""

    headers: dict[str, str]
    body: bytes


@dataclass
class WebhookReceiver:
    """A tiny HTTP server on loopback recording the webhook POSTs; it can fail the first N on purpose."""

    fail_first: int = 0
    received: list[Received] = field(default_factory=list)
    answered: list[int] = field(default_factory=list)
    _condition: threading.Condition = field(default_factory=threading.Condition)

    def start(self) -> str:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", "0")))
                with receiver._condition:
                    receiver.received.append(Received({k.lower(): v for k, v in self.headers.items()}, body))
                    status = 500 if len(receiver.received) <= receiver.fail_first else 200
                    receiver.answered.append(status)
                    receiver._condition.notify_all()
                self.send_response(status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                return

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return f"http://127.0.0.1:{self._server.server_address[1]}/hooks/ingram"

    def wait_for(self, count: int, timeout: float = 30.0) -> list[Received]:
        """Block until `count` POSTs arrived (or fail)."""
        with self._condition:
            arrived = self._condition.wait_for(lambda: len(self.received) >= count, timeout=timeout)
            assert arrived, f"expected {count} webhook POSTs, got {len(self.received)}"
            return list(self.received)

    def stop(self) -> None:
        if not hasattr(self, "_server"):
            return
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    """A webhook receiver on loopback."""
    receiver = WebhookReceiver()
    yield receiver
    receiver.stop()


class SandboxClient:
    """A plain httpx client of the sandbox: fetches a token, checks every answer against the contract."""

    def __init__(self, sandbox_origin: str, conformance: Conformance) -> None:
        self.origin = sandbox_origin
        self.http = httpx.Client(base_url=sandbox_origin, timeout=10.0, trust_env=False)
        self.conformance = conformance
        self.token = ""
        self._correlation = 0

    def fetch_token(self) -> str:
        response = self.conformance.check(
            self.http.post(
                facts.TOKEN_PATH,
                data={
                    "grant_type": "client_credentials",
                    "client_id": facts.LOCAL_SANDBOX_CLIENT_ID,
                    "client_secret": facts.LOCAL_SANDBOX_CLIENT_SECRET,
                },
            )
        )
        assert response.status_code == 200, response.text
        self.token = str(response.json()["access_token"])
        return self.token

    def headers(self, **extra: str) -> dict[str, str]:
        self._correlation += 1
        return {
            "Authorization": f"Bearer {self.token}",
            **CUSTOMER_HEADERS,
            facts.HEADER_CORRELATION_ID: f"test-{self._correlation:06d}",
            **extra,
        }

    def request(
        self, method: str, path: str, *, headers: dict[str, str] | None = None, **kwargs: Any
    ) -> httpx.Response:
        """Send to `/sandbox` + path with the default headers; check the answer; return it."""
        response = self.http.request(
            method, facts.SANDBOX_PREFIX + path, headers=headers or self.headers(), **kwargs
        )
        return self.conformance.check(response)

    def create_v6(self, lines: list[dict[str, Any]], *, hold: bool = False, **fields: Any) -> httpx.Response:
        body: dict[str, Any] = {
            "customerOrderNumber": fields.pop("customerOrderNumber", "PO-TEST"),
            "lines": lines,
            **fields,
        }
        if hold:
            body["additionalAttributes"] = [
                {"attributeName": "allowOrderOnCustomerHold", "attributeValue": "true"}
            ]
        return self.request("POST", "/resellers/v6/orders", json=body)

    def close(self) -> None:
        self.http.close()


@pytest.fixture
def manual_clock() -> Any:
    from ingram_contract.sandbox.clock import ManualClock

    return ManualClock()


@pytest.fixture
def sandbox(tmp_path: Path, manual_clock: Any) -> Iterator[ThreadedSandbox]:
    """A sandbox in a thread, with its own database and a clock the test controls."""
    config = SandboxConfig(db_path=tmp_path / "sandbox.db", clock=manual_clock, token_ttl=600)
    with ThreadedSandbox(config) as running:
        yield running


@pytest.fixture
def client(sandbox: ThreadedSandbox, conformance: Conformance) -> Iterator[SandboxClient]:
    """A client of the `sandbox` fixture, holding a fresh token."""
    client = SandboxClient(sandbox.origin, conformance)
    client.fetch_token()
    yield client
    client.close()


class SandboxProcess:
    """`ingram-contract sandbox` in a subprocess, so a test can kill it with SIGKILL."""

    def __init__(self, db: Path, port: int) -> None:
        self.db = db
        self.port = port
        self.process: subprocess.Popen[str] | None = None

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> SandboxProcess:
        src = str(Path(ingram_contract.__file__).resolve().parents[1])
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [src, os.environ.get("PYTHONPATH")]))}
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "ingram_contract.cli",
                "sandbox",
                "--port",
                str(self.port),
                "--db",
                str(self.db),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline().strip()
        assert line == f"Sandbox listening on http://127.0.0.1:{self.port}/sandbox", line
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.origin}/health", timeout=1.0, trust_env=False).status_code == 200:
                    return self
            except httpx.TransportError:
                time.sleep(0.05)
        raise RuntimeError("the sandbox subprocess did not become healthy")

    def kill(self) -> None:
        """SIGKILL: no shutdown, no checkpoint."""
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)
        self._close_pipes()

    def stop(self) -> None:
        """SIGTERM and wait: the graceful path."""
        if self.process is None or self.process.poll() is not None:
            self._close_pipes()
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)
        self._close_pipes()

    def _close_pipes(self) -> None:
        if self.process is not None:
            for pipe in (self.process.stdout, self.process.stderr):
                if pipe is not None:
                    pipe.close()


def json_body(received: Received) -> Any:
    """A webhook body as JSON."""
    return json.loads(received.body)
