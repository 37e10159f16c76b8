"""One call to a ready `ingram_orders.AuthenticatedClient`: auth, retries, timeouts, errors, pooling."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Final

import httpx
from ingram_orders import AuthenticatedClient

from ingram_contract import facts
from ingram_contract.runtime.auth import (
    RENEWED_EXTENSION,
    TOKEN_REQUEST_EXTENSION,
    ClientCredentialsAuth,
    token_url_for,
)
from ingram_contract.runtime.errors import ConfigurationError, IngramAPIError
from ingram_contract.runtime.retries import AsyncRetryTransport, RetryPolicy, RetryTransport

# Order creation can take tens of seconds upstream; connecting or waiting for a pooled connection cannot.
DEFAULT_TIMEOUT: Final = httpx.Timeout(60.0, connect=10.0, pool=10.0)
DEFAULT_LIMITS: Final = httpx.Limits(max_connections=50, max_keepalive_connections=20, keepalive_expiry=30.0)
ENVIRONMENTS: Final = {"sandbox": facts.SANDBOX_URL, "production": facts.PRODUCTION_URL}
_READ_ONLY_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS"})
_TRUE: Final = frozenset({"1", "true", "yes", "on"})


def base_url_for(environment: str) -> tuple[str, bool]:
    """The base URL of `sandbox`, `production` or an explicit URL, and whether it is production.

    A URL that points at the vendor's production host is refused: production is reached only by name.
    """
    if environment in ENVIRONMENTS:
        return ENVIRONMENTS[environment], environment == "production"
    url = httpx.URL(environment)
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(f"expected 'sandbox', 'production' or an http(s) URL, got {environment!r}")
    production = httpx.URL(facts.PRODUCTION_URL)
    on_production_host = url.host == production.host
    if on_production_host and not url.path.rstrip("/").startswith(facts.SANDBOX_PREFIX):
        raise ConfigurationError("this URL is the production API: pass 'production' to connect to it")
    return str(url).rstrip("/"), False


def _raise_for_status_sync(response: httpx.Response) -> None:
    if _is_final_error(response):
        response.read()
        raise IngramAPIError.from_response(response)


async def _raise_for_status_async(response: httpx.Response) -> None:
    if _is_final_error(response):
        await response.aread()
        raise IngramAPIError.from_response(response)


def _is_final_error(response: httpx.Response) -> bool:
    extensions = response.request.extensions
    if response.status_code < 400 or extensions.get(TOKEN_REQUEST_EXTENSION):
        return False
    # The first 401 goes back to the auth flow, which renews the token and repeats the call once.
    return not (response.status_code == 401 and not extensions.get(RENEWED_EXTENSION))


def _refuse_production_writes_sync(request: httpx.Request) -> None:
    if request.method not in _READ_ONLY_METHODS and not request.extensions.get(TOKEN_REQUEST_EXTENSION):
        raise ConfigurationError(
            f"refusing {request.method} {request.url.path} on production: pass allow_production_writes=True"
            f" or set {facts.ENV_ALLOW_PRODUCTION_WRITES}=1"
        )


async def _refuse_production_writes_async(request: httpx.Request) -> None:
    _refuse_production_writes_sync(request)


def connect(
    environment: str = "sandbox",
    *,
    client_id: str | None = None,
    client_secret: str | None = None,
    token_url: str | None = None,
    timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    limits: httpx.Limits = DEFAULT_LIMITS,
    retry: RetryPolicy | None = None,
    raise_on_error: bool = True,
    allow_production_writes: bool | None = None,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    environ: Mapping[str, str] | None = None,
) -> AuthenticatedClient:
    """A ready client for `sandbox` (default), `production` or a URL (e.g. the local sandbox).

    Credentials come from `INGRAM_CLIENT_ID` / `INGRAM_CLIENT_SECRET` unless given. The same token
    cache, retry policy and error handling serve the sync and the async API of the generated operations
    (`.sync`/`.sync_detailed` and `.asyncio`/`.asyncio_detailed`), each on one pooled httpx client. With
    `raise_on_error` a 4xx/5xx answer raises `IngramAPIError` (status, vendor body, correlation id);
    without it the generated error models are returned. `retry=RetryPolicy(attempts=1)` turns retries
    off. On production only reads are sent unless `allow_production_writes` (or
    `INGRAM_ALLOW_PRODUCTION_WRITES=1`). `transport`/`async_transport` replace the network (tests).
    """
    env = os.environ if environ is None else environ
    base_url, production = base_url_for(environment)
    client_id = client_id or env.get(facts.ENV_CLIENT_ID)
    client_secret = client_secret or env.get(facts.ENV_CLIENT_SECRET)
    if not client_id or not client_secret:
        raise ConfigurationError(f"set {facts.ENV_CLIENT_ID} and {facts.ENV_CLIENT_SECRET} (or pass them)")
    auth = ClientCredentialsAuth(token_url or token_url_for(base_url), client_id, client_secret)
    policy = retry or RetryPolicy()
    if allow_production_writes is None:
        allow_production_writes = env.get(facts.ENV_ALLOW_PRODUCTION_WRITES, "").lower() in _TRUE

    sync_request_hooks = []
    async_request_hooks = []
    if production and not allow_production_writes:
        sync_request_hooks.append(_refuse_production_writes_sync)
        async_request_hooks.append(_refuse_production_writes_async)
    sync_response_hooks = [_raise_for_status_sync] if raise_on_error else []
    async_response_hooks = [_raise_for_status_async] if raise_on_error else []

    headers = {"Accept": "application/json"}
    sync_client = httpx.Client(
        base_url=base_url,
        auth=auth,
        headers=headers,
        timeout=timeout,
        transport=RetryTransport(transport or httpx.HTTPTransport(limits=limits), policy),
        event_hooks={"request": sync_request_hooks, "response": sync_response_hooks},
    )
    async_client = httpx.AsyncClient(
        base_url=base_url,
        auth=auth,
        headers=headers,
        timeout=timeout,
        transport=AsyncRetryTransport(async_transport or httpx.AsyncHTTPTransport(limits=limits), policy),
        event_hooks={"request": async_request_hooks, "response": async_response_hooks},
    )
    # The generated client's own bearer header is unused: ClientCredentialsAuth sets it per request.
    client = AuthenticatedClient(base_url=base_url, token="", raise_on_unexpected_status=False)
    client.set_httpx_client(sync_client)
    client.set_async_httpx_client(async_client)
    return client
