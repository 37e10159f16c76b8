from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.gateway_fault import GatewayFault
from ...models.order_modify_request import OrderModifyRequest
from ...models.order_modify_response import OrderModifyResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    order_number: str,
    *,
    body: OrderModifyRequest,
    action_code: str | Unset = UNSET,
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

    params["actionCode"] = action_code

    params["regionCode"] = region_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/resellers/v6/orders/{order_number}".format(
            order_number=quote(str(order_number), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | GatewayFault | None | OrderModifyResponse:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> None | OrderModifyResponse:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = OrderModifyResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderModifyResponse, data)

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = OrderModifyResponse.from_dict(response.json())

        return response_201

    if response.status_code == 207:
        response_207 = OrderModifyResponse.from_dict(response.json())

        return response_207

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GatewayFault.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | GatewayFault | None | OrderModifyResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_number: str,
    *,
    client: AuthenticatedClient,
    body: OrderModifyRequest,
    action_code: str | Unset = UNSET,
    region_code: str | Unset = UNSET,
    im_customer_number: str,
    im_country_code: str,
    im_correlation_id: str,
    im_sender_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | GatewayFault | None | OrderModifyResponse]:
    """Modify an order on customer hold, or release it.

    Args:
        order_number (str): Ingram's order number of the order to modify or release. Example:
            20-RC1RD.
        action_code (str | Unset): release to release an order from customer hold to the
            warehouse. Example: release.
        region_code (str | Unset): Ingram's region code of the order (sandbox orders use CS).
            Example: CS.
        im_customer_number (str): Your Ingram customer (reseller) account number, XX-XXXXXX.
            Example: 20-222222.
        im_country_code (str): Two-letter country code of your Ingram account. Example: US.
        im_correlation_id (str): Your id of this call (at most 32 characters), echoed in logs and
            asked for by support. Example: fbac82ba-cf0a-4bcf-fc03-0c5084.
        im_sender_id (str | Unset): Name of the application or company sending the call. Example:
            MyCompany.
        body (OrderModifyRequest): Changes to an order still on customer hold.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | GatewayFault | None | OrderModifyResponse | OrderModifyResponse]
    """

    kwargs = _get_kwargs(
        order_number=order_number,
        body=body,
        action_code=action_code,
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
    order_number: str,
    *,
    client: AuthenticatedClient,
    body: OrderModifyRequest,
    action_code: str | Unset = UNSET,
    region_code: str | Unset = UNSET,
    im_customer_number: str,
    im_country_code: str,
    im_correlation_id: str,
    im_sender_id: str | Unset = UNSET,
) -> Any | ErrorResponse | GatewayFault | None | OrderModifyResponse:
    """Modify an order on customer hold, or release it.

    Args:
        order_number (str): Ingram's order number of the order to modify or release. Example:
            20-RC1RD.
        action_code (str | Unset): release to release an order from customer hold to the
            warehouse. Example: release.
        region_code (str | Unset): Ingram's region code of the order (sandbox orders use CS).
            Example: CS.
        im_customer_number (str): Your Ingram customer (reseller) account number, XX-XXXXXX.
            Example: 20-222222.
        im_country_code (str): Two-letter country code of your Ingram account. Example: US.
        im_correlation_id (str): Your id of this call (at most 32 characters), echoed in logs and
            asked for by support. Example: fbac82ba-cf0a-4bcf-fc03-0c5084.
        im_sender_id (str | Unset): Name of the application or company sending the call. Example:
            MyCompany.
        body (OrderModifyRequest): Changes to an order still on customer hold.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | GatewayFault | None | OrderModifyResponse | OrderModifyResponse
    """

    return sync_detailed(
        order_number=order_number,
        client=client,
        body=body,
        action_code=action_code,
        region_code=region_code,
        im_customer_number=im_customer_number,
        im_country_code=im_country_code,
        im_correlation_id=im_correlation_id,
        im_sender_id=im_sender_id,
    ).parsed


async def asyncio_detailed(
    order_number: str,
    *,
    client: AuthenticatedClient,
    body: OrderModifyRequest,
    action_code: str | Unset = UNSET,
    region_code: str | Unset = UNSET,
    im_customer_number: str,
    im_country_code: str,
    im_correlation_id: str,
    im_sender_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | GatewayFault | None | OrderModifyResponse]:
    """Modify an order on customer hold, or release it.

    Args:
        order_number (str): Ingram's order number of the order to modify or release. Example:
            20-RC1RD.
        action_code (str | Unset): release to release an order from customer hold to the
            warehouse. Example: release.
        region_code (str | Unset): Ingram's region code of the order (sandbox orders use CS).
            Example: CS.
        im_customer_number (str): Your Ingram customer (reseller) account number, XX-XXXXXX.
            Example: 20-222222.
        im_country_code (str): Two-letter country code of your Ingram account. Example: US.
        im_correlation_id (str): Your id of this call (at most 32 characters), echoed in logs and
            asked for by support. Example: fbac82ba-cf0a-4bcf-fc03-0c5084.
        im_sender_id (str | Unset): Name of the application or company sending the call. Example:
            MyCompany.
        body (OrderModifyRequest): Changes to an order still on customer hold.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | GatewayFault | None | OrderModifyResponse | OrderModifyResponse]
    """

    kwargs = _get_kwargs(
        order_number=order_number,
        body=body,
        action_code=action_code,
        region_code=region_code,
        im_customer_number=im_customer_number,
        im_country_code=im_country_code,
        im_correlation_id=im_correlation_id,
        im_sender_id=im_sender_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_number: str,
    *,
    client: AuthenticatedClient,
    body: OrderModifyRequest,
    action_code: str | Unset = UNSET,
    region_code: str | Unset = UNSET,
    im_customer_number: str,
    im_country_code: str,
    im_correlation_id: str,
    im_sender_id: str | Unset = UNSET,
) -> Any | ErrorResponse | GatewayFault | None | OrderModifyResponse:
    """Modify an order on customer hold, or release it.

    Args:
        order_number (str): Ingram's order number of the order to modify or release. Example:
            20-RC1RD.
        action_code (str | Unset): release to release an order from customer hold to the
            warehouse. Example: release.
        region_code (str | Unset): Ingram's region code of the order (sandbox orders use CS).
            Example: CS.
        im_customer_number (str): Your Ingram customer (reseller) account number, XX-XXXXXX.
            Example: 20-222222.
        im_country_code (str): Two-letter country code of your Ingram account. Example: US.
        im_correlation_id (str): Your id of this call (at most 32 characters), echoed in logs and
            asked for by support. Example: fbac82ba-cf0a-4bcf-fc03-0c5084.
        im_sender_id (str | Unset): Name of the application or company sending the call. Example:
            MyCompany.
        body (OrderModifyRequest): Changes to an order still on customer hold.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | GatewayFault | None | OrderModifyResponse | OrderModifyResponse
    """

    return (
        await asyncio_detailed(
            order_number=order_number,
            client=client,
            body=body,
            action_code=action_code,
            region_code=region_code,
            im_customer_number=im_customer_number,
            im_country_code=im_country_code,
            im_correlation_id=im_correlation_id,
            im_sender_id=im_sender_id,
        )
    ).parsed
