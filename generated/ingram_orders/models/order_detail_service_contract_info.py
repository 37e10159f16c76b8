from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_detail_contract_info import OrderDetailContractInfo
    from ..models.order_detail_license_info import OrderDetailLicenseInfo
    from ..models.order_detail_subscriptions import OrderDetailSubscriptions


T = TypeVar("T", bound="OrderDetailServiceContractInfo")


@_attrs_define
class OrderDetailServiceContractInfo:
    """Service contract, license or subscription bought with the line.

    Attributes:
        contract_info (OrderDetailContractInfo | Unset): The service contract bought with this line.
        license_info (OrderDetailLicenseInfo | Unset): The software license bought with this line.
        subscriptions (OrderDetailSubscriptions | Unset): The subscription bought with this line.
    """

    contract_info: OrderDetailContractInfo | Unset = UNSET
    license_info: OrderDetailLicenseInfo | Unset = UNSET
    subscriptions: OrderDetailSubscriptions | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        contract_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contract_info, Unset):
            contract_info = self.contract_info.to_dict()

        license_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.license_info, Unset):
            license_info = self.license_info.to_dict()

        subscriptions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriptions, Unset):
            subscriptions = self.subscriptions.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if contract_info is not UNSET:
            field_dict["contractInfo"] = contract_info
        if license_info is not UNSET:
            field_dict["licenseInfo"] = license_info
        if subscriptions is not UNSET:
            field_dict["subscriptions"] = subscriptions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_detail_contract_info import OrderDetailContractInfo
        from ..models.order_detail_license_info import OrderDetailLicenseInfo
        from ..models.order_detail_subscriptions import OrderDetailSubscriptions

        d = dict(src_dict)
        _contract_info = d.pop("contractInfo", UNSET)
        contract_info: OrderDetailContractInfo | Unset
        if isinstance(_contract_info, Unset):
            contract_info = UNSET
        else:
            contract_info = OrderDetailContractInfo.from_dict(_contract_info)

        _license_info = d.pop("licenseInfo", UNSET)
        license_info: OrderDetailLicenseInfo | Unset
        if isinstance(_license_info, Unset):
            license_info = UNSET
        else:
            license_info = OrderDetailLicenseInfo.from_dict(_license_info)

        _subscriptions = d.pop("subscriptions", UNSET)
        subscriptions: OrderDetailSubscriptions | Unset
        if isinstance(_subscriptions, Unset):
            subscriptions = UNSET
        else:
            subscriptions = OrderDetailSubscriptions.from_dict(_subscriptions)

        order_detail_service_contract_info = cls(
            contract_info=contract_info,
            license_info=license_info,
            subscriptions=subscriptions,
        )

        return order_detail_service_contract_info
