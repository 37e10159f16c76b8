from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderCreatedShipmentDetail")


@_attrs_define
class OrderCreatedShipmentDetail:
    """How the line ships (carrier, warehouse, estimated dates).

    Attributes:
        carrier_code (str | Unset): Ingram's code of the carrier (shipping method) to use or used.
        carrier_name (str | Unset): Name of the carrier.
        freight_account_number (str | Unset): Your own carrier account number, to ship on your account.
        ship_from_location (str | Unset): City of the warehouse the line ships from.
        ship_from_warehouse_id (str | Unset): Ingram's id of the warehouse the line ships from.
        shipping_instructions (str | Unset): Instructions for the carrier or the warehouse.
        signature_required (str | Unset): Whether the carrier must collect a signature on delivery.
    """

    carrier_code: str | Unset = UNSET
    carrier_name: str | Unset = UNSET
    freight_account_number: str | Unset = UNSET
    ship_from_location: str | Unset = UNSET
    ship_from_warehouse_id: str | Unset = UNSET
    shipping_instructions: str | Unset = UNSET
    signature_required: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carrier_code = self.carrier_code

        carrier_name = self.carrier_name

        freight_account_number = self.freight_account_number

        ship_from_location = self.ship_from_location

        ship_from_warehouse_id = self.ship_from_warehouse_id

        shipping_instructions = self.shipping_instructions

        signature_required = self.signature_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if carrier_code is not UNSET:
            field_dict["carrierCode"] = carrier_code
        if carrier_name is not UNSET:
            field_dict["carrierName"] = carrier_name
        if freight_account_number is not UNSET:
            field_dict["freightAccountNumber"] = freight_account_number
        if ship_from_location is not UNSET:
            field_dict["shipFromLocation"] = ship_from_location
        if ship_from_warehouse_id is not UNSET:
            field_dict["shipFromWarehouseId"] = ship_from_warehouse_id
        if shipping_instructions is not UNSET:
            field_dict["shippingInstructions"] = shipping_instructions
        if signature_required is not UNSET:
            field_dict["signatureRequired"] = signature_required

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        carrier_code = d.pop("carrierCode", UNSET)

        carrier_name = d.pop("carrierName", UNSET)

        freight_account_number = d.pop("freightAccountNumber", UNSET)

        ship_from_location = d.pop("shipFromLocation", UNSET)

        ship_from_warehouse_id = d.pop("shipFromWarehouseId", UNSET)

        shipping_instructions = d.pop("shippingInstructions", UNSET)

        signature_required = d.pop("signatureRequired", UNSET)

        order_created_shipment_detail = cls(
            carrier_code=carrier_code,
            carrier_name=carrier_name,
            freight_account_number=freight_account_number,
            ship_from_location=ship_from_location,
            ship_from_warehouse_id=ship_from_warehouse_id,
            shipping_instructions=shipping_instructions,
            signature_required=signature_required,
        )

        order_created_shipment_detail.additional_properties = d
        return order_created_shipment_detail

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
