"""Webhook back-off runs on the sandbox's clock: with a manual clock a test steps through a minute of
back-off in no time, and nothing is retried before the clock says so."""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

from ingram_contract import facts
from ingram_contract.sandbox import SandboxConfig
from ingram_contract.sandbox.clock import ManualClock
from ingram_contract.sandbox.webhooks import DeliveryPolicy

from .conftest import Conformance, SandboxClient, ThreadedSandbox, WebhookReceiver

LINE = {"customerLineNumber": "001", "ingramPartNumber": facts.SKU_IN_STOCK, "quantity": 1}


def test_retries_wait_for_the_sandbox_clock_not_for_real_time(
    tmp_path: Path, receiver: WebhookReceiver, manual_clock: ManualClock, conformance: Conformance
) -> None:
    receiver.fail_first = 2
    config = SandboxConfig(
        db_path=tmp_path / "clock.db",
        clock=manual_clock,
        token_ttl=3600,
        webhook_url=receiver.start(),
        webhook_secret="clock-secret",
        webhook_policy=DeliveryPolicy(initial_backoff=60.0, max_backoff=600.0, max_attempts=5),
    )
    with ThreadedSandbox(config) as sandbox:
        client = SandboxClient(sandbox.origin, conformance)
        client.fetch_token()
        posted = client.request(
            "POST", "/resellers/v7/orders", json={"customerOrderNumber": "PO-CLOCK", "lines": [LINE]}
        )
        assert posted.status_code == 200
        receiver.wait_for(1)
        time.sleep(0.3)
        assert receiver.answered == [500], "no retry before the back-off has passed on the sandbox's clock"
        manual_clock.advance(timedelta(seconds=59))
        time.sleep(0.3)
        assert receiver.answered == [500]
        manual_clock.advance(timedelta(seconds=1))
        receiver.wait_for(2, timeout=5)
        store = sandbox.app.state.sandbox.store
        deadline = time.monotonic() + 5
        # The second failure is recorded (and its retry scheduled) just after the receiver answered it.
        while [attempts for _, attempts in store.event_states().values()] != [2]:
            assert time.monotonic() < deadline, store.event_states()
            time.sleep(0.02)
        manual_clock.advance(timedelta(seconds=120))
        receiver.wait_for(3, timeout=5)
        assert receiver.answered == [500, 500, 200]
        client.close()
