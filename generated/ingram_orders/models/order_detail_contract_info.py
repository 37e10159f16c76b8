from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderDetailContractInfo")


@_attrs_define
class OrderDetailContractInfo:
    """The service contract bought with this line.

    Attributes:
        contract_description (str | Unset): What the service contract covers.
        contract_duration (None | str | Unset): Length of the service contract.
        contract_end_date (str | Unset): When the service contract ends.
        contract_number (str | Unset): Number of the service contract.
        contract_start_date (str | Unset): When the service contract starts.
        contract_status (str | Unset): Status of the service contract.
    """

    contract_description: str | Unset = UNSET
    contract_duration: None | str | Unset = UNSET
    contract_end_date: str | Unset = UNSET
    contract_number: str | Unset = UNSET
    contract_start_date: str | Unset = UNSET
    contract_status: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        contract_description = self.contract_description

        contract_duration: None | str | Unset
        if isinstance(self.contract_duration, Unset):
            contract_duration = UNSET
        else:
            contract_duration = self.contract_duration

        contract_end_date = self.contract_end_date

        contract_number = self.contract_number

        contract_start_date = self.contract_start_date

        contract_status = self.contract_status

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if contract_description is not UNSET:
            field_dict["contractDescription"] = contract_description
        if contract_duration is not UNSET:
            field_dict["contractDuration"] = contract_duration
        if contract_end_date is not UNSET:
            field_dict["contractEndDate"] = contract_end_date
        if contract_number is not UNSET:
            field_dict["contractNumber"] = contract_number
        if contract_start_date is not UNSET:
            field_dict["contractStartDate"] = contract_start_date
        if contract_status is not UNSET:
            field_dict["contractStatus"] = contract_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        contract_description = d.pop("contractDescription", UNSET)

        def _parse_contract_duration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_duration = _parse_contract_duration(d.pop("contractDuration", UNSET))

        contract_end_date = d.pop("contractEndDate", UNSET)

        contract_number = d.pop("contractNumber", UNSET)

        contract_start_date = d.pop("contractStartDate", UNSET)

        contract_status = d.pop("contractStatus", UNSET)

        order_detail_contract_info = cls(
            contract_description=contract_description,
            contract_duration=contract_duration,
            contract_end_date=contract_end_date,
            contract_number=contract_number,
            contract_start_date=contract_start_date,
            contract_status=contract_status,
        )

        return order_detail_contract_info
