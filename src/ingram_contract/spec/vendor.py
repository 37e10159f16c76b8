"""Vendor: cut the Orders contract scope out of the vendor's document.

The cut keeps structure, constraints, enums and examples; it drops the vendor's prose (descriptions,
summaries, tag texts) and replaces it with the project's own one-line summaries. Its bytes are
deterministic: the same input always gives the same output, whatever order upstream lists things in.
"""

from __future__ import annotations

import copy
import re
import sys
from collections.abc import Iterator
from http import HTTPStatus
from pathlib import Path
from typing import Any, Final

import yaml

from ingram_contract import facts
from ingram_contract.spec.errors import SpecError
from ingram_contract.spec.load import LoadedSpec, load_spec
from ingram_contract.spec.scope import HTTP_METHODS, scoped_paths

# The project's own summaries, keyed by (method, path) as the vendor spells the path.
SUMMARIES: Final[dict[tuple[str, str], str]] = {
    ("post", "/oauth/oauth20/token"): "Get an OAuth2 access token (client credentials).",
    ("get", "/oauth/oauth20/token"): "Get an OAuth2 access token (client credentials).",
    ("post", "/resellers/v6/orders"): "Create an order (v6, synchronous).",
    ("put", "/resellers/v6/orders/{orderNumber}"): "Modify an order on customer hold, or release it.",
    ("delete", "/resellers/v6/orders/{OrderNumber}"): "Cancel an order that is not yet released.",
    ("get", "/resellers/v6/orders/search"): "Search orders, one page at a time.",
    ("get", "/resellers/v6.1/orders/{ordernumber}"): "Get an order's details (v6.1).",
    ("post", "/resellers/v7/orders"): "Create an order (v7, asynchronous: the result arrives by webhook).",
    ("post", "/resellers/v7/vendorrequiredinfo"): "List the vendor-required information for SKUs.",
    ("post", "/resellers/v1/webhooks/orderstatusevent"): "Order-status event sent to your webhook URL.",
}

_PROSE_KEYS: Final = frozenset({"description", "summary", "externalDocs"})
# Mappings whose keys are names chosen by the author, not OpenAPI keywords: never strip their keys.
_NAME_MAPS: Final = frozenset(
    {
        "properties",
        "paths",
        "schemas",
        "responses",
        "headers",
        "content",
        "securitySchemes",
        "encoding",
        "links",
        "callbacks",
        "variables",
        "parameters",
        "requestBodies",
        "examples",
        "patternProperties",
    }
)
# Keywords whose values are payload data: copied verbatim.
_DATA_KEYS: Final = frozenset({"example", "default", "enum", "value", "const"})
_REF_TARGET = re.compile(r"^#/components/(?P<kind>[^/]+)/(?P<name>[^/]+)$")
_COMMIT_IN_URL = re.compile(r"/([0-9a-f]{40})/")

# Conventional OpenAPI keyword order, so the file reads naturally; everything else sorts by name.
_KEY_ORDER: Final = (
    "openapi",
    "info",
    "title",
    "version",
    "servers",
    "url",
    "security",
    "tags",
    "paths",
    "components",
    "summary",
    "operationId",
    "name",
    "in",
    "required",
    "parameters",
    "requestBody",
    "responses",
    "$ref",
    "type",
    "format",
    "nullable",
    "items",
    "properties",
    "additionalProperties",
)
_KEY_RANK: Final = {key: rank for rank, key in enumerate(_KEY_ORDER)}


def _strip_prose(node: Any, parent_key: str | None = None) -> Any:
    """Copy a node without the vendor's prose, leaving names and payload data alone."""
    if isinstance(node, list):
        return [_strip_prose(item) for item in node]
    if not isinstance(node, dict):
        return node
    result: dict[str, Any] = {}
    names_only = parent_key in _NAME_MAPS
    for key, value in node.items():
        if names_only:
            result[key] = _strip_prose(value, None)
        elif key in _PROSE_KEYS or (isinstance(key, str) and key.startswith("x-")):
            continue
        elif key in _DATA_KEYS:
            result[key] = copy.deepcopy(value)
        else:
            result[key] = _strip_prose(value, key)
    return result


def _refs(node: Any) -> Iterator[tuple[str, str]]:
    """Every local component reference (kind, name) under a node, payload data excluded."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                match = _REF_TARGET.match(value)
                if not match:
                    raise SpecError(f"unsupported $ref {value!r}: only local #/components refs are handled")
                yield match["kind"], match["name"].replace("~1", "/").replace("~0", "~")
            elif key not in _DATA_KEYS:
                yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def _operations(path_item: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for method in HTTP_METHODS:
        operation = path_item.get(method)
        if isinstance(operation, dict):
            yield method, operation


def _reachable_components(document: dict[str, Any], roots: Any) -> dict[str, dict[str, Any]]:
    """The components the roots reference, transitively."""
    components = document.get("components") or {}
    found: dict[str, dict[str, Any]] = {}
    pending = list(_refs(roots))
    while pending:
        kind, name = pending.pop()
        if name in found.get(kind, {}):
            continue
        try:
            target = components[kind][name]
        except (KeyError, TypeError):
            raise SpecError(f"dangling $ref: #/components/{kind}/{name} is not defined") from None
        found.setdefault(kind, {})[name] = target
        pending.extend(_refs(target))
    return found


def _with_own_response_texts(paths: dict[str, Any]) -> None:
    """OpenAPI requires a response description: the HTTP reason phrase replaces the vendor's text."""
    for path_item in paths.values():
        for _, operation in _operations(path_item):
            for status, response in (operation.get("responses") or {}).items():
                if isinstance(response, dict) and "$ref" not in response:
                    try:
                        response["description"] = HTTPStatus(int(status)).phrase
                    except ValueError:
                        response["description"] = "Any other status"


def sorted_tree(node: Any) -> Any:
    """A copy with keys in the contract's stable order (OpenAPI keywords first, then by name)."""
    if isinstance(node, dict):
        keys = sorted(node, key=lambda k: (_KEY_RANK.get(k, len(_KEY_RANK)), str(k)))
        return {key: sorted_tree(node[key]) for key in keys}
    if isinstance(node, list):
        return [sorted_tree(item) for item in node]
    return node


def cut_document(document: dict[str, Any], *, provenance: dict[str, str] | None = None) -> dict[str, Any]:
    """The Orders contract scope of a vendor document, without prose, keys in a stable order."""
    paths_in_scope = scoped_paths(document)
    if not paths_in_scope:
        raise SpecError("the document has none of the Orders contract paths")
    paths = {path: _strip_prose(document["paths"][path], "path-item") for path in paths_in_scope}
    for path, path_item in paths.items():
        for method, operation in _operations(path_item):
            if (method, path) in SUMMARIES:
                operation["summary"] = SUMMARIES[(method, path)]
    _with_own_response_texts(paths)

    components = _reachable_components(document, paths)
    security_schemes = (document.get("components") or {}).get("securitySchemes") or {}
    used_schemes = {
        name
        for path_item in paths.values()
        for _, operation in _operations(path_item)
        for requirement in operation.get("security") or document.get("security") or []
        for name in requirement
    }
    if used_schemes:
        components["securitySchemes"] = {
            n: security_schemes[n] for n in used_schemes if n in security_schemes
        }
    used_tags = {tag for item in paths.values() for _, op in _operations(item) for tag in op.get("tags", [])}

    info: dict[str, Any] = {
        "title": "Ingram Micro Reseller API: Orders contract",
        "version": str((document.get("info") or {}).get("version", "0")),
    }
    if provenance:
        info["x-upstream"] = dict(provenance)
    cut: dict[str, Any] = {
        "openapi": document["openapi"],
        "info": info,
        "servers": _strip_prose(document.get("servers") or [], "servers"),
        "tags": [{"name": name} for name in sorted(used_tags)],
        "paths": paths,
        "components": _strip_prose(components, "components"),
    }
    if not cut["servers"]:
        del cut["servers"]
    for scheme in (cut["components"].get("securitySchemes") or {}).values():
        for flow in (scheme.get("flows") or {}).values():
            if isinstance(flow.get("scopes"), dict):
                flow["scopes"] = {scope: f"{scope} access" for scope in flow["scopes"]}
    ordered: dict[str, Any] = sorted_tree(cut)
    return ordered


def provenance_of(loaded: LoadedSpec, commit: str | None = None) -> dict[str, str]:
    """What was vendored: the upstream commit (when it can be known) and the source bytes' sha256."""
    if commit is None:
        match = _COMMIT_IN_URL.search(loaded.source)
        if match:
            commit = match.group(1)
        elif loaded.sha256 == facts.UPSTREAM_SHA256:
            commit = facts.UPSTREAM_COMMIT
    result = {"repository": facts.UPSTREAM_REPO, "sha256": loaded.sha256}
    if commit:
        result["commit"] = commit
    return result


class _Dumper(yaml.SafeDumper):
    """Block style, no aliases: a diff of two cuts shows every change where it is."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _represent_str)


def dump_yaml(document: dict[str, Any]) -> bytes:
    """Deterministic YAML bytes for a document (the key order is the caller's)."""
    text = yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100_000)
    return text.encode("utf-8")


def vendor(source: str | Path, *, commit: str | None = None) -> tuple[dict[str, Any], LoadedSpec]:
    """Load a vendor document and cut it; returns the cut and what it was cut from."""
    loaded = load_spec(source)
    return cut_document(loaded.document, provenance=provenance_of(loaded, commit)), loaded


def run_vendor(source: str, out: Path | None, *, commit: str | None = None) -> int:
    """`ingram-contract vendor`: write the cut to a file or stdout."""
    cut, _ = vendor(source, commit=commit)
    data = dump_yaml(cut)
    if out is None:
        sys.stdout.buffer.write(data)
    else:
        try:
            out.write_bytes(data)
        except OSError as exc:
            raise SpecError(f"cannot write {out}: {exc.strerror or exc}") from None
    return 0
