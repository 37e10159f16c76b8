"""A local sandbox on a free loopback port for the length of a `with` block (uvicorn in a thread)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ingram_contract import facts


def _sandbox_app(db_path: Path) -> Any:
    from ingram_contract.sandbox import SandboxConfig, create_app

    return create_app(SandboxConfig(db_path=db_path))


@contextmanager
def local_sandbox(wrap: Callable[[Any], Any] | None = None) -> Iterator[str]:
    """A fresh sandbox (temporary SQLite database); yields its base URL, `/sandbox` prefix included.

    `wrap` puts an ASGI app in front of the sandbox (the tests' misbehaving proxies)."""
    from ingram_contract.sandbox.server import serve_app

    with tempfile.TemporaryDirectory(prefix="drift-sandbox-") as tmp:
        app = _sandbox_app(Path(tmp) / "sandbox.db")
        with serve_app(wrap(app) if wrap else app) as origin:
            yield origin + facts.SANDBOX_PREFIX
