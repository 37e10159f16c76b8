"""The diff over the vendor's real history: 28 commit pairs, verdicts and fields read by a person.

Loading 50 revisions of a ~600 KB YAML document is most of the time (the diff itself takes
milliseconds per pair), so each revision is loaded once per session.
"""

from __future__ import annotations

import functools
import json
from typing import Any

import pytest

from ingram_contract import facts
from ingram_contract.spec.diff import DiffReport, diff_documents
from ingram_contract.spec.load import load_spec
from tests.spec.history_expectations import EXPECTED

HISTORY = facts.SHARED_UPSTREAM_DIR / "history"
INDEX = HISTORY / "index.json"
PAIRS: list[dict[str, str]] = json.loads(INDEX.read_text())["pairs"] if INDEX.exists() else []

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not PAIRS, reason=f"upstream history not found at {HISTORY}"),
]


@functools.cache
def _document(name: str) -> dict[str, Any]:
    return load_spec(HISTORY / name).document


@functools.cache
def _report(old: str, new: str) -> DiffReport:
    return diff_documents(_document(old), _document(new))


def test_every_pair_has_a_written_expectation() -> None:
    assert len(PAIRS) == 28
    assert sorted(pair["commit"][:10] for pair in PAIRS) == sorted(EXPECTED)


def test_eighteen_of_the_twenty_eight_commits_break_a_client() -> None:
    assert sum(expected.breaking for expected in EXPECTED.values()) == 18
    verdicts = [_report(pair["old"], pair["new"]).has_breaking for pair in PAIRS]
    assert sum(verdicts) == 18


@pytest.mark.parametrize("pair", PAIRS, ids=[f"{p['date']}-{p['commit'][:10]}" for p in PAIRS])
def test_pair_verdict_and_fields(pair: dict[str, str]) -> None:
    expected = EXPECTED[pair["commit"][:10]]
    report = _report(pair["old"], pair["new"])
    got = {(c.operation, c.location, c.severity, c.rule) for c in report.changes}
    located = {(c.operation, c.location) for c in report.changes}
    assert report.has_breaking is expected.breaking, expected.reading
    assert [item for item in expected.present if item not in got] == [], expected.reading
    assert [item for item in expected.absent if item in located] == [], expected.reading
    if expected.no_changes:
        assert report.changes == ()


def test_a_full_document_and_its_cut_contract_do_not_differ() -> None:
    vendor = pytest.importorskip("ingram_contract.spec.vendor")
    full = _document(PAIRS[-1]["new"])
    assert diff_documents(full, vendor.cut_document(full)).changes == ()


def test_diff_is_deterministic_across_runs() -> None:
    pair = next(p for p in PAIRS if p["commit"].startswith("be96862d2b"))
    first = diff_documents(_document(pair["old"]), _document(pair["new"]))
    again = diff_documents(_document(pair["old"]), _document(pair["new"]))
    assert first == again
    assert list(first.changes) == sorted(first.changes, key=lambda change: change.sort_key())
