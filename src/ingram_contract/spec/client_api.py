"""The generated client as the diff's oracle: generate both sides' `ingram_orders`, compare their API.

Each side is made into a contract the way the pipeline makes `openapi.yaml` (a full upstream document
is cut and gets the corrections that still apply; a cut or the contract itself is used as it is), then
generated with the pinned openapi-python-client and `generator-config.yml`. Generated clients are cached
by the hash of what produced them (contract bytes, config, generator version), so a revision met in
several pairs is generated once.

The public API of the two packages is compared with griffe (`find_breaking_changes`: removed objects,
parameters removed, added as required or made required, changed defaults) plus the annotations griffe
leaves unchecked: a model attribute that becomes `datetime`, a function that demands an
`AuthenticatedClient`. Each finding is tied to the wire change it comes from, or reported on its own
with the JSON location it was traced to.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from importlib import metadata, util
from pathlib import Path
from typing import Any

from ingram_contract import facts
from ingram_contract.spec.client_index import MODELS, ClientIndex, operation_shape
from ingram_contract.spec.corrections import apply_applicable
from ingram_contract.spec.diff import diff_documents
from ingram_contract.spec.diff_report import (
    BREAKING,
    NON_BREAKING,
    WIRE_ONLY,
    Change,
    DiffReport,
    exit_code,
    render,
)
from ingram_contract.spec.errors import SpecError
from ingram_contract.spec.load import load_spec, load_yaml_file
from ingram_contract.spec.overlay import parse_overlay
from ingram_contract.spec.scope import HTTP_METHODS, in_scope
from ingram_contract.spec.vendor import cut_document, dump_yaml, sorted_tree

CONTRACT_TITLE = "Ingram Micro Reseller API: Orders contract"
# Wire rules whose only reason to break is the generated name: with both clients at hand, griffe decides.
CLIENT_NAME_RULES = frozenset({"operation-id-changed", "tag-changed", "path-parameter-renamed"})
_CACHE_ENV = "INGRAM_CONTRACT_CLIENT_CACHE"
_FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


def codegen_unavailable() -> str | None:
    """Why the generated-client comparison cannot run here, or None when it can."""
    for module, package in (("openapi_python_client", "openapi-python-client"), ("griffe", "griffe")):
        if util.find_spec(module) is None:
            return f"{package} is not installed"
    return None


def cache_dir() -> Path:
    """Where generated clients are kept between runs ($INGRAM_CONTRACT_CLIENT_CACHE or the temp dir)."""
    return Path(os.environ.get(_CACHE_ENV) or Path(tempfile.gettempdir()) / "ingram-contract-clients")


def contract_of(document: dict[str, Any], corrections: Path = facts.CORRECTIONS_PATH) -> dict[str, Any]:
    """What the pipeline would generate from `document`: a full upstream document is cut and corrected."""
    if (document.get("info") or {}).get("title") == CONTRACT_TITLE:
        return document
    actions = parse_overlay(load_yaml_file(corrections), source=str(corrections))
    corrected, _ = apply_applicable(cut_document(document), actions)
    result: dict[str, Any] = sorted_tree(corrected)
    return result


def generated_client(contract: dict[str, Any], cache: Path | None = None) -> Path:
    """A directory holding `ingram_orders` generated from `contract` (cached by content hash)."""
    from ingram_contract.spec.pipeline import generate_client

    data = dump_yaml(contract)
    config = facts.GENERATOR_CONFIG_PATH
    key = hashlib.sha256(
        data + config.read_bytes() + metadata.version("openapi-python-client").encode()
    ).hexdigest()[:24]
    root = (cache or cache_dir()) / key
    if (root / "ingram_orders" / "__init__.py").exists():
        return root
    root.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f"{key}-", dir=root.parent))
    try:
        (work / "openapi.yaml").write_bytes(data)
        generate_client(work / "openapi.yaml", work, config)
        try:
            work.rename(root)
        except OSError:  # another run generated the same client meanwhile
            shutil.rmtree(work, ignore_errors=True)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return root


@dataclass(frozen=True)
class ApiChange:
    """One difference between the two generated APIs; `python` is the identifier as a reader names it."""

    python: str
    breaking: bool
    text: str
    origin: tuple[str, str] | None  # (operation, JSON location) it was traced to


def _split_union(annotation: str) -> set[str]:
    parts, depth, current = [], 0, ""
    for char in annotation:
        depth += char in "[("
        depth -= char in "])"
        if char == "|" and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    return {*parts, current.strip()} - {""}


def _annotations(index: ClientIndex, client: Any) -> dict[str, str]:
    """Python names (as `ClientIndex.python_for` spells them) → annotation text."""
    out: dict[str, str] = {}
    for name, model in index.models.items():
        out.update({f"{MODELS}.{name}.{attr}": text for attr, text in model.annotations.items()})
    for op in index.operations.values():
        function = client[op.module.removeprefix("ingram_orders.")].members.get("sync")
        if function is None or not function.is_function:
            continue
        for param in function.parameters:
            out[f"{op.module}.sync({param.name}=)"] = str(param.annotation)
        out[f"{op.module}.sync()"] = str(function.returns)
    return out


def _annotation_changes(old: dict[str, str], new: dict[str, str]) -> list[tuple[str, bool, str]]:
    """Changed annotations: an input that accepts less, or an output that may be something else, breaks."""
    out = []
    for key, before in old.items():
        after = new.get(key)
        if after is None or after == before:
            continue
        was, now = _split_union(before), _split_union(after)
        is_input = key.endswith("=)")
        breaking = not now >= was if is_input else not now <= was
        out.append((key, breaking, f"annotation changed from `{before}` to `{after}`"))
    return out


def _api_key(path: str, param: str | None) -> str | None:
    """A griffe object path (and parameter) → the Python name `ClientIndex.python_for` uses; None to skip.

    The four functions of an operation module count once (as `sync`); a model's `__init__` parameter is
    its attribute; a model module is covered by its class.
    """
    parts = path.split(".")
    if len(parts) > 3 and parts[1] == "api" and parts[-1] in _FUNCTIONS:
        module = ".".join(parts[:-1])
        return f"{module}.sync({param}=)" if param else f"{module}.sync()"
    if len(parts) >= 3 and parts[1] == "models":
        names = parts[3:] if parts[2][:1].islower() else parts[2:]
        if not names:
            return None
        if names[-1] == "__init__":
            names = [*names[:-1], param] if param else names[:-1]
        elif names[-1] in ("to_dict", "from_dict", "additional_keys") or names[-1].startswith("_"):
            return None
        return ".".join([MODELS, *[n for n in names if n]])
    if parts[-1].startswith("_"):
        return None
    return f"{path}({param}=)" if param else path


def compare_clients(old_dir: Path, new_dir: Path) -> list[ApiChange]:
    """Every difference griffe and the annotation check find between two generated packages."""
    import griffe

    old_index, new_index = ClientIndex.read(old_dir), ClientIndex.read(new_dir)
    old_pkg = griffe.load("ingram_orders", search_paths=[str(old_dir)], resolve_aliases=False)
    new_pkg = griffe.load("ingram_orders", search_paths=[str(new_dir)], resolve_aliases=False)
    found: dict[str, ApiChange] = {}
    for breakage in griffe.find_breaking_changes(old_pkg, new_pkg):
        kind = breakage.kind
        is_param = kind.name.startswith("PARAMETER_")
        param = (breakage.old_value or breakage.new_value).name if is_param else None
        key = _api_key(breakage.obj.path, param)
        if key is None:
            continue
        text = kind.value
        if kind is griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT:
            text += f": {breakage.old_value.default} → {breakage.new_value.default}"
        origin = old_index.origin.get(key) or new_index.origin.get(key)
        default = kind is griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT
        found.setdefault(key, ApiChange(key, not default, text, origin))
    old_notes = _annotations(old_index, old_pkg)
    for key, breaking, text in _annotation_changes(old_notes, _annotations(new_index, new_pkg)):
        origin = new_index.origin.get(key) or new_index.origin.get(key.split(".sync(")[0])
        found.setdefault(key, ApiChange(key, breaking, text, origin))
    return [found[key] for key in sorted(found)]


def judge(old: dict[str, Any], new: dict[str, Any], *, codegen: bool = True) -> DiffReport:
    """The wire diff, judged again with the two generated clients when they can be generated."""
    wire = diff_documents(old, new)
    reason = "--no-codegen" if not codegen else codegen_unavailable()
    if reason:
        return DiffReport(wire.changes, f"{WIRE_ONLY} ({reason}; the generated client was not compared)")
    old_dir, new_dir = generated_client(contract_of(old)), generated_client(contract_of(new))
    return judge_clients(wire, old, new, old_dir, new_dir)


def judge_clients(
    wire: DiffReport, old: dict[str, Any], new: dict[str, Any], old_dir: Path, new_dir: Path
) -> DiffReport:
    """The wire report judged with two generated clients (`old_dir`, `new_dir` hold `ingram_orders`)."""
    labels = {
        operation_shape(label): label for document in (old, new) for label in operation_labels(document)
    }
    return merge(
        wire, compare_clients(old_dir, new_dir), ClientIndex.read(old_dir), ClientIndex.read(new_dir), labels
    )


def operation_labels(document: dict[str, Any]) -> list[str]:
    """`METHOD /path` of every in-scope operation, as the document spells the path."""
    paths = document.get("paths") or {}
    return [
        f"{method.upper()} {path}"
        for path, item in paths.items()
        if in_scope(path) and isinstance(item, dict)
        for method in HTTP_METHODS
        if method in item
    ]


def merge(
    wire: DiffReport, api: list[ApiChange], old: ClientIndex, new: ClientIndex, labels: dict[str, str]
) -> DiffReport:
    """Tie each API change to the wire change it comes from; the rest are changes of their own."""
    used: set[str] = set()
    changes: list[Change] = []
    for change in wire.changes:
        python = _deeper(
            new.python_for(change.operation, change.location),
            old.python_for(change.operation, change.location),
        )
        hits = [a for a in api if _touches(a, change, python)]
        used.update(a.python for a in hits)
        client_breaks = any(a.breaking for a in hits)
        if change.rule in CLIENT_NAME_RULES:
            severity = BREAKING if client_breaks else NON_BREAKING
        else:
            severity = BREAKING if client_breaks or change.severity == BREAKING else NON_BREAKING
        client = tuple(f"`{a.python}`: {a.text}" for a in hits) or (
            ("neither generated client has a function for this operation",) if not python else ()
        )
        python += tuple(a.python for a in hits if a.python not in python)
        changes.append(change.with_client(python, client, severity))
    for item in api:
        if item.python in used:
            continue
        operation, location = item.origin or ("client", "python")
        operation = labels.get(operation, operation)
        changes.append(
            Change(
                operation,
                BREAKING if item.breaking else NON_BREAKING,
                location,
                f"generated client: {item.text}",
                "client-api-changed",
                (item.python,),
            )
        )
    versions = ", ".join(f"{name} {metadata.version(name)}" for name in ("openapi-python-client", "griffe"))
    judged = f"wire rules and the generated clients ({versions})"
    return DiffReport(tuple(sorted(set(changes), key=Change.sort_key)), judged)


def _deeper(new: tuple[str, ...], old: tuple[str, ...]) -> tuple[str, ...]:
    """The names that reach further into the client (a removed field is only in the old one)."""
    depth = [(len(names), names[-1].count(".") if names else -1) for names in (new, old)]
    return old if depth[1] > depth[0] else new


def _touches(api: ApiChange, change: Change, python: tuple[str, ...]) -> bool:
    """Whether an API change is (part of) what a wire change does to the client."""
    if api.origin is not None and api.origin[0] == operation_shape(change.operation):
        location = api.origin[1].lower()
        if location == change.location.lower():
            return True
        if change.rule in CLIENT_NAME_RULES and (location == "path" or location.startswith("parameter.path")):
            return True
    if change.rule == "operation-removed" and python:
        return python[0] == api.python or python[0].startswith(f"{api.python}.")
    return any(api.python == name or api.python.startswith(f"{name}.") for name in python[1:])


def run_diff(
    old: str,
    new: str,
    fmt: str = "md",
    *,
    fail_on: str = "breaking",
    codegen: bool = True,
    output: str | None = None,
) -> int:
    """`ingram-contract diff`: the report to `output` (or stdout); exit 1 when `fail_on` is met, else 0."""
    report = judge(load_spec(old).document, load_spec(new).document, codegen=codegen)
    text = render(report, fmt, old, new)
    if output is None:
        sys.stdout.write(text)
        return exit_code(report, fail_on)
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise SpecError(f"cannot write {output}: {exc.strerror or exc}") from None
    return exit_code(report, fail_on)
