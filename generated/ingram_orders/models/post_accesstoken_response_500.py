from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.token_error_fault import TokenErrorFault


T = TypeVar("T", bound="PostAccesstokenResponse500")


@_attrs_define
class PostAccesstokenResponse500:
    """
    Attributes:
        fault (TokenErrorFault | Unset): Error raised by the API gateway before the request reached the API.
    """

    fault: TokenErrorFault | Unset = UNSET
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
        from ..models.token_error_fault import TokenErrorFault

        d = dict(src_dict)
        _fault = d.pop("fault", UNSET)
        fault: TokenErrorFault | Unset
        if isinstance(_fault, Unset):
            fault = UNSET
        else:
            fault = TokenErrorFault.from_dict(_fault)

        post_accesstoken_response_500 = cls(
            fault=fault,
        )

        post_accesstoken_response_500.additional_properties = d
        return post_accesstoken_response_500

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
