"""The contract suite's throughput and wall time on this machine.

- server mode: generated cases per second through `ServerChecker` (generation, HTTP to the local sandbox
  served by uvicorn on loopback, all of schemathesis' checks), per operation and mode, then the stateful
  sequences;
- mock mode: client calls per second (generated requests captured by respx plus responses parsed);
- the suite: wall time of `pytest tests/contract -m "not live"` (what `nox -s contract` runs), in a
  subprocess.

    python benchmarks/bench_contract.py [--max-examples 12] [--skip-suite] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]


from ingram_contract import facts  # noqa: E402
from ingram_contract.checks import MODES, ServerChecker, ServerTarget, orderable_create  # noqa: E402
from ingram_contract.sandbox import SandboxConfig, create_app  # noqa: E402
from ingram_contract.sandbox.server import serve_app  # noqa: E402
from ingram_contract.spec.load import load_spec  # noqa: E402

SEED = 20_240_116


def bench_server(max_examples: int) -> dict[str, Any]:
    """Cases/s of server mode, per operation and mode, and for the stateful sequences."""
    rows = []
    with serve_app(create_app(SandboxConfig())) as origin:
        target = ServerTarget(
            base_url=origin + facts.SANDBOX_PREFIX,
            client_id=facts.LOCAL_SANDBOX_CLIENT_ID,
            client_secret=facts.LOCAL_SANDBOX_CLIENT_SECRET,
            token_url=origin + facts.TOKEN_PATH,
            sender_id="bench",
        )
        started = time.perf_counter()
        with ServerChecker(facts.CONTRACT_PATH, target, max_examples=max_examples, seed=SEED) as checker:
            for label in checker.operations:
                for mode in MODES:
                    before, clock = checker.cases_sent, time.perf_counter()
                    checker.check_operation(label, mode)
                    rows.append(_row(f"{label} ({mode})", checker.cases_sent - before, clock))
            before, clock = checker.cases_sent, time.perf_counter()
            checker.run_stateful(prepare=orderable_create)
            rows.append(_row("stateful sequences", checker.cases_sent - before, clock))
            total = _row("server mode, all", checker.cases_sent, started)
    return {"rows": rows, "total": total}


def bench_mock(max_examples: int) -> dict[str, Any]:
    """Client calls/s of mock mode (requests built and captured, responses parsed)."""
    from tests.contract.mockmode import ClientContractChecker, contract_operations

    document = load_spec(facts.CONTRACT_PATH).document
    checker = ClientContractChecker(document)
    rows = []
    started = time.perf_counter()
    calls = 0
    for operation in contract_operations(document):
        clock = time.perf_counter()
        report = checker.check(operation.label, max_examples=max_examples, seed=SEED)
        done = report.requests_checked + report.responses_checked
        calls += done
        rows.append(_row(operation.label, done, clock))
    return {"rows": rows, "total": _row("mock mode, all", calls, started)}


def bench_suite() -> dict[str, Any]:
    """Wall time of the contract suite as `nox -s contract` runs it (without nox's install step)."""
    clock = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/contract", "-m", "not live", "-q", "-p", "no:cacheprovider"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - clock
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr[-300:]
    return {"seconds": round(seconds, 1), "exit": result.returncode, "summary": summary}


def _row(name: str, cases: int, since: float) -> dict[str, Any]:
    seconds = time.perf_counter() - since
    return {
        "name": name,
        "cases": cases,
        "seconds": round(seconds, 2),
        "per_second": round(cases / seconds, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-examples", type=int, default=12)
    parser.add_argument("--skip-suite", action="store_true", help="do not time the whole pytest suite")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args(argv)
    figures: dict[str, Any] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        "max_examples": args.max_examples,
        "server": bench_server(args.max_examples),
        "mock": bench_mock(args.max_examples),
    }
    if not args.skip_suite:
        figures["suite"] = bench_suite()
    print(f"Machine: {figures['machine']}; max_examples={args.max_examples}\n")
    for part in ("server", "mock"):
        print(f"| {part} mode | cases | s | cases/s |\n|---|---:|---:|---:|")
        for row in [*figures[part]["rows"], figures[part]["total"]]:
            print(f"| {row['name']} | {row['cases']} | {row['seconds']} | {row['per_second']} |")
        print()
    if "suite" in figures:
        suite = figures["suite"]
        print(
            f"Suite wall time (pytest tests/contract -m 'not live'): {suite['seconds']} s, {suite['summary']}"
        )
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
