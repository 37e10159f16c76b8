"""One-change mutants of the real contract, judged by generating both clients (generator + griffe).

The five false alarms of the wire rules (the generated client and the wire are unchanged, so nothing may
be breaking) and the ten blind spots (each must be reported, with the Python it touches). Every mutant
generates one client (~4 s); the unmutated contract's client is generated once per session.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ingram_contract import facts
from ingram_contract.spec import client_api
from ingram_contract.spec.client_api import codegen_unavailable, compare_clients, generated_client, judge
from ingram_contract.spec.diff_report import BREAKING, NON_BREAKING, DiffReport
from ingram_contract.spec.load import load_spec
from ingram_contract.spec.refs import RefResolver

pytestmark = [
    pytest.mark.usefixtures("client_cache"),
    pytest.mark.slow,
    pytest.mark.skipif(codegen_unavailable() is not None, reason=f"codegen: {codegen_unavailable()}"),
]

CANCEL = "/resellers/v6/orders/{OrderNumber}"
DETAILS = "/resellers/v6.1/orders/{ordernumber}"
SEARCH = "/resellers/v6/orders/search"
CREATE = "/resellers/v6/orders"
TOKEN = "/oauth/oauth20/token"
SCHEMAS = ("components", "schemas")
Mutation = Callable[[dict[str, Any]], None]


@pytest.fixture(scope="module")
def contract() -> dict[str, Any]:
    return load_spec(facts.REPO_ROOT / "openapi.yaml").document


def _at(doc: dict[str, Any], *keys: Any) -> Any:
    for key in keys:
        doc = doc[key]
    return doc


def _details_schema(doc: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = _at(
        doc, "paths", DETAILS, "get", "responses", "200", "content", "application/json"
    )
    return schema


def _rename_cancel_param(doc: dict[str, Any]) -> None:
    item = doc["paths"].pop(CANCEL)
    for param in item["delete"]["parameters"]:
        if param.get("name") == "OrderNumber":
            param["name"] = "orderNumber"
    # The modify operation already lives at `{orderNumber}`: the cancel joins it there.
    doc["paths"]["/resellers/v6/orders/{orderNumber}"].update(item)


def _wrap_details_ref(doc: dict[str, Any]) -> None:
    media = _details_schema(doc)
    media["schema"] = {"description": "The order.", "allOf": [media["schema"]]}


def _pagesize(doc: dict[str, Any]) -> dict[str, Any]:
    params = _at(doc, "paths", SEARCH, "get", "parameters")
    param: dict[str, Any] = next(p for p in params if p.get("name") == "pageSize")
    return param


def _set_pagesize(key: str, value: Any) -> Mutation:
    return lambda doc: _pagesize(doc)["schema"].__setitem__(key, value)


def _allof_details(region_type: str) -> Mutation:
    def mutate(doc: dict[str, Any]) -> None:
        media = _details_schema(doc)
        extra = {"type": "object", "properties": {"regionCode": {"type": region_type}}}
        media["schema"] = {"allOf": [media["schema"], extra]}

    return mutate


def _inline_details(doc: dict[str, Any]) -> None:
    media = _details_schema(doc)
    media["schema"] = RefResolver(doc).inline(media["schema"])
    # As the cut does: a component nothing references any more is not kept.
    assert "#/components/schemas/OrderDetailB2B" not in str(doc["paths"])
    del doc["components"]["schemas"]["OrderDetailB2B"]


FALSE_ALARMS: list[tuple[str, Mutation]] = [
    ("path-parameter-case", _rename_cancel_param),
    ("second-tag", lambda doc: _at(doc, "paths", CREATE, "post", "tags").append("OrderCreate")),
    (
        "operation-id-dash",
        lambda doc: _at(doc, "paths", CREATE, "post").__setitem__("operationId", "post-createorder-v6"),
    ),
    (
        "format-double-dropped",
        lambda doc: _at(doc, *SCHEMAS, "OrderDetailB2B", "properties", "totalTax").pop("format"),
    ),
    ("ref-wrapped-in-allof", _wrap_details_ref),
]


@pytest.mark.parametrize(("name", "mutation"), FALSE_ALARMS, ids=[name for name, _ in FALSE_ALARMS])
def test_false_alarm_is_not_breaking_and_the_client_is_unchanged(
    name: str, mutation: Mutation, contract: dict[str, Any]
) -> None:
    new = copy.deepcopy(contract)
    mutation(new)
    report = judge(contract, new)
    assert report.breaking == (), [c.message for c in report.breaking]
    assert compare_clients(generated_client(contract), generated_client(new)) == []


# (id, mutation applied to NEW, mutation applied to OLD too, operation, location, severity, Python name)
BLIND_SPOTS: list[tuple[str, Mutation, Mutation | None, str, str, str, str]] = [
    (
        "type-inside-allof",
        _allof_details("integer"),
        _allof_details("string"),
        f"GET {DETAILS}",
        "response.200.body.regionCode",
        BREAKING,
        "region_code",
    ),
    (
        "pagesize-maximum-lowered",
        _set_pagesize("maximum", 50),
        None,
        f"GET {SEARCH}",
        "parameter.query.pageSize",
        BREAKING,
        "get_resellers_v6_ordersearch.sync(page_size=)",
    ),
    (
        "pattern-added",
        lambda doc: _at(doc, *SCHEMAS, "OrderCreateRequest", "properties", "customerOrderNumber").__setitem__(
            "pattern", "^[0-9]+$"
        ),
        None,
        f"POST {CREATE}",
        "request.body.customerOrderNumber",
        BREAKING,
        "ingram_orders.models.OrderCreateRequest.customer_order_number",
    ),
    (
        "date-time-added-on-received",
        lambda doc: _at(doc, *SCHEMAS, "OrderModifyResponse", "properties", "orderModifiedDate").__setitem__(
            "format", "date-time"
        ),
        None,
        "PUT /resellers/v6/orders/{orderNumber}",
        "response.200.body.anyOf[0].orderModifiedDate",
        BREAKING,
        "ingram_orders.models.OrderModifyResponse.order_modified_date",
    ),
    (
        "security-on-token-operation",
        lambda doc: _at(doc, "paths", TOKEN, "post").__setitem__("security", [{"application": []}]),
        None,
        f"POST {TOKEN}",
        "security",
        BREAKING,
        "post_accesstoken.sync(client=)",
    ),
    (
        "token-url",
        lambda doc: _at(
            doc, "components", "securitySchemes", "application", "flows", "clientCredentials"
        ).__setitem__("tokenUrl", "https://api.ingrammicro.com:443/oauth/oauth30/token"),
        None,
        "~ components.securitySchemes",
        "securitySchemes.application.flows.clientCredentials.tokenUrl",
        BREAKING,
        "",
    ),
    (
        "component-ref-inlined",
        _inline_details,
        None,
        f"GET {DETAILS}",
        "response.200.body",
        BREAKING,
        "ingram_orders.models.OrderDetailB2B",
    ),
    (
        "parameter-default-changed",
        _set_pagesize("default", 50),
        None,
        f"GET {SEARCH}",
        "parameter.query.pageSize",
        NON_BREAKING,
        "get_resellers_v6_ordersearch.sync(page_size=)",
    ),
    (
        "additional-properties-false-on-request",
        lambda doc: _at(doc, *SCHEMAS, "OrderCreateRequest").__setitem__("additionalProperties", False),
        None,
        f"POST {CREATE}",
        "request.body",
        BREAKING,
        "ingram_orders.models.OrderCreateRequest",
    ),
    (
        "response-header-removed",
        lambda doc: _at(doc, "paths", SEARCH, "get", "responses", "204", "headers").pop("IM-CorrelationID"),
        None,
        f"GET {SEARCH}",
        "response.204.header.IM-CorrelationID",
        BREAKING,
        "",
    ),
]


def _judged(contract: dict[str, Any], new_mutation: Mutation, old_mutation: Mutation | None) -> DiffReport:
    old, new = copy.deepcopy(contract), copy.deepcopy(contract)
    if old_mutation is not None:
        old_mutation(old)
    new_mutation(new)
    return judge(old, new)


@pytest.mark.parametrize(
    ("mutation", "old_mutation", "operation", "location", "severity", "python"),
    [pytest.param(*case[1:], id=case[0]) for case in BLIND_SPOTS],
)
def test_blind_spot_is_reported_with_the_python_it_touches(
    mutation: Mutation,
    old_mutation: Mutation | None,
    operation: str,
    location: str,
    severity: str,
    python: str,
    contract: dict[str, Any],
) -> None:
    report = _judged(contract, mutation, old_mutation)
    matching = [c for c in report.changes if (c.operation, c.location) == (operation, location)]
    assert matching, [(c.operation, c.location, c.message) for c in report.changes]
    assert {c.severity for c in matching} == {severity}, [c.message for c in matching]
    assert report.has_breaking is (severity == BREAKING)
    if python:
        names = [name for change in matching for name in change.python]
        assert any(python in name for name in names), names


def test_the_fast_path_says_the_client_was_not_compared(contract: dict[str, Any]) -> None:
    new = copy.deepcopy(contract)
    _inline_details(new)
    report = judge(contract, new, codegen=False)
    assert "wire rules only" in report.judged_by
    assert "--no-codegen" in report.judged_by
    # The wire alone cannot see the lost model class: the codegen run above is what reports it.
    assert not report.has_breaking


def test_an_upstream_side_is_cut_and_corrected_before_generation(contract: dict[str, Any]) -> None:
    pinned = load_spec(facts.SHARED_UPSTREAM_DIR / "XI-Resellers-API-Spec.yaml").document
    if (pinned.get("info") or {}).get("x-upstream") is None and not (facts.SHARED_UPSTREAM_DIR).exists():
        pytest.skip("no pinned upstream beside the repo")
    report = judge(pinned, contract)
    api_changes = [c for c in report.changes if c.rule == "client-api-changed"]
    # The pinned upstream, cut and corrected as the pipeline does, generates the committed client.
    assert api_changes == []
    assert (
        compare_clients(generated_client(client_api.contract_of(pinned)), Path(facts.REPO_ROOT / "generated"))
        == []
    )
