"""The sandbox's state in SQLite: orders, the terms order search filters on, and the webhook outbox.

One connection, used only from the event loop's thread: requests are handled one at a time between
awaits, so writes are serialised without locks and a transaction never spans an await.

Durability: WAL with `synchronous=NORMAL`. A commit has written its WAL frames to the operating system
before the answer that acknowledges it is sent, so an acknowledged order survives `kill -9` and any crash
of the sandbox process (the promise, tested); only a power cut or kernel crash can lose the last commits,
since the WAL is fsynced at checkpoints rather than on every commit. For a local emulator that trade is
right: `FULL` cost one fsync per commit, which made a single client's creates wait for the disk.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Final

import orjson

from ingram_contract.sandbox import schema
from ingram_contract.sandbox.checkpoints import BACKSTOP_PAGES, Checkpointer
from ingram_contract.sandbox.orders.seed import SeededOrder
from ingram_contract.sandbox.orders.shipments import search_terms, shipment_dates

# Generated numbers start at "A0000" after the prefix so they can never meet the seeded "R…" numbers.
_NUMBER_BASE: Final = 10 * 36**4
_ALPHABET: Final = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


_QUEUE_EVENT: Final = "INSERT INTO events (event_id, order_number, body, next_attempt_at) VALUES (?, ?, ?, 0)"
_ORDER_COLUMNS: Final = "order_number, customer_number, country_code, status, placed_at, document"


@dataclass(frozen=True)
class StoredOrder:
    """An order as read back: its number, owner, status, placing instant and document."""

    order_number: str
    customer_number: str
    country_code: str
    status: str
    placed: datetime
    document: dict[str, Any]


@dataclass(frozen=True)
class OrderEvent:
    """The webhook event to queue with a new order; its body needs the order's number."""

    event_id: str
    render: Callable[[str], str]


@dataclass(frozen=True)
class NewOrder:
    """An order to store: owner, status, when it was placed, its document, and maybe its event."""

    customer: str
    country: str
    status: str
    placed: datetime
    document: dict[str, Any]
    event: OrderEvent | None = None


@dataclass(frozen=True)
class PendingEvent:
    """A webhook event waiting for (re)delivery."""

    row_id: int
    event_id: str
    body: str
    attempts: int


@dataclass(frozen=True)
class SearchFilters:
    """Order search's filters, already normalised (upper-cased, dates as YYYY-MM-DD)."""

    order_number: str | None = None
    statuses: tuple[str, ...] = ()
    order_date: str | None = None
    order_date_between: tuple[str, str] | None = None
    customer_order_number: str | None = None
    end_customer_order_number: str | None = None
    invoice_date_between: tuple[str, str] | None = None
    ship_date_between: tuple[str, str] | None = None
    delivery_date_between: tuple[str, str] | None = None
    terms: tuple[tuple[str, str], ...] = ()


def format_order_number(row_id: int) -> str:
    """`20-` and five base-36 characters, like the vendor's sandbox numbers."""
    value = _NUMBER_BASE + row_id
    digits = []
    while value:
        value, index = divmod(value, 36)
        digits.append(_ALPHABET[index])
    return "20-" + "".join(reversed(digits))


class Store:
    """The SQLite database behind one sandbox."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA busy_timeout=5000")
        self._db.executescript(schema.TABLES)
        schema.upgrade(self._db, search_terms)
        # Checkpoints run on their own thread (`checkpoints`); the store's own is only the backstop.
        self._db.execute(f"PRAGMA wal_autocheckpoint={BACKSTOP_PAGES}")
        self._checkpointer = Checkpointer(path)
        # Bumped by every committed order write: what was rendered from an older generation is stale.
        self.generation = 0

    def close(self) -> None:
        """Close the connection (a checkpoint folds the WAL back into the file)."""
        self._checkpointer.stop()
        self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction; only order writes use one (the outbox's updates are single statements)."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")
        self.generation += 1
        self._checkpointer.committed()

    def _write(self, sql: str, args: Sequence[Any]) -> None:
        """One statement in its own (implicit) transaction."""
        self._db.execute(sql, args)
        self._checkpointer.committed()

    def seed(self, orders: Sequence[SeededOrder], customer: str, country: str, now: datetime) -> None:
        """Insert the vendor's example orders once, on the first start of a database."""
        with self._transaction() as db:
            if db.execute("SELECT 1 FROM meta WHERE key = 'seeded'").fetchone():
                return
            for seeded in orders:
                self._insert(db, seeded.order_number, customer, country, seeded.status,
                             seeded.placed or now, seeded.document)  # fmt: skip
            db.execute("INSERT INTO meta (key, value) VALUES ('seeded', ?)", (now.isoformat(),))
            db.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema', ?)", (str(schema.VERSION),)
            )

    def create_orders(self, orders: Sequence[NewOrder]) -> list[str | Exception]:
        """Store new orders, each with its webhook event if any, in one transaction; return their numbers.

        One transaction for a whole batch is what lets concurrent creates share the cost of a commit;
        nothing is acknowledged before the commit returns. Each order is written under its own savepoint:
        one that fails is rolled back alone and gets its exception in place of a number, so one client's
        bad order never fails the others batched with it.
        """
        results: list[str | Exception] = []
        with self._transaction() as db:
            row_id = int(db.execute("SELECT coalesce(max(id), 0) + 1 FROM orders").fetchone()[0])
            for order in orders:
                number = format_order_number(row_id)
                db.execute("SAVEPOINT new_order")
                try:
                    self._insert(db, number, order.customer, order.country, order.status, order.placed,
                                 order.document, row_id=row_id)  # fmt: skip
                    if order.event is not None:
                        db.execute(_QUEUE_EVENT, (order.event.event_id, number, order.event.render(number)))
                except (sqlite3.Error, ValueError, TypeError, KeyError, OverflowError) as exc:
                    db.execute("ROLLBACK TO new_order")
                    db.execute("RELEASE new_order")
                    results.append(exc)
                    continue
                db.execute("RELEASE new_order")
                results.append(number)
                row_id += 1
        return results

    def _insert(
        self,
        db: sqlite3.Connection,
        number: str,
        customer: str,
        country: str,
        status: str,
        placed: datetime,
        document: dict[str, Any],
        row_id: int | None = None,
    ) -> None:
        dates = shipment_dates(number, document, status, placed)
        db.execute(
            "INSERT INTO orders (id, order_number, customer_number, country_code, customer_order_number,"
            " end_customer_order_number, status, placed_at, order_date, ship_date, delivery_date,"
            " invoice_date, document, terms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                row_id,
                number,
                customer,
                country,
                document["customerOrderNumber"].upper(),
                document["endCustomerOrderNumber"].upper(),
                status,
                placed.isoformat(),
                placed.date().isoformat(),
                dates["ship_date"],
                dates["delivery_date"],
                dates["invoice_date"],
                _document_json(document),
                schema.terms_text(search_terms(number, document, status, placed)),
            ),
        )

    def get_order(self, order_number: str, customer: str, country: str) -> StoredOrder | None:
        """An order of this customer, or None (another customer's order is as good as unknown)."""
        row = self._db.execute(
            "SELECT order_number, customer_number, country_code, status, placed_at, document FROM orders"
            " WHERE order_number = ? AND customer_number = ? AND country_code = ?",
            (order_number.upper(), customer, country.upper()),
        ).fetchone()
        return _stored(row) if row else None

    def update_order(
        self, order_number: str, status: str, document: dict[str, Any], placed: datetime
    ) -> None:
        """Replace an order's status and document, and re-index its search terms."""
        with self._transaction() as db:
            row = db.execute("SELECT id FROM orders WHERE order_number = ?", (order_number,)).fetchone()
            if row is None:
                raise KeyError(order_number)
            db.execute(
                "UPDATE orders SET status = ?, document = ?, customer_order_number = ?, terms = ?"
                " WHERE id = ?",
                (
                    status,
                    _document_json(document),
                    document["customerOrderNumber"].upper(),
                    schema.terms_text(search_terms(order_number, document, status, placed)),
                    row[0],
                ),
            )

    def search(
        self, customer: str, country: str, filters: SearchFilters, page_size: int, page_number: int
    ) -> tuple[int, list[StoredOrder]]:
        """The matching orders' count and one page of them, newest first."""
        where = ["customer_number = ?", "country_code = ?"]
        args: list[Any] = [customer, country.upper()]

        def between(column: str, bounds: tuple[str, str] | None) -> None:
            if bounds is not None:
                where.append(f"{column} BETWEEN ? AND ?")
                args.extend(bounds)

        if filters.order_number:
            where.append("order_number = ?")
            args.append(filters.order_number)
        if filters.statuses:
            where.append(f"status IN ({', '.join('?' * len(filters.statuses))})")
            args.extend(filters.statuses)
        if filters.order_date:
            where.append("order_date = ?")
            args.append(filters.order_date)
        between("order_date", filters.order_date_between)
        between("invoice_date", filters.invoice_date_between)
        between("ship_date", filters.ship_date_between)
        between("delivery_date", filters.delivery_date_between)
        if filters.customer_order_number:
            where.append("customer_order_number = ?")
            args.append(filters.customer_order_number)
        if filters.end_customer_order_number:
            where.append("end_customer_order_number = ?")
            args.append(filters.end_customer_order_number)
        for kind, value in filters.terms:
            token = schema.term_token(kind, value)
            where.append(schema.HAS_TERM if token is not None else "0 = 1")
            args.extend((token,) if token is not None else ())
        clause = " AND ".join(where)
        # Only fixed SQL fragments with placeholders are joined; every value travels as a parameter.
        count_sql = "SELECT count(*) FROM orders WHERE " + clause  # noqa: S608
        total = int(self._db.execute(count_sql, args).fetchone()[0])
        page_sql = f"SELECT {_ORDER_COLUMNS} FROM orders WHERE {clause} ORDER BY id DESC LIMIT ? OFFSET ?"  # noqa: S608
        rows = self._db.execute(page_sql, [*args, page_size, (page_number - 1) * page_size]).fetchall()
        return total, [_stored(row) for row in rows]

    def placed_with_status(self, customer: str, country: str, status: str) -> list[tuple[str, datetime]]:
        """The number and placing instant of each of a customer's orders in one status."""
        rows = self._db.execute(
            "SELECT order_number, placed_at FROM orders"
            " WHERE customer_number = ? AND country_code = ? AND status = ?",
            (customer, country.upper(), status),
        ).fetchall()
        return [(str(row[0]), datetime.fromisoformat(str(row[1]))) for row in rows]

    def queue_event(self, event_id: str, order_number: str, body: str) -> None:
        """Queue a webhook event that belongs to no stored order (an order that could not be created)."""
        self._write(_QUEUE_EVENT, (event_id, order_number, body))

    def due_events(self, now: float, limit: int = 32) -> list[PendingEvent]:
        """Pending webhook events whose next attempt is due."""
        rows = self._db.execute(
            "SELECT id, event_id, body, attempts FROM events WHERE state = 'pending' AND next_attempt_at <= ?"
            " ORDER BY next_attempt_at, id LIMIT ?",
            (now, limit),
        ).fetchall()
        return [PendingEvent(int(row[0]), str(row[1]), str(row[2]), int(row[3])) for row in rows]

    def next_event_due(self) -> float | None:
        """When the earliest pending event is due (epoch seconds), or None."""
        row = self._db.execute("SELECT min(next_attempt_at) FROM events WHERE state = 'pending'").fetchone()
        return float(row[0]) if row and row[0] is not None else None

    def event_delivered(self, row_id: int, attempts: int) -> None:
        """Record a delivery the receiver acknowledged."""
        self._write("UPDATE events SET state = 'delivered', attempts = ? WHERE id = ?", (attempts, row_id))

    def event_failed(self, row_id: int, attempts: int, next_attempt_at: float | None, error: str) -> None:
        """Record a failed attempt: retry at `next_attempt_at`, or give up when it is None."""
        state = "pending" if next_attempt_at is not None else "failed"
        self._write(
            "UPDATE events SET state = ?, attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?",
            (state, attempts, next_attempt_at or 0.0, error[:500], row_id),
        )

    def event_states(self) -> dict[str, tuple[str, int]]:
        """Every event's state and attempt count, by event id (for tests and diagnostics)."""
        rows = self._db.execute("SELECT event_id, state, attempts FROM events").fetchall()
        return {str(row[0]): (str(row[1]), int(row[2])) for row in rows}


def _document_json(document: dict[str, Any]) -> str:
    """An order document as stored: compact UTF-8 JSON, so what cannot be read back (a lone surrogate,
    NaN) fails here, inside the order's savepoint, rather than on every later read. The stdlib encoder,
    not orjson (answers), because orjson writes NaN as null instead of refusing it."""
    return json.dumps(document, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def _stored(row: Sequence[Any]) -> StoredOrder:
    return StoredOrder(
        order_number=str(row[0]),
        customer_number=str(row[1]),
        country_code=str(row[2]),
        status=str(row[3]),
        placed=datetime.fromisoformat(str(row[4])),
        document=orjson.loads(row[5]),
    )
