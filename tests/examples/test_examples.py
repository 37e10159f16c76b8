"""Every script of examples/ run as a user runs it: a subprocess, configured by env only, against the
local sandbox on loopback (which delivers the v7 events to the script's own webhook receiver)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator

import pytest

from ingram_contract import facts

sandbox_app = pytest.importorskip("ingram_contract.sandbox.app")
sandbox_server = pytest.importorskip("ingram_contract.sandbox.server")

EXAMPLES_DIR = facts.REPO_ROOT / "examples"
WEBHOOK_SECRET = "examples-webhook-secret"

# script → a line its output must have (what the script is for, with the values the sandbox gave).
EXPECTED = {
    "create_order.py": r"^created order 20-\w+ for PO-EXAMPLE-1: \d",
    "create_order_on_hold.py": r"^order 20-\w+ is On Hold: release it with release_order\.py 20-\w+$",
    "order_details.py": r"^order 20-RD128: Shipped, [\d.]+ USD$",
    "search_orders.py": r"^([3-9]|\d\d+) orders found$",
    "modify_order.py": r"^modified order 20-\w+: status \w.*, [1-9]\d* line\(s\)$",
    "release_order.py": r"^released order 20-\w+: now (?!On Hold)",
    "cancel_order.py": r"^cancelled order 20-\w+: now Canceled$",
    "vendor_required_info.py": rf"^{facts.SKU_IN_STOCK}: vendor attributes required \[\], messages \[\]$",
    "create_order_v7.py": r"^IM::created: order 20-\w+ for PO-EXAMPLE-V7$",
}


@pytest.fixture(scope="module")
def environment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    webhook_port = sandbox_server.free_port()
    config = sandbox_app.SandboxConfig(
        db_path=tmp_path_factory.mktemp("examples") / "sandbox.db",
        webhook_url=f"http://{facts.LOCAL_SANDBOX_HOST}:{webhook_port}/",
        webhook_secret=WEBHOOK_SECRET,
    )
    with sandbox_server.serve_app(sandbox_app.create_app(config), startup_timeout=10) as origin:
        env = {key: value for key, value in os.environ.items() if not key.startswith("INGRAM_")}
        env |= {
            "INGRAM_BASE_URL": origin + facts.SANDBOX_PREFIX,
            "INGRAM_WEBHOOK_PORT": str(webhook_port),
            facts.ENV_WEBHOOK_SECRET: WEBHOOK_SECRET,
        }
        yield env


def run_example(script: str, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(EXAMPLES_DIR / script), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_every_script_is_listed() -> None:
    scripts = {path.name for path in EXAMPLES_DIR.glob("*.py")} - {"settings.py"}
    assert scripts == set(EXPECTED)


@pytest.mark.parametrize("script", sorted(EXPECTED))
def test_the_example_runs_against_the_local_sandbox(script: str, environment: dict[str, str]) -> None:
    result = run_example(script, environment)
    assert result.returncode == 0, result.stderr
    assert re.search(EXPECTED[script], result.stdout, re.MULTILINE), result.stdout


def test_an_api_error_is_one_line_and_exit_1(environment: dict[str, str]) -> None:
    result = run_example("order_details.py", environment, "20-NOSUCH")
    assert result.returncode == 1
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("API error: HTTP 404 GET ")
    assert "correlation id" in line


def test_refused_credentials_exit_1_without_showing_the_secret(environment: dict[str, str]) -> None:
    secret = "wrong-secret-8c1e"
    result = run_example("order_details.py", environment | {facts.ENV_CLIENT_SECRET: secret})
    assert result.returncode == 1
    assert "HTTP 401" in result.stderr
    assert secret not in result.stderr + result.stdout


def test_a_bad_base_url_is_a_setup_error_exit_2(environment: dict[str, str]) -> None:
    result = run_example("order_details.py", environment | {"INGRAM_BASE_URL": "ftp://example.invalid"})
    assert result.returncode == 2
    assert result.stderr.startswith("setup error: ")
