from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderStatusEventPackageDetail")


@_attrs_define
class OrderStatusEventPackageDetail:
    """
    Attributes:
        carton_number (str | Unset): Number of the carton within the shipment.
        quantity_inbox (str | Unset): Units in the package.
        tracking_number (str | Unset): The carrier's tracking number.
    """

    carton_number: str | Unset = UNSET
    quantity_inbox: str | Unset = UNSET
    tracking_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carton_number = self.carton_number

        quantity_inbox = self.quantity_inbox

        tracking_number = self.tracking_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if carton_number is not UNSET:
            field_dict["cartonNumber"] = carton_number
        if quantity_inbox is not UNSET:
            field_dict["quantityInbox"] = quantity_inbox
        if tracking_number is not UNSET:
            field_dict["trackingNumber"] = tracking_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        carton_number = d.pop("cartonNumber", UNSET)

        quantity_inbox = d.pop("quantityInbox", UNSET)

        tracking_number = d.pop("trackingNumber", UNSET)

        order_status_event_package_detail = cls(
            carton_number=carton_number,
            quantity_inbox=quantity_inbox,
            tracking_number=tracking_number,
        )

        order_status_event_package_detail.additional_properties = d
        return order_status_event_package_detail

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
