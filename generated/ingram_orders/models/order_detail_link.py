from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderDetailLink")


@_attrs_define
class OrderDetailLink:
    """
    Attributes:
        type_ (str | Unset): HTTP method to use with `href` (e.g. GET).
        href (str | Unset): Address of the related resource.
        topic (str | Unset): What kind of resource the link points to (e.g. orders, invoices).
    """

    type_: str | Unset = UNSET
    href: str | Unset = UNSET
    topic: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        href = self.href

        topic = self.topic

        field_dict: dict[str, Any] = {}

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

        order_detail_link = cls(
            type_=type_,
            href=href,
            topic=topic,
        )

        return order_detail_link
