"""The README keeps up with the command line: every command and option is documented."""

from __future__ import annotations

import ast
import re

import pytest
import typer

from commit_tracker.cli import app
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
GROUP = typer.main.get_group(app)
COMMANDS = sorted(GROUP.commands)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_in_the_readme(name: str) -> None:
    assert f"commit-tracker {name}" in README


@pytest.mark.parametrize(
    ("command", "option"),
    [(name, option) for name in COMMANDS for param in GROUP.commands[name].params for option in param.opts if option.startswith("--") and option != "--help"],
)
def test_every_option_is_in_the_readme(command: str, option: str) -> None:
    assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", README), f"{command} {option} is not documented"


def _rule_ids() -> set[str]:
    """Rule ids are the hyphenated string literals of the source (the tool's own name aside)."""
    found = set()
    for path in (ROOT / "src" / "commit_tracker").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and re.fullmatch(r"[a-z]+(-[a-z]+)+", node.value):
                found.add(node.value)
    return found - {"commit-tracker"}


def test_every_rule_is_in_the_readme() -> None:
    rules = _rule_ids()
    assert {"yaml-syntax", "unknown-owner", "quote-not-found"} <= rules
    assert sorted(rule for rule in rules if f"`{rule}`" not in README) == []
