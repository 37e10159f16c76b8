"""Each operation is its own test id, per mode, in the collected suite (and so in the JUnit report).

schemathesis 4.32.5's `schema.parametrize()` under pytest 9.2.0 yields one item per operation, but every
item has the same id (`test_api`, no `[METHOD /path]` suffix): the JUnit report cannot tell operations
apart and `-k` cannot select one. The suite therefore parametrises over operation labels itself; the
second test pins the upstream behaviour, so a fixed schemathesis is noticed (then switching is an option).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

import pytest

from ingram_contract import facts
from tests.contract.test_mock_mode import OPERATIONS
from tests.contract.test_server import SERVER_OPERATIONS


def _collect(*args: str, cwd: Path = facts.REPO_ROOT) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", *args],
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(facts.REPO_ROOT)},
        capture_output=True,
        text=True,
        check=False,
        timeout=240,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return [line for line in result.stdout.splitlines() if "::" in line]


def test_every_operation_and_mode_has_its_own_id() -> None:
    ids = _collect("tests/contract/test_server.py", "tests/contract/test_mock_mode.py", "-m", "not live")
    assert len(ids) == len(set(ids)), [item for item, n in Counter(ids).items() if n > 1]
    expected = {
        f"tests/contract/test_server.py::test_positive_cases_conform[local-{label}]"
        for label in SERVER_OPERATIONS
    }
    expected |= {
        f"tests/contract/test_server.py::test_negative_cases_are_rejected[local-{label}]"
        for label in SERVER_OPERATIONS
    }
    expected |= {
        f"tests/contract/test_mock_mode.py::test_client_requests_conform[{label}]" for label in OPERATIONS
    }
    expected |= {
        f"tests/contract/test_mock_mode.py::test_client_parses_every_allowed_response[{label}]"
        for label in OPERATIONS
    }
    assert expected <= set(ids), sorted(expected - set(ids))
    assert len(expected) == 2 * 8 + 2 * 9


@pytest.mark.slow
def test_schemathesis_parametrize_collapses_ids_under_pytest_9(tmp_path: Path) -> None:
    (tmp_path / "test_schemathesis_ids.py").write_text(
        textwrap.dedent(
            f"""
            import schemathesis

            schema = schemathesis.openapi.from_path(
                {str(facts.CONTRACT_PATH)!r}, config=schemathesis.Config()
            )

            @schema.parametrize()
            def test_api(case):
                pass
            """
        )
    )
    ids = _collect(str(tmp_path), f"--rootdir={tmp_path}", cwd=tmp_path)
    assert len(ids) == 9, ids
    # If this fails, schemathesis names its items per operation again: see the module docstring.
    assert len(set(ids)) == 1, ids
