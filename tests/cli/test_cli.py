"""`ingram-contract` itself: one CLI, --version, truthful help, a missing extra named in one line."""

from __future__ import annotations

import argparse
import re
import sys

import pytest

from ingram_contract import cli, facts

DRIFT_FLAGS = (
    "--base-url",
    "--token-url",
    "--upstream",
    "--out",
    "--baseline",
    "--shapes",
    "--record-shapes",
    "--max-examples",
    "--seed",
    "--operation",
    "--write-baseline",
    "--no-stateful",
)


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = cli._parser()
    (commands,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(commands.choices)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.startswith(f"ingram-contract {cli.metadata.version(cli.DISTRIBUTION)} ")


def test_drift_has_every_flag_and_generate_validate_exist() -> None:
    commands = _subcommands()
    assert {"vendor", "generate", "validate", "sandbox", "diff", "drift"} <= set(commands)
    drift_help = commands["drift"].format_help()
    assert [flag for flag in DRIFT_FLAGS if flag not in drift_help] == []


def test_every_option_says_its_default() -> None:
    """An option with a default shows it; one without says in words what happens when it is unset."""
    silent = []
    for name, command in _subcommands().items():
        text = re.sub(r"\s+", "", command.format_help())
        for action in command._actions:
            if not action.option_strings or isinstance(action, argparse._HelpAction):
                continue
            if isinstance(action, argparse._StoreTrueAction):
                continue
            if action.default is None:
                if "default:" not in (action.help or "") and "only" not in (action.help or ""):
                    silent.append(f"{name} {action.option_strings[0]}")
            elif re.sub(r"\s+", "", f"(default: {action.default})") not in text:
                silent.append(f"{name} {action.option_strings[0]}")
    assert silent == []


def test_the_upstream_help_names_what_is_fetched(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(facts.ENV_UPSTREAM, raising=False)
    text = re.sub(r"\s+", "", _subcommands()["drift"].format_help())
    assert facts.UPSTREAM_LATEST_URL in text and facts.ENV_UPSTREAM in text
    assert "pinned" not in text


def test_a_missing_extra_is_one_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # What an install without [tools] looks like: uvicorn cannot be imported.
    monkeypatch.delitem(sys.modules, "ingram_contract.sandbox.server", raising=False)
    monkeypatch.setitem(sys.modules, "uvicorn", None)
    assert cli.main(["sandbox"]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert "'uvicorn'" in line and "ingram-orders-contract[tools]" in line


def test_a_broken_import_of_the_project_itself_is_not_blamed_on_the_extra() -> None:
    assert cli._missing_extra(ModuleNotFoundError("x", name="uvicorn"))
    assert not cli._missing_extra(ModuleNotFoundError("x", name="ingram_contract.nothing"))


@pytest.mark.parametrize(
    ("tty", "ci", "shown"), [(True, None, True), (True, "true", False), (False, None, False)]
)
def test_progress_shows_on_a_terminal_only(
    tty: bool, ci: str | None, shown: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[str] = []

    class Recorder:
        """Stands in for rich's Progress: records that a display was started."""

        def __init__(self, *columns: object, **options: object) -> None:
            pass

        def __enter__(self) -> Recorder:
            return self

        def __exit__(self, *exc: object) -> None:
            pass

        def add_task(self, description: str, total: float | None = None) -> None:
            started.append(description)

    import rich.progress

    monkeypatch.setattr(rich.progress, "Progress", Recorder)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: tty)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: tty)
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    with cli._progress("drift: checking"):
        pass
    assert started == (["drift: checking"] if shown else [])
