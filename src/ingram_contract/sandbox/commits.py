"""Group commit for order creation: concurrent creates share one transaction, hence one commit.

A create hands its order to the writer and awaits the order number; the writer takes everything that
queued up while the previous commit ran, writes it in one transaction and only then answers each
waiting request. At one client this is a plain commit per order; at 32 it is a few commits for many.
An order that cannot be written fails alone (the store isolates it with a savepoint).
"""

from __future__ import annotations

import asyncio
import contextlib

from ingram_contract.sandbox.store import NewOrder, Store


class GroupCommitter:
    """Batches `NewOrder`s into the store's transactions; runs as a task on the app's event loop."""

    def __init__(self, store: Store, max_batch: int = 256) -> None:
        self._store = store
        self._max_batch = max_batch
        self._pending: list[tuple[NewOrder, asyncio.Future[str]]] = []
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Start the writer on the running loop."""
        self._task = asyncio.create_task(self._run(), name="sandbox-group-commit")

    async def stop(self) -> None:
        """Write what is queued, then stop."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        while self._pending:
            self._flush()

    async def create(self, order: NewOrder) -> str:
        """Store an order durably and return its number once committed."""
        if self._task is None or self._task.done():
            raise RuntimeError("the group committer is not running")
        future: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self._pending.append((order, future))
        self._wake.set()
        return await future

    async def _run(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            # One turn of the loop lets requests that are already being handled join this commit.
            await asyncio.sleep(0)
            while self._pending:
                self._flush()

    def _flush(self) -> None:
        batch, self._pending = self._pending[: self._max_batch], self._pending[self._max_batch :]
        try:
            results = self._store.create_orders([order for order, _ in batch])
        except Exception as exc:  # every waiting request must hear about a failed commit
            for _, future in batch:
                if not future.done():
                    future.set_exception(exc)
            return
        for (_, future), result in zip(batch, results, strict=True):
            if future.done():
                continue
            if isinstance(result, Exception):
                future.set_exception(result)
            else:
                future.set_result(result)
