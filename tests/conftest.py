"""Shared test fixtures: the committed contract and the vendor's pinned document, loaded once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ingram_contract import facts
from ingram_contract.spec.load import load_spec

UPSTREAM_FILE = facts.PINNED_UPSTREAM_PATH
# The vendor's revision history is not vendored: the tests that walk it skip when ../shared/ is absent.
HISTORY_DIR = facts.SHARED_UPSTREAM_DIR / "history"


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
