from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_detail_ship_date_range import OrderDetailShipDateRange


T = TypeVar("T", bound="OrderDetailShipEstimate")


@_attrs_define
class OrderDetailShipEstimate:
    """Estimated ship date of the line.

    Attributes:
        ship_date (None | str | Unset): Ship date.
        ship_date_range (None | OrderDetailShipDateRange | Unset): Earliest and latest estimated ship date.
        ship_date_type (None | str | Unset): Whether the ship estimate is a single date or a range.
        ship_description (None | str | Unset): The ship estimate in words.
        ship_source (None | str | Unset): Who made the ship estimate.
    """

    ship_date: None | str | Unset = UNSET
    ship_date_range: None | OrderDetailShipDateRange | Unset = UNSET
    ship_date_type: None | str | Unset = UNSET
    ship_description: None | str | Unset = UNSET
    ship_source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.order_detail_ship_date_range import OrderDetailShipDateRange

        ship_date: None | str | Unset
        if isinstance(self.ship_date, Unset):
            ship_date = UNSET
        else:
            ship_date = self.ship_date

        ship_date_range: dict[str, Any] | None | Unset
        if isinstance(self.ship_date_range, Unset):
            ship_date_range = UNSET
        elif isinstance(self.ship_date_range, OrderDetailShipDateRange):
            ship_date_range = self.ship_date_range.to_dict()
        else:
            ship_date_range = self.ship_date_range

        ship_date_type: None | str | Unset
        if isinstance(self.ship_date_type, Unset):
            ship_date_type = UNSET
        else:
            ship_date_type = self.ship_date_type

        ship_description: None | str | Unset
        if isinstance(self.ship_description, Unset):
            ship_description = UNSET
        else:
            ship_description = self.ship_description

        ship_source: None | str | Unset
        if isinstance(self.ship_source, Unset):
            ship_source = UNSET
        else:
            ship_source = self.ship_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ship_date is not UNSET:
            field_dict["shipDate"] = ship_date
        if ship_date_range is not UNSET:
            field_dict["shipDateRange"] = ship_date_range
        if ship_date_type is not UNSET:
            field_dict["shipDateType"] = ship_date_type
        if ship_description is not UNSET:
            field_dict["shipDescription"] = ship_description
        if ship_source is not UNSET:
            field_dict["shipSource"] = ship_source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_detail_ship_date_range import OrderDetailShipDateRange

        d = dict(src_dict)

        def _parse_ship_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ship_date = _parse_ship_date(d.pop("shipDate", UNSET))

        def _parse_ship_date_range(
            data: object,
        ) -> None | OrderDetailShipDateRange | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ship_date_range_type_0 = OrderDetailShipDateRange.from_dict(data)

                return ship_date_range_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderDetailShipDateRange | Unset, data)

        ship_date_range = _parse_ship_date_range(d.pop("shipDateRange", UNSET))

        def _parse_ship_date_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ship_date_type = _parse_ship_date_type(d.pop("shipDateType", UNSET))

        def _parse_ship_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ship_description = _parse_ship_description(d.pop("shipDescription", UNSET))

        def _parse_ship_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ship_source = _parse_ship_source(d.pop("shipSource", UNSET))

        order_detail_ship_estimate = cls(
            ship_date=ship_date,
            ship_date_range=ship_date_range,
            ship_date_type=ship_date_type,
            ship_description=ship_description,
            ship_source=ship_source,
        )

        order_detail_ship_estimate.additional_properties = d
        return order_detail_ship_estimate

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
