"""Shared test fixtures: the committed contract and the vendor's pinned document, loaded once."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from ingram_contract import facts
from ingram_contract.spec.load import load_spec

UPSTREAM_FILE = facts.PINNED_UPSTREAM_PATH
# The vendor's revision history is not vendored: the tests that walk it skip when ../shared/ is absent.
HISTORY_DIR = facts.SHARED_UPSTREAM_DIR / "history"


def require_shared(path: Path) -> Path:
    """A file of the vendor data beside the repository (CI lays ../shared/ next to the clone).

    Missing, the test skips and says why; in CI (`CI` set) it fails instead, so a CI run that lost the
    vendor data can never pass by skipping what depends on it.
    """
    if not path.exists():
        reason = f"the vendor data is not at {path} (../shared/ is laid beside the repo in CI)"
        if os.environ.get("CI"):
            pytest.fail(reason + "; CI is set, so this is an error, not a skip")
        pytest.skip(reason)
    return path


def require_upstream() -> Path:
    """The pinned vendor document, vendored gzip-compressed in spec/upstream/ (so no ../shared/ needed)."""
    return UPSTREAM_FILE


@pytest.fixture(scope="session")
def contract() -> dict[str, Any]:
    """openapi.yaml as committed."""
    return load_spec(facts.CONTRACT_PATH).document


@pytest.fixture(scope="session")
def upstream_document() -> dict[str, Any]:
    """The vendor's pinned document, uncut."""
    return load_spec(require_upstream()).document
