from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_status_event_line import OrderStatusEventLine
    from ..models.order_status_event_link import OrderStatusEventLink


T = TypeVar("T", bound="OrderStatusEventResource")


@_attrs_define
class OrderStatusEventResource:
    """
    Attributes:
        customer_order_number (str | Unset): Your purchase order number for the order (your reference, echoed back).
        event_type (str | Unset): The kind of change the event reports.
        lines (list[OrderStatusEventLine] | Unset): The order lines, one per product.
        links (list[OrderStatusEventLink] | Unset): Related resources (the order's details, invoices) to fetch next.
        order_entry_time_stamp (str | Unset): When the order was entered at Ingram.
        order_number (str | Unset): Ingram's order number the event is about.
    """

    customer_order_number: str | Unset = UNSET
    event_type: str | Unset = UNSET
    lines: list[OrderStatusEventLine] | Unset = UNSET
    links: list[OrderStatusEventLink] | Unset = UNSET
    order_entry_time_stamp: str | Unset = UNSET
    order_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_order_number = self.customer_order_number

        event_type = self.event_type

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        order_entry_time_stamp = self.order_entry_time_stamp

        order_number = self.order_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_order_number is not UNSET:
            field_dict["customerOrderNumber"] = customer_order_number
        if event_type is not UNSET:
            field_dict["eventType"] = event_type
        if lines is not UNSET:
            field_dict["lines"] = lines
        if links is not UNSET:
            field_dict["links"] = links
        if order_entry_time_stamp is not UNSET:
            field_dict["orderEntryTimeStamp"] = order_entry_time_stamp
        if order_number is not UNSET:
            field_dict["orderNumber"] = order_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_status_event_line import OrderStatusEventLine
        from ..models.order_status_event_link import OrderStatusEventLink

        d = dict(src_dict)
        customer_order_number = d.pop("customerOrderNumber", UNSET)

        event_type = d.pop("eventType", UNSET)

        _lines = d.pop("lines", UNSET)
        lines: list[OrderStatusEventLine] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = OrderStatusEventLine.from_dict(lines_item_data)

                lines.append(lines_item)

        _links = d.pop("links", UNSET)
        links: list[OrderStatusEventLink] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = OrderStatusEventLink.from_dict(links_item_data)

                links.append(links_item)

        order_entry_time_stamp = d.pop("orderEntryTimeStamp", UNSET)

        order_number = d.pop("orderNumber", UNSET)

        order_status_event_resource = cls(
            customer_order_number=customer_order_number,
            event_type=event_type,
            lines=lines,
            links=links,
            order_entry_time_stamp=order_entry_time_stamp,
            order_number=order_number,
        )

        order_status_event_resource.additional_properties = d
        return order_status_event_resource

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
