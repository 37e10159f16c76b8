"""The fake API served over real loopback HTTP, so that httpx and httpcore run (and log) end to end."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

from .conftest import FakeIngram


class LoopbackServer(ThreadingHTTPServer):
    """Serves a FakeIngram on 127.0.0.1 and remembers the client port of every request."""

    daemon_threads = True

    def __init__(self, fake: FakeIngram) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.fake = fake
        self.client_ports: list[int] = []

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: LoopbackServer

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        request = httpx.Request(
            self.command,
            f"http://{self.headers['Host']}{self.path}",
            headers=list(self.headers.items()),
            content=body,
        )
        self.server.client_ports.append(self.client_address[1])
        response = self.server.fake.handle(request)
        content = response.read()
        self.send_response(response.status_code)
        for name, value in response.headers.items():
            if name.lower() not in ("content-length", "transfer-encoding"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    do_GET = do_POST = do_PUT = do_DELETE = _serve

    def log_message(self, format: str, *args: object) -> None:
        """Silence the stdlib's per-request stderr lines."""


@contextmanager
def serve(fake: FakeIngram) -> Iterator[LoopbackServer]:
    """Run a loopback server for the duration of the block."""
    server = LoopbackServer(fake)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
