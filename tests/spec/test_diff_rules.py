"""Every diff rule on a minimal spec: one mutation each, in both severities.

Each row mutates a copy of BASE in exactly one way and states the single change the diff must report
(operation, location, severity, rule). Rows come in pairs where a rule has two sides: the change that
breaks a client and its harmless counterpart (e.g. maxLength tightened vs loosened on a request).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from ingram_contract import cli
from ingram_contract.spec.diff import BREAKING, NON_BREAKING, diff_documents, render_json, render_markdown
from ingram_contract.spec.errors import SpecError
from ingram_contract.spec.refs import RefResolver

CREATE = "/resellers/v6/orders"
DETAILS = "/resellers/v6.1/orders/{ordernumber}"
CANCEL = "/resellers/v6/orders/{OrderNumber}"
WEBHOOK = "/resellers/v1/webhooks/orderstatusevent"


def _json_body(ref: str) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": {"$ref": ref}}}}


BASE: dict[str, Any] = {
    "openapi": "3.0.1",
    "info": {"title": "test", "version": "1"},
    "paths": {
        CREATE: {
            "post": {
                "operationId": "post-createorder_v6",
                "tags": ["Orders"],
                "parameters": [{"$ref": "#/components/parameters/CustomerNumber"}],
                "requestBody": {"required": True, **_json_body("#/components/schemas/OrderCreateRequest")},
                "responses": {
                    "201": {
                        "description": "created",
                        **_json_body("#/components/schemas/OrderCreateResponse"),
                    },
                    "400": {"description": "bad request"},
                },
            }
        },
        DETAILS: {
            "get": {
                "operationId": "get-orderdetails-v6.1",
                "tags": ["Orders"],
                "parameters": [
                    {"name": "ordernumber", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"$ref": "#/components/parameters/CustomerNumber"},
                    {"name": "simulateStatus", "in": "query", "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": {"description": "ok", **_json_body("#/components/schemas/OrderDetails")}
                },
            }
        },
        CANCEL: {
            "delete": {
                "operationId": "delete-cancelorder",
                "tags": ["Orders"],
                "parameters": [
                    {"name": "OrderNumber", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {"200": {"description": "ok"}},
            }
        },
        WEBHOOK: {
            "post": {
                "operationId": "post-orderstatusevent",
                "tags": ["Webhooks"],
                "requestBody": _json_body("#/components/schemas/OrderStatusEvent"),
                "responses": {"200": {"description": "received"}},
            }
        },
        "/resellers/v6/invoices": {
            "get": {"operationId": "get-invoices", "responses": {"200": {"description": "ok"}}},
        },
    },
    "components": {
        "parameters": {
            "CustomerNumber": {
                "name": "IM-CustomerNumber",
                "in": "header",
                "required": True,
                "schema": {"type": "string", "maxLength": 10},
            }
        },
        "schemas": {
            "OrderCreateRequest": {
                "type": "object",
                "required": ["customerOrderNumber"],
                "properties": {
                    "customerOrderNumber": {"type": "string", "maxLength": 18, "minLength": 1},
                    "notes": {"type": "string", "nullable": True},
                    "requestedDeliveryDate": {"type": "string", "format": "date"},
                    "shipComplete": {"type": "string", "enum": ["Y", "N"]},
                    "lines": {"type": "array", "items": {"$ref": "#/components/schemas/OrderLine"}},
                },
            },
            "OrderLine": {
                "type": "object",
                "properties": {
                    "ingramPartNumber": {"type": "string"},
                    "quantity": {"type": "integer"},
                },
            },
            "OrderCreateResponse": {
                "type": "object",
                "properties": {
                    "confirmationNumber": {"type": "string"},
                    "orders": {"type": "array", "items": {"$ref": "#/components/schemas/OrderSummary"}},
                },
            },
            "OrderSummary": {
                "type": "object",
                "properties": {"ingramOrderNumber": {"type": "string"}, "orderTotal": {"type": "number"}},
            },
            "OrderDetails": {
                "type": "object",
                "required": ["ingramOrderNumber"],
                "properties": {
                    "ingramOrderNumber": {"type": "string"},
                    "ingramOrderDate": {"type": "string", "format": "date-time"},
                    "orderStatus": {"type": "string", "enum": ["PROCESSING", "SHIPPED"]},
                    "backOrderETAData": {"type": "string"},
                    "totalFees": {"type": "number", "maxLength": 20},
                    "lines": {"type": "array", "items": {"$ref": "#/components/schemas/OrderSummary"}},
                    "category": {"$ref": "#/components/schemas/Category"},
                },
            },
            "Category": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Category"}},
                },
            },
            "OrderStatusEvent": {
                "type": "object",
                "properties": {"eventId": {"type": "string"}, "orderStatus": {"type": "string"}},
            },
        },
    },
}

Mutation = Callable[[dict[str, Any]], None]
SCHEMAS = ("components", "schemas")


def _at(doc: dict[str, Any], *keys: str) -> Any:
    node: Any = doc
    for key in keys:
        node = node[key]
    return node


def _set(*keys: str, value: Any) -> Mutation:
    def mutate(doc: dict[str, Any]) -> None:
        _at(doc, *keys[:-1])[keys[-1]] = copy.deepcopy(value)

    return mutate


def _delete(*keys: str) -> Mutation:
    def mutate(doc: dict[str, Any]) -> None:
        del _at(doc, *keys[:-1])[keys[-1]]

    return mutate


def _rename_key(keys: tuple[str, ...], old: str, new: str) -> Mutation:
    def mutate(doc: dict[str, Any]) -> None:
        mapping = _at(doc, *keys)
        mapping[new] = mapping.pop(old)

    return mutate


def _both(*mutations: Mutation) -> Mutation:
    def mutate(doc: dict[str, Any]) -> None:
        for mutation in mutations:
            mutation(doc)

    return mutate


def _rename_path_param(name: str) -> Mutation:
    def mutate(doc: dict[str, Any]) -> None:
        item = doc["paths"].pop(CANCEL)
        item["delete"]["parameters"][0]["name"] = name
        doc["paths"][f"/resellers/v6/orders/{{{name}}}"] = item

    return mutate


def _append_param(path: str, method: str, param: dict[str, Any]) -> Mutation:
    def mutate(doc: dict[str, Any]) -> None:
        doc["paths"][path][method]["parameters"].append(copy.deepcopy(param))

    return mutate


def _require_simulate_status(doc: dict[str, Any]) -> None:
    doc["paths"][DETAILS]["get"]["parameters"][2]["required"] = True


def _inline_optional_customer_number(doc: dict[str, Any]) -> None:
    shared = doc["components"]["parameters"]["CustomerNumber"]
    doc["paths"][DETAILS]["get"]["parameters"][1] = {**shared, "required": False}


REQ = (*SCHEMAS, "OrderCreateRequest", "properties")
LINE = (*SCHEMAS, "OrderLine", "properties")
DET = (*SCHEMAS, "OrderDetails", "properties")
POST_CREATE = f"POST {CREATE}"
GET_DETAILS = f"GET {DETAILS}"
DELETE_CANCEL = f"DELETE {CANCEL}"
B, N = BREAKING, NON_BREAKING

# (id, mutation, operation, location, severity, rule)
CASES: list[tuple[str, Mutation, str, str, str, str]] = [
    ("operation-removed", _delete("paths", CANCEL, "delete"), DELETE_CANCEL, "path", B, "operation-removed"),
    ("path-removed", _delete("paths", DETAILS), GET_DETAILS, "path", B, "operation-removed"),
    (
        "operation-added",
        _set("paths", CANCEL, "get", value={"responses": {"200": {"description": "ok"}}}),
        f"GET {CANCEL}",
        "path",
        N,
        "operation-added",
    ),
    (
        "path-parameter-renamed-case-only-is-absorbed-by-the-generated-name",
        _rename_path_param("orderNumber"),
        "DELETE /resellers/v6/orders/{orderNumber}",
        "parameter.path.orderNumber",
        N,
        "path-parameter-renamed",
    ),
    (
        "path-parameter-renamed",
        _rename_path_param("orderId"),
        "DELETE /resellers/v6/orders/{orderId}",
        "parameter.path.orderId",
        B,
        "path-parameter-renamed",
    ),
    (
        "required-parameter-added",
        _append_param(
            DETAILS, "get", {"name": "IM-SenderID", "in": "header", "required": True, "schema": {}}
        ),
        GET_DETAILS,
        "parameter.header.IM-SenderID",
        B,
        "required-parameter-added",
    ),
    (
        "optional-parameter-added",
        _append_param(DETAILS, "get", {"name": "region", "in": "query", "schema": {"type": "string"}}),
        GET_DETAILS,
        "parameter.query.region",
        N,
        "parameter-added",
    ),
    (
        "parameter-removed",
        lambda doc: doc["paths"][DETAILS]["get"]["parameters"].pop(2),
        GET_DETAILS,
        "parameter.query.simulateStatus",
        B,
        "parameter-removed",
    ),
    (
        "parameter-made-required",
        _require_simulate_status,
        GET_DETAILS,
        "parameter.query.simulateStatus",
        B,
        "parameter-made-required",
    ),
    (
        "parameter-made-optional",
        _inline_optional_customer_number,
        GET_DETAILS,
        "parameter.header.IM-CustomerNumber",
        N,
        "parameter-made-optional",
    ),
    (
        "header-name-case-only",
        _set(*SCHEMAS[:1], "parameters", "CustomerNumber", "name", value="IM-customernumber"),
        "",
        "",
        "",
        "",
    ),
    (
        "required-request-property-added",
        _both(
            _set(*REQ, "resellerId", value={"type": "string"}),
            lambda doc: doc["components"]["schemas"]["OrderCreateRequest"]["required"].append("resellerId"),
        ),
        POST_CREATE,
        "request.body.resellerId",
        B,
        "required-property-added",
    ),
    (
        "optional-request-property-added",
        _set(*REQ, "resellerId", value={"type": "string"}),
        POST_CREATE,
        "request.body.resellerId",
        N,
        "property-added",
    ),
    (
        "request-property-made-required",
        lambda doc: doc["components"]["schemas"]["OrderCreateRequest"]["required"].append("notes"),
        POST_CREATE,
        "request.body.notes",
        B,
        "property-made-required",
    ),
    (
        "request-property-removed",
        _delete(*LINE, "ingramPartNumber"),
        POST_CREATE,
        "request.body.lines[].ingramPartNumber",
        N,
        "property-removed",
    ),
    (
        "response-property-removed",
        _delete(*DET, "ingramOrderDate"),
        GET_DETAILS,
        "response.200.body.ingramOrderDate",
        B,
        "property-removed",
    ),
    (
        "response-property-renamed",
        _rename_key(DET, "backOrderETAData", "backOrderETADate"),
        GET_DETAILS,
        "response.200.body.backOrderETADate",
        B,
        "property-renamed",
    ),
    (
        "request-property-renamed",
        _rename_key(REQ, "customerOrderNumber", "customerorderNumber"),
        POST_CREATE,
        "request.body.customerorderNumber",
        B,
        "property-renamed",
    ),
    (
        "response-property-added",
        _set(*DET, "totalTax", value={"type": "number"}),
        GET_DETAILS,
        "response.200.body.totalTax",
        N,
        "property-added",
    ),
    (
        "response-property-no-longer-required",
        _set(*SCHEMAS, "OrderDetails", "required", value=[]),
        GET_DETAILS,
        "response.200.body.ingramOrderNumber",
        B,
        "property-made-optional",
    ),
    (
        "request-type-string-to-integer",
        _set(*REQ, "customerOrderNumber", "type", value="integer"),
        POST_CREATE,
        "request.body.customerOrderNumber",
        B,
        "type-changed",
    ),
    (
        "response-type-string-to-integer",
        _set(*DET, "backOrderETAData", "type", value="integer"),
        GET_DETAILS,
        "response.200.body.backOrderETAData",
        B,
        "type-changed",
    ),
    (
        "request-type-integer-to-number-widens",
        _set(*LINE, "quantity", "type", value="number"),
        POST_CREATE,
        "request.body.lines[].quantity",
        N,
        "type-changed",
    ),
    (
        "response-format-date-time-dropped",
        _delete(*DET, "ingramOrderDate", "format"),
        GET_DETAILS,
        "response.200.body.ingramOrderDate",
        B,
        "format-removed",
    ),
    (
        "request-format-dropped-loosens",
        _both(
            _set(*REQ, "notes", "format", value="email"),
            lambda doc: doc["components"]["schemas"]["OrderCreateRequest"]["properties"]["notes"].pop(
                "format"
            ),
        ),
        "",
        "",
        "",
        "",
    ),
    (
        "request-format-date-dropped-retypes-the-generated-argument",
        _delete(*REQ, "requestedDeliveryDate", "format"),
        POST_CREATE,
        "request.body.requestedDeliveryDate",
        B,
        "format-removed",
    ),
    (
        "format-changed",
        _set(*REQ, "requestedDeliveryDate", "format", value="date-time"),
        POST_CREATE,
        "request.body.requestedDeliveryDate",
        B,
        "format-changed",
    ),
    (
        "request-enum-value-removed",
        _set(*REQ, "shipComplete", "enum", value=["Y"]),
        POST_CREATE,
        "request.body.shipComplete",
        B,
        "enum-values-removed",
    ),
    (
        "request-enum-value-added",
        _set(*REQ, "shipComplete", "enum", value=["Y", "N", "P"]),
        POST_CREATE,
        "request.body.shipComplete",
        N,
        "enum-values-added",
    ),
    (
        "response-enum-value-added",
        _set(*DET, "orderStatus", "enum", value=["PROCESSING", "SHIPPED", "ON HOLD"]),
        GET_DETAILS,
        "response.200.body.orderStatus",
        B,
        "enum-values-added",
    ),
    (
        "response-enum-value-removed",
        _set(*DET, "orderStatus", "enum", value=["SHIPPED"]),
        GET_DETAILS,
        "response.200.body.orderStatus",
        N,
        "enum-values-removed",
    ),
    (
        "response-nullable-added",
        _set(*DET, "ingramOrderNumber", "nullable", value=True),
        GET_DETAILS,
        "response.200.body.ingramOrderNumber",
        B,
        "nullable-added",
    ),
    (
        "request-nullable-added",
        _set(*REQ, "customerOrderNumber", "nullable", value=True),
        POST_CREATE,
        "request.body.customerOrderNumber",
        N,
        "nullable-added",
    ),
    (
        "request-nullable-removed",
        _delete(*REQ, "notes", "nullable"),
        POST_CREATE,
        "request.body.notes",
        B,
        "nullable-removed",
    ),
    (
        "request-maxLength-tightened",
        _set(*REQ, "customerOrderNumber", "maxLength", value=10),
        POST_CREATE,
        "request.body.customerOrderNumber",
        B,
        "maxLength-changed",
    ),
    (
        "request-maxLength-added",
        _set(*REQ, "notes", "maxLength", value=132),
        POST_CREATE,
        "request.body.notes",
        B,
        "maxLength-changed",
    ),
    (
        "request-maxLength-loosened",
        _set(*REQ, "customerOrderNumber", "maxLength", value=35),
        POST_CREATE,
        "request.body.customerOrderNumber",
        N,
        "maxLength-changed",
    ),
    (
        "request-minLength-tightened",
        _set(*REQ, "customerOrderNumber", "minLength", value=3),
        POST_CREATE,
        "request.body.customerOrderNumber",
        B,
        "minLength-changed",
    ),
    (
        "request-minLength-loosened",
        _delete(*REQ, "customerOrderNumber", "minLength"),
        POST_CREATE,
        "request.body.customerOrderNumber",
        N,
        "minLength-changed",
    ),
    (
        "response-maxLength-tightened",
        _set(*DET, "totalFees", "maxLength", value=5),
        GET_DETAILS,
        "response.200.body.totalFees",
        N,
        "maxLength-changed",
    ),
    (
        "response-status-removed",
        _delete("paths", CREATE, "post", "responses", "400"),
        POST_CREATE,
        "response.400",
        B,
        "response-status-removed",
    ),
    (
        "response-status-added",
        _set("paths", CREATE, "post", "responses", "207", value={"description": "partial"}),
        POST_CREATE,
        "response.207",
        N,
        "response-status-added",
    ),
    (
        "response-root-object-to-array",
        _set(
            "paths",
            DETAILS,
            "get",
            "responses",
            "200",
            "content",
            "application/json",
            "schema",
            value={"type": "array", "items": {"$ref": "#/components/schemas/OrderDetails"}},
        ),
        GET_DETAILS,
        "response.200.body",
        B,
        "response-root-changed",
    ),
    (
        "operationId-changed",
        _set("paths", CREATE, "post", "operationId", value="post-createorder_v7"),
        POST_CREATE,
        "operationId",
        B,
        "operation-id-changed",
    ),
    (
        "tag-changed",
        _set("paths", CREATE, "post", "tags", value=["AsyncOrderCreate"]),
        POST_CREATE,
        "tags",
        B,
        "tag-changed",
    ),
    (
        "webhook-body-made-required-is-nothing-to-its-receiver",
        _set("paths", WEBHOOK, "post", "requestBody", "required", value=True),
        "",
        "",
        "",
        "",
    ),
    (
        "webhook-payload-property-removed",
        _delete(*SCHEMAS, "OrderStatusEvent", "properties", "orderStatus"),
        f"POST {WEBHOOK}",
        "request.body.orderStatus",
        B,
        "property-removed",
    ),
    (
        "recursive-schema-changed-deep",
        _set(*SCHEMAS, "Category", "properties", "name", "type", value="integer"),
        GET_DETAILS,
        "response.200.body.category.name",
        B,
        "type-changed",
    ),
    (
        "out-of-scope-path-ignored",
        _delete("paths", "/resellers/v6/invoices"),
        "",
        "",
        "",
        "",
    ),
    (
        "description-only-ignored",
        _set(*DET, "ingramOrderNumber", "description", value="The order number."),
        "",
        "",
        "",
        "",
    ),
]


def _mutated(mutation: Mutation) -> dict[str, Any]:
    doc = copy.deepcopy(BASE)
    mutation(doc)
    return doc


@pytest.mark.parametrize(
    ("mutation", "operation", "location", "severity", "rule"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_one_mutation_is_one_classified_change(
    mutation: Mutation, operation: str, location: str, severity: str, rule: str
) -> None:
    report = diff_documents(BASE, _mutated(mutation))
    got = [(c.operation, c.location, c.severity, c.rule) for c in report.changes]
    if not operation:
        assert got == []
        assert not report.has_breaking
        return
    assert got == [(operation, location, severity, rule)]
    assert report.has_breaking is (severity == BREAKING)
    assert report.changes[0].message


def test_identical_documents_have_no_change() -> None:
    assert diff_documents(BASE, copy.deepcopy(BASE)).changes == ()


def test_shared_component_change_is_reported_on_every_operation_using_it() -> None:
    # OrderSummary is used by the create response and the details response: the memo must not hide one.
    new = _mutated(_delete(*SCHEMAS, "OrderSummary", "properties", "orderTotal"))
    locations = {(c.operation, c.location) for c in diff_documents(BASE, new).changes}
    assert locations == {
        (POST_CREATE, "response.201.body.orders[].orderTotal"),
        (GET_DETAILS, "response.200.body.lines[].orderTotal"),
    }


def test_unalike_names_are_a_removal_and_an_addition_not_a_rename() -> None:
    new = _mutated(_rename_key(DET, "backOrderETAData", "promisedDate"))
    rules = sorted((c.location, c.rule) for c in diff_documents(BASE, new).changes)
    assert rules == [
        ("response.200.body.backOrderETAData", "property-removed"),
        ("response.200.body.promisedDate", "property-added"),
    ]


def test_rename_needs_the_same_type() -> None:
    new = _mutated(
        _both(_delete(*DET, "backOrderETAData"), _set(*DET, "backOrderETADate", value={"type": "integer"}))
    )
    assert {c.rule for c in diff_documents(BASE, new).changes} == {"property-removed", "property-added"}


def test_cut_contract_with_inlined_schemas_equals_the_full_document() -> None:
    # A cut keeps paths but may inline or move schemas: only meaning counts, never $ref spelling.
    inlined = copy.deepcopy(BASE)
    refs = RefResolver(BASE)
    inlined["paths"][DETAILS]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = (
        refs.resolve({"$ref": "#/components/schemas/OrderDetails"})
    )
    del inlined["paths"]["/resellers/v6/invoices"]
    assert diff_documents(BASE, inlined).changes == ()


def test_output_is_sorted_breaking_first_and_deterministic() -> None:
    new = _mutated(
        _both(
            _set(*DET, "totalTax", value={"type": "number"}),
            _delete(*DET, "ingramOrderDate"),
            _set("paths", CREATE, "post", "tags", value=["X"]),
        )
    )
    report = diff_documents(BASE, new)
    assert [c.severity for c in report.changes] == [B, B, N]
    assert [c.operation for c in report.changes[:2]] == [GET_DETAILS, POST_CREATE]  # by path, "." < "/"
    assert render_json(report) == render_json(diff_documents(BASE, new))


def test_json_shape_is_exactly_the_documented_one() -> None:
    report = diff_documents(BASE, _mutated(_delete(*DET, "ingramOrderDate")))
    data = json.loads(render_json(report))
    assert set(data) == {"judged_by", "changes", "summary"}
    assert data["summary"] == {"breaking": 1, "non-breaking": 0}
    assert set(data["changes"][0]) == {
        "operation",
        "severity",
        "location",
        "message",
        "rule",
        "python",
        "client",
    }
    assert data["changes"][0]["operation"] == GET_DETAILS


def test_markdown_is_a_table_and_escapes_pipes() -> None:
    new = _mutated(_set(*REQ, "shipComplete", "enum", value=["Y|N"]))
    text = render_markdown(diff_documents(BASE, new), "a.yaml", "b.yaml")
    assert "| Severity | Operation | Location | Python | Change |" in text
    assert "'Y\\|N'" in text
    assert "No change" in render_markdown(diff_documents(BASE, BASE))


def test_ref_loop_and_external_ref_are_spec_errors() -> None:
    looped = copy.deepcopy(BASE)
    looped["components"]["schemas"]["A"] = {"$ref": "#/components/schemas/B"}
    looped["components"]["schemas"]["B"] = {"$ref": "#/components/schemas/A"}
    looped["components"]["schemas"]["OrderDetails"]["properties"]["a"] = {"$ref": "#/components/schemas/A"}
    with pytest.raises(SpecError, match="loop"):
        diff_documents(looped, looped)
    external = _mutated(_set(*DET, "a", value={"$ref": "other.yaml#/A"}))
    with pytest.raises(SpecError, match="local"):
        diff_documents(external, external)


@pytest.fixture
def spec_files(tmp_path: Path) -> Callable[[dict[str, Any]], tuple[str, str]]:
    def write(new: dict[str, Any]) -> tuple[str, str]:
        old_path, new_path = tmp_path / "old.yaml", tmp_path / "new.yaml"
        old_path.write_text(yaml.safe_dump(BASE))
        new_path.write_text(json.dumps(new))
        return str(old_path), str(new_path)

    return write


def test_cli_exit_0_without_breaking_change(
    spec_files: Callable[..., tuple[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = spec_files(_mutated(_set(*DET, "totalTax", value={"type": "number"})))
    assert cli.main(["diff", old, new, "--format", "json", "--no-codegen"]) == 0
    assert json.loads(capsys.readouterr().out)["summary"] == {"breaking": 0, "non-breaking": 1}


def test_cli_exit_1_with_breaking_change(
    spec_files: Callable[..., tuple[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = spec_files(_mutated(_delete(*DET, "ingramOrderDate")))
    assert cli.main(["diff", old, new, "--no-codegen"]) == 1
    assert "| breaking | `GET /resellers/v6.1/orders/{ordernumber}` |" in capsys.readouterr().out


def test_cli_exit_2_on_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = tmp_path / "old.yaml"
    old.write_text(yaml.safe_dump(BASE))
    assert cli.main(["diff", str(old), str(tmp_path / "missing.yaml")]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1
    assert "missing.yaml" in captured.err


def test_cli_exit_2_on_a_document_that_is_not_openapi(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(yaml.safe_dump(BASE))
    new.write_text("swagger: '2.0'\npaths: {}\n")
    assert cli.main(["diff", str(old), str(new), "--format", "json"]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
