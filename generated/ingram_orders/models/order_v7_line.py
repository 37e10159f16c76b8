from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_v7_billing_period import OrderV7BillingPeriod
    from ..models.order_v7_line_additional_attribute import (
        OrderV7LineAdditionalAttribute,
    )
    from ..models.order_v7_line_end_user_info import OrderV7LineEndUserInfo
    from ..models.order_v7_line_vmf_attribute import OrderV7LineVmfAttribute
    from ..models.order_v7_line_vri_attribute import OrderV7LineVriAttribute
    from ..models.order_v7_subscription_period import OrderV7SubscriptionPeriod
    from ..models.order_v7_warranty_info import OrderV7WarrantyInfo


T = TypeVar("T", bound="OrderV7Line")


@_attrs_define
class OrderV7Line:
    """
    Attributes:
        additional_attributes (list[OrderV7LineAdditionalAttribute] | Unset): Name/value pairs for line options without
            a field of their own.
        billing_period (list[OrderV7BillingPeriod] | Unset): Billing period of the subscription line.
        customer_line_number (str | Unset): Your own number for the line, echoed back so you can match lines.
        end_customer_price (float | Unset): Price the end customer pays for the line.
        end_user_info (list[OrderV7LineEndUserInfo] | Unset): The end user of this line's product, when it differs from
            the order's.
        end_user_price (float | Unset): Price the end user pays for one unit, for vendors that require it.
        ingram_part_number (str | Unset): Ingram's SKU of the product.
        margin (float | Unset): Your margin on the line.
        notes (str | Unset): Free-text notes on the line.
        planid (str | Unset): Ingram's id of the subscription plan ordered.
        quantity (int | Unset): Number of units.
        resource_id (str | Unset): The vendor's id of the resource (subscription, tenant) the line is for.
        special_bid_number (str | Unset): Special pricing (bid) number for this line, when it differs from the order's.
        subscription_period (list[OrderV7SubscriptionPeriod] | Unset): Term of the subscription line.
        unit_price (float | Unset): Price of one unit.
        vendor_part_number (str | Unset): The vendor's (manufacturer's) part number.
        vmf_additional_attributes_lines (list[OrderV7LineVmfAttribute] | Unset): Vendor-mandated fields (name/value) for
            this line.
        vri_additional_attributes (list[OrderV7LineVriAttribute] | Unset): Vendor-required information (attributes) the
            vendor needs for the order.
        warranty_info (OrderV7WarrantyInfo | Unset): Warranty bought with the line, and the hardware it covers.
    """

    additional_attributes: list[OrderV7LineAdditionalAttribute] | Unset = UNSET
    billing_period: list[OrderV7BillingPeriod] | Unset = UNSET
    customer_line_number: str | Unset = UNSET
    end_customer_price: float | Unset = UNSET
    end_user_info: list[OrderV7LineEndUserInfo] | Unset = UNSET
    end_user_price: float | Unset = UNSET
    ingram_part_number: str | Unset = UNSET
    margin: float | Unset = UNSET
    notes: str | Unset = UNSET
    planid: str | Unset = UNSET
    quantity: int | Unset = UNSET
    resource_id: str | Unset = UNSET
    special_bid_number: str | Unset = UNSET
    subscription_period: list[OrderV7SubscriptionPeriod] | Unset = UNSET
    unit_price: float | Unset = UNSET
    vendor_part_number: str | Unset = UNSET
    vmf_additional_attributes_lines: list[OrderV7LineVmfAttribute] | Unset = UNSET
    vri_additional_attributes: list[OrderV7LineVriAttribute] | Unset = UNSET
    warranty_info: OrderV7WarrantyInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        additional_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_attributes, Unset):
            additional_attributes = []
            for additional_attributes_item_data in self.additional_attributes:
                additional_attributes_item = additional_attributes_item_data.to_dict()
                additional_attributes.append(additional_attributes_item)

        billing_period: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.billing_period, Unset):
            billing_period = []
            for billing_period_item_data in self.billing_period:
                billing_period_item = billing_period_item_data.to_dict()
                billing_period.append(billing_period_item)

        customer_line_number = self.customer_line_number

        end_customer_price = self.end_customer_price

        end_user_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.end_user_info, Unset):
            end_user_info = []
            for end_user_info_item_data in self.end_user_info:
                end_user_info_item = end_user_info_item_data.to_dict()
                end_user_info.append(end_user_info_item)

        end_user_price = self.end_user_price

        ingram_part_number = self.ingram_part_number

        margin = self.margin

        notes = self.notes

        planid = self.planid

        quantity = self.quantity

        resource_id = self.resource_id

        special_bid_number = self.special_bid_number

        subscription_period: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subscription_period, Unset):
            subscription_period = []
            for subscription_period_item_data in self.subscription_period:
                subscription_period_item = subscription_period_item_data.to_dict()
                subscription_period.append(subscription_period_item)

        unit_price = self.unit_price

        vendor_part_number = self.vendor_part_number

        vmf_additional_attributes_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vmf_additional_attributes_lines, Unset):
            vmf_additional_attributes_lines = []
            for (
                vmf_additional_attributes_lines_item_data
            ) in self.vmf_additional_attributes_lines:
                vmf_additional_attributes_lines_item = (
                    vmf_additional_attributes_lines_item_data.to_dict()
                )
                vmf_additional_attributes_lines.append(
                    vmf_additional_attributes_lines_item
                )

        vri_additional_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vri_additional_attributes, Unset):
            vri_additional_attributes = []
            for vri_additional_attributes_item_data in self.vri_additional_attributes:
                vri_additional_attributes_item = (
                    vri_additional_attributes_item_data.to_dict()
                )
                vri_additional_attributes.append(vri_additional_attributes_item)

        warranty_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warranty_info, Unset):
            warranty_info = self.warranty_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if additional_attributes is not UNSET:
            field_dict["additionalAttributes"] = additional_attributes
        if billing_period is not UNSET:
            field_dict["billingPeriod"] = billing_period
        if customer_line_number is not UNSET:
            field_dict["customerLineNumber"] = customer_line_number
        if end_customer_price is not UNSET:
            field_dict["endCustomerPrice"] = end_customer_price
        if end_user_info is not UNSET:
            field_dict["endUserInfo"] = end_user_info
        if end_user_price is not UNSET:
            field_dict["endUserPrice"] = end_user_price
        if ingram_part_number is not UNSET:
            field_dict["ingramPartNumber"] = ingram_part_number
        if margin is not UNSET:
            field_dict["margin"] = margin
        if notes is not UNSET:
            field_dict["notes"] = notes
        if planid is not UNSET:
            field_dict["planid"] = planid
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if resource_id is not UNSET:
            field_dict["resourceId"] = resource_id
        if special_bid_number is not UNSET:
            field_dict["specialBidNumber"] = special_bid_number
        if subscription_period is not UNSET:
            field_dict["subscriptionPeriod"] = subscription_period
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price
        if vendor_part_number is not UNSET:
            field_dict["vendorPartNumber"] = vendor_part_number
        if vmf_additional_attributes_lines is not UNSET:
            field_dict["vmfAdditionalAttributesLines"] = vmf_additional_attributes_lines
        if vri_additional_attributes is not UNSET:
            field_dict["vriAdditionalAttributes"] = vri_additional_attributes
        if warranty_info is not UNSET:
            field_dict["warrantyInfo"] = warranty_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_v7_billing_period import OrderV7BillingPeriod
        from ..models.order_v7_line_additional_attribute import (
            OrderV7LineAdditionalAttribute,
        )
        from ..models.order_v7_line_end_user_info import OrderV7LineEndUserInfo
        from ..models.order_v7_line_vmf_attribute import OrderV7LineVmfAttribute
        from ..models.order_v7_line_vri_attribute import OrderV7LineVriAttribute
        from ..models.order_v7_subscription_period import OrderV7SubscriptionPeriod
        from ..models.order_v7_warranty_info import OrderV7WarrantyInfo

        d = dict(src_dict)
        _additional_attributes = d.pop("additionalAttributes", UNSET)
        additional_attributes: list[OrderV7LineAdditionalAttribute] | Unset = UNSET
        if _additional_attributes is not UNSET:
            additional_attributes = []
            for additional_attributes_item_data in _additional_attributes:
                additional_attributes_item = OrderV7LineAdditionalAttribute.from_dict(
                    additional_attributes_item_data
                )

                additional_attributes.append(additional_attributes_item)

        _billing_period = d.pop("billingPeriod", UNSET)
        billing_period: list[OrderV7BillingPeriod] | Unset = UNSET
        if _billing_period is not UNSET:
            billing_period = []
            for billing_period_item_data in _billing_period:
                billing_period_item = OrderV7BillingPeriod.from_dict(
                    billing_period_item_data
                )

                billing_period.append(billing_period_item)

        customer_line_number = d.pop("customerLineNumber", UNSET)

        end_customer_price = d.pop("endCustomerPrice", UNSET)

        _end_user_info = d.pop("endUserInfo", UNSET)
        end_user_info: list[OrderV7LineEndUserInfo] | Unset = UNSET
        if _end_user_info is not UNSET:
            end_user_info = []
            for end_user_info_item_data in _end_user_info:
                end_user_info_item = OrderV7LineEndUserInfo.from_dict(
                    end_user_info_item_data
                )

                end_user_info.append(end_user_info_item)

        end_user_price = d.pop("endUserPrice", UNSET)

        ingram_part_number = d.pop("ingramPartNumber", UNSET)

        margin = d.pop("margin", UNSET)

        notes = d.pop("notes", UNSET)

        planid = d.pop("planid", UNSET)

        quantity = d.pop("quantity", UNSET)

        resource_id = d.pop("resourceId", UNSET)

        special_bid_number = d.pop("specialBidNumber", UNSET)

        _subscription_period = d.pop("subscriptionPeriod", UNSET)
        subscription_period: list[OrderV7SubscriptionPeriod] | Unset = UNSET
        if _subscription_period is not UNSET:
            subscription_period = []
            for subscription_period_item_data in _subscription_period:
                subscription_period_item = OrderV7SubscriptionPeriod.from_dict(
                    subscription_period_item_data
                )

                subscription_period.append(subscription_period_item)

        unit_price = d.pop("unitPrice", UNSET)

        vendor_part_number = d.pop("vendorPartNumber", UNSET)

        _vmf_additional_attributes_lines = d.pop("vmfAdditionalAttributesLines", UNSET)
        vmf_additional_attributes_lines: list[OrderV7LineVmfAttribute] | Unset = UNSET
        if _vmf_additional_attributes_lines is not UNSET:
            vmf_additional_attributes_lines = []
            for (
                vmf_additional_attributes_lines_item_data
            ) in _vmf_additional_attributes_lines:
                vmf_additional_attributes_lines_item = (
                    OrderV7LineVmfAttribute.from_dict(
                        vmf_additional_attributes_lines_item_data
                    )
                )

                vmf_additional_attributes_lines.append(
                    vmf_additional_attributes_lines_item
                )

        _vri_additional_attributes = d.pop("vriAdditionalAttributes", UNSET)
        vri_additional_attributes: list[OrderV7LineVriAttribute] | Unset = UNSET
        if _vri_additional_attributes is not UNSET:
            vri_additional_attributes = []
            for vri_additional_attributes_item_data in _vri_additional_attributes:
                vri_additional_attributes_item = OrderV7LineVriAttribute.from_dict(
                    vri_additional_attributes_item_data
                )

                vri_additional_attributes.append(vri_additional_attributes_item)

        _warranty_info = d.pop("warrantyInfo", UNSET)
        warranty_info: OrderV7WarrantyInfo | Unset
        if isinstance(_warranty_info, Unset):
            warranty_info = UNSET
        else:
            warranty_info = OrderV7WarrantyInfo.from_dict(_warranty_info)

        order_v7_line = cls(
            additional_attributes=additional_attributes,
            billing_period=billing_period,
            customer_line_number=customer_line_number,
            end_customer_price=end_customer_price,
            end_user_info=end_user_info,
            end_user_price=end_user_price,
            ingram_part_number=ingram_part_number,
            margin=margin,
            notes=notes,
            planid=planid,
            quantity=quantity,
            resource_id=resource_id,
            special_bid_number=special_bid_number,
            subscription_period=subscription_period,
            unit_price=unit_price,
            vendor_part_number=vendor_part_number,
            vmf_additional_attributes_lines=vmf_additional_attributes_lines,
            vri_additional_attributes=vri_additional_attributes,
            warranty_info=warranty_info,
        )

        order_v7_line.additional_properties = d
        return order_v7_line

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
