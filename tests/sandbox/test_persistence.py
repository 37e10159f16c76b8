"""Concurrency and durability: the sandbox as a subprocess (`ingram-contract sandbox`), so it can be killed.

- 32 parallel clients create 1,000 orders: 1,000 distinct orders come back and search finds exactly them.
- Every acknowledged order survives a graceful restart and a `kill -9` in the middle of a write storm.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from ingram_contract import facts
from ingram_contract.sandbox.server import free_port

from .conftest import SandboxProcess

pytestmark = pytest.mark.slow


def token(origin: str) -> str:
    response = httpx.post(
        f"{origin}{facts.TOKEN_PATH}",
        data={
            "grant_type": "client_credentials",
            "client_id": facts.LOCAL_SANDBOX_CLIENT_ID,
            "client_secret": facts.LOCAL_SANDBOX_CLIENT_SECRET,
        },
        trust_env=False,
    )
    assert response.status_code == 200
    return str(response.json()["access_token"])


def headers(bearer: str, customer: str, correlation: str) -> dict[str, str]:
    return {
        "Authorization": f"Bearer {bearer}",
        facts.HEADER_CUSTOMER_NUMBER: customer,
        facts.HEADER_COUNTRY_CODE: "US",
        facts.HEADER_CORRELATION_ID: correlation,
    }


def create(http: httpx.Client, bearer: str, customer: str, index: int) -> str:
    body = {
        "customerOrderNumber": f"PO-{index:05d}",
        "lines": [{"customerLineNumber": "001", "ingramPartNumber": facts.SKU_IN_STOCK, "quantity": 1}],
    }
    response = http.post(
        "/sandbox/resellers/v6/orders", json=body, headers=headers(bearer, customer, f"c-{index}")
    )
    assert response.status_code == 201, response.text
    assert response.json()["customerOrderNumber"] == f"PO-{index:05d}"
    return str(response.json()["orders"][0]["ingramOrderNumber"])


def all_orders(origin: str, bearer: str, customer: str) -> list[str]:
    """Every order number search lists for a customer, page by page (100 a page)."""
    numbers: list[str] = []
    with httpx.Client(base_url=origin, trust_env=False, timeout=30) as http:
        page = 1
        while True:
            response = http.get(
                "/sandbox/resellers/v6/orders/search",
                params={"pageSize": 100, "pageNumber": page},
                headers=headers(bearer, customer, f"search-{page}"),
            )
            if response.status_code == 204:
                return numbers
            assert response.status_code == 200, response.text
            numbers.extend(order["ingramOrderNumber"] for order in response.json()["orders"])
            page += 1


@pytest.fixture
def sandbox_process(tmp_path: Path) -> Iterator[SandboxProcess]:
    process = SandboxProcess(tmp_path / "durable.db", free_port())
    yield process
    process.stop()


def test_32_parallel_clients_create_1000_distinct_orders(sandbox_process: SandboxProcess) -> None:
    sandbox_process.start()
    bearer = token(sandbox_process.origin)
    customer = "40-444444"

    def worker(indices: range) -> list[str]:
        with httpx.Client(base_url=sandbox_process.origin, trust_env=False, timeout=30) as http:
            return [create(http, bearer, customer, index) for index in indices]

    with ThreadPoolExecutor(max_workers=32) as pool:
        slices = pool.map(worker, [range(start, 1000, 32) for start in range(32)])
        numbers = [number for chunk in slices for number in chunk]
    assert len(numbers) == 1000
    assert len(set(numbers)) == 1000, "an order number was handed out twice"
    listed = all_orders(sandbox_process.origin, bearer, customer)
    assert len(listed) == 1000, "search must list each order exactly once"
    assert set(listed) == set(numbers)


def test_acknowledged_orders_survive_restart_and_kill_9(sandbox_process: SandboxProcess) -> None:
    sandbox_process.start()
    customer = "50-555555"
    bearer = token(sandbox_process.origin)
    with httpx.Client(base_url=sandbox_process.origin, trust_env=False, timeout=30) as http:
        before_restart = {create(http, bearer, customer, index) for index in range(20)}
    sandbox_process.stop()
    sandbox_process.start()
    bearer = token(sandbox_process.origin)
    assert set(all_orders(sandbox_process.origin, bearer, customer)) == before_restart

    acknowledged: set[str] = set()
    lock = threading.Lock()
    enough = threading.Event()
    killed = threading.Event()

    def storm(worker: int) -> None:
        with httpx.Client(base_url=sandbox_process.origin, trust_env=False, timeout=10) as http:
            index = 0
            while not killed.is_set():
                index += 1
                try:
                    number = create(http, bearer, customer, 10_000 + worker * 1000 + index)
                except (httpx.TransportError, AssertionError):
                    if killed.is_set():
                        return
                    raise
                with lock:
                    acknowledged.add(number)
                    if len(acknowledged) >= 300:
                        enough.set()

    with ThreadPoolExecutor(max_workers=16) as pool:
        futures = [pool.submit(storm, worker) for worker in range(16)]
        assert enough.wait(timeout=60), "the storm never reached 300 acknowledged orders"
        killed.set()
        sandbox_process.kill()
        errors: list[Any] = [future.exception() for future in futures]
    assert not [error for error in errors if error is not None]
    with lock:
        acknowledged_before_kill = set(acknowledged)

    sandbox_process.start()
    bearer = token(sandbox_process.origin)
    survived = all_orders(sandbox_process.origin, bearer, customer)
    assert len(survived) == len(set(survived))
    missing = (acknowledged_before_kill | before_restart) - set(survived)
    assert not missing, f"{len(missing)} acknowledged orders were lost by kill -9"
    with httpx.Client(base_url=sandbox_process.origin, trust_env=False, timeout=10) as http:
        sample = sorted(acknowledged_before_kill)[:5]
        for number in sample:
            response = http.get(
                f"/resellers/v6.1/orders/{number}", headers=headers(bearer, customer, "after-kill")
            )
            assert response.status_code == 200
            assert response.json()["ingramOrderNumber"] == number
