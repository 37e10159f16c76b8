"""A local, stateful emulator of Ingram Micro's Orders API, driven by the corrected contract.

`create_app(...)` builds the ASGI app (for in-process use and tests); `server.run_sandbox(args)` serves it
with uvicorn for the `ingram-contract sandbox` command.
"""

from __future__ import annotations

from ingram_contract.sandbox.app import SandboxConfig, create_app

__all__ = ["SandboxConfig", "create_app"]
