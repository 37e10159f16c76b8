"""A cache of rendered answer bodies bounded in bytes, least recently used out first.

Bounded by what it holds rather than by entries, because one order's details can be a few hundred bytes
or a megabyte: counting entries let 50 large GETs take the process from 74 to 614 MB.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from typing import Final

from ingram_contract.sandbox import limits

# What an entry costs besides its body (key tuple, dict slots, index set), roughly, in CPython.
_ENTRY_OVERHEAD = 256


class RenderedBodies:
    """Bodies by owner (an order number) and key; `drop(owner)` forgets every body of one owner.

    Exact because the sandbox process is the database's only writer: every write drops its order.
    """

    def __init__(
        self, max_bytes: int = limits.DETAILS_CACHE_BYTES, max_item_bytes: int | None = None
    ) -> None:
        if max_bytes < 1:
            raise ValueError("max_bytes must be positive")
        self.max_bytes = max_bytes
        # One body may take at most a tenth of the cache, so a few huge orders cannot evict everything.
        self.max_item_bytes = max_item_bytes if max_item_bytes is not None else max_bytes // 10
        self.size = 0  # bytes held: bodies plus a fixed overhead per entry
        self._bodies: OrderedDict[tuple[str, Hashable], bytes] = OrderedDict()
        self._keys: dict[str, set[Hashable]] = {}

    def __len__(self) -> int:
        return len(self._bodies)

    def get(self, owner: str, key: Hashable) -> bytes | None:
        """The cached body, or None; a hit becomes the most recently used."""
        entry = (owner, key)
        body = self._bodies.get(entry)
        if body is not None:
            self._bodies.move_to_end(entry)
        return body

    def put(self, owner: str, key: Hashable, body: bytes) -> None:
        """Keep a body unless it is too large; evict the least recently used until it fits."""
        cost = len(body) + _ENTRY_OVERHEAD
        if cost > self.max_item_bytes:
            return
        entry = (owner, key)
        old = self._bodies.pop(entry, None)
        if old is not None:
            self.size -= len(old) + _ENTRY_OVERHEAD
        while self._bodies and self.size + cost > self.max_bytes:
            (old_owner, old_key), evicted = self._bodies.popitem(last=False)
            self.size -= len(evicted) + _ENTRY_OVERHEAD
            self._forget(old_owner, old_key)
        self._bodies[entry] = body
        self._keys.setdefault(owner, set()).add(key)
        self.size += cost

    def drop(self, owner: str) -> None:
        """Forget every body of an owner (an order that changed)."""
        for key in self._keys.pop(owner, ()):
            body = self._bodies.pop((owner, key), None)
            if body is not None:
                self.size -= len(body) + _ENTRY_OVERHEAD

    def _forget(self, owner: str, key: Hashable) -> None:
        keys = self._keys.get(owner)
        if keys is not None:
            keys.discard(key)
            if not keys:
                del self._keys[owner]


class GenerationBodies:
    """Bodies rendered from one generation of the store (`Store.generation`): any write makes all of
    them stale, which suits answers that read many orders (search), where `RenderedBodies.drop` per
    order could not tell which answers an order is in."""

    _OWNER: Final = "generation"

    def __init__(self, max_bytes: int = limits.SEARCH_CACHE_BYTES) -> None:
        self._bodies = RenderedBodies(max_bytes)
        self._generation: int | None = None

    def __len__(self) -> int:
        return len(self._bodies)

    def get(self, generation: int, key: Hashable) -> bytes | None:
        """The body rendered for `key` at this generation, or None."""
        if generation != self._generation:
            return None
        return self._bodies.get(self._OWNER, key)

    def put(self, generation: int, key: Hashable, body: bytes) -> None:
        """Keep a body rendered at `generation`; a newer generation first forgets every older body."""
        if generation != self._generation:
            self._bodies.drop(self._OWNER)
            self._generation = generation
        self._bodies.put(self._OWNER, key, body)
