from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderDetailLineAdditionalAttribute")


@_attrs_define
class OrderDetailLineAdditionalAttribute:
    """
    Attributes:
        attribute_name (str | Unset): Name of the attribute.
        attribute_value (str | Unset): Value of the attribute.
    """

    attribute_name: str | Unset = UNSET
    attribute_value: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        attribute_name = self.attribute_name

        attribute_value = self.attribute_value

        field_dict: dict[str, Any] = {}

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

        order_detail_line_additional_attribute = cls(
            attribute_name=attribute_name,
            attribute_value=attribute_value,
        )

        return order_detail_line_additional_attribute
