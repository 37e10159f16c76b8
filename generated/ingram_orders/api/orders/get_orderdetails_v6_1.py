import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.error_response_dto import ErrorResponseDTO
from ...models.gateway_fault import GatewayFault
from ...models.get_orderdetails_v61_simulate_status import (
    GetOrderdetailsV61SimulateStatus,
)
from ...models.order_detail_b2b import OrderDetailB2B
from ...types import UNSET, Response, Unset


def _get_kwargs(
    ordernumber: str,
    *,
    ingram_order_date: datetime.date | Unset = UNSET,
    vendor_number: str | Unset = UNSET,
    simulate_status: GetOrderdetailsV61SimulateStatus | Unset = UNSET,
    is_iml: bool | Unset = UNSET,
    region_code: str | Unset = UNSET,
    im_customer_number: str,
    im_country_code: str,
    im_correlation_id: str,
    im_sender_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["IM-CustomerNumber"] = im_customer_number

    headers["IM-CountryCode"] = im_country_code

    headers["IM-CorrelationID"] = im_correlation_id

    if not isinstance(im_sender_id, Unset):
        headers["IM-SenderID"] = im_sender_id

    params: dict[str, Any] = {}

    json_ingram_order_date: str | Unset = UNSET
    if not isinstance(ingram_order_date, Unset):
        json_ingram_order_date = ingram_order_date.isoformat()
    params["ingramOrderDate"] = json_ingram_order_date

    params["vendorNumber"] = vendor_number

    json_simulate_status: str | Unset = UNSET
    if not isinstance(simulate_status, Unset):
        json_simulate_status = simulate_status.value

    params["simulateStatus"] = json_simulate_status

    params["isIml"] = is_iml

    params["regionCode"] = region_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/resellers/v6.1/orders/{ordernumber}".format(
            ordernumber=quote(str(ordernumber), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ErrorResponseDTO | GatewayFault | OrderDetailB2B | None:
    if response.status_code == 200:
        response_200 = OrderDetailB2B.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GatewayFault.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponseDTO.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ErrorResponseDTO | GatewayFault | OrderDetailB2B]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ordernumber: str,
    *,
    client: AuthenticatedClient,
    ingram_order_date: datetime.date | Unset = UNSET,
    vendor_number: str | Unset = UNSET,
    simulate_status: GetOrderdetailsV61SimulateStatus | Unset = UNSET,
    is_iml: bool | Unset = UNSET,
    region_code: str | Unset = UNSET,
    im_customer_number: str,
    im_country_code: str,
    im_correlation_id: str,
    im_sender_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponseDTO | GatewayFault | OrderDetailB2B]:
    """Get an order's details (v6.1).

    Args:
        ordernumber (str): Ingram's order number. Example: 20-RD3QV.
        ingram_order_date (datetime.date | Unset): The date Ingram received the order (speeds up
            finding it). Example: 2020-05-13.
        vendor_number (str | Unset): The vendor's number, for orders the vendor fulfils.
        simulate_status (GetOrderdetailsV61SimulateStatus | Unset): Sandbox only, answer as if the
            order had reached this status.
        is_iml (bool | Unset): Whether the order was placed with Ingram Micro Lifecycle (IML)
            services.
        region_code (str | Unset): Ingram's region code of the order (sandbox orders use CS).
        im_customer_number (str): Your Ingram customer (reseller) account number, XX-XXXXXX.
            Example: 20-222222.
        im_country_code (str): Two-letter country code of your Ingram account. Example: US.
        im_correlation_id (str): Your id of this call (at most 32 characters), echoed in logs and
            asked for by support. Example: fbac82ba-cf0a-4bcf-fc03-0c5084.
        im_sender_id (str | Unset): Name of the application or company sending the call. Example:
            MyCompany.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponseDTO | GatewayFault | OrderDetailB2B]
    """

    kwargs = _get_kwargs(
        ordernumber=ordernumber,
        ingram_order_date=ingram_order_date,
        vendor_number=vendor_number,
        simulate_status=simulate_status,
        is_iml=is_iml,
        region_code=region_code,
        im_customer_number=im_customer_number,
        im_country_code=im_country_code,
        im_correlation_id=im_correlation_id,
        im_sender_id=im_sender_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ordernumber: str,
    *,
    client: AuthenticatedClient,
    ingram_order_date: datetime.date | Unset = UNSET,
    vendor_number: str | Unset = UNSET,
    simulate_status: GetOrderdetailsV61SimulateStatus | Unset = UNSET,
    is_iml: bool | Unset = UNSET,
    region_code: str | Unset = UNSET,
    im_customer_number: str,
    im_country_code: str,
    im_correlation_id: str,
    im_sender_id: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponseDTO | GatewayFault | OrderDetailB2B | None:
    """Get an order's details (v6.1).

    Args:
        ordernumber (str): Ingram's order number. Example: 20-RD3QV.
        ingram_order_date (datetime.date | Unset): The date Ingram received the order (speeds up
            finding it). Example: 2020-05-13.
        vendor_number (str | Unset): The vendor's number, for orders the vendor fulfils.
        simulate_status (GetOrderdetailsV61SimulateStatus | Unset): Sandbox only, answer as if the
            order had reached this status.
        is_iml (bool | Unset): Whether the order was placed with Ingram Micro Lifecycle (IML)
            services.
        region_code (str | Unset): Ingram's region code of the order (sandbox orders use CS).
        im_customer_number (str): Your Ingram customer (reseller) account number, XX-XXXXXX.
            Example: 20-222222.
        im_country_code (str): Two-letter country code of your Ingram account. Example: US.
        im_correlation_id (str): Your id of this call (at most 32 characters), echoed in logs and
            asked for by support. Example: fbac82ba-cf0a-4bcf-fc03-0c5084.
        im_sender_id (str | Unset): Name of the application or company sending the call. Example:
            MyCompany.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponseDTO | GatewayFault | OrderDetailB2B
    """

    return sync_detailed(
        ordernumber=ordernumber,
        client=client,
        ingram_order_date=ingram_order_date,
        vendor_number=vendor_number,
        simulate_status=simulate_status,
        is_iml=is_iml,
        region_code=region_code,
        im_customer_number=im_customer_number,
        im_country_code=im_country_code,
        im_correlation_id=im_correlation_id,
        im_sender_id=im_sender_id,
    ).parsed


async def asyncio_detailed(
    ordernumber: str,
    *,
    client: AuthenticatedClient,
    ingram_order_date: datetime.date | Unset = UNSET,
    vendor_number: str | Unset = UNSET,
    simulate_status: GetOrderdetailsV61SimulateStatus | Unset = UNSET,
    is_iml: bool | Unset = UNSET,
    region_code: str | Unset = UNSET,
    im_customer_number: str,
    im_country_code: str,
    im_correlation_id: str,
    im_sender_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponseDTO | GatewayFault | OrderDetailB2B]:
    """Get an order's details (v6.1).

    Args:
        ordernumber (str): Ingram's order number. Example: 20-RD3QV.
        ingram_order_date (datetime.date | Unset): The date Ingram received the order (speeds up
            finding it). Example: 2020-05-13.
        vendor_number (str | Unset): The vendor's number, for orders the vendor fulfils.
        simulate_status (GetOrderdetailsV61SimulateStatus | Unset): Sandbox only, answer as if the
            order had reached this status.
        is_iml (bool | Unset): Whether the order was placed with Ingram Micro Lifecycle (IML)
            services.
        region_code (str | Unset): Ingram's region code of the order (sandbox orders use CS).
        im_customer_number (str): Your Ingram customer (reseller) account number, XX-XXXXXX.
            Example: 20-222222.
        im_country_code (str): Two-letter country code of your Ingram account. Example: US.
        im_correlation_id (str): Your id of this call (at most 32 characters), echoed in logs and
            asked for by support. Example: fbac82ba-cf0a-4bcf-fc03-0c5084.
        im_sender_id (str | Unset): Name of the application or company sending the call. Example:
            MyCompany.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponseDTO | GatewayFault | OrderDetailB2B]
    """

    kwargs = _get_kwargs(
        ordernumber=ordernumber,
        ingram_order_date=ingram_order_date,
        vendor_number=vendor_number,
        simulate_status=simulate_status,
        is_iml=is_iml,
        region_code=region_code,
        im_customer_number=im_customer_number,
        im_country_code=im_country_code,
        im_correlation_id=im_correlation_id,
        im_sender_id=im_sender_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ordernumber: str,
    *,
    client: AuthenticatedClient,
    ingram_order_date: datetime.date | Unset = UNSET,
    vendor_number: str | Unset = UNSET,
    simulate_status: GetOrderdetailsV61SimulateStatus | Unset = UNSET,
    is_iml: bool | Unset = UNSET,
    region_code: str | Unset = UNSET,
    im_customer_number: str,
    im_country_code: str,
    im_correlation_id: str,
    im_sender_id: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponseDTO | GatewayFault | OrderDetailB2B | None:
    """Get an order's details (v6.1).

    Args:
        ordernumber (str): Ingram's order number. Example: 20-RD3QV.
        ingram_order_date (datetime.date | Unset): The date Ingram received the order (speeds up
            finding it). Example: 2020-05-13.
        vendor_number (str | Unset): The vendor's number, for orders the vendor fulfils.
        simulate_status (GetOrderdetailsV61SimulateStatus | Unset): Sandbox only, answer as if the
            order had reached this status.
        is_iml (bool | Unset): Whether the order was placed with Ingram Micro Lifecycle (IML)
            services.
        region_code (str | Unset): Ingram's region code of the order (sandbox orders use CS).
        im_customer_number (str): Your Ingram customer (reseller) account number, XX-XXXXXX.
            Example: 20-222222.
        im_country_code (str): Two-letter country code of your Ingram account. Example: US.
        im_correlation_id (str): Your id of this call (at most 32 characters), echoed in logs and
            asked for by support. Example: fbac82ba-cf0a-4bcf-fc03-0c5084.
        im_sender_id (str | Unset): Name of the application or company sending the call. Example:
            MyCompany.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponseDTO | GatewayFault | OrderDetailB2B
    """

    return (
        await asyncio_detailed(
            ordernumber=ordernumber,
            client=client,
            ingram_order_date=ingram_order_date,
            vendor_number=vendor_number,
            simulate_status=simulate_status,
            is_iml=is_iml,
            region_code=region_code,
            im_customer_number=im_customer_number,
            im_country_code=im_country_code,
            im_correlation_id=im_correlation_id,
            im_sender_id=im_sender_id,
        )
    ).parsed
