"""The response-shape baseline: what counts as always sent, and one recording per kind of target."""

from __future__ import annotations

from pathlib import Path

from ingram_contract.drift.probe import Answer
from ingram_contract.drift.shapes import (
    Shape,
    load_shapes,
    probe_findings,
    record_shapes,
    save_shapes,
    target_kind,
)

DETAILS = "GET /resellers/v6.1/orders/{ordernumber}"


def _answer(payload: object, status: int = 200) -> Answer:
    url = "http://127.0.0.1:1/sandbox/resellers/v6.1/orders/20-RD128"
    answer = Answer(DETAILS, "GET", url, {"Authorization": "Bearer secret-token-value"})
    answer.status, answer.content_type, answer.payload = status, "application/json", payload
    return answer


def test_always_means_in_every_object_of_its_path() -> None:
    shape = Shape.of({"lines": [{"sku": "A", "qty": 1}, {"sku": "B"}], "notes": None})
    assert shape.always() == {"lines": "array", "lines[].sku": "string", "notes": "null"}


def test_nothing_is_missing_under_an_array_that_came_back_empty() -> None:
    recorded = record_shapes([_answer({"lines": [{"sku": "A"}]})], "test")["operations"]
    assert probe_findings([_answer({"lines": []})], {"operations": recorded}) == []
    missing = probe_findings([_answer({"lines": [{"qty": 1}]})], {"operations": recorded})
    assert [(f.check, f.message.split("`")[1]) for f in missing] == [
        ("response-field-missing", "lines[].sku"),
        ("response-field-added", "lines[].qty"),
    ]


def test_a_removed_object_is_one_finding_not_one_per_field() -> None:
    recorded = record_shapes([_answer({"shipTo": {"city": "X", "zip": "1"}, "id": "1"})], "test")[
        "operations"
    ]
    findings = probe_findings([_answer({"id": "1"})], {"operations": recorded})
    assert [f.message.split("`")[1] for f in findings] == ["shipTo"]


def test_the_reproduction_never_carries_the_token() -> None:
    recorded = record_shapes([_answer({"id": "1"})], "test")["operations"]
    (finding,) = probe_findings([_answer({"id": 1})], {"operations": recorded})
    assert finding.check == "response-field-type"
    assert "secret-token-value" not in finding.reproduction
    assert "Bearer $INGRAM_TOKEN" in finding.reproduction


def test_each_kind_of_target_keeps_its_own_recording(tmp_path: Path) -> None:
    path = tmp_path / "shapes.json"
    assert (
        target_kind("http://127.0.0.1:8765/sandbox"),
        target_kind("https://api.ingrammicro.com/sandbox"),
    ) == (
        "local",
        "remote",
    )
    save_shapes(path, "local", record_shapes([_answer({"a": 1})], "local"))
    save_shapes(path, "remote", record_shapes([_answer({"b": 1})], "remote"))
    save_shapes(path, "local", record_shapes([_answer({"c": 1})], "local again"))
    local, remote = load_shapes(path, "local"), load_shapes(path, "remote")
    assert local is not None and remote is not None
    assert list(local["operations"][DETAILS]["always"]) == ["c"]
    assert list(remote["operations"][DETAILS]["always"]) == ["b"]
    assert load_shapes(tmp_path / "absent.json", "local") is None
