from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_create_additional_attribute import (
        OrderCreateAdditionalAttribute,
    )
    from ..models.order_create_line import OrderCreateLine
    from ..models.order_create_request_end_user_info import (
        OrderCreateRequestEndUserInfo,
    )
    from ..models.order_create_request_reseller_info import (
        OrderCreateRequestResellerInfo,
    )
    from ..models.order_create_request_ship_to_info import OrderCreateRequestShipToInfo
    from ..models.order_create_request_vmf import OrderCreateRequestVmf
    from ..models.order_create_shipment_detail import OrderCreateShipmentDetail


T = TypeVar("T", bound="OrderCreateRequest")


@_attrs_define
class OrderCreateRequest:
    """A v6 order to place.

    Attributes:
        customer_order_number (str): Your purchase order number for the order (your reference, echoed back).
        accept_back_order (bool | Unset): Accept lines that cannot ship now and fill them when stock arrives (true), or
            reject them.
        additional_attributes (list[OrderCreateAdditionalAttribute] | Unset): Name/value pairs for options without a
            field of their own (e.g. allowOrderOnCustomerHold).
        bill_to_address_id (str | Unset): Ingram's id of your bill-to address, when the account has several.
        end_customer_order_number (str | Unset): The end customer's own purchase order number, for their reference.
        end_user_info (OrderCreateRequestEndUserInfo | Unset): The end user (the organisation that will use the
            products), for vendors that require it.
        lines (list[OrderCreateLine] | Unset): The order lines, one per product.
        notes (str | Unset): Free-text notes.
        reseller_info (OrderCreateRequestResellerInfo | Unset): The reseller placing the order, when it differs from the
            account.
        ship_to_info (OrderCreateRequestShipToInfo | Unset): The address the order ships to.
        shipment_details (OrderCreateShipmentDetail | Unset): How the order ships (carrier, freight account,
            instructions).
        special_bid_number (str | Unset): Number of the special pricing (bid) the vendor granted; its prices apply.
        vmf (OrderCreateRequestVmf | Unset): Vendor-mandated fields for the order.
    """

    customer_order_number: str
    accept_back_order: bool | Unset = UNSET
    additional_attributes: list[OrderCreateAdditionalAttribute] | Unset = UNSET
    bill_to_address_id: str | Unset = UNSET
    end_customer_order_number: str | Unset = UNSET
    end_user_info: OrderCreateRequestEndUserInfo | Unset = UNSET
    lines: list[OrderCreateLine] | Unset = UNSET
    notes: str | Unset = UNSET
    reseller_info: OrderCreateRequestResellerInfo | Unset = UNSET
    ship_to_info: OrderCreateRequestShipToInfo | Unset = UNSET
    shipment_details: OrderCreateShipmentDetail | Unset = UNSET
    special_bid_number: str | Unset = UNSET
    vmf: OrderCreateRequestVmf | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_order_number = self.customer_order_number

        accept_back_order = self.accept_back_order

        additional_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_attributes, Unset):
            additional_attributes = []
            for additional_attributes_item_data in self.additional_attributes:
                additional_attributes_item = additional_attributes_item_data.to_dict()
                additional_attributes.append(additional_attributes_item)

        bill_to_address_id = self.bill_to_address_id

        end_customer_order_number = self.end_customer_order_number

        end_user_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end_user_info, Unset):
            end_user_info = self.end_user_info.to_dict()

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        notes = self.notes

        reseller_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reseller_info, Unset):
            reseller_info = self.reseller_info.to_dict()

        ship_to_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_to_info, Unset):
            ship_to_info = self.ship_to_info.to_dict()

        shipment_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipment_details, Unset):
            shipment_details = self.shipment_details.to_dict()

        special_bid_number = self.special_bid_number

        vmf: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vmf, Unset):
            vmf = self.vmf.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerOrderNumber": customer_order_number,
            }
        )
        if accept_back_order is not UNSET:
            field_dict["acceptBackOrder"] = accept_back_order
        if additional_attributes is not UNSET:
            field_dict["additionalAttributes"] = additional_attributes
        if bill_to_address_id is not UNSET:
            field_dict["billToAddressId"] = bill_to_address_id
        if end_customer_order_number is not UNSET:
            field_dict["endCustomerOrderNumber"] = end_customer_order_number
        if end_user_info is not UNSET:
            field_dict["endUserInfo"] = end_user_info
        if lines is not UNSET:
            field_dict["lines"] = lines
        if notes is not UNSET:
            field_dict["notes"] = notes
        if reseller_info is not UNSET:
            field_dict["resellerInfo"] = reseller_info
        if ship_to_info is not UNSET:
            field_dict["shipToInfo"] = ship_to_info
        if shipment_details is not UNSET:
            field_dict["shipmentDetails"] = shipment_details
        if special_bid_number is not UNSET:
            field_dict["specialBidNumber"] = special_bid_number
        if vmf is not UNSET:
            field_dict["vmf"] = vmf

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_create_additional_attribute import (
            OrderCreateAdditionalAttribute,
        )
        from ..models.order_create_line import OrderCreateLine
        from ..models.order_create_request_end_user_info import (
            OrderCreateRequestEndUserInfo,
        )
        from ..models.order_create_request_reseller_info import (
            OrderCreateRequestResellerInfo,
        )
        from ..models.order_create_request_ship_to_info import (
            OrderCreateRequestShipToInfo,
        )
        from ..models.order_create_request_vmf import OrderCreateRequestVmf
        from ..models.order_create_shipment_detail import OrderCreateShipmentDetail

        d = dict(src_dict)
        customer_order_number = d.pop("customerOrderNumber")

        accept_back_order = d.pop("acceptBackOrder", UNSET)

        _additional_attributes = d.pop("additionalAttributes", UNSET)
        additional_attributes: list[OrderCreateAdditionalAttribute] | Unset = UNSET
        if _additional_attributes is not UNSET:
            additional_attributes = []
            for additional_attributes_item_data in _additional_attributes:
                additional_attributes_item = OrderCreateAdditionalAttribute.from_dict(
                    additional_attributes_item_data
                )

                additional_attributes.append(additional_attributes_item)

        bill_to_address_id = d.pop("billToAddressId", UNSET)

        end_customer_order_number = d.pop("endCustomerOrderNumber", UNSET)

        _end_user_info = d.pop("endUserInfo", UNSET)
        end_user_info: OrderCreateRequestEndUserInfo | Unset
        if isinstance(_end_user_info, Unset):
            end_user_info = UNSET
        else:
            end_user_info = OrderCreateRequestEndUserInfo.from_dict(_end_user_info)

        _lines = d.pop("lines", UNSET)
        lines: list[OrderCreateLine] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = OrderCreateLine.from_dict(lines_item_data)

                lines.append(lines_item)

        notes = d.pop("notes", UNSET)

        _reseller_info = d.pop("resellerInfo", UNSET)
        reseller_info: OrderCreateRequestResellerInfo | Unset
        if isinstance(_reseller_info, Unset):
            reseller_info = UNSET
        else:
            reseller_info = OrderCreateRequestResellerInfo.from_dict(_reseller_info)

        _ship_to_info = d.pop("shipToInfo", UNSET)
        ship_to_info: OrderCreateRequestShipToInfo | Unset
        if isinstance(_ship_to_info, Unset):
            ship_to_info = UNSET
        else:
            ship_to_info = OrderCreateRequestShipToInfo.from_dict(_ship_to_info)

        _shipment_details = d.pop("shipmentDetails", UNSET)
        shipment_details: OrderCreateShipmentDetail | Unset
        if isinstance(_shipment_details, Unset):
            shipment_details = UNSET
        else:
            shipment_details = OrderCreateShipmentDetail.from_dict(_shipment_details)

        special_bid_number = d.pop("specialBidNumber", UNSET)

        _vmf = d.pop("vmf", UNSET)
        vmf: OrderCreateRequestVmf | Unset
        if isinstance(_vmf, Unset):
            vmf = UNSET
        else:
            vmf = OrderCreateRequestVmf.from_dict(_vmf)

        order_create_request = cls(
            customer_order_number=customer_order_number,
            accept_back_order=accept_back_order,
            additional_attributes=additional_attributes,
            bill_to_address_id=bill_to_address_id,
            end_customer_order_number=end_customer_order_number,
            end_user_info=end_user_info,
            lines=lines,
            notes=notes,
            reseller_info=reseller_info,
            ship_to_info=ship_to_info,
            shipment_details=shipment_details,
            special_bid_number=special_bid_number,
            vmf=vmf,
        )

        order_create_request.additional_properties = d
        return order_create_request

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
