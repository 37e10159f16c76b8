"""How long a check run may take: per operation, for the whole run, and when to stop waiting on a server.

A server that accepts connections and never answers costs a full request timeout per request; without a
budget a drift run against one takes minutes. Here, once requests to `hung_after` different operations in
a row have timed out (no answer in between), the server is taken as hung and the rest is reported as not
checked, naming the operations that timed out; each operation stops after `operation_seconds`, the run
after `run_seconds` (both unlimited by default). A refused connection costs nothing and never counts as
hung.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field

# Request timeouts never shrink below this, so a nearly spent budget still sends a usable request.
_MIN_REQUEST_TIMEOUT = 1.0


@dataclass
class TimeBudget:
    """The time limits of one run, and what the run has seen of the server's timeouts so far."""

    # Unlimited unless the caller sets them (the drift run does): a test must never pass by not looking.
    run_seconds: float = math.inf
    operation_seconds: float = math.inf
    hung_after: int = 2
    clock: Callable[[], float] = field(default=time.monotonic, repr=False)
    _started: float = field(init=False, repr=False)
    _timed_out: list[str] = field(init=False, repr=False, default_factory=list)

    def __post_init__(self) -> None:
        self._started = self.clock()

    def remaining(self) -> float:
        """Seconds left for the whole run."""
        return self.run_seconds - (self.clock() - self._started)

    def request_timeout(self, timeout: float) -> float:
        """A request's timeout: the target's, cut to what the run has left."""
        return max(_MIN_REQUEST_TIMEOUT, min(timeout, self.remaining()))

    def operation_deadline(self) -> float:
        """The clock value after which one operation's exploration stops."""
        return self.clock() + self.operation_seconds

    def past(self, deadline: float) -> bool:
        """Whether a deadline from `operation_deadline` has passed."""
        return self.clock() >= deadline

    def timed_out(self, operation: str) -> None:
        """A request of `operation` got no answer in time."""
        if operation not in self._timed_out:
            self._timed_out.append(operation)

    def answered(self) -> None:
        """The server answered a request: it is not hung."""
        self._timed_out.clear()

    @property
    def hung(self) -> bool:
        """Whether requests to `hung_after` operations in a row timed out."""
        return len(self._timed_out) >= self.hung_after

    def refusal(self) -> tuple[str, str] | None:
        """(check, reason) when no further request should be sent, else None."""
        if self.hung:
            return "timeout", (
                f"not sent: the server answered no request to {', '.join(self._timed_out)} in time, "
                "so it is taken as hung"
            )
        if self.remaining() <= 0:
            return "time-budget", f"not sent: the run's time budget of {self.run_seconds:g} s ran out"
        return None
