"""Every order operation as one typed call: the success model comes back, anything else raises.

`Orders(client, account).details("20-RD128")` is an `OrderDetailB2B`, never a union with the error
models, so code written against it type-checks without narrowing. The generated operations are still
what runs (`sync_detailed` / `asyncio_detailed`); this module only adds the IM headers, a correlation id
per call, and the rule that a status other than the operation's success statuses raises
`IngramAPIError` (also when the client was connected with `raise_on_error=False`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any, Generic, NoReturn, TypeVar, cast

import attrs
from ingram_orders import AuthenticatedClient
from ingram_orders.api.orders import (
    delete_ordercancel,
    get_orderdetails_v6_1,
    get_resellers_v6_ordersearch,
    post_createorder_v6,
    post_createorder_v7,
    put_ordermodify,
    vendor_required_info,
)
from ingram_orders.models import (
    GetOrderdetailsV61SimulateStatus,
    OrderCreateAdditionalAttribute,
    OrderCreateRequest,
    OrderCreateResponse,
    OrderCreateV7Request,
    OrderCreateV7Response201,
    OrderDetailB2B,
    OrderModifyRequest,
    OrderModifyResponse,
    OrderSearchOrder,
    OrderSearchResponse,
    OrderV7AdditionalAttribute,
    VendorRequiredInfoItem,
    VendorRequiredInfoRequest,
)
from ingram_orders.types import Response, Unset

from ingram_contract import facts
from ingram_contract.runtime.account import Account, new_correlation_id
from ingram_contract.runtime.errors import ConfigurationError, IngramAPIError, decode_body
from ingram_contract.runtime.pagination import MAX_PAGE_SIZE, aiter_orders, iter_orders

T = TypeVar("T")

_RELEASE_ACTION = "release"


@attrs.frozen
class _Call(Generic[T]):
    """One prepared call: the generated operation, its arguments, and what a success looks like."""

    operation: Any
    arguments: dict[str, Any]
    label: str
    statuses: frozenset[int]
    model: type[Any] | None
    correlation_id: str

    def result(self, response: Response[Any]) -> T:
        """The parsed success model (None for the operations that answer no body), or `IngramAPIError`."""
        parsed = response.parsed
        if int(response.status_code) in self.statuses and (
            self.model is None or isinstance(parsed, self.model)
        ):
            return cast(T, None if self.model is None else parsed)
        self.fail(response)

    def fail(self, response: Response[Any]) -> NoReturn:
        """Raise the error for an answer that is not this operation's success."""
        method, _, url = self.label.partition(" ")
        raise IngramAPIError(
            int(response.status_code),
            decode_body(response.content),
            correlation_id=self.correlation_id,
            method=method,
            url=url,
        )


def _given(**arguments: Any) -> dict[str, Any]:
    """The optional arguments that were given (None means: leave the parameter out)."""
    return {name: value for name, value in arguments.items() if value is not None}


def order_numbers(created: OrderCreateResponse) -> list[str]:
    """The Ingram order numbers a v6 create placed (one per warehouse when the order was split)."""
    orders = [] if isinstance(created.orders, Unset) else created.orders
    return [order.ingram_order_number for order in orders if isinstance(order.ingram_order_number, str)]


def _hold_v6(body: OrderCreateRequest) -> OrderCreateRequest:
    kept = [] if isinstance(body.additional_attributes, Unset) else list(body.additional_attributes)
    hold = OrderCreateAdditionalAttribute(
        attribute_name=facts.CUSTOMER_HOLD_ATTRIBUTE, attribute_value="true"
    )
    copy = attrs.evolve(body, additional_attributes=[*kept, hold])
    copy.additional_properties = dict(body.additional_properties)
    return copy


def _hold_v7(body: OrderCreateV7Request) -> OrderCreateV7Request:
    present = body.additional_attributes
    kept = [] if present is None or isinstance(present, Unset) else list(present)
    hold = OrderV7AdditionalAttribute(attribute_name=facts.CUSTOMER_HOLD_ATTRIBUTE, attribute_value="true")
    copy = attrs.evolve(body, additional_attributes=[*kept, hold])
    copy.additional_properties = dict(body.additional_properties)
    return copy


class _OrderCalls:
    """The calls both flavours make; `Orders` runs them blocking, `AsyncOrders` awaits them."""

    def __init__(self, client: AuthenticatedClient, account: Account) -> None:
        self.client = client
        self.account = account

    def _call(
        self,
        operation: Any,
        label: str,
        statuses: tuple[int, ...],
        model: type[Any] | None,
        correlation_id: str | None,
        **arguments: Any,
    ) -> _Call[Any]:
        cid = correlation_id or new_correlation_id()
        arguments = {"client": self.client, **self.account.kwargs(cid), **arguments}
        return _Call(operation, arguments, label, frozenset(statuses), model, cid)

    def _create(
        self, body: OrderCreateRequest, customer_hold: bool, correlation_id: str | None
    ) -> _Call[OrderCreateResponse]:
        body = _hold_v6(body) if customer_hold else body
        # 207: some lines were rejected; the answer has the same shape and lists them per order.
        return self._call(
            post_createorder_v6, "POST /resellers/v6/orders", (201, 207), OrderCreateResponse,
            correlation_id, body=body,
        )  # fmt: skip

    def _details(
        self,
        number: str,
        simulate_status: GetOrderdetailsV61SimulateStatus | str | None,
        correlation_id: str | None,
    ) -> _Call[OrderDetailB2B]:
        simulate = None if simulate_status is None else GetOrderdetailsV61SimulateStatus(simulate_status)
        return self._call(
            get_orderdetails_v6_1, f"GET /resellers/v6.1/orders/{number}", (200,), OrderDetailB2B,
            correlation_id, ordernumber=number, **_given(simulate_status=simulate),
        )  # fmt: skip

    def _search(self, filters: dict[str, Any], correlation_id: str | None) -> _Call[OrderSearchResponse]:
        return self._call(
            get_resellers_v6_ordersearch, "GET /resellers/v6/orders/search", (200,), OrderSearchResponse,
            correlation_id, **filters,
        )  # fmt: skip

    def _modify(
        self, number: str, body: OrderModifyRequest, correlation_id: str | None
    ) -> _Call[OrderModifyResponse]:
        return self._call(
            put_ordermodify, f"PUT /resellers/v6/orders/{number}", (200, 201, 207), OrderModifyResponse,
            correlation_id, order_number=number, body=body,
        )  # fmt: skip

    def _release(self, number: str, correlation_id: str | None) -> _Call[None]:
        # The vendor answers a release with 200 and a `null` body: nothing to return.
        return self._call(
            put_ordermodify, f"PUT /resellers/v6/orders/{number}", (200,), None, correlation_id,
            order_number=number, body=OrderModifyRequest(), action_code=_RELEASE_ACTION,
        )  # fmt: skip

    def _cancel(self, number: str, correlation_id: str | None) -> _Call[None]:
        return self._call(
            delete_ordercancel, f"DELETE /resellers/v6/orders/{number}", (200,), None, correlation_id,
            order_number=number,
        )  # fmt: skip

    def _create_v7(
        self, body: OrderCreateV7Request, customer_hold: bool, correlation_id: str | None
    ) -> _Call[OrderCreateV7Response201]:
        body = _hold_v7(body) if customer_hold else body
        # The v7 answer is only the confirmation (the contract's name for it ends in 201; it comes as 200).
        return self._call(
            post_createorder_v7, "POST /resellers/v7/orders", (200,), OrderCreateV7Response201,
            correlation_id, body=body,
        )  # fmt: skip

    def _vendor_required_info(
        self, body: VendorRequiredInfoRequest, correlation_id: str | None
    ) -> _Call[list[VendorRequiredInfoItem]]:
        if self.account.sender_id is None:
            raise ConfigurationError("vendor-required-info needs an IM-SenderID: Account(..., sender_id=...)")
        return self._call(
            vendor_required_info, "POST /resellers/v7/vendorrequiredinfo", (200,), list, correlation_id,
            body=body,
        )  # fmt: skip


def _search_page(call: _Call[OrderSearchResponse], response: Response[Any]) -> OrderSearchResponse:
    """The page, or an empty one for the API's 204 (the search found nothing)."""
    if int(response.status_code) == 204:
        return OrderSearchResponse(records_found=0, orders=[])
    return call.result(response)


class Orders(_OrderCalls):
    """The order operations, blocking: `Orders(connect("sandbox"), Account.from_env())`.

    Every method takes `correlation_id=` to send a chosen `IM-CorrelationID` (a fresh one otherwise)
    and raises `IngramAPIError` when the API answers anything but the operation's success.
    """

    @staticmethod
    def _run(call: _Call[T]) -> T:
        return call.result(call.operation.sync_detailed(**call.arguments))

    def create(
        self, body: OrderCreateRequest, *, customer_hold: bool = False, correlation_id: str | None = None
    ) -> OrderCreateResponse:
        """v6 create (synchronous); `customer_hold=True` keeps the order on hold until `release`."""
        return self._run(self._create(body, customer_hold, correlation_id))

    def details(
        self,
        number: str,
        *,
        simulate_status: GetOrderdetailsV61SimulateStatus | str | None = None,
        correlation_id: str | None = None,
    ) -> OrderDetailB2B:
        """v6.1 details of one order; `simulate_status` (sandbox only) e.g. `"IM::SHIPPED"`."""
        return self._run(self._details(number, simulate_status, correlation_id))

    def search(self, *, correlation_id: str | None = None, **filters: Any) -> OrderSearchResponse:
        """One page of a v6 order search (`filters`: the generated search operation's keyword arguments).

        A search that finds nothing (the API's 204) is an empty page, not an error.
        """
        call = self._search(filters, correlation_id)
        return _search_page(call, call.operation.sync_detailed(**call.arguments))

    def iter(self, *, page_size: int = MAX_PAGE_SIZE, **filters: Any) -> Iterator[OrderSearchOrder]:
        """Every order a search finds, page after page as you iterate."""
        return iter_orders(self.client, self.account, page_size=page_size, **filters)

    def modify(
        self, number: str, body: OrderModifyRequest, *, correlation_id: str | None = None
    ) -> OrderModifyResponse:
        """v6 modify of an order still on customer hold (lines, ship-to, notes)."""
        return self._run(self._modify(number, body, correlation_id))

    def release(self, number: str, *, correlation_id: str | None = None) -> None:
        """Release an order from customer hold to the warehouse (v6 modify with `actionCode=release`)."""
        self._run(self._release(number, correlation_id))

    def cancel(self, number: str, *, correlation_id: str | None = None) -> None:
        """v6 cancel of an order not yet released to the warehouse."""
        self._run(self._cancel(number, correlation_id))

    def create_v7(
        self, body: OrderCreateV7Request, *, customer_hold: bool = False, correlation_id: str | None = None
    ) -> OrderCreateV7Response201:
        """v7 create (asynchronous): the confirmation now, the order itself later by webhook."""
        return self._run(self._create_v7(body, customer_hold, correlation_id))

    def vendor_required_info(
        self, body: VendorRequiredInfoRequest, *, correlation_id: str | None = None
    ) -> list[VendorRequiredInfoItem]:
        """What each vendor needs to know (attributes, choices) before a v7 order for the SKUs."""
        return self._run(self._vendor_required_info(body, correlation_id))


class AsyncOrders(_OrderCalls):
    """`Orders` for asyncio: the same methods, awaited (`iter` is an async iterator)."""

    @staticmethod
    async def _run(call: _Call[T]) -> T:
        return call.result(await call.operation.asyncio_detailed(**call.arguments))

    async def create(
        self, body: OrderCreateRequest, *, customer_hold: bool = False, correlation_id: str | None = None
    ) -> OrderCreateResponse:
        """See `Orders.create`."""
        return await self._run(self._create(body, customer_hold, correlation_id))

    async def details(
        self,
        number: str,
        *,
        simulate_status: GetOrderdetailsV61SimulateStatus | str | None = None,
        correlation_id: str | None = None,
    ) -> OrderDetailB2B:
        """See `Orders.details`."""
        return await self._run(self._details(number, simulate_status, correlation_id))

    async def search(self, *, correlation_id: str | None = None, **filters: Any) -> OrderSearchResponse:
        """See `Orders.search`."""
        call = self._search(filters, correlation_id)
        return _search_page(call, await call.operation.asyncio_detailed(**call.arguments))

    def iter(self, *, page_size: int = MAX_PAGE_SIZE, **filters: Any) -> AsyncIterator[OrderSearchOrder]:
        """See `Orders.iter`: `async for order in orders.iter(): ...`."""
        return aiter_orders(self.client, self.account, page_size=page_size, **filters)

    async def modify(
        self, number: str, body: OrderModifyRequest, *, correlation_id: str | None = None
    ) -> OrderModifyResponse:
        """See `Orders.modify`."""
        return await self._run(self._modify(number, body, correlation_id))

    async def release(self, number: str, *, correlation_id: str | None = None) -> None:
        """See `Orders.release`."""
        await self._run(self._release(number, correlation_id))

    async def cancel(self, number: str, *, correlation_id: str | None = None) -> None:
        """See `Orders.cancel`."""
        await self._run(self._cancel(number, correlation_id))

    async def create_v7(
        self, body: OrderCreateV7Request, *, customer_hold: bool = False, correlation_id: str | None = None
    ) -> OrderCreateV7Response201:
        """See `Orders.create_v7`."""
        return await self._run(self._create_v7(body, customer_hold, correlation_id))

    async def vendor_required_info(
        self, body: VendorRequiredInfoRequest, *, correlation_id: str | None = None
    ) -> list[VendorRequiredInfoItem]:
        """See `Orders.vendor_required_info`."""
        return await self._run(self._vendor_required_info(body, correlation_id))
