from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_create_end_user_info import OrderCreateEndUserInfo
    from ..models.order_create_line_additional_attribute import (
        OrderCreateLineAdditionalAttribute,
    )
    from ..models.order_create_warranty_info import OrderCreateWarrantyInfo


T = TypeVar("T", bound="OrderCreateLine")


@_attrs_define
class OrderCreateLine:
    """
    Attributes:
        additional_attributes (list[OrderCreateLineAdditionalAttribute] | Unset): Name/value pairs for line options
            without a field of their own.
        customer_line_number (str | Unset): Your own number for the line, echoed back so you can match lines.
        end_user_info (list[OrderCreateEndUserInfo] | Unset): The end user of this line's product, when it differs from
            the order's.
        end_user_price (float | Unset): Price the end user pays for one unit, for vendors that require it.
        ingram_part_number (str | Unset): Ingram's SKU of the product.
        notes (str | Unset): Free-text notes on the line.
        quantity (int | Unset): Number of units.
        special_bid_number (str | Unset): Special pricing (bid) number for this line, when it differs from the order's.
        unit_price (float | Unset): Price of one unit.
        warranty_info (list[OrderCreateWarrantyInfo] | Unset): Warranty bought with the line, and the hardware it
            covers.
    """

    additional_attributes: list[OrderCreateLineAdditionalAttribute] | Unset = UNSET
    customer_line_number: str | Unset = UNSET
    end_user_info: list[OrderCreateEndUserInfo] | Unset = UNSET
    end_user_price: float | Unset = UNSET
    ingram_part_number: str | Unset = UNSET
    notes: str | Unset = UNSET
    quantity: int | Unset = UNSET
    special_bid_number: str | Unset = UNSET
    unit_price: float | Unset = UNSET
    warranty_info: list[OrderCreateWarrantyInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        additional_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_attributes, Unset):
            additional_attributes = []
            for additional_attributes_item_data in self.additional_attributes:
                additional_attributes_item = additional_attributes_item_data.to_dict()
                additional_attributes.append(additional_attributes_item)

        customer_line_number = self.customer_line_number

        end_user_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.end_user_info, Unset):
            end_user_info = []
            for end_user_info_item_data in self.end_user_info:
                end_user_info_item = end_user_info_item_data.to_dict()
                end_user_info.append(end_user_info_item)

        end_user_price = self.end_user_price

        ingram_part_number = self.ingram_part_number

        notes = self.notes

        quantity = self.quantity

        special_bid_number = self.special_bid_number

        unit_price = self.unit_price

        warranty_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warranty_info, Unset):
            warranty_info = []
            for warranty_info_item_data in self.warranty_info:
                warranty_info_item = warranty_info_item_data.to_dict()
                warranty_info.append(warranty_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if additional_attributes is not UNSET:
            field_dict["additionalAttributes"] = additional_attributes
        if customer_line_number is not UNSET:
            field_dict["customerLineNumber"] = customer_line_number
        if end_user_info is not UNSET:
            field_dict["endUserInfo"] = end_user_info
        if end_user_price is not UNSET:
            field_dict["endUserPrice"] = end_user_price
        if ingram_part_number is not UNSET:
            field_dict["ingramPartNumber"] = ingram_part_number
        if notes is not UNSET:
            field_dict["notes"] = notes
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if special_bid_number is not UNSET:
            field_dict["specialBidNumber"] = special_bid_number
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price
        if warranty_info is not UNSET:
            field_dict["warrantyInfo"] = warranty_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_create_end_user_info import OrderCreateEndUserInfo
        from ..models.order_create_line_additional_attribute import (
            OrderCreateLineAdditionalAttribute,
        )
        from ..models.order_create_warranty_info import OrderCreateWarrantyInfo

        d = dict(src_dict)
        _additional_attributes = d.pop("additionalAttributes", UNSET)
        additional_attributes: list[OrderCreateLineAdditionalAttribute] | Unset = UNSET
        if _additional_attributes is not UNSET:
            additional_attributes = []
            for additional_attributes_item_data in _additional_attributes:
                additional_attributes_item = (
                    OrderCreateLineAdditionalAttribute.from_dict(
                        additional_attributes_item_data
                    )
                )

                additional_attributes.append(additional_attributes_item)

        customer_line_number = d.pop("customerLineNumber", UNSET)

        _end_user_info = d.pop("endUserInfo", UNSET)
        end_user_info: list[OrderCreateEndUserInfo] | Unset = UNSET
        if _end_user_info is not UNSET:
            end_user_info = []
            for end_user_info_item_data in _end_user_info:
                end_user_info_item = OrderCreateEndUserInfo.from_dict(
                    end_user_info_item_data
                )

                end_user_info.append(end_user_info_item)

        end_user_price = d.pop("endUserPrice", UNSET)

        ingram_part_number = d.pop("ingramPartNumber", UNSET)

        notes = d.pop("notes", UNSET)

        quantity = d.pop("quantity", UNSET)

        special_bid_number = d.pop("specialBidNumber", UNSET)

        unit_price = d.pop("unitPrice", UNSET)

        _warranty_info = d.pop("warrantyInfo", UNSET)
        warranty_info: list[OrderCreateWarrantyInfo] | Unset = UNSET
        if _warranty_info is not UNSET:
            warranty_info = []
            for warranty_info_item_data in _warranty_info:
                warranty_info_item = OrderCreateWarrantyInfo.from_dict(
                    warranty_info_item_data
                )

                warranty_info.append(warranty_info_item)

        order_create_line = cls(
            additional_attributes=additional_attributes,
            customer_line_number=customer_line_number,
            end_user_info=end_user_info,
            end_user_price=end_user_price,
            ingram_part_number=ingram_part_number,
            notes=notes,
            quantity=quantity,
            special_bid_number=special_bid_number,
            unit_price=unit_price,
            warranty_info=warranty_info,
        )

        order_create_line.additional_properties = d
        return order_create_line

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
