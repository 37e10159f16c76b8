"""Mock mode: the generated client against the contract, with respx in place of a server.

Two halves, both reported as `Finding`s (check names `client_operation`, `client_input`,
`request_conformance`, `response_parsing`, `response_types`):
- requests: a case generated from the contract (schemathesis) is turned into a call of the client's
  `sync_detailed`; the request the client builds is captured by respx and validated against the contract;
- responses: every JSON response the contract allows (its examples, and instances generated from its
  response schemas) is served by respx and must parse into the declared types.

Client operations are matched by method and path read from each generated module, not by operationId: the
vendor renamed operations in its history, and an older client must be compared on what it sends.
It is importable on its own (no pytest), so a client generated elsewhere can be checked in a subprocess.
"""

from __future__ import annotations

import contextlib
import datetime
import enum
import importlib
import json
import pkgutil
import re
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import httpx
import hypothesis
import respx
import schemathesis
from dateutil.parser import isoparse
from hypothesis import HealthCheck, Phase

from ingram_contract.checks import Finding, dedupe
from ingram_contract.spec.client_types import type_problems
from ingram_contract.spec.examples import ExampleValidator, iter_examples
from ingram_contract.spec.refs import RefResolver
from ingram_contract.spec.scope import HTTP_METHODS

MOCK_BASE_URL = "https://mock.ingram.invalid"
_METHOD_LITERAL = re.compile(r'"method":\s*"(\w+)"')
_URL_LITERAL = re.compile(r'"url":\s*"([^"]+)"')
_PARAMETER = re.compile(r"\{([^}]+)\}")


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


@dataclass(frozen=True)
class ContractOperation:
    """One operation of the contract: where it is and what it declares."""

    method: str
    path: str
    pointer: str
    definition: dict[str, Any]

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"

    @property
    def key(self) -> str:
        return f"{self.method.upper()} {_PARAMETER.sub('{}', self.path)}"


def contract_operations(document: dict[str, Any]) -> list[ContractOperation]:
    """Every operation of the document, in document order."""
    found = []
    for path, item in (document.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                pointer = f"/paths/{_escape(path)}/{method}"
                found.append(ContractOperation(method, path, pointer, item[method]))
    return found


def client_modules(package: str = "ingram_orders") -> dict[str, types.ModuleType]:
    """The generated endpoint modules of `package`, keyed like `ContractOperation.key`."""
    api = importlib.import_module(f"{package}.api")
    modules: dict[str, types.ModuleType] = {}
    for info in pkgutil.walk_packages(api.__path__, prefix=f"{package}.api."):
        if info.ispkg:
            continue
        module = importlib.import_module(info.name)
        source = Path(module.__file__ or "").read_text(encoding="utf-8")
        method, url = _METHOD_LITERAL.search(source), _URL_LITERAL.search(source)
        if method and url and hasattr(module, "sync_detailed"):
            modules[f"{method.group(1).upper()} {_PARAMETER.sub('{}', url.group(1))}"] = module
    return modules


def _normalise(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _union_args(hint: Any) -> list[Any]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return [arg for part in typing.get_args(hint) for arg in _union_args(part)]
    return [hint]


def _is_unset(arg: Any) -> bool:
    return isinstance(arg, type) and arg.__name__ == "Unset"


def to_client_value(value: Any, hint: Any) -> Any:
    """The Python value the client's signature wants for a JSON/wire value (enum, date, model, list)."""
    candidates = [arg for arg in _union_args(hint) if not _is_unset(arg)]
    if value is None and type(None) in candidates:
        return None
    errors: list[str] = []
    for arg in candidates:
        origin = typing.get_origin(arg)
        try:
            if origin is list and isinstance(value, list):
                (inner,) = typing.get_args(arg) or (Any,)
                return [to_client_value(item, inner) for item in value]
            if arg is Any:
                return value
            if isinstance(arg, type) and issubclass(arg, enum.Enum):
                return arg(value)
            if arg is datetime.datetime and isinstance(value, str):
                return isoparse(value)
            if arg is datetime.date and isinstance(value, str):
                return isoparse(value).date()
            if isinstance(arg, type) and hasattr(arg, "from_dict") and isinstance(value, dict):
                return arg.from_dict(value)
            if arg is bool and isinstance(value, bool):
                return value
            # Schemathesis keeps query booleans in their wire spelling.
            if arg is bool and value in ("true", "false"):
                return value == "true"
            if arg in (int, float, str) and isinstance(value, arg) and not isinstance(value, bool):
                return value
            if arg is float and isinstance(value, int) and not isinstance(value, bool):
                return float(value)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            errors.append(f"{getattr(arg, '__name__', arg)}: {exc}")
    raise ValueError(f"the client cannot take {value!r} as {hint}: {'; '.join(errors) or 'no matching type'}")


@dataclass
class MockModeReport:
    """What one mock-mode run found, plus how much it exercised."""

    findings: list[Finding] = field(default_factory=list)
    requests_checked: int = 0
    responses_checked: int = 0
    # Generated instances the contract itself rejects (e.g. a format it checks): not served to the client.
    responses_skipped: int = 0

    def extend(self, findings: list[Finding]) -> None:
        self.findings.extend(findings)


class ClientContractChecker:
    """Checks one generated client package against one contract document."""

    def __init__(self, document: dict[str, Any], package: str = "ingram_orders") -> None:
        self.document = document
        self._refs = RefResolver(document)
        self.package = package
        self.validator = ExampleValidator(document)
        self.operations = {op.label: op for op in contract_operations(document)}
        self.modules = client_modules(package)
        # Inputs are generated as the client reads the contract (see `_objects_typed`).
        self.schema = schemathesis.openapi.from_dict(_objects_typed(document), config=schemathesis.Config())
        self.schema.config.generation.update(database="none", deterministic=True)
        client_module = importlib.import_module(f"{package}.client")
        self._client = client_module.Client(base_url=MOCK_BASE_URL, raise_on_unexpected_status=False)

    # -- helpers -----------------------------------------------------------------------------------------

    def module(self, label: str) -> types.ModuleType | None:
        return self.modules.get(self.operations[label].key)

    def _resolve(self, schema: Any) -> Any:
        return self._refs.resolve(schema)

    def _missing(self, label: str) -> Finding:
        return Finding(
            operation=label,
            check="client-operation",
            message="the client has no function for this operation (method and path)",
            detail="missing",
        )

    def call_kwargs(self, module: types.ModuleType, case: Any) -> dict[str, Any]:
        """Keyword arguments of `sync_detailed` for a generated case (raises ValueError if impossible)."""
        function = module.sync_detailed
        hints = typing.get_type_hints(function)
        by_name = {_normalise(name): name for name in hints if name not in ("client", "return")}
        kwargs: dict[str, Any] = {}
        # Schemathesis keeps path parameters percent-encoded (as they go on the wire); the client encodes.
        path = {name: unquote(str(value)) for name, value in (case.path_parameters or {}).items()}
        for container in (path, case.query, case.headers):
            for name, value in (container or {}).items():
                python = by_name.get(_normalise(name))
                if python is None:
                    continue
                hint = hints[python]
                if any(typing.get_origin(arg) is list for arg in _union_args(hint)) and not isinstance(
                    value, list
                ):
                    value = [value]
                kwargs[python] = to_client_value(value, hint)
        if "body" in hints and case.body is not None and not _is_not_set(case.body):
            kwargs["body"] = to_client_value(case.body, hints["body"])
        return kwargs

    # -- requests ------------------------------------------------------------------------------------------

    def check_requests(self, label: str, *, max_examples: int, seed: int = 0) -> MockModeReport:
        """Generated cases → client calls → captured requests validated against the contract."""
        report = MockModeReport()
        module = self.module(label)
        if module is None:
            report.extend([self._missing(label)])
            return report
        operation = self.schema[self.operations[label].path][self.operations[label].method]
        strategy = operation.as_strategy()

        def one(case: Any) -> None:
            hypothesis.assume(_ascii_headers(case.headers))
            try:
                kwargs = self.call_kwargs(module, case)
            except ValueError as exc:
                report.findings.append(Finding(label, "client-input", str(exc)[:400], detail=_reason(exc)))
                return
            captured: list[httpx.Request] = []
            with respx.mock(base_url=MOCK_BASE_URL, assert_all_called=False) as router:
                router.route().mock(
                    side_effect=lambda request: captured.append(request) or httpx.Response(418)
                )
                try:
                    module.sync_detailed(client=self._client, **kwargs)
                except Exception as exc:
                    report.findings.append(
                        Finding(
                            label,
                            "client-input",
                            f"the client raised {type(exc).__name__}: {exc}"[:400],
                            detail=type(exc).__name__,
                        )
                    )
                    return
            report.requests_checked += 1
            for request in captured:
                report.extend(self.validate_request(label, request))

        test = hypothesis.given(strategy)(one)
        test = _settings(max_examples)(test)
        hypothesis.seed(seed)(test)()
        report.findings = dedupe(report.findings)
        return report

    def validate_request(self, label: str, request: httpx.Request) -> list[Finding]:
        """Every way a captured request disagrees with the contract's operation."""
        op = self.operations[label]
        findings: list[Finding] = []

        def problem(detail: str, message: str) -> None:
            findings.append(Finding(label, "request-conformance", message, detail=detail))

        if request.method.upper() != op.method.upper():
            problem("method", f"sent {request.method}, the contract says {op.method.upper()}")
        url = urlsplit(str(request.url))
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "([^/]+)", re.escape(op.path)) + "$"
        match = re.match(pattern, url.path)
        if match is None:
            problem("path", f"sent path {url.path}, which does not match {op.path}")
        path_values = dict(zip(_PARAMETER.findall(op.path), match.groups() if match else (), strict=False))
        query = parse_qs(url.query, keep_blank_values=True)
        declared_query = set()
        for index, parameter in enumerate(op.definition.get("parameters") or []):
            name, where = parameter["name"], parameter["in"]
            pointer = f"{op.pointer}/parameters/{index}/schema"
            schema = self._resolve(parameter.get("schema") or {})
            raw: list[str] | None
            if where == "path":
                raw = [unquote(path_values[name])] if name in path_values else None
            elif where == "query":
                declared_query.add(name)
                raw = query.get(name)
            elif where == "header":
                raw = [request.headers[name]] if name in request.headers else None
            else:
                continue
            if raw is None:
                if parameter.get("required"):
                    problem(f"{where}.{name}.missing", f"required {where} parameter {name} was not sent")
                continue
            value = _from_wire(raw, schema)
            for error in self.validator.errors(pointer, value)[:1]:
                problem(f"{where}.{name}", f"{where} parameter {name}={value!r}: {error.message[:200]}")
        for name in set(query) - declared_query:
            problem(
                f"query.{name}.undeclared",
                f"sent query parameter {name}, which the contract does not declare",
            )
        body = op.definition.get("requestBody") or {}
        content = body.get("content") or {}
        if content:
            media_type = request.headers.get("content-type", "").split(";")[0].strip()
            if not request.content:
                if body.get("required"):
                    problem("body.missing", "the required request body was not sent")
            elif media_type not in content:
                problem(
                    "body.content_type", f"sent {media_type or 'no content type'}, declared {sorted(content)}"
                )
            else:
                pointer = f"{op.pointer}/requestBody/content/{_escape(media_type)}/schema"
                try:
                    value = (
                        {k: v[0] for k, v in parse_qs(request.content.decode()).items()}
                        if media_type == "application/x-www-form-urlencoded"
                        else json.loads(request.content)
                    )
                except ValueError as exc:
                    problem("body.decode", f"the body is not {media_type}: {exc}")
                else:
                    for error in self.validator.errors(pointer, value)[:1]:
                        at = "/" + "/".join(str(token) for token in error.absolute_path)
                        problem(f"body{at}", f"request body at {at}: {error.message[:200]}")
        return findings

    # -- responses ---------------------------------------------------------------------------------------

    def response_instances(
        self, label: str, *, max_examples: int, seed: int = 0
    ) -> Iterator[tuple[str, Any]]:
        """(status, JSON body): the operation's response examples, then generated instances per status."""
        op = self.operations[label]
        for example in iter_examples({"paths": {op.path: {op.method: op.definition}}}):
            # Whole responses only: examples of a sub-schema have a deeper schema pointer.
            if example.kind == "response" and example.schema_pointer.endswith(
                "/content/application~1json/schema"
            ):
                yield str(example.status), example.value
        for status, response in (op.definition.get("responses") or {}).items():
            schema = ((response.get("content") or {}).get("application/json") or {}).get("schema")
            if schema is not None:
                for value in (
                    self._generate(schema, max_examples=max_examples, seed=seed) if max_examples else ()
                ):
                    yield str(status), value

    def _generate(self, schema: dict[str, Any], *, max_examples: int, seed: int) -> list[Any]:
        # Schemathesis generates request bodies; a response schema posing as one is generated the same way.
        document = {
            "openapi": self.document.get("openapi", "3.0.0"),
            "info": {"title": "responses", "version": "1"},
            "paths": {
                "/response": {
                    "post": {
                        "requestBody": {
                            "required": True,
                            "content": {"application/json": {"schema": schema}},
                        },
                        "responses": {"200": {"description": "OK"}},
                    }
                }
            },
            "components": self.document.get("components") or {},
        }
        document = _objects_typed(document)
        loaded = schemathesis.openapi.from_dict(document, config=schemathesis.Config())
        strategy = loaded["/response"]["POST"].as_strategy()
        values: list[Any] = []

        def keep(case: Any) -> None:
            values.append(case.body)

        test = hypothesis.given(strategy)(keep)
        test = _settings(max_examples)(test)
        hypothesis.seed(seed)(test)()
        return values

    def check_responses(self, label: str, *, max_examples: int, seed: int = 0) -> MockModeReport:
        """Every response the contract allows parses, into the declared types."""
        report = MockModeReport()
        module = self.module(label)
        if module is None:
            report.extend([self._missing(label)])
            return report
        op = self.operations[label]
        kwargs = self._any_call(module, label, seed)
        for status, value in self.response_instances(label, max_examples=max_examples, seed=seed):
            report.responses_checked += 1
            pointer = f"{op.pointer}/responses/{status}/content/application~1json/schema"
            if self.validator.errors(pointer, value):
                report.responses_skipped += (
                    1  # only what the contract allows; its examples are checked elsewhere
                )
                continue
            with respx.mock(base_url=MOCK_BASE_URL, assert_all_called=False) as router:
                # `json=None` would send no body at all: a JSON `null` (a release's answer) is sent as such.
                content = json.dumps(value).encode()
                answer = httpx.Response(
                    int(status), content=content, headers={"content-type": "application/json"}
                )
                router.route().mock(return_value=answer)
                try:
                    parsed = module.sync_detailed(client=self._client, **kwargs).parsed
                except Exception as exc:
                    report.findings.append(
                        Finding(
                            label,
                            "response-parsing",
                            f"{status}: the client raised {type(exc).__name__}: {str(exc)[:300]}",
                            detail=f"{status}|{type(exc).__name__}",
                            status_code=int(status),
                        )
                    )
                    continue
            schema = op.definition["responses"][status]["content"]["application/json"]["schema"]
            for where, problem in type_problems(self.document, schema, value, parsed):
                report.findings.append(
                    Finding(
                        label,
                        "response-types",
                        f"{status} at {where or '/'}: {problem}",
                        detail=f"{status}|{re.sub(r'/[0-9]+', '/*', where)}",
                        status_code=int(status),
                    )
                )
        report.findings = dedupe(report.findings)
        return report

    def _any_call(self, module: types.ModuleType, label: str, seed: int) -> dict[str, Any]:
        op = self.operations[label]
        operation = self.schema[op.path][op.method]
        found: list[dict[str, Any]] = []

        def first(case: Any) -> None:
            hypothesis.assume(_ascii_headers(case.headers))
            try:
                found.append(self.call_kwargs(module, case))
            except ValueError:
                hypothesis.assume(False)
            raise _Found

        test = hypothesis.given(operation.as_strategy())(first)
        with contextlib.suppress(_Found):
            hypothesis.seed(seed)(_settings(50)(test))()
        if not found:
            raise RuntimeError(f"no callable case for {label}")
        return found[0]

    def check(self, label: str, *, max_examples: int, seed: int = 0) -> MockModeReport:
        """Both halves for one operation."""
        requests = self.check_requests(label, max_examples=max_examples, seed=seed)
        responses = self.check_responses(label, max_examples=max_examples, seed=seed)
        return MockModeReport(
            findings=dedupe([*requests.findings, *responses.findings]),
            requests_checked=requests.requests_checked,
            responses_checked=responses.responses_checked,
            responses_skipped=responses.responses_skipped,
        )


def _objects_typed(node: Any) -> Any:
    """A copy where a schema with `properties` but no `type` is an object, as the generator reads it.

    The contract leaves `type: object` off a few line schemas, so JSON Schema lets their items be any
    type; the vendor's examples, its servers and the generated client all treat them as objects (the
    missing keyword is reported as a contract defect of its own, see test_mock_mode.py).
    """
    if isinstance(node, dict):
        copied = {key: _objects_typed(value) for key, value in node.items()}
        if isinstance(copied.get("properties"), dict) and "type" not in copied and "$ref" not in copied:
            copied["type"] = "object"
        return copied
    if isinstance(node, list):
        return [_objects_typed(item) for item in node]
    return node


def untyped_object_schemas(document: dict[str, Any]) -> list[str]:
    """JSON pointers of schemas that declare `properties` without `type: object`."""
    found: list[str] = []

    def walk(node: Any, pointer: str) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("properties"), dict) and "type" not in node and "$ref" not in node:
                found.append(pointer)
            for key, value in node.items():
                walk(value, f"{pointer}/{_escape(str(key))}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{pointer}/{index}")

    walk(document, "")
    return found


class _Found(Exception):
    pass


def _is_not_set(value: Any) -> bool:
    return type(value).__name__ == "NotSet"


def _ascii_headers(headers: Any) -> bool:
    # HTTP header values are bytes on the wire; the client (httpx) sends only ASCII, as does the vendor.
    return all(str(value).isascii() and str(value).isprintable() for value in (headers or {}).values())


def _from_wire(raw: list[str], schema: dict[str, Any]) -> Any:
    kind = schema.get("type")
    try:
        if kind == "array":
            values = raw[0].split(",") if len(raw) == 1 and "," in raw[0] else raw
            return [_from_wire([item], schema.get("items") or {}) for item in values]
        if kind == "integer":
            return int(raw[0])
        if kind == "number":
            return float(raw[0])
        if kind == "boolean":
            return {"true": True, "false": False}.get(raw[0], raw[0])
    except ValueError:
        return raw[0]
    return raw[0]


def _reason(exc: BaseException) -> str:
    # The stable part of a conversion error: the type it failed on, not the generated value.
    return str(exc).rsplit(" as ", 1)[-1][:120]


def _settings(max_examples: int) -> Callable[[Any], Any]:
    return hypothesis.settings(
        max_examples=max_examples,
        database=None,
        deadline=None,
        derandomize=False,
        phases=(Phase.explicit, Phase.generate),
        suppress_health_check=list(HealthCheck),
        print_blob=False,
        verbosity=hypothesis.Verbosity.quiet,
    )
