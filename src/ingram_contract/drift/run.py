"""`ingram-contract drift`: run the three sections, classify against the baseline, write the reports.

Exit codes: 0 no new finding, 1 new findings, 2 could not run (bad setup, a section crashed, the
reports could not be written). An unreachable server is a finding, not a failure to run.
"""

from __future__ import annotations

import json
import os
import re
import sys
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any, Final
from urllib.parse import parse_qs, urlsplit

from ingram_contract import facts
from ingram_contract.checks import Redactor, ServerTarget, TimeBudget
from ingram_contract.checks.safety import is_loopback
from ingram_contract.checks.transport import polite_for
from ingram_contract.drift.baseline import (
    DEFAULT_BASELINE,
    BaselineError,
    baseline_document,
    classify,
    known_since,
    load_baseline,
)
from ingram_contract.drift.conformance import server_checks
from ingram_contract.drift.corrections import corrections_needed
from ingram_contract.drift.evidence import merge_same_drift
from ingram_contract.drift.model import EXIT_COULD_NOT_RUN, EXIT_OK, Report, Section
from ingram_contract.drift.probe import Answer, Credentials, run_probe
from ingram_contract.drift.render import write_reports
from ingram_contract.drift.shapes import load_shapes, probe_findings, record_shapes, save_shapes, target_kind
from ingram_contract.drift.upstream import UpstreamResult, upstream_section
from ingram_contract.evidence.corpus import record_evidence
from ingram_contract.findings import DOCUMENT, SOURCES, Finding, Source
from ingram_contract.resources import read_only_hint
from ingram_contract.runtime.auth import token_url_for
from ingram_contract.spec.errors import SpecError
from ingram_contract.spec.load import load_yaml_file
from ingram_contract.spec.operations import ContractIndex
from ingram_contract.spec.pipeline import client_freshness
from ingram_contract.spec.propose import propose_after_drift

DEFAULT_SHAPES: Final = facts.RESPONSE_SHAPES_PATH
_TRANSPORT_CHECKS: Final = frozenset({"unreachable", "timeout", "token"})
_STALE_FIELD = re.compile(r"was made with (\w+)")


class SetupError(Exception):
    """The run cannot start: missing credentials, unreadable contract or baseline."""


@dataclass(frozen=True)
class DriftConfig:
    """One drift run's settings; the CLI builds it with `resolve`, tests may build it directly."""

    base_url: str
    token_url: str
    client_id: str
    client_secret: str = field(repr=False)
    upstream: str
    out: Path
    baseline: Path = DEFAULT_BASELINE
    # Where openapi.yaml, spec/ and generated/PROVENANCE.json are read: the package data or the checkout.
    root: Path = facts.DATA_ROOT
    shapes: Path = DEFAULT_SHAPES
    max_examples: int = 10
    seed: int = 0
    record_shapes: bool = False
    # Only these operations get generated cases (and no stateful run); empty means all.
    operations: tuple[str, ...] = ()
    stateful: bool = True
    write_baseline: bool = False
    # The server section's time limits (checks.TimeBudget): the whole section, and each operation.
    run_seconds: float = 900.0
    operation_seconds: float = 120.0
    # Politeness towards the server (checks.polite): None is the host's default (2/s, 2,000 requests
    # for a remote server, unlimited on loopback); 0 lifts the limit.
    rate: float | None = None
    request_budget: int | None = None
    # Store every probe answer here, redacted, as evidence the sandbox's fidelity test replays.
    record_evidence: Path | None = None

    @classmethod
    def resolve(
        cls,
        base_url: str,
        *,
        upstream: str,
        out: Path,
        token_url: str | None = None,
        environ: Mapping[str, str] | None = None,
        **settings: Any,
    ) -> DriftConfig:
        """Token URL default: the base URL's origin + the token path; credentials from the environment,
        else the local sandbox's when the target is on loopback. `settings` are the other fields."""
        env = os.environ if environ is None else environ
        base_url = base_url.rstrip("/")
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise SetupError(f"--base-url must be an http(s) URL, got {base_url!r}")
        client_id, client_secret = env.get(facts.ENV_CLIENT_ID, ""), env.get(facts.ENV_CLIENT_SECRET, "")
        if not (client_id and client_secret):
            if not is_loopback(parts.hostname):
                raise SetupError(
                    f"{base_url} needs credentials: set {facts.ENV_CLIENT_ID} and {facts.ENV_CLIENT_SECRET}"
                )
            client_id, client_secret = facts.LOCAL_SANDBOX_CLIENT_ID, facts.LOCAL_SANDBOX_CLIENT_SECRET
        config = cls(
            base_url=base_url,
            token_url=token_url or str(token_url_for(base_url)),
            client_id=client_id,
            client_secret=client_secret,
            upstream=upstream,
            out=out,
            **settings,
        )
        written = (
            (config.write_baseline, config.baseline, "--baseline"),
            (config.record_shapes, config.shapes, "--shapes"),
        )
        for writes, path, option in written:
            if writes and (hint := read_only_hint(path)):
                raise SetupError(f"{hint} ({option} PATH)")
        return config


def _operations(contract: dict[str, Any]) -> list[str]:
    """The operations the table lists: the webhook is sent by the vendor, no server answers it (it still
    gets a row when upstream changes it)."""
    return [operation.label for operation in ContractIndex(contract).served()]


def client_section(root: Path) -> tuple[list[Finding], Section]:
    """Whether generated/ was made from the committed openapi.yaml and generator config."""
    section = Section(Source.CLIENT, ran=True)
    findings: list[Finding] = []
    try:
        problems = client_freshness(root)
    except metadata.PackageNotFoundError as exc:
        # The provenance names the generator's version, so checking it needs the generator installed.
        section.ran = False
        section.notes.append(
            f"not checked: {exc.name} is not installed (install the `generate` dependency group)"
        )
        return findings, section
    for problem in problems:
        stale = _STALE_FIELD.search(problem)
        check = "client-stale" if stale else "client-provenance"
        detail = stale.group(1) if stale else "missing"
        findings.append(
            Finding(operation=DOCUMENT, check=check, message=problem, source=Source.CLIENT, detail=detail)
        )
    section.complete = True
    return findings, section


def server_section(
    config: DriftConfig, contract: dict[str, Any], upstream: UpstreamResult
) -> tuple[list[Finding], Section, dict[str, list[str]]]:
    """Conformance checks, the shape probe, and which corrections the server's answers still need."""
    section = Section(Source.SERVER, ran=True)
    budget = TimeBudget(run_seconds=config.run_seconds, operation_seconds=config.operation_seconds)
    politeness = polite_for(
        ServerTarget(
            config.base_url,
            config.client_id,
            config.client_secret,
            rate=config.rate,
            request_budget=config.request_budget,
        )
    )
    conformance = server_checks(contract, config, upstream.cut, budget, politeness)
    findings = list(conformance.findings)
    credentials = Credentials(config.token_url, config.client_id, config.client_secret)
    answers = run_probe(contract, config.base_url, credentials, budget=budget, politeness=politeness)
    section.notes.append(f"traffic: {politeness.counters.summary()}")
    section.traffic = politeness.counters.as_dict()
    kind = target_kind(config.base_url)
    if config.record_evidence is not None:
        recorded = record_answers(config.record_evidence, answers, secrets=[config.client_secret])
        section.notes.append(f"{recorded} answers recorded as evidence into {config.record_evidence}")
    if config.record_shapes:
        source = "the local sandbox" if kind == "local" else config.base_url
        save_shapes(config.shapes, kind, record_shapes(answers, source))
        section.notes.append(f"{kind} response shapes recorded into {config.shapes.name}")
    shapes = load_shapes(config.shapes, kind)
    if shapes is None:
        section.notes.append(
            f"no {kind} response shapes recorded: missing fields are not checked (see --record-shapes)"
        )
    probe = probe_findings(answers, shapes or {})
    # One transport finding per operation: the conformance checks' own, when they have one.
    blocked = {f.operation for f in findings if f.check in _TRANSPORT_CHECKS}
    findings += [f for f in probe if not (f.check == "unreachable" and f.operation in blocked)]
    findings = merge_same_drift(findings)
    corrections: dict[str, list[str]] = {}
    if upstream.cut is not None:
        use = corrections_needed(upstream.cut, upstream.applicable, answers)
        corrections["still_needed_by_server"] = [
            f"#{index + 1} ({why})" for index, why in sorted(use.needed.items())
        ]
        corrections["rejected_only_by_raw_upstream"] = conformance.upstream_only
        answered = sum(1 for a in answers if a.payload is not None)
        section.notes.append(
            f"{answered} probe answers: {len(use.raw_rejections)} rejected by the raw upstream schemas, "
            f"corrections still needed by the server: {len(use.needed)}"
        )
    else:
        section.notes.append("answers not checked against upstream (upstream unavailable)")
    section.complete = not config.operations and all(not a.error for a in answers)
    return findings, section, corrections


def record_answers(directory: Path, answers: list[Answer], *, secrets: list[str]) -> int:
    """Every probe answer that came back, as an evidence case (`evidence.corpus`); how many were stored.

    The bearer tokens the probe sent are secrets too: a server may echo one in its answer.
    """
    tokens = {a.headers.get("Authorization", "").removeprefix("Bearer ").strip() for a in answers}
    secrets = [*secrets, *sorted(token for token in tokens if token)]
    stored = 0
    for number, answer in enumerate(answers, 1):
        if answer.status is None:
            continue
        parts = urlsplit(answer.url)
        query = {name: values[0] for name, values in parse_qs(parts.query).items()}
        request = {"path": parts.path, "query": query, "body": answer.body}
        name = f"drift-{number:02d}"
        record_evidence(
            directory, answer.operation, answer.status, request, answer.payload, secrets=secrets, name=name
        )
        stored += 1
    return stored


def _guarded(
    source: Source, sections: dict[Source, Section], run: Callable[[], list[Finding]]
) -> list[Finding]:
    """Run a section; a crash marks it not run (exit 2) instead of losing the other sections' report."""
    try:
        return run()
    except Exception as exc:  # any crash of one section must still leave a report
        section = sections.setdefault(source, Section(source))
        section.ran = False
        section.notes.append(f"crashed: {type(exc).__name__}: {exc}")
        traceback.print_exc(file=sys.stderr)
        return []


def build_report(config: DriftConfig) -> Report:
    """Run the three sections and classify their findings against the baseline."""
    try:
        contract = load_yaml_file(config.root / "openapi.yaml")
        known = load_baseline(config.baseline)
    except (SpecError, BaselineError) as exc:
        raise SetupError(str(exc)) from None
    sections: dict[Source, Section] = {}
    corrections: dict[str, list[str]] = {}
    upstream = UpstreamResult()

    def run_upstream() -> list[Finding]:
        nonlocal upstream
        upstream = upstream_section(config.upstream, contract, config.root / "spec" / "corrections.yaml")
        sections[Source.UPSTREAM] = upstream.section
        corrections["redundant_upstream"] = [f"#{a.index + 1}" for a in upstream.redundant]
        corrections["stale"] = [f"#{a.index + 1}" for a in upstream.stale]
        return upstream.findings

    def run_server() -> list[Finding]:
        found, sections[Source.SERVER], needed = server_section(config, contract, upstream)
        corrections.update(needed)
        return found

    def run_client() -> list[Finding]:
        found, sections[Source.CLIENT] = client_section(config.root)
        return found

    findings = _guarded(Source.UPSTREAM, sections, run_upstream)
    findings += _guarded(Source.SERVER, sections, run_server)
    findings += _guarded(Source.CLIENT, sections, run_client)
    return Report(
        findings=classify(findings, known, sections),
        sections={source: sections.get(source, Section(source)) for source in SOURCES},
        target=config.base_url,
        upstream=config.upstream,
        operations=_operations(contract),
        corrections=corrections,
        known_since=known_since(known),
    )


def verdict(report: Report) -> str:
    """The run's last console line: its exit code and why."""
    code = report.exit_code
    if code == EXIT_COULD_NOT_RUN:
        missing = [
            f"{source} ({'; '.join(section.notes) or 'did not run'})"
            for source, section in report.sections.items()
            if not section.ran
        ]
        return f"drift: exit 2: could not run every section: {', '.join(missing)}"
    if code == EXIT_OK:
        return "drift: exit 0: no new finding"
    new = [f for f in report.findings if f.status == "new"]
    by_source = ", ".join(f"{source} {n}" for source in SOURCES if (n := report.count("new", source)))
    why = f"drift: exit 1: {len(new)} new finding{'s' * (len(new) != 1)} ({by_source}), see drift.md"
    if any(f.check == "upstream-unavailable" for f in new):
        why += (
            f"; upstream {report.upstream} could not be read: "
            f"pass --upstream PATH|URL or set {facts.ENV_UPSTREAM}"
        )
    return why


def run_drift(config: DriftConfig) -> int:
    """CLI entry: build the report, write DIR/drift.md, drift.json, junit.xml; return the exit code."""
    try:
        report = build_report(config)
    except SetupError as exc:
        print(f"ingram-contract drift: error: {exc}", file=sys.stderr)
        return EXIT_COULD_NOT_RUN
    redact = Redactor([config.client_secret, os.environ.get(facts.ENV_CLIENT_SECRET)]).redact
    try:
        written = write_reports(report, config.out, redact)
    except OSError as exc:
        print(f"ingram-contract drift: error: cannot write the report: {exc}", file=sys.stderr)
        return EXIT_COULD_NOT_RUN
    print(
        redact(
            f"drift: {report.count('new')} new, {report.count('known')} known, {report.count('fixed')} fixed "
            f"→ {', '.join(str(path) for path in written)}"
        )
    )
    if note := propose_after_drift(
        report.findings, config.upstream, config.root, config.out / "proposed-update"
    ):
        print(redact(f"drift: {note}"))
    if config.write_baseline:
        known = load_baseline(config.baseline)
        text = json.dumps(baseline_document(report.findings, known), indent=2, ensure_ascii=False)
        config.baseline.write_text(redact(text) + "\n", encoding="utf-8")
        print(
            f"drift: {config.baseline} now accepts this run's findings: review every reason before committing"
        )
    print(redact(verdict(report)))
    return report.exit_code
