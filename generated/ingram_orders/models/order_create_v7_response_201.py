from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderCreateV7Response201")


@_attrs_define
class OrderCreateV7Response201:
    """The answer to a v7 create, a confirmation that the request is being processed.

    Attributes:
        confirmation_number (str | Unset): Ingram's reference of the accepted v7 request; the order-created event
            carries the order itself. Example: 987654322.
        message (str | Unset): The API's acknowledgement that the v7 order is being processed.
        quote_number (None | str | Unset): Number of the Ingram quote the order is based on (its prices apply).
    """

    confirmation_number: str | Unset = UNSET
    message: str | Unset = UNSET
    quote_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confirmation_number = self.confirmation_number

        message = self.message

        quote_number: None | str | Unset
        if isinstance(self.quote_number, Unset):
            quote_number = UNSET
        else:
            quote_number = self.quote_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if confirmation_number is not UNSET:
            field_dict["confirmationNumber"] = confirmation_number
        if message is not UNSET:
            field_dict["message"] = message
        if quote_number is not UNSET:
            field_dict["quoteNumber"] = quote_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        confirmation_number = d.pop("confirmationNumber", UNSET)

        message = d.pop("message", UNSET)

        def _parse_quote_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quote_number = _parse_quote_number(d.pop("quoteNumber", UNSET))

        order_create_v7_response_201 = cls(
            confirmation_number=confirmation_number,
            message=message,
            quote_number=quote_number,
        )

        order_create_v7_response_201.additional_properties = d
        return order_create_v7_response_201

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
