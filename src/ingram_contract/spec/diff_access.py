"""Access rules of the spec diff: who may call an operation (`security`) and where tokens come from.

An operation's requirements are its own `security`, else the document's; each requirement is the set
of scheme names that must all be satisfied, and an empty requirement means "anonymous is fine".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ingram_contract.spec.diff_keywords import SchemaChange

Requirements = tuple[frozenset[str], ...]

# The `operation` of a document-level change: sorted with the other changes, after the operations.
SECURITY_SCHEMES = "~ components.securitySchemes"


def requirements(operation: dict[str, Any], document: dict[str, Any]) -> Requirements | None:
    """The security requirements in force for an operation; None when neither level declares any."""
    raw = operation.get("security", document.get("security"))
    if not isinstance(raw, list):
        return None
    return tuple(sorted((frozenset(r) for r in raw if isinstance(r, dict)), key=sorted))


def _text(reqs: Requirements | None) -> str:
    if not reqs:
        return "none"
    return " or ".join("anonymous" if not r else " + ".join(sorted(r)) for r in reqs)


def _anonymous(reqs: Requirements | None) -> bool:
    return not reqs or frozenset() in reqs


def security_change(old: Requirements | None, new: Requirements | None) -> Iterator[SchemaChange]:
    """Breaking when a call that was allowed before needs credentials it did not need."""
    if (old or ()) == (new or ()):
        return
    if _anonymous(old) and not _anonymous(new):
        yield SchemaChange(
            (),
            True,
            "security-added",
            f"security changed from {_text(old)} to {_text(new)}: the call now needs credentials, and the "
            "generated function demands an `AuthenticatedClient`",
        )
        return
    if _anonymous(new) and not _anonymous(old):
        yield SchemaChange(
            (),
            False,
            "security-removed",
            f"security changed from {_text(old)} to {_text(new)}: anonymous calls allowed",
        )
        return
    # Every old way to authenticate must still be one of the new ways.
    lost = [r for r in old or () if r not in (new or ())]
    yield SchemaChange(
        (),
        bool(lost),
        "security-changed",
        f"security changed from {_text(old)} to {_text(new)}"
        + (": credentials that worked are no longer accepted" if lost else ": one more way to authenticate"),
    )


def _flows(document: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for name, scheme in schemes.items() if isinstance(schemes, dict) else ():
        flows = scheme.get("flows") if isinstance(scheme, dict) else None
        for flow_name, flow in (flows or {}).items() if isinstance(flows, dict) else ():
            if isinstance(flow, dict):
                out[(str(name), str(flow_name))] = flow
    return out


def token_url_changes(old: dict[str, Any], new: dict[str, Any]) -> Iterator[tuple[str, SchemaChange]]:
    """OAuth flows of `components.securitySchemes`: (location, change); a moved token URL breaks auth.

    Scopes are not compared: the vendor's scope maps carry prose that the cut drops.
    """
    before, after = _flows(old), _flows(new)
    for (scheme, flow), was in before.items():
        where = f"securitySchemes.{scheme}.flows.{flow}"
        now = after.get((scheme, flow))
        if now is None:
            yield (
                where,
                SchemaChange((), True, "oauth-flow-removed", f"OAuth flow {flow} of {scheme} removed"),
            )
            continue
        for key in ("tokenUrl", "authorizationUrl", "refreshUrl"):
            if was.get(key) != now.get(key):
                yield (
                    f"{where}.{key}",
                    SchemaChange(
                        (),
                        True,
                        "token-url-changed",
                        f"{key} changed from {was.get(key)!r} to {now.get(key)!r}: clients that fetch tokens "
                        "where the contract says fail to authenticate",
                    ),
                )
    for scheme, flow in after:
        if (scheme, flow) not in before:
            where = f"securitySchemes.{scheme}.flows.{flow}"
            yield where, SchemaChange((), False, "oauth-flow-added", f"OAuth flow {flow} of {scheme} added")
