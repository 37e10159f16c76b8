from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_status_event_serial_number_detail import (
        OrderStatusEventSerialNumberDetail,
    )
    from ..models.order_status_event_shipment_detail import (
        OrderStatusEventShipmentDetail,
    )


T = TypeVar("T", bound="OrderStatusEventLine")


@_attrs_define
class OrderStatusEventLine:
    """
    Attributes:
        line_number (str | Unset): Ingram's number for the line.
        backordered_quantity (int | Unset): Units of the line waiting for stock.
        ingram_part_number (str | Unset): Ingram's SKU of the product.
        line_status (str | Unset): Status of the line (e.g. backordered, shipped).
        requested_quantity (int | Unset): Units requested.
        serial_number_details (list[OrderStatusEventSerialNumberDetail] | Unset): Serial numbers of the shipped units.
        shipment_details (list[OrderStatusEventShipmentDetail] | Unset): How the line ships (carrier, warehouse,
            estimated dates).
        shipped_quantity (int | Unset): Units shipped.
        sub_order_number (str | Unset): Ingram's number of the sub-order (one per warehouse or shipment) this belongs
            to.
        vendor_part_number (str | Unset): The vendor's (manufacturer's) part number.
    """

    line_number: str | Unset = UNSET
    backordered_quantity: int | Unset = UNSET
    ingram_part_number: str | Unset = UNSET
    line_status: str | Unset = UNSET
    requested_quantity: int | Unset = UNSET
    serial_number_details: list[OrderStatusEventSerialNumberDetail] | Unset = UNSET
    shipment_details: list[OrderStatusEventShipmentDetail] | Unset = UNSET
    shipped_quantity: int | Unset = UNSET
    sub_order_number: str | Unset = UNSET
    vendor_part_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_number = self.line_number

        backordered_quantity = self.backordered_quantity

        ingram_part_number = self.ingram_part_number

        line_status = self.line_status

        requested_quantity = self.requested_quantity

        serial_number_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.serial_number_details, Unset):
            serial_number_details = []
            for serial_number_details_item_data in self.serial_number_details:
                serial_number_details_item = serial_number_details_item_data.to_dict()
                serial_number_details.append(serial_number_details_item)

        shipment_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipment_details, Unset):
            shipment_details = []
            for shipment_details_item_data in self.shipment_details:
                shipment_details_item = shipment_details_item_data.to_dict()
                shipment_details.append(shipment_details_item)

        shipped_quantity = self.shipped_quantity

        sub_order_number = self.sub_order_number

        vendor_part_number = self.vendor_part_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_number is not UNSET:
            field_dict["LineNumber"] = line_number
        if backordered_quantity is not UNSET:
            field_dict["backorderedQuantity"] = backordered_quantity
        if ingram_part_number is not UNSET:
            field_dict["ingramPartNumber"] = ingram_part_number
        if line_status is not UNSET:
            field_dict["lineStatus"] = line_status
        if requested_quantity is not UNSET:
            field_dict["requestedQuantity"] = requested_quantity
        if serial_number_details is not UNSET:
            field_dict["serialNumberDetails"] = serial_number_details
        if shipment_details is not UNSET:
            field_dict["shipmentDetails"] = shipment_details
        if shipped_quantity is not UNSET:
            field_dict["shippedQuantity"] = shipped_quantity
        if sub_order_number is not UNSET:
            field_dict["subOrderNumber"] = sub_order_number
        if vendor_part_number is not UNSET:
            field_dict["vendorPartNumber"] = vendor_part_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_status_event_serial_number_detail import (
            OrderStatusEventSerialNumberDetail,
        )
        from ..models.order_status_event_shipment_detail import (
            OrderStatusEventShipmentDetail,
        )

        d = dict(src_dict)
        line_number = d.pop("LineNumber", UNSET)

        backordered_quantity = d.pop("backorderedQuantity", UNSET)

        ingram_part_number = d.pop("ingramPartNumber", UNSET)

        line_status = d.pop("lineStatus", UNSET)

        requested_quantity = d.pop("requestedQuantity", UNSET)

        _serial_number_details = d.pop("serialNumberDetails", UNSET)
        serial_number_details: list[OrderStatusEventSerialNumberDetail] | Unset = UNSET
        if _serial_number_details is not UNSET:
            serial_number_details = []
            for serial_number_details_item_data in _serial_number_details:
                serial_number_details_item = (
                    OrderStatusEventSerialNumberDetail.from_dict(
                        serial_number_details_item_data
                    )
                )

                serial_number_details.append(serial_number_details_item)

        _shipment_details = d.pop("shipmentDetails", UNSET)
        shipment_details: list[OrderStatusEventShipmentDetail] | Unset = UNSET
        if _shipment_details is not UNSET:
            shipment_details = []
            for shipment_details_item_data in _shipment_details:
                shipment_details_item = OrderStatusEventShipmentDetail.from_dict(
                    shipment_details_item_data
                )

                shipment_details.append(shipment_details_item)

        shipped_quantity = d.pop("shippedQuantity", UNSET)

        sub_order_number = d.pop("subOrderNumber", UNSET)

        vendor_part_number = d.pop("vendorPartNumber", UNSET)

        order_status_event_line = cls(
            line_number=line_number,
            backordered_quantity=backordered_quantity,
            ingram_part_number=ingram_part_number,
            line_status=line_status,
            requested_quantity=requested_quantity,
            serial_number_details=serial_number_details,
            shipment_details=shipment_details,
            shipped_quantity=shipped_quantity,
            sub_order_number=sub_order_number,
            vendor_part_number=vendor_part_number,
        )

        order_status_event_line.additional_properties = d
        return order_status_event_line

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
