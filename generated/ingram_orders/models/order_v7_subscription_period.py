from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderV7SubscriptionPeriod")


@_attrs_define
class OrderV7SubscriptionPeriod:
    """
    Attributes:
        type_ (str | Unset): Kind of the entry.
        duration (int | Unset): Length of the subscription, in its units.
        end_date_alignment_type (str | Unset): How the subscription's end date is aligned (e.g. with other
            subscriptions).
        start_date (str | Unset): First date of the range.
        subscription_id (str | Unset): Id of the subscription.
    """

    type_: str | Unset = UNSET
    duration: int | Unset = UNSET
    end_date_alignment_type: str | Unset = UNSET
    start_date: str | Unset = UNSET
    subscription_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        duration = self.duration

        end_date_alignment_type = self.end_date_alignment_type

        start_date = self.start_date

        subscription_id = self.subscription_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if duration is not UNSET:
            field_dict["duration"] = duration
        if end_date_alignment_type is not UNSET:
            field_dict["endDateAlignmentType"] = end_date_alignment_type
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if subscription_id is not UNSET:
            field_dict["subscriptionId"] = subscription_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        duration = d.pop("duration", UNSET)

        end_date_alignment_type = d.pop("endDateAlignmentType", UNSET)

        start_date = d.pop("startDate", UNSET)

        subscription_id = d.pop("subscriptionId", UNSET)

        order_v7_subscription_period = cls(
            type_=type_,
            duration=duration,
            end_date_alignment_type=end_date_alignment_type,
            start_date=start_date,
            subscription_id=subscription_id,
        )

        order_v7_subscription_period.additional_properties = d
        return order_v7_subscription_period

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
