"""Which paths of the vendor's document belong to the contract: matched by path, never by tag.

Tags and operationIds changed across the upstream history; the paths of the order endpoints, the
token endpoint and the order-status webhook are what a client depends on.
"""

from __future__ import annotations

import re
from typing import Final

from ingram_contract import facts

HTTP_METHODS: Final = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

_ORDER_PATH = re.compile(r"^/resellers/v\d+(?:\.\d+)?/orders(?:/|$)", re.IGNORECASE)
_EXACT_PATHS: Final = frozenset(
    {
        "/resellers/v7/vendorrequiredinfo",
        facts.TOKEN_PATH,
        facts.ORDER_STATUS_WEBHOOK_PATH,
    }
)


def is_order_path(path: str) -> bool:
    """True for the order endpoints (`/resellers/vN/orders...`), any version."""
    return bool(_ORDER_PATH.match(path))


def in_scope(path: str) -> bool:
    """True when a path of the vendor's document is part of the Orders contract."""
    return path in _EXACT_PATHS or is_order_path(path)


def scoped_paths(document: dict[str, object]) -> list[str]:
    """The document's in-scope paths, in document order."""
    paths = document.get("paths")
    return [path for path in paths if in_scope(path)] if isinstance(paths, dict) else []
