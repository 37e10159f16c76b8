"""The bearer tokens the sandbox has issued, each with its expiry."""

from __future__ import annotations

import heapq
import secrets

from ingram_contract.sandbox.clock import Clock


class TokenIssuer:
    """Issues tokens and checks them; expired tokens are dropped oldest first, O(log n) per issue."""

    def __init__(self, ttl: int, clock: Clock) -> None:
        self.ttl = ttl
        self._clock = clock
        self._expiry: dict[str, float] = {}
        self._by_expiry: list[tuple[float, str]] = []

    def __repr__(self) -> str:
        return f"TokenIssuer(ttl={self.ttl}, live={len(self._expiry)})"

    def __len__(self) -> int:
        return len(self._expiry)

    def issue(self) -> str:
        """A new token valid for `ttl` seconds from now."""
        now = self._clock.now().timestamp()
        while self._by_expiry and self._by_expiry[0][0] <= now:
            _, expired = heapq.heappop(self._by_expiry)
            self._expiry.pop(expired, None)
        token = secrets.token_urlsafe(24)
        expiry = now + self.ttl
        self._expiry[token] = expiry
        heapq.heappush(self._by_expiry, (expiry, token))
        return token

    def valid(self, token: str) -> bool:
        """True for a token this issuer issued that has not expired."""
        expiry = self._expiry.get(token)
        return expiry is not None and expiry > self._clock.now().timestamp()
