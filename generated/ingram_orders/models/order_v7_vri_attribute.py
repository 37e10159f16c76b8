from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_v7_vri_attribute_field import OrderV7VriAttributeField


T = TypeVar("T", bound="OrderV7VriAttribute")


@_attrs_define
class OrderV7VriAttribute:
    """
    Attributes:
        additional_attributes (list[OrderV7VriAttributeField] | Unset): Name/value pairs for options without a field of
            their own (e.g. allowOrderOnCustomerHold).
        product_id (str | Unset): The vendor's id of the product.
        vendor_name (str | Unset): Name of the vendor (manufacturer).
    """

    additional_attributes: list[OrderV7VriAttributeField] | Unset = UNSET
    product_id: str | Unset = UNSET
    vendor_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        additional_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_attributes, Unset):
            additional_attributes = []
            for additional_attributes_item_data in self.additional_attributes:
                additional_attributes_item = additional_attributes_item_data.to_dict()
                additional_attributes.append(additional_attributes_item)

        product_id = self.product_id

        vendor_name = self.vendor_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if additional_attributes is not UNSET:
            field_dict["additionalAttributes"] = additional_attributes
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if vendor_name is not UNSET:
            field_dict["vendorName"] = vendor_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_v7_vri_attribute_field import OrderV7VriAttributeField

        d = dict(src_dict)
        _additional_attributes = d.pop("additionalAttributes", UNSET)
        additional_attributes: list[OrderV7VriAttributeField] | Unset = UNSET
        if _additional_attributes is not UNSET:
            additional_attributes = []
            for additional_attributes_item_data in _additional_attributes:
                additional_attributes_item = OrderV7VriAttributeField.from_dict(
                    additional_attributes_item_data
                )

                additional_attributes.append(additional_attributes_item)

        product_id = d.pop("productId", UNSET)

        vendor_name = d.pop("vendorName", UNSET)

        order_v7_vri_attribute = cls(
            additional_attributes=additional_attributes,
            product_id=product_id,
            vendor_name=vendor_name,
        )

        order_v7_vri_attribute.additional_properties = d
        return order_v7_vri_attribute

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
