"""All orders of a search, page after page, fetched lazily (one request per page, when it is reached)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any, Final

from ingram_orders import AuthenticatedClient
from ingram_orders.api.orders import get_resellers_v6_ordersearch as order_search
from ingram_orders.models import OrderSearchOrder, OrderSearchResponse
from ingram_orders.types import Response, Unset

from ingram_contract import facts
from ingram_contract.runtime.account import Account, new_correlation_id
from ingram_contract.runtime.errors import IngramAPIError, decode_body

MAX_PAGE_SIZE: Final = facts.MAX_PAGE_SIZE


def _check_page_size(page_size: int) -> None:
    if not 1 <= page_size <= MAX_PAGE_SIZE:
        raise ValueError(f"page_size must be between 1 and {MAX_PAGE_SIZE}, got {page_size}")


def _page_or_none(response: Response[Any], correlation_id: str) -> OrderSearchResponse | None:
    """The parsed page, None when the search has no (more) results, or `IngramAPIError`."""
    if response.status_code == 204:
        return None
    if response.status_code != 200 or not isinstance(response.parsed, OrderSearchResponse):
        raise IngramAPIError(
            int(response.status_code),
            decode_body(response.content),
            correlation_id=correlation_id,
            method="GET",
            url="(order search)",
        )
    return response.parsed


def _is_last(page: OrderSearchResponse, page_number: int, page_size: int) -> bool:
    orders = [] if isinstance(page.orders, Unset) else page.orders
    if len(orders) < page_size:
        return True
    # The vendor reports recordsFound; trusting it saves the request for an empty page after the last.
    return not isinstance(page.records_found, Unset) and page_number * page_size >= page.records_found


def iter_order_pages(
    client: AuthenticatedClient,
    account: Account,
    *,
    page_size: int = MAX_PAGE_SIZE,
    first_page: int = 1,
    **filters: Any,
) -> Iterator[OrderSearchResponse]:
    """Each page of an order search (`filters` are the generated search operation's keyword arguments)."""
    _check_page_size(page_size)
    page_number = first_page
    while True:
        correlation_id = new_correlation_id()
        response = order_search.sync_detailed(
            client=client,
            page_size=page_size,
            page_number=page_number,
            **account.kwargs(correlation_id),
            **filters,
        )
        page = _page_or_none(response, correlation_id)
        if page is None:
            return
        yield page
        if _is_last(page, page_number, page_size):
            return
        page_number += 1


def iter_orders(
    client: AuthenticatedClient,
    account: Account,
    *,
    page_size: int = MAX_PAGE_SIZE,
    **filters: Any,
) -> Iterator[OrderSearchOrder]:
    """Every order an order search finds, across pages: `for order in iter_orders(client, account): ...`."""
    for page in iter_order_pages(client, account, page_size=page_size, **filters):
        if not isinstance(page.orders, Unset):
            yield from page.orders


async def aiter_order_pages(
    client: AuthenticatedClient,
    account: Account,
    *,
    page_size: int = MAX_PAGE_SIZE,
    first_page: int = 1,
    **filters: Any,
) -> AsyncIterator[OrderSearchResponse]:
    """`iter_order_pages` for the async API."""
    _check_page_size(page_size)
    page_number = first_page
    while True:
        correlation_id = new_correlation_id()
        response = await order_search.asyncio_detailed(
            client=client,
            page_size=page_size,
            page_number=page_number,
            **account.kwargs(correlation_id),
            **filters,
        )
        page = _page_or_none(response, correlation_id)
        if page is None:
            return
        yield page
        if _is_last(page, page_number, page_size):
            return
        page_number += 1


async def aiter_orders(
    client: AuthenticatedClient,
    account: Account,
    *,
    page_size: int = MAX_PAGE_SIZE,
    **filters: Any,
) -> AsyncIterator[OrderSearchOrder]:
    """`iter_orders` for the async API: `async for order in aiter_orders(client, account): ...`."""
    async for page in aiter_order_pages(client, account, page_size=page_size, **filters):
        if not isinstance(page.orders, Unset):
            for order in page.orders:
                yield order
