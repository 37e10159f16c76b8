"""Mock mode catches a stale client: one generated from an older upstream revision fails where it changed.

The client is generated (openapi-python-client, the project's generator config) from the plain cut of the
vendor's 2025-01-07 revision (f8b986e10b), then checked against today's openapi.yaml in a subprocess
(both packages are called `ingram_orders`). What changed since, read from the revisions and
spec/corrections.yaml, and so what must fail:
- the token operation: that revision documents `GET` with a query string; the contract, like the
  vendor's portal, `POST` with a form → the old client has no function for `POST /oauth/oauth20/token`;
- `POST /resellers/v7/vendorrequiredinfo` appeared on 2025-10-08 → no function for it;
- v6 create 201/207 and the v7 create 201 event: upstream's `lines[].shipmentDetails` is an array,
  the API (and the contract) send an object → the old client raises while parsing;
- v6.1 details: the contract makes fields of a line nullable that the API sends as null (estimated
  dates, schedule lines...) → the old line model rejects them and the client leaves lines as raw dicts;
- v6 modify 200: a release answers `null` (the vendor's "Release" example; the contract allows it) →
  the old client raises on it;
- v7 create 400: the contract wraps the error in `errors[]` as the vendor's example does → the old
  flat model reads none of it;
- every JSON response the contract documents and that revision did not (the gateway's 401 with its
  fault body, details' 400/404...) → the old client returns nothing for it (computed from the two
  documents, below).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from ingram_contract import facts
from ingram_contract.spec.load import load_spec
from ingram_contract.spec.pipeline import generate_client
from ingram_contract.spec.vendor import cut_document, dump_yaml
from tests.conftest import require_shared
from tests.contract.conftest import SEED
from tests.contract.mockmode import contract_operations

OLD_REVISION = facts.SHARED_UPSTREAM_DIR / "history" / "2025-01-07_f8b986e10b.yaml.gz"

EXPECTED = {
    ("POST /oauth/oauth20/token", "client-operation", "missing"),
    ("POST /resellers/v7/vendorrequiredinfo", "client-operation", "missing"),
    ("POST /resellers/v6/orders", "response-parsing", "201|ValueError"),
    ("POST /resellers/v6/orders", "response-parsing", "207|ValueError"),
    ("POST /resellers/v7/orders", "response-parsing", "201|ValueError"),
    ("GET /resellers/v6.1/orders/{ordernumber}", "response-types", "200|/lines/*"),
    ("PUT /resellers/v6/orders/{orderNumber}", "response-parsing", "200|TypeError"),
    ("POST /resellers/v7/orders", "response-types", "400|/errors"),
}

_RUNNER = textwrap.dedent(
    """
    import json, sys
    sys.path.insert(0, sys.argv[1])
    import ingram_orders
    assert ingram_orders.__file__.startswith(sys.argv[1]), ingram_orders.__file__
    from ingram_contract import facts
    from ingram_contract.spec.load import load_spec
    from tests.contract.mockmode import ClientContractChecker, contract_operations

    document = load_spec(facts.CONTRACT_PATH).document
    checker = ClientContractChecker(document)
    found = []
    for operation in contract_operations(document):
        report = checker.check(operation.label, max_examples=int(sys.argv[2]), seed=int(sys.argv[3]))
        found += [[f.operation, f.check, f.detail] for f in report.findings]
    print(json.dumps(found))
    """
)


@pytest.mark.slow
def test_client_of_an_older_revision_fails_mock_mode_where_the_contract_changed(tmp_path: Path) -> None:
    require_shared(OLD_REVISION)
    old_contract = tmp_path / "old.yaml"
    old_contract.write_bytes(dump_yaml(cut_document(load_spec(OLD_REVISION).document)))
    warnings = generate_client(old_contract, tmp_path / "client")
    assert not warnings
    runner = tmp_path / "run_mock_mode.py"
    runner.write_text(_RUNNER)
    result = subprocess.run(
        [sys.executable, str(runner), str(tmp_path / "client"), "8", str(SEED)],
        cwd=facts.REPO_ROOT,
        env={**os.environ, "PYTHONPATH": str(facts.REPO_ROOT)},
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    found = {tuple(item) for item in json.loads(result.stdout.strip().splitlines()[-1])}
    expected = EXPECTED | _statuses_added(
        load_spec(old_contract).document, load_spec(facts.CONTRACT_PATH).document
    )
    assert found == expected, json.dumps(sorted(found ^ expected), indent=1)


def _statuses_added(old: dict[str, Any], new: dict[str, Any]) -> set[tuple[str, str, str]]:
    """(operation, response_types, "status|") for JSON responses `new` documents and `old` did not."""
    old_operations = {op.key: op for op in contract_operations(old)}
    added = set()
    for operation in contract_operations(new):
        before = old_operations.get(operation.key)
        if before is None:
            continue
        for status, response in (operation.definition.get("responses") or {}).items():
            json_body = ((response.get("content") or {}).get("application/json") or {}).get("schema")
            old_response = (before.definition.get("responses") or {}).get(status) or {}
            had_json = "application/json" in (old_response.get("content") or {})
            if json_body is not None and not had_json:
                added.add((operation.label, "response-types", f"{status}|"))
    return added
