"""The write guard of the contract suite and the drift run: `ingram_contract.runtime.guard`, the one guard.

A mutating request goes to the vendor's sandbox or to loopback, never elsewhere unless allowed; the
client (`connect`) uses the same judgement of where a URL points and the same environment switch.
"""

from __future__ import annotations

from ingram_contract.runtime.guard import (
    ProductionWriteRefused,
    ensure_write_allowed,
    is_loopback,
    is_safe_write_target,
    writes_allowed_by_env,
)

__all__ = [
    "ProductionWriteRefused",
    "ensure_write_allowed",
    "is_loopback",
    "is_safe_write_target",
    "writes_allowed_by_env",
]
