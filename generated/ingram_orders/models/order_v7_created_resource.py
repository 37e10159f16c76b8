from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_v7_created_order import OrderV7CreatedOrder
    from ..models.order_v7_created_ship_to_info import OrderV7CreatedShipToInfo


T = TypeVar("T", bound="OrderV7CreatedResource")


@_attrs_define
class OrderV7CreatedResource:
    """The order created from your v7 request, or the lines it rejected.

    Attributes:
        bill_to_address_id (str | Unset): Ingram's id of your bill-to address, when the account has several.
        customer_order_number (str | Unset): Your purchase order number for the order (your reference, echoed back).
        order_split (bool | Unset): Whether the order was split into several Ingram orders (one per warehouse).
        orders (list[OrderV7CreatedOrder] | Unset): The Ingram orders (one per warehouse when the order is split).
        processed_partially (bool | Unset): Whether only some of the lines were accepted.
        purchase_order_total (float | Unset): Total of all the Ingram orders made from the request.
        ship_to_info (OrderV7CreatedShipToInfo | Unset): The address the order ships to.
    """

    bill_to_address_id: str | Unset = UNSET
    customer_order_number: str | Unset = UNSET
    order_split: bool | Unset = UNSET
    orders: list[OrderV7CreatedOrder] | Unset = UNSET
    processed_partially: bool | Unset = UNSET
    purchase_order_total: float | Unset = UNSET
    ship_to_info: OrderV7CreatedShipToInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bill_to_address_id = self.bill_to_address_id

        customer_order_number = self.customer_order_number

        order_split = self.order_split

        orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.orders, Unset):
            orders = []
            for orders_item_data in self.orders:
                orders_item = orders_item_data.to_dict()
                orders.append(orders_item)

        processed_partially = self.processed_partially

        purchase_order_total = self.purchase_order_total

        ship_to_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_to_info, Unset):
            ship_to_info = self.ship_to_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bill_to_address_id is not UNSET:
            field_dict["billToAddressId"] = bill_to_address_id
        if customer_order_number is not UNSET:
            field_dict["customerOrderNumber"] = customer_order_number
        if order_split is not UNSET:
            field_dict["orderSplit"] = order_split
        if orders is not UNSET:
            field_dict["orders"] = orders
        if processed_partially is not UNSET:
            field_dict["processedPartially"] = processed_partially
        if purchase_order_total is not UNSET:
            field_dict["purchaseOrderTotal"] = purchase_order_total
        if ship_to_info is not UNSET:
            field_dict["shipToInfo"] = ship_to_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_v7_created_order import OrderV7CreatedOrder
        from ..models.order_v7_created_ship_to_info import OrderV7CreatedShipToInfo

        d = dict(src_dict)
        bill_to_address_id = d.pop("billToAddressId", UNSET)

        customer_order_number = d.pop("customerOrderNumber", UNSET)

        order_split = d.pop("orderSplit", UNSET)

        _orders = d.pop("orders", UNSET)
        orders: list[OrderV7CreatedOrder] | Unset = UNSET
        if _orders is not UNSET:
            orders = []
            for orders_item_data in _orders:
                orders_item = OrderV7CreatedOrder.from_dict(orders_item_data)

                orders.append(orders_item)

        processed_partially = d.pop("processedPartially", UNSET)

        purchase_order_total = d.pop("purchaseOrderTotal", UNSET)

        _ship_to_info = d.pop("shipToInfo", UNSET)
        ship_to_info: OrderV7CreatedShipToInfo | Unset
        if isinstance(_ship_to_info, Unset):
            ship_to_info = UNSET
        else:
            ship_to_info = OrderV7CreatedShipToInfo.from_dict(_ship_to_info)

        order_v7_created_resource = cls(
            bill_to_address_id=bill_to_address_id,
            customer_order_number=customer_order_number,
            order_split=order_split,
            orders=orders,
            processed_partially=processed_partially,
            purchase_order_total=purchase_order_total,
            ship_to_info=ship_to_info,
        )

        order_v7_created_resource.additional_properties = d
        return order_v7_created_resource

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
