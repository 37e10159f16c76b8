from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderV7AdditionalAttribute")


@_attrs_define
class OrderV7AdditionalAttribute:
    """
    Attributes:
        attribute_name (None | str | Unset): Name of the attribute.
        attribute_value (None | str | Unset): Value of the attribute.
    """

    attribute_name: None | str | Unset = UNSET
    attribute_value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute_name: None | str | Unset
        if isinstance(self.attribute_name, Unset):
            attribute_name = UNSET
        else:
            attribute_name = self.attribute_name

        attribute_value: None | str | Unset
        if isinstance(self.attribute_value, Unset):
            attribute_value = UNSET
        else:
            attribute_value = self.attribute_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attribute_name is not UNSET:
            field_dict["attributeName"] = attribute_name
        if attribute_value is not UNSET:
            field_dict["attributeValue"] = attribute_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_attribute_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        attribute_name = _parse_attribute_name(d.pop("attributeName", UNSET))

        def _parse_attribute_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        attribute_value = _parse_attribute_value(d.pop("attributeValue", UNSET))

        order_v7_additional_attribute = cls(
            attribute_name=attribute_name,
            attribute_value=attribute_value,
        )

        order_v7_additional_attribute.additional_properties = d
        return order_v7_additional_attribute

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
