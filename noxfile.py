"""The project's entry points: `nox -l` lists them. Dependencies come from pyproject.toml's groups."""

from __future__ import annotations

import os
from pathlib import Path

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_venv = "yes"
nox.options.error_on_external_run = True
nox.options.sessions = ["validate", "lint", "typecheck", "tests", "contract"]

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")
SHARED_UPSTREAM = ROOT.parent / "shared" / "upstream" / "XI-Resellers-API-Spec.yaml"


def _install(session: nox.Session, *groups: str, tools: bool = True) -> None:
    session.install("--upgrade", "pip>=25.1", silent=True)
    session.install("-e", ".[tools]" if tools else ".")
    if groups:
        session.install(*nox.project.dependency_groups(PYPROJECT, *groups))


@nox.session
def generate(session: nox.Session) -> None:
    """Vendor the upstream spec, apply spec/corrections.yaml, regenerate generated/ (--from SRC)."""
    _install(session, "generate")
    session.run("python", "-m", "ingram_contract.spec.pipeline", "generate", *session.posargs)


@nox.session
def validate(session: nox.Session) -> None:
    """Contract validity, every example against its schema, generator warnings, freshness of outputs."""
    _install(session, "generate")
    session.run("python", "-m", "ingram_contract.spec.pipeline", "validate", *session.posargs)


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
    """The pytest suite (spec, runtime, sandbox, drift); the contract suite is its own session."""
    _install(session, "test")
    session.run("pytest", "--ignore=tests/contract", *session.posargs)


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


@nox.session(default=False, tags=["nightly"])
def drift(session: nox.Session) -> None:
    """The nightly drift report: the real sandbox with credentials, else a local sandbox it starts."""
    _install(session, "generate")
    args = list(session.posargs)
    if "--upstream" not in args and SHARED_UPSTREAM.exists() and not os.environ.get("INGRAM_UPSTREAM"):
        args += ["--upstream", str(SHARED_UPSTREAM)]
    session.run("python", "-m", "ingram_contract.drift", *args)


@nox.session(default=False)
def sandbox(session: nox.Session) -> None:
    """Serve the local sandbox on 127.0.0.1:8765 (pass ingram-contract sandbox options after --)."""
    _install(session)
    session.run("ingram-contract", "sandbox", *session.posargs)
