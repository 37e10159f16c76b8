"""The contract suite's server checks (`ingram_contract.checks`), run by the drift report.

Every check, its deduplication and its curl reproductions live in `checks/`; this module only maps its
findings onto the drift report's model. Findings judged against the raw upstream document are not drift
(the contract corrects upstream on purpose); they feed the corrections summary instead.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ingram_contract.drift.model import Finding, Section

if TYPE_CHECKING:
    from ingram_contract.drift.run import DriftConfig


def server_checks(contract: dict[str, Any], config: DriftConfig, section: Section) -> list[Finding] | None:
    """The checks' findings against the contract, or None when the checks are not available."""
    try:
        module = importlib.import_module("ingram_contract.checks")
        run_server_checks = module.run_server_checks
    except (ImportError, AttributeError) as exc:
        section.notes.append(f"conformance checks not run: ingram_contract.checks has no entry point ({exc})")
        return None
    found: Any = run_server_checks(
        contract,
        config.base_url,
        token_url=config.token_url,
        client_id=config.client_id,
        client_secret=config.client_secret,
        max_examples=config.max_examples,
        seed=config.seed,
    )
    return [
        Finding(
            "server",
            str(item.operation),
            "error" if item.severity == "error" else "warning",
            str(item.check),
            str(item.message),
            str(item.reproduction),
            key=f"server|{item.key}",
        )
        for item in found
    ]
