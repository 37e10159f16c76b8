"""One call to a ready `ingram_orders.AuthenticatedClient`: auth, retries, timeouts, errors, pooling."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import Any, Final, Self

import attrs
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
from ingram_contract.runtime.guard import (
    AsyncGuardHook,
    AsyncGuardTransport,
    GuardHook,
    GuardTransport,
    Target,
    WriteGuard,
    classify,
    writes_allowed_by_env,
)
from ingram_contract.runtime.retries import AsyncRetryTransport, RetryPolicy, RetryTransport

# Order creation can take tens of seconds upstream; connecting or waiting for a pooled connection cannot.
DEFAULT_TIMEOUT: Final = httpx.Timeout(60.0, connect=10.0, pool=10.0)
DEFAULT_LIMITS: Final = httpx.Limits(max_connections=50, max_keepalive_connections=20, keepalive_expiry=30.0)
ENVIRONMENTS: Final = {"sandbox": facts.SANDBOX_URL, "production": facts.PRODUCTION_URL}


def base_url_for(environment: str) -> tuple[str, bool]:
    """The base URL of `sandbox`, `production` or an explicit URL, and whether it is production.

    A URL that points at the vendor's production API (however it is spelled) is refused: production is
    reached only by name.
    """
    if environment in ENVIRONMENTS:
        return ENVIRONMENTS[environment], environment == "production"
    try:
        url = httpx.URL(environment)
    except httpx.InvalidURL:
        raise ConfigurationError(f"not a URL: {environment!r}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(f"expected 'sandbox', 'production' or an http(s) URL, got {environment!r}")
    if classify(environment) is Target.PRODUCTION:
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


@attrs.frozen(kw_only=True)
class _Wiring:
    """What every httpx client of one connection is built with: auth, write guard, retries, error hooks."""

    auth: ClientCredentialsAuth
    guard: WriteGuard
    policy: RetryPolicy
    limits: httpx.Limits
    raise_on_error: bool
    transport: httpx.BaseTransport | None
    async_transport: httpx.AsyncBaseTransport | None

    def _arguments(
        self, settings: dict[str, Any], raise_hook: Callable[[httpx.Response], Any]
    ) -> tuple[dict[str, Any], Any, dict[str, Any]]:
        """An httpx client's keyword arguments, and the transport and mounts still to be wrapped."""
        args = {**settings, **settings["httpx_args"], "auth": self.auth}
        del args["httpx_args"]
        hooks = args.pop("event_hooks", {})
        args["event_hooks"] = {
            "request": list(hooks.get("request", [])),
            "response": [*hooks.get("response", []), *([raise_hook] if self.raise_on_error else [])],
        }
        return args, args.pop("transport", None), args.pop("mounts", {})

    def sync_client(self, settings: dict[str, Any]) -> httpx.Client:
        args, inner, mounts = self._arguments(settings, _raise_for_status_sync)
        inner = inner or self.transport or httpx.HTTPTransport(limits=self.limits, verify=args["verify"])
        return httpx.Client(
            **args,
            mounts={pattern: GuardTransport(mounted, self.guard) for pattern, mounted in mounts.items()},
            transport=GuardTransport(RetryTransport(inner, self.policy), self.guard),
        )

    def async_client(self, settings: dict[str, Any]) -> httpx.AsyncClient:
        args, inner, mounts = self._arguments(settings, _raise_for_status_async)
        inner = (
            inner
            or self.async_transport
            or httpx.AsyncHTTPTransport(limits=self.limits, verify=args["verify"])
        )
        return httpx.AsyncClient(
            **args,
            mounts={pattern: AsyncGuardTransport(mounted, self.guard) for pattern, mounted in mounts.items()},
            transport=AsyncGuardTransport(AsyncRetryTransport(inner, self.policy), self.guard),
        )


@attrs.define
class IngramClient(AuthenticatedClient):
    """The generated client, with auth, retries and the write guard in every copy of it.

    The generated `with_headers`/`with_cookies`/`with_timeout` return copies that share this client's
    httpx clients; a copy made any other way (`attrs.evolve`) builds new ones with the same wiring; an
    httpx client given to `set_httpx_client` gets the guard as a request hook. So no copy sends a write
    the guard would refuse.
    """

    _wiring: _Wiring = attrs.field(kw_only=True, alias="wiring", repr=False)

    def _settings(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            "httpx_args": self._httpx_args,
        }

    def _sharing_clients(self, copy: AuthenticatedClient) -> Self:
        if not isinstance(copy, type(self)):
            raise TypeError(f"expected a copy of {type(self).__name__}, got {type(copy).__name__}")
        copy._client, copy._async_client = self._client, self._async_client
        return copy

    def with_headers(self, headers: dict[str, str]) -> Self:
        return self._sharing_clients(super().with_headers(headers))

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        return self._sharing_clients(super().with_cookies(cookies))

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        return self._sharing_clients(super().with_timeout(timeout))

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            self._client = self._wiring.sync_client(self._settings())
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            self._async_client = self._wiring.async_client(self._settings())
        return self._async_client

    def set_httpx_client(self, client: httpx.Client) -> Self:
        hook = GuardHook(self._wiring.guard)
        if hook not in client.event_hooks["request"]:
            client.event_hooks = {**client.event_hooks, "request": [hook, *client.event_hooks["request"]]}
        return super().set_httpx_client(client)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        hook = AsyncGuardHook(self._wiring.guard)
        hooks = async_client.event_hooks
        if hook not in hooks["request"]:
            async_client.event_hooks = {**hooks, "request": [hook, *hooks["request"]]}
        return super().set_async_httpx_client(async_client)


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
) -> IngramClient:
    """A ready client for `sandbox` (default), `production` or a URL (e.g. the local sandbox).

    Credentials come from `INGRAM_CLIENT_ID` / `INGRAM_CLIENT_SECRET` unless given. The same token
    cache, retry policy and error handling serve the sync and the async API of the generated operations
    (`.sync`/`.sync_detailed` and `.asyncio`/`.asyncio_detailed`), each on one pooled httpx client. With
    `raise_on_error` a 4xx/5xx answer raises `IngramAPIError` (status, vendor body, correlation id);
    without it the generated error models are returned. `retry=RetryPolicy(attempts=1)` turns retries
    off. No request of it or of any copy writes to production (`runtime.guard`) unless
    `allow_production_writes` (or `INGRAM_ALLOW_PRODUCTION_WRITES=1`). `transport`/`async_transport`
    replace the network (tests).
    """
    env = os.environ if environ is None else environ
    base_url, _ = base_url_for(environment)
    client_id = client_id or env.get(facts.ENV_CLIENT_ID)
    client_secret = client_secret or env.get(facts.ENV_CLIENT_SECRET)
    if not client_id or not client_secret:
        raise ConfigurationError(f"set {facts.ENV_CLIENT_ID} and {facts.ENV_CLIENT_SECRET} (or pass them)")
    if allow_production_writes is None:
        allow_production_writes = writes_allowed_by_env(env)
    wiring = _Wiring(
        auth=ClientCredentialsAuth(token_url or token_url_for(base_url), client_id, client_secret),
        guard=WriteGuard(allow_production_writes=allow_production_writes),
        policy=retry or RetryPolicy(),
        limits=limits,
        raise_on_error=raise_on_error,
        transport=transport,
        async_transport=async_transport,
    )
    # The generated client's own bearer header is unused: ClientCredentialsAuth sets it per request.
    client = IngramClient(
        base_url=base_url,
        token="",
        raise_on_unexpected_status=False,
        headers={"Accept": "application/json"},
        timeout=timeout,
        wiring=wiring,
    )
    client.get_httpx_client()
    client.get_async_httpx_client()
    return client
