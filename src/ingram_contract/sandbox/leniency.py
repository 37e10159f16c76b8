"""The vendor's "Boolean or String" for v6 flags, in what the sandbox accepts.

The vendor's v6→v7 migration notes say its v6 operations take booleans as "Boolean or String", and four
of its own v6 create examples send `'true'`. The contract stays strict (boolean) for what a client sends:
the generated client always sends a real boolean, and a strict contract is what catches a client that
does not. The sandbox, like the vendor, reads `"true"`/`"false"` as the boolean before it validates,
and `shipmentDetails.shipComplete: 'true'` (a one-letter code in the schema) as the code `C`, as the
contract's correction of that example reads it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Final

_FLAGS: Final = {"true": True, "false": False}
Path = tuple[str, ...]
# String codes the vendor also takes as a flag: the flag's word, and the code it stands for.
_CODES: Final[dict[Path, dict[str, str]]] = {("shipmentDetails", "shipComplete"): {"true": "C", "false": ""}}


def boolean_paths(schema: Any, prefix: Path = ()) -> set[Path]:
    """Where a body schema declares a boolean (`[]` steps into array items)."""
    if not isinstance(schema, dict):
        return set()
    found: set[Path] = set()
    kind = schema.get("type")
    if kind == "boolean" or (isinstance(kind, list) and "boolean" in kind):
        found.add(prefix)
    for name, child in (schema.get("properties") or {}).items():
        found |= boolean_paths(child, (*prefix, name))
    if "items" in schema:
        found |= boolean_paths(schema["items"], (*prefix, "[]"))
    for key in ("allOf", "anyOf", "oneOf"):
        for child in schema.get(key) or []:
            found |= boolean_paths(child, prefix)
    return found


def _parents(value: Any, path: Path) -> Iterator[tuple[dict[str, Any], str]]:
    if not path:
        return
    head, rest = path[0], path[1:]
    if head == "[]":
        for item in value if isinstance(value, list) else []:
            yield from _parents(item, rest)
    elif isinstance(value, dict) and head in value:
        if rest:
            yield from _parents(value[head], rest)
        else:
            yield value, head


def coerce_flags(value: Any, paths: set[Path]) -> Any:
    """A parsed body with `"true"`/`"false"` strings at boolean `paths` turned into booleans, in place.

    Runs on what `validation.parse_json` accepted (no duplicate keys, bounded nesting), before the
    schema is checked, so the body is parsed once; anything else at those paths is left to validation.
    """
    if not paths:
        return value
    words: dict[Path, dict[str, Any]] = {**dict.fromkeys(paths, _FLAGS), **_CODES}
    for path, meaning in words.items():
        for parent, key in _parents(value, path):
            flag = parent[key]
            if isinstance(flag, str) and flag.strip().lower() in meaning:
                parent[key] = meaning[flag.strip().lower()]
    return value
