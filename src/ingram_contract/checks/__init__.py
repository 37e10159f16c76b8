"""The conformance machinery shared by the contract suite (tests/contract) and the drift run.

- `registry`: every check, listed with its severity; `project`: the project's own checks;
- `ServerChecker` / `check_operations`: schemathesis against a base URL, the one operations × modes loop,
  transport failures as findings, other documents (the raw upstream) judged alongside, within a
  `TimeBudget`;
- `Redactor`: secrets and bearer tokens out of reproductions, logs and reports;
- `ensure_write_allowed`: no mutating request outside the vendor's sandbox or loopback unless allowed.

Findings are `ingram_contract.findings.Finding`, re-exported here with `dedupe` and `summarise`.
"""

from __future__ import annotations

from ingram_contract.checks.budget import TimeBudget
from ingram_contract.checks.project import CorrelationIdNotEchoed, correlation_id_echoed
from ingram_contract.checks.redaction import REDACTED, RedactingFilter, Redactor, redact
from ingram_contract.checks.registry import CONTRACT_CHECKS, RESPONSE_CHECKS, Check
from ingram_contract.checks.safety import (
    ProductionWriteRefused,
    ensure_write_allowed,
    is_safe_write_target,
    writes_allowed_by_env,
)
from ingram_contract.checks.schema import load_schema, read_document, with_order_links
from ingram_contract.checks.server import MODES, Mode, ServerChecker, check_operations
from ingram_contract.checks.target import ServerTarget, orderable_create, server_document
from ingram_contract.findings import CONTRACT_DOCUMENT, Finding, Severity, dedupe, summarise

__all__ = [
    "CONTRACT_CHECKS",
    "CONTRACT_DOCUMENT",
    "MODES",
    "REDACTED",
    "RESPONSE_CHECKS",
    "Check",
    "CorrelationIdNotEchoed",
    "Finding",
    "Mode",
    "ProductionWriteRefused",
    "RedactingFilter",
    "Redactor",
    "ServerChecker",
    "ServerTarget",
    "Severity",
    "TimeBudget",
    "check_operations",
    "correlation_id_echoed",
    "dedupe",
    "ensure_write_allowed",
    "is_safe_write_target",
    "load_schema",
    "orderable_create",
    "read_document",
    "redact",
    "server_document",
    "summarise",
    "with_order_links",
    "writes_allowed_by_env",
]
