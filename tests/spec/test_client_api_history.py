"""The generated-client verdict on real upstream pairs: a representative subset (the full 28 run in
`benchmarks/bench_diff.py --codegen`, ~4 s of generation per revision, too slow for every CI run).

Each breaking pair's report must name the `ingram_orders` Python it breaks; a pair the wire rules find
harmless must stay harmless when the generated API does not change.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingram_contract import facts
from ingram_contract.spec.client_api import codegen_unavailable, judge
from ingram_contract.spec.load import load_spec
from tests.spec.history_expectations import EXPECTED

HISTORY = facts.SHARED_UPSTREAM_DIR / "history"
INDEX = HISTORY / "index.json"
PAIRS = {p["commit"][:10]: p for p in json.loads(INDEX.read_text())["pairs"]} if INDEX.exists() else {}

# (commit, a Python name the report must contain): a removed path, a renamed property, a retyped field,
# the one pair only the generated client finds breaking, and two harmless pairs (a loosened request, a
# documented new field).
SUBSET = [
    ("81726fde0c", "back_order_eta_dat"),
    ("ebc493d98f", "warranty_info"),
    ("2d77bb23ca", "end_customer_order_number"),
    ("72a4810f75", "plan_id"),
    ("34e0d9fe42", ""),
    ("a9d7a9c47b", ""),
]

pytestmark = [
    pytest.mark.usefixtures("client_cache"),
    pytest.mark.slow,
    pytest.mark.skipif(not PAIRS, reason=f"upstream history not found at {HISTORY}"),
    pytest.mark.skipif(codegen_unavailable() is not None, reason=f"codegen: {codegen_unavailable()}"),
]


def _doc(name: str) -> dict[str, object]:
    return load_spec(Path(HISTORY / name)).document


@pytest.mark.parametrize(("commit", "python"), SUBSET, ids=[commit for commit, _ in SUBSET])
def test_codegen_verdict_matches_the_reading_and_names_the_python(commit: str, python: str) -> None:
    pair, expected = PAIRS[commit], EXPECTED[commit]
    report = judge(_doc(pair["old"]), _doc(pair["new"]))
    assert "generated clients" in report.judged_by
    assert report.has_breaking is expected.client_breaking, [c.message for c in report.breaking][:5]
    names = [name for change in report.breaking for name in change.python]
    if expected.client_breaking:
        assert names, "every breaking change should name the Python it touches"
        assert all(name.startswith("ingram_orders.") for name in names)
        assert any(python in name for name in names), names
