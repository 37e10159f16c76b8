from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_search_order import OrderSearchOrder


T = TypeVar("T", bound="OrderSearchResponse")


@_attrs_define
class OrderSearchResponse:
    """One page of an order search.

    Attributes:
        next_page (str | Unset): Link to the next page of results, when there is one.
        orders (list[OrderSearchOrder] | Unset): The Ingram orders (one per warehouse when the order is split).
        page_number (int | Unset): Number of this page (from 1).
        page_size (int | Unset): Number of orders per page.
        previous_page (str | Unset): Link to the previous page of results, when there is one.
        records_found (int | Unset): Total number of orders the search found, across all pages.
    """

    next_page: str | Unset = UNSET
    orders: list[OrderSearchOrder] | Unset = UNSET
    page_number: int | Unset = UNSET
    page_size: int | Unset = UNSET
    previous_page: str | Unset = UNSET
    records_found: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_page = self.next_page

        orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.orders, Unset):
            orders = []
            for orders_item_data in self.orders:
                orders_item = orders_item_data.to_dict()
                orders.append(orders_item)

        page_number = self.page_number

        page_size = self.page_size

        previous_page = self.previous_page

        records_found = self.records_found

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if next_page is not UNSET:
            field_dict["nextPage"] = next_page
        if orders is not UNSET:
            field_dict["orders"] = orders
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if previous_page is not UNSET:
            field_dict["previousPage"] = previous_page
        if records_found is not UNSET:
            field_dict["recordsFound"] = records_found

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_search_order import OrderSearchOrder

        d = dict(src_dict)
        next_page = d.pop("nextPage", UNSET)

        _orders = d.pop("orders", UNSET)
        orders: list[OrderSearchOrder] | Unset = UNSET
        if _orders is not UNSET:
            orders = []
            for orders_item_data in _orders:
                orders_item = OrderSearchOrder.from_dict(orders_item_data)

                orders.append(orders_item)

        page_number = d.pop("pageNumber", UNSET)

        page_size = d.pop("pageSize", UNSET)

        previous_page = d.pop("previousPage", UNSET)

        records_found = d.pop("recordsFound", UNSET)

        order_search_response = cls(
            next_page=next_page,
            orders=orders,
            page_number=page_number,
            page_size=page_size,
            previous_page=previous_page,
            records_found=records_found,
        )

        order_search_response.additional_properties = d
        return order_search_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
