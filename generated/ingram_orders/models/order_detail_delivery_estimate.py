from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_detail_delivery_date_range import OrderDetailDeliveryDateRange


T = TypeVar("T", bound="OrderDetailDeliveryEstimate")


@_attrs_define
class OrderDetailDeliveryEstimate:
    """Estimated delivery of the line.

    Attributes:
        delivery_date (None | str | Unset): Estimated delivery date.
        delivery_date_range (None | OrderDetailDeliveryDateRange | Unset): Earliest and latest estimated delivery date.
        delivery_date_type (None | str | Unset): Whether the delivery estimate is a single date or a range.
        delivery_description (None | str | Unset): The delivery estimate in words.
        delivery_source (None | str | Unset): Who made the delivery estimate.
    """

    delivery_date: None | str | Unset = UNSET
    delivery_date_range: None | OrderDetailDeliveryDateRange | Unset = UNSET
    delivery_date_type: None | str | Unset = UNSET
    delivery_description: None | str | Unset = UNSET
    delivery_source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.order_detail_delivery_date_range import (
            OrderDetailDeliveryDateRange,
        )

        delivery_date: None | str | Unset
        if isinstance(self.delivery_date, Unset):
            delivery_date = UNSET
        else:
            delivery_date = self.delivery_date

        delivery_date_range: dict[str, Any] | None | Unset
        if isinstance(self.delivery_date_range, Unset):
            delivery_date_range = UNSET
        elif isinstance(self.delivery_date_range, OrderDetailDeliveryDateRange):
            delivery_date_range = self.delivery_date_range.to_dict()
        else:
            delivery_date_range = self.delivery_date_range

        delivery_date_type: None | str | Unset
        if isinstance(self.delivery_date_type, Unset):
            delivery_date_type = UNSET
        else:
            delivery_date_type = self.delivery_date_type

        delivery_description: None | str | Unset
        if isinstance(self.delivery_description, Unset):
            delivery_description = UNSET
        else:
            delivery_description = self.delivery_description

        delivery_source: None | str | Unset
        if isinstance(self.delivery_source, Unset):
            delivery_source = UNSET
        else:
            delivery_source = self.delivery_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delivery_date is not UNSET:
            field_dict["deliveryDate"] = delivery_date
        if delivery_date_range is not UNSET:
            field_dict["deliveryDateRange"] = delivery_date_range
        if delivery_date_type is not UNSET:
            field_dict["deliveryDateType"] = delivery_date_type
        if delivery_description is not UNSET:
            field_dict["deliveryDescription"] = delivery_description
        if delivery_source is not UNSET:
            field_dict["deliverySource"] = delivery_source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_detail_delivery_date_range import (
            OrderDetailDeliveryDateRange,
        )

        d = dict(src_dict)

        def _parse_delivery_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delivery_date = _parse_delivery_date(d.pop("deliveryDate", UNSET))

        def _parse_delivery_date_range(
            data: object,
        ) -> None | OrderDetailDeliveryDateRange | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                delivery_date_range_type_0 = OrderDetailDeliveryDateRange.from_dict(
                    data
                )

                return delivery_date_range_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderDetailDeliveryDateRange | Unset, data)

        delivery_date_range = _parse_delivery_date_range(
            d.pop("deliveryDateRange", UNSET)
        )

        def _parse_delivery_date_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delivery_date_type = _parse_delivery_date_type(d.pop("deliveryDateType", UNSET))

        def _parse_delivery_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delivery_description = _parse_delivery_description(
            d.pop("deliveryDescription", UNSET)
        )

        def _parse_delivery_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delivery_source = _parse_delivery_source(d.pop("deliverySource", UNSET))

        order_detail_delivery_estimate = cls(
            delivery_date=delivery_date,
            delivery_date_range=delivery_date_range,
            delivery_date_type=delivery_date_type,
            delivery_description=delivery_description,
            delivery_source=delivery_source,
        )

        order_detail_delivery_estimate.additional_properties = d
        return order_detail_delivery_estimate

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
