"""The IM headers: the generated operations' parameter names, correlation ids, the env."""

from __future__ import annotations

import inspect
import pkgutil
from importlib import import_module

import pytest
from ingram_orders.api import orders as orders_api

from ingram_contract import facts
from ingram_contract.runtime.account import Account, new_correlation_id
from ingram_contract.runtime.errors import ConfigurationError


def order_operations() -> list[str]:
    return sorted(info.name for info in pkgutil.iter_modules(orders_api.__path__))


@pytest.mark.parametrize("operation", order_operations())
def test_kwargs_are_exactly_the_im_parameters_of_every_generated_order_operation(operation: str) -> None:
    module = import_module(f"{orders_api.__name__}.{operation}")
    parameters = inspect.signature(module.sync_detailed).parameters
    im_parameters = {name for name in parameters if name.startswith("im_")}
    assert im_parameters == set(Account("20-222222", "US", "MyCompany").kwargs())
    required = {name for name in im_parameters if parameters[name].default is inspect.Parameter.empty}
    assert required <= set(Account("20-222222", "US", "MyCompany").kwargs())


def test_correlation_ids_are_unique_and_at_most_32_characters() -> None:
    account = Account.sandbox()
    ids = [account.kwargs()["im_correlation_id"] for _ in range(10_000)]
    assert len(set(ids)) == len(ids)
    assert max(len(i) for i in ids) <= facts.CORRELATION_ID_MAX_LENGTH
    assert all(i.isalnum() for i in ids)
    assert len(new_correlation_id()) <= facts.CORRELATION_ID_MAX_LENGTH


def test_headers_carry_the_same_values_under_the_vendor_names() -> None:
    headers = Account("20-222222", "us", "MyCompany").headers(correlation_id="abc")
    assert headers == {
        facts.HEADER_CUSTOMER_NUMBER: "20-222222",
        facts.HEADER_COUNTRY_CODE: "US",
        facts.HEADER_CORRELATION_ID: "abc",
        facts.HEADER_SENDER_ID: "MyCompany",
    }


def test_sender_id_is_left_out_when_not_set() -> None:
    assert "im_sender_id" not in Account.sandbox().kwargs()
    assert facts.HEADER_SENDER_ID not in Account.sandbox().headers()


def test_from_env_reads_the_ingram_variables() -> None:
    account = Account.from_env(
        {facts.ENV_CUSTOMER_NUMBER: "20-123456", facts.ENV_COUNTRY_CODE: "ca", facts.ENV_SENDER_ID: "Shop"}
    )
    assert account == Account("20-123456", "CA", "Shop")
    with pytest.raises(ConfigurationError, match=facts.ENV_CUSTOMER_NUMBER):
        Account.from_env({facts.ENV_COUNTRY_CODE: "US"})


@pytest.mark.parametrize(
    ("customer", "country", "sender"),
    [("20-2222222222", "US", None), ("20-222222", "USA", None), ("20-222222", "US", "x" * 33)],
)
def test_values_the_api_would_reject_are_refused_early(
    customer: str, country: str, sender: str | None
) -> None:
    with pytest.raises(ValueError, match=r"."):
        Account(customer, country, sender)
