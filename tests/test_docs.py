"""The documentation keeps up with the code: every command, option, rule, format and hook is in
its page of docs/, the README stays a front page, and every link leads somewhere.

The console examples are run by tests/test_doc_examples.py."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import typer
import yaml

from commit_tracker.checks import BUILTIN_RULES, RULES
from commit_tracker.cli import app
from commit_tracker.report import FindingsFormat
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = ROOT / "docs"
COMMANDS_PAGE = (DOCS / "commands.md").read_text(encoding="utf-8")
RULES_PAGE = (DOCS / "rules.md").read_text(encoding="utf-8")
FORMATS_PAGE = (DOCS / "output-formats.md").read_text(encoding="utf-8")
CI_PAGE = (DOCS / "ci.md").read_text(encoding="utf-8")
GROUP = typer.main.get_group(app)
COMMANDS = sorted(GROUP.commands)
REPORTS = ["status", "show", "coverage", "owners"]


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_in_the_commands_page(name: str) -> None:
    assert f"commit-tracker {name}" in COMMANDS_PAGE
    assert f"### `{name}`" in COMMANDS_PAGE


@pytest.mark.parametrize(
    ("command", "option"),
    [(name, option) for name in COMMANDS for param in GROUP.commands[name].params for option in param.opts if option.startswith("--") and option != "--help"],
)
def test_every_option_is_in_the_commands_page(command: str, option: str) -> None:
    assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", COMMANDS_PAGE), f"{command} {option} is not documented"


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


def test_every_rule_is_in_a_registry_and_in_the_rules_page() -> None:
    rules = _rule_ids()
    assert {"yaml-syntax", "encoding", "unknown-owner", "quote-not-found", "unknown-key", "invalid-value"} <= rules
    registered = {*RULES, *BUILTIN_RULES}
    assert sorted(rules - registered) == [], "a rule the code reports is in neither registry"
    assert sorted(rule for rule in rules | registered if f"`{rule}`" not in RULES_PAGE) == []


@pytest.mark.parametrize("fmt", list(FindingsFormat))
def test_every_findings_format_is_in_the_formats_page(fmt: FindingsFormat) -> None:
    assert f"- **{fmt.value}**:" in FORMATS_PAGE


def test_the_pre_commit_hooks_run_check_on_the_data_files() -> None:
    hooks = {hook["id"]: hook for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    check = hooks["commit-tracker-check"]
    assert check["entry"] == "commit-tracker check"
    assert (check["language"], check["pass_filenames"], check["files"]) == ("python", True, r"^data/.*\.ya?ml$")
    assert hooks["commit-tracker-validate"]["entry"] == "commit-tracker validate"
    assert 'commit-tracker = "commit_tracker.cli:main"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for hook_id in hooks:
        assert f"`{hook_id}`" in CI_PAGE


def test_the_docs_have_a_real_example_of_each_report() -> None:
    from tests.doc_examples import find_blocks, pages

    texts = [command.text for page in pages() for block in find_blocks(page) for command in block.commands]
    commands = {text.split()[1] for text in texts if text.startswith("commit-tracker ")}
    assert sorted(set(REPORTS) - commands) == []


GIT_COMMANDS = ["history", "changes", "update"]


@pytest.mark.parametrize("name", GIT_COMMANDS)
def test_each_git_command_documents_its_options_in_its_own_section(name: str) -> None:
    command = GROUP.commands[name]
    options = [opt for param in command.params for opt in param.opts if opt.startswith("--") and opt != "--help"]
    assert options
    assert f"| `commit-tracker {name} " in COMMANDS_PAGE
    start = COMMANDS_PAGE.index(f"### `{name}`\n")
    end = re.compile(r"\n##+ ").search(COMMANDS_PAGE, start + 1)
    section = COMMANDS_PAGE[start : end.start() if end else len(COMMANDS_PAGE)]
    assert [option for option in options if option not in section] == []


def test_the_readme_is_a_front_page_that_links_every_page_of_docs() -> None:
    assert len(README.encode("utf-8")) <= 10_500, "the README is a front page; the reference goes in docs/"
    assert "python3 -m pip install . && commit-tracker status" in README
    assert "bash .ci/run" in README
    assert sorted(page.name for page in DOCS.glob("*.md") if f"](docs/{page.name})" not in README) == []


def _anchor(heading: str) -> str:
    """GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def _anchors(text: str) -> set[str]:
    outside = re.sub(r"^```.*?^```", "", text, flags=re.DOTALL | re.MULTILINE)
    return {_anchor(match) for match in re.findall(r"^#+ (.*)$", outside, flags=re.MULTILINE)}


@pytest.mark.parametrize("page", [ROOT / "README.md", ROOT / "data" / "README.md", *sorted(DOCS.glob("*.md"))], ids=lambda page: page.name)
def test_every_link_leads_to_a_file_and_heading_that_exist(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    broken = []
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if target.startswith(("http://", "https://", "mailto:")):
            continue
        path, _, anchor = target.partition("#")
        linked = (page.parent / path).resolve() if path else page
        missing_anchor = bool(anchor) and linked.suffix == ".md" and linked.exists() and anchor not in _anchors(linked.read_text(encoding="utf-8"))
        if not linked.exists() or missing_anchor:
            broken.append(target)
    assert broken == []
