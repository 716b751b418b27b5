"""``commit-tracker check`` through typer's runner: exit codes, stdout and stderr, each checked."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from commit_tracker.checks import BUILTIN_RULES, SOURCE_RULES
from commit_tracker.cli import app
from tests.conftest import PROJECT

SARIF_SCHEMA = Path(__file__).resolve().parent / "schemas" / "sarif-schema-2.1.0.json"
CLEAN_DAY = "2013-06-30"
"""The fixture has no findings as of this day; later, f-2 is overdue and stale (warnings)."""
NO_OWNER = "data/followups.yaml:3:5: error: f-1: a follow-up needs an owner; add 'owner:' with an id from the owners registry [owner-required]\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the fixture project as the working folder, outside any git repository."""
    shutil.copytree(PROJECT, tmp_path / "project")
    monkeypatch.chdir(tmp_path / "project")
    for name in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path / "project"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _remove_owner(project: Path) -> None:
    """The issue's acceptance case: a follow-up item loses its owner."""
    _edit(project / "data" / "followups.yaml", "    owner: ud-hum\n", "")


def test_the_fixture_passes(runner: CliRunner, project: Path) -> None:
    result = runner.invoke(app, ["check", "--as-of", CLEAN_DAY])
    assert result.exit_code == 0, result.stdout
    assert result.stdout == ""
    # The source texts are in sources/ beside data/, so quote-found runs too: 8 rules.
    assert result.stderr == "4 file(s), 3 commitments, 8 rule(s): no problems.\n"


def test_a_follow_up_without_owner_fails_as_text(runner: CliRunner, project: Path) -> None:
    _remove_owner(project)
    result = runner.invoke(app, ["check", "--as-of", CLEAN_DAY])
    assert result.exit_code == 1
    assert result.stdout == NO_OWNER
    assert result.stderr == "1 error(s), 0 warning(s) in 4 file(s).\n"


def _from_json(stdout: str) -> tuple[str, int]:
    finding = json.loads(stdout)["findings"][0]
    return finding["path"], finding["line"]


def _from_github(stdout: str) -> tuple[str, int]:
    props = dict(part.split("=") for part in stdout.split("::")[1].split(" ", 1)[1].split(","))
    return props["file"], int(props["line"])


def _from_sarif(stdout: str) -> tuple[str, int]:
    document = json.loads(stdout)
    jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))).validate(document)
    location = document["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    return location["artifactLocation"]["uri"], location["region"]["startLine"]


def _from_junit(stdout: str) -> tuple[str, int]:
    root = ET.fromstring(stdout)
    failures = [(case.get("classname"), failure.text or "") for case in root.iter("testcase") for failure in case.iter("failure")]
    assert len(failures) == 1
    path, text = failures[0]
    assert text.startswith(f"{path}:")
    return str(path), int(text.split(":")[1])


@pytest.mark.parametrize(
    ("fmt", "where"),
    [
        ("text", lambda out: (out.split(":")[0], int(out.split(":")[1]))),
        ("json", _from_json),
        ("github", _from_github),
        ("sarif", _from_sarif),
        ("junit", _from_junit),
    ],
)
def test_a_follow_up_without_owner_is_located_in_every_format(runner: CliRunner, project: Path, fmt: str, where: Callable[[str], tuple[str, int]]) -> None:
    _remove_owner(project)
    result = runner.invoke(app, ["check", "--as-of", CLEAN_DAY, "--format", fmt])
    assert result.exit_code == 1
    assert where(result.stdout) == ("data/followups.yaml", 3)


def test_sarif_lists_the_rules_and_makes_paths_relative_to_the_repository(runner: CliRunner, project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (project / ".git").mkdir()
    _remove_owner(project)
    monkeypatch.chdir(project / "data")
    result = runner.invoke(app, ["check", "--as-of", CLEAN_DAY, "--format", "sarif"])
    assert _from_sarif(result.stdout) == ("data/followups.yaml", 3)
    run = json.loads(result.stdout)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    ids = [rule["id"] for rule in rules]
    assert ids[-8:] == ["owner-required", "owner-known", "overdue", "stale", "evidence-required", "status-consistent", "duplicate-text", "quote-found"]
    assert "yaml-syntax" in ids
    result_ = run["results"][0]
    assert (result_["ruleId"], result_["level"], ids[result_["ruleIndex"]]) == ("owner-required", "error", "owner-required")
    assert rules[result_["ruleIndex"]]["help"]["text"].startswith("Every item of the configured kinds names an owner")


def test_junit_has_a_case_per_rule_and_file(runner: CliRunner, project: Path) -> None:
    _remove_owner(project)
    result = runner.invoke(app, ["check", "--as-of", CLEAN_DAY, "--format", "junit"])
    root = ET.fromstring(result.stdout)
    suite = root.find("testsuite")
    assert suite is not None
    assert suite.get("name") == "commit-tracker"
    cases = {(case.get("classname"), case.get("name")) for case in suite.iter("testcase")}
    assert ("data/pledges.yaml", "stale") in cases
    assert ("data/owners.yaml", "yaml-syntax") in cases
    # validate's checks (those of --sources aside: check runs them as quote-found) and the rules that ran.
    assert len(cases) == int(suite.get("tests", "0")) == 4 * (len(BUILTIN_RULES) - len(SOURCE_RULES) + 8)
    assert (root.get("failures"), suite.get("failures")) == ("1", "1")


def test_junit_fails_warnings_only_with_strict(runner: CliRunner, project: Path) -> None:
    relaxed = ET.fromstring(runner.invoke(app, ["check", "--format", "junit", "--as-of", "2020-01-01"]).stdout)
    strict = ET.fromstring(runner.invoke(app, ["check", "--format", "junit", "--as-of", "2020-01-01", "--strict"]).stdout)
    assert relaxed.get("failures") == "0"
    assert "f-2: due 2013" in "".join(out.text or "" for out in relaxed.iter("system-out"))
    assert strict.get("failures") == "2"


def test_warnings_fail_only_with_strict_and_nothing_fails_with_exit_zero(runner: CliRunner, project: Path) -> None:
    relaxed = runner.invoke(app, ["check", "--as-of", "2020-01-01"])
    assert relaxed.exit_code == 0
    assert relaxed.stdout == (
        "data/followups.yaml:16:10: warning: f-2: due 2013 but in_progress as of 2020-01-01; record an update or move the due date [overdue]\n"
        "data/followups.yaml:17:13: warning: f-2: status in_progress was last stated on 2012-11-30 (by its source document), "
        "over 365 days before 2020-01-01; add an update [stale]\n"
    )
    assert runner.invoke(app, ["check", "--as-of", "2020-01-01", "--strict"]).exit_code == 1
    _remove_owner(project)
    assert runner.invoke(app, ["check", "--as-of", "2020-01-01", "--strict", "--exit-zero"]).exit_code == 0


def test_select_and_ignore_choose_the_rules(runner: CliRunner, project: Path) -> None:
    assert runner.invoke(app, ["check", "--as-of", "2020-01-01", "--select", "stale,owner-required"]).stdout.count("\n") == 1
    assert runner.invoke(app, ["check", "--as-of", "2020-01-01", "--ignore", "stale", "--ignore", "overdue"]).stdout == ""


def test_rules_see_every_file_but_report_only_the_named_ones(runner: CliRunner, project: Path) -> None:
    """As pre-commit runs it: owners resolve from owners.yaml, and a duplicate in another file is found."""
    pledges = project / "data" / "pledges.yaml"
    _edit(pledges, "text: avdelingen følger opp menneskehandelsarbeidet", "text: Seksjonen rapporterer til styret innen utgangen av 2013.")
    followups = runner.invoke(app, ["check", "--as-of", CLEAN_DAY, "data/followups.yaml"])
    assert followups.exit_code == 0
    assert followups.stdout == (
        "data/followups.yaml:14:11: warning: f-2: the same text as p-1 (data/pledges.yaml:3); "
        "if it repeats p-1, add 'duplicate_of: p-1', else reword it [duplicate-text]\n"
    )
    assert followups.stderr == "0 error(s), 1 warning(s) in 1 file(s).\n"
    only_pledges = runner.invoke(app, ["check", "--as-of", CLEAN_DAY, "data/pledges.yaml"])
    assert only_pledges.stdout.startswith("data/pledges.yaml:4:11: warning: p-1: the same text as f-2 (data/followups.yaml:13)")
    assert runner.invoke(app, ["check", "--as-of", CLEAN_DAY, "data/owners.yaml"]).stdout == ""


def test_an_unknown_owner_is_reported_once(runner: CliRunner, project: Path) -> None:
    _edit(project / "data" / "followups.yaml", "owner: ud-hum\n", "owner: ud-humm\n")
    result = runner.invoke(app, ["check", "--as-of", CLEAN_DAY])
    assert result.exit_code == 1
    assert result.stdout == (
        "data/followups.yaml:5:12: error: f-1: owner 'ud-humm' is not in the owners registry; add it to the owners or fix the id [unknown-owner]\n"
    )


def test_an_item_can_silence_a_rule_with_a_reason(runner: CliRunner, project: Path) -> None:
    _edit(
        project / "data" / "followups.yaml",
        "    status: in_progress\n",
        "    status: in_progress\n    ignore:\n      - {rule: overdue, reason: The plan ended in 2013.}\n",
    )
    result = runner.invoke(app, ["check", "--as-of", "2020-01-01", "-v"])
    assert result.exit_code == 0
    assert "[overdue]" not in result.stdout
    assert "[stale]" in result.stdout
    assert "commit-tracker: 1 finding(s) silenced by 'ignore' entries in the data\n" in result.stderr


@pytest.mark.parametrize(
    ("entry", "line"),
    [
        ("{rule: stal, reason: r}", "data/followups.yaml:19:16: error: f-2: ignore: 'stal' is not a policy rule (did you mean 'stale'?); "),
        ("{rule: unknown-owner, reason: r}", "data/followups.yaml:19:16: error: f-2: ignore: 'unknown-owner' is a check of validate and cannot be ignored; "),
    ],
)
def test_a_suppression_of_no_rule_is_an_error(runner: CliRunner, project: Path, entry: str, line: str) -> None:
    _edit(project / "data" / "followups.yaml", "    status: in_progress\n", f"    status: in_progress\n    ignore:\n      - {entry}\n")
    result = runner.invoke(app, ["check", "--as-of", CLEAN_DAY])
    assert result.exit_code == 1
    assert result.stdout.startswith(line)
    assert result.stdout.endswith("[bad-suppression]\n")


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("{rule: stale}", "f-2: ignore[0]: required key 'reason' is missing; add it [missing-key]"),
        ("{rule: stale, reason: ' '}", "f-2: ignore[0].reason: the reason is blank; say why the rule does not apply to this item [invalid-value]"),
        ("{rule: Stale, reason: r}", "f-2: ignore[0].rule: 'Stale' is not a rule id (lower-case letters, digits and '-'); 'commit-tracker rules' lists them"),
    ],
)
def test_a_suppression_needs_a_rule_id_and_a_reason(runner: CliRunner, project: Path, entry: str, message: str) -> None:
    _edit(project / "data" / "followups.yaml", "    status: in_progress\n", f"    status: in_progress\n    ignore:\n      - {entry}\n")
    result = runner.invoke(app, ["check", "--as-of", CLEAN_DAY])
    assert result.exit_code == 1
    assert message in result.stdout
    assert "commit-tracker: note: the policy rules were not run because some files did not load; fix them first" in result.stderr


def test_quotes_are_checked_when_the_sources_are_given(runner: CliRunner, project: Path) -> None:
    assert runner.invoke(app, ["check", "--as-of", CLEAN_DAY, "--sources", "sources"]).exit_code == 0
    _edit(project / "data" / "pledges.yaml", "quote: følger opp menneskehandelsarbeidet", "quote: følger opp arbeidet")
    result = runner.invoke(app, ["check", "--as-of", CLEAN_DAY, "--sources", "sources"])
    assert result.exit_code == 1
    assert result.stdout == (
        "data/pledges.yaml:7:53: error: p-1: quote not found in doc.txt (only line breaks and hyphenation may differ): 'følger opp arbeidet' [quote-found]\n"
    )
    (project / ".commit-tracker.toml").write_text('sources = "sources"\n[rules.quote-found]\nseverity = "warning"\n', encoding="utf-8")
    configured = runner.invoke(app, ["check", "--as-of", CLEAN_DAY])
    assert configured.exit_code == 0
    assert configured.stdout == result.stdout.replace(": error: ", ": warning: ")


def test_configuration_is_found_walking_up_and_own_file_wins(runner: CliRunner, project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.commit-tracker]\nignore = ["overdue", "stale"]\n', encoding="utf-8")
    monkeypatch.chdir(project / "data")
    assert runner.invoke(app, ["check", "--as-of", "2020-01-01", "--strict"]).exit_code == 0
    (project / ".commit-tracker.toml").write_text('strict = true\n[rules.stale]\ndays = 4000\nseverity = "error"\n', encoding="utf-8")
    result = runner.invoke(app, ["check", "--as-of", "2020-01-01", "-v"])
    assert result.exit_code == 1
    assert "[stale]" not in result.stdout
    assert result.stdout.count("[overdue]") == 1
    assert result.stderr.startswith("commit-tracker: configuration: ../.commit-tracker.toml\n")
    assert "stale (error)" in result.stderr


@pytest.mark.parametrize(
    ("content", "error"),
    [
        ('selct = ["stale"]\n', "selct: unknown key (did you mean 'select'?); the keys are select, ignore, strict, sources, rules"),
        ('select = ["stal"]\n', "select: 'stal' is not a rule (did you mean 'stale'?); 'commit-tracker rules' lists them"),
        ('ignore = ["yaml-syntax"]\n', "ignore: 'yaml-syntax' is a check of validate; it always runs and cannot be selected, ignored or configured"),
        ('select = "stale"\n', 'select: must be a list of names in quotes, e.g. ["stale"]'),
        ("strict = 1\n", "strict: must be true or false"),
        ('[rules.stale]\nseverity = "fatal"\n', 'rules.stale.severity: must be "error" or "warning", not \'fatal\''),
        ("[rules.stale]\nday = 3\n", "rules.stale.day: unknown option (did you mean 'days'?); stale has severity, days"),
        ("[rules.stale]\ndays = -1\n", "rules.stale.days: must be a whole number from 0 to 36600, not -1"),
        ("[rules.duplicate-text]\nthreshold = 2\n", "rules.duplicate-text.threshold: must be a number above 0 and at most 1, not 2"),
        ('[rules.owner-required]\nkinds = ["pledges"]\n', "rules.owner-required.kinds: unknown value 'pledges' (did you mean 'pledge'?); choose from "),
        ("[rules.stal]\n", "rules: 'stal' is not a rule (did you mean 'stale'?); 'commit-tracker rules' lists them"),
        ("select = [\n", "invalid TOML: "),
        # issue 12: each of these was an internal error
        ("[rules.stale]\ndays = 3000000\n", "rules.stale.days: must be a whole number from 0 to 36600, not 3000000"),
        ("a = " + "[" * 100_000 + "]" * 100_000 + "\n", "invalid TOML: nested too deeply for a configuration"),
        ("strict = true # \xff\n", "not UTF-8 (byte 0xff at offset 16); save it as UTF-8"),
    ],
)
def test_a_bad_configuration_is_one_line_and_exit_2(runner: CliRunner, project: Path, content: str, error: str) -> None:
    path = project / ".commit-tracker.toml"
    path.write_bytes(content.encode("utf-8") if "\xff" not in content else content.encode("latin-1"))
    result = runner.invoke(app, ["check"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"commit-tracker: error: {path.name}: {error}")
    assert result.stderr.count("\n") == 1


def test_a_pyproject_whose_tool_is_not_a_table_is_a_configuration_error(runner: CliRunner, project: Path) -> None:
    (project / "pyproject.toml").write_text("tool = 5\n", encoding="utf-8")
    result = runner.invoke(app, ["check"])
    assert result.exit_code == 2
    assert result.stderr == "commit-tracker: error: pyproject.toml: tool: must be a table, e.g. [tool.commit-tracker]\n"


def test_stale_days_beyond_a_hundred_years_is_a_usage_error(runner: CliRunner, project: Path) -> None:
    result = runner.invoke(app, ["status", "--stale", "3000000", "--data", str(project / "data")])
    assert result.exit_code == 2
    assert "internal error" not in result.stderr


def test_a_bad_pyproject_table_names_its_full_key(runner: CliRunner, project: Path) -> None:
    (project / "pyproject.toml").write_text("[tool.commit-tracker]\nstrict = 1\n", encoding="utf-8")
    result = runner.invoke(app, ["check"])
    assert result.exit_code == 2
    assert result.stderr == "commit-tracker: error: pyproject.toml: tool.commit-tracker.strict: must be true or false\n"


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["--select", "stal"], "--select: 'stal' is not a rule (did you mean 'stale'?); 'commit-tracker rules' lists them"),
        (["--ignore", "unknown-owner"], "--ignore: 'unknown-owner' is a check of validate; it always runs and cannot be selected, ignored or configured"),
        (["--as-of", "2020-13-01"], "--as-of: '2020-13-01' has no month 13"),
        (["--config", "nope.toml"], "--config: no such file: nope.toml"),
        (["-q", "-v"], "--quiet and --verbose cannot be used together"),
        (["--sources", "nowhere"], "--sources: no such folder: nowhere"),
        (["--select", "quote-found"], 'quote-found needs the source texts: give --sources DIR, or sources = "DIR" in the configuration'),
    ],
)
def test_a_bad_option_is_one_line_and_exit_2(runner: CliRunner, project: Path, args: list[str], error: str) -> None:
    shutil.rmtree(project / "sources")
    result = runner.invoke(app, ["check", *args])
    assert result.exit_code == 2
    assert result.stderr == f"commit-tracker: error: {error}\n"


def test_github_annotates_escapes_notes_the_limit_and_writes_a_step_summary(runner: CliRunner, project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    items = "".join(f"  - {{id: g-{n}, text: 'Punkt {n}: 50% | ferdig', source: {{document: doc, locator: l, quote: Ref. over.}}}}\n" for n in range(12))
    (project / "data" / "more.yaml").write_text(f"followups:\n{items}", encoding="utf-8")
    summary = project / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    result = runner.invoke(app, ["check", "--as-of", CLEAN_DAY, "--select", "owner-required"])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 13
    assert lines[0] == (
        "::error file=data/more.yaml,line=2,col=5,title=owner-required::g-0: a follow-up needs an owner; add 'owner:' with an id from the owners registry"
    )
    assert lines[-1] == "::notice title=commit-tracker::2 error(s) were not annotated: GitHub shows 10 of each per step; this log lists every finding"
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n## commit-tracker check\n\n12 error(s), 0 warning(s) in 5 file(s).\n\n| where | severity | rule | message |\n")
    assert "| `data/more.yaml:2:5` | error | `owner-required` | g-0: a follow-up needs an owner; add 'owner:' with an id from the owners registry |" in text


def test_the_step_summary_escapes_table_cells() -> None:
    from commit_tracker.findings import Finding
    from commit_tracker.report.github import step_summary

    text = step_summary([Finding("a.yaml", 1, 2, "r", "50% | *done*\nnext")], 1)
    assert text.rstrip("\n").splitlines()[-1] == "| `a.yaml:1:2` | error | `r` | 50% \\| \\*done\\* next |"


def test_quiet_verbose_and_color(runner: CliRunner, project: Path) -> None:
    assert runner.invoke(app, ["check", "-q", "--as-of", CLEAN_DAY]).stderr == ""
    verbose = runner.invoke(app, ["check", "-v", "--as-of", CLEAN_DAY]).stderr.splitlines()
    assert verbose[0] == "commit-tracker: configuration: none found; the defaults"
    assert verbose[1].startswith("commit-tracker: as of 2013-06-30; rules: owner-required (error), owner-known (error), overdue (warning)")
    _remove_owner(project)
    plain = runner.invoke(app, ["check", "--as-of", CLEAN_DAY]).stdout
    assert plain == NO_OWNER  # the runner is no terminal: auto means no colour
    assert runner.invoke(app, ["check", "--as-of", CLEAN_DAY, "--color", "never"]).stdout == plain
    colored = runner.invoke(app, ["check", "--as-of", CLEAN_DAY, "--color", "always"]).stdout
    assert colored.startswith("\x1b[1mdata/followups.yaml:3:5\x1b[0m: \x1b[1;31merror\x1b[0m: f-1: ")
    assert "\x1b[" not in runner.invoke(app, ["check", "--as-of", CLEAN_DAY, "--color", "always", "--format", "json"]).stdout


def test_rules_lists_every_rule_and_shows_one_in_full(runner: CliRunner) -> None:
    listing = runner.invoke(app, ["rules"])
    assert listing.exit_code == 0
    assert listing.stdout.splitlines()[0] == "owner-required     error    every item of the configured kinds (default: follow-ups) has an owner"
    assert len(listing.stdout.splitlines()) == 8
    stale = runner.invoke(app, ["rules", "stale"])
    assert stale.stdout.startswith("stale (warning): the status has not been updated for longer than a set number of days\n\n")
    assert "Failing (as of 2020-06-30):\n" in stale.stdout
    assert "``" not in stale.stdout  # rule docs are plain text, not reStructuredText
    assert "newer than 'days' days" in stale.stdout
    assert stale.stdout.endswith("Options and defaults:\n  days = 365\n")
    assert runner.invoke(app, ["rules", "STALE"]).stdout == stale.stdout
    unknown = runner.invoke(app, ["rules", "stal"])
    assert unknown.exit_code == 2
    assert unknown.stderr == "commit-tracker: error: 'stal' is not a rule (did you mean 'stale'?); 'commit-tracker rules' lists them\n"


def test_shell_completion_offers_rule_ids() -> None:
    from commit_tracker.cli.lint import _complete_rules

    assert _complete_rules("ov") == ["overdue"]
    assert _complete_rules("stale,owner-") == ["stale,owner-required", "stale,owner-known"]


def test_show_completion_prints_a_script(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--show-completion", "bash"])
    assert result.exit_code == 0
    assert "_commit_tracker_completion" in result.stdout


def test_validate_writes_sarif_and_junit_too(runner: CliRunner, project: Path) -> None:
    _edit(project / "data" / "followups.yaml", "owner: ud-hum\n", "owner: ud-humm\n")
    sarif = runner.invoke(app, ["validate", "--format", "sarif"])
    assert sarif.exit_code == 1
    assert _from_sarif(sarif.stdout) == ("data/followups.yaml", 5)
    junit = ET.fromstring(runner.invoke(app, ["validate", "--format", "junit", "--sources", "sources"]).stdout)
    cases = {(case.get("classname"), case.get("name")) for case in junit.iter("testcase")}
    assert len(cases) == 4 * (len(BUILTIN_RULES) - 1)  # every check of validate but check's bad-suppression
    assert ("data/owners.yaml", "quote-not-found") in cases
    assert junit.get("failures") == "1"
