"""What every example reads from the environment; the defaults reach a local sandbox
(`ingram-contract sandbox`) with its documented test credentials and the vendor's test account.

    INGRAM_BASE_URL         the API base URL, or `sandbox` for the vendor's sandbox
    INGRAM_CLIENT_ID        OAuth client id      (default: sandbox-client)
    INGRAM_CLIENT_SECRET    OAuth client secret  (default: sandbox-secret)
    INGRAM_CUSTOMER_NUMBER, INGRAM_COUNTRY_CODE, INGRAM_SENDER_ID: the account (default: 20-222222, US)
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from ingram_orders import AuthenticatedClient
from ingram_orders.models import OrderCreateLine, OrderCreateRequest

from ingram_contract import facts
from ingram_contract.runtime import Account, ConfigurationError, IngramError, Orders, connect, order_numbers

LOCAL_SANDBOX = f"http://{facts.LOCAL_SANDBOX_HOST}:{facts.LOCAL_SANDBOX_PORT}{facts.SANDBOX_PREFIX}"
BASE_URL = os.environ.get("INGRAM_BASE_URL", LOCAL_SANDBOX)


def client() -> AuthenticatedClient:
    """A connected client: tokens, retries and timeouts handled; close it with `with`."""
    return connect(
        BASE_URL,
        client_id=os.environ.get(facts.ENV_CLIENT_ID, facts.LOCAL_SANDBOX_CLIENT_ID),
        client_secret=os.environ.get(facts.ENV_CLIENT_SECRET, facts.LOCAL_SANDBOX_CLIENT_SECRET),
    )


def account() -> Account:
    """The reseller account the calls are made for (the IM headers)."""
    return Account(
        os.environ.get(facts.ENV_CUSTOMER_NUMBER, facts.DEFAULT_CUSTOMER_NUMBER),
        os.environ.get(facts.ENV_COUNTRY_CODE, facts.DEFAULT_COUNTRY_CODE),
        os.environ.get(facts.ENV_SENDER_ID, "ingram-examples"),
    )


def order_on_hold(orders: Orders, po: str) -> str:
    """The order number given on the command line, else a new one-line order placed on customer hold."""
    if len(sys.argv) > 1:
        return sys.argv[1]
    body = OrderCreateRequest(
        customer_order_number=po,
        lines=[
            OrderCreateLine(customer_line_number="001", ingram_part_number=facts.SKU_IN_STOCK, quantity=1)
        ],
    )
    (number,) = order_numbers(orders.create(body, customer_hold=True))
    return number


def run(main: Callable[[], None]) -> None:
    """Run an example: an API error is one line on stderr and exit 1, a setup error exit 2."""
    try:
        main()
    except ConfigurationError as error:
        print(f"setup error: {error}", file=sys.stderr)
        sys.exit(2)
    except IngramError as error:
        print(f"API error: {error}", file=sys.stderr)
        sys.exit(1)
