from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gateway_fault_fault_detail import GatewayFaultFaultDetail


T = TypeVar("T", bound="GatewayFaultFault")


@_attrs_define
class GatewayFaultFault:
    """Error raised by the API gateway before the request reached the API.

    Attributes:
        detail (GatewayFaultFaultDetail | Unset): Machine-readable detail of the gateway fault.
        faultstring (str | Unset): The gateway's error message.
    """

    detail: GatewayFaultFaultDetail | Unset = UNSET
    faultstring: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.to_dict()

        faultstring = self.faultstring

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detail is not UNSET:
            field_dict["detail"] = detail
        if faultstring is not UNSET:
            field_dict["faultstring"] = faultstring

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.gateway_fault_fault_detail import GatewayFaultFaultDetail

        d = dict(src_dict)
        _detail = d.pop("detail", UNSET)
        detail: GatewayFaultFaultDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = GatewayFaultFaultDetail.from_dict(_detail)

        faultstring = d.pop("faultstring", UNSET)

        gateway_fault_fault = cls(
            detail=detail,
            faultstring=faultstring,
        )

        gateway_fault_fault.additional_properties = d
        return gateway_fault_fault

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
