from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vendor_required_info_query_product import (
        VendorRequiredInfoQueryProduct,
    )


T = TypeVar("T", bound="VendorRequiredInfoRequest")


@_attrs_define
class VendorRequiredInfoRequest:
    """The products to ask vendor-required information for.

    Attributes:
        products (list[VendorRequiredInfoQueryProduct] | Unset): The products to look up, by Ingram or vendor part
            number.
        quote_number (str | Unset): Number of the Ingram quote the order is based on (its prices apply). Example:
            QUO-14551943-D2Y9L9.
    """

    products: list[VendorRequiredInfoQueryProduct] | Unset = UNSET
    quote_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = []
            for products_item_data in self.products:
                products_item = products_item_data.to_dict()
                products.append(products_item)

        quote_number = self.quote_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if products is not UNSET:
            field_dict["products"] = products
        if quote_number is not UNSET:
            field_dict["quoteNumber"] = quote_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.vendor_required_info_query_product import (
            VendorRequiredInfoQueryProduct,
        )

        d = dict(src_dict)
        _products = d.pop("products", UNSET)
        products: list[VendorRequiredInfoQueryProduct] | Unset = UNSET
        if _products is not UNSET:
            products = []
            for products_item_data in _products:
                products_item = VendorRequiredInfoQueryProduct.from_dict(
                    products_item_data
                )

                products.append(products_item)

        quote_number = d.pop("quoteNumber", UNSET)

        vendor_required_info_request = cls(
            products=products,
            quote_number=quote_number,
        )

        vendor_required_info_request.additional_properties = d
        return vendor_required_info_request

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
