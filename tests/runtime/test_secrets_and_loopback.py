"""End to end over loopback HTTP: the secret never reaches a log line or a repr; connections are reused."""

from __future__ import annotations

import logging
import pickle

import pytest
from ingram_orders.api.orders import get_orderdetails_v6_1

from ingram_contract.runtime.account import Account
from ingram_contract.runtime.auth import Secret
from ingram_contract.runtime.connection import connect
from ingram_contract.runtime.errors import IngramAPIError
from ingram_contract.runtime.pagination import iter_orders

from .conftest import CANARY_SECRET, CLIENT_ID, FakeIngram
from .loopback import serve

ACCOUNT = Account.sandbox()


def test_the_canary_secret_never_reaches_logs_or_reprs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "ingram_contract"):
        caplog.set_level(logging.DEBUG, logger=name)
    fake = FakeIngram()
    with serve(fake) as server:
        client = connect(server.base_url, client_id=CLIENT_ID, client_secret=CANARY_SECRET, environ={})
        with client:
            get_orderdetails_v6_1.sync("20-RD3QV", client=client, **ACCOUNT.kwargs())
            fake.expire_all_tokens()
            get_orderdetails_v6_1.sync("20-RD3QV", client=client, **ACCOUNT.kwargs())
            fake.failures = [(503, {"Retry-After": "0"})]
            list(iter_orders(client, ACCOUNT))
            with pytest.raises(IngramAPIError) as caught:
                get_orderdetails_v6_1.sync("20-MISSING", client=client, **ACCOUNT.kwargs())
            auth = client.get_httpx_client().auth

    assert fake.token_requests == 2, "the scenario must have fetched tokens, or the test proves nothing"
    assert any(record.name.startswith("httpcore") for record in caplog.records), "httpcore did not log"
    exposed = [
        caplog.text,
        *(str(record.args) for record in caplog.records),
        repr(client),
        repr(client.get_httpx_client()),
        repr(auth),
        str(auth),
        repr(vars(auth)),
        str(caught.value),
        repr(caught.value),
    ]
    for text in exposed:
        assert CANARY_SECRET not in text
        # The bearer tokens the fake handed out are secrets too.
        assert "token-1" not in text
        assert "token-2" not in text


def test_a_secret_refuses_to_be_pickled_or_printed() -> None:
    secret = Secret(CANARY_SECRET)
    assert CANARY_SECRET not in f"{secret} {secret!r}"
    with pytest.raises(TypeError):
        pickle.dumps(secret)


def test_sequential_calls_reuse_one_connection() -> None:
    fake = FakeIngram()
    with serve(fake) as server:
        client = connect(server.base_url, client_id=CLIENT_ID, client_secret=CANARY_SECRET, environ={})
        with client:
            for _ in range(10):
                get_orderdetails_v6_1.sync("20-RD3QV", client=client, **ACCOUNT.kwargs())
    assert len(server.client_ports) == 11, "one token request and ten calls"
    assert len(set(server.client_ports)) == 1
