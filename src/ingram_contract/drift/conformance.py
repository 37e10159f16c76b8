"""The contract suite's server checks (`ingram_contract.checks`), run by the drift report.

Every check, its deduplication, transport failures and redacted curl reproductions live in `checks/`,
and so does the one operations × modes loop (`check_operations`); this module picks the operations and
splits the findings. The raw upstream cut is judged alongside the contract: what upstream rejects and the
contract accepts is not drift (the contract corrects upstream on purpose), it is the list of corrections
the server still needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from ingram_contract.checks import ServerChecker, ServerTarget, TimeBudget, check_operations
from ingram_contract.checks.polite import Politeness
from ingram_contract.drift.probe import SENDER_ID
from ingram_contract.findings import CONTRACT_DOCUMENT, Finding

if TYPE_CHECKING:
    from ingram_contract.drift.run import DriftConfig

UPSTREAM_DOCUMENT = "upstream"


@dataclass
class Conformance:
    """The checks' drift findings, and what only the raw upstream rejects (`METHOD /path: check detail`)."""

    findings: list[Finding] = field(default_factory=list)
    upstream_only: list[str] = field(default_factory=list)


def server_checks(
    contract: dict[str, Any],
    config: DriftConfig,
    upstream_cut: dict[str, Any] | None,
    budget: TimeBudget,
    politeness: Politeness | None = None,
) -> Conformance:
    """Generated cases for every operation (or `config.operations`), both modes, then the stateful
    sequences; each answer judged against the contract and, when given, the raw upstream cut."""
    target = ServerTarget(
        base_url=config.base_url,
        client_id=config.client_id,
        client_secret=config.client_secret,
        token_url=config.token_url,
        sender_id=SENDER_ID,
        rate=config.rate,
        request_budget=config.request_budget,
    )
    extra = {UPSTREAM_DOCUMENT: upstream_cut} if upstream_cut is not None else None
    with ServerChecker(
        contract,
        target,
        max_examples=config.max_examples,
        seed=config.seed,
        extra_documents=extra,
        budget=budget,
        politeness=politeness,
    ) as checker:
        labels = [
            label for label in checker.operations if not config.operations or label in config.operations
        ]
        found = check_operations(checker, labels, stateful=config.stateful and not config.operations)
    result = Conformance()
    contract_keys = {f.key for f in found if f.document == CONTRACT_DOCUMENT}
    for item in found:
        if item.document == CONTRACT_DOCUMENT:
            result.findings.append(item)
        elif replace(item.key, document=CONTRACT_DOCUMENT) not in contract_keys:
            result.upstream_only.append(f"{item.operation}: {item.check} {item.detail}".strip())
    result.upstream_only = sorted(set(result.upstream_only))
    return result
