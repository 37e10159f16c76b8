from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_v7_vmf_vendor_attribute_sub_choice import (
        OrderV7VmfVendorAttributeSubChoice,
    )


T = TypeVar("T", bound="OrderV7VmfVendorAttributeChoice")


@_attrs_define
class OrderV7VmfVendorAttributeChoice:
    """
    Attributes:
        attribute_description (str | Unset): What the vendor attribute means, in words to show a person filling it in.
        attribute_value (str | Unset): Value of the attribute.
        choices (list[OrderV7VmfVendorAttributeSubChoice] | Unset): Further values offered once this choice is taken.
    """

    attribute_description: str | Unset = UNSET
    attribute_value: str | Unset = UNSET
    choices: list[OrderV7VmfVendorAttributeSubChoice] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute_description = self.attribute_description

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
        if attribute_value is not UNSET:
            field_dict["attributeValue"] = attribute_value
        if choices is not UNSET:
            field_dict["choices"] = choices

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_v7_vmf_vendor_attribute_sub_choice import (
            OrderV7VmfVendorAttributeSubChoice,
        )

        d = dict(src_dict)
        attribute_description = d.pop("attributeDescription", UNSET)

        attribute_value = d.pop("attributeValue", UNSET)

        _choices = d.pop("choices", UNSET)
        choices: list[OrderV7VmfVendorAttributeSubChoice] | Unset = UNSET
        if _choices is not UNSET:
            choices = []
            for choices_item_data in _choices:
                choices_item = OrderV7VmfVendorAttributeSubChoice.from_dict(
                    choices_item_data
                )

                choices.append(choices_item)

        order_v7_vmf_vendor_attribute_choice = cls(
            attribute_description=attribute_description,
            attribute_value=attribute_value,
            choices=choices,
        )

        order_v7_vmf_vendor_attribute_choice.additional_properties = d
        return order_v7_vmf_vendor_attribute_choice

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
