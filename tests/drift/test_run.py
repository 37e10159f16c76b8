"""The whole run: exit codes, an unreachable server, secrets kept out, and the nightly job offline."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ingram_contract import cli, facts
from ingram_contract.drift.run import run_drift
from ingram_contract.evidence.corpus import load_cases
from ingram_contract.sandbox import SandboxConfig, create_app
from ingram_contract.sandbox.server import free_port, serve_app
from ingram_contract.spec.operations import ContractIndex
from tests.conftest import require_upstream
from tests.drift.conftest import Answer, Fault, drift_config

DETAILS = "GET /resellers/v6.1/orders/{ordernumber}"
CANARY_ID = "canary-client-2b7d"
CANARY_SECRET = "canary-secret-9c41e6d0-never-print-me"
OUTPUTS = ("drift.md", "drift.json", "junit.xml")


def _baseline(tmp_path: Path, known: list[dict[str, str]] | None = None) -> Path:
    path = tmp_path / "baseline.json"
    path.write_text(json.dumps({"known": known or []}))
    return path


def _details_as_text(answer: Answer) -> None:
    """A fault: order details answered with a content type the contract does not document."""
    if answer.method == "GET" and "/orders/" in answer.path and "search" not in answer.path:
        answer.set_header(b"content-type", b"text/plain")


def _quick_run(base_url: str, out: Path, upstream: Path, baseline: Path, **extra: Any) -> int:
    """A drift run over v6.1 details only, two examples: enough to see the faulty proxy's finding."""
    return run_drift(
        drift_config(
            base_url, out, upstream, baseline=baseline, max_examples=2, operations=(DETAILS,), **extra
        )
    )


def test_new_findings_exit_1_and_once_accepted_exit_0(
    faulty: Callable[[Fault], str], tmp_path: Path, upstream_file: Path
) -> None:
    base_url = faulty(_details_as_text)
    path = _baseline(tmp_path)
    assert _quick_run(base_url, tmp_path / "a", upstream_file, path) == 1
    report = json.loads((tmp_path / "a" / "drift.json").read_text())
    assert report["summary"]["new"] > 0 and report["summary"]["known"] == 0
    _quick_run(base_url, tmp_path / "b", upstream_file, path, write_baseline=True)
    assert _quick_run(base_url, tmp_path / "c", upstream_file, path) == 0
    report = json.loads((tmp_path / "c" / "drift.json").read_text())
    assert report["summary"]["new"] == 0 and report["summary"]["known"] > 0


@pytest.mark.parametrize(
    ("base_url", "baseline", "why"),
    [
        ("https://api.example.invalid/sandbox", None, "needs credentials"),
        ("ftp://127.0.0.1/sandbox", None, "http(s) URL"),
        ("http://127.0.0.1:9/sandbox", "malformed", "cannot read the baseline"),
    ],
)
def test_a_run_that_cannot_start_exits_2(
    base_url: str,
    baseline: str | None,
    why: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(facts.ENV_CLIENT_ID, raising=False)
    monkeypatch.delenv(facts.ENV_CLIENT_SECRET, raising=False)
    argv = ["drift", "--base-url", base_url, "--out", str(tmp_path / "out"), "--upstream", "up.json"]
    if baseline:
        path = tmp_path / "baseline.json"
        path.write_text("{not json")
        argv += ["--baseline", str(path)]
    assert cli.main(argv) == 2
    assert why in capsys.readouterr().err.splitlines()[-1]


def test_an_unreachable_server_is_a_finding_per_operation_and_the_report_is_written(
    tmp_path: Path, upstream_file: Path
) -> None:
    base_url = f"http://127.0.0.1:{free_port()}/sandbox"
    out = tmp_path / "out"
    assert run_drift(drift_config(base_url, out, upstream_file, max_examples=2)) == 1
    assert all((out / name).exists() for name in OUTPUTS)
    report = json.loads((out / "drift.json").read_text())
    unreachable = {
        f["operation"] for f in report["findings"] if f["source"] == "server" and f["status"] == "new"
    }
    served = {operation.label for operation in ContractIndex.load(facts.CONTRACT_PATH).served()}
    assert len(served) > 1
    assert served <= unreachable
    # Known server findings are not "fixed" by a server that could not be reached.
    assert report["summary"]["by_source"]["server"]["fixed"] == 0
    assert report["summary"]["sections"]["server"]["complete"] is False
    assert "unreachable" in (out / "drift.md").read_text()


class _Leaky:
    """Answers every order details request 200 with the caller's bearer token and the client secret as values:
    the schema check's message quotes them, so the report must mask them."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.tokens: set[str] = set()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or "/v6.1/orders/" not in scope["path"]:
            await self.app(scope, receive, send)
            return
        authorization = dict(scope["headers"]).get(b"authorization", b"").decode()
        token = authorization.removeprefix("Bearer ")
        self.tokens.add(token)
        body = json.dumps({"ingramOrderNumber": token, "orderTotal": CANARY_SECRET}).encode()

        async def replace(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message["headers"] if k.lower() != b"content-length"]
                length = (b"content-length", str(len(body)).encode())
                await send({**message, "status": 200, "headers": [*headers, length]})
            elif not message.get("more_body", False):
                await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, replace)


@pytest.fixture
def leaky_sandbox(tmp_path: Path) -> Iterator[tuple[_Leaky, str]]:
    config = SandboxConfig(db_path=tmp_path / "sandbox.db", client_id=CANARY_ID, client_secret=CANARY_SECRET)
    leaky = _Leaky(create_app(config))
    with serve_app(leaky) as origin:
        yield leaky, origin + facts.SANDBOX_PREFIX


def test_secrets_and_tokens_never_reach_the_reports(
    leaky_sandbox: tuple[_Leaky, str], tmp_path: Path, upstream_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    leaky, base_url = leaky_sandbox
    monkeypatch.setenv(facts.ENV_CLIENT_ID, CANARY_ID)
    monkeypatch.setenv(facts.ENV_CLIENT_SECRET, CANARY_SECRET)
    out = tmp_path / "out"
    evidence = tmp_path / "evidence"
    config = drift_config(
        base_url,
        out,
        upstream_file,
        environ=dict(os.environ),
        max_examples=2,
        operations=(DETAILS,),
        record_evidence=evidence,
    )
    assert config.client_secret == CANARY_SECRET
    assert run_drift(config) == 1
    assert leaky.tokens - {""}, "the details operation was never called with a token"
    texts = {name: (out / name).read_text() for name in OUTPUTS}
    # The schema check quotes the leaked values; it is evidence of the probe's finding on the same field.
    assert "Also seen by response-schema-conformance" in texts["drift.md"]
    assert "Also seen by response-schema-conformance" in texts["junit.xml"]
    # --record-evidence: every probe answer stored, as the fidelity replay reads it, and redacted too.
    recorded = load_cases(evidence)
    assert DETAILS in {case.operation for case in recorded}
    assert all(case.kind == "answer" for case in recorded)
    texts |= {path.name: path.read_text() for path in evidence.iterdir()}
    for name, text in texts.items():
        assert CANARY_SECRET not in text, name
        for token in leaky.tokens - {""}:
            assert token not in text, name
    traffic = json.loads(texts["drift.json"])["summary"]["sections"]["server"]["traffic"]
    assert traffic["sent"] > 0 and traffic["reported"] == 0


@pytest.mark.slow
def test_the_nightly_job_offline_writes_the_three_files(tmp_path: Path) -> None:
    upstream = require_upstream()
    env = {k: v for k, v in os.environ.items() if not k.startswith("INGRAM_")}
    out = tmp_path / "drift-report"
    command = [sys.executable, "-m", "ingram_contract.drift", "--out", str(out), "--upstream", str(upstream)]
    result = subprocess.run(
        [*command, "--max-examples", "3"], env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "checking a local sandbox" in result.stderr
    assert all((out / name).exists() for name in OUTPUTS)
    document: dict[str, Any] = json.loads((out / "drift.json").read_text())
    assert document["summary"]["new"] == 0
    ET.parse(out / "junit.xml")  # noqa: S314 - our own output
    assert "| Endpoint | v6 | v6.1 | v7 |" in (out / "drift.md").read_text()


def test_write_baseline_accepts_the_findings_and_keeps_the_reasons(
    faulty: Callable[[Fault], str], tmp_path: Path, upstream_file: Path
) -> None:
    base_url = faulty(_details_as_text)
    path = _baseline(tmp_path)
    assert _quick_run(base_url, tmp_path / "a", upstream_file, path) == 1
    first = json.loads((tmp_path / "a" / "drift.json").read_text())["findings"]
    one = next(f for f in first if f["status"] == "new")
    kept = {"key": "stays", "source": "server", "check": one["check"], "reason": "an old reason"}
    path.write_text(json.dumps({"known": [kept]}))
    assert _quick_run(base_url, tmp_path / "b", upstream_file, path, write_baseline=True) == 1
    written = json.loads(path.read_text())["known"]
    # The run looked at one operation only: the entry it could not see is kept with its reason.
    assert {"key": "stays", "reason": "an old reason"}.items() <= next(
        e for e in written if e["key"] == "stays"
    ).items()
    assert len(written) == 1 + sum(1 for f in first if f["status"] == "new")
    assert _quick_run(base_url, tmp_path / "c", upstream_file, path) == 0
