"""`python -m ingram_contract.drift` picks its target: the real sandbox with credentials, else a local one."""

from __future__ import annotations

import argparse
from urllib.parse import urlsplit

import httpx
import pytest

from ingram_contract import facts
from ingram_contract.drift import __main__ as nightly
from ingram_contract.drift import run


def _capture(monkeypatch: pytest.MonkeyPatch) -> list[argparse.Namespace]:
    seen: list[argparse.Namespace] = []

    def fake_run_drift(args: argparse.Namespace) -> int:
        seen.append(args)
        if urlsplit(args.base_url).hostname == facts.LOCAL_SANDBOX_HOST:
            # The local sandbox is up while the run lasts.
            assert httpx.get(args.base_url.removesuffix(facts.SANDBOX_PREFIX) + "/health").status_code == 200
        return 0

    monkeypatch.setattr(run, "run_drift", fake_run_drift)
    return seen


def test_with_credentials_the_real_sandbox_and_todays_upstream(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _capture(monkeypatch)
    monkeypatch.setenv(facts.ENV_CLIENT_ID, "id")
    monkeypatch.setenv(facts.ENV_CLIENT_SECRET, "secret")
    monkeypatch.delenv(facts.ENV_UPSTREAM, raising=False)
    assert nightly.main([]) == 0
    (args,) = seen
    assert (args.base_url, args.upstream) == (facts.SANDBOX_URL, facts.UPSTREAM_LATEST_URL)
    assert str(args.out) == "drift-report"


def test_without_credentials_a_local_sandbox_it_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _capture(monkeypatch)
    monkeypatch.delenv(facts.ENV_CLIENT_ID, raising=False)
    monkeypatch.delenv(facts.ENV_CLIENT_SECRET, raising=False)
    monkeypatch.setenv(facts.ENV_UPSTREAM, "/somewhere/upstream.yaml")
    assert nightly.main(["--out", "elsewhere"]) == 0
    (args,) = seen
    parts = urlsplit(args.base_url)
    assert (parts.hostname, parts.path) == (facts.LOCAL_SANDBOX_HOST, facts.SANDBOX_PREFIX)
    assert args.upstream == "/somewhere/upstream.yaml"
