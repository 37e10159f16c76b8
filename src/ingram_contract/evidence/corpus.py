"""Evidence cases and their directory format: the vendor's examples, and answers recorded from its sandbox.

One case is one JSON file in a directory (any name ending in `.json`):

    {"operation": "POST /resellers/v6/orders", "status": 201, "name": "...", "kind": "answer",
     "source": "vendor spec 3b3df91" | "recorded 2026-12-01T09:00:00Z",
     "request": {"path": {...}, "query": {...}, "body": ...} | null,
     "response": <the JSON body> | null}

`kind` is `answer` (an operation's answer) or `event` (a webhook event; `operation` is then
`event <eventType>` and `status` is 0). A case with a request is replayed: the sandbox must answer it
with `status`. A case with a response names the field paths the sandbox must produce for that
operation and status. Recorded cases carry both; headers are never stored, bodies are redacted.

`evidence/vendor/` holds the cases extracted from the pinned vendor document (`extract_vendor_cases`;
`python -m ingram_contract.evidence.corpus extract` rewrites it). Which example the sandbox follows where
the vendor's examples contradict each other is written in `ingram_contract.evidence.fidelity`.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final, Literal

import yaml

from ingram_contract import facts
from ingram_contract.checks.redaction import redact
from ingram_contract.spec.operations import path_shape

VENDOR_CORPUS: Final = facts.REPO_ROOT / "evidence" / "vendor"
UPSTREAM_DOCUMENT: Final = facts.SHARED_UPSTREAM_DIR / "XI-Resellers-API-Spec.yaml"
_METHODS: Final = ("get", "post", "put", "delete", "patch")
_IN_SCOPE: Final = (
    "/resellers/v6.1/orders/",
    "/resellers/v6/orders",
    "/resellers/v7/orders",
    "/resellers/v7/vendorrequiredinfo",
    facts.ORDER_STATUS_WEBHOOK_PATH,
)

Kind = Literal["answer", "event"]


@dataclass(frozen=True)
class EvidenceCase:
    """One piece of evidence: a request to replay, an answer (or event) to match, or both."""

    operation: str
    status: int
    name: str
    kind: Kind
    source: str
    request: dict[str, Any] | None = None
    response: Any = None

    @property
    def method(self) -> str:
        """The HTTP method (`EVENT` for a webhook event)."""
        return self.operation.split(" ", 1)[0].upper()

    @property
    def key(self) -> tuple[str, str, int]:
        """What groups cases: the operation by shape (path parameter names ignored), and the status."""
        method, _, path = self.operation.partition(" ")
        shape = (method.upper(), path_shape(path)) if self.kind == "answer" else (method.upper(), path)
        return shape[0], shape[1], self.status

    def file_name(self) -> str:
        """The case's file name in a corpus directory."""
        part = "exchange" if self.request and self.response is not None else "request" if self.request else ""
        text = f"{self.operation} {self.status} {self.name} {part}"
        slug = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")
        return f"{slug.lower()}.json"


def _answer_status(names: Mapping[str, int], name: str, default: int) -> int:
    wanted = _plain(name)
    return next((status for known, status in names.items() if _plain(known) == wanted), default)


def _plain(name: str) -> str:
    return re.sub(r"\s+response$", "", name.strip().casefold())


def extract_vendor_cases(spec: Mapping[str, Any], source: str) -> list[EvidenceCase]:
    """The replay cases in the vendor's document: its request, answer and webhook examples in scope.

    A request example expects the status of the answer example with the same name (a trailing
    "Response" ignored), else the operation's first success status that has examples.
    """
    cases: list[EvidenceCase] = []
    for path, item in (spec.get("paths") or {}).items():
        if not any(path.startswith(prefix) for prefix in _IN_SCOPE):
            continue
        for method, operation in item.items():
            if method not in _METHODS:
                continue
            cases.extend(_operation_cases(f"{method.upper()} {path}", operation, source))
    return sorted(cases, key=lambda case: case.file_name())


def _operation_cases(operation: str, definition: Mapping[str, Any], source: str) -> Iterator[EvidenceCase]:
    answers: dict[str, int] = {}
    for code, response in (definition.get("responses") or {}).items():
        media = ((response or {}).get("content") or {}).get("application/json") or {}
        for name, example in (media.get("examples") or {}).items():
            value = (example or {}).get("value")
            if isinstance(value, list) and _is_event_list(value):
                event = value[0]
                resource = event.get("resource")
                event_type = resource.get("eventType") if isinstance(resource, dict) else None
                yield EvidenceCase(f"event {event_type or event.get('event')}", 0, name, "event", source,
                                   response=event)  # fmt: skip
                continue
            answers[name] = int(code)
            yield EvidenceCase(operation, int(code), name, "answer", source, response=value)
    request_media = ((definition.get("requestBody") or {}).get("content") or {}).get("application/json") or {}
    default = min((status for status in answers.values() if status < 300), default=200)
    for name, example in (request_media.get("examples") or {}).items():
        value = (example or {}).get("value")
        if operation.endswith(facts.ORDER_STATUS_WEBHOOK_PATH) and isinstance(value, dict):
            for resource in value.get("resource") or []:
                yield EvidenceCase(
                    f"event {resource.get('eventType')}", 0, name, "event", source, response=value
                )
            continue
        status = _answer_status(answers, name, default)
        yield EvidenceCase(
            operation, status, name, "answer", source, request={"path": {}, "query": {}, "body": value}
        )


def _is_event_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and isinstance(value[0], dict) and "eventId" in value[0]


def write_cases(directory: Path, cases: Iterable[EvidenceCase]) -> int:
    """Write cases into `directory` (replacing files of the same name); return how many."""
    directory.mkdir(parents=True, exist_ok=True)
    count = 0
    for case in cases:
        text = json.dumps(asdict(case), indent=1, ensure_ascii=False, sort_keys=True)
        (directory / case.file_name()).write_text(text + "\n", encoding="utf-8")
        count += 1
    return count


def load_cases(directory: Path) -> list[EvidenceCase]:
    """Every case in a corpus directory; a file that is not a case is a clear error."""
    cases = []
    for path in sorted(directory.glob("*.json")):
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            cases.append(
                EvidenceCase(
                    operation=str(raw["operation"]),
                    status=int(raw["status"]),
                    name=str(raw["name"]),
                    kind=raw["kind"] if raw["kind"] in ("answer", "event") else _bad_kind(raw["kind"]),
                    source=str(raw["source"]),
                    request=raw.get("request"),
                    response=raw.get("response"),
                )
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}: not an evidence case ({exc})") from None
    return cases


def _bad_kind(kind: object) -> Kind:
    raise ValueError(f"unknown kind {kind!r}")


def record_evidence(
    directory: Path,
    operation: str,
    status: int,
    request: Mapping[str, Any] | None,
    response: Any,
    *,
    secrets: Iterable[str | None] = (),
    name: str | None = None,
) -> Path:
    """Store one answer of the real sandbox as an evidence case (for the drift run's recording).

    `operation` is `METHOD /path/template`; `request` is `{"path": ..., "query": ..., "body": ...}` (no
    headers: they carry the credentials). Every value is redacted with `secrets` and the credential
    patterns of `ingram_contract.checks.redaction` before anything is written.
    """
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    kept = {part: (request or {}).get(part) for part in ("path", "query", "body")} if request else None
    raw = {"request": kept, "response": response}
    secret_list = list(secrets)
    cleaned = json.loads(redact(json.dumps(raw, ensure_ascii=False), secret_list))
    case = EvidenceCase(
        operation=operation,
        status=status,
        name=name or stamp,
        kind="answer",
        source=f"recorded {stamp}",
        request=cleaned["request"],
        response=cleaned["response"],
    )
    write_cases(directory, [case])
    return directory / case.file_name()


def _extract(target: Path) -> int:
    spec = yaml.safe_load(UPSTREAM_DOCUMENT.read_bytes())
    for old in target.glob("*.json"):
        old.unlink()
    return write_cases(target, extract_vendor_cases(spec, f"vendor spec {facts.UPSTREAM_COMMIT[:7]}"))


def main(argv: list[str] | None = None) -> int:
    """`python -m ingram_contract.evidence.corpus extract [DIR]`: rewrite the vendor corpus."""
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] != "extract" or len(args) > 2:
        print("usage: python -m ingram_contract.evidence.corpus extract [DIR]", file=sys.stderr)
        return 2
    if not UPSTREAM_DOCUMENT.is_file():
        print(f"error: the vendor document is not at {UPSTREAM_DOCUMENT}", file=sys.stderr)
        return 2
    count = _extract(Path(args[1]) if len(args) == 2 else VENDOR_CORPUS)
    print(f"{count} evidence cases written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
