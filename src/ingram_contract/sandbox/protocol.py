"""uvicorn's httptools protocol with a bound on the request head, as h11 has.

h11 stops buffering a head at `h11_max_incomplete_event_size`; httptools has no such setting, so under
it a client could send an endless head and the server would keep all of it (measured: a 50 MiB head
took the sandbox from 58 to 108 MiB, then got its 431). This protocol counts the bytes of each head as
they arrive and, past `limits.MAX_HEAD_BYTES`, answers 431 and closes the connection without reading on.
Heads under that bound reach the app, whose `limits.RequestLimits` answers 431 past
`limits.MAX_HEADER_BYTES` with the same body.
"""

from __future__ import annotations

from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from ingram_contract.sandbox import limits

_STATUS_LINE = b"HTTP/1.1 431 Request Header Fields Too Large\r\n"


class BoundedHttpToolsProtocol(HttpToolsProtocol):
    """Refuses a request head over `max_head` bytes before it is buffered whole."""

    max_head = limits.MAX_HEAD_BYTES

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._in_head = True  # between requests, the next bytes are a head
        self._head_bytes = 0

    def data_received(self, data: bytes) -> None:
        if self._in_head:
            self._head_bytes += len(data)
            if self._head_bytes > self.max_head:
                self._refuse_head()
                return
        super().data_received(data)

    def on_headers_complete(self) -> None:
        self._in_head = False
        self._head_bytes = 0
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        super().on_message_complete()
        self._in_head = True
        self._head_bytes = 0

    def _refuse_head(self) -> None:
        body = limits.refusal_body("headers", f"the request head exceeds {self.max_head} bytes")
        head = [
            _STATUS_LINE,
            *(name + b": " + value + b"\r\n" for name, value in self.server_state.default_headers),
            b"content-type: application/json\r\n",
            b"content-length: " + str(len(body)).encode() + b"\r\n",
            b"connection: close\r\n\r\n",
        ]
        self.transport.write(b"".join(head) + body)
        self.transport.close()
