"""The conformance machinery shared by the contract suite (tests/contract) and the drift run.

- `Finding` / `dedupe`: the typed result of every check, with a dedupe key;
- `ServerChecker` / `run_server_checks`: schemathesis against a base URL (all of its response checks plus
  the project's), transport failures as findings, other documents (the raw upstream) judged alongside;
- `Redactor`: secrets and bearer tokens out of reproductions, logs and reports;
- `ensure_write_allowed`: no mutating request outside the vendor's sandbox or loopback unless allowed.
"""

from __future__ import annotations

from ingram_contract.checks.findings import CONTRACT_DOCUMENT, Finding, Severity, dedupe, summarise
from ingram_contract.checks.project import PROJECT_CHECKS, CorrelationIdNotEchoed, correlation_id_echoed
from ingram_contract.checks.redaction import REDACTED, RedactingFilter, Redactor, redact
from ingram_contract.checks.safety import (
    ProductionWriteRefused,
    ensure_write_allowed,
    is_safe_write_target,
    writes_allowed_by_env,
)
from ingram_contract.checks.schema import load_schema, operation_key, read_document, with_order_links
from ingram_contract.checks.server import (
    MODES,
    RESPONSE_CHECKS,
    Mode,
    ServerChecker,
    ServerTarget,
    TokenError,
    fetch_token,
    orderable_create,
    run_server_checks,
    server_document,
)

__all__ = [
    "CONTRACT_DOCUMENT",
    "MODES",
    "PROJECT_CHECKS",
    "REDACTED",
    "RESPONSE_CHECKS",
    "CorrelationIdNotEchoed",
    "Finding",
    "Mode",
    "ProductionWriteRefused",
    "RedactingFilter",
    "Redactor",
    "ServerChecker",
    "ServerTarget",
    "Severity",
    "TokenError",
    "correlation_id_echoed",
    "dedupe",
    "ensure_write_allowed",
    "fetch_token",
    "is_safe_write_target",
    "load_schema",
    "operation_key",
    "orderable_create",
    "read_document",
    "redact",
    "run_server_checks",
    "server_document",
    "summarise",
    "with_order_links",
    "writes_allowed_by_env",
]
