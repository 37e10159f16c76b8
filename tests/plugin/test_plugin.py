"""The pytest plugin as a reseller's suite meets it: two fixtures, no setup, nothing loaded until used."""

from __future__ import annotations

import subprocess
import sys

import pytest

USER_SUITE = """
from ingram_orders.api.orders import get_orderdetails_v6_1
from ingram_orders.models import OrderDetailB2B


def test_shipped_order(ingram_client, ingram_sandbox):
    order = get_orderdetails_v6_1.sync("20-RD128", client=ingram_client, **ingram_sandbox.account.kwargs())
    assert isinstance(order, OrderDetailB2B)
    assert order.ingram_order_number == "20-RD128"


def test_the_sandbox_is_on_loopback(ingram_sandbox):
    assert ingram_sandbox.base_url.startswith("http://127.0.0.1:")
    assert ingram_sandbox.db_path.exists()


def test_an_order_that_does_not_exist(ingram_client, ingram_sandbox):
    order = get_orderdetails_v6_1.sync("20-NOPE1", client=ingram_client, **ingram_sandbox.account.kwargs())
    assert isinstance(order, OrderDetailB2B)  # fails: the sandbox answers 404 with an error body
"""


def test_a_users_suite_runs_against_the_sandbox_with_two_fixtures(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user=USER_SUITE)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    # The third test shows the fixtures reach a real sandbox: an unknown order is not an order.
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(["*test_an_order_that_does_not_exist*"])


def test_without_the_tools_extra_the_fixture_names_it(pytester: pytest.Pytester) -> None:
    # What an install without [tools] looks like to the fixture: uvicorn cannot be imported.
    pytester.makeconftest("import sys\nsys.modules['uvicorn'] = None\n")
    pytester.makepyfile(test_user="def test_x(ingram_sandbox):\n    pass\n")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(
        ["*ingram_sandbox fixture needs the `tools` extra*ingram-orders-contract[[]tools[]]*"]
    )


def test_loading_the_plugin_imports_neither_the_sandbox_nor_the_client() -> None:
    code = (
        "import sys, ingram_contract.pytest_plugin\n"
        "heavy = [m for m in ('ingram_contract.sandbox', 'uvicorn', 'starlette', 'httpx', 'ingram_orders')"
        " if m in sys.modules]\n"
        "assert heavy == [], heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_plugin_can_be_switched_off(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user="def test_x(ingram_sandbox):\n    pass\n")
    result = pytester.runpytest_subprocess("-p", "no:ingram_contract", "-p", "no:cacheprovider")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*fixture 'ingram_sandbox' not found*"])
