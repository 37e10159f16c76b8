from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderV7ShipmentDetail")


@_attrs_define
class OrderV7ShipmentDetail:
    """How the order ships (carrier, freight account, instructions).

    Attributes:
        carrier_code (None | str | Unset): Ingram's code of the carrier (shipping method) to use or used.
        freight_account_number (None | str | Unset): Your own carrier account number, to ship on your account.
        requested_delivery_date (None | str | Unset): The date you want the order delivered.
        ship_complete (None | str | Unset): Whether to hold the order until it can ship complete (C ships complete, E as
            available).
        shipping_instructions (None | str | Unset): Instructions for the carrier or the warehouse.
        signature_required (bool | None | Unset): Whether the carrier must collect a signature on delivery.
    """

    carrier_code: None | str | Unset = UNSET
    freight_account_number: None | str | Unset = UNSET
    requested_delivery_date: None | str | Unset = UNSET
    ship_complete: None | str | Unset = UNSET
    shipping_instructions: None | str | Unset = UNSET
    signature_required: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carrier_code: None | str | Unset
        if isinstance(self.carrier_code, Unset):
            carrier_code = UNSET
        else:
            carrier_code = self.carrier_code

        freight_account_number: None | str | Unset
        if isinstance(self.freight_account_number, Unset):
            freight_account_number = UNSET
        else:
            freight_account_number = self.freight_account_number

        requested_delivery_date: None | str | Unset
        if isinstance(self.requested_delivery_date, Unset):
            requested_delivery_date = UNSET
        else:
            requested_delivery_date = self.requested_delivery_date

        ship_complete: None | str | Unset
        if isinstance(self.ship_complete, Unset):
            ship_complete = UNSET
        else:
            ship_complete = self.ship_complete

        shipping_instructions: None | str | Unset
        if isinstance(self.shipping_instructions, Unset):
            shipping_instructions = UNSET
        else:
            shipping_instructions = self.shipping_instructions

        signature_required: bool | None | Unset
        if isinstance(self.signature_required, Unset):
            signature_required = UNSET
        else:
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

        def _parse_carrier_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        carrier_code = _parse_carrier_code(d.pop("carrierCode", UNSET))

        def _parse_freight_account_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        freight_account_number = _parse_freight_account_number(
            d.pop("freightAccountNumber", UNSET)
        )

        def _parse_requested_delivery_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        requested_delivery_date = _parse_requested_delivery_date(
            d.pop("requestedDeliveryDate", UNSET)
        )

        def _parse_ship_complete(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ship_complete = _parse_ship_complete(d.pop("shipComplete", UNSET))

        def _parse_shipping_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shipping_instructions = _parse_shipping_instructions(
            d.pop("shippingInstructions", UNSET)
        )

        def _parse_signature_required(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        signature_required = _parse_signature_required(
            d.pop("signatureRequired", UNSET)
        )

        order_v7_shipment_detail = cls(
            carrier_code=carrier_code,
            freight_account_number=freight_account_number,
            requested_delivery_date=requested_delivery_date,
            ship_complete=ship_complete,
            shipping_instructions=shipping_instructions,
            signature_required=signature_required,
        )

        order_v7_shipment_detail.additional_properties = d
        return order_v7_shipment_detail

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
