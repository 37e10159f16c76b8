"""The database schema: search terms in the order's row, and a version-1 database upgraded in place."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from ingram_contract import facts
from ingram_contract.sandbox import schema
from ingram_contract.sandbox.orders import states
from ingram_contract.sandbox.orders.rules import new_order
from ingram_contract.sandbox.store import NewOrder, SearchFilters, Store

ACCOUNT = (facts.DEFAULT_CUSTOMER_NUMBER, facts.DEFAULT_COUNTRY_CODE)
DOCUMENT = new_order(
    {
        "customerOrderNumber": "PO-SCHEMA",
        "lines": [{"customerLineNumber": "001", "ingramPartNumber": facts.SKU_IN_STOCK, "quantity": 1}],
    },
    "v6",
)

# What version 1 created (the columns and the terms table as they were), to upgrade from.
VERSION_1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY, order_number TEXT NOT NULL UNIQUE, customer_number TEXT NOT NULL,
    country_code TEXT NOT NULL, customer_order_number TEXT NOT NULL,
    end_customer_order_number TEXT NOT NULL, status TEXT NOT NULL, placed_at TEXT NOT NULL,
    order_date TEXT NOT NULL, ship_date TEXT, delivery_date TEXT, invoice_date TEXT, document TEXT NOT NULL
);
CREATE TABLE order_terms (
    order_id INTEGER NOT NULL REFERENCES orders (id), kind TEXT NOT NULL, value TEXT NOT NULL,
    PRIMARY KEY (kind, value, order_id)
) WITHOUT ROWID;
CREATE TABLE events (
    id INTEGER PRIMARY KEY, event_id TEXT NOT NULL UNIQUE, order_number TEXT NOT NULL, body TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at REAL NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending', last_error TEXT
);
INSERT INTO meta VALUES ('seeded', '2026-11-01T00:00:00+00:00'), ('schema', '1');
"""


def by_part(store: Store, part: str) -> list[str]:
    _, orders = store.search(*ACCOUNT, SearchFilters(terms=(("ingramPartNumber", part),)), 25, 1)
    return [order.order_number for order in orders]


def test_a_version_1_database_is_upgraded_and_its_orders_stay_searchable(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    old = sqlite3.connect(path)
    old.executescript(VERSION_1)
    old.execute(
        "INSERT INTO orders VALUES (1, '20-OLD01', ?, ?, 'PO-SCHEMA', '', ?, ?, '2026-11-01', NULL, NULL,"
        " NULL, ?)",
        (*ACCOUNT, states.PROCESSING, "2026-11-01T10:00:00+00:00", json.dumps(DOCUMENT)),
    )
    old.execute("INSERT INTO order_terms VALUES (1, 'ingramPartNumber', ?)", (facts.SKU_IN_STOCK,))
    old.commit()
    old.close()

    store = Store(path)
    try:
        assert by_part(store, facts.SKU_IN_STOCK) == ["20-OLD01"]
        assert by_part(store, facts.SKU_NO_STOCK) == []
        tables = {row[0] for row in store._db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "order_terms" not in tables
        assert store._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone() == ("2",)
    finally:
        store.close()
    Store(path).close()  # opening an upgraded database again changes nothing


def test_a_filter_value_matches_one_whole_term_only(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    try:
        now = datetime.now(UTC)
        [number] = store.create_orders([NewOrder(*ACCOUNT, states.PROCESSING, now, DOCUMENT)])
        assert by_part(store, facts.SKU_IN_STOCK) == [number]
        assert by_part(store, facts.SKU_IN_STOCK[:-1]) == []  # a prefix is not the term
        # A value carrying the separator cannot reach across into the next term.
        reaching = f"{facts.SKU_IN_STOCK}\x1fvendorName=SANDBOX TEST VENDOR"
        assert by_part(store, reaching) == []
        assert schema.term_token("ingramPartNumber", reaching) is None
    finally:
        store.close()


def test_terms_text_is_what_the_term_filter_finds() -> None:
    text = schema.terms_text({("vendorName", "ACME"), ("ingramPartNumber", "X1"), ("serialNumber", "a\x1fb")})
    assert text == "\x1fingramPartNumber=X1\x1fvendorName=ACME\x1f"
    token = schema.term_token("vendorName", "ACME")
    assert token is not None
    assert token in text
    assert schema.term_token("vendorName", "ACM") not in text
    assert schema.terms_text([]) == ""
