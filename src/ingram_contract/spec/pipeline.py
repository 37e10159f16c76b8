"""The one data path: upstream → cut → corrections → openapi.yaml → generated/ingram_orders.

`ingram-contract generate [--from SRC]` (alias `python -m ingram_contract.spec.pipeline generate`) writes
openapi.yaml, spec/upstream.lock and generated/ from the pinned snapshot in spec/upstream/ by default;
`... validate` checks the contract (validator, examples), the generator's warnings and
that the committed outputs are byte-identical to a fresh run. The drift run reuses `client_freshness`.
"""

from __future__ import annotations

import filecmp
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from openapi_spec_validator import OpenAPIV30SpecValidator

from ingram_contract import facts
from ingram_contract.spec.corrections import apply_applicable
from ingram_contract.spec.descriptions import descriptions_overlay
from ingram_contract.spec.errors import SpecError
from ingram_contract.spec.examples import check_examples
from ingram_contract.spec.load import load_yaml_file, parse_document, read_source
from ingram_contract.spec.overlay import apply_overlay, parse_overlay
from ingram_contract.spec.vendor import dump_yaml, sorted_tree, vendor

PACKAGE = "ingram_orders"
PROVENANCE_FILE = "PROVENANCE.json"
# Messages of openapi-python-client that mean a part of the contract was dropped from the client.
_GENERATOR_PROBLEMS = ("Unable to", "Warning", "Could not", "Error(")


@dataclass
class Contract:
    """The corrected contract and the facts of how it was made."""

    document: dict[str, Any]
    data: bytes
    upstream: dict[str, str]


@dataclass
class Outcome:
    """What a validate run found; empty problems means everything holds."""

    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def default_source() -> str:
    """The pinned upstream document vendored in the repository (no network needed), hash-checked."""
    path = facts.PINNED_UPSTREAM_PATH
    try:
        digest = hashlib.sha256(read_source(path)).hexdigest()
    except SpecError:
        raise SpecError(f"the pinned upstream snapshot is missing ({path}): pass --from PATH|URL") from None
    if digest != facts.UPSTREAM_SHA256:
        raise SpecError(f"{path} has sha256 {digest:.16}…, not the pinned {facts.UPSTREAM_SHA256:.16}…")
    return str(path)


def build_contract(
    source: str,
    corrections: Path = facts.CORRECTIONS_PATH,
    descriptions: Path = facts.DESCRIPTIONS_PATH,
    *,
    strict_descriptions: bool = True,
) -> Contract:
    """Vendor the source, apply the corrections, then our field descriptions: the bytes of openapi.yaml.

    `strict_descriptions=False` (another upstream revision than the one the descriptions were written
    for, as in a proposed update) skips a description whose field that revision does not have; the
    corrections are always strict.
    """
    cut, _ = vendor(source)
    corrected = apply_overlay(cut, load_yaml_file(corrections), source=str(corrections))
    overlay = descriptions_overlay(load_yaml_file(descriptions), source=str(descriptions))
    if strict_descriptions:
        corrected = apply_overlay(corrected, overlay, source=str(descriptions))
    else:
        corrected, _ = apply_applicable(corrected, parse_overlay(overlay, source=str(descriptions)))
    corrected = sorted_tree(corrected)
    upstream = dict(cut["info"]["x-upstream"])
    return Contract(corrected, dump_yaml(corrected), upstream)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _input_hashes(contract_data: bytes, config: Path) -> dict[str, str]:
    """What the generated client was made from; checking it needs no generator installed."""
    config_sha256 = _sha256(config.read_bytes())
    return {"contract_sha256": _sha256(contract_data), "generator_config_sha256": config_sha256}


def provenance(contract_data: bytes, config: Path = facts.GENERATOR_CONFIG_PATH) -> dict[str, str]:
    """Recorded next to the generated package and checked before it is trusted."""
    return {
        **_input_hashes(contract_data, config),
        "generator": f"openapi-python-client {metadata.version('openapi-python-client')}",
        "formatter": f"ruff {metadata.version('ruff')}",
    }


def generate_client(
    contract_path: Path, out_dir: Path, config: Path = facts.GENERATOR_CONFIG_PATH
) -> list[str]:
    """Run openapi-python-client into out_dir/ingram_orders; return its warnings (none is the goal)."""
    target = out_dir / PACKAGE
    if target.exists():
        shutil.rmtree(target)
    command = [
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(contract_path),
        "--config",
        str(config),
        "--output-path",
        str(target),
        "--meta",
        "none",
        "--overwrite",
    ]
    # The generator's ruff post-hooks must be the ruff installed beside this interpreter.
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env["PATH"] = f"{Path(sys.executable).parent}:{env.get('PATH', '')}"
    result = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        raise SpecError(
            f"openapi-python-client failed: {output.splitlines()[-1] if output else result.returncode}"
        )
    warnings = [line.strip() for line in output.splitlines() if line.strip().startswith(_GENERATOR_PROBLEMS)]
    # PEP 561: the client is typed; `--meta none` skips the generator's own marker.
    (target / "py.typed").write_text("")
    contract_data = contract_path.read_bytes()
    (out_dir / PROVENANCE_FILE).write_text(
        json.dumps(provenance(contract_data, config), indent=2, sort_keys=True) + "\n"
    )
    return warnings


def write_outputs(
    source: str, root: Path = facts.REPO_ROOT, *, strict_descriptions: bool = True
) -> list[str]:
    """The `generate` step: openapi.yaml, spec/upstream.lock and generated/; returns generator warnings."""
    spec_dir = root / "spec"
    contract = build_contract(
        source,
        spec_dir / "corrections.yaml",
        spec_dir / "descriptions.yaml",
        strict_descriptions=strict_descriptions,
    )
    (root / "openapi.yaml").write_bytes(contract.data)
    lock = {**contract.upstream, "path": facts.UPSTREAM_PATH, "contract_sha256": _sha256(contract.data)}
    (root / "spec" / "upstream.lock").write_text(json.dumps(lock, indent=2, sort_keys=True) + "\n")
    return generate_client(root / "openapi.yaml", root / "generated", root / "generator-config.yml")


def _tree_differences(expected: Path, actual: Path) -> list[str]:
    """Files that differ, are missing or are extra between two directory trees (caches ignored)."""
    differences: list[str] = []
    comparison = filecmp.dircmp(expected, actual, ignore=["__pycache__", ".mypy_cache", ".ruff_cache"])

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        differences.extend(f"{prefix}{name} (missing)" for name in cmp.left_only)
        differences.extend(f"{prefix}{name} (not generated)" for name in cmp.right_only)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        differences.extend(f"{prefix}{name} (differs)" for name in mismatch + errors)
        for name, sub in sorted(cmp.subdirs.items()):
            walk(sub, f"{prefix}{name}/")

    walk(comparison, "")
    return sorted(differences)


def client_freshness(root: Path = facts.DATA_ROOT) -> list[str]:
    """Cheap check that generated/ was made from the committed openapi.yaml and generator config."""
    recorded_path = root / "generated" / PROVENANCE_FILE
    if not recorded_path.exists():
        return [f"generated/{PROVENANCE_FILE} is missing: regenerate with `nox -s generate`"]
    recorded = json.loads(recorded_path.read_text())
    current = _input_hashes((root / "openapi.yaml").read_bytes(), root / "generator-config.yml")
    return [
        f"generated/ was made with {key} {recorded.get(key)!s:.16}, now {value!s:.16}: regenerate"
        for key, value in current.items()
        if recorded.get(key) != value
    ]


def validate(source: str, root: Path = facts.REPO_ROOT) -> Outcome:
    """Every check of the `validate` session; the committed tree is compared with a fresh run."""
    outcome = Outcome()
    committed = root / "openapi.yaml"
    document = parse_document(read_source(committed), str(committed))
    errors = list(OpenAPIV30SpecValidator(document).iter_errors())
    outcome.problems += [f"openapi.yaml invalid: {error.message}" for error in errors]
    outcome.problems += [
        f"example disagrees with its schema: {failure}" for failure in check_examples(document)
    ]

    with tempfile.TemporaryDirectory() as tmp:
        fresh_root = Path(tmp)
        (fresh_root / "spec").mkdir()
        shutil.copy(root / "spec" / "corrections.yaml", fresh_root / "spec" / "corrections.yaml")
        shutil.copy(root / "spec" / "descriptions.yaml", fresh_root / "spec" / "descriptions.yaml")
        shutil.copy(root / "generator-config.yml", fresh_root / "generator-config.yml")
        warnings = write_outputs(source, fresh_root)
        outcome.problems += [f"generator warning: {warning}" for warning in warnings]
        if (fresh_root / "openapi.yaml").read_bytes() != committed.read_bytes():
            outcome.problems.append(
                "openapi.yaml differs from a fresh `nox -s generate`: regenerate and commit"
            )
        for name in _tree_differences(fresh_root / "generated", root / "generated"):
            outcome.problems.append(f"generated/{name} differs from a fresh generation")
        if (fresh_root / "spec" / "upstream.lock").read_bytes() != (
            root / "spec" / "upstream.lock"
        ).read_bytes():
            outcome.problems.append("spec/upstream.lock differs from a fresh run: regenerate and commit")
    outcome.notes.append(
        f"{len(document.get('paths', {}))} paths, examples checked, client compared file by file"
    )
    return outcome


def _require_checkout_and_generator(root: Path) -> None:
    """generate/validate rewrite or compare a checkout's files and run the pinned generator."""
    if not (root / "spec" / "corrections.yaml").is_file() or not (root / "generated").is_dir():
        raise SpecError(f"{root} is not a checkout of this project (no spec/, generated/): pass --root DIR")
    for name in ("openapi-python-client", "ruff"):
        try:
            metadata.version(name)
        except metadata.PackageNotFoundError:
            raise SpecError(
                f"{name} is not installed: it is in the `generate` dependency group (use `nox -s generate`)"
            ) from None


def run_generate(source: str | None, root: Path = facts.REPO_ROOT) -> int:
    """`ingram-contract generate`: 0 written without generator warnings, 1 with some."""
    _require_checkout_and_generator(root)
    source = source or default_source()
    warnings = write_outputs(source, root)
    for warning in warnings:
        print(f"generator warning: {warning}", file=sys.stderr)
    print(f"generated openapi.yaml and generated/{PACKAGE} from {source}")
    return 1 if warnings else 0


def run_validate(source: str | None, root: Path = facts.REPO_ROOT) -> int:
    """`ingram-contract validate`: 0 everything holds, 1 a problem (each printed)."""
    _require_checkout_and_generator(root)
    outcome = validate(source or default_source(), root)
    for problem in outcome.problems:
        print(f"FAIL {problem}", file=sys.stderr)
    for note in outcome.notes:
        print(note)
    print("validate: " + ("failed" if outcome.problems else "ok"))
    return 1 if outcome.problems else 0


if __name__ == "__main__":
    # Kept as an alias of `ingram-contract generate|validate`.
    from ingram_contract.cli import main

    sys.exit(main())
