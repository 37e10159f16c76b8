from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_search_link import OrderSearchLink
    from ..models.order_search_sub_order import OrderSearchSubOrder


T = TypeVar("T", bound="OrderSearchOrder")


@_attrs_define
class OrderSearchOrder:
    """
    Attributes:
        customer_order_number (str | Unset): Your purchase order number for the order (your reference, echoed back).
        end_user_company_name (str | Unset): Company name of the end user.
        ingram_order_date (str | Unset): When Ingram received the order.
        ingram_order_number (str | Unset): Ingram's order number (e.g. 20-RD128), the key for details, modify and
            cancel.
        links (OrderSearchLink | Unset): Related resources of the order (its details) to fetch next.
        order_status (str | Unset): Status of the order (e.g. On Hold, Processing, Shipped, Cancelled).
        order_total (float | Unset): Total amount of the order.
        sub_orders (list[OrderSearchSubOrder] | Unset): The sub-orders of the order (one per warehouse or shipment).
        vendor_name (str | Unset): Name of the vendor (manufacturer).
        vendor_sales_order_number (str | Unset): The vendor's own order number, for orders the vendor fulfils.
    """

    customer_order_number: str | Unset = UNSET
    end_user_company_name: str | Unset = UNSET
    ingram_order_date: str | Unset = UNSET
    ingram_order_number: str | Unset = UNSET
    links: OrderSearchLink | Unset = UNSET
    order_status: str | Unset = UNSET
    order_total: float | Unset = UNSET
    sub_orders: list[OrderSearchSubOrder] | Unset = UNSET
    vendor_name: str | Unset = UNSET
    vendor_sales_order_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_order_number = self.customer_order_number

        end_user_company_name = self.end_user_company_name

        ingram_order_date = self.ingram_order_date

        ingram_order_number = self.ingram_order_number

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        order_status = self.order_status

        order_total = self.order_total

        sub_orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_orders, Unset):
            sub_orders = []
            for sub_orders_item_data in self.sub_orders:
                sub_orders_item = sub_orders_item_data.to_dict()
                sub_orders.append(sub_orders_item)

        vendor_name = self.vendor_name

        vendor_sales_order_number = self.vendor_sales_order_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_order_number is not UNSET:
            field_dict["customerOrderNumber"] = customer_order_number
        if end_user_company_name is not UNSET:
            field_dict["endUserCompanyName"] = end_user_company_name
        if ingram_order_date is not UNSET:
            field_dict["ingramOrderDate"] = ingram_order_date
        if ingram_order_number is not UNSET:
            field_dict["ingramOrderNumber"] = ingram_order_number
        if links is not UNSET:
            field_dict["links"] = links
        if order_status is not UNSET:
            field_dict["orderStatus"] = order_status
        if order_total is not UNSET:
            field_dict["orderTotal"] = order_total
        if sub_orders is not UNSET:
            field_dict["subOrders"] = sub_orders
        if vendor_name is not UNSET:
            field_dict["vendorName"] = vendor_name
        if vendor_sales_order_number is not UNSET:
            field_dict["vendorSalesOrderNumber"] = vendor_sales_order_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_search_link import OrderSearchLink
        from ..models.order_search_sub_order import OrderSearchSubOrder

        d = dict(src_dict)
        customer_order_number = d.pop("customerOrderNumber", UNSET)

        end_user_company_name = d.pop("endUserCompanyName", UNSET)

        ingram_order_date = d.pop("ingramOrderDate", UNSET)

        ingram_order_number = d.pop("ingramOrderNumber", UNSET)

        _links = d.pop("links", UNSET)
        links: OrderSearchLink | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = OrderSearchLink.from_dict(_links)

        order_status = d.pop("orderStatus", UNSET)

        order_total = d.pop("orderTotal", UNSET)

        _sub_orders = d.pop("subOrders", UNSET)
        sub_orders: list[OrderSearchSubOrder] | Unset = UNSET
        if _sub_orders is not UNSET:
            sub_orders = []
            for sub_orders_item_data in _sub_orders:
                sub_orders_item = OrderSearchSubOrder.from_dict(sub_orders_item_data)

                sub_orders.append(sub_orders_item)

        vendor_name = d.pop("vendorName", UNSET)

        vendor_sales_order_number = d.pop("vendorSalesOrderNumber", UNSET)

        order_search_order = cls(
            customer_order_number=customer_order_number,
            end_user_company_name=end_user_company_name,
            ingram_order_date=ingram_order_date,
            ingram_order_number=ingram_order_number,
            links=links,
            order_status=order_status,
            order_total=order_total,
            sub_orders=sub_orders,
            vendor_name=vendor_name,
            vendor_sales_order_number=vendor_sales_order_number,
        )

        order_search_order.additional_properties = d
        return order_search_order

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
