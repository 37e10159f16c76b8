"""How closely the local sandbox follows the vendor: per operation and status, the vendor's field paths
(array indices collapsed), how many the sandbox sends, and how many it invents.

    python benchmarks/fidelity_report.py [--corpus DIR ...] [--missing] [--write-floor]

The vendor corpus (evidence/vendor, from the pinned vendor document) is always replayed; `--corpus` adds
directories of answers recorded from the real sandbox. `--write-floor` records the figures in
tests/sandbox/fidelity_floor.json, which the fidelity test holds the sandbox to.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ingram_contract.evidence.corpus import VENDOR_CORPUS
from ingram_contract.evidence.fidelity import render_markdown, run

FLOOR = Path(__file__).resolve().parents[1] / "tests" / "sandbox" / "fidelity_floor.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append", default=[], help="a recorded evidence dir")
    parser.add_argument("--missing", action="store_true", help="list the vendor fields the sandbox lacks")
    parser.add_argument("--write-floor", action="store_true", help="record the figures as the test's floor")
    args = parser.parse_args()
    for directory in args.corpus:
        if not directory.is_dir():
            print(f"fidelity_report: error: no such directory: {directory}", file=sys.stderr)
            return 2
    report = run([VENDOR_CORPUS, *args.corpus])
    print(render_markdown(report))
    for problem in report.wrong_status:
        print(f"wrong status: {problem}")
    for problem in report.unknown_statuses:
        print(f"status the vendor never shows: {problem}")
    if args.missing:
        for row in report.rows:
            for path in sorted(row.vendor - row.sandbox):
                print(f"missing {row.label}: {path}")
    if args.write_floor:
        FLOOR.write_text(json.dumps(report.figures(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"floor written to {FLOOR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
