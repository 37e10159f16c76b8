"""The contract suite's fixtures: the server targets (local sandbox over uvicorn, live sandbox) and sizes.

The local sandbox is served by uvicorn on a free loopback port for the whole session and reached with
the real OAuth flow (POST form to its token endpoint). The live target is the vendor's sandbox, selected
with `-m live` and skipped with the reason when the credentials are not in the environment.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from ingram_contract import facts
from ingram_contract.checks import ServerChecker, ServerTarget, writes_allowed_by_env
from ingram_contract.sandbox import SandboxConfig, create_app
from ingram_contract.sandbox.server import serve_app

# Sized for the 2-core CI runner: the whole `nox -s contract` stays well under its budget (see README).
SEED = 20_240_116
MAX_EXAMPLES = 12
MOCK_MAX_EXAMPLES = 10
STATEFUL_EXAMPLES = 12

# Findings a server is known to produce because the contract, not the server, lags behind:
# (operation, check, detail). Empty: each gap found so far became a correction in spec/corrections.yaml.
KNOWN_CONTRACT_GAPS: frozenset[tuple[str, str, str]] = frozenset()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--allow-production-writes",
        action="store_true",
        default=False,
        help="let the suite send POST/PUT/DELETE to hosts other than the vendor's sandbox or loopback",
    )


def production_writes_allowed(config: pytest.Config) -> bool:
    """The pytest option or the environment flag."""
    option = bool(config.getoption("--allow-production-writes", default=False))
    return option or writes_allowed_by_env()


class ServedApp:
    """An ASGI app served on a free loopback port (for the session or a test)."""

    def __init__(self, app: Any) -> None:
        self._served = serve_app(app, startup_timeout=15)
        self.origin = ""  # `http://127.0.0.1:PORT` once entered

    def __enter__(self) -> ServedApp:
        self.origin = self._served.__enter__()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._served.__exit__(None, None, None)


@dataclass(frozen=True)
class Target:
    """A server the suite runs against: where, as whom, and what may be sent there."""

    name: str
    server: ServerTarget
    negative: bool
    local: bool
    known: frozenset[tuple[str, str, str]] = field(default_factory=frozenset)


@pytest.fixture(scope="session")
def local_sandbox() -> Iterator[ServedApp]:
    """The local sandbox on a free loopback port, for the session."""
    with ServedApp(create_app(SandboxConfig())) as served:
        yield served


@pytest.fixture(scope="session", params=["local", pytest.param("live", marks=pytest.mark.live)])
def target(request: pytest.FixtureRequest) -> Target:
    """The suite's base URL: the local sandbox (CI) or the vendor's sandbox (`-m live`)."""
    allow = production_writes_allowed(request.config)
    if request.param == "local":
        served: ServedApp = request.getfixturevalue("local_sandbox")
        server = ServerTarget(
            base_url=served.origin + facts.SANDBOX_PREFIX,
            client_id=facts.LOCAL_SANDBOX_CLIENT_ID,
            client_secret=facts.LOCAL_SANDBOX_CLIENT_SECRET,
            token_url=served.origin + facts.TOKEN_PATH,
            sender_id="ingram-contract-suite",
            allow_production_writes=allow,
        )
        return Target("local", server, negative=True, local=True, known=KNOWN_CONTRACT_GAPS)
    client_id = os.environ.get(facts.ENV_CLIENT_ID)
    client_secret = os.environ.get(facts.ENV_CLIENT_SECRET)
    if not client_id or not client_secret:
        pytest.skip(
            f"the live sandbox needs credentials: set {facts.ENV_CLIENT_ID} and {facts.ENV_CLIENT_SECRET}"
        )
    server = ServerTarget(
        base_url=facts.SANDBOX_URL,
        client_id=client_id,
        client_secret=client_secret,
        customer_number=os.environ.get(facts.ENV_CUSTOMER_NUMBER, facts.DEFAULT_CUSTOMER_NUMBER),
        country_code=os.environ.get(facts.ENV_COUNTRY_CODE, facts.DEFAULT_COUNTRY_CODE),
        sender_id=os.environ.get(facts.ENV_SENDER_ID) or None,
        timeout=30.0,
        allow_production_writes=allow,
        # Polite by default (checks.polite: 2/s, 2,000 requests); the environment may tighten or lift it.
        rate=float(os.environ[facts.ENV_RATE]) if os.environ.get(facts.ENV_RATE) else None,
        request_budget=int(os.environ[facts.ENV_REQUEST_BUDGET])
        if os.environ.get(facts.ENV_REQUEST_BUDGET)
        else None,
    )
    # The vendor's sandbox is shared: no negative fuzzing there, only what the contract allows.
    return Target("live", server, negative=False, local=False, known=KNOWN_CONTRACT_GAPS)


@pytest.fixture(scope="session")
def checker(target: Target) -> Iterator[ServerChecker]:
    """One checker per target for the session (one token, one HTTP session)."""
    with ServerChecker(facts.CONTRACT_PATH, target.server, max_examples=MAX_EXAMPLES, seed=SEED) as created:
        yield created
