from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_detail_carrier_detail import OrderDetailCarrierDetail


T = TypeVar("T", bound="OrderDetailShipmentDetail")


@_attrs_define
class OrderDetailShipmentDetail:
    """
    Attributes:
        carrier_details (list[OrderDetailCarrierDetail] | None | Unset): One entry per carrier that moves the shipment.
        delivery_number (str | Unset): Ingram's delivery (picking) number of the shipment.
        estimated_delivery_date (str | Unset): When the shipment is expected to arrive.
        estimated_ship_date (str | Unset): When the shipment is expected to leave the warehouse.
        invoice_date (str | Unset): When the shipment was invoiced.
        invoice_number (str | Unset): Number of the invoice for the shipment.
        quantity (int | None | Unset): Units in this shipment.
        ship_from_location (str | Unset): City of the warehouse the line ships from.
        ship_from_warehouse_id (str | Unset): Ingram's id of the warehouse the line ships from.
        shipped_date (str | Unset): When the shipment left the warehouse.
    """

    carrier_details: list[OrderDetailCarrierDetail] | None | Unset = UNSET
    delivery_number: str | Unset = UNSET
    estimated_delivery_date: str | Unset = UNSET
    estimated_ship_date: str | Unset = UNSET
    invoice_date: str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    quantity: int | None | Unset = UNSET
    ship_from_location: str | Unset = UNSET
    ship_from_warehouse_id: str | Unset = UNSET
    shipped_date: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        carrier_details: list[dict[str, Any]] | None | Unset
        if isinstance(self.carrier_details, Unset):
            carrier_details = UNSET
        elif isinstance(self.carrier_details, list):
            carrier_details = []
            for carrier_details_type_0_item_data in self.carrier_details:
                carrier_details_type_0_item = carrier_details_type_0_item_data.to_dict()
                carrier_details.append(carrier_details_type_0_item)

        else:
            carrier_details = self.carrier_details

        delivery_number = self.delivery_number

        estimated_delivery_date = self.estimated_delivery_date

        estimated_ship_date = self.estimated_ship_date

        invoice_date = self.invoice_date

        invoice_number = self.invoice_number

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        ship_from_location = self.ship_from_location

        ship_from_warehouse_id = self.ship_from_warehouse_id

        shipped_date = self.shipped_date

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if carrier_details is not UNSET:
            field_dict["carrierDetails"] = carrier_details
        if delivery_number is not UNSET:
            field_dict["deliveryNumber"] = delivery_number
        if estimated_delivery_date is not UNSET:
            field_dict["estimatedDeliveryDate"] = estimated_delivery_date
        if estimated_ship_date is not UNSET:
            field_dict["estimatedShipDate"] = estimated_ship_date
        if invoice_date is not UNSET:
            field_dict["invoiceDate"] = invoice_date
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if ship_from_location is not UNSET:
            field_dict["shipFromLocation"] = ship_from_location
        if ship_from_warehouse_id is not UNSET:
            field_dict["shipFromWarehouseId"] = ship_from_warehouse_id
        if shipped_date is not UNSET:
            field_dict["shippedDate"] = shipped_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_detail_carrier_detail import OrderDetailCarrierDetail

        d = dict(src_dict)

        def _parse_carrier_details(
            data: object,
        ) -> list[OrderDetailCarrierDetail] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                carrier_details_type_0 = []
                _carrier_details_type_0 = data
                for carrier_details_type_0_item_data in _carrier_details_type_0:
                    carrier_details_type_0_item = OrderDetailCarrierDetail.from_dict(
                        carrier_details_type_0_item_data
                    )

                    carrier_details_type_0.append(carrier_details_type_0_item)

                return carrier_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OrderDetailCarrierDetail] | None | Unset, data)

        carrier_details = _parse_carrier_details(d.pop("carrierDetails", UNSET))

        delivery_number = d.pop("deliveryNumber", UNSET)

        estimated_delivery_date = d.pop("estimatedDeliveryDate", UNSET)

        estimated_ship_date = d.pop("estimatedShipDate", UNSET)

        invoice_date = d.pop("invoiceDate", UNSET)

        invoice_number = d.pop("invoiceNumber", UNSET)

        def _parse_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        ship_from_location = d.pop("shipFromLocation", UNSET)

        ship_from_warehouse_id = d.pop("shipFromWarehouseId", UNSET)

        shipped_date = d.pop("shippedDate", UNSET)

        order_detail_shipment_detail = cls(
            carrier_details=carrier_details,
            delivery_number=delivery_number,
            estimated_delivery_date=estimated_delivery_date,
            estimated_ship_date=estimated_ship_date,
            invoice_date=invoice_date,
            invoice_number=invoice_number,
            quantity=quantity,
            ship_from_location=ship_from_location,
            ship_from_warehouse_id=ship_from_warehouse_id,
            shipped_date=shipped_date,
        )

        return order_detail_shipment_detail
