"""The README and the hook file keep up with the code: every command, option, rule and format."""

from __future__ import annotations

import re

import typer
import yaml

from commit_tracker.checks import BUILTIN_RULES, RULES
from commit_tracker.cli import app
from commit_tracker.report import FindingsFormat
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_and_option_is_in_the_readme() -> None:
    group = typer.main.get_command(app)
    assert isinstance(group, typer.core.TyperGroup)
    for name, command in group.commands.items():
        assert f"commit-tracker {name}" in README, name
        for param in command.params:
            for option in param.opts:
                if option.startswith("-") and option not in ("-h", "--help"):
                    assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", README), f"{name} {option}"


def test_every_rule_and_format_is_in_the_readme() -> None:
    for rule_id in [*RULES, *BUILTIN_RULES]:
        assert f"`{rule_id}`" in README, rule_id
    for fmt in FindingsFormat:
        assert f"- **{fmt.value}**:" in README, fmt


def test_the_pre_commit_hooks_run_check_on_the_data_files() -> None:
    hooks = {hook["id"]: hook for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    check = hooks["commit-tracker-check"]
    assert check["entry"] == "commit-tracker check"
    assert (check["language"], check["pass_filenames"], check["files"]) == ("python", True, r"^data/.*\.ya?ml$")
    assert hooks["commit-tracker-validate"]["entry"] == "commit-tracker validate"
    assert 'commit-tracker = "commit_tracker.cli:main"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for hook_id in hooks:
        assert f"`{hook_id}`" in README
