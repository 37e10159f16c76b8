"""The drift run's hook into the proposed update: when it runs, and what it says when it cannot."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from ingram_contract import facts
from ingram_contract.spec import propose
from ingram_contract.spec.propose import propose_after_drift, upstream_changed


def _finding(source: str, check: str) -> SimpleNamespace:
    return SimpleNamespace(source=source, check=check)


def test_only_a_change_of_the_vendors_document_counts_as_upstream_changed() -> None:
    assert not upstream_changed([])
    assert not upstream_changed(
        [_finding("upstream", "correction-redundant"), _finding("server", "type-changed")]
    )
    assert not upstream_changed([_finding("upstream", "upstream-unavailable")])
    assert upstream_changed([_finding("upstream", "property-removed")])


def test_nothing_is_proposed_without_an_upstream_change(tmp_path: Path) -> None:
    out = tmp_path / "proposed-update"
    note = propose_after_drift([_finding("server", "x")], "unused", facts.REPO_ROOT, out)
    assert note is None
    assert not out.exists()


def test_a_missing_generator_is_a_note_not_a_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(propose, "codegen_unavailable", lambda: "openapi-python-client is not installed")
    note = propose_after_drift([_finding("upstream", "type-changed")], "unused", facts.REPO_ROOT, tmp_path)
    assert note == "no proposed update: openapi-python-client is not installed"


def test_an_unreadable_upstream_is_a_note_not_a_crash(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.yaml")
    note = propose_after_drift(
        [_finding("upstream", "type-changed")], missing, facts.REPO_ROOT, tmp_path / "out"
    )
    assert note is not None
    assert note.startswith("no proposed update: ")
    assert "missing.yaml" in note
