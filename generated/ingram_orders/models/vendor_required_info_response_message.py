from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VendorRequiredInfoResponseMessage")


@_attrs_define
class VendorRequiredInfoResponseMessage:
    """
    Attributes:
        type_ (str | Unset): Category of the message (a problem type such as /errors/not-found).
        id (str | Unset): Unique id of this message.
        message (str | Unset): The problem or remark about the product.
        trace_id (str | Unset): Id of the request in Ingram's logs (quote it to support).
    """

    type_: str | Unset = UNSET
    id: str | Unset = UNSET
    message: str | Unset = UNSET
    trace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        message = self.message

        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if message is not UNSET:
            field_dict["message"] = message
        if trace_id is not UNSET:
            field_dict["traceId"] = trace_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        id = d.pop("id", UNSET)

        message = d.pop("message", UNSET)

        trace_id = d.pop("traceId", UNSET)

        vendor_required_info_response_message = cls(
            type_=type_,
            id=id,
            message=message,
            trace_id=trace_id,
        )

        vendor_required_info_response_message.additional_properties = d
        return vendor_required_info_response_message

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
