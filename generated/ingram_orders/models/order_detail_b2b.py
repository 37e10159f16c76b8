from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_detail_additional_attribute import (
        OrderDetailAdditionalAttribute,
    )
    from ..models.order_detail_b2b_bill_to_info import OrderDetailB2BBillToInfo
    from ..models.order_detail_b2b_end_user_info import OrderDetailB2BEndUserInfo
    from ..models.order_detail_b2b_ship_to_info import OrderDetailB2BShipToInfo
    from ..models.order_detail_line import OrderDetailLine
    from ..models.order_detail_miscellaneous_charge import (
        OrderDetailMiscellaneousCharge,
    )


T = TypeVar("T", bound="OrderDetailB2B")


@_attrs_define
class OrderDetailB2B:
    """One order as it stands at Ingram, line by line (v6.1 details).

    Attributes:
        additional_attributes (list[OrderDetailAdditionalAttribute] | None | Unset): Name/value pairs for options
            without a field of their own (e.g. allowOrderOnCustomerHold).
        bill_to_info (OrderDetailB2BBillToInfo | Unset): The address the order is invoiced to.
        currency_code (str | Unset): Three-letter ISO 4217 currency of the amounts.
        customer_order_number (str | Unset): Your purchase order number for the order (your reference, echoed back).
        end_customer_order_number (str | Unset): The end customer's own purchase order number, for their reference.
        end_user_info (OrderDetailB2BEndUserInfo | Unset): The end user (the organisation that will use the products),
            for vendors that require it.
        freight_charges (float | Unset): Freight charged for the order.
        ingram_order_date (str | Unset): When Ingram received the order.
        ingram_order_number (str | Unset): Ingram's order number (e.g. 20-RD128), the key for details, modify and
            cancel.
        ingram_purchase_order_number (str | Unset): Ingram's own purchase order number for the order.
        lines (list[OrderDetailLine] | None | Unset): The order lines, one per product.
        miscellaneous_charges (list[OrderDetailMiscellaneousCharge] | None | Unset): Charges beyond the products' price
            (fees, handling).
        notes (str | Unset): Free-text notes.
        order_status (str | Unset): Status of the order (e.g. On Hold, Processing, Shipped, Cancelled).
        order_sub_total (float | Unset): Total of the lines before tax, freight and fees.
        order_total (float | Unset): Total amount of the order.
        order_type (str | Unset): Ingram's code of the order type.
        payment_terms (str | Unset): Payment terms of the order (e.g. NET 30 DAYS).
        ship_to_info (OrderDetailB2BShipToInfo | Unset): The address the order ships to.
        total_fees (float | Unset): Fees charged for the order.
        total_tax (float | Unset): Tax charged for the order.
        total_weight (float | Unset): Total weight of the order.
        vendor_sales_order_number (str | Unset): The vendor's own order number, for orders the vendor fulfils.
        web_order_id (str | Unset): Id of the order when it was placed on Ingram's web site.
    """

    additional_attributes: list[OrderDetailAdditionalAttribute] | None | Unset = UNSET
    bill_to_info: OrderDetailB2BBillToInfo | Unset = UNSET
    currency_code: str | Unset = UNSET
    customer_order_number: str | Unset = UNSET
    end_customer_order_number: str | Unset = UNSET
    end_user_info: OrderDetailB2BEndUserInfo | Unset = UNSET
    freight_charges: float | Unset = UNSET
    ingram_order_date: str | Unset = UNSET
    ingram_order_number: str | Unset = UNSET
    ingram_purchase_order_number: str | Unset = UNSET
    lines: list[OrderDetailLine] | None | Unset = UNSET
    miscellaneous_charges: list[OrderDetailMiscellaneousCharge] | None | Unset = UNSET
    notes: str | Unset = UNSET
    order_status: str | Unset = UNSET
    order_sub_total: float | Unset = UNSET
    order_total: float | Unset = UNSET
    order_type: str | Unset = UNSET
    payment_terms: str | Unset = UNSET
    ship_to_info: OrderDetailB2BShipToInfo | Unset = UNSET
    total_fees: float | Unset = UNSET
    total_tax: float | Unset = UNSET
    total_weight: float | Unset = UNSET
    vendor_sales_order_number: str | Unset = UNSET
    web_order_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        additional_attributes: list[dict[str, Any]] | None | Unset
        if isinstance(self.additional_attributes, Unset):
            additional_attributes = UNSET
        elif isinstance(self.additional_attributes, list):
            additional_attributes = []
            for additional_attributes_type_0_item_data in self.additional_attributes:
                additional_attributes_type_0_item = (
                    additional_attributes_type_0_item_data.to_dict()
                )
                additional_attributes.append(additional_attributes_type_0_item)

        else:
            additional_attributes = self.additional_attributes

        bill_to_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bill_to_info, Unset):
            bill_to_info = self.bill_to_info.to_dict()

        currency_code = self.currency_code

        customer_order_number = self.customer_order_number

        end_customer_order_number = self.end_customer_order_number

        end_user_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end_user_info, Unset):
            end_user_info = self.end_user_info.to_dict()

        freight_charges = self.freight_charges

        ingram_order_date = self.ingram_order_date

        ingram_order_number = self.ingram_order_number

        ingram_purchase_order_number = self.ingram_purchase_order_number

        lines: list[dict[str, Any]] | None | Unset
        if isinstance(self.lines, Unset):
            lines = UNSET
        elif isinstance(self.lines, list):
            lines = []
            for lines_type_0_item_data in self.lines:
                lines_type_0_item = lines_type_0_item_data.to_dict()
                lines.append(lines_type_0_item)

        else:
            lines = self.lines

        miscellaneous_charges: list[dict[str, Any]] | None | Unset
        if isinstance(self.miscellaneous_charges, Unset):
            miscellaneous_charges = UNSET
        elif isinstance(self.miscellaneous_charges, list):
            miscellaneous_charges = []
            for miscellaneous_charges_type_0_item_data in self.miscellaneous_charges:
                miscellaneous_charges_type_0_item = (
                    miscellaneous_charges_type_0_item_data.to_dict()
                )
                miscellaneous_charges.append(miscellaneous_charges_type_0_item)

        else:
            miscellaneous_charges = self.miscellaneous_charges

        notes = self.notes

        order_status = self.order_status

        order_sub_total = self.order_sub_total

        order_total = self.order_total

        order_type = self.order_type

        payment_terms = self.payment_terms

        ship_to_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_to_info, Unset):
            ship_to_info = self.ship_to_info.to_dict()

        total_fees = self.total_fees

        total_tax = self.total_tax

        total_weight = self.total_weight

        vendor_sales_order_number = self.vendor_sales_order_number

        web_order_id = self.web_order_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if additional_attributes is not UNSET:
            field_dict["additionalAttributes"] = additional_attributes
        if bill_to_info is not UNSET:
            field_dict["billToInfo"] = bill_to_info
        if currency_code is not UNSET:
            field_dict["currencyCode"] = currency_code
        if customer_order_number is not UNSET:
            field_dict["customerOrderNumber"] = customer_order_number
        if end_customer_order_number is not UNSET:
            field_dict["endCustomerOrderNumber"] = end_customer_order_number
        if end_user_info is not UNSET:
            field_dict["endUserInfo"] = end_user_info
        if freight_charges is not UNSET:
            field_dict["freightCharges"] = freight_charges
        if ingram_order_date is not UNSET:
            field_dict["ingramOrderDate"] = ingram_order_date
        if ingram_order_number is not UNSET:
            field_dict["ingramOrderNumber"] = ingram_order_number
        if ingram_purchase_order_number is not UNSET:
            field_dict["ingramPurchaseOrderNumber"] = ingram_purchase_order_number
        if lines is not UNSET:
            field_dict["lines"] = lines
        if miscellaneous_charges is not UNSET:
            field_dict["miscellaneousCharges"] = miscellaneous_charges
        if notes is not UNSET:
            field_dict["notes"] = notes
        if order_status is not UNSET:
            field_dict["orderStatus"] = order_status
        if order_sub_total is not UNSET:
            field_dict["orderSubTotal"] = order_sub_total
        if order_total is not UNSET:
            field_dict["orderTotal"] = order_total
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if payment_terms is not UNSET:
            field_dict["paymentTerms"] = payment_terms
        if ship_to_info is not UNSET:
            field_dict["shipToInfo"] = ship_to_info
        if total_fees is not UNSET:
            field_dict["totalFees"] = total_fees
        if total_tax is not UNSET:
            field_dict["totalTax"] = total_tax
        if total_weight is not UNSET:
            field_dict["totalWeight"] = total_weight
        if vendor_sales_order_number is not UNSET:
            field_dict["vendorSalesOrderNumber"] = vendor_sales_order_number
        if web_order_id is not UNSET:
            field_dict["webOrderId"] = web_order_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_detail_additional_attribute import (
            OrderDetailAdditionalAttribute,
        )
        from ..models.order_detail_b2b_bill_to_info import OrderDetailB2BBillToInfo
        from ..models.order_detail_b2b_end_user_info import OrderDetailB2BEndUserInfo
        from ..models.order_detail_b2b_ship_to_info import OrderDetailB2BShipToInfo
        from ..models.order_detail_line import OrderDetailLine
        from ..models.order_detail_miscellaneous_charge import (
            OrderDetailMiscellaneousCharge,
        )

        d = dict(src_dict)

        def _parse_additional_attributes(
            data: object,
        ) -> list[OrderDetailAdditionalAttribute] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                additional_attributes_type_0 = []
                _additional_attributes_type_0 = data
                for (
                    additional_attributes_type_0_item_data
                ) in _additional_attributes_type_0:
                    additional_attributes_type_0_item = (
                        OrderDetailAdditionalAttribute.from_dict(
                            additional_attributes_type_0_item_data
                        )
                    )

                    additional_attributes_type_0.append(
                        additional_attributes_type_0_item
                    )

                return additional_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OrderDetailAdditionalAttribute] | None | Unset, data)

        additional_attributes = _parse_additional_attributes(
            d.pop("additionalAttributes", UNSET)
        )

        _bill_to_info = d.pop("billToInfo", UNSET)
        bill_to_info: OrderDetailB2BBillToInfo | Unset
        if isinstance(_bill_to_info, Unset):
            bill_to_info = UNSET
        else:
            bill_to_info = OrderDetailB2BBillToInfo.from_dict(_bill_to_info)

        currency_code = d.pop("currencyCode", UNSET)

        customer_order_number = d.pop("customerOrderNumber", UNSET)

        end_customer_order_number = d.pop("endCustomerOrderNumber", UNSET)

        _end_user_info = d.pop("endUserInfo", UNSET)
        end_user_info: OrderDetailB2BEndUserInfo | Unset
        if isinstance(_end_user_info, Unset):
            end_user_info = UNSET
        else:
            end_user_info = OrderDetailB2BEndUserInfo.from_dict(_end_user_info)

        freight_charges = d.pop("freightCharges", UNSET)

        ingram_order_date = d.pop("ingramOrderDate", UNSET)

        ingram_order_number = d.pop("ingramOrderNumber", UNSET)

        ingram_purchase_order_number = d.pop("ingramPurchaseOrderNumber", UNSET)

        def _parse_lines(data: object) -> list[OrderDetailLine] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                lines_type_0 = []
                _lines_type_0 = data
                for lines_type_0_item_data in _lines_type_0:
                    lines_type_0_item = OrderDetailLine.from_dict(
                        lines_type_0_item_data
                    )

                    lines_type_0.append(lines_type_0_item)

                return lines_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OrderDetailLine] | None | Unset, data)

        lines = _parse_lines(d.pop("lines", UNSET))

        def _parse_miscellaneous_charges(
            data: object,
        ) -> list[OrderDetailMiscellaneousCharge] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                miscellaneous_charges_type_0 = []
                _miscellaneous_charges_type_0 = data
                for (
                    miscellaneous_charges_type_0_item_data
                ) in _miscellaneous_charges_type_0:
                    miscellaneous_charges_type_0_item = (
                        OrderDetailMiscellaneousCharge.from_dict(
                            miscellaneous_charges_type_0_item_data
                        )
                    )

                    miscellaneous_charges_type_0.append(
                        miscellaneous_charges_type_0_item
                    )

                return miscellaneous_charges_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OrderDetailMiscellaneousCharge] | None | Unset, data)

        miscellaneous_charges = _parse_miscellaneous_charges(
            d.pop("miscellaneousCharges", UNSET)
        )

        notes = d.pop("notes", UNSET)

        order_status = d.pop("orderStatus", UNSET)

        order_sub_total = d.pop("orderSubTotal", UNSET)

        order_total = d.pop("orderTotal", UNSET)

        order_type = d.pop("orderType", UNSET)

        payment_terms = d.pop("paymentTerms", UNSET)

        _ship_to_info = d.pop("shipToInfo", UNSET)
        ship_to_info: OrderDetailB2BShipToInfo | Unset
        if isinstance(_ship_to_info, Unset):
            ship_to_info = UNSET
        else:
            ship_to_info = OrderDetailB2BShipToInfo.from_dict(_ship_to_info)

        total_fees = d.pop("totalFees", UNSET)

        total_tax = d.pop("totalTax", UNSET)

        total_weight = d.pop("totalWeight", UNSET)

        vendor_sales_order_number = d.pop("vendorSalesOrderNumber", UNSET)

        web_order_id = d.pop("webOrderId", UNSET)

        order_detail_b2b = cls(
            additional_attributes=additional_attributes,
            bill_to_info=bill_to_info,
            currency_code=currency_code,
            customer_order_number=customer_order_number,
            end_customer_order_number=end_customer_order_number,
            end_user_info=end_user_info,
            freight_charges=freight_charges,
            ingram_order_date=ingram_order_date,
            ingram_order_number=ingram_order_number,
            ingram_purchase_order_number=ingram_purchase_order_number,
            lines=lines,
            miscellaneous_charges=miscellaneous_charges,
            notes=notes,
            order_status=order_status,
            order_sub_total=order_sub_total,
            order_total=order_total,
            order_type=order_type,
            payment_terms=payment_terms,
            ship_to_info=ship_to_info,
            total_fees=total_fees,
            total_tax=total_tax,
            total_weight=total_weight,
            vendor_sales_order_number=vendor_sales_order_number,
            web_order_id=web_order_id,
        )

        return order_detail_b2b
