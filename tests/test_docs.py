"""The README and the hook file keep up with the code: every command, option, rule, format and
hook is documented, and the report examples are real output."""

from __future__ import annotations

import ast
import re

import pytest
import typer
import yaml
from typer.testing import CliRunner

from commit_tracker.checks import BUILTIN_RULES, RULES
from commit_tracker.cli import app
from commit_tracker.report import FindingsFormat
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
GROUP = typer.main.get_group(app)
COMMANDS = sorted(GROUP.commands)
REPORTS = ["status", "show", "coverage", "owners"]


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_in_the_readme(name: str) -> None:
    assert f"commit-tracker {name}" in README
    assert f"### `{name}`" in README


@pytest.mark.parametrize(
    ("command", "option"),
    [(name, option) for name in COMMANDS for param in GROUP.commands[name].params for option in param.opts if option.startswith("--") and option != "--help"],
)
def test_every_option_is_in_the_readme(command: str, option: str) -> None:
    assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", README), f"{command} {option} is not documented"


def _rule_ids() -> set[str]:
    """The rule ids the source can report: the rule argument of ``Finding(...)`` and
    ``origin.finding(...)`` calls, and literals assigned to a variable named ``rule``."""
    found: set[str] = set()

    def literal(node: ast.AST | None) -> None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.add(node.value)

    for path in (ROOT / "src" / "commit_tracker").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = node.func.id if isinstance(node.func, ast.Name) else node.func.attr if isinstance(node.func, ast.Attribute) else ""
                position = {"Finding": 3, "finding": 1, "problem": 1}.get(name)
                if position is not None and len(node.args) > position:
                    literal(node.args[position])
                literal(next((k.value for k in node.keywords if k.arg == "rule"), None))
            elif isinstance(node, ast.Assign):
                for target in node.targets:
                    names = target.elts if isinstance(target, ast.Tuple) else [target]
                    values = node.value.elts if isinstance(node.value, ast.Tuple) else [node.value]
                    for name_node, value in zip(names, values, strict=False):
                        if isinstance(name_node, ast.Name) and name_node.id == "rule":
                            literal(value)
    return found


def test_every_rule_is_in_a_registry_and_in_the_readme() -> None:
    rules = _rule_ids()
    assert {"yaml-syntax", "encoding", "unknown-owner", "quote-not-found", "unknown-key", "invalid-value"} <= rules
    registered = {*RULES, *BUILTIN_RULES}
    assert sorted(rules - registered) == [], "a rule the code reports is in neither registry"
    assert sorted(rule for rule in rules | registered if f"`{rule}`" not in README) == []


@pytest.mark.parametrize("fmt", list(FindingsFormat))
def test_every_findings_format_is_in_the_readme(fmt: FindingsFormat) -> None:
    assert f"- **{fmt.value}**:" in README


def test_the_pre_commit_hooks_run_check_on_the_data_files() -> None:
    hooks = {hook["id"]: hook for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    check = hooks["commit-tracker-check"]
    assert check["entry"] == "commit-tracker check"
    assert (check["language"], check["pass_filenames"], check["files"]) == ("python", True, r"^data/.*\.ya?ml$")
    assert hooks["commit-tracker-validate"]["entry"] == "commit-tracker validate"
    assert 'commit-tracker = "commit_tracker.cli:main"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for hook_id in hooks:
        assert f"`{hook_id}`" in README


EXAMPLES = re.findall(r"```console\n\$ commit-tracker ((?:status|show|coverage|owners) [^\n]*)\n(.*?)```", README, flags=re.DOTALL)


def test_the_readme_has_an_example_of_each_report() -> None:
    assert sorted({command.split()[0] for command, _ in EXAMPLES}) == sorted(REPORTS)


@pytest.mark.parametrize(("command", "output"), EXAMPLES, ids=[command.split()[0] for command, _ in EXAMPLES])
def test_the_readme_examples_are_real_output(runner: CliRunner, monkeypatch: pytest.MonkeyPatch, command: str, output: str) -> None:
    monkeypatch.chdir(ROOT)
    result = runner.invoke(app, command.split(), env={"COLUMNS": "100", "NO_COLOR": None, "LC_ALL": None, "LC_MESSAGES": None, "LANG": None})
    assert result.exit_code == 0, result.stderr
    assert result.stdout + result.stderr == output


GIT_COMMANDS = ["history", "changes", "update"]


@pytest.mark.parametrize("name", GIT_COMMANDS)
def test_each_git_command_documents_its_options_in_its_own_section(name: str) -> None:
    command = GROUP.commands[name]
    options = [opt for param in command.params for opt in param.opts if opt.startswith("--") and opt != "--help"]
    assert options
    assert f"| `commit-tracker {name} " in README
    start = README.index(f"### `{name}`\n")
    end = re.compile(r"\n##+ ").search(README, start + 1)
    section = README[start : end.start() if end else len(README)]
    assert [option for option in options if option not in section] == []
