from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderCreateShipmentDetail")


@_attrs_define
class OrderCreateShipmentDetail:
    """How the order ships (carrier, freight account, instructions).

    Attributes:
        carrier_code (str | Unset): Ingram's code of the carrier (shipping method) to use or used.
        freight_account_number (str | Unset): Your own carrier account number, to ship on your account.
        requested_delivery_date (datetime.date | Unset): The date you want the order delivered.
        ship_complete (str | Unset): Whether to hold the order until it can ship complete (C ships complete, E as
            available).
        shipping_instructions (str | Unset): Instructions for the carrier or the warehouse.
        signature_required (bool | Unset): Whether the carrier must collect a signature on delivery.
    """

    carrier_code: str | Unset = UNSET
    freight_account_number: str | Unset = UNSET
    requested_delivery_date: datetime.date | Unset = UNSET
    ship_complete: str | Unset = UNSET
    shipping_instructions: str | Unset = UNSET
    signature_required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carrier_code = self.carrier_code

        freight_account_number = self.freight_account_number

        requested_delivery_date: str | Unset = UNSET
        if not isinstance(self.requested_delivery_date, Unset):
            requested_delivery_date = self.requested_delivery_date.isoformat()

        ship_complete = self.ship_complete

        shipping_instructions = self.shipping_instructions

        signature_required = self.signature_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if carrier_code is not UNSET:
            field_dict["carrierCode"] = carrier_code
        if freight_account_number is not UNSET:
            field_dict["freightAccountNumber"] = freight_account_number
        if requested_delivery_date is not UNSET:
            field_dict["requestedDeliveryDate"] = requested_delivery_date
        if ship_complete is not UNSET:
            field_dict["shipComplete"] = ship_complete
        if shipping_instructions is not UNSET:
            field_dict["shippingInstructions"] = shipping_instructions
        if signature_required is not UNSET:
            field_dict["signatureRequired"] = signature_required

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        carrier_code = d.pop("carrierCode", UNSET)

        freight_account_number = d.pop("freightAccountNumber", UNSET)

        _requested_delivery_date = d.pop("requestedDeliveryDate", UNSET)
        requested_delivery_date: datetime.date | Unset
        if isinstance(_requested_delivery_date, Unset):
            requested_delivery_date = UNSET
        else:
            requested_delivery_date = datetime.date.fromisoformat(
                _requested_delivery_date
            )

        ship_complete = d.pop("shipComplete", UNSET)

        shipping_instructions = d.pop("shippingInstructions", UNSET)

        signature_required = d.pop("signatureRequired", UNSET)

        order_create_shipment_detail = cls(
            carrier_code=carrier_code,
            freight_account_number=freight_account_number,
            requested_delivery_date=requested_delivery_date,
            ship_complete=ship_complete,
            shipping_instructions=shipping_instructions,
            signature_required=signature_required,
        )

        order_create_shipment_detail.additional_properties = d
        return order_create_shipment_detail

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
