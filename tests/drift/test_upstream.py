"""The upstream section: the diff shows what the vendor changed (not our corrections), and corrections that
upstream made redundant or that no longer fit are reported on the operation they concern."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from ingram_contract import facts
from ingram_contract.drift.upstream import UpstreamResult, redundant_actions, upstream_section
from ingram_contract.spec.load import load_yaml_file
from ingram_contract.spec.overlay import parse_overlay

DETAILS = "GET /resellers/v6.1/orders/{ordernumber}"
CREATE_V6 = "POST /resellers/v6/orders"
SHIPMENT_DETAILS = "OrderCreateResponse.properties.orders.items.properties.lines.items.properties"


@pytest.fixture(scope="module")
def contract() -> dict[str, Any]:
    return load_yaml_file(facts.CONTRACT_PATH)


@pytest.fixture(scope="module")
def actions() -> list[Any]:
    return parse_overlay(load_yaml_file(facts.CORRECTIONS_PATH))


def _section(document: dict[str, Any], tmp_path: Path, contract: dict[str, Any]) -> UpstreamResult:
    path = tmp_path / "upstream.json"
    path.write_text(json.dumps(document))
    return upstream_section(str(path), contract, facts.CORRECTIONS_PATH)


def _schemas(document: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = document["components"]["schemas"]
    return schemas


def _line_properties(document: dict[str, Any]) -> dict[str, Any]:
    node: Any = _schemas(document)
    for part in SHIPMENT_DETAILS.split("."):
        node = node[part]
    return node  # type: ignore[no-any-return]


def test_the_pinned_upstream_shows_no_change(
    raw_cut: dict[str, Any], tmp_path: Path, contract: dict[str, Any]
) -> None:
    result = _section(raw_cut, tmp_path, contract)
    assert result.section.complete
    assert result.findings == []
    assert result.redundant == []


def test_a_response_property_removed_upstream_is_a_breaking_finding(
    raw_cut: dict[str, Any], tmp_path: Path, contract: dict[str, Any]
) -> None:
    changed = copy.deepcopy(raw_cut)
    del _schemas(changed)["OrderDetailB2B"]["properties"]["orderStatus"]
    findings = [
        f for f in _section(changed, tmp_path, contract).findings if f.check != "correction-redundant"
    ]
    assert [(f.operation, f.severity) for f in findings] == [(DETAILS, "error")]
    assert "orderStatus" in findings[0].message


def test_a_diff_rule_named_in_camel_case_is_a_finding_in_the_one_check_style(
    raw_cut: dict[str, Any], tmp_path: Path, contract: dict[str, Any]
) -> None:
    """The diff names some rules after OpenAPI keywords (`maxLength-changed`): no crash, one style."""
    changed = copy.deepcopy(raw_cut)
    _schemas(changed)["OrderDetailB2B"]["properties"]["orderStatus"]["maxLength"] = 3
    findings = [f for f in _section(changed, tmp_path, contract).findings if f.operation == DETAILS]
    assert "maxlength-changed" in {f.check for f in findings}, [str(f) for f in findings]


def _shipment_details_pair(actions: list[Any]) -> tuple[Any, Any]:
    """The corrections that redefine `lines[].shipmentDetails` as an object, and remove the array first."""
    redefine = next(a for a in actions if a.target.endswith(SHIPMENT_DETAILS) and a.update)
    remove = next(a for a in actions if a.target.endswith(SHIPMENT_DETAILS + ".shipmentDetails"))
    return redefine, remove


def test_upstream_fixing_shipment_details_makes_the_remove_and_redefine_pair_redundant(
    raw_cut: dict[str, Any],
    tmp_path: Path,
    contract: dict[str, Any],
    actions: list[Any],
) -> None:
    redefine, remove = _shipment_details_pair(actions)
    fixed = copy.deepcopy(raw_cut)
    _line_properties(fixed)["shipmentDetails"] = copy.deepcopy(redefine.update["shipmentDetails"])
    result = _section(fixed, tmp_path, contract)
    assert {a.index for a in result.redundant} == {remove.index, redefine.index}
    redundant = [f for f in result.findings if f.check == "correction-redundant"]
    assert {f.operation for f in redundant} == {CREATE_V6}
    # Corrected on both sides, the fixed upstream is not a change of the contract.
    assert [f for f in result.findings if f.check != "correction-redundant"] == []


def test_upstream_fixing_the_type_but_not_every_field_leaves_the_redefinition_needed(
    raw_cut: dict[str, Any],
    tmp_path: Path,
    contract: dict[str, Any],
    actions: list[Any],
) -> None:
    redefine, remove = _shipment_details_pair(actions)
    partly = copy.deepcopy(raw_cut)
    properties = copy.deepcopy(redefine.update["shipmentDetails"])
    del properties["properties"]["carrierName"]
    _line_properties(partly)["shipmentDetails"] = properties
    result = _section(partly, tmp_path, contract)
    # The remove is redundant (merging the redefinition into upstream's object gives the same result);
    # the redefinition is not: it still adds carrierName.
    assert {a.index for a in result.redundant} == {remove.index}


def test_a_correction_whose_target_vanished_is_stale(
    raw_cut: dict[str, Any], tmp_path: Path, contract: dict[str, Any], actions: list[Any]
) -> None:
    phone = next(a for a in actions if a.target.endswith("endUserInfo.items.properties.phoneNumber"))
    changed = copy.deepcopy(raw_cut)
    request = _schemas(changed)["OrderCreateRequest"]["properties"]["lines"]["items"]["properties"]
    del request["endUserInfo"]["items"]["properties"]["phoneNumber"]
    result = _section(changed, tmp_path, contract)
    assert [a.index for a in result.stale] == [phone.index]
    stale = [f for f in result.findings if f.check == "correction-stale"]
    assert [(f.operation, f.severity) for f in stale] == [(CREATE_V6, "warning")]
    assert f"action {phone.index + 1}" in stale[0].message


def test_an_unreadable_upstream_is_a_finding_and_an_incomplete_section(
    tmp_path: Path, contract: dict[str, Any]
) -> None:
    result = upstream_section(str(tmp_path / "missing.yaml"), contract, facts.CORRECTIONS_PATH)
    assert [f.check for f in result.findings] == ["upstream-unavailable"]
    assert result.section.ran and not result.section.complete
    assert result.cut is None


def test_redundancy_is_judged_on_the_result_not_per_action() -> None:
    overlay = {
        "overlay": "1.0.0",
        "info": {"title": "t", "version": "1"},
        "actions": [
            {"target": "$.a.b", "description": "drop the wrong b", "remove": True},
            {"target": "$.a", "description": "the right b", "update": {"b": {"type": "object"}}},
            {"target": "$.c", "description": "c is a string", "update": {"type": "string"}},
        ],
    }
    actions = parse_overlay(overlay)
    already_right = {"a": {"b": {"type": "object"}}, "c": {"type": "integer"}}
    assert [a.index for a in redundant_actions(already_right, actions)] == [0, 1]
    still_wrong = {"a": {"b": {"type": "array", "items": {"type": "string"}}}, "c": {"type": "string"}}
    assert [a.index for a in redundant_actions(still_wrong, actions)] == [2]
