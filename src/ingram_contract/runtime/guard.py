"""The production write guard: one rule for where a mutating request may go, used by every caller.

Production shares its host with the vendor's sandbox (`api.ingrammicro.com`, the sandbox under
`/sandbox`), so one wrong path segment places real orders. A URL is judged the way a server could read
it: the host lower-cased, IDNA-mapped, percent-decoded, without trailing dots, userinfo or port; the path
percent-decoded (repeatedly), `\\` read as `/`, `;params` dropped, dot segments and `//` resolved. A URL
is the sandbox only when the raw path and the normalised one both start with the segment `sandbox`;
anything that cannot be parsed, and every host under the vendor's domain, counts as production.

Two callers, two sets of writable targets, one judgement:
- the client (`connect`): writes go anywhere but production — its user chose the URL;
- the contract suite and the drift run (`ensure_write_allowed`): only the sandbox and loopback, since
  they send generated data and a proxy in front of production would look like any other host.
`INGRAM_ALLOW_PRODUCTION_WRITES` (1/true/yes/on) or the caller's own switch lifts both.
"""

from __future__ import annotations

import enum
import ipaddress
import os
from collections.abc import Mapping
from typing import Final
from urllib.parse import unquote, urlsplit

import attrs
import httpx

from ingram_contract import facts
from ingram_contract.runtime.auth import TOKEN_REQUEST_EXTENSION
from ingram_contract.runtime.errors import ConfigurationError

READ_ONLY_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS"})
ENV_TRUE_VALUES: Final = frozenset({"1", "true", "yes", "on"})
_PRODUCTION_HOST: Final = urlsplit(facts.PRODUCTION_URL).hostname or ""
# Every name under the vendor's domain may be served by production (and passes its TLS certificate).
_VENDOR_DOMAIN: Final = _PRODUCTION_HOST.partition(".")[2]
_SANDBOX_SEGMENT: Final = facts.SANDBOX_PREFIX.strip("/")
_TOKEN_SEGMENTS: Final = facts.TOKEN_PATH.strip("/").split("/")
_LOOPBACK_NAMES: Final = frozenset({"localhost", "localhost.localdomain"})
_MAX_DECODES: Final = 4


class Target(enum.IntEnum):
    """Where a URL points, ordered from harmless to dangerous (parsers that disagree: take the max)."""

    LOOPBACK = 0
    SANDBOX = 1
    OTHER = 2
    PRODUCTION = 3


class ProductionWriteRefused(ConfigurationError):
    """A mutating request to a target its caller may not write to (production, or not the sandbox)."""


def writes_allowed_by_env(environ: Mapping[str, str] | None = None) -> bool:
    """True when `INGRAM_ALLOW_PRODUCTION_WRITES` is 1, true, yes or on (any case); anything else is off."""
    value = (os.environ if environ is None else environ).get(facts.ENV_ALLOW_PRODUCTION_WRITES, "")
    return value.strip().lower() in ENV_TRUE_VALUES


def normalise_host(host: str) -> str:
    """The host as a resolver sees it: decoded, IDNA-mapped, lower case, no brackets or trailing dots."""
    name = unquote(host).strip().strip("[]").rstrip(".")
    try:
        return ipaddress.ip_address(name).compressed
    except ValueError:
        pass
    try:
        name = name.encode("idna").decode("ascii")
    except UnicodeError:
        name = name.lower()
    return name.lower().rstrip(".")


def is_loopback(host: str) -> bool:
    """True for localhost names (RFC 6761) and loopback addresses (127.0.0.0/8, ::1, ::ffff:127.x)."""
    name = normalise_host(host)
    if name in _LOOPBACK_NAMES or name.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False
    mapped = address.ipv4_mapped if isinstance(address, ipaddress.IPv6Address) else None
    return (mapped or address).is_loopback


def path_segments(raw_path: str) -> list[str] | None:
    """The path's segments after percent-decoding, dot segments and `//`; None if decoding never settles."""
    path = raw_path.split("?", 1)[0].split("#", 1)[0]
    for _ in range(_MAX_DECODES):
        decoded = unquote(path, errors="surrogateescape")
        if decoded == path:
            break
        path = decoded
    else:
        return None
    segments: list[str] = []
    for segment in path.replace("\\", "/").split("/"):
        segment = segment.split(";", 1)[0]
        if segment == "..":
            if segments:
                segments.pop()
        elif segment not in ("", "."):
            segments.append(segment)
    return segments


def _classify(host: str, raw_path: str) -> Target:
    if is_loopback(host):
        return Target.LOOPBACK
    name = normalise_host(host)
    if name != _PRODUCTION_HOST and not name.endswith("." + _VENDOR_DOMAIN) and name != _VENDOR_DOMAIN:
        return Target.OTHER
    segments = path_segments(raw_path)
    literal_first = raw_path.split("?", 1)[0].split("/")[1:2]
    in_sandbox = segments is not None and segments[:1] == literal_first == [_SANDBOX_SEGMENT]
    return Target.SANDBOX if name == _PRODUCTION_HOST and in_sandbox else Target.PRODUCTION


def _host_of(authority: str) -> str:
    return urlsplit("//" + authority).hostname or ""


def _parsed(url: str | httpx.URL) -> list[tuple[str, str]] | None:
    """(host, raw path) as each URL parser at hand reads `url`; None when one of them cannot read it."""
    if isinstance(url, httpx.URL):
        return [(url.raw_host.decode("ascii", "replace"), url.raw_path.decode("ascii", "replace"))]
    try:
        parts = urlsplit(url)
        parsed = httpx.URL(url)
        readings = [
            (parts.hostname or "", parts.path),
            (parsed.raw_host.decode("ascii", "replace"), parsed.raw_path.decode("ascii", "replace")),
        ]
    except (ValueError, httpx.InvalidURL):
        return None
    try:
        from urllib3.util import parse_url  # requests' own parser, when requests is installed
    except ImportError:
        return readings
    try:
        third = parse_url(url)
    except ValueError:
        return None
    return [*readings, (third.host or "", third.path or "/")]


def classify(url: str | httpx.URL, *, host_header: str | None = None) -> Target:
    """Where `url` points; a string is read by every URL parser at hand and the most dangerous answer wins.

    `host_header` (a request's `Host`) is judged too: a production name there is production whatever
    the connection's address. A URL no parser can read counts as production.
    """
    readings = _parsed(url)
    if not readings:
        return Target.PRODUCTION
    if host_header:
        readings += [(_host_of(host_header), path) for _, path in readings]
    return max(_classify(host, path) for host, path in readings)


def is_token_request(method: str, url: str | httpx.URL) -> bool:
    """A POST to the token path: it creates no order, so the guard lets it through everywhere."""
    raw_path = url.raw_path.decode("ascii", "replace") if isinstance(url, httpx.URL) else urlsplit(url).path
    return method.upper() == "POST" and raw_path.split("?", 1)[0] == facts.TOKEN_PATH


def _shown(url: str | httpx.URL) -> str:
    """The URL for a message: no userinfo, no query (either may hold a secret)."""
    parsed = httpx.URL(str(url)) if not isinstance(url, httpx.URL) else url
    return str(parsed.copy_with(username=None, password=None, query=None, fragment=None))


@attrs.frozen
class WriteGuard:
    """Refuses a mutating request (anything but GET/HEAD/OPTIONS) to a target not in `writable`."""

    allow_production_writes: bool = False
    writable: frozenset[Target] = frozenset({Target.LOOPBACK, Target.SANDBOX, Target.OTHER})

    def check(self, method: str, url: str | httpx.URL, *, host_header: str | None = None) -> None:
        """Raise `ProductionWriteRefused` unless the request may be sent."""
        if method.upper() in READ_ONLY_METHODS or self.allow_production_writes:
            return
        target = classify(url, host_header=host_header)
        if target in self.writable:
            return
        where = "the production API" if target is Target.PRODUCTION else "neither the sandbox nor loopback"
        raise ProductionWriteRefused(
            f"refusing {method.upper()} {_shown(url)}: it is {where}; pass allow_production_writes=True"
            f" (--allow-production-writes) or set {facts.ENV_ALLOW_PRODUCTION_WRITES}=1 to send it anyway"
        )

    def check_request(self, request: httpx.Request) -> None:
        """`check` for an outgoing httpx request; the client's own token request is let through."""
        if request.extensions.get(TOKEN_REQUEST_EXTENSION) and is_token_request(request.method, request.url):
            return
        self.check(request.method, request.url, host_header=request.headers.get("Host"))


@attrs.frozen
class GuardHook:
    """An httpx request event hook enforcing a guard (for a client whose transport is not wrapped)."""

    guard: WriteGuard

    def __call__(self, request: httpx.Request) -> None:
        self.guard.check_request(request)


@attrs.frozen
class AsyncGuardHook:
    """`GuardHook` for an `httpx.AsyncClient`."""

    guard: WriteGuard

    async def __call__(self, request: httpx.Request) -> None:
        self.guard.check_request(request)


# The contract suite and the drift run write only where the data is disposable.
CONTRACT_SUITE_WRITABLE: Final = frozenset({Target.LOOPBACK, Target.SANDBOX})


def is_safe_write_target(url: str) -> bool:
    """True when a mutating request of the contract suite to `url` cannot touch production data."""
    return classify(url) in CONTRACT_SUITE_WRITABLE


def ensure_write_allowed(method: str, url: str, *, allow_production_writes: bool = False) -> None:
    """The contract suite's guard: a mutating request goes only to the vendor's sandbox or loopback."""
    WriteGuard(allow_production_writes, CONTRACT_SUITE_WRITABLE).check(method, url)


class GuardTransport(httpx.BaseTransport):
    """Checks every request (each redirect hop and token call) before the wrapped transport sends it."""

    def __init__(self, inner: httpx.BaseTransport, guard: WriteGuard) -> None:
        self._inner = inner
        self.guard = guard

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.guard.check_request(request)
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


class AsyncGuardTransport(httpx.AsyncBaseTransport):
    """`GuardTransport` for an `httpx.AsyncClient`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, guard: WriteGuard) -> None:
        self._inner = inner
        self.guard = guard

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.guard.check_request(request)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()
