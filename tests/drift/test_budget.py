"""The drift run's time budget: a server that accepts connections and never answers still gets a report,
quickly, naming the timeouts; and the budget's rules, step by step on a manual clock."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from ingram_contract import facts
from ingram_contract.checks import TimeBudget
from ingram_contract.drift.run import run_drift
from ingram_contract.spec.operations import ContractIndex
from tests.drift.conftest import drift_config


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_two_operations_timing_out_in_a_row_mean_the_server_is_hung() -> None:
    budget = TimeBudget(hung_after=2)
    budget.timed_out("GET /a")
    budget.timed_out("GET /a")
    assert budget.refusal() is None, "one slow operation is that operation's finding, not a hung server"
    budget.timed_out("GET /b")
    refused = budget.refusal()
    assert refused is not None and refused[0] == "timeout"
    assert "GET /a, GET /b" in refused[1]
    budget.answered()
    assert budget.refusal() is None


def test_an_answer_between_timeouts_resets_the_count() -> None:
    budget = TimeBudget(hung_after=2)
    budget.timed_out("GET /a")
    budget.answered()
    budget.timed_out("GET /b")
    assert budget.refusal() is None


def test_the_run_budget_runs_out_and_cuts_request_timeouts() -> None:
    clock = _Clock()
    budget = TimeBudget(run_seconds=30, operation_seconds=5, clock=clock)
    deadline = budget.operation_deadline()
    clock.now = 4
    assert not budget.past(deadline) and budget.request_timeout(10) == 10
    clock.now = 25
    assert budget.past(deadline) and budget.request_timeout(10) == 5
    clock.now = 30
    refused = budget.refusal()
    assert refused is not None and refused[0] == "time-budget" and "30 s" in refused[1]


@pytest.fixture
def silent_server() -> Iterator[tuple[str, list[socket.socket]]]:
    """A loopback socket that accepts every connection and never answers."""
    listener = socket.create_server((facts.LOCAL_SANDBOX_HOST, 0), backlog=64)
    listener.settimeout(0.2)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            accepted.append(connection)

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    port = listener.getsockname()[1]
    try:
        yield f"http://{facts.LOCAL_SANDBOX_HOST}:{port}{facts.SANDBOX_PREFIX}", accepted
    finally:
        stop.set()
        thread.join()
        for connection in accepted:
            connection.close()
        listener.close()


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_a_server_that_never_answers_gets_a_report_naming_the_timeouts(
    silent_server: tuple[str, list[socket.socket]], tmp_path: Path, upstream_file: Path
) -> None:
    base_url, accepted = silent_server
    out = tmp_path / "out"
    assert run_drift(drift_config(base_url, out, upstream_file, max_examples=3)) == 1
    report = json.loads((out / "drift.json").read_text())
    server = [f for f in report["findings"] if f["source"] == "server"]
    timeouts = {f["operation"] for f in server if f["check"] == "timeout"}
    served = {operation.label for operation in ContractIndex.load(facts.CONTRACT_PATH).served()}
    assert timeouts == served, server
    assert any("taken as hung" in f["message"] for f in server), server
    # Bounded by the budget, not by the plan: once hung, nothing more is sent (3 waits, not 16 or more).
    assert len(accepted) <= 4, len(accepted)
    assert report["summary"]["sections"]["server"]["complete"] is False
