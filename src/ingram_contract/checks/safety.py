"""The write guard: a mutating request goes to the sandbox or to loopback, never elsewhere unless allowed.

Production shares the host with the vendor's sandbox (`api.ingrammicro.com`, sandbox under `/sandbox`), so
a wrong base URL would place real orders; the guard refuses before anything is sent.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from typing import Final
from urllib.parse import urlsplit

from ingram_contract import facts

MUTATING_METHODS: Final = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_SANDBOX_HOST: Final = urlsplit(facts.SANDBOX_URL).hostname or ""
_LOOPBACK_NAMES: Final = frozenset({"localhost", "localhost.localdomain"})


class ProductionWriteRefused(RuntimeError):
    """A mutating request to a host that is neither the vendor's sandbox nor loopback."""


def writes_allowed_by_env(environ: Mapping[str, str] | None = None) -> bool:
    """True when `INGRAM_ALLOW_PRODUCTION_WRITES` is set to 1/true/yes."""
    value = (environ if environ is not None else os.environ).get(facts.ENV_ALLOW_PRODUCTION_WRITES, "")
    return value.strip().lower() in ("1", "true", "yes")


def is_loopback(host: str) -> bool:
    """True for localhost names and loopback addresses (127.0.0.0/8, ::1)."""
    host = host.strip("[]").lower()
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def is_safe_write_target(url: str) -> bool:
    """True when a mutating request to `url` cannot touch production data."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if is_loopback(host):
        return True
    path = parts.path or "/"
    in_sandbox = path == facts.SANDBOX_PREFIX or path.startswith(facts.SANDBOX_PREFIX + "/")
    return host == _SANDBOX_HOST and in_sandbox


def ensure_write_allowed(method: str, url: str, *, allow_production_writes: bool = False) -> None:
    """Raise `ProductionWriteRefused` for a mutating request outside the sandbox/loopback, unless allowed.

    The token request is not a write (it creates no order): callers exempt it by not passing it here.
    """
    if method.upper() not in MUTATING_METHODS or allow_production_writes or is_safe_write_target(url):
        return
    raise ProductionWriteRefused(
        f"refusing {method.upper()} {url}: mutating requests go only to the vendor's sandbox "
        f"({facts.SANDBOX_URL}) or to loopback; pass --allow-production-writes or set "
        f"{facts.ENV_ALLOW_PRODUCTION_WRITES}=1 to send it anyway"
    )
