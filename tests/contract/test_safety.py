"""Safety: no write outside the sandbox or loopback unless allowed; no secret in any artefact.

The canary tests run the checker against a sandbox whose client secret is a canary string, with a fault
switched on so findings (and their curl reproductions) exist, and then look for the canary and the
issued bearer token in the findings, the JSON report, the captured logs and a JUnit file written by a
pytest run in a subprocess.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ingram_contract import facts
from ingram_contract.checks import (
    REDACTED,
    ProductionWriteRefused,
    RedactingFilter,
    Redactor,
    ServerChecker,
    ServerTarget,
    ensure_write_allowed,
    is_safe_write_target,
    writes_allowed_by_env,
)
from ingram_contract.sandbox import SandboxConfig, create_app
from tests.contract.conftest import SEED, ServedApp, production_writes_allowed
from tests.contract.test_faults import DETAILS, Fault, FaultyApp

CANARY = "canary-7f3a9c-contract-secret-never-logged"
REPO = facts.REPO_ROOT


@pytest.mark.parametrize(
    ("method", "url", "safe"),
    [
        ("POST", "https://api.ingrammicro.com:443/sandbox/resellers/v6/orders", True),
        ("DELETE", "https://api.ingrammicro.com/sandbox/resellers/v6/orders/20-RD128", True),
        ("POST", "http://127.0.0.1:8765/sandbox/resellers/v6/orders", True),
        ("PUT", "http://[::1]:8765/resellers/v6/orders/20-RC1RD", True),
        ("POST", "http://localhost/resellers/v7/orders", True),
        ("POST", "https://api.ingrammicro.com:443/resellers/v6/orders", False),
        ("DELETE", "https://api.ingrammicro.com/sandboxed/resellers/v6/orders/1", False),
        ("PUT", "https://api.example.com/sandbox/resellers/v6/orders/1", False),
        ("POST", "http://127.0.0.1.example.com/resellers/v6/orders", False),
    ],
)
def test_write_targets(method: str, url: str, safe: bool) -> None:
    assert is_safe_write_target(url) is safe
    if safe:
        ensure_write_allowed(method, url)
    else:
        with pytest.raises(ProductionWriteRefused, match="--allow-production-writes"):
            ensure_write_allowed(method, url)
        ensure_write_allowed(method, url, allow_production_writes=True)
    ensure_write_allowed("GET", url)


def test_env_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(facts.ENV_ALLOW_PRODUCTION_WRITES, raising=False)
    assert not writes_allowed_by_env()
    monkeypatch.setenv(facts.ENV_ALLOW_PRODUCTION_WRITES, "1")
    assert writes_allowed_by_env()
    monkeypatch.setenv(facts.ENV_ALLOW_PRODUCTION_WRITES, "0")
    assert not writes_allowed_by_env()


def test_checker_refuses_a_production_write_before_sending_anything() -> None:
    target = ServerTarget(base_url=facts.PRODUCTION_URL, client_id="id", client_secret=CANARY)
    with ServerChecker(facts.CONTRACT_PATH, target, max_examples=1, seed=SEED) as checker:
        case = checker.operation("POST /resellers/v6/orders").Case(
            body={"customerOrderNumber": "X"},
            media_type="application/json",
            headers=checker.account_headers(),
        )
        with pytest.raises(ProductionWriteRefused, match=r"refusing POST https://api\.ingrammicro\.com"):
            checker.send(case)
        assert checker.cases_sent == 0


def test_writes_are_refused_by_default_and_allowed_by_env(
    pytestconfig: pytest.Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    if pytestconfig.getoption("--allow-production-writes", default=False):
        pytest.skip("this run was started with --allow-production-writes")
    monkeypatch.delenv(facts.ENV_ALLOW_PRODUCTION_WRITES, raising=False)
    assert production_writes_allowed(pytestconfig) is False
    monkeypatch.setenv(facts.ENV_ALLOW_PRODUCTION_WRITES, "1")
    assert production_writes_allowed(pytestconfig) is True


@pytest.mark.slow
def test_pytest_option_reaches_the_targets(tmp_path: Path) -> None:
    """`--allow-production-writes` on the command line reaches the targets the fixtures build."""
    (tmp_path / "conftest.py").write_text(
        "from tests.contract.conftest import pytest_addoption, production_writes_allowed  # noqa: F401\n"
    )
    (tmp_path / "test_option.py").write_text(
        textwrap.dedent(
            """
            from tests.contract.conftest import production_writes_allowed

            def test_option(request):
                assert production_writes_allowed(request.config) is True
            """
        )
    )
    environment = {**os.environ, "PYTHONPATH": str(REPO), facts.ENV_ALLOW_PRODUCTION_WRITES: ""}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            str(tmp_path),
            "--allow-production-writes",
        ],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]


def test_redactor_masks_registered_and_credential_shaped_values() -> None:
    redactor = Redactor([CANARY])
    text = (
        f"curl -H 'Authorization: Bearer abcdefghijkl123' -d 'client_id=me&client_secret={CANARY}' "
        '{"access_token": "tok-123456789", "client_secret": "s3cr3t-value"} '
        f"Authorization: Basic dXNlcjpwYXNz leaked {CANARY}"
    )
    cleaned = redactor.redact(text)
    for secret in (CANARY, "abcdefghijkl123", "tok-123456789", "s3cr3t-value", "dXNlcjpwYXNz"):
        assert secret not in cleaned
    assert cleaned.count(REDACTED) >= 5
    assert "client_id=me" in cleaned


def test_redacting_filter_cleans_log_records(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("ingram_contract.tests.redaction")
    handler = caplog.handler
    handler.addFilter(RedactingFilter(Redactor([CANARY])))
    try:
        with caplog.at_level(logging.INFO, logger=logger.name):
            logger.info("token request with %s", f"client_secret={CANARY}")
    finally:
        handler.filters.clear()
    assert CANARY not in caplog.text
    assert "client_secret=[REDACTED]" in caplog.text


def test_canary_never_reaches_findings_reports_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    app = FaultyApp(create_app(SandboxConfig(client_secret=CANARY)))
    with ServedApp(app) as served, caplog.at_level(logging.DEBUG):
        target = ServerTarget(
            base_url=served.origin + facts.SANDBOX_PREFIX,
            client_id=facts.LOCAL_SANDBOX_CLIENT_ID,
            client_secret=CANARY,
            sender_id="canary",
        )
        app.fault = Fault("wrong_type", "GET", "/resellers/v6.1/orders/")
        with ServerChecker(facts.CONTRACT_PATH, target, max_examples=4, seed=SEED) as checker:
            findings = checker.check_operation("POST /oauth/oauth20/token", "positive")
            findings += checker.exercise(
                checker.operation(DETAILS).Case(
                    path_parameters={"ordernumber": "20-RD128"}, headers=checker.account_headers()
                )
            )
            findings += checker.check_operation("GET /resellers/v6/orders/search", "negative")
            token = checker.token()
    assert any(f.check == "response-schema-conformance" for f in findings), (
        "no finding: the test proves nothing"
    )
    report = json.dumps([f.as_dict() for f in findings]) + "".join(str(f) for f in findings)
    assert "curl -X GET" in report
    for secret in (CANARY, token):
        assert secret not in report
        assert secret not in caplog.text
    assert repr(target).count(CANARY) == 0


@pytest.mark.slow
def test_canary_never_reaches_junit(tmp_path: Path) -> None:
    """A failing contract test's JUnit report (with logs and locals) carries neither secret nor token."""
    token_file = tmp_path / "token.txt"
    test_file = tmp_path / "test_leak.py"
    test_file.write_text(
        textwrap.dedent(
            f"""
            import logging
            import os
            from ingram_contract import facts
            from ingram_contract.checks import ServerChecker, ServerTarget, summarise
            from ingram_contract.sandbox import SandboxConfig, create_app
            from tests.contract.conftest import ServedApp
            from tests.contract.test_faults import DETAILS, Fault, FaultyApp

            def test_contract_fails_loudly():
                logging.getLogger("contract").debug("client id %s", facts.LOCAL_SANDBOX_CLIENT_ID)
                # The secret comes from the environment, as in CI: never a local variable, never source text.
                app = FaultyApp(create_app(SandboxConfig(client_secret=os.environ[facts.ENV_CLIENT_SECRET])))
                app.fault = Fault("wrong_type", "GET", "/resellers/v6.1/orders/")
                with ServedApp(app) as served:
                    target = ServerTarget(
                        base_url=served.origin + facts.SANDBOX_PREFIX,
                        client_id=facts.LOCAL_SANDBOX_CLIENT_ID,
                        client_secret=os.environ[facts.ENV_CLIENT_SECRET],
                        sender_id="canary",
                    )
                    with ServerChecker(facts.CONTRACT_PATH, target, max_examples=3, seed=1) as checker:
                        case = checker.operation(DETAILS).Case(
                            path_parameters={{"ordernumber": "20-RD128"}}, headers=checker.account_headers()
                        )
                        findings = checker.exercise(case)
                        open({str(token_file)!r}, "w").write(checker.token())
                print(summarise(findings))
                assert not findings, summarise(findings)
            """
        )
    )
    junit = tmp_path / "junit.xml"
    result = subprocess.run(
        [
            sys.executable, "-m", "pytest", str(test_file), "-p", "no:cacheprovider", "-l", "--tb=long",
            f"--junitxml={junit}", "-o", "junit_logging=all", "-o", "log_level=DEBUG",
            f"--rootdir={tmp_path}",
        ],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(REPO), facts.ENV_CLIENT_SECRET: CANARY},
        capture_output=True,
        text=True,
        check=False,
        timeout=180,
    )  # fmt: skip
    assert result.returncode == 1, result.stdout[-3000:] + result.stderr[-3000:]
    written = junit.read_text()
    assert "response-schema-conformance" in written, "the JUnit holds no finding: the test proves nothing"
    token = token_file.read_text()
    for secret in (CANARY, token):
        assert secret not in written
        assert secret not in result.stdout + result.stderr
