"""The OAuth token endpoint: client credentials from a POST form, a GET query or basic auth."""

from __future__ import annotations

import base64
import binascii
import hmac
from collections.abc import Awaitable, Callable
from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import Response

from ingram_contract import facts
from ingram_contract.sandbox.endpoints import json_response
from ingram_contract.sandbox.state import Sandbox


def _expires_in_is_integer(sandbox: Sandbox) -> bool:
    contract = sandbox.contract
    operation = contract.find("post", facts.TOKEN_PATH) or contract.find("get", facts.TOKEN_PATH)
    schema = operation.response_schema(200) if operation else None
    expires_in = ((schema or {}).get("properties") or {}).get("expires_in") or {}
    return "integer" in str(expires_in.get("type"))


def token_endpoint(sandbox: Sandbox) -> Callable[[Request], Awaitable[Response]]:
    """The Starlette endpoint that issues bearer tokens for `sandbox`."""
    integer_ttl = _expires_in_is_integer(sandbox)
    config = sandbox.config

    async def token(request: Request) -> Response:
        if request.method == "POST":
            fields = {k: v[0] for k, v in parse_qs((await request.body()).decode("latin-1")).items() if v}
        else:
            fields = dict(request.query_params)
        basic = _basic_credentials(request.headers.get("authorization"))
        if basic is not None:
            fields.setdefault("client_id", basic[0])
            fields.setdefault("client_secret", basic[1])
        missing = [name for name in ("grant_type", "client_id", "client_secret") if not fields.get(name)]
        if missing:
            return json_response(400, {"message": f"missing {', '.join(missing)}"})
        if fields["grant_type"] != "client_credentials":
            return json_response(
                400, {"message": "unsupported grant_type: only client_credentials is supported"}
            )
        id_ok = hmac.compare_digest(fields["client_id"].encode(), config.client_id.encode())
        secret_ok = hmac.compare_digest(fields["client_secret"].encode(), config.client_secret.encode())
        if not (id_ok and secret_ok):
            return json_response(401, {"message": "invalid client credentials"})
        ttl = sandbox.tokens.ttl
        return json_response(
            200,
            {
                "access_token": sandbox.tokens.issue(),
                "token_type": "Bearer",
                "expires_in": ttl if integer_ttl else str(ttl),
            },
        )

    return token


def _basic_credentials(header: str | None) -> tuple[str, str] | None:
    if not header or not header.lower().startswith("basic "):
        return None
    try:
        decoded = base64.b64decode(header[6:].strip(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        return None
    user, sep, password = decoded.partition(":")
    return (user, password) if sep else None
