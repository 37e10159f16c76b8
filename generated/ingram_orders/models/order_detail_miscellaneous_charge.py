from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderDetailMiscellaneousCharge")


@_attrs_define
class OrderDetailMiscellaneousCharge:
    """
    Attributes:
        charge_amount (str | Unset): Amount of the extra charge.
        charge_description (str | Unset): What the extra charge is for.
        charge_line_reference (str | Unset): Reference of the charge line (or the tax code it stands for).
        sub_order_number (str | Unset): Ingram's number of the sub-order (one per warehouse or shipment) this belongs
            to.
    """

    charge_amount: str | Unset = UNSET
    charge_description: str | Unset = UNSET
    charge_line_reference: str | Unset = UNSET
    sub_order_number: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        charge_amount = self.charge_amount

        charge_description = self.charge_description

        charge_line_reference = self.charge_line_reference

        sub_order_number = self.sub_order_number

        field_dict: dict[str, Any] = {}

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

        order_detail_miscellaneous_charge = cls(
            charge_amount=charge_amount,
            charge_description=charge_description,
            charge_line_reference=charge_line_reference,
            sub_order_number=sub_order_number,
        )

        return order_detail_miscellaneous_charge
