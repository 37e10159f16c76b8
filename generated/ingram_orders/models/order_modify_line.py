from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_modify_add_update_delete_line import OrderModifyAddUpdateDeleteLine
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderModifyLine")


@_attrs_define
class OrderModifyLine:
    """
    Attributes:
        add_update_delete_line (OrderModifyAddUpdateDeleteLine | Unset): What to do with this line of the order (ADD a
            new line, UPDATE or DELETE an existing one).
        customer_line_number (str | Unset): Your own number for the line, echoed back so you can match lines.
        ingram_line_number (str | Unset): Ingram's number for the line.
        ingram_part_number (str | Unset): Ingram's SKU of the product.
        notes (str | Unset): Free-text notes on the line.
        quantity (int | Unset): Number of units.
    """

    add_update_delete_line: OrderModifyAddUpdateDeleteLine | Unset = UNSET
    customer_line_number: str | Unset = UNSET
    ingram_line_number: str | Unset = UNSET
    ingram_part_number: str | Unset = UNSET
    notes: str | Unset = UNSET
    quantity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add_update_delete_line: str | Unset = UNSET
        if not isinstance(self.add_update_delete_line, Unset):
            add_update_delete_line = self.add_update_delete_line.value

        customer_line_number = self.customer_line_number

        ingram_line_number = self.ingram_line_number

        ingram_part_number = self.ingram_part_number

        notes = self.notes

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if add_update_delete_line is not UNSET:
            field_dict["addUpdateDeleteLine"] = add_update_delete_line
        if customer_line_number is not UNSET:
            field_dict["customerLineNumber"] = customer_line_number
        if ingram_line_number is not UNSET:
            field_dict["ingramLineNumber"] = ingram_line_number
        if ingram_part_number is not UNSET:
            field_dict["ingramPartNumber"] = ingram_part_number
        if notes is not UNSET:
            field_dict["notes"] = notes
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _add_update_delete_line = d.pop("addUpdateDeleteLine", UNSET)
        add_update_delete_line: OrderModifyAddUpdateDeleteLine | Unset
        if isinstance(_add_update_delete_line, Unset):
            add_update_delete_line = UNSET
        else:
            add_update_delete_line = OrderModifyAddUpdateDeleteLine(
                _add_update_delete_line
            )

        customer_line_number = d.pop("customerLineNumber", UNSET)

        ingram_line_number = d.pop("ingramLineNumber", UNSET)

        ingram_part_number = d.pop("ingramPartNumber", UNSET)

        notes = d.pop("notes", UNSET)

        quantity = d.pop("quantity", UNSET)

        order_modify_line = cls(
            add_update_delete_line=add_update_delete_line,
            customer_line_number=customer_line_number,
            ingram_line_number=ingram_line_number,
            ingram_part_number=ingram_part_number,
            notes=notes,
            quantity=quantity,
        )

        order_modify_line.additional_properties = d
        return order_modify_line

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
