from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_create_response_end_user_info import (
        OrderCreateResponseEndUserInfo,
    )
    from ..models.order_create_response_ship_to_info import (
        OrderCreateResponseShipToInfo,
    )
    from ..models.order_created_order import OrderCreatedOrder


T = TypeVar("T", bound="OrderCreateResponse")


@_attrs_define
class OrderCreateResponse:
    """The answer to a v6 create, with the Ingram orders it placed.

    Attributes:
        bill_to_address_id (str | Unset): Ingram's id of your bill-to address, when the account has several.
        customer_order_number (str | Unset): Your purchase order number for the order (your reference, echoed back).
        end_customer_order_number (str | Unset): The end customer's own purchase order number, for their reference.
        end_user_info (OrderCreateResponseEndUserInfo | Unset): The end user (the organisation that will use the
            products), for vendors that require it.
        order_split (bool | Unset): Whether the order was split into several Ingram orders (one per warehouse).
        orders (list[OrderCreatedOrder] | Unset): The Ingram orders (one per warehouse when the order is split).
        processed_partially (bool | Unset): Whether only some of the lines were accepted.
        purchase_order_total (float | Unset): Total of all the Ingram orders made from the request.
        ship_to_info (OrderCreateResponseShipToInfo | Unset): The address the order ships to.
        special_bid_number (str | Unset): Number of the special pricing (bid) the vendor granted; its prices apply.
    """

    bill_to_address_id: str | Unset = UNSET
    customer_order_number: str | Unset = UNSET
    end_customer_order_number: str | Unset = UNSET
    end_user_info: OrderCreateResponseEndUserInfo | Unset = UNSET
    order_split: bool | Unset = UNSET
    orders: list[OrderCreatedOrder] | Unset = UNSET
    processed_partially: bool | Unset = UNSET
    purchase_order_total: float | Unset = UNSET
    ship_to_info: OrderCreateResponseShipToInfo | Unset = UNSET
    special_bid_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bill_to_address_id = self.bill_to_address_id

        customer_order_number = self.customer_order_number

        end_customer_order_number = self.end_customer_order_number

        end_user_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end_user_info, Unset):
            end_user_info = self.end_user_info.to_dict()

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

        special_bid_number = self.special_bid_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bill_to_address_id is not UNSET:
            field_dict["billToAddressId"] = bill_to_address_id
        if customer_order_number is not UNSET:
            field_dict["customerOrderNumber"] = customer_order_number
        if end_customer_order_number is not UNSET:
            field_dict["endCustomerOrderNumber"] = end_customer_order_number
        if end_user_info is not UNSET:
            field_dict["endUserInfo"] = end_user_info
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
        if special_bid_number is not UNSET:
            field_dict["specialBidNumber"] = special_bid_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_create_response_end_user_info import (
            OrderCreateResponseEndUserInfo,
        )
        from ..models.order_create_response_ship_to_info import (
            OrderCreateResponseShipToInfo,
        )
        from ..models.order_created_order import OrderCreatedOrder

        d = dict(src_dict)
        bill_to_address_id = d.pop("billToAddressId", UNSET)

        customer_order_number = d.pop("customerOrderNumber", UNSET)

        end_customer_order_number = d.pop("endCustomerOrderNumber", UNSET)

        _end_user_info = d.pop("endUserInfo", UNSET)
        end_user_info: OrderCreateResponseEndUserInfo | Unset
        if isinstance(_end_user_info, Unset):
            end_user_info = UNSET
        else:
            end_user_info = OrderCreateResponseEndUserInfo.from_dict(_end_user_info)

        order_split = d.pop("orderSplit", UNSET)

        _orders = d.pop("orders", UNSET)
        orders: list[OrderCreatedOrder] | Unset = UNSET
        if _orders is not UNSET:
            orders = []
            for orders_item_data in _orders:
                orders_item = OrderCreatedOrder.from_dict(orders_item_data)

                orders.append(orders_item)

        processed_partially = d.pop("processedPartially", UNSET)

        purchase_order_total = d.pop("purchaseOrderTotal", UNSET)

        _ship_to_info = d.pop("shipToInfo", UNSET)
        ship_to_info: OrderCreateResponseShipToInfo | Unset
        if isinstance(_ship_to_info, Unset):
            ship_to_info = UNSET
        else:
            ship_to_info = OrderCreateResponseShipToInfo.from_dict(_ship_to_info)

        special_bid_number = d.pop("specialBidNumber", UNSET)

        order_create_response = cls(
            bill_to_address_id=bill_to_address_id,
            customer_order_number=customer_order_number,
            end_customer_order_number=end_customer_order_number,
            end_user_info=end_user_info,
            order_split=order_split,
            orders=orders,
            processed_partially=processed_partially,
            purchase_order_total=purchase_order_total,
            ship_to_info=ship_to_info,
            special_bid_number=special_bid_number,
        )

        order_create_response.additional_properties = d
        return order_create_response

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
