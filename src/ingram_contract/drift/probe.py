"""The shape probe: a fixed, small script of real requests (one per order operation) whose answers are
compared with a recorded response-shape baseline, and validated against the raw upstream cut with the
corrections applied one by one, to name the corrections the server still needs.

Why a recorded response-shape baseline and not `required` in the contract: presence is an observation,
not a promise. Marking a field required changes the generated client (the field stops being optional and
parsing fails the day the vendor omits it once), which turns a report's concern into a client outage; and
presence depends on the scenario (a shipped order carries shipment details, an open one does not), which
one `required` list per schema cannot express. The baseline records, per operation and fixed scenario,
which fields were in every answer; it is re-recorded in one command (`--record-shapes`) and reviewed as a
diff. The local sandbox and the vendor's sandbox are recorded apart (`target_kind`).

The probe is not a conformance test (that is `ingram_contract.checks`); it only needs answers it can
compare run after run, so its requests are the contract's own examples and fixed test data.
"""

from __future__ import annotations

import copy
import json
import shlex
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlencode, urlsplit

import httpx
from jsonschema import Draft4Validator

from ingram_contract import facts
from ingram_contract.checks.safety import (
    ProductionWriteRefused,
    ensure_write_allowed,
    is_loopback,
    writes_allowed_by_env,
)
from ingram_contract.drift.model import Finding, Severity
from ingram_contract.drift.upstream import apply_applicable
from ingram_contract.sandbox.contract import Contract, to_json_schema
from ingram_contract.spec.overlay import Action, apply_action, matches

SHAPES_FORMAT: Final = 1
SENDER_ID: Final = "ingram-contract-drift"
# The sandbox test account and SKUs the vendor documents (facts); quantities of 1 keep the orders small.
_V7_ORDER: Final = {
    "customerOrderNumber": "DRIFT-PROBE-V7",
    "lines": [{"customerLineNumber": "1", "ingramPartNumber": facts.SKU_IN_STOCK, "quantity": 1}],
}
_VENDOR_INFO: Final = {"products": [{"ingramPartNumber": facts.SKU_IN_STOCK}]}


@dataclass(frozen=True)
class Credentials:
    """Where and how the probe authenticates; the secret stays out of reprs."""

    token_url: str
    client_id: str
    client_secret: str = field(repr=False)


@dataclass
class Answer:
    """One probe request and what came back (`error` when nothing came back)."""

    operation: str
    method: str
    url: str
    headers: dict[str, str]
    body: Any = None
    status: int | None = None
    content_type: str = ""
    payload: Any = None
    error: str = ""
    skipped: str = ""

    def curl(self) -> str:
        """A minimal reproduction; the bearer token is a placeholder, never the real one."""
        parts = ["curl", "-sS", "-X", self.method, shlex.quote(self.url)]
        for name, value in self.headers.items():
            shown = "Bearer $INGRAM_TOKEN" if name.lower() == "authorization" else value
            parts += ["-H", shlex.quote(f"{name}: {shown}")]
        if self.body is not None:
            parts += ["-H", shlex.quote("Content-Type: application/json")]
            parts += ["--data", shlex.quote(json.dumps(self.body, separators=(",", ":")))]
        return " ".join(parts)


def _first_example(operation: dict[str, Any]) -> Any:
    media = ((operation.get("requestBody") or {}).get("content") or {}).get("application/json") or {}
    examples = media.get("examples") or {}
    for example in examples.values():
        if isinstance(example, dict) and "value" in example:
            return copy.deepcopy(example["value"])
    return copy.deepcopy(media.get("example"))


def _find(contract: dict[str, Any], method: str, suffix: str) -> str | None:
    """The contract path of an operation, matched case-insensitively on its path ending."""
    for path, item in (contract.get("paths") or {}).items():
        if method in item and path.lower().endswith(suffix):
            return str(path)
    return None


def _fill(path: str, value: str) -> str:
    start, end = path.find("{"), path.find("}")
    return path if start < 0 else path[:start] + value + path[end + 1 :]


def _token(client: httpx.Client, credentials: Credentials) -> str:
    response = client.post(
        credentials.token_url,
        data={
            "grant_type": "client_credentials",
            "client_id": credentials.client_id,
            "client_secret": credentials.client_secret,
        },
    )
    response.raise_for_status()
    return str(response.json()["access_token"])


def run_probe(
    contract: dict[str, Any], base_url: str, credentials: Credentials, *, timeout: float = 30.0
) -> list[Answer]:
    """Send the probe's requests in order; failures are recorded on the answers, never raised."""
    base = base_url.rstrip("/")
    customer = {
        facts.HEADER_CUSTOMER_NUMBER: facts.DEFAULT_CUSTOMER_NUMBER,
        facts.HEADER_COUNTRY_CODE: facts.DEFAULT_COUNTRY_CODE,
        facts.HEADER_SENDER_ID: SENDER_ID,
    }
    static_order = facts.SANDBOX_ORDER_NUMBERS[0]
    # (method, contract path, path parameter value, query, body); the search is filtered to one static
    # order, because an unfiltered search answers whatever orders exist that day.
    plan: list[tuple[str, str | None, str, dict[str, str], Any]] = [
        (
            "post",
            _find(contract, "post", "/v6/orders"),
            "",
            {},
            _first_example_at(contract, "post", "/v6/orders"),
        ),
        ("get", _find(contract, "get", "/v6.1/orders/{ordernumber}"), static_order, {}, None),
        ("get", _find(contract, "get", "/v6/orders/search"), "", {"ingramOrderNumber": static_order}, None),
        ("post", _find(contract, "post", "/v7/orders"), "", {}, _V7_ORDER),
        ("post", _find(contract, "post", "/v7/vendorrequiredinfo"), "", {}, _VENDOR_INFO),
    ]
    answers: list[Answer] = []
    with httpx.Client(timeout=timeout) as client:
        try:
            token = _token(client, credentials)
            token_error = ""
        except (httpx.HTTPError, KeyError, ValueError) as exc:
            token, token_error = "", f"no token from {credentials.token_url}: {_describe(exc)}"
        for number, (method, path, value, query, body) in enumerate(plan, 1):
            if path is None:
                continue
            headers = {
                "Authorization": f"Bearer {token}",
                **customer,
                facts.HEADER_CORRELATION_ID: f"drift-probe-{number}",
            }
            url = base + _fill(path, value) + ("?" + urlencode(query) if query else "")
            answer = Answer(f"{method.upper()} {path}", method.upper(), url, headers, body)
            answers.append(answer)
            try:
                ensure_write_allowed(
                    answer.method, answer.url, allow_production_writes=writes_allowed_by_env()
                )
            except ProductionWriteRefused as exc:
                answer.skipped = str(exc)
                continue
            if token_error:
                answer.error = token_error
                continue
            _send(client, answer)
    return answers


def _first_example_at(contract: dict[str, Any], method: str, suffix: str) -> Any:
    path = _find(contract, method, suffix)
    return _first_example(contract["paths"][path][method]) if path else None


def _describe(exc: Exception) -> str:
    if isinstance(exc, httpx.HTTPStatusError):
        return f"HTTP {exc.response.status_code}"
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _send(client: httpx.Client, answer: Answer) -> None:
    try:
        response = client.request(answer.method, answer.url, headers=answer.headers, json=answer.body)
    except httpx.HTTPError as exc:
        answer.error = _describe(exc)
        return
    answer.status = response.status_code
    answer.content_type = response.headers.get("content-type", "")
    try:
        answer.payload = response.json()
    except ValueError:
        answer.payload = None


def _media_type(content_type: str) -> str:
    return content_type.split(";")[0].strip().lower()


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


@dataclass
class Shape:
    """Which object paths a payload has, and for every key how often it was in its object and as what."""

    objects: Counter[str] = field(default_factory=Counter)
    keys: Counter[str] = field(default_factory=Counter)
    types: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, payload: Any) -> Shape:
        """The shape of one JSON payload: `lines[].shipmentDetails.carrierCode`-style paths."""
        shape = cls()
        shape._walk(payload, "")
        return shape

    def _walk(self, node: Any, path: str) -> None:
        if isinstance(node, dict):
            self.objects[path] += 1
            for key, value in node.items():
                child = f"{path}.{key}" if path else str(key)
                self.keys[child] += 1
                self.types.setdefault(child, _type_name(value))
                self._walk(value, child)
        elif isinstance(node, list):
            for item in node:
                self._walk(item, f"{path}[]")

    def always(self) -> dict[str, str]:
        """Keys present in every object of their parent path, with their type."""
        return {
            key: self.types[key] for key, count in self.keys.items() if count == self.objects[_parent(key)]
        }


def _parent(path: str) -> str:
    head, dot, _ = path.rpartition(".")
    return head if dot else ""


def record_shapes(answers: list[Answer], source: str) -> dict[str, Any]:
    """The shapes of the answers that came back with a JSON payload, per operation."""
    operations: dict[str, Any] = {}
    for answer in answers:
        if answer.status is None or answer.payload is None:
            continue
        shape = Shape.of(answer.payload)
        operations[answer.operation] = {
            "status": answer.status,
            "media_type": _media_type(answer.content_type),
            "objects": sorted(shape.objects),
            "always": dict(sorted(shape.always().items())),
            "sometimes": sorted(set(shape.keys) - set(shape.always())),
        }
    return {"recorded_from": source, "operations": operations}


def target_kind(base_url: str) -> str:
    """`local` for a sandbox on loopback, else `remote`: each kind is compared with its own recording, so
    an offline run against the local sandbox never reports how it differs from the vendor's sandbox."""
    return "local" if is_loopback(urlsplit(base_url).hostname or "") else "remote"


def load_shapes(path: Path, kind: str) -> dict[str, Any] | None:
    """The shapes recorded for a kind of target, or None when none were recorded."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    recorded = (data.get("targets") or {}).get(kind) if isinstance(data, dict) else None
    return recorded if isinstance(recorded, dict) else None


def save_shapes(path: Path, kind: str, recorded: dict[str, Any]) -> None:
    """Replace one kind's recording, keeping the others."""
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    targets = dict(data.get("targets") or {}) if isinstance(data, dict) else {}
    targets[kind] = recorded
    document = {"format": SHAPES_FORMAT, "targets": dict(sorted(targets.items()))}
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _finding(answer: Answer, severity: Severity, check: str, message: str, key: str) -> Finding:
    return Finding("server", answer.operation, severity, check, message, answer.curl(), key=key)


def probe_findings(answers: list[Answer], shapes: dict[str, Any]) -> list[Finding]:
    """No answer, an answer with another status than recorded, fields no longer sent, renamed, added."""
    recorded_ops: dict[str, Any] = shapes.get("operations") or {}
    findings: list[Finding] = []
    for answer in answers:
        base_key = f"server|{answer.operation}"
        if answer.skipped:
            continue
        if answer.error:
            findings.append(
                _finding(
                    answer, "error", "unreachable", f"no answer: {answer.error}", f"{base_key}|unreachable"
                )
            )
            continue
        recorded = recorded_ops.get(answer.operation)
        if recorded is None:
            continue
        if answer.status != recorded["status"]:
            findings.append(
                _finding(
                    answer,
                    "error",
                    "response-status",
                    f"the probe's request was answered {answer.status}, it was answered {recorded['status']} "
                    "when the response shapes were recorded",
                    f"{base_key}|response-status|{answer.status}",
                )
            )
            continue
        media_type = _media_type(answer.content_type)
        if recorded.get("media_type") and media_type != recorded["media_type"]:
            findings.append(
                _finding(
                    answer,
                    "error",
                    "response-content-type",
                    f"answered with content type {media_type or 'none'}, recorded {recorded['media_type']}",
                    f"{base_key}|response-content-type|{media_type}",
                )
            )
        if answer.payload is not None:
            findings.extend(_shape_findings(answer, recorded))
    return findings


def _same_kind(before: str, now: str) -> bool:
    """Types that are the same field kind: null stands for "no value", and 232 vs 232.5 is one number."""
    return before == now or "null" in (before, now) or {before, now} == {"integer", "number"}


def _shape_findings(answer: Answer, recorded: dict[str, Any]) -> Iterator[Finding]:
    shape = Shape.of(answer.payload)
    now = shape.always()
    before: dict[str, str] = recorded.get("always") or {}
    seen_before = set(before) | set(recorded.get("sometimes") or [])
    recorded_objects = set(recorded.get("objects") or [])
    # A key can only be missing where its parent object was seen; under an empty array nothing is known.
    missing = [key for key in before if shape.objects[_parent(key)] and key not in now]
    added = [key for key in shape.keys if key not in seen_before and _parent(key) in recorded_objects]
    key_base = f"server|{answer.operation}"
    for old in missing:
        new = next((a for a in added if _parent(a) == _parent(old) and shape.types[a] == before[old]), None)
        if new is not None:
            added.remove(new)
            yield _finding(
                answer,
                "error",
                "response-field-renamed",
                f"`{old}` ({before[old]}) is no longer sent; `{new}` ({shape.types[new]}) is sent instead",
                f"{key_base}|response-field-renamed|{old}|{new}",
            )
        else:
            yield _finding(
                answer,
                "error",
                "response-field-missing",
                f"`{old}` ({before[old]}) was in every recorded answer and is no longer sent",
                f"{key_base}|response-field-missing|{old}",
            )
    for key, kind in sorted(now.items()):
        if key in before and not _same_kind(before[key], kind):
            yield _finding(
                answer,
                "error",
                "response-field-type",
                f"`{key}` is sent as {kind}; it was {before[key]} when the shapes were recorded",
                f"{key_base}|response-field-type|{key}|{kind}",
            )
    for new in added:
        yield _finding(
            answer,
            "info",
            "response-field-added",
            f"`{new}` ({shape.types[new]}) is sent; it was never seen when the shapes were recorded",
            f"{key_base}|response-field-added|{new}",
        )


def _validator(contract: Contract, answer: Answer) -> Draft4Validator | None:
    method, _, path = answer.operation.partition(" ")
    operation = contract.find(method, path)
    schema = operation.response_schema(answer.status) if operation and answer.status else None
    return Draft4Validator(to_json_schema(schema)) if schema else None


def _rejections(document: dict[str, Any], answers: list[Answer]) -> dict[int, str]:
    """For each answer (by position) whose payload the document's response schema rejects: why."""
    contract = Contract(document, "drift")
    rejected: dict[int, str] = {}
    for position, answer in enumerate(answers):
        validator = _validator(contract, answer) if answer.payload is not None else None
        error = next(iter(validator.iter_errors(answer.payload)), None) if validator else None
        if error is not None:
            where = "/".join(str(part) for part in error.absolute_path) or "(root)"
            rejected[position] = (
                f"{answer.operation}: {where}: expected {error.validator} {error.validator_value!r}"[:200]
            )
    return rejected


@dataclass
class CorrectionsUse:
    """Which corrections the server's answers still need, with evidence, against the upstream cut."""

    needed: dict[int, str] = field(default_factory=dict)
    raw_rejections: list[str] = field(default_factory=list)


def corrections_needed(cut: dict[str, Any], actions: list[Action], answers: list[Answer]) -> CorrectionsUse:
    """Which corrections the server's answers still need.

    The answers the corrected contract accepts are validated against the raw upstream cut, then against
    the cut with the corrections applied one by one, in file order: the correction after which an answer
    stops being rejected is one the server still needs. (Leaving one correction out at a time would miss
    a remove + redefine pair, where each half alone makes the answer pass.)"""
    use = CorrectionsUse()
    answered = [a for a in answers if a.payload is not None and a.status is not None]
    if not answered:
        return use
    full, _ = apply_applicable(cut, actions)
    full_rejected = _rejections(full, answered)
    accepted = [a for position, a in enumerate(answered) if position not in full_rejected]
    pending = _rejections(cut, accepted)
    use.raw_rejections = list(pending.values())
    document = copy.deepcopy(cut)
    for action in actions:
        if not pending:
            break
        if not matches(document, action.target):
            continue
        apply_action(document, action)
        # Example-only corrections cannot change how an answer validates.
        if ".examples[" in action.target or ".requestBody" in action.target:
            continue
        still = _rejections(document, [accepted[position] for position in pending])
        remaining = {position: pending[position] for index, position in enumerate(pending) if index in still}
        for position in pending.keys() - remaining.keys():
            use.needed.setdefault(action.index, pending[position])
        pending = remaining
    return use
