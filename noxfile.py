"""The project's entry points: `nox -l` lists them. Dependencies come from pyproject.toml's groups."""

from __future__ import annotations

from pathlib import Path

import nox

# dependency_groups (2025.2.9) and the "uv|venv" backend fallback.
nox.needs_version = ">=2025.2.9"
# uv when nox can find it (installs in seconds), else the standard library's venv + pip.
nox.options.default_venv_backend = "uv|venv"
nox.options.reuse_venv = "yes"
nox.options.error_on_external_run = True
nox.options.sessions = ["validate", "lint", "typecheck", "tests", "contract", "package"]

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")


def _install(session: nox.Session, *groups: str, tools: bool = True) -> None:
    """The project (editable) and the groups in one resolve, so the groups' exact pins win."""
    session.install("-e", ".[tools]" if tools else ".", *nox.project.dependency_groups(PYPROJECT, *groups))


@nox.session
def generate(session: nox.Session) -> None:
    """Vendor the pinned upstream snapshot, apply the overlays, regenerate generated/ (--from SRC)."""
    _install(session, "generate")
    session.run("ingram-contract", "generate", *session.posargs)


@nox.session
def validate(session: nox.Session) -> None:
    """Contract validity, every example against its schema, generator warnings, freshness of outputs."""
    _install(session, "generate")
    session.run("ingram-contract", "validate", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check on the hand-written code."""
    session.install(*nox.project.dependency_groups(PYPROJECT, "lint"))
    session.run("ruff", "check", "src", "tests", "benchmarks", "examples", "noxfile.py", *session.posargs)
    session.run("ruff", "format", "--check", "src", "tests", "benchmarks", "examples", "noxfile.py")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on src/ingram_contract, the generated ingram_orders package and examples/."""
    _install(session, "typecheck")
    session.run("mypy", *session.posargs)
    session.run("mypy", "--strict", "generated/ingram_orders")
    session.run("mypy", "--strict", "examples")


@nox.session
def tests(session: nox.Session) -> None:
    """The pytest suite (spec, runtime, sandbox, drift, plugin, examples); not contract or package."""
    _install(session, "test")
    wheel = "--ignore=tests/packaging/test_installed_wheel.py"
    session.run("pytest", "--ignore=tests/contract", wheel, *session.posargs)


@nox.session
def contract(session: nox.Session) -> None:
    """Schemathesis contract suite: local sandbox over HTTP + respx mock mode (-- --live: real sandbox)."""
    _install(session, "test")
    args = list(session.posargs)
    if "--live" in args:
        args.remove("--live")
        session.run("pytest", "tests/contract", "-m", "live", *args)
        return
    session.run("pytest", "tests/contract", "-m", "not live", "--junitxml=.nox/contract-junit.xml", *args)


@nox.session
def package(session: nox.Session) -> None:
    """Build the wheel, install it in fresh venvs outside the checkout, use it there as a user would."""
    session.install(*nox.project.dependency_groups(PYPROJECT, "package"))
    # The project is not installed here: the tests' conftest (which imports it) is not loaded either.
    session.run("pytest", "--noconftest", "tests/packaging/test_installed_wheel.py", *session.posargs)


@nox.session(default=False, tags=["nightly"])
def drift(session: nox.Session) -> None:
    """The drift report: the real sandbox with credentials, else a local sandbox it starts (see README)."""
    _install(session)
    session.run("ingram-contract", "drift", *session.posargs)


@nox.session(default=False)
def sandbox(session: nox.Session) -> None:
    """Serve the local sandbox on 127.0.0.1:8765 (pass ingram-contract sandbox options after --)."""
    _install(session)
    session.run("ingram-contract", "sandbox", *session.posargs)
