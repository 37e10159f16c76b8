from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_detail_shipment_date_range import OrderDetailShipmentDateRange


T = TypeVar("T", bound="OrderDetailMultipleShipment")


@_attrs_define
class OrderDetailMultipleShipment:
    """
    Attributes:
        confirmed_quantity (int | Unset): Units confirmed for this shipment or schedule line.
        date (str | Unset): Date of the shipment estimate.
        date_range (OrderDetailShipmentDateRange | Unset): Earliest and latest date of the shipment estimate.
        date_type (str | Unset): Whether the estimate is a single date or a range.
        delivery_date (str | Unset): Estimated delivery date.
        description (str | Unset): Status of the shipment in words.
        line_number (None | str | Unset): Number of the order line this entry belongs to.
        requested_quantity (int | Unset): Units requested.
        source (str | Unset): Who made the shipment estimate.
    """

    confirmed_quantity: int | Unset = UNSET
    date: str | Unset = UNSET
    date_range: OrderDetailShipmentDateRange | Unset = UNSET
    date_type: str | Unset = UNSET
    delivery_date: str | Unset = UNSET
    description: str | Unset = UNSET
    line_number: None | str | Unset = UNSET
    requested_quantity: int | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confirmed_quantity = self.confirmed_quantity

        date = self.date

        date_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date_range, Unset):
            date_range = self.date_range.to_dict()

        date_type = self.date_type

        delivery_date = self.delivery_date

        description = self.description

        line_number: None | str | Unset
        if isinstance(self.line_number, Unset):
            line_number = UNSET
        else:
            line_number = self.line_number

        requested_quantity = self.requested_quantity

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if confirmed_quantity is not UNSET:
            field_dict["confirmedQuantity"] = confirmed_quantity
        if date is not UNSET:
            field_dict["date"] = date
        if date_range is not UNSET:
            field_dict["dateRange"] = date_range
        if date_type is not UNSET:
            field_dict["dateType"] = date_type
        if delivery_date is not UNSET:
            field_dict["deliveryDate"] = delivery_date
        if description is not UNSET:
            field_dict["description"] = description
        if line_number is not UNSET:
            field_dict["lineNumber"] = line_number
        if requested_quantity is not UNSET:
            field_dict["requestedQuantity"] = requested_quantity
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_detail_shipment_date_range import (
            OrderDetailShipmentDateRange,
        )

        d = dict(src_dict)
        confirmed_quantity = d.pop("confirmedQuantity", UNSET)

        date = d.pop("date", UNSET)

        _date_range = d.pop("dateRange", UNSET)
        date_range: OrderDetailShipmentDateRange | Unset
        if isinstance(_date_range, Unset):
            date_range = UNSET
        else:
            date_range = OrderDetailShipmentDateRange.from_dict(_date_range)

        date_type = d.pop("dateType", UNSET)

        delivery_date = d.pop("deliveryDate", UNSET)

        description = d.pop("description", UNSET)

        def _parse_line_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        line_number = _parse_line_number(d.pop("lineNumber", UNSET))

        requested_quantity = d.pop("requestedQuantity", UNSET)

        source = d.pop("source", UNSET)

        order_detail_multiple_shipment = cls(
            confirmed_quantity=confirmed_quantity,
            date=date,
            date_range=date_range,
            date_type=date_type,
            delivery_date=delivery_date,
            description=description,
            line_number=line_number,
            requested_quantity=requested_quantity,
            source=source,
        )

        order_detail_multiple_shipment.additional_properties = d
        return order_detail_multiple_shipment

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
