"""`SandboxConfig`: everything one sandbox instance needs."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ingram_contract import facts
from ingram_contract.sandbox.clock import Clock, SystemClock
from ingram_contract.sandbox.webhooks import DeliveryPolicy


@dataclass(frozen=True)
class SandboxConfig:
    """Everything a sandbox instance needs; secrets are kept out of the repr."""

    contract_path: Path = facts.CONTRACT_PATH
    db_path: Path | None = None
    client_id: str = facts.LOCAL_SANDBOX_CLIENT_ID
    client_secret: str = field(default=facts.LOCAL_SANDBOX_CLIENT_SECRET, repr=False)
    token_ttl: int = 3600
    webhook_url: str | None = None
    webhook_secret: str | None = field(default=None, repr=False)
    webhook_policy: DeliveryPolicy = field(default_factory=DeliveryPolicy)
    clock: Clock = field(default_factory=SystemClock)
    # The vendor refuses a second order with the same customerOrderNumber unless the request says
    # allowDuplicateCustomerOrderNumber; off for load tests that reuse one PO.
    refuse_duplicate_orders: bool = True

    def __post_init__(self) -> None:
        if self.token_ttl < 1:
            raise ValueError("token_ttl must be at least 1 second")
        if not self.client_id or not self.client_secret:
            raise ValueError("the sandbox needs a client id and a client secret")
        if self.webhook_url and not self.webhook_secret:
            raise ValueError("a webhook URL needs a webhook secret to sign the events with")
        if self.webhook_url and not self.webhook_url.startswith(("http://", "https://")):
            raise ValueError(f"the webhook URL must be http(s): {self.webhook_url}")
