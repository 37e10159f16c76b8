from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.gateway_fault import GatewayFault
from ...models.order_create_request import OrderCreateRequest
from ...models.order_create_response import OrderCreateResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: OrderCreateRequest,
    im_customer_number: str,
    im_country_code: str,
    im_sender_id: str | Unset = UNSET,
    im_correlation_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["IM-CustomerNumber"] = im_customer_number

    headers["IM-CountryCode"] = im_country_code

    if not isinstance(im_sender_id, Unset):
        headers["IM-SenderID"] = im_sender_id

    headers["IM-CorrelationID"] = im_correlation_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/resellers/v6/orders",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GatewayFault | OrderCreateResponse | None:
    if response.status_code == 201:
        response_201 = OrderCreateResponse.from_dict(response.json())

        return response_201

    if response.status_code == 207:
        response_207 = OrderCreateResponse.from_dict(response.json())

        return response_207

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GatewayFault.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GatewayFault | OrderCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: OrderCreateRequest,
    im_customer_number: str,
    im_country_code: str,
    im_sender_id: str | Unset = UNSET,
    im_correlation_id: str,
) -> Response[ErrorResponse | GatewayFault | OrderCreateResponse]:
    """Create an order (v6, synchronous).

    Args:
        im_customer_number (str): Your Ingram customer (reseller) account number, XX-XXXXXX.
            Example: 20-222222.
        im_country_code (str): Two-letter country code of your Ingram account. Example: US.
        im_sender_id (str | Unset): Name of the application or company sending the call. Example:
            MyCompany.
        im_correlation_id (str): Your id of this call (at most 32 characters), echoed in logs and
            asked for by support. Example: fbac82ba-cf0a-4bcf-fc03-0c5084.
        body (OrderCreateRequest): A v6 order to place.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GatewayFault | OrderCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        im_customer_number=im_customer_number,
        im_country_code=im_country_code,
        im_sender_id=im_sender_id,
        im_correlation_id=im_correlation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: OrderCreateRequest,
    im_customer_number: str,
    im_country_code: str,
    im_sender_id: str | Unset = UNSET,
    im_correlation_id: str,
) -> ErrorResponse | GatewayFault | OrderCreateResponse | None:
    """Create an order (v6, synchronous).

    Args:
        im_customer_number (str): Your Ingram customer (reseller) account number, XX-XXXXXX.
            Example: 20-222222.
        im_country_code (str): Two-letter country code of your Ingram account. Example: US.
        im_sender_id (str | Unset): Name of the application or company sending the call. Example:
            MyCompany.
        im_correlation_id (str): Your id of this call (at most 32 characters), echoed in logs and
            asked for by support. Example: fbac82ba-cf0a-4bcf-fc03-0c5084.
        body (OrderCreateRequest): A v6 order to place.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GatewayFault | OrderCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        im_customer_number=im_customer_number,
        im_country_code=im_country_code,
        im_sender_id=im_sender_id,
        im_correlation_id=im_correlation_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: OrderCreateRequest,
    im_customer_number: str,
    im_country_code: str,
    im_sender_id: str | Unset = UNSET,
    im_correlation_id: str,
) -> Response[ErrorResponse | GatewayFault | OrderCreateResponse]:
    """Create an order (v6, synchronous).

    Args:
        im_customer_number (str): Your Ingram customer (reseller) account number, XX-XXXXXX.
            Example: 20-222222.
        im_country_code (str): Two-letter country code of your Ingram account. Example: US.
        im_sender_id (str | Unset): Name of the application or company sending the call. Example:
            MyCompany.
        im_correlation_id (str): Your id of this call (at most 32 characters), echoed in logs and
            asked for by support. Example: fbac82ba-cf0a-4bcf-fc03-0c5084.
        body (OrderCreateRequest): A v6 order to place.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GatewayFault | OrderCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        im_customer_number=im_customer_number,
        im_country_code=im_country_code,
        im_sender_id=im_sender_id,
        im_correlation_id=im_correlation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: OrderCreateRequest,
    im_customer_number: str,
    im_country_code: str,
    im_sender_id: str | Unset = UNSET,
    im_correlation_id: str,
) -> ErrorResponse | GatewayFault | OrderCreateResponse | None:
    """Create an order (v6, synchronous).

    Args:
        im_customer_number (str): Your Ingram customer (reseller) account number, XX-XXXXXX.
            Example: 20-222222.
        im_country_code (str): Two-letter country code of your Ingram account. Example: US.
        im_sender_id (str | Unset): Name of the application or company sending the call. Example:
            MyCompany.
        im_correlation_id (str): Your id of this call (at most 32 characters), echoed in logs and
            asked for by support. Example: fbac82ba-cf0a-4bcf-fc03-0c5084.
        body (OrderCreateRequest): A v6 order to place.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GatewayFault | OrderCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            im_customer_number=im_customer_number,
            im_country_code=im_country_code,
            im_sender_id=im_sender_id,
            im_correlation_id=im_correlation_id,
        )
    ).parsed
