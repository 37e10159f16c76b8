from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gateway_fault_fault import GatewayFaultFault


T = TypeVar("T", bound="GatewayFault")


@_attrs_define
class GatewayFault:
    """The API gateway's answer to a call it refused before the API saw it (e.g. an expired token).

    Attributes:
        fault (GatewayFaultFault | Unset): Error raised by the API gateway before the request reached the API.
    """

    fault: GatewayFaultFault | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fault: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fault, Unset):
            fault = self.fault.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fault is not UNSET:
            field_dict["fault"] = fault

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.gateway_fault_fault import GatewayFaultFault

        d = dict(src_dict)
        _fault = d.pop("fault", UNSET)
        fault: GatewayFaultFault | Unset
        if isinstance(_fault, Unset):
            fault = UNSET
        else:
            fault = GatewayFaultFault.from_dict(_fault)

        gateway_fault = cls(
            fault=fault,
        )

        gateway_fault.additional_properties = d
        return gateway_fault

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
