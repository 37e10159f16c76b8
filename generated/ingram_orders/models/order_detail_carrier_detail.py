from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_detail_tracking_detail import OrderDetailTrackingDetail


T = TypeVar("T", bound="OrderDetailCarrierDetail")


@_attrs_define
class OrderDetailCarrierDetail:
    """
    Attributes:
        carrier_code (str | Unset): Ingram's code of the carrier (shipping method) to use or used.
        carrier_name (str | Unset): Name of the carrier.
        carrier_pickup_date (str | Unset): When the carrier picked the shipment up.
        delivered_date (str | Unset): When the carrier delivered the shipment.
        estimated_delivery_date (str | Unset): When the shipment is expected to arrive.
        quantity (int | Unset): Units in this shipment.
        shipped_date (str | Unset): When the shipment left the warehouse.
        tracking_details (list[OrderDetailTrackingDetail] | None | Unset): One entry per tracked package.
    """

    carrier_code: str | Unset = UNSET
    carrier_name: str | Unset = UNSET
    carrier_pickup_date: str | Unset = UNSET
    delivered_date: str | Unset = UNSET
    estimated_delivery_date: str | Unset = UNSET
    quantity: int | Unset = UNSET
    shipped_date: str | Unset = UNSET
    tracking_details: list[OrderDetailTrackingDetail] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        carrier_code = self.carrier_code

        carrier_name = self.carrier_name

        carrier_pickup_date = self.carrier_pickup_date

        delivered_date = self.delivered_date

        estimated_delivery_date = self.estimated_delivery_date

        quantity = self.quantity

        shipped_date = self.shipped_date

        tracking_details: list[dict[str, Any]] | None | Unset
        if isinstance(self.tracking_details, Unset):
            tracking_details = UNSET
        elif isinstance(self.tracking_details, list):
            tracking_details = []
            for tracking_details_type_0_item_data in self.tracking_details:
                tracking_details_type_0_item = (
                    tracking_details_type_0_item_data.to_dict()
                )
                tracking_details.append(tracking_details_type_0_item)

        else:
            tracking_details = self.tracking_details

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if carrier_code is not UNSET:
            field_dict["carrierCode"] = carrier_code
        if carrier_name is not UNSET:
            field_dict["carrierName"] = carrier_name
        if carrier_pickup_date is not UNSET:
            field_dict["carrierPickupDate"] = carrier_pickup_date
        if delivered_date is not UNSET:
            field_dict["deliveredDate"] = delivered_date
        if estimated_delivery_date is not UNSET:
            field_dict["estimatedDeliveryDate"] = estimated_delivery_date
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if shipped_date is not UNSET:
            field_dict["shippedDate"] = shipped_date
        if tracking_details is not UNSET:
            field_dict["trackingDetails"] = tracking_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_detail_tracking_detail import OrderDetailTrackingDetail

        d = dict(src_dict)
        carrier_code = d.pop("carrierCode", UNSET)

        carrier_name = d.pop("carrierName", UNSET)

        carrier_pickup_date = d.pop("carrierPickupDate", UNSET)

        delivered_date = d.pop("deliveredDate", UNSET)

        estimated_delivery_date = d.pop("estimatedDeliveryDate", UNSET)

        quantity = d.pop("quantity", UNSET)

        shipped_date = d.pop("shippedDate", UNSET)

        def _parse_tracking_details(
            data: object,
        ) -> list[OrderDetailTrackingDetail] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tracking_details_type_0 = []
                _tracking_details_type_0 = data
                for tracking_details_type_0_item_data in _tracking_details_type_0:
                    tracking_details_type_0_item = OrderDetailTrackingDetail.from_dict(
                        tracking_details_type_0_item_data
                    )

                    tracking_details_type_0.append(tracking_details_type_0_item)

                return tracking_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OrderDetailTrackingDetail] | None | Unset, data)

        tracking_details = _parse_tracking_details(d.pop("trackingDetails", UNSET))

        order_detail_carrier_detail = cls(
            carrier_code=carrier_code,
            carrier_name=carrier_name,
            carrier_pickup_date=carrier_pickup_date,
            delivered_date=delivered_date,
            estimated_delivery_date=estimated_delivery_date,
            quantity=quantity,
            shipped_date=shipped_date,
            tracking_details=tracking_details,
        )

        return order_detail_carrier_detail
