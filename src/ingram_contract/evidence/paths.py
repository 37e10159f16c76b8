"""Field paths of a JSON value, array indices collapsed: `orders[].lines[].ingramPartNumber`."""

from __future__ import annotations

from typing import Any


def field_paths(value: Any, prefix: str = "") -> set[str]:
    """Every object key's path in `value` (intermediate objects included); `[]` stands for any index."""
    found: set[str] = set()
    if isinstance(value, dict):
        for key, item in value.items():
            path = f"{prefix}.{key}" if prefix else str(key)
            found.add(path)
            found |= field_paths(item, path)
    elif isinstance(value, list):
        for item in value:
            found |= field_paths(item, f"{prefix}[]")
    return found
