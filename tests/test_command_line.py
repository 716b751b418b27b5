"""One command line: the briefing, shared options on every command, --output, --quiet, --lang on stderr,
help without Python types, shell completion of ids; through typer's CliRunner, stdout and stderr apart."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from commit_tracker.cli import app
from tests.conftest import REPORTS, ROOT

AS_OF = ["--as-of", "2014-01-01"]
ENV = {"COLUMNS": "80", "NO_COLOR": None, "LC_ALL": None, "LC_MESSAGES": None, "LANG": None}
GROUP = typer.main.get_group(app)
SHARED = {
    "--data": {"status", "show", "coverage", "owners", "validate", "check", "history", "changes", "update"},
    "--format": {"status", "show", "coverage", "owners", "validate", "check", "history", "changes"},
    "--lang": {"status", "show", "coverage", "owners", "validate", "check", "history", "changes", "update"},
    "--color": {"status", "show", "coverage", "owners", "validate", "check", "history", "changes", "update"},
    "--as-of": {"status", "show", "coverage", "owners", "check"},
    "--output": {"status", "show", "coverage", "owners", "validate", "check", "history", "changes", "rules", "schema"},
    "--quiet": {"status", "show", "coverage", "owners", "validate", "check", "history", "changes", "update"},
}
SHORT = {"--data": "-d", "--format": "-f", "--output": "-o", "--quiet": "-q"}


def run(runner: CliRunner, *args: str, **env: str | None) -> tuple[int, str, str]:
    result = runner.invoke(app, [*args, "--data", str(REPORTS)], env={**ENV, **env})
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("option", sorted(SHARED))
def test_the_shared_options_are_spelt_the_same_on_every_command(option: str) -> None:
    having = {name for name, command in GROUP.commands.items() for param in command.params if option in param.opts}
    assert having >= SHARED[option]
    for name in SHARED[option]:
        opts = next(param.opts for param in GROUP.commands[name].params if option in param.opts)
        if option in SHORT and name != "schema":
            assert SHORT[option] in opts, f"{name} {option} has no {SHORT[option]}"


def test_the_briefing_is_the_default_and_all_lists_every_item(runner: CliRunner) -> None:
    code, briefing, err = run(runner, "status", *AS_OF, "--lang", "en")
    assert (code, err) == (0, "")
    assert briefing.startswith("Briefing as of 2014-01-01\ncommitments   11, 6 assessed (55%)\noverdue       3\n")
    assert "Needs attention (" in briefing
    assert briefing.endswith("Every item: commit-tracker status --all --as-of 2014-01-01\n")
    code, listing, err = run(runner, "status", "--all", *AS_OF, "--lang", "en")
    assert code == 0
    assert "Items\n" in listing
    assert err == "11 of 11 item(s).\n"


def test_the_briefing_as_json_counts_what_the_tally_counts(runner: CliRunner) -> None:
    code, out, _ = run(runner, "status", *AS_OF, "--format", "json")
    document = json.loads(out)
    assert code == 0
    assert list(document) == ["version", "as_of", "data_changed", "headline", "summary", "attention", "more"]
    assert document["headline"]["commitments"] == sum(sum(counts.values()) for counts in document["summary"].values())
    reasons = [entry["reason"] for entry in document["attention"]]
    assert reasons == sorted(reasons, key=["overdue", "stalled", "not_started", "stale"].index)
    overdue = [entry["id"] for entry in document["attention"] if entry["reason"] == "overdue"]
    assert overdue == ["fu-01", "fu-03", "gcm-review"]


def test_norwegian_status_words_and_messages(runner: CliRunner) -> None:
    code, out, err = run(runner, "status", *AS_OF, "--lang", "nb", "--status", "pågår")
    assert code == 0
    assert "fu-01" in out
    assert "fu-04" in out
    assert err == "2 av 11 punkter.\n"
    assert run(runner, "status", *AS_OF, "--status", "IN PROGRESS,done")[2] == "3 of 11 item(s).\n"


def test_objective_takes_an_action(runner: CliRunner) -> None:
    code, out, _ = run(runner, "status", *AS_OF, "--objective", "10.c", "--format", "csv")
    assert code == 0
    assert [line.split(",")[0] for line in out.splitlines()[1:]] == ["ap-01"]


def test_output_writes_the_report_to_a_file_and_nothing_to_stdout(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "status.json"
    code, out, err = run(runner, "status", "--all", *AS_OF, "-f", "json", "-o", str(target))
    assert (code, out) == (0, "")
    assert err == "11 of 11 item(s).\n"
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == 1
    assert [path.name for path in tmp_path.iterdir()] == ["status.json"]  # no temporary file left


def test_output_into_a_missing_folder_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    code, out, err = run(runner, "coverage", "-o", str(tmp_path / "nowhere" / "c.csv"))
    assert (code, out) == (2, "")
    assert err.startswith("commit-tracker: error: cannot write ")
    assert err.count("\n") == 1


def test_quiet_leaves_only_the_report(runner: CliRunner) -> None:
    code, out, err = run(runner, "status", "--all", *AS_OF, "-q")
    assert (code, err) == (0, "")
    assert out


def test_coverage_takes_as_of(runner: CliRunner) -> None:
    code, out, _ = run(runner, "coverage", *AS_OF, "-f", "json")
    assert code == 0
    assert json.loads(out)["version"] == 1


def test_show_an_owner_opens_with_its_briefing(runner: CliRunner) -> None:
    code, out, _ = run(runner, "show", "UD", *AS_OF, "--lang", "en")
    assert code == 0
    assert out.startswith("ud · owner\nname         Ministry of Foreign Affairs\ncommitments  3,")
    assert "data changed" not in out
    assert "Every item: commit-tracker status --owner ud" in out
    document = json.loads(run(runner, "show", "ud", *AS_OF, "-f", "json")[1])
    assert document["owner"]["id"] == "ud"
    assert document["briefing"]["headline"]["commitments"] == 3


def test_show_an_objective_adds_the_briefing_to_its_json(runner: CliRunner) -> None:
    document = json.loads(run(runner, "show", "gcm-10", *AS_OF, "-f", "json")[1])
    assert document["items"][0]["id"] == "gcm-10"
    assert document["briefing"]["headline"]["commitments"] == 4


@pytest.mark.parametrize("command", sorted(GROUP.commands))
def test_help_names_arguments_without_python_types(runner: CliRunner, command: str) -> None:
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0
    for python_type in ("<str>", "<list[", "<Path>", "<int>"):
        assert python_type not in result.stdout


def test_no_arguments_prints_the_help_and_exits_0(runner: CliRunner) -> None:
    result = runner.invoke(app, [])
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: commit-tracker [OPTIONS] COMMAND [ARGS]...")


def test_a_missing_argument_and_an_unknown_command_are_one_line(runner: CliRunner) -> None:
    assert (runner.invoke(app, ["show"]).exit_code, runner.invoke(app, ["show"]).stderr) == (2, "commit-tracker: error: missing ID; see --help\n")
    result = runner.invoke(app, ["sttus"])
    assert (result.exit_code, result.stderr) == (2, "commit-tracker: error: no such command 'sttus' (did you mean 'status'?)\n")


def test_outside_a_data_folder_the_hint_names_what_works(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["status"])
    assert result.exit_code == 2
    assert "give the data folder with --data PATH" in result.stderr


def test_completion_offers_item_and_owner_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    from commit_tracker.cli.completion import complete_item_ids, complete_owner_ids

    monkeypatch.chdir(ROOT)
    assert "iom-eval-ud-03" in complete_item_ids("iom-eval-ud")
    assert all(identifier.startswith("iom-eval-ud") for identifier in complete_item_ids("iom-eval-ud"))
    assert {"ud-hum", "ud-mrdem", "ud-regionalavdelingen", "ud-stasjoner"} <= set(complete_owner_ids("ud-"))
    assert all(identifier.startswith("ud-") for identifier in complete_owner_ids("ud-"))
    # The first completion kept the data it loaded: the next ones, and the reports, read no YAML.
    assert len(list(Path(os.environ["COMMIT_TRACKER_CACHE_DIR"]).glob("*.pickle"))) == 1


def test_completion_without_data_offers_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from commit_tracker.cli.completion import complete_item_ids

    monkeypatch.chdir(tmp_path)
    assert complete_item_ids("") == []


def test_validate_takes_data_as_an_option_and_speaks_norwegian(runner: CliRunner) -> None:
    result = runner.invoke(app, ["validate", "-d", str(REPORTS), "--lang", "nb"], env=ENV)
    assert result.exit_code == 0
    # The fixtures have no source texts beside them: the note on that speaks Norwegian too.
    note, summary = result.stderr.splitlines()
    from commit_tracker.checker import run_checks
    from commit_tracker.verbatim import count_verbatim

    quotes = count_verbatim(run_checks([REPORTS], cwd=REPORTS).dataset).local
    assert note.startswith(f"commit-tracker: note: {quotes} sitater ikke kontrollert: ingen kildetekster i ")
    assert summary == "5 fil(er), 11 forpliktelser: ingen problemer."


def test_a_longer_tally_leaves_fewer_attention_rows_but_never_under_three() -> None:
    from typing import Any, cast

    from commit_tracker.query.tallies import Briefing, Reason
    from commit_tracker.report.briefing import ATTENTION_ROWS, attention_rows
    from commit_tracker.vocabulary import Kind, Status

    attention = cast(Any, tuple((reason, object()) for reason in [Reason.OVERDUE] * 5 + [Reason.STALE] * 15))

    def rows(statuses: int) -> int:
        by_kind = {kind: {status: (1 if index < statuses else 0) for index, status in enumerate(Status)} for kind in Kind}
        return attention_rows(Briefing(by_kind, attention, overdue=5, stale=15, stale_days=365))

    assert rows(1) == ATTENTION_ROWS
    assert rows(4) < ATTENTION_ROWS
    assert rows(7) == 3
