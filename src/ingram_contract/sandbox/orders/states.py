"""Order statuses, and the states `simulateStatus` asks an order to show: one entry per simulated status.

Adding a simulated status is one `SimulatedState` in `SIMULATED`; `facts.SIMULATE_STATUSES` lists the
names the contract and the drift run know.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from ingram_contract import facts

# Order statuses as order search names them (its `orderStatus` enum); the details spell them for people.
ON_HOLD: Final = "ON HOLD"
PROCESSING: Final = "PROCESSING"
BACKORDERED: Final = "BACKORDERED"
SHIPPED: Final = "SHIPPED"
CANCELLED: Final = "CANCELLED"
DETAIL_STATUS: Final = {
    ON_HOLD: "On Hold",
    PROCESSING: "Processing",
    BACKORDERED: "Backordered",
    SHIPPED: "Shipped",
    CANCELLED: "Cancelled",
}

Lines = Sequence[Mapping[str, Any]]


def all_shipped(lines: Lines) -> list[int]:
    """Every unit of every line has shipped."""
    return [int(line["quantity"]) for line in lines]


def none_shipped(lines: Lines) -> list[int]:
    """Nothing has shipped yet."""
    return [0 for _ in lines]


def half_shipped(lines: Lines) -> list[int]:
    """Half of every line (rounded up); a one-unit line ships only when it is not the last line."""
    return [
        (int(line["quantity"]) + 1) // 2 if int(line["quantity"]) > 1 else int(index < len(lines) - 1)
        for index, line in enumerate(lines)
    ]


@dataclass(frozen=True)
class SimulatedState:
    """What the details show under one `simulateStatus`: the status, what has shipped, invoices."""

    name: str
    detail_status: str
    shipped: Callable[[Lines], list[int]]
    invoiced: bool = False


SIMULATED: Final = {
    state.name: state
    for state in (
        SimulatedState("IM::SHIPPED", "Shipped", all_shipped),
        SimulatedState("IM::PARTIALLY_SHIPPED", "Partially Shipped", half_shipped),
        SimulatedState("IM::HOLD", "On Hold", none_shipped),
        SimulatedState("IM::INVOICED", "Invoiced", all_shipped, invoiced=True),
    )
}
assert tuple(SIMULATED) == facts.SIMULATE_STATUSES, "facts.SIMULATE_STATUSES and SIMULATED disagree"


def shipped_quantities(lines: Lines, simulate: str | None, status: str) -> list[int]:
    """Units shipped per line: as the simulated state says, else as the stored status says."""
    state = SIMULATED.get(simulate or "")
    if state is not None:
        return state.shipped(lines)
    return all_shipped(lines) if status == SHIPPED else none_shipped(lines)
