from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.order_status_async_notification_request import (
    OrderStatusAsyncNotificationRequest,
)
from ...types import Response


def _get_kwargs(
    *,
    body: OrderStatusAsyncNotificationRequest,
    targeturl: str,
    x_hub_signature: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["targeturl"] = targeturl

    headers["x-hub-signature"] = x_hub_signature

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/resellers/v1/webhooks/orderstatusevent",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 200:
        return None

    if response.status_code == 500:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: OrderStatusAsyncNotificationRequest,
    targeturl: str,
    x_hub_signature: str,
) -> Response[Any]:
    """Order-status event sent to your webhook URL.

    Args:
        targeturl (str): The URL the event is delivered to (your webhook). Example:
            https://59a2dc5368073ab42fd9a92e210a9fdb.m.pipedream.net/.
        x_hub_signature (str): Base64 HMAC-SHA512 of the eventId with your webhook secret, to
            verify the sender. Example:
            3LeaTfLE5FLj1FcYflwdwFosH4ADHmMbds6thtirGC3e9lEkF9/1pt4T2fQQGlxf40EznDBER0b60M75K6ZW0A==.
        body (OrderStatusAsyncNotificationRequest): An order-status event (e.g. shipped) delivered
            to your webhook.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
        targeturl=targeturl,
        x_hub_signature=x_hub_signature,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: OrderStatusAsyncNotificationRequest,
    targeturl: str,
    x_hub_signature: str,
) -> Response[Any]:
    """Order-status event sent to your webhook URL.

    Args:
        targeturl (str): The URL the event is delivered to (your webhook). Example:
            https://59a2dc5368073ab42fd9a92e210a9fdb.m.pipedream.net/.
        x_hub_signature (str): Base64 HMAC-SHA512 of the eventId with your webhook secret, to
            verify the sender. Example:
            3LeaTfLE5FLj1FcYflwdwFosH4ADHmMbds6thtirGC3e9lEkF9/1pt4T2fQQGlxf40EznDBER0b60M75K6ZW0A==.
        body (OrderStatusAsyncNotificationRequest): An order-status event (e.g. shipped) delivered
            to your webhook.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
        targeturl=targeturl,
        x_hub_signature=x_hub_signature,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
