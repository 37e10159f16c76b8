"""The wire rules added for the generated-client oracle, each on the minimal spec in both severities.

Composition (`allOf`/`oneOf`/`anyOf`), `pattern`, `minimum`/`maximum`, `minItems`/`maxItems`, `default`,
`additionalProperties`, response headers, `security`, the token URL, and names the generator absorbs
(path parameters, operationIds, a second tag). Same harness as test_diff_rules: one mutation of BASE,
the single change the diff must report.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest

from ingram_contract import cli
from ingram_contract.findings import Severity, Source
from ingram_contract.spec.diff import BREAKING, NON_BREAKING, diff_documents
from ingram_contract.spec.diff_report import exit_code, render_github, render_junit
from tests.spec.test_diff_rules import (
    BASE,
    CREATE,
    DET,
    DETAILS,
    GET_DETAILS,
    LINE,
    POST_CREATE,
    REQ,
    SCHEMAS,
    Mutation,
    _at,
    _both,
    _mutated,
    _set,
)

B, N = BREAKING, NON_BREAKING
TOKEN = "/oauth/oauth20/token"
SCHEMES = "~ components.securitySchemes"
TOKEN_URL = "securitySchemes.app.flows.clientCredentials.tokenUrl"


def _with_token(doc: dict[str, Any]) -> dict[str, Any]:
    """BASE plus a token operation and an OAuth scheme (the token call is in the contract scope)."""
    doc["paths"][TOKEN] = {
        "post": {
            "operationId": "post-accesstoken",
            "security": [],
            "responses": {"200": {"description": "ok"}},
        }
    }
    doc["components"]["securitySchemes"] = {
        "app": {
            "type": "oauth2",
            "flows": {"clientCredentials": {"tokenUrl": "https://h/oauth/oauth20/token"}},
        }
    }
    doc["paths"][DETAILS]["get"]["security"] = [{"app": []}]
    return doc


def _search_param(key: str, value: Any) -> Mutation:
    def mutate(doc: dict[str, Any]) -> None:
        params = doc["paths"][DETAILS]["get"]["parameters"]
        params.append({"name": "pageSize", "in": "query", "schema": {"type": "integer", key: value}})

    return mutate


def _header(doc: dict[str, Any]) -> None:
    doc["paths"][DETAILS]["get"]["responses"]["200"]["headers"] = {
        "IM-CorrelationID": {"schema": {"type": "string"}}
    }


def _with_one_of(*members: dict[str, Any]) -> Mutation:
    return _set(*DET, "reference", value={"oneOf": list(members)})


STRING, INTEGER = {"type": "string"}, {"type": "integer"}

# (id, mutation of BASE giving OLD (None: BASE itself), mutation of BASE giving NEW, operation, location,
# severity, rule)
CASES: list[tuple[str, Mutation | None, Mutation, str, str, str, str]] = [
    (
        "allof-type-changed-inside",
        _set(*DET, "extra", value={"allOf": [{"type": "object", "properties": {"code": STRING}}]}),
        _set(*DET, "extra", value={"allOf": [{"type": "object", "properties": {"code": INTEGER}}]}),
        GET_DETAILS,
        "response.200.body.extra.code",
        B,
        "type-changed",
    ),
    (
        "allof-property-added-inside",
        _set(*DET, "extra", value={"allOf": [{"type": "object", "properties": {"code": STRING}}]}),
        _set(
            *DET, "extra", value={"allOf": [{"type": "object", "properties": {"code": STRING, "n": STRING}}]}
        ),
        GET_DETAILS,
        "response.200.body.extra.n",
        N,
        "property-added",
    ),
    (
        "oneof-member-type-changed",
        _with_one_of(STRING, {"type": "object", "properties": {"id": STRING}}),
        _with_one_of(STRING, {"type": "object", "properties": {"id": INTEGER}}),
        GET_DETAILS,
        "response.200.body.reference.oneOf[1].id",
        B,
        "type-changed",
    ),
    (
        "oneof-member-added-to-received",
        _with_one_of(STRING),
        _with_one_of(STRING, INTEGER),
        GET_DETAILS,
        "response.200.body.reference",
        B,
        "oneOf-added",
    ),
    (
        "oneof-member-removed-from-received",
        _with_one_of(STRING, INTEGER),
        _with_one_of(STRING),
        GET_DETAILS,
        "response.200.body.reference",
        N,
        "oneOf-removed",
    ),
    (
        "pattern-added-on-sent",
        None,
        _set(*REQ, "customerOrderNumber", "pattern", value="^[0-9]+$"),
        POST_CREATE,
        "request.body.customerOrderNumber",
        B,
        "pattern-changed",
    ),
    (
        "pattern-removed-on-sent",
        _set(*REQ, "customerOrderNumber", "pattern", value="^[0-9]+$"),
        _set(*REQ, "customerOrderNumber", "maxLength", value=18),
        POST_CREATE,
        "request.body.customerOrderNumber",
        N,
        "pattern-changed",
    ),
    (
        "pattern-added-on-received",
        None,
        _set(*DET, "ingramOrderNumber", "pattern", value="^[0-9]{2}-"),
        GET_DETAILS,
        "response.200.body.ingramOrderNumber",
        N,
        "pattern-changed",
    ),
    (
        "maximum-lowered-on-a-parameter",
        _search_param("maximum", 100),
        _search_param("maximum", 50),
        GET_DETAILS,
        "parameter.query.pageSize",
        B,
        "maximum-changed",
    ),
    (
        "maximum-raised-on-a-parameter",
        _search_param("maximum", 50),
        _search_param("maximum", 100),
        GET_DETAILS,
        "parameter.query.pageSize",
        N,
        "maximum-changed",
    ),
    (
        "minimum-raised-on-sent",
        None,
        _set(*LINE, "quantity", "minimum", value=1),
        POST_CREATE,
        "request.body.lines[].quantity",
        B,
        "minimum-changed",
    ),
    (
        "minimum-on-received",
        None,
        _set(*DET, "totalFees", "minimum", value=0),
        GET_DETAILS,
        "response.200.body.totalFees",
        N,
        "minimum-changed",
    ),
    (
        "max-items-added-on-sent",
        None,
        _set(*REQ, "lines", "maxItems", value=10),
        POST_CREATE,
        "request.body.lines",
        B,
        "maxItems-changed",
    ),
    (
        "min-items-lowered-on-sent",
        _set(*REQ, "lines", "minItems", value=2),
        _set(*REQ, "lines", "minItems", value=1),
        POST_CREATE,
        "request.body.lines",
        N,
        "minItems-changed",
    ),
    (
        "default-changed-is-reported-not-breaking",
        _search_param("default", 25),
        _search_param("default", 50),
        GET_DETAILS,
        "parameter.query.pageSize",
        N,
        "default-changed",
    ),
    (
        "additional-properties-false-on-sent",
        None,
        _set(*SCHEMAS, "OrderLine", "additionalProperties", value=False),
        POST_CREATE,
        "request.body.lines[]",
        B,
        "additional-properties-closed",
    ),
    (
        "additional-properties-false-lifted-on-sent",
        _set(*SCHEMAS, "OrderLine", "additionalProperties", value=False),
        lambda doc: None,
        POST_CREATE,
        "request.body.lines[]",
        N,
        "additional-properties-opened",
    ),
    (
        "response-header-removed",
        _header,
        lambda doc: None,
        GET_DETAILS,
        "response.200.header.IM-CorrelationID",
        B,
        "response-header-removed",
    ),
    (
        "response-header-added",
        None,
        _header,
        GET_DETAILS,
        "response.200.header.IM-CorrelationID",
        N,
        "response-header-added",
    ),
    (
        "security-added-to-the-token-operation",
        _with_token,
        _both(_with_token, _set("paths", TOKEN, "post", "security", value=[{"app": []}])),
        f"POST {TOKEN}",
        "security",
        B,
        "security-added",
    ),
    (
        "security-dropped-from-an-operation",
        _with_token,
        _both(_with_token, _set("paths", DETAILS, "get", "security", value=[])),
        GET_DETAILS,
        "security",
        N,
        "security-removed",
    ),
    (
        "token-url-changed",
        _with_token,
        _both(
            _with_token,
            _set(
                *("components", "securitySchemes", "app", "flows", "clientCredentials", "tokenUrl"),
                value="/t",
            ),
        ),
        SCHEMES,
        TOKEN_URL,
        B,
        "token-url-changed",
    ),
    (
        "oauth-flow-added",
        _with_token,
        _both(
            _with_token,
            _set(*("components", "securitySchemes", "app", "flows", "password"), value={"tokenUrl": "/t"}),
        ),
        SCHEMES,
        "securitySchemes.app.flows.password",
        N,
        "oauth-flow-added",
    ),
    (
        "operation-id-same-python-name",
        None,
        _set("paths", CREATE, "post", "operationId", value="post-createorder-v6"),
        POST_CREATE,
        "operationId",
        N,
        "operation-id-changed",
    ),
    (
        "second-tag-appended",
        None,
        _set("paths", CREATE, "post", "tags", value=["Orders", "OrderCreate"]),
        POST_CREATE,
        "tags",
        N,
        "tag-changed",
    ),
    (
        "first-tag-changed",
        None,
        _set("paths", CREATE, "post", "tags", value=["OrderCreate", "Orders"]),
        POST_CREATE,
        "tags",
        B,
        "tag-changed",
    ),
    (
        "format-double-dropped-on-received",
        _set(*DET, "totalFees", "format", value="double"),
        lambda doc: None,
        GET_DETAILS,
        "response.200.body.totalFees",
        N,
        "format-removed",
    ),
    (
        "format-date-time-added-on-received",
        None,
        _set(*DET, "backOrderETAData", "format", value="date-time"),
        GET_DETAILS,
        "response.200.body.backOrderETAData",
        B,
        "format-added",
    ),
]


def _pair(old_mutation: Mutation | None, new_mutation: Mutation) -> tuple[dict[str, Any], dict[str, Any]]:
    old = _mutated(old_mutation) if old_mutation else copy.deepcopy(BASE)
    return old, _mutated(new_mutation)


@pytest.mark.parametrize(
    ("old_mutation", "new_mutation", "operation", "location", "severity", "rule"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_one_mutation_is_one_classified_change(
    old_mutation: Mutation | None,
    new_mutation: Mutation,
    operation: str,
    location: str,
    severity: str,
    rule: str,
) -> None:
    old, new = _pair(old_mutation, new_mutation)
    report = diff_documents(old, new)
    got = [(c.operation, c.location, c.severity, c.rule) for c in report.changes]
    assert got == [(operation, location, severity, rule)]
    assert report.has_breaking is (severity == BREAKING)


def test_allof_wrapping_a_ref_with_a_description_is_no_change() -> None:
    new = _mutated(
        _set(
            "paths",
            DETAILS,
            "get",
            "responses",
            "200",
            "content",
            "application/json",
            "schema",
            value={"description": "The order.", "allOf": [{"$ref": "#/components/schemas/OrderDetails"}]},
        )
    )
    assert diff_documents(BASE, new).changes == ()


def test_the_pattern_message_names_the_contract_example_it_refuses() -> None:
    old = _mutated(_set(*REQ, "customerOrderNumber", "example", value="PO-1001"))
    new = copy.deepcopy(old)
    _at(new, *REQ, "customerOrderNumber")["pattern"] = "^[0-9]+$"
    (change,) = diff_documents(old, new).changes
    assert "'PO-1001' does not match it" in change.message


def test_a_change_converts_to_the_projects_findings_model() -> None:
    report = diff_documents(BASE, _mutated(_set(*REQ, "lines", "maxItems", value=10)))
    (finding,) = report.to_findings()
    assert finding.severity is Severity.ERROR
    assert finding.source is Source.UPSTREAM
    assert finding.check == "maxitems-changed"
    assert finding.key.detail == "request.body.lines"


def test_fail_on_and_the_ci_formats() -> None:
    harmless = diff_documents(BASE, _mutated(_set(*DET, "n", value={"type": "string"})))
    breaking = diff_documents(BASE, _mutated(_set(*REQ, "lines", "maxItems", value=10)))
    assert [exit_code(harmless, fail_on) for fail_on in ("breaking", "any", "none")] == [0, 1, 0]
    assert [exit_code(breaking, fail_on) for fail_on in ("breaking", "any", "none")] == [1, 1, 0]
    github = render_github(breaking, "openapi.yaml").splitlines()
    assert github[0].startswith(f"::error file=openapi.yaml,title=POST {CREATE} request.body.lines::")
    assert render_github(harmless).splitlines()[0].startswith("::notice ")
    # Our own output, parsed back: S314 guards against untrusted XML.
    suite = ElementTree.fromstring(render_junit(breaking).split("?>", 1)[1])  # noqa: S314
    assert suite.get("failures") == "1"
    assert suite.find("testcase/failure") is not None
    assert ElementTree.fromstring(render_junit(harmless).split("?>", 1)[1]).get("failures") == "0"  # noqa: S314


def test_json_names_the_rule_and_how_it_was_judged() -> None:
    from ingram_contract.spec.diff import render_json

    data = json.loads(render_json(diff_documents(BASE, _mutated(_set(*REQ, "lines", "maxItems", value=10)))))
    assert data["judged_by"].startswith("wire rules only")
    assert data["changes"][0]["rule"] == "maxItems-changed"
    assert data["changes"][0]["severity"] == "breaking"


def test_cli_writes_the_chosen_format_to_output_and_fails_on_request(tmp_path: Path) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(BASE))
    new.write_text(json.dumps(_mutated(_set(*DET, "n", value={"type": "string"}))))
    out = tmp_path / "report.xml"
    args = ["diff", str(old), str(new), "--no-codegen", "--format", "junit", "--output", str(out)]
    assert cli.main(args) == 0
    assert cli.main([*args, "--fail-on", "any"]) == 1
    assert cli.main([*args, "--fail-on", "none"]) == 0
    assert out.read_text().startswith("<?xml")
    assert (
        cli.main(["diff", str(old), str(new), "--no-codegen", "--output", str(tmp_path / "no" / "r.md")]) == 2
    )
