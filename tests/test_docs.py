"""The README documents the git commands and every one of their options."""

from __future__ import annotations

import re

import pytest
import typer

from commit_tracker.cli import app
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCUMENTED = ["history", "changes", "update"]


@pytest.mark.parametrize("name", DOCUMENTED)
def test_the_command_has_a_section_and_a_row(name: str) -> None:
    assert f"### `{name}`\n" in README
    assert f"| `commit-tracker {name} " in README


@pytest.mark.parametrize("name", DOCUMENTED)
def test_every_option_is_in_the_readme(name: str) -> None:
    command = typer.main.get_command(app).commands[name]  # type: ignore[attr-defined]
    options = [opt for param in command.params for opt in param.opts if opt.startswith("--") and opt != "--help"]
    assert options
    start = README.index(f"### `{name}`\n")
    section = README[start : re.compile(r"\n##+ ").search(README, start + 1).start()]  # type: ignore[union-attr]
    missing = [option for option in options if option not in section]
    assert missing == []
