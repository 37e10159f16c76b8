from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderDetailLicenseInfo")


@_attrs_define
class OrderDetailLicenseInfo:
    """The software license bought with this line.

    Attributes:
        description (str | Unset): What the license is for.
        license_end_date (str | Unset): When the license ends.
        license_number (list[str] | None | Unset): License keys or numbers issued.
        license_start_date (str | Unset): When the license starts.
        quantity (str | Unset): Number of licenses.
    """

    description: str | Unset = UNSET
    license_end_date: str | Unset = UNSET
    license_number: list[str] | None | Unset = UNSET
    license_start_date: str | Unset = UNSET
    quantity: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        license_end_date = self.license_end_date

        license_number: list[str] | None | Unset
        if isinstance(self.license_number, Unset):
            license_number = UNSET
        elif isinstance(self.license_number, list):
            license_number = self.license_number

        else:
            license_number = self.license_number

        license_start_date = self.license_start_date

        quantity = self.quantity

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if license_end_date is not UNSET:
            field_dict["licenseEndDate"] = license_end_date
        if license_number is not UNSET:
            field_dict["licenseNumber"] = license_number
        if license_start_date is not UNSET:
            field_dict["licenseStartDate"] = license_start_date
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        license_end_date = d.pop("licenseEndDate", UNSET)

        def _parse_license_number(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                license_number_type_0 = cast(list[str], data)

                return license_number_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        license_number = _parse_license_number(d.pop("licenseNumber", UNSET))

        license_start_date = d.pop("licenseStartDate", UNSET)

        quantity = d.pop("quantity", UNSET)

        order_detail_license_info = cls(
            description=description,
            license_end_date=license_end_date,
            license_number=license_number,
            license_start_date=license_start_date,
            quantity=quantity,
        )

        return order_detail_license_info
