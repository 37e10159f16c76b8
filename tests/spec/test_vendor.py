"""Vendoring: scoped, prose-free, provenance recorded, byte-stable, older revisions, bad input → exit 2."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from ingram_contract import cli, facts
from ingram_contract.spec.scope import in_scope
from ingram_contract.spec.vendor import cut_document, dump_yaml, vendor
from tests.conftest import HISTORY_DIR, require_upstream

CONTRACT_OPERATIONS = {
    ("post", "/oauth/oauth20/token"),
    ("post", "/resellers/v1/webhooks/orderstatusevent"),
    ("post", "/resellers/v6/orders"),
    ("put", "/resellers/v6/orders/{orderNumber}"),
    ("delete", "/resellers/v6/orders/{OrderNumber}"),
    ("get", "/resellers/v6/orders/search"),
    ("get", "/resellers/v6.1/orders/{ordernumber}"),
    ("post", "/resellers/v7/orders"),
    ("post", "/resellers/v7/vendorrequiredinfo"),
}


def _operations(document: dict[str, Any]) -> set[tuple[str, str]]:
    return {
        (m, p) for p, item in document["paths"].items() for m in item if m in {"get", "post", "put", "delete"}
    }


def _all_keys(node: Any, parent: str | None = None) -> set[tuple[str | None, str]]:
    found: set[tuple[str | None, str]] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            found.add((parent, key))
            if key not in {"example", "examples", "enum", "default"}:
                found |= _all_keys(value, key)
    elif isinstance(node, list):
        for item in node:
            found |= _all_keys(item, parent)
    return found


def test_cut_keeps_exactly_the_orders_scope(upstream_document: dict[str, Any]) -> None:
    cut = cut_document(upstream_document)
    assert _operations(cut) == {(m, p) for m, p in CONTRACT_OPERATIONS if p != "/oauth/oauth20/token"} | {
        ("get", "/oauth/oauth20/token")
    }
    assert not [
        p for p in cut["paths"] if any(w in p for w in ("catalog", "quote", "invoice", "returns", "deals"))
    ]
    assert set(cut["components"]["schemas"]) < set(upstream_document["components"]["schemas"])
    assert "OrderCreateResponse" in cut["components"]["schemas"]
    assert "ProductSearchResponse" not in cut["components"]["schemas"]


def test_cut_components_are_exactly_the_referenced_ones(upstream_document: dict[str, Any]) -> None:
    cut = cut_document(upstream_document)
    text = json.dumps(cut)
    for name in cut["components"]["schemas"]:
        assert f'"#/components/schemas/{name}"' in text, f"{name} is kept but never referenced"


def test_cut_drops_vendor_prose_but_keeps_names_and_examples(upstream_document: dict[str, Any]) -> None:
    cut = cut_document(upstream_document)
    text = json.dumps(cut)
    assert "Ingram Micro sales order number" not in text  # a vendor parameter description
    assert "x-tagGroups" not in cut
    keys = _all_keys(cut)
    prose_in_keywords = {
        (parent, key) for parent, key in keys if key == "description" and parent != "properties"
    }
    # Response objects must have a description in OpenAPI 3.0: ours are HTTP reason phrases.
    assert {parent for parent, _ in prose_in_keywords} <= {
        "200",
        "201",
        "204",
        "207",
        "400",
        "401",
        "404",
        "405",
        "500",
    }
    multiple = cut["components"]["schemas"]["OrderDetailB2B"]["properties"]["lines"]["items"]["properties"]
    assert "description" in multiple["multipleShipments"]["items"]["properties"], (
        "a property named description is data"
    )
    create = cut["paths"]["/resellers/v6/orders"]["post"]
    assert len(create["requestBody"]["content"]["application/json"]["examples"]) > 5
    assert create["summary"] == "Create an order (v6, synchronous)."


def test_cut_records_provenance() -> None:
    upstream = require_upstream()
    cut, loaded = vendor(upstream)
    assert cut["info"]["x-upstream"] == {
        "repository": facts.UPSTREAM_REPO,
        "commit": facts.UPSTREAM_COMMIT,
        "sha256": facts.UPSTREAM_SHA256,
    }
    assert loaded.sha256 == facts.UPSTREAM_SHA256


def test_vendoring_is_byte_stable_and_independent_of_key_order(upstream_document: dict[str, Any]) -> None:
    first = dump_yaml(cut_document(upstream_document))
    reordered = dict(reversed(list(upstream_document.items())))
    reordered["paths"] = dict(reversed(list(upstream_document["paths"].items())))
    assert dump_yaml(cut_document(upstream_document)) == first
    assert dump_yaml(cut_document(reordered)) == first


def test_cli_writes_the_same_bytes_twice(tmp_path: Path) -> None:
    upstream = require_upstream()
    assert cli.main(["vendor", "--from", str(upstream), "--out", str(tmp_path / "a.yaml")]) == 0
    assert cli.main(["vendor", "--from", str(upstream), "--out", str(tmp_path / "b.yaml")]) == 0
    assert (tmp_path / "a.yaml").read_bytes() == (tmp_path / "b.yaml").read_bytes()


def _history_files() -> list[Path]:
    return sorted(HISTORY_DIR.glob("*.yaml.gz")) if HISTORY_DIR.exists() else []


@pytest.mark.slow
@pytest.mark.parametrize("revision", _history_files(), ids=lambda p: p.name.split(".")[0])
def test_every_historical_revision_vendors(revision: Path, tmp_path: Path) -> None:
    index = json.loads((HISTORY_DIR / "index.json").read_text())
    out = tmp_path / "cut.yaml"
    assert cli.main(["vendor", "--from", str(revision), "--out", str(out)]) == 0
    cut, _ = vendor(out)  # the cut is itself a loadable OpenAPI 3.0 document
    assert cut["paths"] and all(in_scope(path) for path in cut["paths"])
    assert ("post", "/resellers/v6/orders") in _operations(cut)
    raw_sha = index["revisions"][revision.name]["sha256"]
    assert (
        yaml_info(out)["x-upstream"]["sha256"] == raw_sha == _sha256(gzip.decompress(revision.read_bytes()))
    )


def yaml_info(path: Path) -> dict[str, Any]:
    from ingram_contract.spec.load import load_yaml_file

    return load_yaml_file(path)["info"]


def _sha256(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def test_historical_revisions_are_present() -> None:
    if not HISTORY_DIR.exists():
        pytest.skip(f"no history at {HISTORY_DIR}")
    assert len(_history_files()) == 50


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read"),
        (b"openapi: 3.0.0\ninfo: [\n", "not valid YAML"),
        (b"- just\n- a list\n", "top level is not a mapping"),
        (b"swagger: '2.0'\npaths: {/a: {}}\n", "not an OpenAPI 3.0 document (swagger: 2.0)"),
        (b"openapi: 3.1.0\npaths: {/a: {}}\n", "not an OpenAPI 3.0 document (openapi: 3.1.0)"),
        (b"openapi: 3.0.0\ninfo: {title: t, version: '1'}\n", "has no paths"),
        (b"openapi: 3.0.0\npaths: {/resellers/v6/catalog: {get: {}}}\n", "none of the Orders contract paths"),
        (b"\x1f\x8bnot really gzip", "cannot decompress"),
    ],
    ids=[
        "missing",
        "bad-yaml",
        "not-mapping",
        "swagger2",
        "openapi31",
        "no-paths",
        "out-of-scope",
        "bad-gzip",
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, message: str
) -> None:
    source = tmp_path / "spec.yaml"
    if content is not None:
        source.write_bytes(content)
    assert cli.main(["vendor", "--from", str(source), "--out", str(tmp_path / "out.yaml")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and err.startswith("ingram-contract vendor: error:")
    assert not (tmp_path / "out.yaml").exists()


def test_dangling_reference_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "spec.yaml"
    source.write_text(
        "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /resellers/v6/orders:\n    post:\n"
        "      responses:\n        '201':\n          description: x\n          content:\n"
        "            application/json:\n              schema: {$ref: '#/components/schemas/Gone'}\n"
    )
    assert cli.main(["vendor", "--from", str(source)]) == 2
    assert "dangling $ref: #/components/schemas/Gone" in capsys.readouterr().err


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["vendor", "--bogus"])
    assert exited.value.code == 2
