"""`ingram-contract diff OLD NEW`: every change to the Orders contract scope, breaking or not for a client.

Operations are matched by method and path *shape* (parameter names blanked), so `{OrderNumber}` →
`{orderNumber}` at the same position is one path-parameter rename, not a removal plus an addition.
Either side may be a full upstream document or an already cut contract: `$ref`s are followed, never
compared. Schema rules live in `diff_rules`; this module walks operations, parameters, bodies and
responses, and renders the report.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ingram_contract import facts
from ingram_contract.findings import Severity
from ingram_contract.spec.diff_access import (
    SECURITY_SCHEMES,
    requirements,
    security_change,
    token_url_changes,
)
from ingram_contract.spec.diff_keywords import python_name
from ingram_contract.spec.diff_report import (
    BREAKING,
    NON_BREAKING,
    Change,
    DiffReport,
    render_json,
    render_markdown,
)
from ingram_contract.spec.diff_rules import Direction, SchemaChange, SchemaComparer, render_path
from ingram_contract.spec.operations import path_parameter_names, path_shape
from ingram_contract.spec.refs import RefResolver
from ingram_contract.spec.scope import HTTP_METHODS, in_scope

__all__ = [
    "BREAKING",
    "NON_BREAKING",
    "Change",
    "DiffReport",
    "diff_documents",
    "render_json",
    "render_markdown",
]

_JSON = "application/json"


@dataclass(frozen=True)
class _Operation:
    method: str
    path: str
    path_params: tuple[str, ...]
    node: dict[str, Any]
    parameters: dict[tuple[str, str], dict[str, Any]]
    security: tuple[frozenset[str], ...] | None = None

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"


def diff_documents(old: dict[str, Any], new: dict[str, Any]) -> DiffReport:
    """Classify every change from `old` to `new` over the contract scope (already loaded documents)."""
    old_refs, new_refs = RefResolver(old), RefResolver(new)
    walker = _Walker(old_refs, new_refs)
    old_ops, new_ops = _operations(old, old_refs), _operations(new, new_refs)
    changes: list[Change] = []
    new_paths = {op.path for op in new_ops.values()}
    for key, old_op in old_ops.items():
        if key not in new_ops:
            whole = "path removed" if old_op.path not in new_paths else "operation removed"
            changes.append(
                Change(old_op.label, BREAKING, "path", f"{whole}: calls to it fail", "operation-removed")
            )
    for key, new_op in new_ops.items():
        matched = old_ops.get(key)
        if matched is None:
            changes.append(Change(new_op.label, NON_BREAKING, "path", "operation added", "operation-added"))
        else:
            changes.extend(walker.operation(matched, new_op))
    for location, change in token_url_changes(old, new):
        changes.append(Change(SECURITY_SCHEMES, _severity(change), location, change.message, change.rule))
    return DiffReport(tuple(sorted(set(changes), key=Change.sort_key)))


def _severity(change: SchemaChange) -> Severity:
    return BREAKING if change.breaking else NON_BREAKING


def _operations(document: dict[str, Any], refs: RefResolver) -> dict[tuple[str, str], _Operation]:
    """In-scope operations keyed by method and path shape (literal path when two shapes collide)."""
    paths = document.get("paths")
    found: list[tuple[str, str, _Operation]] = []
    for path, raw_item in (paths or {}).items() if isinstance(paths, dict) else ():
        item = refs.resolve(raw_item)
        if not in_scope(path) or not isinstance(item, dict):
            continue
        shared = _parameters(item.get("parameters"), refs)
        for method in HTTP_METHODS:
            node = refs.resolve(item.get(method))
            if isinstance(node, dict):
                params = {**shared, **_parameters(node.get("parameters"), refs)}
                names = tuple(path_parameter_names(path))
                op = _Operation(method, path, names, node, params, requirements(node, document))
                found.append((method, path_shape(path), op))
    shapes = [(method, shape) for method, shape, _ in found]
    return {
        (method, shape if shapes.count((method, shape)) == 1 else op.path): op for method, shape, op in found
    }


def _parameters(raw: Any, refs: RefResolver) -> dict[tuple[str, str], dict[str, Any]]:
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for entry in raw if isinstance(raw, list) else ():
        param = refs.resolve(entry)
        if isinstance(param, dict) and isinstance(param.get("name"), str):
            where = str(param.get("in", ""))
            # HTTP header names are case-insensitive; the vendor's spelling drifts (IM-CorrelationID).
            name = param["name"].lower() if where == "header" else param["name"]
            out[(where, name)] = param
    return out


class _Walker:
    """Compares two matched operations part by part; owns the memoised schema comparer."""

    def __init__(self, old: RefResolver, new: RefResolver) -> None:
        self._old, self._new = old, new
        self._schemas = SchemaComparer(old, new)

    def operation(self, old: _Operation, new: _Operation) -> Iterator[Change]:
        label = new.label
        webhook = new.path == facts.ORDER_STATUS_WEBHOOK_PATH
        yield from self._identity(label, old, new)
        yield from self._parameters(label, old, new)
        body_direction = Direction.RECEIVED if webhook else Direction.SENT
        yield from self._request_body(
            label, old.node.get("requestBody"), new.node.get("requestBody"), body_direction
        )
        yield from self._responses(label, old.node.get("responses"), new.node.get("responses"))

    def _identity(self, label: str, old: _Operation, new: _Operation) -> Iterator[Change]:
        """Names the generated client derives from the operation; a change it absorbs is harmless."""
        if old.path_params != new.path_params:
            for index, (before, after) in enumerate(zip(old.path_params, new.path_params, strict=False)):
                if before == after:
                    continue
                same = python_name(before) == python_name(after)
                tail = (
                    f"same URL, and the generated argument stays `{python_name(after)}`"
                    if same
                    else f"same URL, but the generated argument is renamed to `{python_name(after)}`"
                )
                yield Change(
                    label,
                    NON_BREAKING if same else BREAKING,
                    f"parameter.path.{after}",
                    f"path parameter #{index + 1} renamed from `{before}` to `{after}`: {tail}",
                    "path-parameter-renamed",
                )
        before_id, after_id = old.node.get("operationId"), new.node.get("operationId")
        if before_id != after_id:
            same = isinstance(before_id, str) and isinstance(after_id, str)
            same = same and python_name(str(before_id)) == python_name(str(after_id))
            tail = (
                f"the generated function keeps its name `{python_name(str(after_id))}`"
                if same
                else "generated clients rename the function (and its module) for this operation, so calling "
                "code breaks"
            )
            yield Change(
                label,
                NON_BREAKING if same else BREAKING,
                "operationId",
                f"operationId changed from `{before_id}` to `{after_id}`: {tail}",
                "operation-id-changed",
            )
        before_tags, after_tags = list(old.node.get("tags") or ()), list(new.node.get("tags") or ())
        if sorted(before_tags) != sorted(after_tags):
            first_before = python_name(str(before_tags[0])) if before_tags else "default"
            first_after = python_name(str(after_tags[0])) if after_tags else "default"
            moved = first_before != first_after
            tail = (
                "the generator files an operation under its first tag, so it moves from "
                f"`api.{first_before}` to `api.{first_after}` and imports break"
                if moved
                else f"the first tag is unchanged, so the generated module stays `api.{first_after}`"
            )
            yield Change(
                label,
                BREAKING if moved else NON_BREAKING,
                "tags",
                f"tags changed from {sorted(before_tags)} to {sorted(after_tags)}: {tail}",
                "tag-changed",
            )
        for change in security_change(old.security, new.security):
            yield Change(label, _severity(change), "security", change.message, change.rule)

    def _parameters(self, label: str, old: _Operation, new: _Operation) -> Iterator[Change]:
        old_params = {self._param_key(key, old): (key, p) for key, p in old.parameters.items()}
        new_params = {self._param_key(key, new): (key, p) for key, p in new.parameters.items()}
        for key, ((where, _), param) in old_params.items():
            if key not in new_params:
                yield Change(
                    label,
                    BREAKING,
                    f"parameter.{where}.{param['name']}",
                    f"{where} parameter `{param['name']}` removed: the generated function loses the argument",
                    "parameter-removed",
                )
        for key, ((where, _), param) in new_params.items():
            location = f"parameter.{where}.{param['name']}"
            if key not in old_params:
                if param.get("required"):
                    yield Change(
                        label,
                        BREAKING,
                        location,
                        f"required {where} parameter `{param['name']}` added",
                        "required-parameter-added",
                    )
                else:
                    yield Change(
                        label,
                        NON_BREAKING,
                        location,
                        f"optional {where} parameter `{param['name']}` added",
                        "parameter-added",
                    )
                continue
            before = old_params[key][1]
            if param.get("required") and not before.get("required"):
                yield Change(
                    label,
                    BREAKING,
                    location,
                    f"{where} parameter `{param['name']}` made required",
                    "parameter-made-required",
                )
            elif before.get("required") and not param.get("required"):
                yield Change(
                    label,
                    NON_BREAKING,
                    location,
                    f"{where} parameter `{param['name']}` made optional",
                    "parameter-made-optional",
                )
            schema_changes = self._schemas.compare(before.get("schema"), param.get("schema"), Direction.SENT)
            yield from self._schema_changes(label, location, schema_changes, "parameter")

    @staticmethod
    def _param_key(key: tuple[str, str], op: _Operation) -> tuple[str, str]:
        where, name = key
        if where == "path" and name in op.path_params:
            return (where, f"#{op.path_params.index(name)}")
        return key

    def _request_body(self, label: str, raw_old: Any, raw_new: Any, direction: Direction) -> Iterator[Change]:
        old, new = self._old.resolve(raw_old), self._new.resolve(raw_new)
        if not isinstance(old, dict) and not isinstance(new, dict):
            return
        if not isinstance(new, dict):
            yield Change(label, BREAKING, "request.body", "request body removed", "request-body-removed")
            return
        if not isinstance(old, dict):
            required = bool(new.get("required"))
            severity = BREAKING if required and direction is Direction.SENT else NON_BREAKING
            text = "required request body added" if required else "optional request body added"
            yield Change(label, severity, "request.body", text, "request-body-added")
            return
        if new.get("required") and not old.get("required") and direction is Direction.SENT:
            yield Change(
                label, BREAKING, "request.body", "request body made required", "request-body-made-required"
            )
        yield from self._content(
            label, "request.body", old.get("content"), new.get("content"), direction, "request"
        )

    def _responses(self, label: str, raw_old: Any, raw_new: Any) -> Iterator[Change]:
        old = {str(k): v for k, v in raw_old.items()} if isinstance(raw_old, dict) else {}
        new = {str(k): v for k, v in raw_new.items()} if isinstance(raw_new, dict) else {}
        for status in old:
            if status not in new:
                yield Change(
                    label,
                    BREAKING,
                    f"response.{status}",
                    f"response status {status} removed: clients handling it break",
                    "response-status-removed",
                )
        for status in new:
            location = f"response.{status}"
            if status not in old:
                yield Change(
                    label, NON_BREAKING, location, f"response status {status} added", "response-status-added"
                )
                continue
            before, after = self._old.resolve(old[status]), self._new.resolve(new[status])
            if isinstance(before, dict) and isinstance(after, dict):
                yield from self._headers(label, location, before.get("headers"), after.get("headers"))
                yield from self._content(
                    label,
                    f"{location}.body",
                    before.get("content"),
                    after.get("content"),
                    Direction.RECEIVED,
                    "response",
                )

    def _headers(self, label: str, location: str, raw_old: Any, raw_new: Any) -> Iterator[Change]:
        """Response headers (names case-insensitive): one the client reads may not disappear."""
        old = {str(k).lower(): (str(k), v) for k, v in raw_old.items()} if isinstance(raw_old, dict) else {}
        new = {str(k).lower(): (str(k), v) for k, v in raw_new.items()} if isinstance(raw_new, dict) else {}
        for key, (name, _) in old.items():
            if key not in new:
                text = f"response header `{name}` removed: clients reading it get nothing"
                yield Change(label, BREAKING, f"{location}.header.{name}", text, "response-header-removed")
        for key, (name, raw) in new.items():
            where = f"{location}.header.{name}"
            if key not in old:
                text = f"response header `{name}` added"
                yield Change(label, NON_BREAKING, where, text, "response-header-added")
                continue
            before, after = self._old.resolve(old[key][1]), self._new.resolve(raw)
            if isinstance(before, dict) and isinstance(after, dict):
                changes = self._schemas.compare(before.get("schema"), after.get("schema"), Direction.RECEIVED)
                yield from self._schema_changes(label, where, changes, "response header")

    def _content(
        self, label: str, location: str, raw_old: Any, raw_new: Any, direction: Direction, noun: str
    ) -> Iterator[Change]:
        old = raw_old if isinstance(raw_old, dict) else {}
        new = raw_new if isinstance(raw_new, dict) else {}
        sent = direction is Direction.SENT
        for media in old:
            if media not in new:
                text = f"{noun} media type {media} removed" + (": no longer accepted" if sent else "")
                yield Change(label, BREAKING, _media_location(location, media), text, "media-type-removed")
        for media in new:
            where = _media_location(location, media)
            if media not in old:
                yield Change(
                    label, NON_BREAKING, where, f"{noun} media type {media} added", "media-type-added"
                )
                continue
            before, after = self._old.resolve(old[media]), self._new.resolve(new[media])
            if not isinstance(before, dict) or not isinstance(after, dict):
                continue
            changes = self._schemas.compare(before.get("schema"), after.get("schema"), direction)
            yield from self._schema_changes(
                label, where, changes, noun if noun != "request" or sent else "webhook payload"
            )

    @staticmethod
    def _schema_changes(
        label: str, location: str, changes: tuple[SchemaChange, ...], noun: str
    ) -> Iterator[Change]:
        for change in changes:
            field = render_path(change.path)
            where = location + ("" if not field or field.startswith("[]") else ".") + field
            if (
                not change.path
                and change.rule == "type-changed"
                and noun == "response"
                and location.endswith("body")
            ):
                message = f"response root {change.message}: generated clients parse a different shape"
                yield Change(label, BREAKING, where, message, "response-root-changed")
                continue
            severity = BREAKING if change.breaking else NON_BREAKING
            if change.rule.startswith(("property-", "required-property")):
                message = f"{noun} {change.message}"
            else:
                subject = f"field `{field}`" if field else "body" if noun != "parameter" else "schema"
                message = f"{noun} {subject}: {change.message}"
            yield Change(label, severity, where, message, change.rule)


def _media_location(location: str, media: str) -> str:
    return location if media == _JSON else f"{location}[{media}]"
