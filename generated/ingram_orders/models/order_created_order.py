from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_created_additional_attribute import (
        OrderCreatedAdditionalAttribute,
    )
    from ..models.order_created_line import OrderCreatedLine
    from ..models.order_created_link import OrderCreatedLink
    from ..models.order_created_miscellaneous_charge import (
        OrderCreatedMiscellaneousCharge,
    )
    from ..models.order_created_rejected_line import OrderCreatedRejectedLine


T = TypeVar("T", bound="OrderCreatedOrder")


@_attrs_define
class OrderCreatedOrder:
    """
    Attributes:
        additional_attributes (list[OrderCreatedAdditionalAttribute] | Unset): Name/value pairs for options without a
            field of their own (e.g. allowOrderOnCustomerHold).
        currency_code (str | Unset): Three-letter ISO 4217 currency of the amounts.
        freight_charges (float | Unset): Freight charged for the order.
        ingram_order_date (str | Unset): When Ingram received the order.
        ingram_order_number (str | Unset): Ingram's order number (e.g. 20-RD128), the key for details, modify and
            cancel.
        lines (list[OrderCreatedLine] | Unset): The order lines, one per product.
        links (list[OrderCreatedLink] | Unset): Related resources of the order (its details) to fetch next.
        miscellaneous_charges (list[OrderCreatedMiscellaneousCharge] | Unset): Charges beyond the products' price (fees,
            handling).
        notes (str | Unset): Free-text notes.
        number_of_lines_with_error (int | Unset): How many lines of the order were rejected.
        number_of_lines_with_success (int | Unset): How many lines of the order were accepted.
        number_of_lines_with_warning (int | Unset): How many lines were accepted with a warning.
        order_total (float | Unset): Total amount of the order.
        order_type (str | Unset): Ingram's code of the order type.
        rejected_line_items (list[OrderCreatedRejectedLine] | Unset): Lines that were not accepted, with the reason.
        total_tax (float | Unset): Tax charged for the order.
    """

    additional_attributes: list[OrderCreatedAdditionalAttribute] | Unset = UNSET
    currency_code: str | Unset = UNSET
    freight_charges: float | Unset = UNSET
    ingram_order_date: str | Unset = UNSET
    ingram_order_number: str | Unset = UNSET
    lines: list[OrderCreatedLine] | Unset = UNSET
    links: list[OrderCreatedLink] | Unset = UNSET
    miscellaneous_charges: list[OrderCreatedMiscellaneousCharge] | Unset = UNSET
    notes: str | Unset = UNSET
    number_of_lines_with_error: int | Unset = UNSET
    number_of_lines_with_success: int | Unset = UNSET
    number_of_lines_with_warning: int | Unset = UNSET
    order_total: float | Unset = UNSET
    order_type: str | Unset = UNSET
    rejected_line_items: list[OrderCreatedRejectedLine] | Unset = UNSET
    total_tax: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        additional_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_attributes, Unset):
            additional_attributes = []
            for additional_attributes_item_data in self.additional_attributes:
                additional_attributes_item = additional_attributes_item_data.to_dict()
                additional_attributes.append(additional_attributes_item)

        currency_code = self.currency_code

        freight_charges = self.freight_charges

        ingram_order_date = self.ingram_order_date

        ingram_order_number = self.ingram_order_number

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        miscellaneous_charges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.miscellaneous_charges, Unset):
            miscellaneous_charges = []
            for miscellaneous_charges_item_data in self.miscellaneous_charges:
                miscellaneous_charges_item = miscellaneous_charges_item_data.to_dict()
                miscellaneous_charges.append(miscellaneous_charges_item)

        notes = self.notes

        number_of_lines_with_error = self.number_of_lines_with_error

        number_of_lines_with_success = self.number_of_lines_with_success

        number_of_lines_with_warning = self.number_of_lines_with_warning

        order_total = self.order_total

        order_type = self.order_type

        rejected_line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rejected_line_items, Unset):
            rejected_line_items = []
            for rejected_line_items_item_data in self.rejected_line_items:
                rejected_line_items_item = rejected_line_items_item_data.to_dict()
                rejected_line_items.append(rejected_line_items_item)

        total_tax = self.total_tax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if additional_attributes is not UNSET:
            field_dict["additionalAttributes"] = additional_attributes
        if currency_code is not UNSET:
            field_dict["currencyCode"] = currency_code
        if freight_charges is not UNSET:
            field_dict["freightCharges"] = freight_charges
        if ingram_order_date is not UNSET:
            field_dict["ingramOrderDate"] = ingram_order_date
        if ingram_order_number is not UNSET:
            field_dict["ingramOrderNumber"] = ingram_order_number
        if lines is not UNSET:
            field_dict["lines"] = lines
        if links is not UNSET:
            field_dict["links"] = links
        if miscellaneous_charges is not UNSET:
            field_dict["miscellaneousCharges"] = miscellaneous_charges
        if notes is not UNSET:
            field_dict["notes"] = notes
        if number_of_lines_with_error is not UNSET:
            field_dict["numberOfLinesWithError"] = number_of_lines_with_error
        if number_of_lines_with_success is not UNSET:
            field_dict["numberOfLinesWithSuccess"] = number_of_lines_with_success
        if number_of_lines_with_warning is not UNSET:
            field_dict["numberOfLinesWithWarning"] = number_of_lines_with_warning
        if order_total is not UNSET:
            field_dict["orderTotal"] = order_total
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if rejected_line_items is not UNSET:
            field_dict["rejectedLineItems"] = rejected_line_items
        if total_tax is not UNSET:
            field_dict["totalTax"] = total_tax

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_created_additional_attribute import (
            OrderCreatedAdditionalAttribute,
        )
        from ..models.order_created_line import OrderCreatedLine
        from ..models.order_created_link import OrderCreatedLink
        from ..models.order_created_miscellaneous_charge import (
            OrderCreatedMiscellaneousCharge,
        )
        from ..models.order_created_rejected_line import OrderCreatedRejectedLine

        d = dict(src_dict)
        _additional_attributes = d.pop("additionalAttributes", UNSET)
        additional_attributes: list[OrderCreatedAdditionalAttribute] | Unset = UNSET
        if _additional_attributes is not UNSET:
            additional_attributes = []
            for additional_attributes_item_data in _additional_attributes:
                additional_attributes_item = OrderCreatedAdditionalAttribute.from_dict(
                    additional_attributes_item_data
                )

                additional_attributes.append(additional_attributes_item)

        currency_code = d.pop("currencyCode", UNSET)

        freight_charges = d.pop("freightCharges", UNSET)

        ingram_order_date = d.pop("ingramOrderDate", UNSET)

        ingram_order_number = d.pop("ingramOrderNumber", UNSET)

        _lines = d.pop("lines", UNSET)
        lines: list[OrderCreatedLine] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = OrderCreatedLine.from_dict(lines_item_data)

                lines.append(lines_item)

        _links = d.pop("links", UNSET)
        links: list[OrderCreatedLink] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = OrderCreatedLink.from_dict(links_item_data)

                links.append(links_item)

        _miscellaneous_charges = d.pop("miscellaneousCharges", UNSET)
        miscellaneous_charges: list[OrderCreatedMiscellaneousCharge] | Unset = UNSET
        if _miscellaneous_charges is not UNSET:
            miscellaneous_charges = []
            for miscellaneous_charges_item_data in _miscellaneous_charges:
                miscellaneous_charges_item = OrderCreatedMiscellaneousCharge.from_dict(
                    miscellaneous_charges_item_data
                )

                miscellaneous_charges.append(miscellaneous_charges_item)

        notes = d.pop("notes", UNSET)

        number_of_lines_with_error = d.pop("numberOfLinesWithError", UNSET)

        number_of_lines_with_success = d.pop("numberOfLinesWithSuccess", UNSET)

        number_of_lines_with_warning = d.pop("numberOfLinesWithWarning", UNSET)

        order_total = d.pop("orderTotal", UNSET)

        order_type = d.pop("orderType", UNSET)

        _rejected_line_items = d.pop("rejectedLineItems", UNSET)
        rejected_line_items: list[OrderCreatedRejectedLine] | Unset = UNSET
        if _rejected_line_items is not UNSET:
            rejected_line_items = []
            for rejected_line_items_item_data in _rejected_line_items:
                rejected_line_items_item = OrderCreatedRejectedLine.from_dict(
                    rejected_line_items_item_data
                )

                rejected_line_items.append(rejected_line_items_item)

        total_tax = d.pop("totalTax", UNSET)

        order_created_order = cls(
            additional_attributes=additional_attributes,
            currency_code=currency_code,
            freight_charges=freight_charges,
            ingram_order_date=ingram_order_date,
            ingram_order_number=ingram_order_number,
            lines=lines,
            links=links,
            miscellaneous_charges=miscellaneous_charges,
            notes=notes,
            number_of_lines_with_error=number_of_lines_with_error,
            number_of_lines_with_success=number_of_lines_with_success,
            number_of_lines_with_warning=number_of_lines_with_warning,
            order_total=order_total,
            order_type=order_type,
            rejected_line_items=rejected_line_items,
            total_tax=total_tax,
        )

        order_created_order.additional_properties = d
        return order_created_order

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
