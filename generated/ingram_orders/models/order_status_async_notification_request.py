from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_status_event_resource import OrderStatusEventResource


T = TypeVar("T", bound="OrderStatusAsyncNotificationRequest")


@_attrs_define
class OrderStatusAsyncNotificationRequest:
    """An order-status event (e.g. shipped) delivered to your webhook.

    Attributes:
        event (str | Unset): What happened (e.g. IM::created).
        event_id (str | Unset): Unique id of the event; the signature covers it and a repeated id is a redelivery.
        event_time_stamp (str | Unset): When the event was raised (UTC).
        resource (list[OrderStatusEventResource] | Unset): The orders the event is about, one entry each.
        topic (str | Unset): What the event is about (e.g. resellers/orders).
    """

    event: str | Unset = UNSET
    event_id: str | Unset = UNSET
    event_time_stamp: str | Unset = UNSET
    resource: list[OrderStatusEventResource] | Unset = UNSET
    topic: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        event_id = self.event_id

        event_time_stamp = self.event_time_stamp

        resource: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resource, Unset):
            resource = []
            for resource_item_data in self.resource:
                resource_item = resource_item_data.to_dict()
                resource.append(resource_item)

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
        if resource is not UNSET:
            field_dict["resource"] = resource
        if topic is not UNSET:
            field_dict["topic"] = topic

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_status_event_resource import OrderStatusEventResource

        d = dict(src_dict)
        event = d.pop("event", UNSET)

        event_id = d.pop("eventId", UNSET)

        event_time_stamp = d.pop("eventTimeStamp", UNSET)

        _resource = d.pop("resource", UNSET)
        resource: list[OrderStatusEventResource] | Unset = UNSET
        if _resource is not UNSET:
            resource = []
            for resource_item_data in _resource:
                resource_item = OrderStatusEventResource.from_dict(resource_item_data)

                resource.append(resource_item)

        topic = d.pop("topic", UNSET)

        order_status_async_notification_request = cls(
            event=event,
            event_id=event_id,
            event_time_stamp=event_time_stamp,
            resource=resource,
            topic=topic,
        )

        order_status_async_notification_request.additional_properties = d
        return order_status_async_notification_request

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
