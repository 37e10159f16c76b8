"""`ingram-contract`: vendor, generate, validate, sandbox, diff, drift.

Each subcommand's work lives in its stage's package; this module parses arguments into the stage's
typed config, imports the stage lazily (the sandbox's server packages are not needed to diff two specs,
and none of the tooling is installed without the `tools` extra) and maps errors to exit codes:
0 ok, 1 a finding (breaking change, new drift, a stale generated client), 2 usage or setup error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from ingram_contract import facts
from ingram_contract.spec.errors import SpecError

if TYPE_CHECKING:
    from ingram_contract.drift.run import DriftConfig

EXIT_OK = 0
EXIT_USAGE = 2
DISTRIBUTION = "ingram-orders-contract"
TOOLS_HINT = f"pip install '{DISTRIBUTION}[tools]'"


class _Help(argparse.ArgumentDefaultsHelpFormatter):
    """Shows every option's default, except where the help text itself says what an unset option does."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        if action.default is None or action.default is False or "default:" in (action.help or ""):
            return action.help
        return super()._get_help_string(action)


def version() -> str:
    """The installed distribution's version and the upstream commit the contract is cut from."""
    try:
        number = metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        number = "unknown (not installed)"
    return f"ingram-contract {number} (contract cut from upstream {facts.UPSTREAM_COMMIT[:10]})"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ingram-contract", description=__doc__.splitlines()[0], formatter_class=_Help
    )
    parser.add_argument("--version", action="version", version=version())
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    vendor = commands.add_parser("vendor", help="cut the Orders contract scope out of an upstream document")
    vendor.add_argument("--from", dest="source", default=facts.UPSTREAM_URL, help="path or https URL")
    vendor.add_argument("--out", type=Path, default=None, help="write the cut here (default: stdout)")
    vendor.add_argument("--commit", default=None, help="upstream commit to record (default: from the URL)")

    for step, what in (
        ("generate", "rebuild openapi.yaml, spec/upstream.lock and generated/ in a checkout"),
        ("validate", "prove the contract valid and openapi.yaml + generated/ fresh, in a checkout"),
    ):
        command = commands.add_parser(step, help=what)
        command.add_argument(
            "--from",
            dest="source",
            default=None,
            help=f"upstream path or URL (default: the pinned snapshot, {_shown(facts.PINNED_UPSTREAM_PATH)})",
        )
        command.add_argument("--root", type=Path, default=facts.REPO_ROOT, help="the checkout")

    sandbox = commands.add_parser("sandbox", help="serve the local stateful sandbox")
    sandbox.add_argument("--host", default=facts.LOCAL_SANDBOX_HOST, help="address to listen on")
    sandbox.add_argument("--port", type=int, default=facts.LOCAL_SANDBOX_PORT, help="0 picks a free one")
    sandbox.add_argument("--db", type=Path, default=None, help="SQLite file (default: a temporary one)")
    sandbox.add_argument("--client-id", default=facts.LOCAL_SANDBOX_CLIENT_ID, help="accepted client id")
    sandbox.add_argument(
        "--client-secret",
        default=None,
        help=f"accepted client secret, visible in ps: prefer ${facts.ENV_SANDBOX_CLIENT_SECRET} or "
        f"--client-secret-file (default: {facts.LOCAL_SANDBOX_CLIENT_SECRET})",
    )
    sandbox.add_argument(
        "--client-secret-file",
        type=Path,
        default=None,
        help="read the client secret from this file (default: not read)",
    )
    sandbox.add_argument("--webhook-url", default=None, help="where v7 events are POSTed (default: not sent)")
    sandbox.add_argument(
        "--webhook-secret", default=None, help="signs the events' x-hub-signature (default: unsigned)"
    )
    sandbox.add_argument("--token-ttl", type=int, default=3600, help="seconds a token lives (expires_in)")

    diff = commands.add_parser("diff", help="classify the changes between two specs for a client")
    diff.add_argument("old", help="path or URL of the old spec (full upstream or cut)")
    diff.add_argument("new", help="path or URL of the new spec")
    diff.add_argument("--format", choices=("md", "json", "junit", "github"), default="md")
    diff.add_argument("--fail-on", choices=("breaking", "any", "none"), default="breaking")
    diff.add_argument("--output", default=None, help="write the report to FILE (default: standard output)")
    diff.add_argument(
        "--no-codegen", action="store_true", help="wire rules only: do not generate and compare the clients"
    )

    _drift_options(commands.add_parser("drift", help="the drift report: upstream, server, client"))
    for command in commands.choices.values():
        command.formatter_class = _Help
        for action in command._actions:
            # argparse prints no default for an option without help text: give each one its default.
            if action.help is None and action.option_strings and action.default not in (None, False, ""):
                action.help = "(default: %(default)s)"
    return parser


def _shown(path: Path) -> str:
    """A path as the help text shows it: relative to the working directory when inside it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _drift_options(drift: argparse.ArgumentParser) -> None:
    drift.add_argument(
        "--base-url",
        default=None,
        help=f"server base URL (default: with {facts.ENV_CLIENT_ID} and {facts.ENV_CLIENT_SECRET} set, "
        f"the vendor's sandbox {facts.SANDBOX_URL}; else a local sandbox started for the run)",
    )
    drift.add_argument(
        "--token-url", default=None, help=f"default: the base URL's origin + {facts.TOKEN_PATH}"
    )
    drift.add_argument(
        "--upstream",
        default=os.environ.get(facts.ENV_UPSTREAM) or facts.UPSTREAM_LATEST_URL,
        help=f"the upstream document to compare with, path or URL (${facts.ENV_UPSTREAM} sets it; "
        "unset, the vendor's document as published today)",
    )
    drift.add_argument("--out", type=Path, default=Path("drift-report"), help="directory for the reports")
    drift.add_argument(
        "--baseline", type=Path, default=facts.DRIFT_BASELINE_PATH, help="accepted (known) findings"
    )
    drift.add_argument(
        "--shapes", type=Path, default=facts.RESPONSE_SHAPES_PATH, help="recorded response shapes"
    )
    drift.add_argument(
        "--record-shapes", action="store_true", help="re-record the response shapes from this run"
    )
    drift.add_argument("--max-examples", type=int, default=10, help="generated cases per operation")
    drift.add_argument("--seed", type=int, default=0, help="the generator's seed")
    drift.add_argument(
        "--operation",
        action="append",
        default=None,
        metavar="'METHOD /path'",
        help="generate cases only for this operation (repeatable; the report is then partial)",
    )
    drift.add_argument(
        "--write-baseline", action="store_true", help="accept this run's findings into the baseline file"
    )
    drift.add_argument("--no-stateful", action="store_true", help="skip the linked-operation sequences")
    drift.add_argument(
        "--rate",
        type=float,
        default=None,
        help="requests per second sent to the server, 0 for no limit (default: 2 for a remote server, "
        "no limit on loopback)",
    )
    drift.add_argument(
        "--request-budget",
        type=int,
        default=None,
        help="requests the run may send, 0 for no limit (default: 2000 for a remote server, "
        "no limit on loopback)",
    )
    drift.add_argument("--run-seconds", type=float, default=900.0, help="time limit of the server section")
    drift.add_argument(
        "--operation-seconds", type=float, default=120.0, help="time limit of each operation's cases"
    )
    drift.add_argument(
        "--record-evidence",
        type=Path,
        default=None,
        metavar="DIR",
        help="store every probe answer here, redacted, for the sandbox's fidelity test (default: not stored)",
    )


def _drift_config(args: argparse.Namespace, base_url: str) -> DriftConfig:
    from ingram_contract.drift.run import DriftConfig

    return DriftConfig.resolve(
        base_url,
        token_url=args.token_url,
        upstream=args.upstream,
        out=args.out,
        baseline=args.baseline,
        shapes=args.shapes,
        record_shapes=args.record_shapes,
        max_examples=args.max_examples,
        seed=args.seed,
        operations=tuple(args.operation or ()),
        stateful=not args.no_stateful,
        write_baseline=args.write_baseline,
        rate=args.rate,
        request_budget=args.request_budget,
        run_seconds=args.run_seconds,
        operation_seconds=args.operation_seconds,
        record_evidence=args.record_evidence,
    )


@contextmanager
def _progress(message: str) -> Iterator[None]:
    """A spinner with the elapsed time on a terminal; nothing in CI logs or when output is redirected."""
    interactive = sys.stdout.isatty() and sys.stderr.isatty() and not os.environ.get("CI")
    if not interactive:
        yield
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        progress.add_task(message, total=None)
        yield


def _run_drift(args: argparse.Namespace) -> int:
    """The real sandbox with credentials (or --base-url), else a local sandbox started for the run."""
    from ingram_contract.drift.run import SetupError, run_drift

    has_credentials = bool(os.environ.get(facts.ENV_CLIENT_ID) and os.environ.get(facts.ENV_CLIENT_SECRET))
    try:
        if args.base_url or has_credentials:
            config = _drift_config(args, args.base_url or facts.SANDBOX_URL)
            with _progress(f"drift: checking {config.base_url}"):
                return run_drift(config)
        from ingram_contract.drift.local import local_sandbox

        with ExitStack() as stack:
            try:
                base_url = stack.enter_context(local_sandbox())
            except (RuntimeError, OSError) as exc:
                print(f"ingram-contract drift: error: cannot start the local sandbox: {exc}", file=sys.stderr)
                return EXIT_USAGE
            print(f"drift: no credentials, checking a local sandbox at {base_url}", file=sys.stderr)
            config = _drift_config(args, base_url)
            with _progress(f"drift: checking the local sandbox at {base_url}"):
                return run_drift(config)
    except SetupError as exc:
        print(f"ingram-contract drift: error: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "vendor":
        from ingram_contract.spec.vendor import run_vendor

        return run_vendor(args.source, args.out, commit=args.commit)
    if args.command in ("generate", "validate"):
        from ingram_contract.spec import pipeline

        step = pipeline.run_generate if args.command == "generate" else pipeline.run_validate
        return step(args.source, args.root)
    if args.command == "sandbox":
        from ingram_contract.sandbox.server import run_sandbox

        return run_sandbox(args)
    if args.command == "diff":
        from ingram_contract.spec.client_api import run_diff

        return run_diff(
            args.old,
            args.new,
            fmt=args.format,
            fail_on=args.fail_on,
            codegen=not args.no_codegen,
            output=args.output,
        )
    return _run_drift(args)


def _missing_extra(exc: ModuleNotFoundError) -> bool:
    """A third-party module of the tooling is absent (not a broken import of this project)."""
    return bool(exc.name) and not str(exc.name).startswith(("ingram_contract", "ingram_orders"))


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    prefix = f"ingram-contract {args.command}: error:"
    try:
        return _dispatch(args)
    except SpecError as exc:
        print(f"{prefix} {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ModuleNotFoundError as exc:
        if not _missing_extra(exc):
            raise
        print(f"{prefix} needs the `tools` extra (no module {exc.name!r}): {TOOLS_HINT}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
