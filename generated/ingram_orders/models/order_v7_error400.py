from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_v7_error400_field import OrderV7Error400Field


T = TypeVar("T", bound="OrderV7Error400")


@_attrs_define
class OrderV7Error400:
    """
    Attributes:
        type_ (str | Unset): Category of the error (a problem type such as /errors/validation-error).
        fields (list[OrderV7Error400Field] | Unset): The fields involved in the error.
        message (str | Unset): What is wrong, for a person to read.
        traceid (str | Unset): Id of the request in Ingram's logs (quote it to support).
    """

    type_: str | Unset = UNSET
    fields: list[OrderV7Error400Field] | Unset = UNSET
    message: str | Unset = UNSET
    traceid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        message = self.message

        traceid = self.traceid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if fields is not UNSET:
            field_dict["fields"] = fields
        if message is not UNSET:
            field_dict["message"] = message
        if traceid is not UNSET:
            field_dict["traceid"] = traceid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_v7_error400_field import OrderV7Error400Field

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _fields = d.pop("fields", UNSET)
        fields: list[OrderV7Error400Field] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = OrderV7Error400Field.from_dict(fields_item_data)

                fields.append(fields_item)

        message = d.pop("message", UNSET)

        traceid = d.pop("traceid", UNSET)

        order_v7_error400 = cls(
            type_=type_,
            fields=fields,
            message=message,
            traceid=traceid,
        )

        order_v7_error400.additional_properties = d
        return order_v7_error400

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
