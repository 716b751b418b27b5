"""The README documents every report command and each of its options, and its examples are real output."""

from __future__ import annotations

import re

import pytest
import typer
from typer.testing import CliRunner

from commit_tracker.cli import app
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = typer.main.get_command(app)
REPORTS = ["status", "show", "coverage", "owners"]


@pytest.mark.parametrize("name", REPORTS)
def test_the_readme_documents_the_command_and_its_options(name: str) -> None:
    command = COMMANDS.commands[name]  # type: ignore[attr-defined]
    assert f"### `{name}`" in README
    assert f"| `commit-tracker {name}" in README
    for parameter in command.params:
        for option in parameter.opts:
            if option.startswith("--") and option != "--help":
                assert f"`{option}" in README, f"{name} {option} is not in the README"


EXAMPLES = re.findall(r"```console\n\$ commit-tracker ((?:status|show|coverage|owners) [^\n]*)\n(.*?)```", README, flags=re.DOTALL)


def test_the_readme_has_an_example_of_each_report() -> None:
    assert sorted({command.split()[0] for command, _ in EXAMPLES}) == sorted(REPORTS)


@pytest.mark.parametrize(("command", "output"), EXAMPLES, ids=[command.split()[0] for command, _ in EXAMPLES])
def test_the_readme_examples_are_real_output(runner: CliRunner, monkeypatch: pytest.MonkeyPatch, command: str, output: str) -> None:
    monkeypatch.chdir(ROOT)
    result = runner.invoke(app, command.split(), env={"COLUMNS": "100", "NO_COLOR": None, "LC_ALL": None, "LC_MESSAGES": None, "LANG": None})
    assert result.exit_code == 0, result.stderr
    assert result.stdout + result.stderr == output
