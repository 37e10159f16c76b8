from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderV7CreatedShipmentDetail")


@_attrs_define
class OrderV7CreatedShipmentDetail:
    """How the line ships (carrier, warehouse, estimated dates).

    Attributes:
        carrier_code (str | Unset): Ingram's code of the carrier (shipping method) to use or used.
        carrier_name (str | Unset): Name of the carrier.
        ship_from_location (str | Unset): City of the warehouse the line ships from.
        ship_from_warehouse_id (str | Unset): Ingram's id of the warehouse the line ships from.
    """

    carrier_code: str | Unset = UNSET
    carrier_name: str | Unset = UNSET
    ship_from_location: str | Unset = UNSET
    ship_from_warehouse_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carrier_code = self.carrier_code

        carrier_name = self.carrier_name

        ship_from_location = self.ship_from_location

        ship_from_warehouse_id = self.ship_from_warehouse_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if carrier_code is not UNSET:
            field_dict["carrierCode"] = carrier_code
        if carrier_name is not UNSET:
            field_dict["carrierName"] = carrier_name
        if ship_from_location is not UNSET:
            field_dict["shipFromLocation"] = ship_from_location
        if ship_from_warehouse_id is not UNSET:
            field_dict["shipFromWarehouseId"] = ship_from_warehouse_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        carrier_code = d.pop("carrierCode", UNSET)

        carrier_name = d.pop("carrierName", UNSET)

        ship_from_location = d.pop("shipFromLocation", UNSET)

        ship_from_warehouse_id = d.pop("shipFromWarehouseId", UNSET)

        order_v7_created_shipment_detail = cls(
            carrier_code=carrier_code,
            carrier_name=carrier_name,
            ship_from_location=ship_from_location,
            ship_from_warehouse_id=ship_from_warehouse_id,
        )

        order_v7_created_shipment_detail.additional_properties = d
        return order_v7_created_shipment_detail

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
