from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_search_sub_order_link import OrderSearchSubOrderLink


T = TypeVar("T", bound="OrderSearchSubOrder")


@_attrs_define
class OrderSearchSubOrder:
    """
    Attributes:
        links (list[OrderSearchSubOrderLink] | Unset): Related resources of the order (its details) to fetch next.
        sub_order_number (str | Unset): Ingram's number of the sub-order (one per warehouse or shipment) this belongs
            to.
        sub_order_status (str | Unset): Status of the sub-order.
        sub_order_total (float | Unset): Total amount of the sub-order.
    """

    links: list[OrderSearchSubOrderLink] | Unset = UNSET
    sub_order_number: str | Unset = UNSET
    sub_order_status: str | Unset = UNSET
    sub_order_total: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        sub_order_number = self.sub_order_number

        sub_order_status = self.sub_order_status

        sub_order_total = self.sub_order_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if links is not UNSET:
            field_dict["links"] = links
        if sub_order_number is not UNSET:
            field_dict["subOrderNumber"] = sub_order_number
        if sub_order_status is not UNSET:
            field_dict["subOrderStatus"] = sub_order_status
        if sub_order_total is not UNSET:
            field_dict["subOrderTotal"] = sub_order_total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_search_sub_order_link import OrderSearchSubOrderLink

        d = dict(src_dict)
        _links = d.pop("links", UNSET)
        links: list[OrderSearchSubOrderLink] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = OrderSearchSubOrderLink.from_dict(links_item_data)

                links.append(links_item)

        sub_order_number = d.pop("subOrderNumber", UNSET)

        sub_order_status = d.pop("subOrderStatus", UNSET)

        sub_order_total = d.pop("subOrderTotal", UNSET)

        order_search_sub_order = cls(
            links=links,
            sub_order_number=sub_order_number,
            sub_order_status=sub_order_status,
            sub_order_total=sub_order_total,
        )

        order_search_sub_order.additional_properties = d
        return order_search_sub_order

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
