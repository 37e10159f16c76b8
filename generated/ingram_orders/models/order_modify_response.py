from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_modified_additional_attribute import (
        OrderModifiedAdditionalAttribute,
    )
    from ..models.order_modified_line import OrderModifiedLine
    from ..models.order_modified_rejected_line import OrderModifiedRejectedLine
    from ..models.order_modify_response_ship_to_info import (
        OrderModifyResponseShipToInfo,
    )


T = TypeVar("T", bound="OrderModifyResponse")


@_attrs_define
class OrderModifyResponse:
    """The order after a v6 modify, with the changes that were refused.

    Attributes:
        additional_attributes (list[OrderModifiedAdditionalAttribute] | Unset): Name/value pairs for options without a
            field of their own (e.g. allowOrderOnCustomerHold).
        bill_to_address_id (str | Unset): Ingram's id of your bill-to address, when the account has several.
        change_description (str | Unset): What the modify request changed, or why it could not.
        customer_order_number (str | Unset): Your purchase order number for the order (your reference, echoed back).
        end_customer_order_number (str | Unset): The end customer's own purchase order number, for their reference.
        freight_charges (float | Unset): Freight charged for the order.
        ingram_order_number (str | Unset): Ingram's order number (e.g. 20-RD128), the key for details, modify and
            cancel.
        lines (list[OrderModifiedLine] | Unset): The order lines, one per product.
        notes (str | Unset): Free-text notes.
        order_modified_date (str | Unset): When the order was last modified.
        order_status (str | Unset): Status of the order (e.g. On Hold, Processing, Shipped, Cancelled).
        order_sub_total (float | Unset): Total of the lines before tax, freight and fees.
        order_total (float | Unset): Total amount of the order.
        rejected_line_items (list[OrderModifiedRejectedLine] | Unset): Lines that were not accepted, with the reason.
        ship_to_info (OrderModifyResponseShipToInfo | Unset): The address the order ships to.
        total_tax (float | Unset): Tax charged for the order.
    """

    additional_attributes: list[OrderModifiedAdditionalAttribute] | Unset = UNSET
    bill_to_address_id: str | Unset = UNSET
    change_description: str | Unset = UNSET
    customer_order_number: str | Unset = UNSET
    end_customer_order_number: str | Unset = UNSET
    freight_charges: float | Unset = UNSET
    ingram_order_number: str | Unset = UNSET
    lines: list[OrderModifiedLine] | Unset = UNSET
    notes: str | Unset = UNSET
    order_modified_date: str | Unset = UNSET
    order_status: str | Unset = UNSET
    order_sub_total: float | Unset = UNSET
    order_total: float | Unset = UNSET
    rejected_line_items: list[OrderModifiedRejectedLine] | Unset = UNSET
    ship_to_info: OrderModifyResponseShipToInfo | Unset = UNSET
    total_tax: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        additional_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_attributes, Unset):
            additional_attributes = []
            for additional_attributes_item_data in self.additional_attributes:
                additional_attributes_item = additional_attributes_item_data.to_dict()
                additional_attributes.append(additional_attributes_item)

        bill_to_address_id = self.bill_to_address_id

        change_description = self.change_description

        customer_order_number = self.customer_order_number

        end_customer_order_number = self.end_customer_order_number

        freight_charges = self.freight_charges

        ingram_order_number = self.ingram_order_number

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        notes = self.notes

        order_modified_date = self.order_modified_date

        order_status = self.order_status

        order_sub_total = self.order_sub_total

        order_total = self.order_total

        rejected_line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rejected_line_items, Unset):
            rejected_line_items = []
            for rejected_line_items_item_data in self.rejected_line_items:
                rejected_line_items_item = rejected_line_items_item_data.to_dict()
                rejected_line_items.append(rejected_line_items_item)

        ship_to_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_to_info, Unset):
            ship_to_info = self.ship_to_info.to_dict()

        total_tax = self.total_tax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if additional_attributes is not UNSET:
            field_dict["additionalAttributes"] = additional_attributes
        if bill_to_address_id is not UNSET:
            field_dict["billToAddressId"] = bill_to_address_id
        if change_description is not UNSET:
            field_dict["changeDescription"] = change_description
        if customer_order_number is not UNSET:
            field_dict["customerOrderNumber"] = customer_order_number
        if end_customer_order_number is not UNSET:
            field_dict["endCustomerOrderNumber"] = end_customer_order_number
        if freight_charges is not UNSET:
            field_dict["freightCharges"] = freight_charges
        if ingram_order_number is not UNSET:
            field_dict["ingramOrderNumber"] = ingram_order_number
        if lines is not UNSET:
            field_dict["lines"] = lines
        if notes is not UNSET:
            field_dict["notes"] = notes
        if order_modified_date is not UNSET:
            field_dict["orderModifiedDate"] = order_modified_date
        if order_status is not UNSET:
            field_dict["orderStatus"] = order_status
        if order_sub_total is not UNSET:
            field_dict["orderSubTotal"] = order_sub_total
        if order_total is not UNSET:
            field_dict["orderTotal"] = order_total
        if rejected_line_items is not UNSET:
            field_dict["rejectedLineItems"] = rejected_line_items
        if ship_to_info is not UNSET:
            field_dict["shipToInfo"] = ship_to_info
        if total_tax is not UNSET:
            field_dict["totalTax"] = total_tax

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_modified_additional_attribute import (
            OrderModifiedAdditionalAttribute,
        )
        from ..models.order_modified_line import OrderModifiedLine
        from ..models.order_modified_rejected_line import OrderModifiedRejectedLine
        from ..models.order_modify_response_ship_to_info import (
            OrderModifyResponseShipToInfo,
        )

        d = dict(src_dict)
        _additional_attributes = d.pop("additionalAttributes", UNSET)
        additional_attributes: list[OrderModifiedAdditionalAttribute] | Unset = UNSET
        if _additional_attributes is not UNSET:
            additional_attributes = []
            for additional_attributes_item_data in _additional_attributes:
                additional_attributes_item = OrderModifiedAdditionalAttribute.from_dict(
                    additional_attributes_item_data
                )

                additional_attributes.append(additional_attributes_item)

        bill_to_address_id = d.pop("billToAddressId", UNSET)

        change_description = d.pop("changeDescription", UNSET)

        customer_order_number = d.pop("customerOrderNumber", UNSET)

        end_customer_order_number = d.pop("endCustomerOrderNumber", UNSET)

        freight_charges = d.pop("freightCharges", UNSET)

        ingram_order_number = d.pop("ingramOrderNumber", UNSET)

        _lines = d.pop("lines", UNSET)
        lines: list[OrderModifiedLine] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = OrderModifiedLine.from_dict(lines_item_data)

                lines.append(lines_item)

        notes = d.pop("notes", UNSET)

        order_modified_date = d.pop("orderModifiedDate", UNSET)

        order_status = d.pop("orderStatus", UNSET)

        order_sub_total = d.pop("orderSubTotal", UNSET)

        order_total = d.pop("orderTotal", UNSET)

        _rejected_line_items = d.pop("rejectedLineItems", UNSET)
        rejected_line_items: list[OrderModifiedRejectedLine] | Unset = UNSET
        if _rejected_line_items is not UNSET:
            rejected_line_items = []
            for rejected_line_items_item_data in _rejected_line_items:
                rejected_line_items_item = OrderModifiedRejectedLine.from_dict(
                    rejected_line_items_item_data
                )

                rejected_line_items.append(rejected_line_items_item)

        _ship_to_info = d.pop("shipToInfo", UNSET)
        ship_to_info: OrderModifyResponseShipToInfo | Unset
        if isinstance(_ship_to_info, Unset):
            ship_to_info = UNSET
        else:
            ship_to_info = OrderModifyResponseShipToInfo.from_dict(_ship_to_info)

        total_tax = d.pop("totalTax", UNSET)

        order_modify_response = cls(
            additional_attributes=additional_attributes,
            bill_to_address_id=bill_to_address_id,
            change_description=change_description,
            customer_order_number=customer_order_number,
            end_customer_order_number=end_customer_order_number,
            freight_charges=freight_charges,
            ingram_order_number=ingram_order_number,
            lines=lines,
            notes=notes,
            order_modified_date=order_modified_date,
            order_status=order_status,
            order_sub_total=order_sub_total,
            order_total=order_total,
            rejected_line_items=rejected_line_items,
            ship_to_info=ship_to_info,
            total_tax=total_tax,
        )

        order_modify_response.additional_properties = d
        return order_modify_response

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
