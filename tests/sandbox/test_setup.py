"""Setting a sandbox up: configuration errors are clear, secrets stay out of reprs and logs, the CLI
refuses a bad setup with exit code 2, and the one remaining operation (vendor required info) answers."""

from __future__ import annotations

import argparse
import logging
import threading
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from schemathesis.core.failures import Failure

from ingram_contract import cli, facts
from ingram_contract.sandbox import SandboxConfig, create_app
from ingram_contract.sandbox.server import config_from_args
from ingram_contract.sandbox.store import Store
from ingram_contract.sandbox.webhooks import DeliveryPolicy, WebhookDeliverer

from .conftest import Conformance, SandboxClient, ThreadedSandbox, WebhookReceiver


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"token_ttl": 0}, "token_ttl"),
        ({"client_secret": ""}, "client secret"),
        ({"webhook_url": "http://127.0.0.1:9/hook"}, "webhook secret"),
        ({"webhook_url": "ftp://example/hook", "webhook_secret": "s"}, "http"),
    ],
)
def test_bad_configuration_is_refused_with_a_reason(changes: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        SandboxConfig(**changes)  # type: ignore[arg-type]


def test_backoff_doubles_up_to_its_cap() -> None:
    policy = DeliveryPolicy(initial_backoff=0.5, max_backoff=3.0, max_attempts=6)
    assert [policy.backoff(attempt) for attempt in range(1, 6)] == [0.5, 1.0, 2.0, 3.0, 3.0]
    with pytest.raises(ValueError, match="max_attempts"):
        DeliveryPolicy(max_attempts=0)


def test_secrets_stay_out_of_reprs(tmp_path: Path) -> None:
    config = SandboxConfig(
        db_path=tmp_path / "s.db",
        client_secret="client-secret-value",
        webhook_url="http://127.0.0.1:9/hook",
        webhook_secret="webhook-secret-value",
    )
    app = create_app(config)
    shown = repr(config) + repr(app.state.sandbox)
    assert "client-secret-value" not in shown
    assert "webhook-secret-value" not in shown
    store = Store(tmp_path / "d.db")
    deliverer = WebhookDeliverer(store, "http://127.0.0.1:9/hook", "webhook-secret-value", DeliveryPolicy())
    assert "webhook-secret-value" not in repr(deliverer)
    store.close()


def _logged(records: list[logging.LogRecord]) -> str:
    """Everything a log handler could write for these records: messages, arguments, tracebacks."""
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    return "\n".join(formatter.format(record) + repr(record.args) for record in records)


def test_tokens_and_secrets_are_not_logged(
    tmp_path: Path, receiver: WebhookReceiver, conformance: Conformance, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    receiver.fail_first = 100  # every delivery fails, so the sandbox logs each attempt
    webhook_secret = "webhook-secret-never-logged"
    config = SandboxConfig(
        db_path=tmp_path / "logs.db",
        webhook_url=receiver.start(),
        webhook_secret=webhook_secret,
        webhook_policy=DeliveryPolicy(initial_backoff=0.05, max_backoff=0.1, max_attempts=3),
    )
    with ThreadedSandbox(config) as sandbox:
        client = SandboxClient(sandbox.origin, conformance)
        client.fetch_token()
        query_token = client.http.get(
            facts.TOKEN_PATH,
            params={
                "grant_type": "client_credentials",
                "client_id": facts.LOCAL_SANDBOX_CLIENT_ID,
                "client_secret": facts.LOCAL_SANDBOX_CLIENT_SECRET,
            },
        ).json()["access_token"]
        client.request("GET", "/resellers/v6.1/orders/20-RD128")
        line = {"customerLineNumber": "001", "ingramPartNumber": facts.SKU_IN_STOCK, "quantity": 1}
        client.request(
            "POST", "/resellers/v7/orders", json={"customerOrderNumber": "PO-LOGS", "lines": [line]}
        )
        deliveries = receiver.wait_for(3)
        client.close()
    # What the sandbox logs: records of its own threads (this test's httpx client logs its GET's URL).
    ours = threading.current_thread().name
    records = [record for record in caplog.records if record.threadName != ours]
    warnings = [record for record in records if record.name.startswith("ingram_contract.sandbox")]
    assert len(warnings) >= 2, "the failed deliveries are logged, so there is log text to check"
    signature = deliveries[0].headers[facts.WEBHOOK_SIGNATURE_HEADER]
    secrets = [client.token, query_token, facts.LOCAL_SANDBOX_CLIENT_SECRET, webhook_secret, signature]
    logged = _logged(records)
    assert [secret for secret in secrets if secret in logged] == []
    leaky = logging.LogRecord("x", logging.WARNING, __file__, 1, "sent %s", (client.token,), None)
    assert client.token in _logged([leaky]), "the check sees a token in a record's arguments"


def test_cli_refuses_a_bad_setup_with_exit_code_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code = cli.main(
        ["sandbox", "--port", "0", "--webhook-url", "http://127.0.0.1:9/hook", "--db", str(tmp_path / "x.db")]
    )
    assert code == 2
    assert "webhook secret" in capsys.readouterr().err


def test_cli_arguments_map_onto_the_config(tmp_path: Path) -> None:
    args = argparse.Namespace(
        db=tmp_path / "x.db",
        client_id="id",
        client_secret="secret",
        client_secret_file=None,
        token_ttl=5,
        webhook_url=None,
        webhook_secret=None,
    )
    config = config_from_args(args)
    assert (config.client_id, config.client_secret, config.token_ttl) == ("id", "secret", 5)
    assert config.contract_path == facts.CONTRACT_PATH


def test_vendor_required_info_for_known_and_unknown_products(client: SandboxClient) -> None:
    body = {"products": [{"ingramPartNumber": facts.SKU_IN_STOCK}, {"ingramPartNumber": "NOSUCH9"}]}
    response = client.request("POST", "/resellers/v7/vendorrequiredinfo", json=body)
    assert response.status_code == 200
    known, unknown = response.json()
    assert known["ingramPartNumber"] == facts.SKU_IN_STOCK
    assert known["responseMessages"] == []
    assert unknown["responseMessages"][0]["message"] == "Product not found"


def test_the_conformance_check_can_fail(conformance: Conformance) -> None:
    def answer(
        status: int, body: object, correlation: str | None = "abc", echoed: str | None = "abc"
    ) -> httpx.Response:
        headers = {facts.HEADER_CORRELATION_ID: correlation} if correlation else {}
        request = httpx.Request(
            "GET", "http://127.0.0.1/sandbox/resellers/v6.1/orders/20-RD128", headers=headers
        )
        response = httpx.Response(
            status,
            json=body,
            request=request,
            headers={facts.HEADER_CORRELATION_ID: echoed} if echoed else {},
        )
        response.elapsed = timedelta(0)
        return response

    conformance.check(answer(200, {"ingramOrderNumber": "20-RD128", "orderTotal": 1.5}))
    with pytest.raises(Failure, match="orderTotal"):
        conformance.check(answer(200, {"ingramOrderNumber": "20-RD128", "orderTotal": "1.50"}))
    with pytest.raises(AssertionError, match="not documented"):
        conformance.check(answer(418, {}))
    with pytest.raises(AssertionError):
        conformance.check(answer(200, {}, echoed=None))
