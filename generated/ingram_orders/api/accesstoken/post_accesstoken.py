from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accesstoken_response import AccesstokenResponse
from ...models.post_accesstoken_body import PostAccesstokenBody
from ...models.post_accesstoken_response_400 import PostAccesstokenResponse400
from ...models.post_accesstoken_response_401 import PostAccesstokenResponse401
from ...models.post_accesstoken_response_500 import PostAccesstokenResponse500
from ...types import Response


def _get_kwargs(
    *,
    body: PostAccesstokenBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/oauth20/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AccesstokenResponse
    | PostAccesstokenResponse400
    | PostAccesstokenResponse401
    | PostAccesstokenResponse500
    | None
):
    if response.status_code == 200:
        response_200 = AccesstokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PostAccesstokenResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PostAccesstokenResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = PostAccesstokenResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AccesstokenResponse
    | PostAccesstokenResponse400
    | PostAccesstokenResponse401
    | PostAccesstokenResponse500
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostAccesstokenBody,
) -> Response[
    AccesstokenResponse
    | PostAccesstokenResponse400
    | PostAccesstokenResponse401
    | PostAccesstokenResponse500
]:
    """Get an OAuth2 access token (client credentials).

    Args:
        body (PostAccesstokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccesstokenResponse | PostAccesstokenResponse400 | PostAccesstokenResponse401 | PostAccesstokenResponse500]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PostAccesstokenBody,
) -> (
    AccesstokenResponse
    | PostAccesstokenResponse400
    | PostAccesstokenResponse401
    | PostAccesstokenResponse500
    | None
):
    """Get an OAuth2 access token (client credentials).

    Args:
        body (PostAccesstokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccesstokenResponse | PostAccesstokenResponse400 | PostAccesstokenResponse401 | PostAccesstokenResponse500
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostAccesstokenBody,
) -> Response[
    AccesstokenResponse
    | PostAccesstokenResponse400
    | PostAccesstokenResponse401
    | PostAccesstokenResponse500
]:
    """Get an OAuth2 access token (client credentials).

    Args:
        body (PostAccesstokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccesstokenResponse | PostAccesstokenResponse400 | PostAccesstokenResponse401 | PostAccesstokenResponse500]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PostAccesstokenBody,
) -> (
    AccesstokenResponse
    | PostAccesstokenResponse400
    | PostAccesstokenResponse401
    | PostAccesstokenResponse500
    | None
):
    """Get an OAuth2 access token (client credentials).

    Args:
        body (PostAccesstokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccesstokenResponse | PostAccesstokenResponse400 | PostAccesstokenResponse401 | PostAccesstokenResponse500
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
