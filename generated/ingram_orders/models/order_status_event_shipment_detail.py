from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_status_event_package_detail import OrderStatusEventPackageDetail


T = TypeVar("T", bound="OrderStatusEventShipmentDetail")


@_attrs_define
class OrderStatusEventShipmentDetail:
    """
    Attributes:
        carrier_code (str | Unset): Ingram's code of the carrier (shipping method) to use or used.
        carrier_name (str | Unset): Name of the carrier.
        package_details (list[OrderStatusEventPackageDetail] | Unset): One entry per package.
        ship_from_warehouse_id (str | Unset): Ingram's id of the warehouse the line ships from.
        shipment_date (str | Unset): When the package shipped.
        warehouse_name (str | Unset): Name of the warehouse the package shipped from.
    """

    carrier_code: str | Unset = UNSET
    carrier_name: str | Unset = UNSET
    package_details: list[OrderStatusEventPackageDetail] | Unset = UNSET
    ship_from_warehouse_id: str | Unset = UNSET
    shipment_date: str | Unset = UNSET
    warehouse_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carrier_code = self.carrier_code

        carrier_name = self.carrier_name

        package_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.package_details, Unset):
            package_details = []
            for package_details_item_data in self.package_details:
                package_details_item = package_details_item_data.to_dict()
                package_details.append(package_details_item)

        ship_from_warehouse_id = self.ship_from_warehouse_id

        shipment_date = self.shipment_date

        warehouse_name = self.warehouse_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if carrier_code is not UNSET:
            field_dict["carrierCode"] = carrier_code
        if carrier_name is not UNSET:
            field_dict["carrierName"] = carrier_name
        if package_details is not UNSET:
            field_dict["packageDetails"] = package_details
        if ship_from_warehouse_id is not UNSET:
            field_dict["shipFromWarehouseId"] = ship_from_warehouse_id
        if shipment_date is not UNSET:
            field_dict["shipmentDate"] = shipment_date
        if warehouse_name is not UNSET:
            field_dict["warehouseName"] = warehouse_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_status_event_package_detail import (
            OrderStatusEventPackageDetail,
        )

        d = dict(src_dict)
        carrier_code = d.pop("carrierCode", UNSET)

        carrier_name = d.pop("carrierName", UNSET)

        _package_details = d.pop("packageDetails", UNSET)
        package_details: list[OrderStatusEventPackageDetail] | Unset = UNSET
        if _package_details is not UNSET:
            package_details = []
            for package_details_item_data in _package_details:
                package_details_item = OrderStatusEventPackageDetail.from_dict(
                    package_details_item_data
                )

                package_details.append(package_details_item)

        ship_from_warehouse_id = d.pop("shipFromWarehouseId", UNSET)

        shipment_date = d.pop("shipmentDate", UNSET)

        warehouse_name = d.pop("warehouseName", UNSET)

        order_status_event_shipment_detail = cls(
            carrier_code=carrier_code,
            carrier_name=carrier_name,
            package_details=package_details,
            ship_from_warehouse_id=ship_from_warehouse_id,
            shipment_date=shipment_date,
            warehouse_name=warehouse_name,
        )

        order_status_event_shipment_detail.additional_properties = d
        return order_status_event_shipment_detail

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
