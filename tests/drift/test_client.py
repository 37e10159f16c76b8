"""The client section: generated/ must have been made from the committed contract and generator config."""

from __future__ import annotations

import shutil
from pathlib import Path

from ingram_contract import facts
from ingram_contract.drift.run import client_section


def _root(tmp_path: Path) -> Path:
    (tmp_path / "generated").mkdir()
    shutil.copy(facts.CONTRACT_PATH, tmp_path / "openapi.yaml")
    shutil.copy(facts.GENERATOR_CONFIG_PATH, tmp_path / "generator-config.yml")
    shutil.copy(facts.GENERATED_DIR / "PROVENANCE.json", tmp_path / "generated" / "PROVENANCE.json")
    return tmp_path


def test_the_committed_client_is_fresh() -> None:
    findings, section = client_section(facts.REPO_ROOT)
    assert findings == []
    assert section.complete


def test_a_contract_edited_without_regenerating_is_a_finding_with_a_stable_key(tmp_path: Path) -> None:
    root = _root(tmp_path)
    with (root / "openapi.yaml").open("a") as contract:
        contract.write("# edited by hand\n")
    (finding,) = client_section(root)[0]
    assert (finding.source, finding.check, str(finding.key)) == (
        "client",
        "client-stale",
        "client|-|client-stale|contract_sha256",
    )
    with (root / "openapi.yaml").open("a") as contract:
        contract.write("# edited again\n")
    assert client_section(root)[0][0].key == finding.key


def test_missing_provenance_is_a_finding(tmp_path: Path) -> None:
    root = _root(tmp_path)
    (root / "generated" / "PROVENANCE.json").unlink()
    assert [f.check for f in client_section(root)[0]] == ["client-provenance"]
