from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdditionalAttribute")


@_attrs_define
class AdditionalAttribute:
    """One attribute a vendor needs for an order, with the values it accepts.

    Attributes:
        attribute_description (str | Unset): What the vendor attribute means, in words to show a person filling it in.
        attribute_hint (str | Unset): A hint on the expected value of the vendor attribute (format, example).
        attribute_name (str | Unset): Name of the attribute.
        attribute_required (str | Unset): Whether the vendor insists on a value for this attribute before accepting the
            order.
        attribute_value (str | Unset): Value of the attribute.
        choices (list[AdditionalAttribute] | Unset): The values the vendor accepts for this attribute.
    """

    attribute_description: str | Unset = UNSET
    attribute_hint: str | Unset = UNSET
    attribute_name: str | Unset = UNSET
    attribute_required: str | Unset = UNSET
    attribute_value: str | Unset = UNSET
    choices: list[AdditionalAttribute] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute_description = self.attribute_description

        attribute_hint = self.attribute_hint

        attribute_name = self.attribute_name

        attribute_required = self.attribute_required

        attribute_value = self.attribute_value

        choices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.choices, Unset):
            choices = []
            for choices_item_data in self.choices:
                choices_item = choices_item_data.to_dict()
                choices.append(choices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attribute_description is not UNSET:
            field_dict["attributeDescription"] = attribute_description
        if attribute_hint is not UNSET:
            field_dict["attributeHint"] = attribute_hint
        if attribute_name is not UNSET:
            field_dict["attributeName"] = attribute_name
        if attribute_required is not UNSET:
            field_dict["attributeRequired"] = attribute_required
        if attribute_value is not UNSET:
            field_dict["attributeValue"] = attribute_value
        if choices is not UNSET:
            field_dict["choices"] = choices

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        attribute_description = d.pop("attributeDescription", UNSET)

        attribute_hint = d.pop("attributeHint", UNSET)

        attribute_name = d.pop("attributeName", UNSET)

        attribute_required = d.pop("attributeRequired", UNSET)

        attribute_value = d.pop("attributeValue", UNSET)

        _choices = d.pop("choices", UNSET)
        choices: list[AdditionalAttribute] | Unset = UNSET
        if _choices is not UNSET:
            choices = []
            for choices_item_data in _choices:
                choices_item = AdditionalAttribute.from_dict(choices_item_data)

                choices.append(choices_item)

        additional_attribute = cls(
            attribute_description=attribute_description,
            attribute_hint=attribute_hint,
            attribute_name=attribute_name,
            attribute_required=attribute_required,
            attribute_value=attribute_value,
            choices=choices,
        )

        additional_attribute.additional_properties = d
        return additional_attribute

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
