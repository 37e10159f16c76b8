from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderCreatedRejectedLine")


@_attrs_define
class OrderCreatedRejectedLine:
    """
    Attributes:
        customer_linenumber (str | Unset): Your own number for the rejected line.
        ingram_part_number (str | Unset): Ingram's SKU of the product.
        quantity_ordered (int | Unset): Units ordered.
        reject_code (str | Unset): Ingram's code of the reason the line was rejected.
        reject_reason (str | Unset): Why the line was rejected.
        vendor_part_number (str | Unset): The vendor's (manufacturer's) part number.
    """

    customer_linenumber: str | Unset = UNSET
    ingram_part_number: str | Unset = UNSET
    quantity_ordered: int | Unset = UNSET
    reject_code: str | Unset = UNSET
    reject_reason: str | Unset = UNSET
    vendor_part_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_linenumber = self.customer_linenumber

        ingram_part_number = self.ingram_part_number

        quantity_ordered = self.quantity_ordered

        reject_code = self.reject_code

        reject_reason = self.reject_reason

        vendor_part_number = self.vendor_part_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_linenumber is not UNSET:
            field_dict["customerLinenumber"] = customer_linenumber
        if ingram_part_number is not UNSET:
            field_dict["ingramPartNumber"] = ingram_part_number
        if quantity_ordered is not UNSET:
            field_dict["quantityOrdered"] = quantity_ordered
        if reject_code is not UNSET:
            field_dict["rejectCode"] = reject_code
        if reject_reason is not UNSET:
            field_dict["rejectReason"] = reject_reason
        if vendor_part_number is not UNSET:
            field_dict["vendorPartNumber"] = vendor_part_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_linenumber = d.pop("customerLinenumber", UNSET)

        ingram_part_number = d.pop("ingramPartNumber", UNSET)

        quantity_ordered = d.pop("quantityOrdered", UNSET)

        reject_code = d.pop("rejectCode", UNSET)

        reject_reason = d.pop("rejectReason", UNSET)

        vendor_part_number = d.pop("vendorPartNumber", UNSET)

        order_created_rejected_line = cls(
            customer_linenumber=customer_linenumber,
            ingram_part_number=ingram_part_number,
            quantity_ordered=quantity_ordered,
            reject_code=reject_code,
            reject_reason=reject_reason,
            vendor_part_number=vendor_part_number,
        )

        order_created_rejected_line.additional_properties = d
        return order_created_rejected_line

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
