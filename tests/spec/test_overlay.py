"""The overlay applier (Overlay 1.0 semantics) and spec/corrections.yaml against the vendor's cut."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from ingram_contract import facts
from ingram_contract.spec.load import load_yaml_file
from ingram_contract.spec.overlay import OverlayError, apply_overlay, matches, parse_overlay
from ingram_contract.spec.vendor import cut_document


def _overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


DOC: dict[str, Any] = {"a": {"b": 1, "c": {"d": 2}}, "list": [1, 2], "items": [{"n": "x"}, {"n": "y"}]}


def test_update_merges_objects_recursively_and_replaces_scalars() -> None:
    result = apply_overlay(
        DOC, _overlay({"target": "$.a", "description": "why", "update": {"b": 5, "c": {"e": 3}}})
    )
    assert result["a"] == {"b": 5, "c": {"d": 2, "e": 3}}
    assert DOC["a"] == {"b": 1, "c": {"d": 2}}, "the input is never modified"


def test_update_appends_to_arrays() -> None:
    result = apply_overlay(DOC, _overlay({"target": "$.list", "description": "why", "update": 3}))
    assert result["list"] == [1, 2, 3]


def test_an_array_inside_an_update_is_concatenated_not_nested() -> None:
    schema = {"schema": {"required": ["b"], "properties": {"a": {}, "b": {}}}}
    update = {"target": "$.schema", "description": "why", "update": {"required": ["a"]}}
    result = apply_overlay(schema, _overlay(update))
    assert result["schema"]["required"] == ["b", "a"]
    # A matched array still takes the update as one entry, an array update included.
    whole = apply_overlay(DOC, _overlay({"target": "$.list", "description": "why", "update": [3, 4]}))
    assert whole["list"] == [1, 2, [3, 4]]


def test_remove_deletes_every_match_including_list_items() -> None:
    result = apply_overlay(DOC, _overlay({"target": "$.items[*]", "description": "why", "remove": True}))
    assert result["items"] == []
    result = apply_overlay(
        DOC, _overlay({"target": "$.items[?@.n == 'x']", "description": "why", "remove": True})
    )
    assert result["items"] == [{"n": "y"}]


def test_actions_apply_in_order() -> None:
    result = apply_overlay(
        DOC,
        _overlay(
            {"target": "$.a.c", "description": "drop", "remove": True},
            {"target": "$.a", "description": "redefine", "update": {"c": "new"}},
        ),
    )
    assert result["a"]["c"] == "new"


@pytest.mark.parametrize(
    ("overlay", "message"),
    [
        ({"info": {"title": "t", "version": "1"}, "actions": [{}]}, "not an Overlay 1.x document"),
        (_overlay(), "non-empty list"),
        (_overlay({"target": "$.a", "update": {}}), "has no description"),
        (_overlay({"target": "$.a", "description": "w"}), "exactly one of update/remove"),
        (_overlay({"target": "$.a", "description": "w", "update": {}, "remove": True}), "exactly one of"),
        (_overlay({"target": "$.a[", "description": "w", "remove": True}), "not valid JSONPath"),
        ({"overlay": "1.0.0", "info": {}, "actions": []}, "title and a version"),
    ],
)
def test_malformed_overlays_are_refused(overlay: dict[str, Any], message: str) -> None:
    with pytest.raises(OverlayError, match=message):
        parse_overlay(overlay)


def test_an_action_whose_target_vanished_fails_loudly() -> None:
    with pytest.raises(OverlayError, match=r"action 1 \(\$\.gone\) matches nothing"):
        apply_overlay(DOC, _overlay({"target": "$.gone", "description": "why", "remove": True}))


@pytest.fixture(scope="module")
def corrections() -> dict[str, Any]:
    return load_yaml_file(facts.CORRECTIONS_PATH)


@pytest.fixture(scope="module")
def cut(upstream_document: dict[str, Any]) -> dict[str, Any]:
    return cut_document(upstream_document)


def test_every_correction_targets_something_in_the_cut(
    corrections: dict[str, Any], cut: dict[str, Any]
) -> None:
    document = copy.deepcopy(cut)
    from ingram_contract.spec.overlay import apply_action

    for action in parse_overlay(corrections):
        assert matches(document, action.target), f"{action.label} matches nothing in the pinned upstream cut"
        assert len(action.description) > 40, f"{action.label} does not say why with evidence"
        apply_action(document, action)


def test_a_correction_fails_when_upstream_drops_its_target(
    corrections: dict[str, Any], cut: dict[str, Any]
) -> None:
    changed = copy.deepcopy(cut)
    del changed["components"]["schemas"]["OrderCreateResponse"]["properties"]["orders"]
    with pytest.raises(OverlayError, match=r"OrderCreateResponse.* matches nothing"):
        apply_overlay(changed, corrections)


def test_each_known_upstream_defect_is_corrected(contract: dict[str, Any], cut: dict[str, Any]) -> None:
    search = {
        p["name"]: p["schema"] for p in contract["paths"]["/resellers/v6/orders/search"]["get"]["parameters"]
    }
    assert search["pageSize"]["default"] == 25 and search["pageNumber"]["default"] == 1
    raw = {p["name"]: p["schema"] for p in cut["paths"]["/resellers/v6/orders/search"]["get"]["parameters"]}
    assert raw["pageSize"]["default"] == "25", "the vendor quirk this correction exists for"

    token = contract["paths"]["/oauth/oauth20/token"]
    assert "get" not in token and "post" in token
    form = token["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"]
    assert set(form["required"]) == {"grant_type", "client_id", "client_secret"}
    assert token["servers"] == [{"url": facts.PRODUCTION_URL}], "the token path has no /sandbox prefix"
    flow = contract["components"]["securitySchemes"]["application"]["flows"]["clientCredentials"]
    assert flow["tokenUrl"] == facts.PRODUCTION_URL + facts.TOKEN_PATH

    assert [s["url"] for s in contract["servers"]] == [facts.SANDBOX_URL, facts.PRODUCTION_URL]

    lines = contract["components"]["schemas"]["OrderCreateResponse"]["properties"]["orders"]["items"][
        "properties"
    ]
    assert lines["lines"]["items"]["properties"]["shipmentDetails"]["type"] == "object"
    raw_lines = cut["components"]["schemas"]["OrderCreateResponse"]["properties"]["orders"]["items"][
        "properties"
    ]
    assert raw_lines["lines"]["items"]["properties"]["shipmentDetails"]["type"] == "array"
