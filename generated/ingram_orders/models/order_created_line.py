from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_created_line_additional_attribute import (
        OrderCreatedLineAdditionalAttribute,
    )
    from ..models.order_created_shipment_detail import OrderCreatedShipmentDetail


T = TypeVar("T", bound="OrderCreatedLine")


@_attrs_define
class OrderCreatedLine:
    """
    Attributes:
        additional_attributes (list[OrderCreatedLineAdditionalAttribute] | Unset): Name/value pairs for line options
            without a field of their own.
        customer_line_number (str | Unset): Your own number for the line, echoed back so you can match lines.
        extended_unit_price (float | Unset): Unit price times quantity for the line.
        ingram_line_number (str | Unset): Ingram's number for the line.
        ingram_part_number (str | Unset): Ingram's SKU of the product.
        line_status (str | Unset): Status of the line (e.g. backordered, shipped).
        notes (str | Unset): Free-text notes on the line.
        quantity_back_ordered (int | Unset): Units waiting for stock.
        quantity_confirmed (int | Unset): Units confirmed from stock.
        quantity_ordered (int | Unset): Units ordered.
        shipment_details (OrderCreatedShipmentDetail | Unset): How the line ships (carrier, warehouse, estimated dates).
        special_bid_number (str | Unset): Special pricing (bid) number for this line, when it differs from the order's.
        sub_order_number (str | Unset): Ingram's number of the sub-order (one per warehouse or shipment) this belongs
            to.
        unit_price (float | Unset): Price of one unit.
        vendor_part_number (str | Unset): The vendor's (manufacturer's) part number.
    """

    additional_attributes: list[OrderCreatedLineAdditionalAttribute] | Unset = UNSET
    customer_line_number: str | Unset = UNSET
    extended_unit_price: float | Unset = UNSET
    ingram_line_number: str | Unset = UNSET
    ingram_part_number: str | Unset = UNSET
    line_status: str | Unset = UNSET
    notes: str | Unset = UNSET
    quantity_back_ordered: int | Unset = UNSET
    quantity_confirmed: int | Unset = UNSET
    quantity_ordered: int | Unset = UNSET
    shipment_details: OrderCreatedShipmentDetail | Unset = UNSET
    special_bid_number: str | Unset = UNSET
    sub_order_number: str | Unset = UNSET
    unit_price: float | Unset = UNSET
    vendor_part_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        additional_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_attributes, Unset):
            additional_attributes = []
            for additional_attributes_item_data in self.additional_attributes:
                additional_attributes_item = additional_attributes_item_data.to_dict()
                additional_attributes.append(additional_attributes_item)

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

        special_bid_number = self.special_bid_number

        sub_order_number = self.sub_order_number

        unit_price = self.unit_price

        vendor_part_number = self.vendor_part_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if additional_attributes is not UNSET:
            field_dict["additionalAttributes"] = additional_attributes
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
        if special_bid_number is not UNSET:
            field_dict["specialBidNumber"] = special_bid_number
        if sub_order_number is not UNSET:
            field_dict["subOrderNumber"] = sub_order_number
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price
        if vendor_part_number is not UNSET:
            field_dict["vendorPartNumber"] = vendor_part_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_created_line_additional_attribute import (
            OrderCreatedLineAdditionalAttribute,
        )
        from ..models.order_created_shipment_detail import OrderCreatedShipmentDetail

        d = dict(src_dict)
        _additional_attributes = d.pop("additionalAttributes", UNSET)
        additional_attributes: list[OrderCreatedLineAdditionalAttribute] | Unset = UNSET
        if _additional_attributes is not UNSET:
            additional_attributes = []
            for additional_attributes_item_data in _additional_attributes:
                additional_attributes_item = (
                    OrderCreatedLineAdditionalAttribute.from_dict(
                        additional_attributes_item_data
                    )
                )

                additional_attributes.append(additional_attributes_item)

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
        shipment_details: OrderCreatedShipmentDetail | Unset
        if isinstance(_shipment_details, Unset):
            shipment_details = UNSET
        else:
            shipment_details = OrderCreatedShipmentDetail.from_dict(_shipment_details)

        special_bid_number = d.pop("specialBidNumber", UNSET)

        sub_order_number = d.pop("subOrderNumber", UNSET)

        unit_price = d.pop("unitPrice", UNSET)

        vendor_part_number = d.pop("vendorPartNumber", UNSET)

        order_created_line = cls(
            additional_attributes=additional_attributes,
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
            special_bid_number=special_bid_number,
            sub_order_number=sub_order_number,
            unit_price=unit_price,
            vendor_part_number=vendor_part_number,
        )

        order_created_line.additional_properties = d
        return order_created_line

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
