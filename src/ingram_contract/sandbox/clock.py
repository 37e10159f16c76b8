"""Business time for the sandbox, injectable so tests can step past the 24-hour modify window."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Where the sandbox reads "now" (timezone-aware, UTC) for order dates and the modify window."""

    def now(self) -> datetime:
        """The current instant."""
        ...


class SystemClock:
    """The machine's clock."""

    def now(self) -> datetime:
        """The current instant."""
        return datetime.now(UTC)


class ManualClock:
    """A clock that stands still until told to move; safe to advance from another thread."""

    def __init__(self, start: datetime | None = None) -> None:
        if start is not None and start.tzinfo is None:
            raise ValueError("ManualClock needs a timezone-aware start")
        self._now = start or datetime.now(UTC)
        self._lock = threading.Lock()
        self._listeners: list[Callable[[], None]] = []

    def on_advance(self, listener: Callable[[], None]) -> None:
        """Call `listener` (from the advancing thread) each time the clock moves."""
        with self._lock:
            self._listeners.append(listener)

    def now(self) -> datetime:
        """The instant the clock was last set to."""
        with self._lock:
            return self._now

    def advance(self, delta: timedelta) -> datetime:
        """Move the clock forward and return the new instant."""
        with self._lock:
            self._now += delta
            now, listeners = self._now, list(self._listeners)
        for listener in listeners:
            listener()
        return now
