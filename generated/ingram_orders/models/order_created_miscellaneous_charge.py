from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderCreatedMiscellaneousCharge")


@_attrs_define
class OrderCreatedMiscellaneousCharge:
    """
    Attributes:
        charge_amount (float | Unset): Amount of the extra charge.
        charge_description (str | Unset): What the extra charge is for.
        charge_line_reference (str | Unset): Reference of the charge line (or the tax code it stands for).
        sub_order_number (str | Unset): Ingram's number of the sub-order (one per warehouse or shipment) this belongs
            to.
    """

    charge_amount: float | Unset = UNSET
    charge_description: str | Unset = UNSET
    charge_line_reference: str | Unset = UNSET
    sub_order_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        charge_amount = self.charge_amount

        charge_description = self.charge_description

        charge_line_reference = self.charge_line_reference

        sub_order_number = self.sub_order_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if charge_amount is not UNSET:
            field_dict["chargeAmount"] = charge_amount
        if charge_description is not UNSET:
            field_dict["chargeDescription"] = charge_description
        if charge_line_reference is not UNSET:
            field_dict["chargeLineReference"] = charge_line_reference
        if sub_order_number is not UNSET:
            field_dict["subOrderNumber"] = sub_order_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        charge_amount = d.pop("chargeAmount", UNSET)

        charge_description = d.pop("chargeDescription", UNSET)

        charge_line_reference = d.pop("chargeLineReference", UNSET)

        sub_order_number = d.pop("subOrderNumber", UNSET)

        order_created_miscellaneous_charge = cls(
            charge_amount=charge_amount,
            charge_description=charge_description,
            charge_line_reference=charge_line_reference,
            sub_order_number=sub_order_number,
        )

        order_created_miscellaneous_charge.additional_properties = d
        return order_created_miscellaneous_charge

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
