from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_accesstoken_body_grant_type import PostAccesstokenBodyGrantType

T = TypeVar("T", bound="PostAccesstokenBody")


@_attrs_define
class PostAccesstokenBody:
    """
    Attributes:
        client_id (str): Your application's OAuth client id.
        client_secret (str): Your application's OAuth client secret.
        grant_type (PostAccesstokenBodyGrantType): Always client_credentials.
    """

    client_id: str
    client_secret: str
    grant_type: PostAccesstokenBodyGrantType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_secret = self.client_secret

        grant_type = self.grant_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "client_secret": client_secret,
                "grant_type": grant_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        client_secret = d.pop("client_secret")

        grant_type = PostAccesstokenBodyGrantType(d.pop("grant_type"))

        post_accesstoken_body = cls(
            client_id=client_id,
            client_secret=client_secret,
            grant_type=grant_type,
        )

        post_accesstoken_body.additional_properties = d
        return post_accesstoken_body

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
