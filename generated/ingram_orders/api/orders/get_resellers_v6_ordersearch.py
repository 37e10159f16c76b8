import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.gateway_fault import GatewayFault
from ...models.get_resellers_v6_ordersearch_order_status import (
    GetResellersV6OrdersearchOrderStatus,
)
from ...models.order_search_response import OrderSearchResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    ingram_order_number: str | Unset = UNSET,
    order_status: GetResellersV6OrdersearchOrderStatus | Unset = UNSET,
    order_status_in: list[str] | Unset = UNSET,
    ingram_order_date: datetime.date | Unset = UNSET,
    ingram_order_date_bt: list[datetime.date] | Unset = UNSET,
    customer_order_number: str | Unset = UNSET,
    page_size: int | Unset = 25,
    page_number: int | Unset = 1,
    end_customer_order_number: str | Unset = UNSET,
    invoice_date_bt: list[datetime.date] | Unset = UNSET,
    ship_date_bt: list[datetime.date] | Unset = UNSET,
    delivery_date_bt: list[datetime.date] | Unset = UNSET,
    ingram_part_number: str | Unset = UNSET,
    vendor_part_number: str | Unset = UNSET,
    serial_number: str | Unset = UNSET,
    tracking_number: str | Unset = UNSET,
    vendor_name: str | Unset = UNSET,
    special_bid_number: str | Unset = UNSET,
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

    params["ingramOrderNumber"] = ingram_order_number

    json_order_status: str | Unset = UNSET
    if not isinstance(order_status, Unset):
        json_order_status = order_status.value

    params["orderStatus"] = json_order_status

    json_order_status_in: list[str] | Unset = UNSET
    if not isinstance(order_status_in, Unset):
        json_order_status_in = order_status_in

    params["orderStatus-in"] = json_order_status_in

    json_ingram_order_date: str | Unset = UNSET
    if not isinstance(ingram_order_date, Unset):
        json_ingram_order_date = ingram_order_date.isoformat()
    params["ingramOrderDate"] = json_ingram_order_date

    json_ingram_order_date_bt: list[str] | Unset = UNSET
    if not isinstance(ingram_order_date_bt, Unset):
        json_ingram_order_date_bt = []
        for ingram_order_date_bt_item_data in ingram_order_date_bt:
            ingram_order_date_bt_item = ingram_order_date_bt_item_data.isoformat()
            json_ingram_order_date_bt.append(ingram_order_date_bt_item)

    params["ingramOrderDate-bt"] = json_ingram_order_date_bt

    params["customerOrderNumber"] = customer_order_number

    params["pageSize"] = page_size

    params["pageNumber"] = page_number

    params["endCustomerOrderNumber"] = end_customer_order_number

    json_invoice_date_bt: list[str] | Unset = UNSET
    if not isinstance(invoice_date_bt, Unset):
        json_invoice_date_bt = []
        for invoice_date_bt_item_data in invoice_date_bt:
            invoice_date_bt_item = invoice_date_bt_item_data.isoformat()
            json_invoice_date_bt.append(invoice_date_bt_item)

    params["invoiceDate_bt"] = json_invoice_date_bt

    json_ship_date_bt: list[str] | Unset = UNSET
    if not isinstance(ship_date_bt, Unset):
        json_ship_date_bt = []
        for ship_date_bt_item_data in ship_date_bt:
            ship_date_bt_item = ship_date_bt_item_data.isoformat()
            json_ship_date_bt.append(ship_date_bt_item)

    params["shipDate_bt"] = json_ship_date_bt

    json_delivery_date_bt: list[str] | Unset = UNSET
    if not isinstance(delivery_date_bt, Unset):
        json_delivery_date_bt = []
        for delivery_date_bt_item_data in delivery_date_bt:
            delivery_date_bt_item = delivery_date_bt_item_data.isoformat()
            json_delivery_date_bt.append(delivery_date_bt_item)

    params["deliveryDate_bt"] = json_delivery_date_bt

    params["ingramPartNumber"] = ingram_part_number

    params["vendorPartNumber"] = vendor_part_number

    params["serialNumber"] = serial_number

    params["trackingNumber"] = tracking_number

    params["vendorName"] = vendor_name

    params["specialBidNumber"] = special_bid_number

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/resellers/v6/orders/search",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | GatewayFault | OrderSearchResponse | None:
    if response.status_code == 200:
        response_200 = OrderSearchResponse.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ErrorResponse | GatewayFault | OrderSearchResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    ingram_order_number: str | Unset = UNSET,
    order_status: GetResellersV6OrdersearchOrderStatus | Unset = UNSET,
    order_status_in: list[str] | Unset = UNSET,
    ingram_order_date: datetime.date | Unset = UNSET,
    ingram_order_date_bt: list[datetime.date] | Unset = UNSET,
    customer_order_number: str | Unset = UNSET,
    page_size: int | Unset = 25,
    page_number: int | Unset = 1,
    end_customer_order_number: str | Unset = UNSET,
    invoice_date_bt: list[datetime.date] | Unset = UNSET,
    ship_date_bt: list[datetime.date] | Unset = UNSET,
    delivery_date_bt: list[datetime.date] | Unset = UNSET,
    ingram_part_number: str | Unset = UNSET,
    vendor_part_number: str | Unset = UNSET,
    serial_number: str | Unset = UNSET,
    tracking_number: str | Unset = UNSET,
    vendor_name: str | Unset = UNSET,
    special_bid_number: str | Unset = UNSET,
    im_customer_number: str,
    im_country_code: str,
    im_correlation_id: str,
    im_sender_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | GatewayFault | OrderSearchResponse]:
    """Search orders, one page at a time.

    Args:
        ingram_order_number (str | Unset): Only the order with this Ingram order number.
        order_status (GetResellersV6OrdersearchOrderStatus | Unset): Only orders with this status.
        order_status_in (list[str] | Unset): Only orders with one of these statuses.
        ingram_order_date (datetime.date | Unset): The date Ingram received the order (speeds up
            finding it). Example: 2021-04-23.
        ingram_order_date_bt (list[datetime.date] | Unset): Only orders received between these two
            dates.
        customer_order_number (str | Unset): Only orders with this purchase order number of yours.
        page_size (int | Unset): Orders per page (1 to 100). Default: 25.
        page_number (int | Unset): Which page to answer (from 1). Default: 1.
        end_customer_order_number (str | Unset): Only orders with this end-customer purchase order
            number.
        invoice_date_bt (list[datetime.date] | Unset): Only orders invoiced between these two
            dates.
        ship_date_bt (list[datetime.date] | Unset): Only orders shipped between these two dates.
        delivery_date_bt (list[datetime.date] | Unset): Only orders delivered between these two
            dates.
        ingram_part_number (str | Unset): Only orders with a line for this Ingram SKU.
        vendor_part_number (str | Unset): Only orders with a line for this vendor part number.
        serial_number (str | Unset): Only orders that shipped the unit with this serial number.
        tracking_number (str | Unset): Only orders with a package of this tracking number.
        vendor_name (str | Unset): Only orders with products of this vendor.
        special_bid_number (str | Unset): Only orders priced with this special bid.
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
        Response[Any | ErrorResponse | GatewayFault | OrderSearchResponse]
    """

    kwargs = _get_kwargs(
        ingram_order_number=ingram_order_number,
        order_status=order_status,
        order_status_in=order_status_in,
        ingram_order_date=ingram_order_date,
        ingram_order_date_bt=ingram_order_date_bt,
        customer_order_number=customer_order_number,
        page_size=page_size,
        page_number=page_number,
        end_customer_order_number=end_customer_order_number,
        invoice_date_bt=invoice_date_bt,
        ship_date_bt=ship_date_bt,
        delivery_date_bt=delivery_date_bt,
        ingram_part_number=ingram_part_number,
        vendor_part_number=vendor_part_number,
        serial_number=serial_number,
        tracking_number=tracking_number,
        vendor_name=vendor_name,
        special_bid_number=special_bid_number,
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
    *,
    client: AuthenticatedClient,
    ingram_order_number: str | Unset = UNSET,
    order_status: GetResellersV6OrdersearchOrderStatus | Unset = UNSET,
    order_status_in: list[str] | Unset = UNSET,
    ingram_order_date: datetime.date | Unset = UNSET,
    ingram_order_date_bt: list[datetime.date] | Unset = UNSET,
    customer_order_number: str | Unset = UNSET,
    page_size: int | Unset = 25,
    page_number: int | Unset = 1,
    end_customer_order_number: str | Unset = UNSET,
    invoice_date_bt: list[datetime.date] | Unset = UNSET,
    ship_date_bt: list[datetime.date] | Unset = UNSET,
    delivery_date_bt: list[datetime.date] | Unset = UNSET,
    ingram_part_number: str | Unset = UNSET,
    vendor_part_number: str | Unset = UNSET,
    serial_number: str | Unset = UNSET,
    tracking_number: str | Unset = UNSET,
    vendor_name: str | Unset = UNSET,
    special_bid_number: str | Unset = UNSET,
    im_customer_number: str,
    im_country_code: str,
    im_correlation_id: str,
    im_sender_id: str | Unset = UNSET,
) -> Any | ErrorResponse | GatewayFault | OrderSearchResponse | None:
    """Search orders, one page at a time.

    Args:
        ingram_order_number (str | Unset): Only the order with this Ingram order number.
        order_status (GetResellersV6OrdersearchOrderStatus | Unset): Only orders with this status.
        order_status_in (list[str] | Unset): Only orders with one of these statuses.
        ingram_order_date (datetime.date | Unset): The date Ingram received the order (speeds up
            finding it). Example: 2021-04-23.
        ingram_order_date_bt (list[datetime.date] | Unset): Only orders received between these two
            dates.
        customer_order_number (str | Unset): Only orders with this purchase order number of yours.
        page_size (int | Unset): Orders per page (1 to 100). Default: 25.
        page_number (int | Unset): Which page to answer (from 1). Default: 1.
        end_customer_order_number (str | Unset): Only orders with this end-customer purchase order
            number.
        invoice_date_bt (list[datetime.date] | Unset): Only orders invoiced between these two
            dates.
        ship_date_bt (list[datetime.date] | Unset): Only orders shipped between these two dates.
        delivery_date_bt (list[datetime.date] | Unset): Only orders delivered between these two
            dates.
        ingram_part_number (str | Unset): Only orders with a line for this Ingram SKU.
        vendor_part_number (str | Unset): Only orders with a line for this vendor part number.
        serial_number (str | Unset): Only orders that shipped the unit with this serial number.
        tracking_number (str | Unset): Only orders with a package of this tracking number.
        vendor_name (str | Unset): Only orders with products of this vendor.
        special_bid_number (str | Unset): Only orders priced with this special bid.
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
        Any | ErrorResponse | GatewayFault | OrderSearchResponse
    """

    return sync_detailed(
        client=client,
        ingram_order_number=ingram_order_number,
        order_status=order_status,
        order_status_in=order_status_in,
        ingram_order_date=ingram_order_date,
        ingram_order_date_bt=ingram_order_date_bt,
        customer_order_number=customer_order_number,
        page_size=page_size,
        page_number=page_number,
        end_customer_order_number=end_customer_order_number,
        invoice_date_bt=invoice_date_bt,
        ship_date_bt=ship_date_bt,
        delivery_date_bt=delivery_date_bt,
        ingram_part_number=ingram_part_number,
        vendor_part_number=vendor_part_number,
        serial_number=serial_number,
        tracking_number=tracking_number,
        vendor_name=vendor_name,
        special_bid_number=special_bid_number,
        im_customer_number=im_customer_number,
        im_country_code=im_country_code,
        im_correlation_id=im_correlation_id,
        im_sender_id=im_sender_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    ingram_order_number: str | Unset = UNSET,
    order_status: GetResellersV6OrdersearchOrderStatus | Unset = UNSET,
    order_status_in: list[str] | Unset = UNSET,
    ingram_order_date: datetime.date | Unset = UNSET,
    ingram_order_date_bt: list[datetime.date] | Unset = UNSET,
    customer_order_number: str | Unset = UNSET,
    page_size: int | Unset = 25,
    page_number: int | Unset = 1,
    end_customer_order_number: str | Unset = UNSET,
    invoice_date_bt: list[datetime.date] | Unset = UNSET,
    ship_date_bt: list[datetime.date] | Unset = UNSET,
    delivery_date_bt: list[datetime.date] | Unset = UNSET,
    ingram_part_number: str | Unset = UNSET,
    vendor_part_number: str | Unset = UNSET,
    serial_number: str | Unset = UNSET,
    tracking_number: str | Unset = UNSET,
    vendor_name: str | Unset = UNSET,
    special_bid_number: str | Unset = UNSET,
    im_customer_number: str,
    im_country_code: str,
    im_correlation_id: str,
    im_sender_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | GatewayFault | OrderSearchResponse]:
    """Search orders, one page at a time.

    Args:
        ingram_order_number (str | Unset): Only the order with this Ingram order number.
        order_status (GetResellersV6OrdersearchOrderStatus | Unset): Only orders with this status.
        order_status_in (list[str] | Unset): Only orders with one of these statuses.
        ingram_order_date (datetime.date | Unset): The date Ingram received the order (speeds up
            finding it). Example: 2021-04-23.
        ingram_order_date_bt (list[datetime.date] | Unset): Only orders received between these two
            dates.
        customer_order_number (str | Unset): Only orders with this purchase order number of yours.
        page_size (int | Unset): Orders per page (1 to 100). Default: 25.
        page_number (int | Unset): Which page to answer (from 1). Default: 1.
        end_customer_order_number (str | Unset): Only orders with this end-customer purchase order
            number.
        invoice_date_bt (list[datetime.date] | Unset): Only orders invoiced between these two
            dates.
        ship_date_bt (list[datetime.date] | Unset): Only orders shipped between these two dates.
        delivery_date_bt (list[datetime.date] | Unset): Only orders delivered between these two
            dates.
        ingram_part_number (str | Unset): Only orders with a line for this Ingram SKU.
        vendor_part_number (str | Unset): Only orders with a line for this vendor part number.
        serial_number (str | Unset): Only orders that shipped the unit with this serial number.
        tracking_number (str | Unset): Only orders with a package of this tracking number.
        vendor_name (str | Unset): Only orders with products of this vendor.
        special_bid_number (str | Unset): Only orders priced with this special bid.
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
        Response[Any | ErrorResponse | GatewayFault | OrderSearchResponse]
    """

    kwargs = _get_kwargs(
        ingram_order_number=ingram_order_number,
        order_status=order_status,
        order_status_in=order_status_in,
        ingram_order_date=ingram_order_date,
        ingram_order_date_bt=ingram_order_date_bt,
        customer_order_number=customer_order_number,
        page_size=page_size,
        page_number=page_number,
        end_customer_order_number=end_customer_order_number,
        invoice_date_bt=invoice_date_bt,
        ship_date_bt=ship_date_bt,
        delivery_date_bt=delivery_date_bt,
        ingram_part_number=ingram_part_number,
        vendor_part_number=vendor_part_number,
        serial_number=serial_number,
        tracking_number=tracking_number,
        vendor_name=vendor_name,
        special_bid_number=special_bid_number,
        im_customer_number=im_customer_number,
        im_country_code=im_country_code,
        im_correlation_id=im_correlation_id,
        im_sender_id=im_sender_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    ingram_order_number: str | Unset = UNSET,
    order_status: GetResellersV6OrdersearchOrderStatus | Unset = UNSET,
    order_status_in: list[str] | Unset = UNSET,
    ingram_order_date: datetime.date | Unset = UNSET,
    ingram_order_date_bt: list[datetime.date] | Unset = UNSET,
    customer_order_number: str | Unset = UNSET,
    page_size: int | Unset = 25,
    page_number: int | Unset = 1,
    end_customer_order_number: str | Unset = UNSET,
    invoice_date_bt: list[datetime.date] | Unset = UNSET,
    ship_date_bt: list[datetime.date] | Unset = UNSET,
    delivery_date_bt: list[datetime.date] | Unset = UNSET,
    ingram_part_number: str | Unset = UNSET,
    vendor_part_number: str | Unset = UNSET,
    serial_number: str | Unset = UNSET,
    tracking_number: str | Unset = UNSET,
    vendor_name: str | Unset = UNSET,
    special_bid_number: str | Unset = UNSET,
    im_customer_number: str,
    im_country_code: str,
    im_correlation_id: str,
    im_sender_id: str | Unset = UNSET,
) -> Any | ErrorResponse | GatewayFault | OrderSearchResponse | None:
    """Search orders, one page at a time.

    Args:
        ingram_order_number (str | Unset): Only the order with this Ingram order number.
        order_status (GetResellersV6OrdersearchOrderStatus | Unset): Only orders with this status.
        order_status_in (list[str] | Unset): Only orders with one of these statuses.
        ingram_order_date (datetime.date | Unset): The date Ingram received the order (speeds up
            finding it). Example: 2021-04-23.
        ingram_order_date_bt (list[datetime.date] | Unset): Only orders received between these two
            dates.
        customer_order_number (str | Unset): Only orders with this purchase order number of yours.
        page_size (int | Unset): Orders per page (1 to 100). Default: 25.
        page_number (int | Unset): Which page to answer (from 1). Default: 1.
        end_customer_order_number (str | Unset): Only orders with this end-customer purchase order
            number.
        invoice_date_bt (list[datetime.date] | Unset): Only orders invoiced between these two
            dates.
        ship_date_bt (list[datetime.date] | Unset): Only orders shipped between these two dates.
        delivery_date_bt (list[datetime.date] | Unset): Only orders delivered between these two
            dates.
        ingram_part_number (str | Unset): Only orders with a line for this Ingram SKU.
        vendor_part_number (str | Unset): Only orders with a line for this vendor part number.
        serial_number (str | Unset): Only orders that shipped the unit with this serial number.
        tracking_number (str | Unset): Only orders with a package of this tracking number.
        vendor_name (str | Unset): Only orders with products of this vendor.
        special_bid_number (str | Unset): Only orders priced with this special bid.
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
        Any | ErrorResponse | GatewayFault | OrderSearchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ingram_order_number=ingram_order_number,
            order_status=order_status,
            order_status_in=order_status_in,
            ingram_order_date=ingram_order_date,
            ingram_order_date_bt=ingram_order_date_bt,
            customer_order_number=customer_order_number,
            page_size=page_size,
            page_number=page_number,
            end_customer_order_number=end_customer_order_number,
            invoice_date_bt=invoice_date_bt,
            ship_date_bt=ship_date_bt,
            delivery_date_bt=delivery_date_bt,
            ingram_part_number=ingram_part_number,
            vendor_part_number=vendor_part_number,
            serial_number=serial_number,
            tracking_number=tracking_number,
            vendor_name=vendor_name,
            special_bid_number=special_bid_number,
            im_customer_number=im_customer_number,
            im_country_code=im_country_code,
            im_correlation_id=im_correlation_id,
            im_sender_id=im_sender_id,
        )
    ).parsed
