from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_v7_additional_attribute import OrderV7AdditionalAttribute
    from ..models.order_v7_end_user_info import OrderV7EndUserInfo
    from ..models.order_v7_line import OrderV7Line
    from ..models.order_v7_reseller_info import OrderV7ResellerInfo
    from ..models.order_v7_ship_to_info import OrderV7ShipToInfo
    from ..models.order_v7_shipment_detail import OrderV7ShipmentDetail
    from ..models.order_v7_vmf_attribute import OrderV7VmfAttribute
    from ..models.order_v7_vmf_vendor_attribute import OrderV7VmfVendorAttribute
    from ..models.order_v7_vri_attribute import OrderV7VriAttribute


T = TypeVar("T", bound="OrderCreateV7Request")


@_attrs_define
class OrderCreateV7Request:
    """A v7 order to place (answered by webhook).

    Attributes:
        accept_back_order (bool | None | Unset): Accept lines that cannot ship now and fill them when stock arrives
            (true), or reject them.
        additional_attributes (list[None | OrderV7AdditionalAttribute] | None | Unset): Name/value pairs for options
            without a field of their own (e.g. allowOrderOnCustomerHold).
        bill_to_address_id (str | Unset): Ingram's id of your bill-to address, when the account has several.
        customer_order_number (str | Unset): Your purchase order number for the order (your reference, echoed back).
        end_customer_order_number (None | str | Unset): The end customer's own purchase order number, for their
            reference.
        end_user_info (OrderV7EndUserInfo | Unset): The end user (the organisation that will use the products), for
            vendors that require it.
        lines (list[OrderV7Line] | Unset): The order lines, one per product.
        notes (str | Unset): Free-text notes.
        quote_number (None | str | Unset): Number of the Ingram quote the order is based on (its prices apply).
        reseller_info (None | OrderV7ResellerInfo | Unset): The reseller placing the order, when it differs from the
            account.
        ship_to_info (None | OrderV7ShipToInfo | Unset): The address the order ships to.
        shipment_details (None | OrderV7ShipmentDetail | Unset): How the order ships (carrier, freight account,
            instructions).
        special_bid_number (None | str | Unset): Number of the special pricing (bid) the vendor granted; its prices
            apply.
        vend_auth_number (None | str | Unset): The vendor's authorisation number for the order (a vendor-specific
            approval).
        vmf_additional_attributes (list[OrderV7VmfAttribute] | Unset): Vendor-mandated fields (name/value) the order
            must carry.
        vmf_vendor_additional_attributes (list[OrderV7VmfVendorAttribute] | Unset): Vendor-mandated fields, grouped by
            vendor and product.
        vri_additional_attributes (list[OrderV7VriAttribute] | Unset): Vendor-required information (attributes) the
            vendor needs for the order.
    """

    accept_back_order: bool | None | Unset = UNSET
    additional_attributes: list[None | OrderV7AdditionalAttribute] | None | Unset = (
        UNSET
    )
    bill_to_address_id: str | Unset = UNSET
    customer_order_number: str | Unset = UNSET
    end_customer_order_number: None | str | Unset = UNSET
    end_user_info: OrderV7EndUserInfo | Unset = UNSET
    lines: list[OrderV7Line] | Unset = UNSET
    notes: str | Unset = UNSET
    quote_number: None | str | Unset = UNSET
    reseller_info: None | OrderV7ResellerInfo | Unset = UNSET
    ship_to_info: None | OrderV7ShipToInfo | Unset = UNSET
    shipment_details: None | OrderV7ShipmentDetail | Unset = UNSET
    special_bid_number: None | str | Unset = UNSET
    vend_auth_number: None | str | Unset = UNSET
    vmf_additional_attributes: list[OrderV7VmfAttribute] | Unset = UNSET
    vmf_vendor_additional_attributes: list[OrderV7VmfVendorAttribute] | Unset = UNSET
    vri_additional_attributes: list[OrderV7VriAttribute] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.order_v7_additional_attribute import OrderV7AdditionalAttribute
        from ..models.order_v7_reseller_info import OrderV7ResellerInfo
        from ..models.order_v7_ship_to_info import OrderV7ShipToInfo
        from ..models.order_v7_shipment_detail import OrderV7ShipmentDetail

        accept_back_order: bool | None | Unset
        if isinstance(self.accept_back_order, Unset):
            accept_back_order = UNSET
        else:
            accept_back_order = self.accept_back_order

        additional_attributes: list[dict[str, Any] | None] | None | Unset
        if isinstance(self.additional_attributes, Unset):
            additional_attributes = UNSET
        elif isinstance(self.additional_attributes, list):
            additional_attributes = []
            for additional_attributes_type_0_item_data in self.additional_attributes:
                additional_attributes_type_0_item: dict[str, Any] | None
                if isinstance(
                    additional_attributes_type_0_item_data, OrderV7AdditionalAttribute
                ):
                    additional_attributes_type_0_item = (
                        additional_attributes_type_0_item_data.to_dict()
                    )
                else:
                    additional_attributes_type_0_item = (
                        additional_attributes_type_0_item_data
                    )
                additional_attributes.append(additional_attributes_type_0_item)

        else:
            additional_attributes = self.additional_attributes

        bill_to_address_id = self.bill_to_address_id

        customer_order_number = self.customer_order_number

        end_customer_order_number: None | str | Unset
        if isinstance(self.end_customer_order_number, Unset):
            end_customer_order_number = UNSET
        else:
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

        quote_number: None | str | Unset
        if isinstance(self.quote_number, Unset):
            quote_number = UNSET
        else:
            quote_number = self.quote_number

        reseller_info: dict[str, Any] | None | Unset
        if isinstance(self.reseller_info, Unset):
            reseller_info = UNSET
        elif isinstance(self.reseller_info, OrderV7ResellerInfo):
            reseller_info = self.reseller_info.to_dict()
        else:
            reseller_info = self.reseller_info

        ship_to_info: dict[str, Any] | None | Unset
        if isinstance(self.ship_to_info, Unset):
            ship_to_info = UNSET
        elif isinstance(self.ship_to_info, OrderV7ShipToInfo):
            ship_to_info = self.ship_to_info.to_dict()
        else:
            ship_to_info = self.ship_to_info

        shipment_details: dict[str, Any] | None | Unset
        if isinstance(self.shipment_details, Unset):
            shipment_details = UNSET
        elif isinstance(self.shipment_details, OrderV7ShipmentDetail):
            shipment_details = self.shipment_details.to_dict()
        else:
            shipment_details = self.shipment_details

        special_bid_number: None | str | Unset
        if isinstance(self.special_bid_number, Unset):
            special_bid_number = UNSET
        else:
            special_bid_number = self.special_bid_number

        vend_auth_number: None | str | Unset
        if isinstance(self.vend_auth_number, Unset):
            vend_auth_number = UNSET
        else:
            vend_auth_number = self.vend_auth_number

        vmf_additional_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vmf_additional_attributes, Unset):
            vmf_additional_attributes = []
            for vmf_additional_attributes_item_data in self.vmf_additional_attributes:
                vmf_additional_attributes_item = (
                    vmf_additional_attributes_item_data.to_dict()
                )
                vmf_additional_attributes.append(vmf_additional_attributes_item)

        vmf_vendor_additional_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vmf_vendor_additional_attributes, Unset):
            vmf_vendor_additional_attributes = []
            for (
                vmf_vendor_additional_attributes_item_data
            ) in self.vmf_vendor_additional_attributes:
                vmf_vendor_additional_attributes_item = (
                    vmf_vendor_additional_attributes_item_data.to_dict()
                )
                vmf_vendor_additional_attributes.append(
                    vmf_vendor_additional_attributes_item
                )

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
        if accept_back_order is not UNSET:
            field_dict["acceptBackOrder"] = accept_back_order
        if additional_attributes is not UNSET:
            field_dict["additionalAttributes"] = additional_attributes
        if bill_to_address_id is not UNSET:
            field_dict["billToAddressId"] = bill_to_address_id
        if customer_order_number is not UNSET:
            field_dict["customerOrderNumber"] = customer_order_number
        if end_customer_order_number is not UNSET:
            field_dict["endCustomerOrderNumber"] = end_customer_order_number
        if end_user_info is not UNSET:
            field_dict["endUserInfo"] = end_user_info
        if lines is not UNSET:
            field_dict["lines"] = lines
        if notes is not UNSET:
            field_dict["notes"] = notes
        if quote_number is not UNSET:
            field_dict["quoteNumber"] = quote_number
        if reseller_info is not UNSET:
            field_dict["resellerInfo"] = reseller_info
        if ship_to_info is not UNSET:
            field_dict["shipToInfo"] = ship_to_info
        if shipment_details is not UNSET:
            field_dict["shipmentDetails"] = shipment_details
        if special_bid_number is not UNSET:
            field_dict["specialBidNumber"] = special_bid_number
        if vend_auth_number is not UNSET:
            field_dict["vendAuthNumber"] = vend_auth_number
        if vmf_additional_attributes is not UNSET:
            field_dict["vmfAdditionalAttributes"] = vmf_additional_attributes
        if vmf_vendor_additional_attributes is not UNSET:
            field_dict["vmfVendorAdditionalAttributes"] = (
                vmf_vendor_additional_attributes
            )
        if vri_additional_attributes is not UNSET:
            field_dict["vriAdditionalAttributes"] = vri_additional_attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_v7_additional_attribute import OrderV7AdditionalAttribute
        from ..models.order_v7_end_user_info import OrderV7EndUserInfo
        from ..models.order_v7_line import OrderV7Line
        from ..models.order_v7_reseller_info import OrderV7ResellerInfo
        from ..models.order_v7_ship_to_info import OrderV7ShipToInfo
        from ..models.order_v7_shipment_detail import OrderV7ShipmentDetail
        from ..models.order_v7_vmf_attribute import OrderV7VmfAttribute
        from ..models.order_v7_vmf_vendor_attribute import OrderV7VmfVendorAttribute
        from ..models.order_v7_vri_attribute import OrderV7VriAttribute

        d = dict(src_dict)

        def _parse_accept_back_order(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        accept_back_order = _parse_accept_back_order(d.pop("acceptBackOrder", UNSET))

        def _parse_additional_attributes(
            data: object,
        ) -> list[None | OrderV7AdditionalAttribute] | None | Unset:
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

                    def _parse_additional_attributes_type_0_item(
                        data: object,
                    ) -> None | OrderV7AdditionalAttribute:
                        if data is None:
                            return data
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            additional_attributes_type_0_item_type_0 = (
                                OrderV7AdditionalAttribute.from_dict(data)
                            )

                            return additional_attributes_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(None | OrderV7AdditionalAttribute, data)

                    additional_attributes_type_0_item = (
                        _parse_additional_attributes_type_0_item(
                            additional_attributes_type_0_item_data
                        )
                    )

                    additional_attributes_type_0.append(
                        additional_attributes_type_0_item
                    )

                return additional_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[None | OrderV7AdditionalAttribute] | None | Unset, data)

        additional_attributes = _parse_additional_attributes(
            d.pop("additionalAttributes", UNSET)
        )

        bill_to_address_id = d.pop("billToAddressId", UNSET)

        customer_order_number = d.pop("customerOrderNumber", UNSET)

        def _parse_end_customer_order_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_customer_order_number = _parse_end_customer_order_number(
            d.pop("endCustomerOrderNumber", UNSET)
        )

        _end_user_info = d.pop("endUserInfo", UNSET)
        end_user_info: OrderV7EndUserInfo | Unset
        if isinstance(_end_user_info, Unset):
            end_user_info = UNSET
        else:
            end_user_info = OrderV7EndUserInfo.from_dict(_end_user_info)

        _lines = d.pop("lines", UNSET)
        lines: list[OrderV7Line] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = OrderV7Line.from_dict(lines_item_data)

                lines.append(lines_item)

        notes = d.pop("notes", UNSET)

        def _parse_quote_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quote_number = _parse_quote_number(d.pop("quoteNumber", UNSET))

        def _parse_reseller_info(data: object) -> None | OrderV7ResellerInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reseller_info_type_0 = OrderV7ResellerInfo.from_dict(data)

                return reseller_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderV7ResellerInfo | Unset, data)

        reseller_info = _parse_reseller_info(d.pop("resellerInfo", UNSET))

        def _parse_ship_to_info(data: object) -> None | OrderV7ShipToInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ship_to_info_type_0 = OrderV7ShipToInfo.from_dict(data)

                return ship_to_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderV7ShipToInfo | Unset, data)

        ship_to_info = _parse_ship_to_info(d.pop("shipToInfo", UNSET))

        def _parse_shipment_details(
            data: object,
        ) -> None | OrderV7ShipmentDetail | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shipment_details_type_0 = OrderV7ShipmentDetail.from_dict(data)

                return shipment_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderV7ShipmentDetail | Unset, data)

        shipment_details = _parse_shipment_details(d.pop("shipmentDetails", UNSET))

        def _parse_special_bid_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        special_bid_number = _parse_special_bid_number(d.pop("specialBidNumber", UNSET))

        def _parse_vend_auth_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vend_auth_number = _parse_vend_auth_number(d.pop("vendAuthNumber", UNSET))

        _vmf_additional_attributes = d.pop("vmfAdditionalAttributes", UNSET)
        vmf_additional_attributes: list[OrderV7VmfAttribute] | Unset = UNSET
        if _vmf_additional_attributes is not UNSET:
            vmf_additional_attributes = []
            for vmf_additional_attributes_item_data in _vmf_additional_attributes:
                vmf_additional_attributes_item = OrderV7VmfAttribute.from_dict(
                    vmf_additional_attributes_item_data
                )

                vmf_additional_attributes.append(vmf_additional_attributes_item)

        _vmf_vendor_additional_attributes = d.pop(
            "vmfVendorAdditionalAttributes", UNSET
        )
        vmf_vendor_additional_attributes: list[OrderV7VmfVendorAttribute] | Unset = (
            UNSET
        )
        if _vmf_vendor_additional_attributes is not UNSET:
            vmf_vendor_additional_attributes = []
            for (
                vmf_vendor_additional_attributes_item_data
            ) in _vmf_vendor_additional_attributes:
                vmf_vendor_additional_attributes_item = (
                    OrderV7VmfVendorAttribute.from_dict(
                        vmf_vendor_additional_attributes_item_data
                    )
                )

                vmf_vendor_additional_attributes.append(
                    vmf_vendor_additional_attributes_item
                )

        _vri_additional_attributes = d.pop("vriAdditionalAttributes", UNSET)
        vri_additional_attributes: list[OrderV7VriAttribute] | Unset = UNSET
        if _vri_additional_attributes is not UNSET:
            vri_additional_attributes = []
            for vri_additional_attributes_item_data in _vri_additional_attributes:
                vri_additional_attributes_item = OrderV7VriAttribute.from_dict(
                    vri_additional_attributes_item_data
                )

                vri_additional_attributes.append(vri_additional_attributes_item)

        order_create_v7_request = cls(
            accept_back_order=accept_back_order,
            additional_attributes=additional_attributes,
            bill_to_address_id=bill_to_address_id,
            customer_order_number=customer_order_number,
            end_customer_order_number=end_customer_order_number,
            end_user_info=end_user_info,
            lines=lines,
            notes=notes,
            quote_number=quote_number,
            reseller_info=reseller_info,
            ship_to_info=ship_to_info,
            shipment_details=shipment_details,
            special_bid_number=special_bid_number,
            vend_auth_number=vend_auth_number,
            vmf_additional_attributes=vmf_additional_attributes,
            vmf_vendor_additional_attributes=vmf_vendor_additional_attributes,
            vri_additional_attributes=vri_additional_attributes,
        )

        order_create_v7_request.additional_properties = d
        return order_create_v7_request

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
