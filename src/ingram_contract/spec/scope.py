"""Which paths of the vendor's document belong to the contract: matched by path, never by tag.

Tags and operationIds changed across the upstream history; the paths of the order endpoints, the
token endpoint and the order-status webhook are what a client depends on.
"""

from __future__ import annotations

import re
from typing import Final

HTTP_METHODS: Final = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

_ORDER_PATH = re.compile(r"^/resellers/v\d+(?:\.\d+)?/orders(?:/|$)", re.IGNORECASE)
_EXACT_PATHS: Final = frozenset(
    {
        "/resellers/v7/vendorrequiredinfo",
        "/oauth/oauth20/token",
        "/resellers/v1/webhooks/orderstatusevent",
    }
)


def in_scope(path: str) -> bool:
    """True when a path of the vendor's document is part of the Orders contract."""
    return path in _EXACT_PATHS or bool(_ORDER_PATH.match(path))


def scoped_paths(document: dict[str, object]) -> list[str]:
    """The document's in-scope paths, in document order."""
    paths = document.get("paths")
    return [path for path in paths if in_scope(path)] if isinstance(paths, dict) else []
