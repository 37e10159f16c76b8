from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderDetailSerialNumber")


@_attrs_define
class OrderDetailSerialNumber:
    """
    Attributes:
        serial_number (str | Unset): Serial number of a shipped unit.
    """

    serial_number: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        serial_number = self.serial_number

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if serial_number is not UNSET:
            field_dict["serialNumber"] = serial_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        serial_number = d.pop("serialNumber", UNSET)

        order_detail_serial_number = cls(
            serial_number=serial_number,
        )

        return order_detail_serial_number
