"""Every check a server's answer is judged by, listed explicitly, each with its own severity.

Adding a check means adding one `Check` to `CONTRACT_CHECKS` (a schemathesis check function, or one of
`checks/project.py`): the runner reads the name and severity from here and never decides by the failure's
type. A failure may refine its check's severity by carrying a `finding_severity` of its own (the project's
correlation-id check does: an error where the contract documents the echo, a warning where it does not).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from schemathesis import CheckFunction
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import Failure
from schemathesis.specs.openapi.checks import (
    allow_header_conformance,
    content_type_conformance,
    ensure_resource_availability,
    ignored_auth,
    missing_required_header,
    negative_data_rejection,
    object_level_authorization,
    positive_data_acceptance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
    unsupported_method,
    use_after_free,
)

from ingram_contract.checks.project import correlation_id_echoed
from ingram_contract.findings import Severity, check_name


@dataclass(frozen=True)
class Check:
    """One check: the function that judges an answer, and how much its failures matter.

    `alone` marks checks that judge a response by the document alone; only those are run against other
    documents (the raw upstream), since the others need generation metadata or send requests of their own.
    """

    function: CheckFunction
    severity: Severity = Severity.ERROR
    alone: bool = False

    @property
    def name(self) -> str:
        """The check's name in the project's style (`status-code-conformance`)."""
        return check_name(self.function.__name__)

    def severity_of(self, failure: Failure) -> Severity:
        """The failure's own finding severity when it carries one, else the check's."""
        own: Any = getattr(failure, "finding_severity", None)
        return Severity(own) if own is not None else self.severity


# schemathesis' response checks in its own order, then the project's.
CONTRACT_CHECKS: Final[tuple[Check, ...]] = (
    Check(not_a_server_error),
    Check(status_code_conformance, alone=True),
    Check(content_type_conformance, alone=True),
    Check(response_headers_conformance, alone=True),
    Check(response_schema_conformance, alone=True),
    Check(negative_data_rejection),
    Check(positive_data_acceptance),
    Check(missing_required_header),
    Check(unsupported_method),
    Check(allow_header_conformance),
    Check(use_after_free),
    Check(ensure_resource_availability),
    Check(ignored_auth),
    Check(object_level_authorization),
    Check(correlation_id_echoed),
)
RESPONSE_CHECKS: Final = tuple(check for check in CONTRACT_CHECKS if check.alone)
# What the runner itself reports when it cannot judge an answer, with their severities.
TRANSPORT_CHECKS: Final = {
    "unreachable": Severity.ERROR,
    "timeout": Severity.ERROR,
    "token": Severity.ERROR,
    "server-error-storm": Severity.ERROR,
    "time-budget": Severity.WARNING,
    # The run's request budget towards a shared server (checks.polite) is spent: what was not sent.
    "request-budget": Severity.WARNING,
}
_BY_NAME: Final = {check.function.__name__: check for check in CONTRACT_CHECKS}


def judged(failure: Failure) -> tuple[str, Severity]:
    """The name and severity of the listed check that raised a failure.

    A failure type shared by several checks names the header one for a header failure; a failure from a
    check not listed here (a schemathesis upgrade) keeps its own name, as an error.
    """
    names: tuple[str, ...] = type(failure).checks
    if len(names) > 1 and "header" in failure.title.lower():
        names = tuple(name for name in names if "header" in name) or names
    for name in names:
        if name in _BY_NAME:
            check = _BY_NAME[name]
            return check.name, check.severity_of(failure)
    return check_name(names[0] if names else type(failure).__name__), Severity.ERROR
