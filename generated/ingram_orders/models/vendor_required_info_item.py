from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vendor_required_info_response_message import (
        VendorRequiredInfoResponseMessage,
    )
    from ..models.vmf_vri_additional_attribute_container import (
        VmfVriAdditionalAttributeContainer,
    )


T = TypeVar("T", bound="VendorRequiredInfoItem")


@_attrs_define
class VendorRequiredInfoItem:
    """
    Attributes:
        ingram_part_number (str | Unset): Ingram's SKU of the product.
        plan_id (str | Unset): Ingram's id of the subscription plan.
        plan_name (str | Unset): The subscription plan's display name.
        quote_number (str | Unset): Number of the Ingram quote the order is based on (its prices apply). Example:
            QUO-14551943-D2Y9L9.
        response_messages (list[VendorRequiredInfoResponseMessage] | Unset): Problems or remarks about this product.
        vendor_part_number (str | Unset): The vendor's (manufacturer's) part number.
        vmf_additional_attributes (list[VmfVriAdditionalAttributeContainer] | Unset): Vendor-mandated fields
            (name/value) the order must carry.
        vri_additional_attributes (list[VmfVriAdditionalAttributeContainer] | Unset): Vendor-required information
            (attributes) the vendor needs for the order.
    """

    ingram_part_number: str | Unset = UNSET
    plan_id: str | Unset = UNSET
    plan_name: str | Unset = UNSET
    quote_number: str | Unset = UNSET
    response_messages: list[VendorRequiredInfoResponseMessage] | Unset = UNSET
    vendor_part_number: str | Unset = UNSET
    vmf_additional_attributes: list[VmfVriAdditionalAttributeContainer] | Unset = UNSET
    vri_additional_attributes: list[VmfVriAdditionalAttributeContainer] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ingram_part_number = self.ingram_part_number

        plan_id = self.plan_id

        plan_name = self.plan_name

        quote_number = self.quote_number

        response_messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.response_messages, Unset):
            response_messages = []
            for response_messages_item_data in self.response_messages:
                response_messages_item = response_messages_item_data.to_dict()
                response_messages.append(response_messages_item)

        vendor_part_number = self.vendor_part_number

        vmf_additional_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vmf_additional_attributes, Unset):
            vmf_additional_attributes = []
            for vmf_additional_attributes_item_data in self.vmf_additional_attributes:
                vmf_additional_attributes_item = (
                    vmf_additional_attributes_item_data.to_dict()
                )
                vmf_additional_attributes.append(vmf_additional_attributes_item)

        vri_additional_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vri_additional_attributes, Unset):
            vri_additional_attributes = []
            for vri_additional_attributes_item_data in self.vri_additional_attributes:
                vri_additional_attributes_item = (
                    vri_additional_attributes_item_data.to_dict()
                )
                vri_additional_attributes.append(vri_additional_attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ingram_part_number is not UNSET:
            field_dict["ingramPartNumber"] = ingram_part_number
        if plan_id is not UNSET:
            field_dict["planId"] = plan_id
        if plan_name is not UNSET:
            field_dict["planName"] = plan_name
        if quote_number is not UNSET:
            field_dict["quoteNumber"] = quote_number
        if response_messages is not UNSET:
            field_dict["responseMessages"] = response_messages
        if vendor_part_number is not UNSET:
            field_dict["vendorPartNumber"] = vendor_part_number
        if vmf_additional_attributes is not UNSET:
            field_dict["vmfAdditionalAttributes"] = vmf_additional_attributes
        if vri_additional_attributes is not UNSET:
            field_dict["vriAdditionalAttributes"] = vri_additional_attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.vendor_required_info_response_message import (
            VendorRequiredInfoResponseMessage,
        )
        from ..models.vmf_vri_additional_attribute_container import (
            VmfVriAdditionalAttributeContainer,
        )

        d = dict(src_dict)
        ingram_part_number = d.pop("ingramPartNumber", UNSET)

        plan_id = d.pop("planId", UNSET)

        plan_name = d.pop("planName", UNSET)

        quote_number = d.pop("quoteNumber", UNSET)

        _response_messages = d.pop("responseMessages", UNSET)
        response_messages: list[VendorRequiredInfoResponseMessage] | Unset = UNSET
        if _response_messages is not UNSET:
            response_messages = []
            for response_messages_item_data in _response_messages:
                response_messages_item = VendorRequiredInfoResponseMessage.from_dict(
                    response_messages_item_data
                )

                response_messages.append(response_messages_item)

        vendor_part_number = d.pop("vendorPartNumber", UNSET)

        _vmf_additional_attributes = d.pop("vmfAdditionalAttributes", UNSET)
        vmf_additional_attributes: list[VmfVriAdditionalAttributeContainer] | Unset = (
            UNSET
        )
        if _vmf_additional_attributes is not UNSET:
            vmf_additional_attributes = []
            for vmf_additional_attributes_item_data in _vmf_additional_attributes:
                vmf_additional_attributes_item = (
                    VmfVriAdditionalAttributeContainer.from_dict(
                        vmf_additional_attributes_item_data
                    )
                )

                vmf_additional_attributes.append(vmf_additional_attributes_item)

        _vri_additional_attributes = d.pop("vriAdditionalAttributes", UNSET)
        vri_additional_attributes: list[VmfVriAdditionalAttributeContainer] | Unset = (
            UNSET
        )
        if _vri_additional_attributes is not UNSET:
            vri_additional_attributes = []
            for vri_additional_attributes_item_data in _vri_additional_attributes:
                vri_additional_attributes_item = (
                    VmfVriAdditionalAttributeContainer.from_dict(
                        vri_additional_attributes_item_data
                    )
                )

                vri_additional_attributes.append(vri_additional_attributes_item)

        vendor_required_info_item = cls(
            ingram_part_number=ingram_part_number,
            plan_id=plan_id,
            plan_name=plan_name,
            quote_number=quote_number,
            response_messages=response_messages,
            vendor_part_number=vendor_part_number,
            vmf_additional_attributes=vmf_additional_attributes,
            vri_additional_attributes=vri_additional_attributes,
        )

        vendor_required_info_item.additional_properties = d
        return vendor_required_info_item

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
