"""Field paths of a JSON value, array indices collapsed: `orders.lines.ingramPartNumber`.

An array and a lone object of the same items give the same paths: the vendor's examples send some
fields both ways (see `scenarios`), and the contract decides the form.
"""

from __future__ import annotations

from typing import Any


def field_paths(value: Any, prefix: str = "") -> set[str]:
    """Every object key's path in `value` (intermediate objects included), through arrays at any index."""
    found: set[str] = set()
    if isinstance(value, dict):
        for key, item in value.items():
            path = f"{prefix}.{key}" if prefix else str(key)
            found.add(path)
            found |= field_paths(item, path)
    elif isinstance(value, list):
        for item in value:
            found |= field_paths(item, prefix)
    return found
