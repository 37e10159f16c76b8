from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_detail_serial_number import OrderDetailSerialNumber


T = TypeVar("T", bound="OrderDetailTrackingDetail")


@_attrs_define
class OrderDetailTrackingDetail:
    """
    Attributes:
        carton_number (str | Unset): Number of the carton within the shipment.
        package_weight (str | Unset): Weight of the package.
        quantity_in_box (str | Unset): Units in the box.
        serial_numbers (list[OrderDetailSerialNumber] | None | Unset): Serial numbers of the units in the carton.
        tracking_number (str | Unset): The carrier's tracking number.
        tracking_url (str | Unset): Where to follow the package on the carrier's site.
    """

    carton_number: str | Unset = UNSET
    package_weight: str | Unset = UNSET
    quantity_in_box: str | Unset = UNSET
    serial_numbers: list[OrderDetailSerialNumber] | None | Unset = UNSET
    tracking_number: str | Unset = UNSET
    tracking_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        carton_number = self.carton_number

        package_weight = self.package_weight

        quantity_in_box = self.quantity_in_box

        serial_numbers: list[dict[str, Any]] | None | Unset
        if isinstance(self.serial_numbers, Unset):
            serial_numbers = UNSET
        elif isinstance(self.serial_numbers, list):
            serial_numbers = []
            for serial_numbers_type_0_item_data in self.serial_numbers:
                serial_numbers_type_0_item = serial_numbers_type_0_item_data.to_dict()
                serial_numbers.append(serial_numbers_type_0_item)

        else:
            serial_numbers = self.serial_numbers

        tracking_number = self.tracking_number

        tracking_url = self.tracking_url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if carton_number is not UNSET:
            field_dict["cartonNumber"] = carton_number
        if package_weight is not UNSET:
            field_dict["packageWeight"] = package_weight
        if quantity_in_box is not UNSET:
            field_dict["quantityInBox"] = quantity_in_box
        if serial_numbers is not UNSET:
            field_dict["serialNumbers"] = serial_numbers
        if tracking_number is not UNSET:
            field_dict["trackingNumber"] = tracking_number
        if tracking_url is not UNSET:
            field_dict["trackingUrl"] = tracking_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_detail_serial_number import OrderDetailSerialNumber

        d = dict(src_dict)
        carton_number = d.pop("cartonNumber", UNSET)

        package_weight = d.pop("packageWeight", UNSET)

        quantity_in_box = d.pop("quantityInBox", UNSET)

        def _parse_serial_numbers(
            data: object,
        ) -> list[OrderDetailSerialNumber] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                serial_numbers_type_0 = []
                _serial_numbers_type_0 = data
                for serial_numbers_type_0_item_data in _serial_numbers_type_0:
                    serial_numbers_type_0_item = OrderDetailSerialNumber.from_dict(
                        serial_numbers_type_0_item_data
                    )

                    serial_numbers_type_0.append(serial_numbers_type_0_item)

                return serial_numbers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OrderDetailSerialNumber] | None | Unset, data)

        serial_numbers = _parse_serial_numbers(d.pop("serialNumbers", UNSET))

        tracking_number = d.pop("trackingNumber", UNSET)

        tracking_url = d.pop("trackingUrl", UNSET)

        order_detail_tracking_detail = cls(
            carton_number=carton_number,
            package_weight=package_weight,
            quantity_in_box=quantity_in_box,
            serial_numbers=serial_numbers,
            tracking_number=tracking_number,
            tracking_url=tracking_url,
        )

        return order_detail_tracking_detail
