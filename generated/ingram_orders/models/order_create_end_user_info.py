from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderCreateEndUserInfo")


@_attrs_define
class OrderCreateEndUserInfo:
    """
    Attributes:
        address_line_1 (str | Unset): First street address line.
        address_line_2 (str | Unset): Second street address line (suite, floor, building).
        address_line_3 (str | Unset): Third street address line.
        address_line_4 (str | Unset): Fourth street address line.
        city (str | Unset): City.
        company_name (str | Unset): Company name of the addressee.
        contact (str | Unset): Name of the person to contact at this address.
        country_code (str | Unset): Two-letter ISO 3166 country code.
        email (str | Unset): Email address of the contact.
        end_user_id (str | Unset): Ingram's id of the end user, when it is known.
        end_user_type (str | Unset): Kind of end user (e.g. commercial, education, government).
        name1 (str | Unset): First name line of the addressee.
        name2 (str | Unset): Second name line of the addressee.
        phone_number (str | Unset): Phone number of the contact.
        postal_code (str | Unset): Postal (ZIP) code.
        state (str | Unset): State or province code.
    """

    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    address_line_3: str | Unset = UNSET
    address_line_4: str | Unset = UNSET
    city: str | Unset = UNSET
    company_name: str | Unset = UNSET
    contact: str | Unset = UNSET
    country_code: str | Unset = UNSET
    email: str | Unset = UNSET
    end_user_id: str | Unset = UNSET
    end_user_type: str | Unset = UNSET
    name1: str | Unset = UNSET
    name2: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    state: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        address_line_3 = self.address_line_3

        address_line_4 = self.address_line_4

        city = self.city

        company_name = self.company_name

        contact = self.contact

        country_code = self.country_code

        email = self.email

        end_user_id = self.end_user_id

        end_user_type = self.end_user_type

        name1 = self.name1

        name2 = self.name2

        phone_number = self.phone_number

        postal_code = self.postal_code

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_line_1 is not UNSET:
            field_dict["addressLine1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if address_line_3 is not UNSET:
            field_dict["addressLine3"] = address_line_3
        if address_line_4 is not UNSET:
            field_dict["addressLine4"] = address_line_4
        if city is not UNSET:
            field_dict["city"] = city
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if contact is not UNSET:
            field_dict["contact"] = contact
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if email is not UNSET:
            field_dict["email"] = email
        if end_user_id is not UNSET:
            field_dict["endUserId"] = end_user_id
        if end_user_type is not UNSET:
            field_dict["endUserType"] = end_user_type
        if name1 is not UNSET:
            field_dict["name1"] = name1
        if name2 is not UNSET:
            field_dict["name2"] = name2
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address_line_1 = d.pop("addressLine1", UNSET)

        address_line_2 = d.pop("addressLine2", UNSET)

        address_line_3 = d.pop("addressLine3", UNSET)

        address_line_4 = d.pop("addressLine4", UNSET)

        city = d.pop("city", UNSET)

        company_name = d.pop("companyName", UNSET)

        contact = d.pop("contact", UNSET)

        country_code = d.pop("countryCode", UNSET)

        email = d.pop("email", UNSET)

        end_user_id = d.pop("endUserId", UNSET)

        end_user_type = d.pop("endUserType", UNSET)

        name1 = d.pop("name1", UNSET)

        name2 = d.pop("name2", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        postal_code = d.pop("postalCode", UNSET)

        state = d.pop("state", UNSET)

        order_create_end_user_info = cls(
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            address_line_3=address_line_3,
            address_line_4=address_line_4,
            city=city,
            company_name=company_name,
            contact=contact,
            country_code=country_code,
            email=email,
            end_user_id=end_user_id,
            end_user_type=end_user_type,
            name1=name1,
            name2=name2,
            phone_number=phone_number,
            postal_code=postal_code,
            state=state,
        )

        order_create_end_user_info.additional_properties = d
        return order_create_end_user_info

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
