from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderCreatedLink")


@_attrs_define
class OrderCreatedLink:
    """
    Attributes:
        type_ (str | Unset): HTTP method to use with `href` (e.g. GET).
        href (str | Unset): Address of the related resource.
        topic (str | Unset): What kind of resource the link points to (e.g. orders, invoices).
    """

    type_: str | Unset = UNSET
    href: str | Unset = UNSET
    topic: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        href = self.href

        topic = self.topic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if href is not UNSET:
            field_dict["href"] = href
        if topic is not UNSET:
            field_dict["topic"] = topic

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        href = d.pop("href", UNSET)

        topic = d.pop("topic", UNSET)

        order_created_link = cls(
            type_=type_,
            href=href,
            topic=topic,
        )

        order_created_link.additional_properties = d
        return order_created_link

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
