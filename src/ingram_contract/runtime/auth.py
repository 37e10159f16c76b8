"""OAuth2 client credentials for the vendor's token endpoint, as one `httpx.Auth` for sync and async clients.

The token request is yielded from the auth flow (the httpx generator model), so it travels through the
same client: same transport, connection pool, retries and test mocks as the calls it authorises.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Generator
from typing import Any, Final

import attrs
import httpx

from ingram_contract import facts
from ingram_contract.runtime.errors import TokenError
from ingram_contract.runtime.retries import IDEMPOTENT_EXTENSION

# Not httpx-auth (Basic client auth, blocking token fetch under AsyncClient) nor authlib (own client classes).

logger = logging.getLogger(__name__)

TOKEN_REQUEST_EXTENSION: Final = "ingram_token_request"  # noqa: S105 - an extension name, not a secret
RENEWED_EXTENSION: Final = "ingram_token_renewed"
DEFAULT_MARGIN_SECONDS: Final = 60.0


def token_url_for(base_url: str | httpx.URL) -> httpx.URL:
    """The token endpoint of an API base URL: same origin, no `/sandbox` prefix."""
    url = httpx.URL(str(base_url))
    return url.copy_with(path=facts.TOKEN_PATH, query=None, fragment=None)


class Secret:
    """A string that never shows itself in `repr`, `str`, f-strings or logs; `reveal()` to use it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """The secret itself, for the one place that must send it."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> Any:
        raise TypeError("a Secret is not picklable")


@attrs.frozen
class AccessToken:
    """A bearer token and the monotonic time after which it is no longer used (None: until a 401)."""

    value: Secret
    expires_at: float | None

    def usable(self, now: float) -> bool:
        """Whether the token may still be sent at `now`."""
        return self.expires_at is None or now < self.expires_at


def parse_expires_in(raw: object) -> float | None:
    """Seconds from the token response's `expires_in`: the vendor documents it as a string (`"86399"`)."""
    if raw is None or raw == "":
        return None
    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        raise ValueError(f"expires_in is neither a number nor a numeric string: {type(raw).__name__}")
    seconds = float(raw)
    if seconds != seconds or seconds <= 0:
        raise ValueError("expires_in is not a positive number")
    return seconds


class ClientCredentialsAuth(httpx.Auth):
    """Bearer tokens from `POST token_url` (form: grant_type, client_id, client_secret), cached and renewed.

    A token is reused until `expires_in` minus `margin` seconds (at most half its lifetime), then
    fetched again; a 401 on a call renews it once and repeats the call. Concurrent first calls share one
    token request: threads through a lock, asyncio tasks through a per-event-loop lock.
    """

    requires_request_body = False
    requires_response_body = False

    def __init__(
        self,
        token_url: str | httpx.URL,
        client_id: str,
        client_secret: str | Secret,
        *,
        margin: float = DEFAULT_MARGIN_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        secret = client_secret if isinstance(client_secret, Secret) else Secret(client_secret)
        if not client_id or not secret.reveal():
            raise ValueError("client_id and client_secret are both required")
        self.token_url = httpx.URL(str(token_url))
        self.client_id = client_id
        self._client_secret = secret
        self._margin = margin
        self._clock = clock
        self._token: AccessToken | None = None
        self._thread_lock = threading.Lock()
        self._loop_locks_guard = threading.Lock()
        self._loop_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self.token_requests = 0

    def __repr__(self) -> str:
        return f"{type(self).__name__}(token_url={str(self.token_url)!r}, client_id={self.client_id!r})"

    def invalidate(self) -> None:
        """Forget the cached token: the next call fetches a new one."""
        self._token = None

    def build_token_request(self) -> httpx.Request:
        """The vendor's token request: a form POST, not the GET with a query string its spec documents."""
        return httpx.Request(
            "POST",
            self.token_url,
            data={
                "grant_type": "client_credentials",
                "client_id": self.client_id,
                "client_secret": self._client_secret.reveal(),
            },
            headers={"Accept": "application/json"},
            extensions={TOKEN_REQUEST_EXTENSION: True, IDEMPOTENT_EXTENSION: True},
        )

    def accept_token_response(self, response: httpx.Response) -> AccessToken:
        """Cache the token from a token response whose body has been read, or raise `TokenError`."""
        if response.status_code != 200:
            raise TokenError.from_response(response)
        try:
            payload = response.json()
            value = payload["access_token"]
            if not isinstance(value, str) or not value:
                raise ValueError("access_token is empty")
            lifetime = parse_expires_in(payload.get("expires_in"))
        except (ValueError, KeyError, TypeError) as exc:
            raise TokenError(
                response.status_code,
                f"unusable token response: {exc}",
                method=response.request.method,
                url=str(self.token_url),
            ) from None
        # Without expires_in the token is kept until the API answers 401, which renews it.
        expires_at = None
        if lifetime is not None:
            expires_at = self._clock() + lifetime - min(self._margin, lifetime / 2)
        token = AccessToken(Secret(value), expires_at)
        self._token = token
        self.token_requests += 1
        logger.debug("new access token for client %s, expires in %s s", self.client_id, lifetime)
        return token

    def fetch(self, client: httpx.Client) -> AccessToken:
        """Fetch and cache a token now through `client` (for tools that authorise requests another way).

        Raises `TokenError` for a refusal or an unusable answer; network errors and timeouts propagate as
        httpx raises them.
        """
        response = client.send(self.build_token_request())
        response.read()
        return self.accept_token_response(response)

    def _usable_token(self) -> AccessToken | None:
        token = self._token
        return token if token is not None and token.usable(self._clock()) else None

    def _authorize(self, request: httpx.Request, token: AccessToken) -> httpx.Request:
        request.headers["Authorization"] = f"Bearer {token.value.reveal()}"
        return request

    def _needs_renewal(self, used: AccessToken) -> bool:
        # Another call may have renewed the token while this one waited for the lock.
        current = self._usable_token()
        return current is None or current.value == used.value

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Sync flow (also the one to step by hand): token if needed, the call, one renewal on 401."""
        token = self._usable_token()
        if token is None:
            with self._thread_lock:
                token = self._usable_token()
                if token is None:
                    response = yield self.build_token_request()
                    response.read()
                    token = self.accept_token_response(response)
        response = yield self._authorize(request, token)
        if response.status_code != 401:
            return
        with self._thread_lock:
            if self._needs_renewal(token):
                self.invalidate()
                renewal = yield self.build_token_request()
                renewal.read()
                self.accept_token_response(renewal)
            token = self._token or token
        request.extensions = {**request.extensions, RENEWED_EXTENSION: True}
        yield self._authorize(request, token)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """`auth_flow` as is: `yield from` passes httpx's close() on, releasing the lock without GC."""
        yield from self.auth_flow(request)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """The same flow for `httpx.AsyncClient`, with one lock per event loop."""
        token = self._usable_token()
        if token is None:
            async with self._loop_lock():
                token = self._usable_token()
                if token is None:
                    response = yield self.build_token_request()
                    await response.aread()
                    token = self.accept_token_response(response)
        response = yield self._authorize(request, token)
        if response.status_code != 401:
            return
        async with self._loop_lock():
            if self._needs_renewal(token):
                self.invalidate()
                renewal = yield self.build_token_request()
                await renewal.aread()
                self.accept_token_response(renewal)
            token = self._token or token
        request.extensions = {**request.extensions, RENEWED_EXTENSION: True}
        yield self._authorize(request, token)

    def _loop_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        with self._loop_locks_guard:
            lock = self._loop_locks.get(loop)
            if lock is None:
                lock = self._loop_locks[loop] = asyncio.Lock()
            return lock


def fetch_token(
    token_url: str | httpx.URL, client_id: str, client_secret: str | Secret, client: httpx.Client
) -> Secret:
    """One token by the client-credentials flow, the same request `ClientCredentialsAuth` sends."""
    return ClientCredentialsAuth(token_url, client_id, client_secret).fetch(client).value
