"""The product as users install it: the wheel built from this checkout, installed in fresh venvs in a
temporary folder outside the checkout, used there through its commands (`nox -s package`).

Self-contained on purpose: the session runs it with `--noconftest` and without the project installed,
so nothing here can lean on the checkout's import path.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PINNED_UPSTREAM = ROOT / "spec" / "upstream" / "XI-Resellers-API-Spec.yaml.gz"
# Checkout file → where the wheel carries it (pyproject.toml's force-include).
DATA_FILES = {
    "openapi.yaml": "ingram_contract/_data/openapi.yaml",
    "spec/corrections.yaml": "ingram_contract/_data/spec/corrections.yaml",
    "spec/descriptions.yaml": "ingram_contract/_data/spec/descriptions.yaml",
    "spec/drift-baseline.json": "ingram_contract/_data/spec/drift-baseline.json",
    "spec/response-shapes.json": "ingram_contract/_data/spec/response-shapes.json",
    "generator-config.yml": "ingram_contract/_data/generator-config.yml",
    "generated/PROVENANCE.json": "ingram_contract/_data/generated/PROVENANCE.json",
}
USER_SCRIPT = """
from ingram_contract.runtime import Account, connect
from ingram_orders.api.orders import get_orderdetails_v6_1
from ingram_orders.models import OrderDetailB2B
from ingram_orders.types import Unset


def status(number: str) -> str | None:
    with connect("sandbox") as client:
        order = get_orderdetails_v6_1.sync(number, client=client, **Account.sandbox().kwargs())
    if not isinstance(order, OrderDetailB2B) or isinstance(order.order_status, Unset):
        return None
    return order.order_status
"""
PLUGIN_SUITE = """
from ingram_orders.api.orders import get_orderdetails_v6_1


def test_shipped_order(ingram_client, ingram_sandbox):
    order = get_orderdetails_v6_1.sync("20-RD128", client=ingram_client, **ingram_sandbox.account.kwargs())
    assert order.ingram_order_number == "20-RD128"
"""
# With real types this assignment is an error; were the package untyped (Any), mypy would accept it.
BAD_LINE = "\n\nwrong: int = OrderDetailB2B().order_status\n"


@pytest.fixture(scope="module")
def uv() -> str:
    module = pytest.importorskip("uv", reason="the `package` dependency group installs uv")
    return str(module.find_uv_bin())


@pytest.fixture(scope="module")
def outside(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A working folder that is not inside the checkout."""
    folder = tmp_path_factory.mktemp("user")
    assert not folder.resolve().is_relative_to(ROOT)
    return folder


def _env() -> dict[str, str]:
    """The environment a user's shell would have: no checkout on the path, no credentials."""
    drop = ("PYTHONPATH", "VIRTUAL_ENV", "INGRAM_")
    return {key: value for key, value in os.environ.items() if not key.startswith(drop)}


def _run(*command: str | Path, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command], cwd=cwd, env=_env(), capture_output=True, text=True, timeout=timeout
    )


@pytest.fixture(scope="module")
def wheel(uv: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    result = _run(uv, "build", "--wheel", "--out-dir", out, ROOT, cwd=out)
    assert result.returncode == 0, result.stderr
    (built,) = out.glob("*.whl")
    return built


def _venv(uv: str, wheel: Path, folder: Path, extra: str) -> Path:
    result = _run(uv, "venv", "--quiet", "--python", sys.executable, folder, cwd=folder.parent)
    assert result.returncode == 0, result.stderr
    python = folder / "bin" / "python"
    requirement = f"ingram-orders-contract{extra} @ {wheel.as_uri()}"
    result = _run(uv, "pip", "install", "--quiet", "--python", python, requirement, cwd=folder.parent)
    assert result.returncode == 0, result.stderr
    return folder / "bin"


@pytest.fixture(scope="module")
def tools(uv: str, wheel: Path, outside: Path) -> Path:
    """The bin/ of a fresh venv with the wheel and its `tools` extra."""
    return _venv(uv, wheel, outside / "venv-tools", "[tools]")


@pytest.fixture(scope="module")
def bare(uv: str, wheel: Path, outside: Path) -> Path:
    """The bin/ of a fresh venv with the wheel alone (the client users)."""
    return _venv(uv, wheel, outside / "venv-bare", "")


def test_the_wheel_carries_both_type_markers_and_the_data_files(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        assert {"ingram_orders/py.typed", "ingram_contract/py.typed"} <= names
        for source, packaged in DATA_FILES.items():
            assert archive.read(packaged) == (ROOT / source).read_bytes(), source
        entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        assert "ingram_contract = ingram_contract.pytest_plugin" in archive.read(entry_points).decode()


def test_version(tools: Path, bare: Path, outside: Path) -> None:
    for bin_dir in (tools, bare):
        result = _run(bin_dir / "ingram-contract", "--version", cwd=outside)
        assert result.returncode == 0, result.stderr
        assert re.match(r"ingram-contract \d+\.\d+\.\d+ ", result.stdout), result.stdout


@pytest.fixture
def served(tools: Path, outside: Path) -> Iterator[tuple[subprocess.Popen[str], str]]:
    command = [str(tools / "ingram-contract"), "sandbox", "--port", "0"]
    with subprocess.Popen(
        command, cwd=outside, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as process:
        try:
            assert process.stdout is not None
            line = process.stdout.readline()
            match = re.search(r"listening on (http://\S+)", line)
            assert match, line
            yield process, match[1]
        finally:
            if process.poll() is None:
                process.kill()


def test_the_sandbox_serves_from_the_installed_package(
    served: tuple[subprocess.Popen[str], str],
) -> None:
    process, base_url = served
    origin = base_url.removesuffix("/sandbox")
    with urllib.request.urlopen(origin + "/health", timeout=10) as answer:  # noqa: S310 - loopback
        assert answer.status == 200
    form = b"grant_type=client_credentials&client_id=sandbox-client&client_secret=sandbox-secret"
    token = urllib.request.Request(origin + "/oauth/oauth20/token", data=form, method="POST")  # noqa: S310
    with urllib.request.urlopen(token, timeout=10) as answer:  # noqa: S310 - loopback
        assert json.loads(answer.read())["access_token"]
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=15) == 0


def test_a_drift_run_from_the_installed_package_exits_0_and_drift_json_agrees(
    tools: Path, outside: Path
) -> None:
    out = outside / "drift-report"
    command = [tools / "ingram-contract", "drift", "--upstream", PINNED_UPSTREAM, "--out", out]
    result = _run(*command, "--max-examples", "3", cwd=outside)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == "drift: exit 0: no new finding"
    summary = json.loads((out / "drift.json").read_text())["summary"]
    assert summary["exit_code"] == 0
    assert all(section["ran"] and section["complete"] for section in summary["sections"].values())


def test_the_client_is_typed_for_a_users_mypy_strict(tools: Path, outside: Path) -> None:
    result = _run(tools / "python", "-c", "import ingram_orders, ingram_contract.runtime", cwd=outside)
    assert result.returncode == 0, result.stderr
    script = outside / "user_script.py"
    mypy = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--no-incremental",
        "--python-executable",
        tools / "python",
    ]
    script.write_text(USER_SCRIPT)
    result = _run(*mypy, script, cwd=outside)
    assert result.returncode == 0, result.stdout
    script.write_text(USER_SCRIPT + BAD_LINE)
    result = _run(*mypy, script, cwd=outside)
    assert result.returncode == 1 and "Incompatible types in assignment" in result.stdout, result.stdout


@pytest.mark.parametrize(
    "command", [["sandbox"], ["drift"], ["diff", "a.yaml", "b.yaml"], ["vendor", "--from", "a.yaml"]]
)
def test_without_the_extra_one_line_names_it_and_exit_2(
    command: list[str], bare: Path, outside: Path
) -> None:
    result = _run(bare / "ingram-contract", *command, cwd=outside)
    assert result.returncode == 2, result.stdout + result.stderr
    (line,) = result.stderr.splitlines()
    assert "ingram-orders-contract[tools]" in line, line


def test_a_users_suite_gets_the_sandbox_fixtures_from_the_installed_plugin(
    uv: str, tools: Path, outside: Path
) -> None:
    result = _run(uv, "pip", "install", "--quiet", "--python", tools / "python", "pytest", cwd=outside)
    assert result.returncode == 0, result.stderr
    suite = outside / "suite"
    suite.mkdir()
    (suite / "test_integration.py").write_text(PLUGIN_SUITE)
    result = _run(tools / "python", "-m", "pytest", "-q", "-p", "no:cacheprovider", suite, cwd=suite)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout
