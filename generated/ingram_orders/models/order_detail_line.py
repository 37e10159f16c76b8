from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_detail_estimated_date import OrderDetailEstimatedDate
    from ..models.order_detail_line_additional_attribute import (
        OrderDetailLineAdditionalAttribute,
    )
    from ..models.order_detail_link import OrderDetailLink
    from ..models.order_detail_multiple_shipment import OrderDetailMultipleShipment
    from ..models.order_detail_schedule_line import OrderDetailScheduleLine
    from ..models.order_detail_service_contract_info import (
        OrderDetailServiceContractInfo,
    )
    from ..models.order_detail_shipment_detail import OrderDetailShipmentDetail


T = TypeVar("T", bound="OrderDetailLine")


@_attrs_define
class OrderDetailLine:
    """
    Attributes:
        additional_attributes (list[OrderDetailLineAdditionalAttribute] | None | Unset): Name/value pairs for line
            options without a field of their own.
        back_order_eta_date (str | Unset): When the backordered units are expected in stock.
        currency_code (str | Unset): Three-letter ISO 4217 currency of the amounts.
        customer_line_number (str | Unset): Your own number for the line, echoed back so you can match lines.
        default_carrier_name (str | Unset): Carrier used for the line unless another is requested. Example: FEDEX
            GROUND.
        estimated_dates (list[OrderDetailEstimatedDate] | Unset): Estimated ship and delivery dates of the line.
        extended_price (float | Unset): Unit price times quantity for the line.
        ingram_order_line_number (str | Unset): Ingram's number for the line.
        ingram_part_number (str | Unset): Ingram's SKU of the product.
        line_notes (str | Unset): Notes on the line.
        line_status (str | Unset): Status of the line (e.g. backordered, shipped).
        links (list[OrderDetailLink] | None | Unset): Related resources of the line.
        multiple_shipments (list[OrderDetailMultipleShipment] | Unset): Shipments the line is split into.
        part_description (str | Unset): What the product is, as Ingram's catalogue words it.
        promised_delivery_date (str | Unset): Delivery date Ingram committed to.
        quantity_back_ordered (int | Unset): Units waiting for stock.
        quantity_confirmed (int | Unset): Units confirmed from stock.
        quantity_ordered (int | Unset): Units ordered.
        requested_deliverydate (str | Unset): The delivery date requested for the line.
        schedule_lines (list[OrderDetailScheduleLine] | None | Unset): Delivery schedule of the line.
        service_contract_info (OrderDetailServiceContractInfo | Unset): Service contract, license or subscription bought
            with the line.
        shipment_details (list[OrderDetailShipmentDetail] | None | Unset): How the line ships (carrier, warehouse,
            estimated dates).
        special_bid_number (str | Unset): Special pricing (bid) number for this line, when it differs from the order's.
        sub_order_number (str | Unset): Ingram's number of the sub-order (one per warehouse or shipment) this belongs
            to.
        tax_amount (float | Unset): Tax on the line.
        unit_price (float | Unset): Price of one unit.
        unit_weight (float | Unset): Weight of one unit.
        upc_code (str | Unset): UPC barcode of the product.
        vendor_name (str | Unset): Name of the vendor (manufacturer).
        vendor_part_number (str | Unset): The vendor's (manufacturer's) part number.
        vendor_sales_order_line_number (str | Unset): The vendor's line number for this line.
        weight_uom (str | Unset): Unit of the weights.
    """

    additional_attributes: list[OrderDetailLineAdditionalAttribute] | None | Unset = (
        UNSET
    )
    back_order_eta_date: str | Unset = UNSET
    currency_code: str | Unset = UNSET
    customer_line_number: str | Unset = UNSET
    default_carrier_name: str | Unset = UNSET
    estimated_dates: list[OrderDetailEstimatedDate] | Unset = UNSET
    extended_price: float | Unset = UNSET
    ingram_order_line_number: str | Unset = UNSET
    ingram_part_number: str | Unset = UNSET
    line_notes: str | Unset = UNSET
    line_status: str | Unset = UNSET
    links: list[OrderDetailLink] | None | Unset = UNSET
    multiple_shipments: list[OrderDetailMultipleShipment] | Unset = UNSET
    part_description: str | Unset = UNSET
    promised_delivery_date: str | Unset = UNSET
    quantity_back_ordered: int | Unset = UNSET
    quantity_confirmed: int | Unset = UNSET
    quantity_ordered: int | Unset = UNSET
    requested_deliverydate: str | Unset = UNSET
    schedule_lines: list[OrderDetailScheduleLine] | None | Unset = UNSET
    service_contract_info: OrderDetailServiceContractInfo | Unset = UNSET
    shipment_details: list[OrderDetailShipmentDetail] | None | Unset = UNSET
    special_bid_number: str | Unset = UNSET
    sub_order_number: str | Unset = UNSET
    tax_amount: float | Unset = UNSET
    unit_price: float | Unset = UNSET
    unit_weight: float | Unset = UNSET
    upc_code: str | Unset = UNSET
    vendor_name: str | Unset = UNSET
    vendor_part_number: str | Unset = UNSET
    vendor_sales_order_line_number: str | Unset = UNSET
    weight_uom: str | Unset = UNSET

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

        back_order_eta_date = self.back_order_eta_date

        currency_code = self.currency_code

        customer_line_number = self.customer_line_number

        default_carrier_name = self.default_carrier_name

        estimated_dates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.estimated_dates, Unset):
            estimated_dates = []
            for estimated_dates_item_data in self.estimated_dates:
                estimated_dates_item = estimated_dates_item_data.to_dict()
                estimated_dates.append(estimated_dates_item)

        extended_price = self.extended_price

        ingram_order_line_number = self.ingram_order_line_number

        ingram_part_number = self.ingram_part_number

        line_notes = self.line_notes

        line_status = self.line_status

        links: list[dict[str, Any]] | None | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, list):
            links = []
            for links_type_0_item_data in self.links:
                links_type_0_item = links_type_0_item_data.to_dict()
                links.append(links_type_0_item)

        else:
            links = self.links

        multiple_shipments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.multiple_shipments, Unset):
            multiple_shipments = []
            for multiple_shipments_item_data in self.multiple_shipments:
                multiple_shipments_item = multiple_shipments_item_data.to_dict()
                multiple_shipments.append(multiple_shipments_item)

        part_description = self.part_description

        promised_delivery_date = self.promised_delivery_date

        quantity_back_ordered = self.quantity_back_ordered

        quantity_confirmed = self.quantity_confirmed

        quantity_ordered = self.quantity_ordered

        requested_deliverydate = self.requested_deliverydate

        schedule_lines: list[dict[str, Any]] | None | Unset
        if isinstance(self.schedule_lines, Unset):
            schedule_lines = UNSET
        elif isinstance(self.schedule_lines, list):
            schedule_lines = []
            for schedule_lines_type_0_item_data in self.schedule_lines:
                schedule_lines_type_0_item = schedule_lines_type_0_item_data.to_dict()
                schedule_lines.append(schedule_lines_type_0_item)

        else:
            schedule_lines = self.schedule_lines

        service_contract_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_contract_info, Unset):
            service_contract_info = self.service_contract_info.to_dict()

        shipment_details: list[dict[str, Any]] | None | Unset
        if isinstance(self.shipment_details, Unset):
            shipment_details = UNSET
        elif isinstance(self.shipment_details, list):
            shipment_details = []
            for shipment_details_type_0_item_data in self.shipment_details:
                shipment_details_type_0_item = (
                    shipment_details_type_0_item_data.to_dict()
                )
                shipment_details.append(shipment_details_type_0_item)

        else:
            shipment_details = self.shipment_details

        special_bid_number = self.special_bid_number

        sub_order_number = self.sub_order_number

        tax_amount = self.tax_amount

        unit_price = self.unit_price

        unit_weight = self.unit_weight

        upc_code = self.upc_code

        vendor_name = self.vendor_name

        vendor_part_number = self.vendor_part_number

        vendor_sales_order_line_number = self.vendor_sales_order_line_number

        weight_uom = self.weight_uom

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if additional_attributes is not UNSET:
            field_dict["additionalAttributes"] = additional_attributes
        if back_order_eta_date is not UNSET:
            field_dict["backOrderETADate"] = back_order_eta_date
        if currency_code is not UNSET:
            field_dict["currencyCode"] = currency_code
        if customer_line_number is not UNSET:
            field_dict["customerLineNumber"] = customer_line_number
        if default_carrier_name is not UNSET:
            field_dict["defaultCarrierName"] = default_carrier_name
        if estimated_dates is not UNSET:
            field_dict["estimatedDates"] = estimated_dates
        if extended_price is not UNSET:
            field_dict["extendedPrice"] = extended_price
        if ingram_order_line_number is not UNSET:
            field_dict["ingramOrderLineNumber"] = ingram_order_line_number
        if ingram_part_number is not UNSET:
            field_dict["ingramPartNumber"] = ingram_part_number
        if line_notes is not UNSET:
            field_dict["lineNotes"] = line_notes
        if line_status is not UNSET:
            field_dict["lineStatus"] = line_status
        if links is not UNSET:
            field_dict["links"] = links
        if multiple_shipments is not UNSET:
            field_dict["multipleShipments"] = multiple_shipments
        if part_description is not UNSET:
            field_dict["partDescription"] = part_description
        if promised_delivery_date is not UNSET:
            field_dict["promisedDeliveryDate"] = promised_delivery_date
        if quantity_back_ordered is not UNSET:
            field_dict["quantityBackOrdered"] = quantity_back_ordered
        if quantity_confirmed is not UNSET:
            field_dict["quantityConfirmed"] = quantity_confirmed
        if quantity_ordered is not UNSET:
            field_dict["quantityOrdered"] = quantity_ordered
        if requested_deliverydate is not UNSET:
            field_dict["requestedDeliverydate"] = requested_deliverydate
        if schedule_lines is not UNSET:
            field_dict["scheduleLines"] = schedule_lines
        if service_contract_info is not UNSET:
            field_dict["serviceContractInfo"] = service_contract_info
        if shipment_details is not UNSET:
            field_dict["shipmentDetails"] = shipment_details
        if special_bid_number is not UNSET:
            field_dict["specialBidNumber"] = special_bid_number
        if sub_order_number is not UNSET:
            field_dict["subOrderNumber"] = sub_order_number
        if tax_amount is not UNSET:
            field_dict["taxAmount"] = tax_amount
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price
        if unit_weight is not UNSET:
            field_dict["unitWeight"] = unit_weight
        if upc_code is not UNSET:
            field_dict["upcCode"] = upc_code
        if vendor_name is not UNSET:
            field_dict["vendorName"] = vendor_name
        if vendor_part_number is not UNSET:
            field_dict["vendorPartNumber"] = vendor_part_number
        if vendor_sales_order_line_number is not UNSET:
            field_dict["vendorSalesOrderLineNumber"] = vendor_sales_order_line_number
        if weight_uom is not UNSET:
            field_dict["weightUom"] = weight_uom

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_detail_estimated_date import OrderDetailEstimatedDate
        from ..models.order_detail_line_additional_attribute import (
            OrderDetailLineAdditionalAttribute,
        )
        from ..models.order_detail_link import OrderDetailLink
        from ..models.order_detail_multiple_shipment import OrderDetailMultipleShipment
        from ..models.order_detail_schedule_line import OrderDetailScheduleLine
        from ..models.order_detail_service_contract_info import (
            OrderDetailServiceContractInfo,
        )
        from ..models.order_detail_shipment_detail import OrderDetailShipmentDetail

        d = dict(src_dict)

        def _parse_additional_attributes(
            data: object,
        ) -> list[OrderDetailLineAdditionalAttribute] | None | Unset:
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
                        OrderDetailLineAdditionalAttribute.from_dict(
                            additional_attributes_type_0_item_data
                        )
                    )

                    additional_attributes_type_0.append(
                        additional_attributes_type_0_item
                    )

                return additional_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OrderDetailLineAdditionalAttribute] | None | Unset, data)

        additional_attributes = _parse_additional_attributes(
            d.pop("additionalAttributes", UNSET)
        )

        back_order_eta_date = d.pop("backOrderETADate", UNSET)

        currency_code = d.pop("currencyCode", UNSET)

        customer_line_number = d.pop("customerLineNumber", UNSET)

        default_carrier_name = d.pop("defaultCarrierName", UNSET)

        _estimated_dates = d.pop("estimatedDates", UNSET)
        estimated_dates: list[OrderDetailEstimatedDate] | Unset = UNSET
        if _estimated_dates is not UNSET:
            estimated_dates = []
            for estimated_dates_item_data in _estimated_dates:
                estimated_dates_item = OrderDetailEstimatedDate.from_dict(
                    estimated_dates_item_data
                )

                estimated_dates.append(estimated_dates_item)

        extended_price = d.pop("extendedPrice", UNSET)

        ingram_order_line_number = d.pop("ingramOrderLineNumber", UNSET)

        ingram_part_number = d.pop("ingramPartNumber", UNSET)

        line_notes = d.pop("lineNotes", UNSET)

        line_status = d.pop("lineStatus", UNSET)

        def _parse_links(data: object) -> list[OrderDetailLink] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                links_type_0 = []
                _links_type_0 = data
                for links_type_0_item_data in _links_type_0:
                    links_type_0_item = OrderDetailLink.from_dict(
                        links_type_0_item_data
                    )

                    links_type_0.append(links_type_0_item)

                return links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OrderDetailLink] | None | Unset, data)

        links = _parse_links(d.pop("links", UNSET))

        _multiple_shipments = d.pop("multipleShipments", UNSET)
        multiple_shipments: list[OrderDetailMultipleShipment] | Unset = UNSET
        if _multiple_shipments is not UNSET:
            multiple_shipments = []
            for multiple_shipments_item_data in _multiple_shipments:
                multiple_shipments_item = OrderDetailMultipleShipment.from_dict(
                    multiple_shipments_item_data
                )

                multiple_shipments.append(multiple_shipments_item)

        part_description = d.pop("partDescription", UNSET)

        promised_delivery_date = d.pop("promisedDeliveryDate", UNSET)

        quantity_back_ordered = d.pop("quantityBackOrdered", UNSET)

        quantity_confirmed = d.pop("quantityConfirmed", UNSET)

        quantity_ordered = d.pop("quantityOrdered", UNSET)

        requested_deliverydate = d.pop("requestedDeliverydate", UNSET)

        def _parse_schedule_lines(
            data: object,
        ) -> list[OrderDetailScheduleLine] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                schedule_lines_type_0 = []
                _schedule_lines_type_0 = data
                for schedule_lines_type_0_item_data in _schedule_lines_type_0:
                    schedule_lines_type_0_item = OrderDetailScheduleLine.from_dict(
                        schedule_lines_type_0_item_data
                    )

                    schedule_lines_type_0.append(schedule_lines_type_0_item)

                return schedule_lines_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OrderDetailScheduleLine] | None | Unset, data)

        schedule_lines = _parse_schedule_lines(d.pop("scheduleLines", UNSET))

        _service_contract_info = d.pop("serviceContractInfo", UNSET)
        service_contract_info: OrderDetailServiceContractInfo | Unset
        if isinstance(_service_contract_info, Unset):
            service_contract_info = UNSET
        else:
            service_contract_info = OrderDetailServiceContractInfo.from_dict(
                _service_contract_info
            )

        def _parse_shipment_details(
            data: object,
        ) -> list[OrderDetailShipmentDetail] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                shipment_details_type_0 = []
                _shipment_details_type_0 = data
                for shipment_details_type_0_item_data in _shipment_details_type_0:
                    shipment_details_type_0_item = OrderDetailShipmentDetail.from_dict(
                        shipment_details_type_0_item_data
                    )

                    shipment_details_type_0.append(shipment_details_type_0_item)

                return shipment_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OrderDetailShipmentDetail] | None | Unset, data)

        shipment_details = _parse_shipment_details(d.pop("shipmentDetails", UNSET))

        special_bid_number = d.pop("specialBidNumber", UNSET)

        sub_order_number = d.pop("subOrderNumber", UNSET)

        tax_amount = d.pop("taxAmount", UNSET)

        unit_price = d.pop("unitPrice", UNSET)

        unit_weight = d.pop("unitWeight", UNSET)

        upc_code = d.pop("upcCode", UNSET)

        vendor_name = d.pop("vendorName", UNSET)

        vendor_part_number = d.pop("vendorPartNumber", UNSET)

        vendor_sales_order_line_number = d.pop("vendorSalesOrderLineNumber", UNSET)

        weight_uom = d.pop("weightUom", UNSET)

        order_detail_line = cls(
            additional_attributes=additional_attributes,
            back_order_eta_date=back_order_eta_date,
            currency_code=currency_code,
            customer_line_number=customer_line_number,
            default_carrier_name=default_carrier_name,
            estimated_dates=estimated_dates,
            extended_price=extended_price,
            ingram_order_line_number=ingram_order_line_number,
            ingram_part_number=ingram_part_number,
            line_notes=line_notes,
            line_status=line_status,
            links=links,
            multiple_shipments=multiple_shipments,
            part_description=part_description,
            promised_delivery_date=promised_delivery_date,
            quantity_back_ordered=quantity_back_ordered,
            quantity_confirmed=quantity_confirmed,
            quantity_ordered=quantity_ordered,
            requested_deliverydate=requested_deliverydate,
            schedule_lines=schedule_lines,
            service_contract_info=service_contract_info,
            shipment_details=shipment_details,
            special_bid_number=special_bid_number,
            sub_order_number=sub_order_number,
            tax_amount=tax_amount,
            unit_price=unit_price,
            unit_weight=unit_weight,
            upc_code=upc_code,
            vendor_name=vendor_name,
            vendor_part_number=vendor_part_number,
            vendor_sales_order_line_number=vendor_sales_order_line_number,
            weight_uom=weight_uom,
        )

        return order_detail_line
