"""Iterating every order of a search across pages, lazily, sync and async."""

from __future__ import annotations

import itertools

import pytest
from ingram_orders import AuthenticatedClient

from ingram_contract import facts
from ingram_contract.runtime.account import Account
from ingram_contract.runtime.connection import connect
from ingram_contract.runtime.errors import IngramAPIError
from ingram_contract.runtime.pagination import aiter_orders, iter_order_pages, iter_orders

from .conftest import BASE_URL, CANARY_SECRET, CLIENT_ID, FakeIngram, Waits, run

ACCOUNT = Account.sandbox()


def connected(fake: FakeIngram, waits: Waits) -> AuthenticatedClient:
    return connect(
        BASE_URL,
        client_id=CLIENT_ID,
        client_secret=CANARY_SECRET,
        transport=fake.transport(),
        async_transport=fake.async_transport(),
        retry=waits.policy(attempts=1),
        environ={},
    )


def search_pages(fake: FakeIngram) -> list[tuple[str, str]]:
    return [(r.url.params["pageNumber"], r.url.params["pageSize"]) for r in fake.api_requests]


def test_all_orders_across_pages_of_100(fake: FakeIngram, waits: Waits) -> None:
    numbers = [order.ingram_order_number for order in iter_orders(connected(fake, waits), ACCOUNT)]
    assert numbers == [order["ingramOrderNumber"] for order in fake.orders]
    assert search_pages(fake) == [("1", "100"), ("2", "100"), ("3", "100")]


def test_records_found_saves_the_request_for_an_empty_page(fake: FakeIngram, waits: Waits) -> None:
    fake.orders = fake.orders[:200]
    assert len(list(iter_orders(connected(fake, waits), ACCOUNT))) == 200
    assert search_pages(fake) == [("1", "100"), ("2", "100")]


def test_without_records_found_the_empty_page_ends_the_search(fake: FakeIngram, waits: Waits) -> None:
    fake.orders = fake.orders[:200]
    fake.report_records_found = False
    assert len(list(iter_orders(connected(fake, waits), ACCOUNT, page_size=50))) == 200
    assert [page for page, _ in search_pages(fake)] == ["1", "2", "3", "4", "5"]


def test_pages_are_fetched_only_when_reached(fake: FakeIngram, waits: Waits) -> None:
    first_five = list(itertools.islice(iter_orders(connected(fake, waits), ACCOUNT, page_size=10), 5))
    assert len(first_five) == 5
    assert search_pages(fake) == [("1", "10")]


def test_every_page_request_has_its_own_correlation_id(fake: FakeIngram, waits: Waits) -> None:
    list(iter_orders(connected(fake, waits), ACCOUNT, page_size=25))
    ids = [r.headers[facts.HEADER_CORRELATION_ID] for r in fake.api_requests]
    assert len(ids) == 10
    assert len(set(ids)) == 10


def test_filters_are_passed_to_every_page(fake: FakeIngram, waits: Waits) -> None:
    pages = list(iter_order_pages(connected(fake, waits), ACCOUNT, customer_order_number="PO-7"))
    assert len(pages) == 3
    assert {r.url.params["customerOrderNumber"] for r in fake.api_requests} == {"PO-7"}


def test_no_results_is_an_empty_iteration(fake: FakeIngram, waits: Waits) -> None:
    fake.orders = []
    assert list(iter_orders(connected(fake, waits), ACCOUNT)) == []
    assert len(fake.api_requests) == 1


@pytest.mark.parametrize("page_size", [0, 101])
def test_page_size_is_at_most_100(fake: FakeIngram, waits: Waits, page_size: int) -> None:
    with pytest.raises(ValueError, match="page_size"):
        next(iter_orders(connected(fake, waits), ACCOUNT, page_size=page_size))


def test_a_failing_page_raises_with_its_correlation_id(fake: FakeIngram, waits: Waits) -> None:
    orders = iter_orders(connected(fake, waits), ACCOUNT)
    assert len(list(itertools.islice(orders, 100))) == 100
    fake.failures = [(500, {})]
    with pytest.raises(IngramAPIError) as caught:
        next(orders)
    assert caught.value.status_code == 500
    assert caught.value.correlation_id == fake.api_requests[-1].headers[facts.HEADER_CORRELATION_ID]


def test_async_iteration_matches_sync(fake: FakeIngram, waits: Waits) -> None:
    async def body() -> list[str]:
        client = connected(fake, waits)
        return [str(order.ingram_order_number) async for order in aiter_orders(client, ACCOUNT)]

    assert run(body) == [order["ingramOrderNumber"] for order in fake.orders]
    assert fake.token_requests == 1
