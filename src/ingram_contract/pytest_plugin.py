"""pytest fixtures for a reseller's own suite: a local sandbox on loopback and a client connected to it.

Installed with the package (entry point `pytest11`), so a test only names a fixture:

    def test_order_details(ingram_client, ingram_sandbox):
        headers = ingram_sandbox.account.kwargs()
        order = get_orderdetails_v6_1.sync("20-RD128", client=ingram_client, **headers)

`ingram_sandbox` is one sandbox per test session (uvicorn on 127.0.0.1, a free port, a temporary SQLite
file); `ingram_client` is a fresh `ingram_contract.runtime.connect(...)` client per test, closed after it.
The sandbox needs the `tools` extra. This module imports only pytest at load time, so the plugin costs
nothing in a suite that does not use it; `-p no:ingram_contract` switches it off.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from ingram_contract import facts

if TYPE_CHECKING:
    from ingram_orders import AuthenticatedClient

    from ingram_contract.runtime import Account


@dataclass(frozen=True)
class LocalSandbox:
    """A running local sandbox: where it listens and the credentials it accepts."""

    base_url: str
    db_path: Path
    client_id: str = facts.LOCAL_SANDBOX_CLIENT_ID
    client_secret: str = facts.LOCAL_SANDBOX_CLIENT_SECRET

    @property
    def account(self) -> Account:
        """The sandbox's test account (customer 20-222222, US): `account.kwargs()` gives the IM headers."""
        from ingram_contract.runtime import Account

        return Account.sandbox()


@pytest.fixture(scope="session")
def ingram_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalSandbox]:
    """A local sandbox for the whole session; its state is shared by the session's tests."""
    try:
        from ingram_contract.sandbox import SandboxConfig, create_app
        from ingram_contract.sandbox.server import serve_app
    except ModuleNotFoundError as exc:
        pytest.fail(
            f"the ingram_sandbox fixture needs the `tools` extra (no module {exc.name!r}): "
            "pip install 'ingram-orders-contract[tools]'",
            pytrace=False,
        )
    db_path = tmp_path_factory.mktemp("ingram-sandbox") / "sandbox.db"
    with serve_app(create_app(SandboxConfig(db_path=db_path))) as origin:
        yield LocalSandbox(base_url=origin + facts.SANDBOX_PREFIX, db_path=db_path)


@pytest.fixture
def ingram_client(ingram_sandbox: LocalSandbox) -> Iterator[AuthenticatedClient]:
    """The generated client connected to the local sandbox (OAuth, retries, IM headers as in production)."""
    from ingram_contract.runtime import connect

    with connect(
        ingram_sandbox.base_url,
        client_id=ingram_sandbox.client_id,
        client_secret=ingram_sandbox.client_secret,
    ) as client:
        yield client
