"""Side by side: `ingram-contract diff` and `redocly diff` over the 28 real upstream commit pairs.

Both sides get the same input: each revision cut to the contract scope (`spec.vendor.cut_document`, or
"in-scope paths + all components" when it is missing) and written as JSON. Each tool runs as its own
process per pair, so both times include interpreter start-up and parsing; the in-process time of
`diff_documents` alone is shown too. A verdict is "breaking" for redocly when it rates the pair a
major (semver) bump.

Setup (once): npm install --prefix benchmarks/.node-redocly @redocly/cli@2.77.0
Run: python benchmarks/bench_diff.py [--redocly PATH] [--details]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from ingram_contract import facts
from ingram_contract.spec.diff import diff_documents
from ingram_contract.spec.load import load_spec
from ingram_contract.spec.scope import in_scope

HISTORY = facts.SHARED_UPSTREAM_DIR / "history"
DEFAULT_REDOCLY = Path(__file__).resolve().parent / ".node-redocly" / "node_modules" / ".bin" / "redocly"


def cut(document: dict[str, Any]) -> dict[str, Any]:
    """The contract scope of a revision: the project's cut when it exists, else paths + all components."""
    try:
        from ingram_contract.spec.vendor import cut_document
    except ImportError:
        paths = {path: item for path, item in document["paths"].items() if in_scope(path)}
        return {**document, "paths": paths}
    return cut_document(document)


def run_ours(old: Path, new: Path, codegen: bool = False) -> tuple[bool, float, list[str]]:
    """Verdict, wall time and breaking changes of `ingram-contract diff` run as a process."""
    started = time.perf_counter()
    flags = [] if codegen else ["--no-codegen"]
    done = subprocess.run(
        [sys.executable, "-m", "ingram_contract.cli", "diff", str(old), str(new), "--format", "json", *flags],
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise SystemExit(f"ingram-contract diff failed ({done.returncode}): {done.stderr.strip()}")
    report = json.loads(done.stdout)
    breaking = [
        f"{c['operation']} {c['location']}: {c['message']}"
        for c in report["changes"]
        if c["severity"] == "breaking"
    ]
    return done.returncode == 1, elapsed, breaking


def run_redocly(redocly: Path, old: Path, new: Path) -> tuple[bool | None, float, list[str], str]:
    """Verdict (None when it failed), wall time, major changes and a failure note of `redocly diff`."""
    started = time.perf_counter()
    done = subprocess.run(
        [str(redocly), "diff", str(old), str(new), "--format", "json", "--fail-on", "none"],
        capture_output=True,
        text=True,
        check=False,
        cwd=old.parent,
    )
    elapsed = time.perf_counter() - started
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        lines = [
            line for line in done.stderr.splitlines() if line.strip() and "║" not in line and "═" not in line
        ]
        return None, elapsed, [], f"exit {done.returncode}: {lines[-1] if lines else 'no output'}"
    majors = [
        f"{change['path'].replace('~1', '/')}: {verdict['message']}"
        for change in report.get("changes", [])
        for verdict in change.get("verdicts", [])
        if verdict.get("impact") == "major"
    ]
    return report.get("bump") == "major", elapsed, majors, ""


def main() -> int:
    """Run both tools over every pair and print a markdown table (and, with --details, disagreements)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--redocly", type=Path, default=DEFAULT_REDOCLY)
    parser.add_argument(
        "--details", action="store_true", help="list both tools' breaking changes on disagreement"
    )
    parser.add_argument("--codegen", action="store_true", help="also time the generated-client verdict")
    parser.add_argument("--pairs", type=int, default=0, help="only the last N pairs (0: all 28)")
    args = parser.parse_args()
    redocly: Path | None = args.redocly if args.redocly.exists() else None
    if redocly is None and shutil.which("redocly"):
        redocly = Path(str(shutil.which("redocly")))
    pairs = json.loads((HISTORY / "index.json").read_text())["pairs"]
    pairs = pairs[-args.pairs :] if args.pairs else pairs

    rows: list[str] = []
    notes: list[str] = []
    totals = {
        "ours": 0.0,
        "ours_in_process": 0.0,
        "codegen": 0.0,
        "codegen_breaking": 0,
        "redocly": 0.0,
        "agree": 0,
        "ours_breaking": 0,
        "redocly_breaking": 0,
    }
    with tempfile.TemporaryDirectory(prefix="bench-diff-") as tmp:
        cuts: dict[str, Path] = {}
        for name in sorted({p["old"] for p in pairs} | {p["new"] for p in pairs}):
            target = Path(tmp) / name.replace(".yaml.gz", ".json")
            target.write_text(json.dumps(cut(load_spec(HISTORY / name).document)))
            cuts[name] = target
        for pair in pairs:
            old, new = cuts[pair["old"]], cuts[pair["new"]]
            ours, our_time, our_breaking = run_ours(old, new)
            codegen_cell = ""
            if args.codegen:
                # Full documents: the oracle cuts and corrects them as the pipeline does.
                full = (HISTORY / pair["old"], HISTORY / pair["new"])
                with_client, client_time, _ = run_ours(*full, codegen=True)
                totals["codegen"] += client_time
                totals["codegen_breaking"] += with_client
                codegen_cell = f" {'breaking' if with_client else 'non-breaking'}, {client_time:.1f} s |"
            docs = (json.loads(old.read_text()), json.loads(new.read_text()))
            started = time.perf_counter()
            diff_documents(*docs)
            in_process = time.perf_counter() - started
            their_majors: list[str] = []
            if redocly is None:
                theirs, their_time, failure = None, 0.0, "redocly not installed"
            else:
                theirs, their_time, their_majors, failure = run_redocly(redocly, old, new)
            totals["ours"] += our_time
            totals["ours_in_process"] += in_process
            totals["redocly"] += their_time
            totals["ours_breaking"] += ours
            totals["redocly_breaking"] += bool(theirs)
            totals["agree"] += ours == theirs
            verdict = "failed: " + failure if theirs is None else ("breaking" if theirs else "non-breaking")
            mark = "" if ours == theirs else " ≠"
            times = f"{our_time * 1000:.0f} ({in_process * 1000:.1f}) | {their_time * 1000:.0f}"
            rows.append(
                f"| {pair['date']} `{pair['commit'][:10]}` | {'breaking' if ours else 'non-breaking'} | "
                f"{verdict}{mark} | {times} |{codegen_cell}"
            )
            if ours != theirs and args.details:
                notes.append(f"### {pair['commit'][:10]} — {pair['subject'][:80]}")
                notes += [f"- ours: {line}" for line in our_breaking[:8]] or ["- ours: (no breaking change)"]
                notes += [f"- redocly: {line}" for line in their_majors[:8]] or [
                    "- redocly: (no major change)"
                ]

    extra = (" with codegen |", "---|") if args.codegen else ("", "")
    print(f"| pair (date, commit) | ours | redocly diff | ours ms (diff only) | redocly ms |{extra[0]}")
    print(f"|---|---|---|---|---|{extra[1]}")
    print("\n".join(rows))
    print(
        f"\nbreaking: ours {totals['ours_breaking']}/{len(pairs)}, "
        f"redocly {totals['redocly_breaking']}/{len(pairs)}; "
        f"agree on {totals['agree']}/{len(pairs)}. Total time: ours {totals['ours']:.1f} s as processes "
        f"({totals['ours_in_process'] * 1000:.0f} ms diffing in process), redocly {totals['redocly']:.1f} s."
    )
    if args.codegen:
        print(
            f"With codegen (cache empty at start; a revision two pairs share is generated once): breaking "
            f"{totals['codegen_breaking']}/{len(pairs)}, {totals['codegen']:.1f} s in all, "
            f"{totals['codegen'] / len(pairs):.1f} s per pair."
        )
    if notes:
        print("\n" + "\n".join(notes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
