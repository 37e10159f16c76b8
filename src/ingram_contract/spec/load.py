"""Read an OpenAPI document from a path or an https URL (plain or gzip YAML/JSON) into plain data.

Dates and times stay strings: the vendor's examples are JSON payloads, and YAML's implicit timestamp
typing would turn `2021-04-23` into a `date` that no JSON Schema `string` accepts.
"""

from __future__ import annotations

import gzip
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import yaml

from ingram_contract.spec.errors import SpecError


class _JsonCompatibleLoader(yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):  # type: ignore[misc]
    """SafeLoader without the timestamp resolver, so every scalar maps to a JSON type."""


_JsonCompatibleLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class LoadedSpec:
    """A document and where it came from: the raw bytes' sha256 is its provenance."""

    document: dict[str, Any]
    source: str
    sha256: str


def read_source(source: str | Path, *, timeout: float = 60.0) -> bytes:
    """Return the raw bytes of a path or an http(s) URL; gzip is undone here."""
    text = str(source)
    if text.startswith(("https://", "http://")):
        try:
            response = httpx.get(text, timeout=timeout, follow_redirects=True)
            response.raise_for_status()
        except httpx.HTTPError as exc:
            raise SpecError(f"cannot fetch {text}: {exc}") from None
        raw = response.content
    else:
        path = Path(text)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise SpecError(f"cannot read {path}: {exc.strerror or exc}") from None
    if raw[:2] == b"\x1f\x8b":
        try:
            raw = gzip.decompress(raw)
        except OSError as exc:
            raise SpecError(f"cannot decompress {text}: {exc}") from None
    return raw


def parse_document(raw: bytes, source: str = "<bytes>") -> dict[str, Any]:
    """Parse YAML or JSON bytes into a dict, with one-line errors."""
    try:
        document = yaml.load(raw, Loader=_JsonCompatibleLoader)  # noqa: S506 - a safe loader subclass
    except yaml.YAMLError as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
        raise SpecError(f"{source} is not valid YAML or JSON{where}: {first}") from None
    if not isinstance(document, dict):
        raise SpecError(f"{source} is not an OpenAPI document (top level is not a mapping)")
    return document


def require_openapi_30(document: dict[str, Any], source: str) -> None:
    """Refuse anything but an OpenAPI 3.0.x document with a `paths` mapping."""
    version = str(document.get("openapi", ""))
    if not version.startswith("3.0"):
        found = f"openapi: {version}" if version else "no `openapi` field"
        if "swagger" in document:
            found = f"swagger: {document['swagger']}"
        raise SpecError(f"{source} is not an OpenAPI 3.0 document ({found})")
    if not isinstance(document.get("paths"), dict) or not document["paths"]:
        raise SpecError(f"{source} has no paths")


def load_spec(source: str | Path) -> LoadedSpec:
    """Load and sanity-check an OpenAPI 3.0 document from a path or URL."""
    raw = read_source(source)
    document = parse_document(raw, str(source))
    require_openapi_30(document, str(source))
    return LoadedSpec(document=document, source=str(source), sha256=hashlib.sha256(raw).hexdigest())


def load_yaml_file(path: Path) -> dict[str, Any]:
    """Load a YAML mapping of the project (overlay, lock, config) with the same JSON-compatible typing."""
    return parse_document(read_source(path), str(path))
