"""`ingram-contract sandbox`: serve the sandbox app with uvicorn on one bound socket."""

from __future__ import annotations

import argparse
import os
import socket
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import uvicorn

from ingram_contract import facts
from ingram_contract.sandbox import limits
from ingram_contract.sandbox.app import SandboxConfig, create_app


def config_from_args(args: argparse.Namespace) -> SandboxConfig:
    """The sandbox config the CLI's arguments describe; ValueError for a setup that cannot work."""
    return SandboxConfig(
        db_path=args.db,
        client_id=args.client_id,
        client_secret=client_secret(args.client_secret, args.client_secret_file, os.environ),
        token_ttl=args.token_ttl,
        webhook_url=args.webhook_url,
        webhook_secret=args.webhook_secret,
    )


def client_secret(given: str | None, path: Path | None, environ: Mapping[str, str]) -> str:
    """The sandbox's client secret: `--client-secret`, else the file, else the environment, else the default.

    The file and the environment keep the secret out of `ps`; giving both an argument and a file is an error.
    """
    if given is not None and path is not None:
        raise ValueError("give --client-secret or --client-secret-file, not both")
    if path is not None:
        try:
            secret = path.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise ValueError(f"cannot read the client secret file {path}: {exc}") from None
        if not secret:
            raise ValueError(f"the client secret file {path} is empty")
        return secret
    if given is not None:
        return given
    return environ.get(facts.ENV_SANDBOX_CLIENT_SECRET) or facts.LOCAL_SANDBOX_CLIENT_SECRET


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket; port 0 picks a free one.

    Created with IPPROTO_TCP because asyncio sets TCP_NODELAY on an accepted connection only when the
    socket's `proto` says TCP: with proto 0, every keep-alive answer waits ~40 ms for a delayed ACK.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def free_port(host: str = facts.LOCAL_SANDBOX_HOST) -> int:
    """A port free right now on `host`, closed again at once (for a server started later, e.g. a subprocess).

    Another process may take it in between: where the server can be handed a socket, `bind` is race-free.
    """
    with bind(host, 0) as sock:
        port: int = sock.getsockname()[1]
        return port


def _http_protocol() -> object:
    try:
        from ingram_contract.sandbox.protocol import BoundedHttpToolsProtocol
    except ImportError:  # httptools is not installed
        return "h11"
    return BoundedHttpToolsProtocol


def uvicorn_config(app: object, **overrides: object) -> uvicorn.Config:
    """uvicorn settings for the sandbox: the fastest loop and parser installed, no access log.

    The tools install httptools and uvloop: the loop is "auto", the protocol httptools with a bound on
    the request head (`protocol`). Without httptools uvicorn uses h11, which may buffer a head up to
    `limits.MAX_HEAD_BYTES`, so that a head the sandbox refuses (431) is read whole and answered instead
    of the connection being dropped mid-send.
    """
    options: dict[str, object] = {
        "loop": "auto",
        "http": _http_protocol(),
        "ws": "none",
        "lifespan": "on",
        "access_log": False,
        "log_level": "warning",
        "timeout_graceful_shutdown": 5,
        "h11_max_incomplete_event_size": limits.MAX_HEAD_BYTES,
        **overrides,
    }
    return uvicorn.Config(app, **options)  # type: ignore[arg-type]


@contextmanager
def running(
    app: object, *, startup_timeout: float = 30.0, **uvicorn_overrides: object
) -> Iterator[tuple[uvicorn.Server, str]]:
    """Serve an ASGI app with uvicorn in a daemon thread on a free loopback port, for a `with` block.

    Yields the running server and `http://127.0.0.1:PORT`; stopped and the socket closed on exit.
    """
    sock = bind(facts.LOCAL_SANDBOX_HOST, 0)
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn_config(app, **uvicorn_overrides))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + startup_timeout
    try:
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)
        yield server, f"http://{facts.LOCAL_SANDBOX_HOST}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)
        sock.close()


@contextmanager
def serve_app(app: object, *, startup_timeout: float = 30.0, **uvicorn_overrides: object) -> Iterator[str]:
    """Serve an ASGI app on a free loopback port for a `with` block; yields `http://127.0.0.1:PORT`.

    The one way the tests, the drift run and the benchmarks serve an app in-process: real HTTP on
    loopback (see `running`).
    """
    with running(app, startup_timeout=startup_timeout, **uvicorn_overrides) as (_, origin):
        yield origin


def run_sandbox(args: argparse.Namespace) -> int:
    """Serve until interrupted, printing the base URL once the socket listens; 2 on a bad setup."""
    try:
        config = config_from_args(args)
        app = create_app(config)
    except ValueError as exc:
        print(f"ingram-contract sandbox: error: {exc}", file=sys.stderr)
        return 2
    try:
        sock = bind(args.host, args.port)
    except OSError as exc:
        print(
            f"ingram-contract sandbox: error: cannot listen on {args.host}:{args.port}: {exc.strerror}",
            file=sys.stderr,
        )
        return 2
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    server = uvicorn.Server(uvicorn_config(app))
    print(f"Sandbox listening on http://{shown}:{port}{facts.SANDBOX_PREFIX}", flush=True)
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
    return 0 if server.started else 1
