from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderDetailScheduleLine")


@_attrs_define
class OrderDetailScheduleLine:
    """
    Attributes:
        confirmed_quantity (str | Unset): Units confirmed for this shipment or schedule line.
        goods_issue_date (str | Unset): When the goods of the schedule line leave the warehouse.
        line_number (str | Unset): Number of the order line this entry belongs to.
        requested_quantity (str | Unset): Units requested.
        schedule_line_date (str | Unset): Date of the schedule line.
    """

    confirmed_quantity: str | Unset = UNSET
    goods_issue_date: str | Unset = UNSET
    line_number: str | Unset = UNSET
    requested_quantity: str | Unset = UNSET
    schedule_line_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confirmed_quantity = self.confirmed_quantity

        goods_issue_date = self.goods_issue_date

        line_number = self.line_number

        requested_quantity = self.requested_quantity

        schedule_line_date = self.schedule_line_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if confirmed_quantity is not UNSET:
            field_dict["confirmedQuantity"] = confirmed_quantity
        if goods_issue_date is not UNSET:
            field_dict["goodsIssueDate"] = goods_issue_date
        if line_number is not UNSET:
            field_dict["lineNumber"] = line_number
        if requested_quantity is not UNSET:
            field_dict["requestedQuantity"] = requested_quantity
        if schedule_line_date is not UNSET:
            field_dict["scheduleLineDate"] = schedule_line_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        confirmed_quantity = d.pop("confirmedQuantity", UNSET)

        goods_issue_date = d.pop("goodsIssueDate", UNSET)

        line_number = d.pop("lineNumber", UNSET)

        requested_quantity = d.pop("requestedQuantity", UNSET)

        schedule_line_date = d.pop("scheduleLineDate", UNSET)

        order_detail_schedule_line = cls(
            confirmed_quantity=confirmed_quantity,
            goods_issue_date=goods_issue_date,
            line_number=line_number,
            requested_quantity=requested_quantity,
            schedule_line_date=schedule_line_date,
        )

        order_detail_schedule_line.additional_properties = d
        return order_detail_schedule_line

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
