"""Local `$ref` resolution for one OpenAPI document: the one resolver every stage uses.

Only `#/...` references are followed (the vendor's document has no other kind); anything else, an
unresolvable pointer or a `$ref` loop is a SpecError.
"""

from __future__ import annotations

from typing import Any

from ingram_contract.spec.errors import SpecError


class RefResolver:
    """Follows local `$ref`s of one document; targets are looked up lazily and cached."""

    def __init__(self, document: dict[str, Any]) -> None:
        self._document = document
        self._cache: dict[str, Any] = {}

    def lookup(self, ref: str) -> Any:
        """The node a `#/...` reference points at."""
        if ref in self._cache:
            return self._cache[ref]
        if not ref.startswith("#/"):
            raise SpecError(f"only local $refs are supported, found {ref!r}")
        target: Any = self._document
        for raw in ref[2:].split("/"):
            key = raw.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or key not in target:
                raise SpecError(f"unresolvable $ref {ref!r}")
            target = target[key]
        self._cache[ref] = target
        return target

    def resolve(self, node: Any) -> Any:
        """The node with its `$ref` chain followed; a `$ref` loop raises SpecError."""
        seen: list[str] = []
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref: str = node["$ref"]
            if ref in seen:
                raise SpecError(f"$ref loop: {' -> '.join([*seen, ref])}")
            seen.append(ref)
            node = self.lookup(ref)
        return node

    def inline(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        """A copy with every `$ref` replaced by its target; a recursive one is cut to an open schema."""
        if isinstance(node, dict):
            if isinstance(node.get("$ref"), str):
                ref = node["$ref"]
                if ref in stack:
                    return {}
                return self.inline(self.lookup(ref), (*stack, ref))
            return {key: self.inline(value, stack) for key, value in node.items()}
        if isinstance(node, list):
            return [self.inline(value, stack) for value in node]
        return node
