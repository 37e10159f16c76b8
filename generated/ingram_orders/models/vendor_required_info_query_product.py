from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VendorRequiredInfoQueryProduct")


@_attrs_define
class VendorRequiredInfoQueryProduct:
    """
    Attributes:
        ingram_part_number (str | Unset): Ingram's SKU of the product.
        plan_id (str | Unset): Ingram's id of the subscription plan to look up.
        vendor_part_number (str | Unset): The vendor's (manufacturer's) part number.
    """

    ingram_part_number: str | Unset = UNSET
    plan_id: str | Unset = UNSET
    vendor_part_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ingram_part_number = self.ingram_part_number

        plan_id = self.plan_id

        vendor_part_number = self.vendor_part_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ingram_part_number is not UNSET:
            field_dict["ingramPartNumber"] = ingram_part_number
        if plan_id is not UNSET:
            field_dict["planID"] = plan_id
        if vendor_part_number is not UNSET:
            field_dict["vendorPartNumber"] = vendor_part_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ingram_part_number = d.pop("ingramPartNumber", UNSET)

        plan_id = d.pop("planID", UNSET)

        vendor_part_number = d.pop("vendorPartNumber", UNSET)

        vendor_required_info_query_product = cls(
            ingram_part_number=ingram_part_number,
            plan_id=plan_id,
            vendor_part_number=vendor_part_number,
        )

        vendor_required_info_query_product.additional_properties = d
        return vendor_required_info_query_product

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
