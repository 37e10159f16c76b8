from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderV7CreatedShipToInfo")


@_attrs_define
class OrderV7CreatedShipToInfo:
    """The address the order ships to.

    Attributes:
        address_id (str | Unset): Ingram's id of a stored address to use instead of spelling the address out.
        address_line_1 (str | Unset): First street address line.
        address_line_2 (str | Unset): Second street address line (suite, floor, building).
        city (str | Unset): City.
        company_name (str | Unset): Company name of the addressee.
        country_code (str | Unset): Two-letter ISO 3166 country code.
        postal_code (str | Unset): Postal (ZIP) code.
        state (str | Unset): State or province code.
    """

    address_id: str | Unset = UNSET
    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    city: str | Unset = UNSET
    company_name: str | Unset = UNSET
    country_code: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    state: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_id = self.address_id

        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        city = self.city

        company_name = self.company_name

        country_code = self.country_code

        postal_code = self.postal_code

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_id is not UNSET:
            field_dict["addressId"] = address_id
        if address_line_1 is not UNSET:
            field_dict["addressLine1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if city is not UNSET:
            field_dict["city"] = city
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address_id = d.pop("addressId", UNSET)

        address_line_1 = d.pop("addressLine1", UNSET)

        address_line_2 = d.pop("addressLine2", UNSET)

        city = d.pop("city", UNSET)

        company_name = d.pop("companyName", UNSET)

        country_code = d.pop("countryCode", UNSET)

        postal_code = d.pop("postalCode", UNSET)

        state = d.pop("state", UNSET)

        order_v7_created_ship_to_info = cls(
            address_id=address_id,
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            city=city,
            company_name=company_name,
            country_code=country_code,
            postal_code=postal_code,
            state=state,
        )

        order_v7_created_ship_to_info.additional_properties = d
        return order_v7_created_ship_to_info

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
