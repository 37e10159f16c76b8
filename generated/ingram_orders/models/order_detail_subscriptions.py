from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderDetailSubscriptions")


@_attrs_define
class OrderDetailSubscriptions:
    """The subscription bought with this line.

    Attributes:
        billing_model (str | Unset): How the subscription is billed (e.g. YEAR).
        renewal_term (str | Unset): Renewal term of the subscription.
        subcription_end_date (str | Unset): When the subscription ends.
        subcription_start_date (str | Unset): When the subscription starts.
        subscription_id (str | Unset): Id of the subscription.
        subscription_term (str | Unset): Term of the subscription.
    """

    billing_model: str | Unset = UNSET
    renewal_term: str | Unset = UNSET
    subcription_end_date: str | Unset = UNSET
    subcription_start_date: str | Unset = UNSET
    subscription_id: str | Unset = UNSET
    subscription_term: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        billing_model = self.billing_model

        renewal_term = self.renewal_term

        subcription_end_date = self.subcription_end_date

        subcription_start_date = self.subcription_start_date

        subscription_id = self.subscription_id

        subscription_term = self.subscription_term

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if billing_model is not UNSET:
            field_dict["billingModel"] = billing_model
        if renewal_term is not UNSET:
            field_dict["renewalTerm"] = renewal_term
        if subcription_end_date is not UNSET:
            field_dict["subcriptionEndDate"] = subcription_end_date
        if subcription_start_date is not UNSET:
            field_dict["subcriptionStartDate"] = subcription_start_date
        if subscription_id is not UNSET:
            field_dict["subscriptionId"] = subscription_id
        if subscription_term is not UNSET:
            field_dict["subscriptionTerm"] = subscription_term

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        billing_model = d.pop("billingModel", UNSET)

        renewal_term = d.pop("renewalTerm", UNSET)

        subcription_end_date = d.pop("subcriptionEndDate", UNSET)

        subcription_start_date = d.pop("subcriptionStartDate", UNSET)

        subscription_id = d.pop("subscriptionId", UNSET)

        subscription_term = d.pop("subscriptionTerm", UNSET)

        order_detail_subscriptions = cls(
            billing_model=billing_model,
            renewal_term=renewal_term,
            subcription_end_date=subcription_end_date,
            subcription_start_date=subcription_start_date,
            subscription_id=subscription_id,
            subscription_term=subscription_term,
        )

        return order_detail_subscriptions
