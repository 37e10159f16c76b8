"""`ingram-contract drift` picks its target: the real sandbox with credentials, else a local one."""

from __future__ import annotations

import subprocess
import sys
from urllib.parse import urlsplit

import httpx
import pytest

from ingram_contract import cli, facts
from ingram_contract.drift import run
from ingram_contract.drift.run import DriftConfig


def _capture(monkeypatch: pytest.MonkeyPatch) -> list[DriftConfig]:
    seen: list[DriftConfig] = []

    def fake_run_drift(config: DriftConfig) -> int:
        seen.append(config)
        if urlsplit(config.base_url).hostname == facts.LOCAL_SANDBOX_HOST:
            # The local sandbox is up while the run lasts.
            origin = config.base_url.removesuffix(facts.SANDBOX_PREFIX)
            assert httpx.get(origin + "/health").status_code == 200
        return 0

    monkeypatch.setattr(run, "run_drift", fake_run_drift)
    return seen


def test_with_credentials_the_real_sandbox_and_todays_upstream(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _capture(monkeypatch)
    monkeypatch.setenv(facts.ENV_CLIENT_ID, "id")
    monkeypatch.setenv(facts.ENV_CLIENT_SECRET, "secret")
    monkeypatch.delenv(facts.ENV_UPSTREAM, raising=False)
    assert cli.main(["drift"]) == 0
    (config,) = seen
    assert (config.base_url, config.upstream) == (facts.SANDBOX_URL, facts.UPSTREAM_LATEST_URL)
    assert (config.client_id, config.client_secret) == ("id", "secret")
    assert str(config.out) == "drift-report"
    assert (config.baseline, config.shapes) == (facts.DRIFT_BASELINE_PATH, facts.RESPONSE_SHAPES_PATH)


def test_without_credentials_a_local_sandbox_it_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _capture(monkeypatch)
    monkeypatch.delenv(facts.ENV_CLIENT_ID, raising=False)
    monkeypatch.delenv(facts.ENV_CLIENT_SECRET, raising=False)
    monkeypatch.setenv(facts.ENV_UPSTREAM, "/somewhere/upstream.yaml")
    assert cli.main(["drift", "--out", "elsewhere", "--operation", "GET /x", "--no-stateful"]) == 0
    (config,) = seen
    parts = urlsplit(config.base_url)
    assert (parts.hostname, parts.path) == (facts.LOCAL_SANDBOX_HOST, facts.SANDBOX_PREFIX)
    assert config.upstream == "/somewhere/upstream.yaml"
    assert (config.operations, config.stateful) == (("GET /x",), False)


def test_every_option_reaches_the_config(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _capture(monkeypatch)
    monkeypatch.setenv(facts.ENV_CLIENT_ID, "id")
    monkeypatch.setenv(facts.ENV_CLIENT_SECRET, "secret")
    argv = [
        "drift",
        "--base-url",
        "https://ims.example.test/sandbox/",
        "--token-url",
        "https://t.example.test/t",
    ]
    argv += ["--upstream", "up.yaml", "--baseline", "b.json", "--shapes", "s.json", "--record-shapes"]
    argv += ["--max-examples", "3", "--seed", "7", "--write-baseline"]
    assert cli.main(argv) == 0
    (config,) = seen
    assert (config.base_url, config.token_url) == (
        "https://ims.example.test/sandbox",
        "https://t.example.test/t",
    )
    assert (str(config.baseline), str(config.shapes), config.upstream) == ("b.json", "s.json", "up.yaml")
    assert (config.max_examples, config.seed) == (3, 7)
    assert config.record_shapes and config.write_baseline


def test_the_module_alias_has_the_same_options() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ingram_contract.drift", "--help"], capture_output=True, text=True, check=True
    )
    for option in ("--shapes", "--record-shapes", "--max-examples", "--seed", "--operation", "--no-stateful"):
        assert option in result.stdout
    assert "ingram-contract drift" in result.stdout
