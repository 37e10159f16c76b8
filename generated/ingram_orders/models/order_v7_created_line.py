from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_v7_created_shipment_detail import OrderV7CreatedShipmentDetail


T = TypeVar("T", bound="OrderV7CreatedLine")


@_attrs_define
class OrderV7CreatedLine:
    """
    Attributes:
        customer_line_number (str | Unset): Your own number for the line, echoed back so you can match lines.
        extended_unit_price (float | Unset): Unit price times quantity for the line.
        ingram_line_number (str | Unset): Ingram's number for the line.
        ingram_part_number (str | Unset): Ingram's SKU of the product.
        line_status (str | Unset): Status of the line (e.g. backordered, shipped).
        notes (str | Unset): Free-text notes on the line.
        quantity_back_ordered (int | Unset): Units waiting for stock.
        quantity_confirmed (int | Unset): Units confirmed from stock.
        quantity_ordered (int | Unset): Units ordered.
        shipment_details (OrderV7CreatedShipmentDetail | Unset): How the line ships (carrier, warehouse, estimated
            dates).
        sub_order_number (str | Unset): Ingram's number of the sub-order (one per warehouse or shipment) this belongs
            to.
        unit_price (float | Unset): Price of one unit.
    """

    customer_line_number: str | Unset = UNSET
    extended_unit_price: float | Unset = UNSET
    ingram_line_number: str | Unset = UNSET
    ingram_part_number: str | Unset = UNSET
    line_status: str | Unset = UNSET
    notes: str | Unset = UNSET
    quantity_back_ordered: int | Unset = UNSET
    quantity_confirmed: int | Unset = UNSET
    quantity_ordered: int | Unset = UNSET
    shipment_details: OrderV7CreatedShipmentDetail | Unset = UNSET
    sub_order_number: str | Unset = UNSET
    unit_price: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_line_number = self.customer_line_number

        extended_unit_price = self.extended_unit_price

        ingram_line_number = self.ingram_line_number

        ingram_part_number = self.ingram_part_number

        line_status = self.line_status

        notes = self.notes

        quantity_back_ordered = self.quantity_back_ordered

        quantity_confirmed = self.quantity_confirmed

        quantity_ordered = self.quantity_ordered

        shipment_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipment_details, Unset):
            shipment_details = self.shipment_details.to_dict()

        sub_order_number = self.sub_order_number

        unit_price = self.unit_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_line_number is not UNSET:
            field_dict["customerLineNumber"] = customer_line_number
        if extended_unit_price is not UNSET:
            field_dict["extendedUnitPrice"] = extended_unit_price
        if ingram_line_number is not UNSET:
            field_dict["ingramLineNumber"] = ingram_line_number
        if ingram_part_number is not UNSET:
            field_dict["ingramPartNumber"] = ingram_part_number
        if line_status is not UNSET:
            field_dict["lineStatus"] = line_status
        if notes is not UNSET:
            field_dict["notes"] = notes
        if quantity_back_ordered is not UNSET:
            field_dict["quantityBackOrdered"] = quantity_back_ordered
        if quantity_confirmed is not UNSET:
            field_dict["quantityConfirmed"] = quantity_confirmed
        if quantity_ordered is not UNSET:
            field_dict["quantityOrdered"] = quantity_ordered
        if shipment_details is not UNSET:
            field_dict["shipmentDetails"] = shipment_details
        if sub_order_number is not UNSET:
            field_dict["subOrderNumber"] = sub_order_number
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_v7_created_shipment_detail import (
            OrderV7CreatedShipmentDetail,
        )

        d = dict(src_dict)
        customer_line_number = d.pop("customerLineNumber", UNSET)

        extended_unit_price = d.pop("extendedUnitPrice", UNSET)

        ingram_line_number = d.pop("ingramLineNumber", UNSET)

        ingram_part_number = d.pop("ingramPartNumber", UNSET)

        line_status = d.pop("lineStatus", UNSET)

        notes = d.pop("notes", UNSET)

        quantity_back_ordered = d.pop("quantityBackOrdered", UNSET)

        quantity_confirmed = d.pop("quantityConfirmed", UNSET)

        quantity_ordered = d.pop("quantityOrdered", UNSET)

        _shipment_details = d.pop("shipmentDetails", UNSET)
        shipment_details: OrderV7CreatedShipmentDetail | Unset
        if isinstance(_shipment_details, Unset):
            shipment_details = UNSET
        else:
            shipment_details = OrderV7CreatedShipmentDetail.from_dict(_shipment_details)

        sub_order_number = d.pop("subOrderNumber", UNSET)

        unit_price = d.pop("unitPrice", UNSET)

        order_v7_created_line = cls(
            customer_line_number=customer_line_number,
            extended_unit_price=extended_unit_price,
            ingram_line_number=ingram_line_number,
            ingram_part_number=ingram_part_number,
            line_status=line_status,
            notes=notes,
            quantity_back_ordered=quantity_back_ordered,
            quantity_confirmed=quantity_confirmed,
            quantity_ordered=quantity_ordered,
            shipment_details=shipment_details,
            sub_order_number=sub_order_number,
            unit_price=unit_price,
        )

        order_v7_created_line.additional_properties = d
        return order_v7_created_line

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
