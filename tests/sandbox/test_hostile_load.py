"""Load and faults together: malformed creates mixed into a storm of good ones, against the sandbox as a
subprocess (`ingram-contract sandbox`, its own SQLite file), 32 connections at once.

Every good create is acknowledged (none failed by a bad neighbour in its group commit), no answer is a
5xx, and every acknowledged order reads back, before and after a restart on the same file.
"""

from __future__ import annotations

import asyncio
import json
import random
from collections import Counter
from pathlib import Path

import httpx
import pytest

from ingram_contract import facts
from ingram_contract.sandbox.server import free_port

from .conftest import SandboxProcess
from .test_persistence import all_orders, headers, token

pytestmark = pytest.mark.slow

GOOD = 300
CONNECTIONS = 32
LINE = {"customerLineNumber": "001", "ingramPartNumber": facts.SKU_IN_STOCK, "quantity": 1}
MALFORMED = [
    json.dumps({"customerOrderNumber": "PO-\ud83d", "lines": [LINE]}).encode(),
    json.dumps({"customerOrderNumber": "PO-N", "lines": [{**LINE, "notes": "\udc00"}]}).encode(),
    b'{"customerOrderNumber": "PO-Q", "lines": [{"ingramPartNumber": "TSXML3", "quantity": '
    + b"9" * 401
    + b"}]}",
    b'{"customerOrderNumber": "PO-D", "lines": [{"ingramPartNumber": "TSXML3", "quantity": '
    + b"9" * 5000
    + b"}]}",
    b'{"lines": ' + b"[" * 10_000 + b"]" * 10_000 + b"}",
    json.dumps({"customerOrderNumber": "PO-NAN", "lines": [{**LINE, "unitPrice": float("nan")}]}).encode(),
    b'{"customerOrderNumber": "A", "customerOrderNumber": "B", "lines": []}',
    b'{"customerOrderNumber": "\xff\xfe", "lines": []}',
    json.dumps({"customerOrderNumber": "PO-BIG", "lines": [LINE], "notes": "n" * (2 * 1024 * 1024)}).encode(),
    json.dumps({"customerOrderNumber": "PO-MANY", "lines": [LINE] * 5000}).encode(),
]


async def storm(origin: str, bearer: str) -> tuple[list[str], Counter[int], Counter[int]]:
    """Send GOOD good creates and the malformed ones, shuffled, over CONNECTIONS connections."""
    bodies = [
        (True, json.dumps({"customerOrderNumber": f"PO-{i:04d}", "lines": [LINE]}).encode())
        for i in range(GOOD)
    ]
    bodies += [(False, body) for body in MALFORMED]
    random.Random(7).shuffle(bodies)
    gate = asyncio.Semaphore(CONNECTIONS)
    limits = httpx.Limits(max_connections=CONNECTIONS, max_keepalive_connections=CONNECTIONS)
    acknowledged: list[str] = []
    good_statuses: Counter[int] = Counter()
    bad_statuses: Counter[int] = Counter()
    async with httpx.AsyncClient(base_url=origin, trust_env=False, timeout=60, limits=limits) as http:

        async def send(index: int, good: bool, body: bytes) -> None:
            sent = {
                **headers(bearer, facts.DEFAULT_CUSTOMER_NUMBER, f"storm-{index}"),
                "Content-Type": "application/json",
            }
            async with gate:
                response = await http.post("/sandbox/resellers/v6/orders", content=body, headers=sent)
            (good_statuses if good else bad_statuses)[response.status_code] += 1
            if response.status_code == 201:
                acknowledged.append(response.json()["orders"][0]["ingramOrderNumber"])

        await asyncio.gather(*(send(index, good, body) for index, (good, body) in enumerate(bodies)))
    return acknowledged, good_statuses, bad_statuses


def assert_every_order_reads_back(origin: str, bearer: str, numbers: list[str], *, details: bool) -> None:
    """Search lists every order once; with `details`, each one's details answer 200 as well."""
    with httpx.Client(base_url=origin, trust_env=False, timeout=30) as http:
        for number in numbers if details else ():
            response = http.get(
                f"/sandbox/resellers/v6.1/orders/{number}",
                headers=headers(bearer, facts.DEFAULT_CUSTOMER_NUMBER, "r"),
            )
            assert response.status_code == 200, f"{number}: {response.status_code} {response.text[:200]}"
    listed = all_orders(origin, bearer, facts.DEFAULT_CUSTOMER_NUMBER)
    assert set(numbers) <= set(listed)
    assert len(listed) == len(set(listed))


def test_malformed_creates_in_a_storm_fail_alone_and_nothing_is_lost(tmp_path: Path) -> None:
    process = SandboxProcess(tmp_path / "storm.db", free_port()).start()
    try:
        bearer = token(process.origin)
        acknowledged, good, bad = asyncio.run(storm(process.origin, bearer))
        assert good == Counter({201: GOOD}), good
        assert sum(bad.values()) == len(MALFORMED)
        assert all(400 <= status < 500 for status in bad), bad
        assert len(set(acknowledged)) == GOOD
        assert_every_order_reads_back(process.origin, bearer, acknowledged, details=True)
    finally:
        process.stop()
    restarted = SandboxProcess(tmp_path / "storm.db", free_port()).start()
    try:
        assert_every_order_reads_back(restarted.origin, token(restarted.origin), acknowledged, details=False)
    finally:
        restarted.stop()
