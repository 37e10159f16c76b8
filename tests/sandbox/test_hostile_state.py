"""Faults inside the sandbox's state, and setup a hostile `ps` could read.

- A group commit isolates an order that cannot be stored: the others in its batch are committed.
- The details cache is bounded in bytes, least recently used out first.
- The client secret can come from the environment or a file, and then is not on the command line.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

import ingram_contract
from ingram_contract import cli, facts
from ingram_contract.sandbox.cache import RenderedBodies
from ingram_contract.sandbox.commits import GroupCommitter
from ingram_contract.sandbox.orders import rules
from ingram_contract.sandbox.server import config_from_args, free_port
from ingram_contract.sandbox.store import NewOrder, Store

LINE = {"customerLineNumber": "001", "ingramPartNumber": facts.SKU_IN_STOCK, "quantity": 1}


def new_order(po: str, **extra: object) -> NewOrder:
    """An order as the v6 create handler builds it (validation bypassed), with fields overridden."""
    document = {
        **rules.new_order({"customerOrderNumber": "PO", "lines": [LINE]}, "v6"),
        "customerOrderNumber": po,
    }
    placed = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    status = rules.released_status(document)
    return NewOrder(
        facts.DEFAULT_CUSTOMER_NUMBER, facts.DEFAULT_COUNTRY_CODE, status, placed, {**document, **extra}
    )


async def create_all(store: Store, orders: list[NewOrder]) -> list[str | BaseException]:
    committer = GroupCommitter(store)
    committer.start()
    try:
        # Gathered in one turn of the loop: the committer writes them as one batch.
        results = await asyncio.gather(*(committer.create(order) for order in orders), return_exceptions=True)
    finally:
        await committer.stop()
    return list(results)


def test_an_order_that_cannot_be_stored_fails_alone_in_its_group_commit(tmp_path: Path) -> None:
    store = Store(tmp_path / "commits.db")
    orders = [
        new_order("PO-1"),
        new_order("PO-\ud83d"),  # a lone surrogate: SQLite cannot take it as UTF-8
        new_order("PO-3"),
        new_order("PO-4", notes=float("nan")),  # not JSON: could never be read back
        new_order("PO-5"),
    ]
    results = asyncio.run(create_all(store, orders))
    assert isinstance(results[1], UnicodeEncodeError)
    assert isinstance(results[3], ValueError)
    numbers = [result for result in results if isinstance(result, str)]
    assert len(numbers) == 3
    store.close()
    reopened = Store(tmp_path / "commits.db")
    for number, po in zip(numbers, ("PO-1", "PO-3", "PO-5"), strict=True):
        stored = reopened.get_order(number, facts.DEFAULT_CUSTOMER_NUMBER, facts.DEFAULT_COUNTRY_CODE)
        assert stored is not None
        assert stored.document["customerOrderNumber"] == po
    reopened.close()


def test_the_details_cache_is_bounded_in_bytes_not_entries() -> None:
    cache = RenderedBodies(max_bytes=4 * 1024 * 1024)
    megabyte = b"x" * (1024 * 1024 - 1024)
    for index in range(50):
        cache.put(f"20-A{index:04d}", ("20-222222", "US", None), megabyte[:300_000])
        assert cache.size <= cache.max_bytes
    assert 10 <= len(cache) <= 13
    assert cache.get("20-A0000", ("20-222222", "US", None)) is None  # the oldest went first
    assert cache.get("20-A0049", ("20-222222", "US", None)) is not None
    cache.put("20-BIG", ("20-222222", "US", None), megabyte)  # over a tenth of the cache: not kept
    assert cache.get("20-BIG", ("20-222222", "US", None)) is None
    assert cache.size <= cache.max_bytes


def test_a_recently_read_body_outlives_older_ones_and_a_write_drops_all_of_an_order() -> None:
    cache = RenderedBodies(max_bytes=3 * (1000 + 256), max_item_bytes=2000)
    cache.put("A", 1, b"a" * 1000)
    cache.put("B", 1, b"b" * 1000)
    assert cache.get("A", 1) is not None  # A is now the most recently used
    cache.put("C", 1, b"c" * 1000)
    cache.put("D", 1, b"d" * 1000)  # evicts B, the least recently used
    assert cache.get("B", 1) is None
    assert cache.get("A", 1) is not None
    cache.drop("A")
    cache.drop("C")
    assert (len(cache), cache.size) == (1, 1000 + 256)


def namespace(**given: object) -> argparse.Namespace:
    fields: dict[str, object] = {
        "db": None,
        "client_id": "id",
        "client_secret": None,
        "client_secret_file": None,
        "token_ttl": 60,
        "webhook_url": None,
        "webhook_secret": None,
    }
    return argparse.Namespace(**{**fields, **given})


def test_the_client_secret_comes_from_the_flag_the_file_or_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(facts.ENV_SANDBOX_CLIENT_SECRET, raising=False)
    assert config_from_args(namespace()).client_secret == facts.LOCAL_SANDBOX_CLIENT_SECRET
    monkeypatch.setenv(facts.ENV_SANDBOX_CLIENT_SECRET, "from-env")
    assert config_from_args(namespace()).client_secret == "from-env"
    secret_file = tmp_path / "secret"
    secret_file.write_text("from-file\n")
    assert config_from_args(namespace(client_secret_file=secret_file)).client_secret == "from-file"
    assert config_from_args(namespace(client_secret="from-flag")).client_secret == "from-flag"
    with pytest.raises(ValueError, match="not both"):
        config_from_args(namespace(client_secret="x", client_secret_file=secret_file))
    (tmp_path / "empty").write_text("\n")
    with pytest.raises(ValueError, match="is empty"):
        config_from_args(namespace(client_secret_file=tmp_path / "empty"))


def test_an_unreadable_secret_file_is_a_setup_error_with_exit_code_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(["sandbox", "--port", "0", "--client-secret-file", str(tmp_path / "missing")])
    assert code == 2
    err = capsys.readouterr().err
    assert "cannot read the client secret file" in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.slow
def test_a_secret_from_a_file_works_and_is_not_on_the_command_line(tmp_path: Path) -> None:
    secret = "canary-sandbox-secret-1f3a"
    secret_file = tmp_path / "secret"
    secret_file.write_text(secret)
    port = free_port()
    src = str(Path(ingram_contract.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [src, os.environ.get("PYTHONPATH")]))}
    command = [sys.executable, "-m", "ingram_contract.cli", "sandbox", "--port", str(port)]
    process = subprocess.Popen(
        [*command, "--client-secret-file", str(secret_file)], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().startswith("Sandbox listening on")
        cmdline = Path(f"/proc/{process.pid}/cmdline").read_bytes()
        assert secret.encode() not in cmdline
        origin = f"http://127.0.0.1:{port}"
        form = {"grant_type": "client_credentials", "client_id": facts.LOCAL_SANDBOX_CLIENT_ID}
        with httpx.Client(base_url=origin, trust_env=False, timeout=10) as http:
            assert http.post(facts.TOKEN_PATH, data={**form, "client_secret": secret}).status_code == 200
            default = facts.LOCAL_SANDBOX_CLIENT_SECRET
            assert http.post(facts.TOKEN_PATH, data={**form, "client_secret": default}).status_code == 401
    finally:
        process.terminate()
        process.wait(timeout=15)
        if process.stdout is not None:
            process.stdout.close()
