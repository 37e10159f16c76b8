from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderCreateLineAdditionalAttribute")


@_attrs_define
class OrderCreateLineAdditionalAttribute:
    """
    Attributes:
        attribute_name (str | Unset): Name of the attribute.
        attribute_value (str | Unset): Value of the attribute.
    """

    attribute_name: str | Unset = UNSET
    attribute_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute_name = self.attribute_name

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
        attribute_name = d.pop("attributeName", UNSET)

        attribute_value = d.pop("attributeValue", UNSET)

        order_create_line_additional_attribute = cls(
            attribute_name=attribute_name,
            attribute_value=attribute_value,
        )

        order_create_line_additional_attribute.additional_properties = d
        return order_create_line_additional_attribute

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
