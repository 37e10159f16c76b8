"""The request head bound under httptools (`sandbox.protocol`): past it, no more of the head is read."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ingram_contract.sandbox import SandboxConfig, create_app, limits
from ingram_contract.sandbox.protocol import BoundedHttpToolsProtocol
from ingram_contract.sandbox.server import serve_app

pytest.importorskip("httptools")


def served(tmp_path: Path, http: object) -> Iterator[tuple[str, int]]:
    with serve_app(create_app(SandboxConfig(db_path=tmp_path / "p.db")), http=http) as origin:
        host, _, port = origin.removeprefix("http://").rpartition(":")
        yield host, int(port)


def endless_head(address: tuple[str, int], size: int, timeout: float = 10.0) -> bytes:
    """Send the start of a request and `size` bytes of header lines, never ending the head; what the
    server answers within `timeout` seconds ("reset" when it closed on the unread head)."""
    with socket.create_connection(address, timeout=timeout) as sock:
        line = b"X-Padding: " + b"p" * 8000 + b"\r\n"
        try:
            sock.sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            for _ in range(size // len(line) + 1):
                sock.sendall(line)
        except OSError:
            pass  # the server stopped reading and closed: the answer (if any) is waiting
        try:
            return sock.recv(200)
        except ConnectionResetError:
            return b"reset"


def test_a_head_past_the_bound_is_answered_431_without_waiting_for_its_end(tmp_path: Path) -> None:
    for address in served(tmp_path, BoundedHttpToolsProtocol):
        answer = endless_head(address, limits.MAX_HEAD_BYTES + 64 * 1024)
        assert answer.startswith(b"HTTP/1.1 431") or answer == b"reset", answer[:80]


def test_without_the_bound_httptools_waits_for_the_whole_head(tmp_path: Path) -> None:
    """The check above can fail: plain httptools buffers the head and answers nothing until it ends."""
    for address in served(tmp_path, "httptools"):
        with pytest.raises(TimeoutError):
            endless_head(address, limits.MAX_HEAD_BYTES + 64 * 1024, timeout=3.0)


def answer_status(reader: Any) -> bytes:
    """The status line of the next answer on a keep-alive connection, its body read past."""
    status = reader.readline()
    length = 0
    while (line := reader.readline()) not in (b"\r\n", b""):
        name, _, value = line.partition(b":")
        if name.lower() == b"content-length":
            length = int(value)
    reader.read(length)
    return bytes(status)


def test_a_head_under_the_bound_reaches_the_app(tmp_path: Path) -> None:
    for address in served(tmp_path, BoundedHttpToolsProtocol):
        with socket.create_connection(address, timeout=10) as sock, sock.makefile("rb") as reader:
            padding = b"X-Padding: " + b"p" * 60_000 + b"\r\n"
            sock.sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n" + padding + b"\r\n")
            assert answer_status(reader).startswith(b"HTTP/1.1 431")  # the app's limit: 32 KiB of headers
            sock.sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            assert answer_status(reader).startswith(b"HTTP/1.1 200")  # the same connection goes on
