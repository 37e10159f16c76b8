"""Fixtures shared by the spec tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ingram_contract.spec import client_api


@pytest.fixture(scope="module")
def client_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Generated clients cached in a temporary directory for one test module, not the user's cache."""
    cache = tmp_path_factory.mktemp("clients")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(client_api, "cache_dir", lambda: cache)
        yield
