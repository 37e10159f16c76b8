"""The layer rules of ARCHITECTURE.md, enforced: the table there is read here, every import is checked."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import ingram_contract

PACKAGE = Path(ingram_contract.__file__).parent
ARCHITECTURE = PACKAGE.parents[1] / "ARCHITECTURE.md"
_ROW = re.compile(r"^\| `(?P<unit>[a-z_.]+)` \| (?P<allowed>.+) \|$")
# The sandbox is being split by its own change; every other hand-written module stays under this.
MAX_LINES = 400


def allowed_imports(text: str) -> dict[str, set[str]]:
    """`unit -> the packages it may import`, from the table under "Packages and what they may import"."""
    section = text.split("## Packages and what they may import", 1)[1].split("\n## ", 1)[0]
    rules: dict[str, set[str]] = {}
    for line in section.splitlines():
        match = _ROW.match(line.strip())
        if match:
            rules[match["unit"]] = set(re.findall(r"`([a-z_]+)`", match["allowed"]))
    return rules


def _unit(module: str, rules: dict[str, set[str]]) -> str:
    """The most specific table row for a module (`drift.local` before `drift`)."""
    parts = module.split(".")
    for length in range(len(parts), 0, -1):
        if ".".join(parts[:length]) in rules:
            return ".".join(parts[:length])
    raise AssertionError(f"ingram_contract.{module} belongs to no row of ARCHITECTURE.md")


def project_imports(path: Path) -> set[str]:
    """The top-level project packages a module imports (anywhere in it, TYPE_CHECKING and functions too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = (
                [node.module]
                if node.module != "ingram_contract"
                else [f"ingram_contract.{alias.name}" for alias in node.names]
            )
        found |= {name.split(".")[1] for name in names if name.startswith("ingram_contract.")}
    return found


def _modules() -> dict[str, Path]:
    return {
        ".".join(path.relative_to(PACKAGE).with_suffix("").parts).removesuffix(".__init__"): path
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "__init__.py" or path.parent != PACKAGE
    }


def violations(rules: dict[str, set[str]]) -> list[str]:
    """Every import of a package the module's row does not allow."""
    found = []
    for module, path in _modules().items():
        unit = _unit(module, rules)
        own = unit.split(".")[0]
        for imported in sorted(project_imports(path) - rules[unit] - {own}):
            found.append(
                f"{module} imports {imported} ({unit} may import {sorted(rules[unit]) or 'nothing'})"
            )
    return found


def test_the_table_names_every_package() -> None:
    rules = allowed_imports(ARCHITECTURE.read_text(encoding="utf-8"))
    packages = {module.split(".")[0] for module in _modules()}
    assert packages == {unit.split(".")[0] for unit in rules}


def test_every_import_follows_the_layer_rules() -> None:
    rules = allowed_imports(ARCHITECTURE.read_text(encoding="utf-8"))
    assert violations(rules) == []


def test_a_forbidden_import_is_caught() -> None:
    rules = allowed_imports(ARCHITECTURE.read_text(encoding="utf-8"))
    tightened = {**rules, "checks": rules["checks"] - {"runtime"}}
    assert any(line.startswith("checks.transport imports runtime") for line in violations(tightened))
    assert "sandbox" in project_imports(PACKAGE / "drift" / "local.py")


def test_no_hand_written_module_is_over_the_line_limit() -> None:
    long = {
        module: lines
        for module, path in _modules().items()
        if not module.startswith("sandbox")
        and (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}
