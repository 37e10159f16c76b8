from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderCreateSerialInfo")


@_attrs_define
class OrderCreateSerialInfo:
    """
    Attributes:
        dateof_purchase (datetime.date | Unset): When the hardware covered by the warranty was bought.
        primary_serial_number (str | Unset): Serial number of the hardware the warranty covers.
        secondary_serial_number (str | Unset): Second serial number of the hardware, when it has one.
        ship_date (datetime.date | Unset): Ship date.
    """

    dateof_purchase: datetime.date | Unset = UNSET
    primary_serial_number: str | Unset = UNSET
    secondary_serial_number: str | Unset = UNSET
    ship_date: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dateof_purchase: str | Unset = UNSET
        if not isinstance(self.dateof_purchase, Unset):
            dateof_purchase = self.dateof_purchase.isoformat()

        primary_serial_number = self.primary_serial_number

        secondary_serial_number = self.secondary_serial_number

        ship_date: str | Unset = UNSET
        if not isinstance(self.ship_date, Unset):
            ship_date = self.ship_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dateof_purchase is not UNSET:
            field_dict["dateofPurchase"] = dateof_purchase
        if primary_serial_number is not UNSET:
            field_dict["primarySerialNumber"] = primary_serial_number
        if secondary_serial_number is not UNSET:
            field_dict["secondarySerialNumber"] = secondary_serial_number
        if ship_date is not UNSET:
            field_dict["shipDate"] = ship_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _dateof_purchase = d.pop("dateofPurchase", UNSET)
        dateof_purchase: datetime.date | Unset
        if isinstance(_dateof_purchase, Unset):
            dateof_purchase = UNSET
        else:
            dateof_purchase = datetime.date.fromisoformat(_dateof_purchase)

        primary_serial_number = d.pop("primarySerialNumber", UNSET)

        secondary_serial_number = d.pop("secondarySerialNumber", UNSET)

        _ship_date = d.pop("shipDate", UNSET)
        ship_date: datetime.date | Unset
        if isinstance(_ship_date, Unset):
            ship_date = UNSET
        else:
            ship_date = datetime.date.fromisoformat(_ship_date)

        order_create_serial_info = cls(
            dateof_purchase=dateof_purchase,
            primary_serial_number=primary_serial_number,
            secondary_serial_number=secondary_serial_number,
            ship_date=ship_date,
        )

        order_create_serial_info.additional_properties = d
        return order_create_serial_info

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
