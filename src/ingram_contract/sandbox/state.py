"""`Sandbox`: the state one sandbox app's handlers work on (store, tokens, caches, webhook delivery)."""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

from ingram_contract import facts
from ingram_contract.sandbox.cache import GenerationBodies, RenderedBodies
from ingram_contract.sandbox.commits import GroupCommitter
from ingram_contract.sandbox.config import SandboxConfig
from ingram_contract.sandbox.contract import Contract
from ingram_contract.sandbox.orders.seed import seeded_orders
from ingram_contract.sandbox.store import Store
from ingram_contract.sandbox.tokens import TokenIssuer
from ingram_contract.sandbox.webhooks import WebhookDeliverer


class Sandbox:
    """The state of one sandbox; the app's route handlers read and change it."""

    def __init__(self, config: SandboxConfig, contract: Contract) -> None:
        self.config = config
        self.contract = contract
        self.clock = config.clock
        self.tokens = TokenIssuer(config.token_ttl, config.clock)
        self.rendered = RenderedBodies()
        self.searched = GenerationBodies()
        self.deliverer: WebhookDeliverer | None = None
        # Per (customer, country): the earliest instant one of its holds can be voided (absent: unknown).
        self.void_due: dict[tuple[str, str], datetime] = {}
        self._store: Store | None = None
        self._commits: GroupCommitter | None = None
        self._tempdir: tempfile.TemporaryDirectory[str] | None = None

    def __repr__(self) -> str:
        return f"Sandbox(config={self.config!r})"

    @property
    def store(self) -> Store:
        """The open store (between startup and shutdown)."""
        if self._store is None:
            raise RuntimeError("the sandbox is not started (its lifespan has not run)")
        return self._store

    @property
    def commits(self) -> GroupCommitter:
        """The group committer that stores new orders (between startup and shutdown)."""
        if self._commits is None:
            raise RuntimeError("the sandbox is not started (its lifespan has not run)")
        return self._commits

    def changed(self, order_number: str) -> None:
        """An order was written: forget what was rendered from its old state."""
        self.rendered.drop(order_number)

    def notify_webhooks(self) -> None:
        """Events were queued: let the deliverer look at the outbox now."""
        if self.deliverer is not None:
            self.deliverer.notify()

    async def startup(self) -> None:
        """Open the database, seed it on first use, start webhook delivery."""
        path = self.config.db_path
        if path is None:
            self._tempdir = tempfile.TemporaryDirectory(prefix="ingram-sandbox-")
            path = Path(self._tempdir.name) / "sandbox.db"
        self._store = Store(path)
        now = self.clock.now()
        self._store.seed(seeded_orders(), facts.DEFAULT_CUSTOMER_NUMBER, facts.DEFAULT_COUNTRY_CODE, now)
        self._commits = GroupCommitter(self._store)
        self._commits.start()
        if self.config.webhook_url and self.config.webhook_secret:
            self.deliverer = WebhookDeliverer(
                self._store,
                self.config.webhook_url,
                self.config.webhook_secret,
                self.config.webhook_policy,
                self.clock,
            )
            self.deliverer.start()

    async def shutdown(self) -> None:
        """Stop delivery and close the database."""
        if self.deliverer is not None:
            await self.deliverer.stop()
        if self._commits is not None:
            await self._commits.stop()
            self._commits = None
        if self._store is not None:
            self._store.close()
            self._store = None
        if self._tempdir is not None:
            self._tempdir.cleanup()
