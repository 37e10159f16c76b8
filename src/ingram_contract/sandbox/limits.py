"""The limits the sandbox puts on a request, and the ASGI middleware that enforces the HTTP-level ones.

Every limit here is one a client can meet, so each is answered with a 4xx naming what was too large,
never a reset connection or a 500; the README's "Limits" table lists them. Body-level limits (nesting
depth, string lengths, integer ranges) are applied by `validation`, which names the field.
"""

from __future__ import annotations

import json
import secrets
from typing import Final

from starlette.types import ASGIApp, Message, Receive, Scope, Send

# A request body: the largest legitimate one (999 lines, the most a 3-digit customerLineNumber can
# number) is well under 1 MiB.
MAX_BODY_BYTES: Final = 1024 * 1024
# All request headers together (names and values); more is answered 431.
MAX_HEADER_BYTES: Final = 32 * 1024
# What h11 may buffer of a request head before giving up on the connection: far above the 431 limit so
# that an oversized head is read whole and refused with an answer.
MAX_HEAD_BYTES: Final = 1024 * 1024
# Path and query string together; more is answered 414.
MAX_TARGET_BYTES: Final = 8 * 1024
# JSON nesting: the contract's deepest body (v7 vriAdditionalAttributes choices) nests 9 levels.
MAX_DEPTH: Final = 32
# A string or array the contract leaves unbounded gets these bounds (the vendor's longest bounded
# string is 241 characters; a 3-digit line number allows 999 lines).
MAX_STRING_LENGTH: Final = 1024
MAX_ITEMS: Final = 1000
# Integers: 32-bit unless the contract says `format: int64`. The vendor documents the quantities it
# answers with as int32, so a larger one accepted on create could not be answered within the contract.
INT32_RANGE: Final = (-(2**31), 2**31 - 1)
INT64_RANGE: Final = (-(2**63), 2**63 - 1)
# Rendered order details kept in memory, in bytes; a rendering larger than a tenth of it is not kept.
DETAILS_CACHE_BYTES: Final = 32 * 1024 * 1024
# Rendered search answers kept in memory until the next order write, in bytes.
SEARCH_CACHE_BYTES: Final = 8 * 1024 * 1024


class RequestLimits:
    """ASGI middleware: refuses a request whose head or body is too large before the app sees it.

    A request without a body (no Content-Length, no Transfer-Encoding) passes straight through; one with
    a body is read here, up to `max_body` bytes, and handed on whole.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        max_body: int = MAX_BODY_BYTES,
        max_headers: int = MAX_HEADER_BYTES,
        max_target: int = MAX_TARGET_BYTES,
    ) -> None:
        self.app = app
        self.max_body = max_body
        self.max_headers = max_headers
        self.max_target = max_target

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        header_bytes = 0
        length: int | None = None
        chunked = False
        for name, value in scope["headers"]:
            header_bytes += len(name) + len(value) + 4
            if name == b"content-length":
                length = int(value) if value.isdigit() else None
            elif name == b"transfer-encoding":
                chunked = True
        if header_bytes > self.max_headers:
            await _refuse(send, 431, "headers", f"the request headers exceed {self.max_headers} bytes")
            return
        if len(scope.get("raw_path", b"")) + len(scope.get("query_string", b"")) > self.max_target:
            await _refuse(send, 414, "url", f"the path and query exceed {self.max_target} bytes")
            return
        if not chunked and not length:
            await self.app(scope, receive, send)
            return
        too_large = f"the request body exceeds {self.max_body} bytes"
        if length is not None and length > self.max_body:
            await _refuse(send, 413, "body", too_large)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                await _refuse(send, 413, "body", too_large)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        replay: list[Message] = [{"type": "http.request", "body": b"".join(chunks), "more_body": False}]

        async def replayed() -> Message:
            return replay.pop() if replay else await receive()

        await self.app(scope, replayed, send)


def refusal_body(field: str, message: str) -> bytes:
    """The vendor's usual error shape (`errors[]` with the field), the same for every operation."""
    return json.dumps(
        {
            "errors": [
                {
                    "id": secrets.token_hex(8),
                    "type": "/errors/request-too-large",
                    "message": message,
                    "fields": [{"field": field, "message": message}],
                }
            ]
        },
        separators=(",", ":"),
    ).encode()


async def _refuse(send: Send, status: int, field: str, message: str) -> None:
    body = refusal_body(field, message)
    # The connection stays open: uvicorn reads and drops the rest of a refused body, so the client is
    # not reset while it is still sending and reads this answer.
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
