"""The generate/validate pipeline: fresh outputs pass, a hand edit to openapi.yaml or generated/ fails."""

from __future__ import annotations

import gzip
import re
import shutil
from pathlib import Path

import pytest

from ingram_contract import cli, facts
from ingram_contract.spec import pipeline
from ingram_contract.spec.errors import SpecError
from tests.conftest import require_upstream


@pytest.fixture(scope="module")
def checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the committed pipeline outputs and inputs, to edit without touching the repository."""
    root = tmp_path_factory.mktemp("checkout")
    for name in ("openapi.yaml", "generator-config.yml"):
        shutil.copy(facts.REPO_ROOT / name, root / name)
    shutil.copytree(facts.REPO_ROOT / "spec", root / "spec")
    shutil.copytree(
        facts.REPO_ROOT / "generated", root / "generated", ignore=shutil.ignore_patterns("__pycache__")
    )
    return root


@pytest.mark.slow
def test_committed_outputs_are_fresh(checkout: Path) -> None:
    outcome = pipeline.validate(str(require_upstream()), root=checkout)
    assert outcome.problems == []


@pytest.mark.slow
def test_hand_edits_are_caught(checkout: Path, tmp_path: Path) -> None:
    edited = tmp_path / "edited"
    shutil.copytree(checkout, edited)
    model = edited / "generated" / "ingram_orders" / "models" / "order_create_response.py"
    model.write_text(model.read_text() + "\n# a hand edit\n")
    contract = edited / "openapi.yaml"
    contract.write_text(contract.read_text().replace("maxLength: 35", "maxLength: 36", 1))
    problems = pipeline.validate(str(require_upstream()), root=edited).problems
    assert "openapi.yaml differs from a fresh `nox -s generate`: regenerate and commit" in problems
    assert (
        "generated/ingram_orders/models/order_create_response.py (differs) differs from a fresh generation"
        in problems
    )


def test_client_freshness_follows_the_contract_hash(checkout: Path, tmp_path: Path) -> None:
    assert pipeline.client_freshness(checkout) == []
    stale = tmp_path / "stale"
    shutil.copytree(checkout, stale)
    (stale / "openapi.yaml").write_bytes((stale / "openapi.yaml").read_bytes() + b"\n")
    assert [p.split(" ")[4] for p in pipeline.client_freshness(stale)] == ["contract_sha256"]


def test_generated_model_names_are_readable() -> None:
    models = sorted(p.stem for p in (facts.GENERATED_DIR / "ingram_orders" / "models").glob("*.py"))
    assert len(models) > 100
    unreadable = [m for m in models if len(m) > 45 or re.search(r"type_\d|s_item|_item_", m)]
    assert unreadable == [], "add class_overrides to generator-config.yml for these"


def test_generate_reports_a_bad_source(
    capsys: pytest.CaptureFixture[str], checkout: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(checkout, copy)
    argv = ["generate", "--from", str(tmp_path / "missing.yaml"), "--root", str(copy)]
    assert cli.main(argv) == 2
    assert capsys.readouterr().err.startswith("ingram-contract generate: error: cannot read")


@pytest.mark.parametrize("step", ["generate", "validate"])
def test_generate_and_validate_refuse_a_folder_that_is_not_a_checkout(
    step: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # What an installed wheel would otherwise do: write openapi.yaml into site-packages' parent.
    assert cli.main([step, "--root", str(tmp_path)]) == 2
    assert "is not a checkout of this project" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_generate_names_the_group_when_the_generator_is_missing(
    capsys: pytest.CaptureFixture[str], checkout: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline.metadata.version

    def version(name: str) -> str:
        if name == "openapi-python-client":
            raise pipeline.metadata.PackageNotFoundError(name)
        return real(name)

    monkeypatch.setattr(pipeline.metadata, "version", version)
    assert cli.main(["validate", "--root", str(checkout)]) == 2
    assert "`generate` dependency group" in capsys.readouterr().err


def test_the_default_source_is_the_vendored_snapshot_checked_by_hash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert pipeline.default_source() == str(facts.PINNED_UPSTREAM_PATH)
    altered = tmp_path / "altered.yaml.gz"
    altered.write_bytes(gzip.compress(gzip.decompress(facts.PINNED_UPSTREAM_PATH.read_bytes()) + b"\n"))
    monkeypatch.setattr(facts, "PINNED_UPSTREAM_PATH", altered)
    with pytest.raises(SpecError, match="not the pinned"):
        pipeline.default_source()
    monkeypatch.setattr(facts, "PINNED_UPSTREAM_PATH", tmp_path / "absent.yaml.gz")
    with pytest.raises(SpecError, match="pass --from"):
        pipeline.default_source()


def test_the_generated_client_is_marked_typed() -> None:
    assert (facts.GENERATED_DIR / "ingram_orders" / "py.typed").exists()
    assert (facts.REPO_ROOT / "src" / "ingram_contract" / "py.typed").exists()
