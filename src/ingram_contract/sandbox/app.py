"""The sandbox's ASGI app: `create_app(config)` builds a Starlette app whose routes come from the contract.

Every contract operation is served twice, under `/sandbox` (like the vendor's sandbox host) and without
the prefix; the token endpoint lives at the root only. A request goes: bearer token → contract
validation → the operation's handler (`routes.HANDLERS`) → a JSON answer that echoes `IM-CorrelationID`
and `IM-SenderID`.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ingram_contract import facts
from ingram_contract.sandbox.config import SandboxConfig
from ingram_contract.sandbox.contract import Contract
from ingram_contract.sandbox.endpoints import endpoint, json_response, not_found
from ingram_contract.sandbox.handlers.token import token_endpoint
from ingram_contract.sandbox.limits import RequestLimits
from ingram_contract.sandbox.routes import HANDLERS, not_implemented
from ingram_contract.sandbox.state import Sandbox

__all__ = ["SandboxConfig", "create_app"]


async def _health(request: Request) -> Response:
    return json_response(200, {"status": "ok"})


def create_app(config: SandboxConfig | None = None, *, contract: Contract | None = None) -> Starlette:
    """Build a sandbox app. The contract is read now (default: `config.contract_path`); the database is
    opened by the app's lifespan, so building an app touches no state."""
    config = config or SandboxConfig()
    contract = contract or Contract.load(config.contract_path)
    sandbox = Sandbox(config, contract)
    served: list[tuple[str, str, Callable[[Request], Awaitable[Response]]]] = []
    for key, operation in contract.operations.items():
        if operation.path.lower() == facts.TOKEN_PATH or "/webhooks/" in operation.path.lower():
            continue
        handler = HANDLERS.get(key, not_implemented)
        served.append((operation.method, operation.path, endpoint(sandbox, operation, handler)))
    # The hot read path first: Starlette tries routes in order.
    served.sort(key=lambda item: (item[0] != "GET", "search" in item[1]))
    routes = [
        Route(facts.TOKEN_PATH, token_endpoint(sandbox), methods=["GET", "POST"]),
        Route("/health", _health, methods=["GET"]),
    ]
    for prefix in (facts.SANDBOX_PREFIX, ""):
        routes.extend(Route(prefix + path, serve, methods=[method]) for method, path, serve in served)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await sandbox.startup()
        try:
            yield
        finally:
            await sandbox.shutdown()

    app = Starlette(routes=routes, lifespan=lifespan, middleware=[Middleware(RequestLimits)])
    app.router.default = not_found
    app.state.sandbox = sandbox
    return app
