from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_detail_delivery_estimate import OrderDetailDeliveryEstimate
    from ..models.order_detail_ship_estimate import OrderDetailShipEstimate


T = TypeVar("T", bound="OrderDetailEstimatedDate")


@_attrs_define
class OrderDetailEstimatedDate:
    """
    Attributes:
        delivery (None | OrderDetailDeliveryEstimate | Unset): Estimated delivery of the line.
        ship (None | OrderDetailShipEstimate | Unset): Estimated ship date of the line.
    """

    delivery: None | OrderDetailDeliveryEstimate | Unset = UNSET
    ship: None | OrderDetailShipEstimate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.order_detail_delivery_estimate import OrderDetailDeliveryEstimate
        from ..models.order_detail_ship_estimate import OrderDetailShipEstimate

        delivery: dict[str, Any] | None | Unset
        if isinstance(self.delivery, Unset):
            delivery = UNSET
        elif isinstance(self.delivery, OrderDetailDeliveryEstimate):
            delivery = self.delivery.to_dict()
        else:
            delivery = self.delivery

        ship: dict[str, Any] | None | Unset
        if isinstance(self.ship, Unset):
            ship = UNSET
        elif isinstance(self.ship, OrderDetailShipEstimate):
            ship = self.ship.to_dict()
        else:
            ship = self.ship

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delivery is not UNSET:
            field_dict["delivery"] = delivery
        if ship is not UNSET:
            field_dict["ship"] = ship

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_detail_delivery_estimate import OrderDetailDeliveryEstimate
        from ..models.order_detail_ship_estimate import OrderDetailShipEstimate

        d = dict(src_dict)

        def _parse_delivery(data: object) -> None | OrderDetailDeliveryEstimate | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                delivery_type_0 = OrderDetailDeliveryEstimate.from_dict(data)

                return delivery_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderDetailDeliveryEstimate | Unset, data)

        delivery = _parse_delivery(d.pop("delivery", UNSET))

        def _parse_ship(data: object) -> None | OrderDetailShipEstimate | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ship_type_0 = OrderDetailShipEstimate.from_dict(data)

                return ship_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderDetailShipEstimate | Unset, data)

        ship = _parse_ship(d.pop("ship", UNSET))

        order_detail_estimated_date = cls(
            delivery=delivery,
            ship=ship,
        )

        order_detail_estimated_date.additional_properties = d
        return order_detail_estimated_date

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
