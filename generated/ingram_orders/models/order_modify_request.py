from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_modify_additional_attribute import (
        OrderModifyAdditionalAttribute,
    )
    from ..models.order_modify_line import OrderModifyLine
    from ..models.order_modify_request_ship_to_info import OrderModifyRequestShipToInfo


T = TypeVar("T", bound="OrderModifyRequest")


@_attrs_define
class OrderModifyRequest:
    """Changes to an order still on customer hold.

    Attributes:
        additional_attributes (list[OrderModifyAdditionalAttribute] | Unset): Name/value pairs for options without a
            field of their own (e.g. allowOrderOnCustomerHold).
        lines (list[OrderModifyLine] | Unset): The order lines, one per product.
        notes (str | Unset): Free-text notes.
        ship_to_info (OrderModifyRequestShipToInfo | Unset): The address the order ships to.
    """

    additional_attributes: list[OrderModifyAdditionalAttribute] | Unset = UNSET
    lines: list[OrderModifyLine] | Unset = UNSET
    notes: str | Unset = UNSET
    ship_to_info: OrderModifyRequestShipToInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        additional_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_attributes, Unset):
            additional_attributes = []
            for additional_attributes_item_data in self.additional_attributes:
                additional_attributes_item = additional_attributes_item_data.to_dict()
                additional_attributes.append(additional_attributes_item)

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        notes = self.notes

        ship_to_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_to_info, Unset):
            ship_to_info = self.ship_to_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if additional_attributes is not UNSET:
            field_dict["additionalAttributes"] = additional_attributes
        if lines is not UNSET:
            field_dict["lines"] = lines
        if notes is not UNSET:
            field_dict["notes"] = notes
        if ship_to_info is not UNSET:
            field_dict["shipToInfo"] = ship_to_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_modify_additional_attribute import (
            OrderModifyAdditionalAttribute,
        )
        from ..models.order_modify_line import OrderModifyLine
        from ..models.order_modify_request_ship_to_info import (
            OrderModifyRequestShipToInfo,
        )

        d = dict(src_dict)
        _additional_attributes = d.pop("additionalAttributes", UNSET)
        additional_attributes: list[OrderModifyAdditionalAttribute] | Unset = UNSET
        if _additional_attributes is not UNSET:
            additional_attributes = []
            for additional_attributes_item_data in _additional_attributes:
                additional_attributes_item = OrderModifyAdditionalAttribute.from_dict(
                    additional_attributes_item_data
                )

                additional_attributes.append(additional_attributes_item)

        _lines = d.pop("lines", UNSET)
        lines: list[OrderModifyLine] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = OrderModifyLine.from_dict(lines_item_data)

                lines.append(lines_item)

        notes = d.pop("notes", UNSET)

        _ship_to_info = d.pop("shipToInfo", UNSET)
        ship_to_info: OrderModifyRequestShipToInfo | Unset
        if isinstance(_ship_to_info, Unset):
            ship_to_info = UNSET
        else:
            ship_to_info = OrderModifyRequestShipToInfo.from_dict(_ship_to_info)

        order_modify_request = cls(
            additional_attributes=additional_attributes,
            lines=lines,
            notes=notes,
            ship_to_info=ship_to_info,
        )

        order_modify_request.additional_properties = d
        return order_modify_request

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
