"""A local sandbox on a free loopback port for the length of a `with` block (uvicorn in a thread)."""

from __future__ import annotations

import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import uvicorn

from ingram_contract import facts


def _sandbox_app(db_path: Path) -> Any:
    from ingram_contract.sandbox import SandboxConfig, create_app

    return create_app(SandboxConfig(db_path=db_path))


@contextmanager
def serve_app(app: Any, *, startup_timeout: float = 30.0) -> Iterator[str]:
    """Serve an ASGI app on 127.0.0.1 (a free port); yields `http://127.0.0.1:PORT`."""
    from ingram_contract.sandbox.server import bind, uvicorn_config

    sock = bind(facts.LOCAL_SANDBOX_HOST, 0)
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn_config(app))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + startup_timeout
    try:
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the local sandbox did not start")
            time.sleep(0.02)
        yield f"http://{facts.LOCAL_SANDBOX_HOST}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)
        sock.close()


@contextmanager
def local_sandbox(wrap: Callable[[Any], Any] | None = None) -> Iterator[str]:
    """A fresh sandbox (temporary SQLite database); yields its base URL, `/sandbox` prefix included.

    `wrap` puts an ASGI app in front of the sandbox (the tests' misbehaving proxies)."""
    with tempfile.TemporaryDirectory(prefix="drift-sandbox-") as tmp:
        app = _sandbox_app(Path(tmp) / "sandbox.db")
        with serve_app(wrap(app) if wrap else app) as origin:
            yield origin + facts.SANDBOX_PREFIX
