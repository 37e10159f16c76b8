from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderCreateRequestVmf")


@_attrs_define
class OrderCreateRequestVmf:
    """Vendor-mandated fields for the order.

    Attributes:
        vend_auth_number (str | Unset): The vendor's authorisation number for the order (a vendor-specific approval).
    """

    vend_auth_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vend_auth_number = self.vend_auth_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vend_auth_number is not UNSET:
            field_dict["vendAuthNumber"] = vend_auth_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        vend_auth_number = d.pop("vendAuthNumber", UNSET)

        order_create_request_vmf = cls(
            vend_auth_number=vend_auth_number,
        )

        order_create_request_vmf.additional_properties = d
        return order_create_request_vmf

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
