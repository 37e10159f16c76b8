"""WAL checkpoints happen on the checkpoint thread, and the WAL stays bounded under continuous writes."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ingram_contract import facts
from ingram_contract.sandbox import checkpoints
from ingram_contract.sandbox.orders import states
from ingram_contract.sandbox.orders.rules import new_order
from ingram_contract.sandbox.store import NewOrder, Store

_DOCUMENT = new_order(
    {
        "customerOrderNumber": "CHECKPOINT-1",
        "lines": [{"customerLineNumber": "001", "ingramPartNumber": facts.SKU_IN_STOCK, "quantity": 1}],
    },
    "v6",
)


def _create(store: Store, count: int) -> None:
    now = datetime.now(UTC)
    account = (facts.DEFAULT_CUSTOMER_NUMBER, facts.DEFAULT_COUNTRY_CODE)
    order = NewOrder(*account, states.PROCESSING, now, _DOCUMENT)
    for _ in range(count):
        [number] = store.create_orders([order])
        assert isinstance(number, str)


def _database_file_grows(path: Path, size: int, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.stat().st_size > size:
            return True
        time.sleep(0.05)
    return False


def test_the_thread_folds_the_wal_into_the_file_without_a_write_paying_for_it(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    try:
        size = (tmp_path / "s.db").stat().st_size
        # Enough commits to wake the thread, far too few pages for SQLite's own (backstop) checkpoint.
        _create(store, checkpoints.EVERY_COMMITS + 10)
        assert (tmp_path / "s.db-wal").stat().st_size < checkpoints.BACKSTOP_PAGES * 4096
        assert _database_file_grows(tmp_path / "s.db", size), "no checkpoint reached the database file"
    finally:
        store.close()
    assert not (tmp_path / "s.db-wal").exists()


def test_without_the_thread_nothing_reaches_the_file_before_the_backstop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check above can fail: with the thread never woken, the file does not grow."""
    commits = checkpoints.EVERY_COMMITS + 10
    monkeypatch.setattr(checkpoints, "EVERY_COMMITS", 10**9)
    monkeypatch.setattr(checkpoints, "INTERVAL", 3600.0)
    store = Store(tmp_path / "s.db")
    try:
        size = (tmp_path / "s.db").stat().st_size
        _create(store, commits)
        assert not _database_file_grows(tmp_path / "s.db", size, timeout=1.0)
    finally:
        store.close()


@pytest.mark.slow
def test_the_wal_stays_bounded_under_continuous_writes(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    try:
        largest = 0
        for _ in range(12):
            _create(store, 500)
            largest = max(largest, (tmp_path / "s.db-wal").stat().st_size)
    finally:
        store.close()
    # The backstop starts the WAL over near BACKSTOP_PAGES; 6,000 creates write about 13,000 pages.
    assert largest < 2 * checkpoints.BACKSTOP_PAGES * 4096
