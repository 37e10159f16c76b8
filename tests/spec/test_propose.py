"""A dry run of the proposed-update flow on a real upstream pair.

A scratch copy of the repository is put in the state it had with an older upstream revision vendored
(the pipeline run on it), then the update to the pinned upstream is proposed: the patch must apply
cleanly with `git apply` and the patched copy must pass the pipeline's validate.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from ingram_contract import facts
from ingram_contract.spec.client_api import codegen_unavailable
from ingram_contract.spec.pipeline import default_source, validate, write_outputs
from ingram_contract.spec.propose import Proposal, propose_update

OLDER = facts.SHARED_UPSTREAM_DIR / "history" / "2025-10-08_dfe2f3331b.yaml.gz"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not OLDER.exists(), reason=f"upstream history not found at {OLDER.parent}"),
    pytest.mark.skipif(codegen_unavailable() is not None, reason=f"codegen: {codegen_unavailable()}"),
]


def _repo_at_older_revision(root: Path) -> Path:
    root.mkdir()
    for name in ("openapi.yaml", "generator-config.yml"):
        shutil.copy(facts.REPO_ROOT / name, root / name)
    shutil.copytree(facts.REPO_ROOT / "spec", root / "spec")
    shutil.copytree(
        facts.REPO_ROOT / "generated", root / "generated", ignore=shutil.ignore_patterns("__pycache__")
    )
    write_outputs(str(OLDER), root, strict_descriptions=False)
    return root


@pytest.fixture(scope="module")
def proposed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Proposal]:
    """A repository copy at the older revision and the update to the pinned upstream proposed for it."""
    tmp_path = tmp_path_factory.mktemp("propose")
    repo = _repo_at_older_revision(tmp_path / "repo")
    assert (repo / "openapi.yaml").read_bytes() != (facts.REPO_ROOT / "openapi.yaml").read_bytes()
    return repo, propose_update(default_source(), repo, tmp_path / "proposal")


def test_the_proposed_patch_applies_and_the_result_validates(proposed: tuple[Path, Proposal]) -> None:
    repo, proposal = proposed

    assert proposal.changed
    assert proposal.stale == []
    assert proposal.report.changes, "an upstream change must show up in the client-impact list"
    assert any(change.python for change in proposal.report.changes)
    assert (proposal.out_dir / "client-impact.md").read_text().startswith("# Spec diff")
    assert "Stale corrections" in (proposal.out_dir / "pull-request.md").read_text()
    check = subprocess.run(
        ["git", "apply", "--check", str(proposal.patch)], cwd=repo, capture_output=True, text=True
    )
    assert check.returncode == 0, check.stderr
    subprocess.run(["git", "apply", str(proposal.patch)], cwd=repo, check=True)
    assert (repo / "openapi.yaml").read_bytes() == (facts.REPO_ROOT / "openapi.yaml").read_bytes()
    outcome = validate(default_source(), repo)
    assert outcome.problems == []


def test_a_patch_from_another_state_does_not_apply(proposed: tuple[Path, Proposal], tmp_path: Path) -> None:
    _, proposal = proposed
    # The real repository already has the pinned contract: the same patch must be refused there.
    pristine = tmp_path / "pristine"
    shutil.copytree(
        facts.REPO_ROOT / "generated", pristine / "generated", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(facts.REPO_ROOT / "openapi.yaml", pristine / "openapi.yaml")
    (pristine / "spec").mkdir()
    shutil.copy(facts.REPO_ROOT / "spec" / "upstream.lock", pristine / "spec" / "upstream.lock")
    check = subprocess.run(
        ["git", "apply", "--check", str(proposal.patch)], cwd=pristine, capture_output=True
    )
    assert check.returncode != 0
