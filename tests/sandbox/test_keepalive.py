"""Keep-alive connections are not stalled by delayed ACKs: every socket the sandbox accepts has TCP_NODELAY.

asyncio sets TCP_NODELAY on an accepted connection only when the listening socket's `proto` is
IPPROTO_TCP; without it a keep-alive client's second request waited ~40 ms for the peer's delayed ACK.
The check reads the option on the server's side of each connection a keep-alive httpx client used.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from ingram_contract import facts
from ingram_contract.sandbox import create_app
from ingram_contract.sandbox.server import bind, running, uvicorn_config


def nodelay_of_accepted(server: uvicorn.Server) -> list[int]:
    """TCP_NODELAY on the server's side of every open connection."""
    values = []
    for connection in server.server_state.connections:
        sock = connection.transport.get_extra_info("socket")
        values.append(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
    return values


def nodelay_after_two_requests(server: uvicorn.Server, origin: str, path: str) -> list[int]:
    """Two requests on one keep-alive connection, then TCP_NODELAY of what the server accepted."""
    with httpx.Client(base_url=origin, trust_env=False, timeout=10) as http:
        assert http.get(path).status_code == 200
        assert http.get(path).status_code == 200
        return nodelay_of_accepted(server)


@pytest.mark.parametrize(
    "pinned",
    [{"loop": "asyncio", "http": "h11"}, {}],
    ids=["asyncio-h11", "as-shipped"],  # as shipped: uvloop and the bounded httptools protocol
)
def test_the_sandbox_sets_tcp_nodelay_on_every_accepted_connection(pinned: dict[str, str]) -> None:
    with running(create_app(), startup_timeout=10, **pinned) as (server, origin):
        values = nodelay_after_two_requests(server, origin, "/health")
    assert len(values) == 1, "one keep-alive connection served both requests"
    assert values[0] != 0


@contextmanager
def served_on(sock: socket.socket, app: object) -> Iterator[uvicorn.Server]:
    server = uvicorn.Server(uvicorn_config(app, loop="asyncio", http="h11"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    try:
        while not server.started:
            assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.01)
        yield server
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


async def _ok(request: Request) -> PlainTextResponse:
    return PlainTextResponse("ok")


def test_the_check_fails_on_a_listening_socket_created_without_ipproto_tcp() -> None:
    app = Starlette(routes=[Route("/", _ok)])
    plain = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # proto 0: what `bind` used to do
    plain.bind((facts.LOCAL_SANDBOX_HOST, 0))
    plain.listen(16)
    origin = f"http://127.0.0.1:{plain.getsockname()[1]}"
    with served_on(plain, app) as server:
        assert nodelay_after_two_requests(server, origin, "/") == [0]
    # The same app on `bind`'s socket: the option is set.
    sock = bind(facts.LOCAL_SANDBOX_HOST, 0)
    origin = f"http://127.0.0.1:{sock.getsockname()[1]}"
    with served_on(sock, app) as server:
        values = nodelay_after_two_requests(server, origin, "/")
    assert len(values) == 1
    assert values[0] != 0
