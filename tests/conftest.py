"""Shared test fixtures: the committed contract and the vendor's pinned document, loaded once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ingram_contract import facts
from ingram_contract.spec.load import load_spec

UPSTREAM_FILE = facts.SHARED_UPSTREAM_DIR / "XI-Resellers-API-Spec.yaml"
HISTORY_DIR = facts.SHARED_UPSTREAM_DIR / "history"


def require_upstream() -> Path:
    """The pinned vendor document beside the repository (CI lays ../shared/ next to the clone)."""
    if not UPSTREAM_FILE.exists():
        pytest.skip(
            f"the vendor document is not at {UPSTREAM_FILE} (../shared/ is laid beside the repo in CI)"
        )
    return UPSTREAM_FILE


@pytest.fixture(scope="session")
def contract() -> dict[str, Any]:
    """openapi.yaml as committed."""
    return load_spec(facts.CONTRACT_PATH).document


@pytest.fixture(scope="session")
def upstream_document() -> dict[str, Any]:
    """The vendor's pinned document, uncut."""
    return load_spec(require_upstream()).document
