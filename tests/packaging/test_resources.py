"""Where the data files are read from, and what an installed package refuses to write over."""

from __future__ import annotations

import gzip
import hashlib
import tomllib
from pathlib import Path

import pytest

from ingram_contract import facts, resources
from ingram_contract.drift.run import DriftConfig, SetupError


def test_a_checkout_reads_its_own_files() -> None:
    assert not resources.PACKAGED
    assert facts.CONTRACT_PATH == facts.REPO_ROOT / "openapi.yaml"
    assert not (facts.REPO_ROOT / "src" / "ingram_contract" / "_data").exists(), "no second copy in src/"


def test_every_packaged_file_exists_in_the_checkout() -> None:
    """pyproject's force-include is the only list of package data; each source is a committed file."""
    config = tomllib.loads((facts.REPO_ROOT / "pyproject.toml").read_text())
    mapping = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    for source, packaged in mapping.items():
        assert (facts.REPO_ROOT / source).is_file(), source
        assert packaged == f"ingram_contract/_data/{source}"
    read_at_run_time = (facts.CONTRACT_PATH, facts.CORRECTIONS_PATH, facts.DRIFT_BASELINE_PATH)
    read_at_run_time += (facts.RESPONSE_SHAPES_PATH, facts.GENERATOR_CONFIG_PATH)
    assert {str(p.relative_to(facts.DATA_ROOT)) for p in read_at_run_time} <= set(mapping)


def test_the_vendored_snapshot_is_the_pinned_document() -> None:
    raw = gzip.decompress(facts.PINNED_UPSTREAM_PATH.read_bytes())
    assert hashlib.sha256(raw).hexdigest() == facts.UPSTREAM_SHA256


def test_an_installed_package_refuses_to_write_its_own_baseline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    packaged = tmp_path / "site-packages" / "ingram_contract" / "_data"
    (packaged / "spec").mkdir(parents=True)
    monkeypatch.setattr(resources, "PACKAGED", True)
    monkeypatch.setattr(resources, "DATA_ROOT", packaged)
    baseline = packaged / "spec" / "drift-baseline.json"
    assert resources.read_only_hint(tmp_path / "mine.json") is None
    assert "installed package's copy" in (resources.read_only_hint(baseline) or "")
    common = {"upstream": "up.yaml", "out": tmp_path / "out", "environ": {}}
    with pytest.raises(SetupError, match="--baseline PATH"):
        DriftConfig.resolve("http://127.0.0.1:9/sandbox", baseline=baseline, write_baseline=True, **common)
    shapes = packaged / "spec" / "response-shapes.json"
    with pytest.raises(SetupError, match="--shapes PATH"):
        DriftConfig.resolve("http://127.0.0.1:9/sandbox", shapes=shapes, record_shapes=True, **common)
    own = DriftConfig.resolve(
        "http://127.0.0.1:9/sandbox", baseline=tmp_path / "mine.json", write_baseline=True, **common
    )
    assert own.baseline == tmp_path / "mine.json"
