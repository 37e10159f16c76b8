from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_create_serial_info import OrderCreateSerialInfo


T = TypeVar("T", bound="OrderCreateWarrantyInfo")


@_attrs_define
class OrderCreateWarrantyInfo:
    """
    Attributes:
        direct_line_link (str | Unset): Line (or vendor authorisation) the warranty is directly attached to.
        hardware_line_link (str | Unset): Line of the order with the hardware the warranty covers.
        serial_info (list[OrderCreateSerialInfo] | Unset): The hardware the warranty covers.
        warranty_line_link (str | Unset): Line of the order with the warranty.
    """

    direct_line_link: str | Unset = UNSET
    hardware_line_link: str | Unset = UNSET
    serial_info: list[OrderCreateSerialInfo] | Unset = UNSET
    warranty_line_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        direct_line_link = self.direct_line_link

        hardware_line_link = self.hardware_line_link

        serial_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.serial_info, Unset):
            serial_info = []
            for serial_info_item_data in self.serial_info:
                serial_info_item = serial_info_item_data.to_dict()
                serial_info.append(serial_info_item)

        warranty_line_link = self.warranty_line_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if direct_line_link is not UNSET:
            field_dict["directLineLink"] = direct_line_link
        if hardware_line_link is not UNSET:
            field_dict["hardwareLineLink"] = hardware_line_link
        if serial_info is not UNSET:
            field_dict["serialInfo"] = serial_info
        if warranty_line_link is not UNSET:
            field_dict["warrantyLineLink"] = warranty_line_link

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_create_serial_info import OrderCreateSerialInfo

        d = dict(src_dict)
        direct_line_link = d.pop("directLineLink", UNSET)

        hardware_line_link = d.pop("hardwareLineLink", UNSET)

        _serial_info = d.pop("serialInfo", UNSET)
        serial_info: list[OrderCreateSerialInfo] | Unset = UNSET
        if _serial_info is not UNSET:
            serial_info = []
            for serial_info_item_data in _serial_info:
                serial_info_item = OrderCreateSerialInfo.from_dict(
                    serial_info_item_data
                )

                serial_info.append(serial_info_item)

        warranty_line_link = d.pop("warrantyLineLink", UNSET)

        order_create_warranty_info = cls(
            direct_line_link=direct_line_link,
            hardware_line_link=hardware_line_link,
            serial_info=serial_info,
            warranty_line_link=warranty_line_link,
        )

        order_create_warranty_info.additional_properties = d
        return order_create_warranty_info

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
