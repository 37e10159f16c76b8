"""`python -m ingram_contract.drift`: the nightly job (`nox -s drift`).

With `INGRAM_CLIENT_ID` and `INGRAM_CLIENT_SECRET` set it checks the real sandbox; without them it starts
the local sandbox (loopback, free port, temporary SQLite database) and checks that. The reports go to
`drift-report/` unless `--out` says otherwise. The upstream document compared with is the vendor's as
published today (`$INGRAM_UPSTREAM` or `--upstream` name another, e.g. a local file for offline runs).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from ingram_contract import facts
from ingram_contract.drift.model import EXIT_COULD_NOT_RUN


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m ingram_contract.drift", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--base-url", default=None, help="default: the real sandbox with credentials, else a local one"
    )
    parser.add_argument(
        "--token-url", default=None, help=f"default: the base URL's origin + {facts.TOKEN_PATH}"
    )
    parser.add_argument(
        "--upstream", default=None, help="upstream spec, path or URL (default: the pinned one)"
    )
    parser.add_argument("--out", type=Path, default=Path("drift-report"))
    parser.add_argument(
        "--baseline", type=Path, default=None, help="known findings (default: spec/drift-baseline.json)"
    )
    parser.add_argument(
        "--shapes", type=Path, default=None, help="response shapes (default: spec/response-shapes.json)"
    )
    parser.add_argument(
        "--record-shapes", action="store_true", help="re-record the response shapes from this run"
    )
    parser.add_argument("--max-examples", type=int, default=10, help="generated cases per operation")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--operation",
        action="append",
        default=None,
        metavar="'METHOD /path'",
        help="generate cases only for this operation (repeatable; the report is then partial)",
    )
    parser.add_argument(
        "--write-baseline", action="store_true", help="accept this run's findings into the baseline file"
    )
    parser.add_argument("--no-stateful", action="store_true", help="skip the linked-operation sequences")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Pick the target, start a local sandbox when needed, run the drift report."""
    args = _parser().parse_args(argv)
    from ingram_contract.drift.run import run_drift

    if args.upstream is None:
        args.upstream = os.environ.get("INGRAM_UPSTREAM") or facts.UPSTREAM_LATEST_URL
    has_credentials = bool(os.environ.get(facts.ENV_CLIENT_ID) and os.environ.get(facts.ENV_CLIENT_SECRET))
    if args.base_url or has_credentials:
        args.base_url = args.base_url or facts.SANDBOX_URL
        return run_drift(args)
    from ingram_contract.drift.local import local_sandbox

    try:
        with local_sandbox() as base_url:
            print(f"drift: no credentials, checking a local sandbox at {base_url}", file=sys.stderr)
            args.base_url = base_url
            return run_drift(args)
    except (RuntimeError, OSError) as exc:
        print(f"drift: error: cannot start the local sandbox: {exc}", file=sys.stderr)
        return EXIT_COULD_NOT_RUN


if __name__ == "__main__":
    sys.exit(main())
