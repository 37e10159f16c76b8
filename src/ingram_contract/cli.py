"""`ingram-contract`: vendor, sandbox, diff, drift.

Each subcommand's work lives in its stage's package; this module only parses arguments, imports the
stage lazily (the sandbox's server packages are not needed to diff two specs) and maps errors to exit
codes: 0 ok, 1 a finding (breaking change, new drift), 2 usage or setup error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ingram_contract import facts

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ingram-contract", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    vendor = commands.add_parser("vendor", help="cut the Orders contract scope out of an upstream document")
    vendor.add_argument("--from", dest="source", default=facts.UPSTREAM_URL, help="path or https URL")
    vendor.add_argument("--out", type=Path, default=None, help="write the cut here (default: stdout)")
    vendor.add_argument("--commit", default=None, help="upstream commit to record (default: from the URL)")

    sandbox = commands.add_parser("sandbox", help="serve the local stateful sandbox")
    sandbox.add_argument("--host", default=facts.LOCAL_SANDBOX_HOST)
    sandbox.add_argument("--port", type=int, default=facts.LOCAL_SANDBOX_PORT)
    sandbox.add_argument("--db", type=Path, default=None, help="SQLite file (default: a temporary one)")
    sandbox.add_argument("--client-id", default=facts.LOCAL_SANDBOX_CLIENT_ID)
    sandbox.add_argument(
        "--client-secret", default=None, help=f"visible in ps: prefer ${facts.ENV_SANDBOX_CLIENT_SECRET}"
    )
    sandbox.add_argument("--client-secret-file", type=Path, default=None, help="read the client secret here")
    sandbox.add_argument("--webhook-url", default=None)
    sandbox.add_argument("--webhook-secret", default=None)
    sandbox.add_argument("--token-ttl", type=int, default=3600, help="seconds a token lives (expires_in)")

    diff = commands.add_parser("diff", help="classify the changes between two specs for a client")
    diff.add_argument("old", help="path or URL of the old spec (full upstream or cut)")
    diff.add_argument("new", help="path or URL of the new spec")
    diff.add_argument("--format", choices=("md", "json"), default="md")

    drift = commands.add_parser("drift", help="the drift report: upstream, server, client")
    drift.add_argument(
        "--base-url", required=True, help="server base URL, e.g. http://127.0.0.1:8765/sandbox"
    )
    drift.add_argument(
        "--token-url", default=None, help=f"default: the base URL's origin + {facts.TOKEN_PATH}"
    )
    drift.add_argument("--upstream", default=facts.UPSTREAM_LATEST_URL, help="upstream spec, path or URL")
    drift.add_argument("--out", type=Path, default=Path("drift-report"))
    drift.add_argument("--baseline", type=Path, default=None, help="known findings (default: spec/)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from ingram_contract.spec.errors import SpecError

    try:
        if args.command == "vendor":
            from ingram_contract.spec.vendor import run_vendor

            return run_vendor(args.source, args.out, commit=args.commit)
        if args.command == "sandbox":
            from ingram_contract.sandbox.server import run_sandbox

            return run_sandbox(args)
        if args.command == "diff":
            from ingram_contract.spec.diff import run_diff

            return run_diff(args.old, args.new, fmt=args.format)
        from ingram_contract.drift.run import run_drift

        return run_drift(args)
    except SpecError as exc:
        print(f"ingram-contract {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
