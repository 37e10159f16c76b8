from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_v7_error400 import OrderV7Error400


T = TypeVar("T", bound="PostCreateorderV7Response400")


@_attrs_define
class PostCreateorderV7Response400:
    """
    Attributes:
        errors (list[OrderV7Error400] | Unset): The problems found, one entry each.
    """

    errors: list[OrderV7Error400] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_v7_error400 import OrderV7Error400

        d = dict(src_dict)
        _errors = d.pop("errors", UNSET)
        errors: list[OrderV7Error400] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = OrderV7Error400.from_dict(errors_item_data)

                errors.append(errors_item)

        post_createorder_v7_response_400 = cls(
            errors=errors,
        )

        post_createorder_v7_response_400.additional_properties = d
        return post_createorder_v7_response_400

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
