"""Order statuses, and the states `simulateStatus` asks an order to show: one entry per simulated status.

Adding a simulated status is one `SimulatedState` in `SIMULATED`; `facts.SIMULATE_STATUSES` lists the
names the contract and the drift run know.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from ingram_contract import facts

# Stored order statuses: the values of order search's `orderStatus` filter enum.
ON_HOLD: Final = "ON HOLD"
PROCESSING: Final = "PROCESSING"
BACKORDERED: Final = "BACKORDERED"
SHIPPED: Final = "SHIPPED"
CANCELLED: Final = "CANCELLED"
# How each operation spells a status (see `ingram_contract.evidence.scenarios` for the vendor's lists).
DETAIL_STATUS: Final = {
    ON_HOLD: "On Hold",
    PROCESSING: "Processing",
    BACKORDERED: "Backordered",
    SHIPPED: "Shipped",
    CANCELLED: "Canceled",
}
SEARCH_STATUS: Final = {
    ON_HOLD: "OPEN",
    PROCESSING: "OPEN",
    BACKORDERED: "OPEN",
    SHIPPED: "CLOSED",
    CANCELLED: "CANCELLED",
}
# What the search filter's words select: its own enum, and the OPEN/CLOSED its rows show.
SEARCH_FILTER: Final = {
    **{status: (status,) for status in DETAIL_STATUS},
    "OPEN": (ON_HOLD, PROCESSING, BACKORDERED),
    "CLOSED": (SHIPPED,),
    "CANCELED": (CANCELLED,),
}


def sub_order_status(status: str) -> str:
    """A sub-order's status in search: the details' word, upper-cased (`SHIPPED`)."""
    return DETAIL_STATUS.get(status, status).upper()


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
        SimulatedState("IM::PARTIALLY_SHIPPED", "Processing", half_shipped),
        SimulatedState("IM::HOLD", "On Hold", none_shipped),
        SimulatedState("IM::INVOICED", "Shipped", all_shipped, invoiced=True),
    )
}
assert tuple(SIMULATED) == facts.SIMULATE_STATUSES, "facts.SIMULATE_STATUSES and SIMULATED disagree"


def shipped_quantities(lines: Lines, simulate: str | None, status: str) -> list[int]:
    """Units shipped per line: as the simulated state says, else as the stored status says."""
    state = SIMULATED.get(simulate or "")
    if state is not None:
        return state.shipped(lines)
    return all_shipped(lines) if status == SHIPPED else none_shipped(lines)
