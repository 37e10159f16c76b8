"""Fixtures for the drift tests: a real sandbox on loopback behind a proxy that can be told to misbehave,
the raw upstream cut as a small JSON file, and a helper that runs the whole drift report.

The proxy is one ASGI app in front of the sandbox (the sandbox itself is never edited): each fault is a
function of the answer, switched on for one test and off again, so one server serves every test.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ingram_contract.drift.local import local_sandbox
from ingram_contract.drift.model import Report
from ingram_contract.drift.run import DriftConfig, build_report
from ingram_contract.spec.load import load_spec
from ingram_contract.spec.vendor import cut_document
from tests.conftest import require_upstream


@dataclass
class Answer:
    """An answer as the proxy sees it; a fault edits it in place."""

    method: str
    path: str
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes

    @property
    def payload(self) -> Any:
        return json.loads(self.body)

    @payload.setter
    def payload(self, value: Any) -> None:
        self.body = json.dumps(value).encode()
        self.set_header(b"content-length", str(len(self.body)).encode())

    def set_header(self, name: bytes, value: bytes) -> None:
        self.headers = [(k, v) for k, v in self.headers if k.lower() != name] + [(name, value)]


Fault = Callable[[Answer], None]


class FaultyProxy:
    """Passes everything to the sandbox; when a fault is set, buffers each HTTP answer and lets it edit it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.fault: Fault | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        fault = self.fault
        if scope["type"] != "http" or fault is None:
            await self.app(scope, receive, send)
            return
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    answer = Answer(
                        scope["method"],
                        scope["path"],
                        start["status"],
                        list(start["headers"]),
                        b"".join(chunks),
                    )
                    fault(answer)
                    answer.set_header(b"content-length", str(len(answer.body)).encode())
                    await send(
                        {"type": "http.response.start", "status": answer.status, "headers": answer.headers}
                    )
                    await send({"type": "http.response.body", "body": answer.body})

        await self.app(scope, receive, capture)


@pytest.fixture(scope="session")
def proxy() -> Iterator[tuple[FaultyProxy, str]]:
    """One sandbox behind one proxy for the session; yields the proxy and the base URL."""
    holder: list[FaultyProxy] = []

    def wrap(app: ASGIApp) -> FaultyProxy:
        holder.append(FaultyProxy(app))
        return holder[0]

    with local_sandbox(wrap) as base_url:
        yield holder[0], base_url


@pytest.fixture
def faulty(proxy: tuple[FaultyProxy, str]) -> Iterator[Callable[[Fault], str]]:
    """Switch a fault on for one test (off again afterwards); returns the base URL."""
    server, base_url = proxy

    def switch(fault: Fault) -> str:
        server.fault = fault
        return base_url

    yield switch
    server.fault = None


@pytest.fixture(scope="session")
def raw_cut() -> dict[str, Any]:
    """The pinned upstream document cut to the contract scope, without corrections."""
    return cut_document(load_spec(require_upstream()).document)


@pytest.fixture(scope="session")
def upstream_file(raw_cut: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The raw cut as JSON: the same upstream as the pinned file for the drift run, quick to load."""
    path = tmp_path_factory.mktemp("upstream") / "upstream-cut.json"
    path.write_text(json.dumps(raw_cut))
    return path


def drift_config(
    base_url: str, out: Path, upstream: Path, environ: dict[str, str] | None = None, **settings: Any
) -> DriftConfig:
    """The config `ingram-contract drift` builds; no credentials in the environment unless given."""
    return DriftConfig.resolve(base_url, upstream=str(upstream), out=out, environ=environ or {}, **settings)


def report_for(base_url: str, tmp_path: Path, upstream: Path, **settings: Any) -> Report:
    """Run every section against a server (the committed baseline and shapes unless given)."""
    return build_report(drift_config(base_url, tmp_path / "out", upstream, **settings))
