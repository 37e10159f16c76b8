from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_v7_created_resource import OrderV7CreatedResource


T = TypeVar("T", bound="OrderCreateV7Response")


@_attrs_define
class OrderCreateV7Response:
    """The order-created (or error) event of a v7 create, delivered to your webhook.

    Example:
        {'event': 'IM::created', 'eventId': 'NYNNHS5UMGAK0X3L4E', 'eventTimeStamp': '2024-04-23T15:03:11.267Z',
            'resource': {'billToAddressId': '000', 'customerOrderNumber': 'TESTCASE41E111', 'endCustomerOrderNumber':
            'X4D_TT', 'endUserInfo': {'addressSequenceNumber': '1', 'contact': 'Dummy John', 'contactId': '1', 'email':
            'dummy.email1@ingrammicro.co.in', 'endUserId': '5', 'phoneNumber': '78776777771'}, 'eventType':
            'IM::async_order_create', 'orderSplit': False, 'orders': [{'currencyCode': 'EUR', 'freightCharges': 0,
            'ingramOrderDate': '2024-04-23', 'ingramOrderNumber': '29-02738', 'lines': [{'customerLineNumber': '001',
            'endUserInfo': {'addressLine1': '601 LEE RD', 'city': 'wayne', 'companyName': 'MEDECISION INC', 'contact':
            'AARON RICCITELLI', 'countryCode': 'US', 'email': 'aaron.riccitelli@medecision.com', 'endUserId': '',
            'phoneNumber': '6105400202', 'postalCode': '190875607', 'state': 'pa'}, 'extendedUnitPrice': 0, 'globalSkuId':
            'A306-CD98075', 'ingramLineNumber': 8, 'ingramPartNumber': 'CD98075', 'lineStatus': 'Backordered', 'lineType':
            'P', 'notes': 'GALAXY A33 5G EE SMD || BLACK 6+128GB || EUÑ- 000410729 LTIMINDTREE || MCÑC',
            'quantityBackOrdered': 1, 'quantityConfirmed': 0, 'quantityOrdered': 1, 'shipmentDetails': {'carrierCode': 'GN',
            'carrierName': 'DHL NORMAL', 'shipFromWarehouseId': '29'}, 'subOrderNumber': '29-02738-11', 'unitPrice': 290,
            'vendorNumber': 'D190', 'warrantyInfo': {'directLineLink': 'MJDVATC10001B'}}], 'links': [{'type': 'GET', 'href':
            '/resellers/v6/orders/29-02738', 'topic': 'orders'}], 'miscellaneousCharges': [{'chargeAmount': 0,
            'chargeDescription': 'CARGO POR PEDIDO ELECTRONIC', 'chargeLineReference': '890', 'subOrderNumber':
            '29-02738-11'}], 'notes': 'EUNAME: LTIMINDTREE || EUNAME1: RASHIM SAMEER || EUADD1: C/ ANDALUCÍA 62 || EUPH:
            65756756756 || UEMAIL: RASHIM.SAMEER@INGRAMMICRO.C || OM || \\\\\\\\\\\\EUID: 19', 'numberOfLinesWithError': 0,
            'numberOfLinesWithSuccess': 1, 'numberOfLinesWithWarning': 0, 'orderTotal': 0, 'orderType': 'S', 'totalTax':
            0}], 'processedPartially': False, 'purchaseOrderTotal': 0, 'resellerInfo': {'addressLine1': 'CL. CANTABRIA, 2  3
            PLTA. MOD. B1', 'addressLine2': 'EDF. AMURA', 'addressLine3': '', 'city': 'ALCOBENDAS  MADRID', 'companyName':
            'INGRAM MICRO TEST CUSTOMER', 'contact': ' ', 'countryCode': 'ES', 'email': 'IN-Endeavour.Auto@ingrammicro.com',
            'phoneNumber': '934749090', 'postalCode': '28108', 'state': 'ES'}, 'shipToInfo': {'addressId': '200',
            'addressLine1': 'ATTN TOD DEBIE', 'addressLine2': '1610 E SAINT ANDREW PL', 'city': 'SANTA ANA', 'companyName':
            'INGRAM MICRO TEST ACCOUNT', 'countryCode': 'US', 'postalCode': '927054931', 'state': 'CA'}}, 'topic':
            'resellers/orders'}

    Attributes:
        event (str | Unset): What happened (e.g. IM::created).
        event_id (str | Unset): Unique id of the event; the signature covers it and a repeated id is a redelivery.
        event_time_stamp (str | Unset): When the event was raised (UTC).
        event_type (str | Unset): The kind of change the event reports.
        resource (OrderV7CreatedResource | Unset): The order created from your v7 request, or the lines it rejected.
        topic (str | Unset): What the event is about (e.g. resellers/orders).
    """

    event: str | Unset = UNSET
    event_id: str | Unset = UNSET
    event_time_stamp: str | Unset = UNSET
    event_type: str | Unset = UNSET
    resource: OrderV7CreatedResource | Unset = UNSET
    topic: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        event_id = self.event_id

        event_time_stamp = self.event_time_stamp

        event_type = self.event_type

        resource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource, Unset):
            resource = self.resource.to_dict()

        topic = self.topic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event is not UNSET:
            field_dict["event"] = event
        if event_id is not UNSET:
            field_dict["eventId"] = event_id
        if event_time_stamp is not UNSET:
            field_dict["eventTimeStamp"] = event_time_stamp
        if event_type is not UNSET:
            field_dict["eventType"] = event_type
        if resource is not UNSET:
            field_dict["resource"] = resource
        if topic is not UNSET:
            field_dict["topic"] = topic

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_v7_created_resource import OrderV7CreatedResource

        d = dict(src_dict)
        event = d.pop("event", UNSET)

        event_id = d.pop("eventId", UNSET)

        event_time_stamp = d.pop("eventTimeStamp", UNSET)

        event_type = d.pop("eventType", UNSET)

        _resource = d.pop("resource", UNSET)
        resource: OrderV7CreatedResource | Unset
        if isinstance(_resource, Unset):
            resource = UNSET
        else:
            resource = OrderV7CreatedResource.from_dict(_resource)

        topic = d.pop("topic", UNSET)

        order_create_v7_response = cls(
            event=event,
            event_id=event_id,
            event_time_stamp=event_time_stamp,
            event_type=event_type,
            resource=resource,
            topic=topic,
        )

        order_create_v7_response.additional_properties = d
        return order_create_v7_response

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
