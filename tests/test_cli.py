"""The command line through typer's runner: stdout, stderr and exit code, each checked."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from commit_tracker import __version__, checker
from commit_tracker.cli import app
from tests.conftest import EXAMPLES

VALID = EXAMPLES / "valid" / "all-fields.yaml"
UNKNOWN_OWNER = EXAMPLES / "invalid" / "unknown-owner.yaml"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder with a data/ folder holding one valid file; the working folder is a subfolder."""
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(VALID, data / "all.yaml")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return data


NOT_CHECKED = "commit-tracker: note: {} quotes not checked: no source texts at ../sources; give --sources DIR or set `sources` in the configuration\n"
"""The note of a run without the source texts: the default place is sources/ beside data/."""


def _break(data_dir: Path) -> None:
    shutil.copyfile(UNKNOWN_OWNER, data_dir / "broken.yaml")
    # The broken file's own source and owner ids must not collide with all.yaml's.
    text = (data_dir / "broken.yaml").read_text(encoding="utf-8")
    (data_dir / "broken.yaml").write_text(
        text.replace("id: doc", "id: doc2")
        .replace("{id: ud,", "{id: ud2,")
        .replace("document: doc,", "document: doc2,")
        .replace("owner: ud-hum", "owner: ud-hum-x"),
        encoding="utf-8",
    )


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"commit-tracker {__version__}\n"


def test_module_entry_point_prints_the_version() -> None:
    result = subprocess.run([sys.executable, "-m", "commit_tracker", "--version"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert result.stdout == f"commit-tracker {__version__}\n"


def test_validate_help_shows_examples_and_exit_codes(runner: CliRunner) -> None:
    result = runner.invoke(app, ["validate", "--help"])
    assert result.exit_code == 0
    assert "commit-tracker validate --sources ../shared/seeds" in result.stdout
    assert "Exit codes: 0 no findings, 1 findings, 2 usage error" in result.stdout


def test_validate_finds_data_in_a_parent_folder(runner: CliRunner, data_dir: Path) -> None:
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr == NOT_CHECKED.format(20) + "1 file(s), 6 commitments: no problems.\n"


def test_validate_reports_findings_as_text(runner: CliRunner, data_dir: Path) -> None:
    _break(data_dir)
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 1
    assert result.stdout == (
        "../data/broken.yaml:10:12: error: f-1: owner 'ud-hum-x' is not in the owners registry; add it to the owners or fix the id [unknown-owner]\n"
    )
    assert result.stderr == NOT_CHECKED.format(22) + "1 error(s), 0 warning(s) in 2 file(s).\n"


def test_validate_json_is_a_versioned_document(runner: CliRunner, data_dir: Path) -> None:
    _break(data_dir)
    result = runner.invoke(app, ["validate", "--format", "json"])
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert document["version"] == 1
    assert document["summary"] == {"files": 2, "errors": 1, "warnings": 0}
    assert document["findings"] == [
        {
            "path": "../data/broken.yaml",
            "line": 10,
            "column": 12,
            "severity": "error",
            "rule": "unknown-owner",
            "item_id": "f-1",
            "message": "f-1: owner 'ud-hum-x' is not in the owners registry; add it to the owners or fix the id",
        }
    ]


def test_github_format_is_chosen_on_github_actions(runner: CliRunner, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _break(data_dir)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 1
    assert result.stdout == (
        "::error file=../data/broken.yaml,line=10,col=12,title=unknown-owner::f-1: owner 'ud-hum-x' is not in the owners registry; "
        "add it to the owners or fix the id\n"
    )


def test_github_format_escapes_what_must_be_escaped() -> None:
    from commit_tracker.findings import Finding
    from commit_tracker.report.findings import GithubReporter

    finding = Finding("a,b:c.yaml", 1, 2, "rule", "50% done\nnext line")
    assert GithubReporter().render([finding], 1) == "::error file=a%2Cb%3Ac.yaml,line=1,col=2,title=rule::50%25 done%0Anext line\n"


def test_only_the_named_file_is_reported_but_its_folder_is_context(runner: CliRunner, data_dir: Path) -> None:
    (data_dir / "more.yaml").write_text(
        "followups:\n  - id: more-1\n    text: T\n    owner: ud-hum\n    source: {document: doc, locator: l, quote: q}\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["validate", str(data_dir / "more.yaml")])
    assert result.exit_code == 0, result.stdout
    assert result.stderr.splitlines()[-1].startswith("1 file(s)")


def test_a_missing_path_is_a_usage_error(runner: CliRunner, data_dir: Path) -> None:
    result = runner.invoke(app, ["validate", "nope.yaml"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "commit-tracker: error: no such file or folder: nope.yaml\n"


def test_no_data_folder_is_a_usage_error(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 2
    assert "no 'data/' folder" in result.stderr


def test_a_missing_sources_folder_is_a_usage_error(runner: CliRunner, data_dir: Path) -> None:
    result = runner.invoke(app, ["validate", "--sources", "no-such-dir"])
    assert result.exit_code == 2
    assert result.stderr == "commit-tracker: error: --sources: no such folder: no-such-dir\n"


def test_an_unknown_format_is_a_usage_error(runner: CliRunner, data_dir: Path) -> None:
    result = runner.invoke(app, ["validate", "--format", "xml"])
    assert result.exit_code == 2
    assert "xml" in result.stderr


def test_an_unreadable_file_exits_2_and_the_others_are_still_checked(runner: CliRunner, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _break(data_dir)
    from commit_tracker.loader import read_file as real_read

    def read_file(path: Path, display: str, **options: object) -> object:
        if path.name == "all.yaml":
            raise PermissionError(13, "Permission denied")
        return real_read(path, display, **options)  # type: ignore[arg-type]

    monkeypatch.setattr("commit_tracker.checker.read_file", read_file)
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 2
    assert "cannot read ../data/all.yaml: Permission denied" in result.stderr
    # broken.yaml was still read; its own file loaded, cross-file checks were skipped and said so.
    assert "references across files were not checked because ../data/all.yaml did not load" in result.stderr


def test_an_internal_error_is_one_line_and_exit_2(runner: CliRunner, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(checker, "run_checks", explode)
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 2
    assert result.stderr == "commit-tracker: internal error: RuntimeError: boom (run with --debug for the traceback)\n"
    debug = runner.invoke(app, ["validate", "--debug"])
    assert debug.exit_code == 2
    assert "Traceback (most recent call last)" in debug.stderr


def test_quotes_are_checked_against_the_sources(runner: CliRunner, data_dir: Path, tmp_path: Path) -> None:
    sources = tmp_path / "seeds"
    sources.mkdir()
    (sources / "doc.txt").write_text("Hum-seksjonen tar opp\nevalueringen. Ref. over.\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", "--sources", str(sources), "--format", "json"])
    assert result.exit_code == 1
    findings = json.loads(result.stdout)["findings"]
    rules = [(f["rule"], f["item_id"]) for f in findings]
    # The recorded hash is all zeros, so the text "changed"; quotes that are not in it are reported.
    assert ("source-changed", "doc") in rules
    assert ("quote-not-found", "gcm-10") in rules
    item_1 = [f["message"].split(" not found")[0] for f in findings if f["item_id"] == "item-1"]
    assert "item-1: text" in item_1  # its text is not in this source
    assert "item-1: quote" not in item_1  # its quote is, across the line break


@pytest.mark.skipif(os.name != "posix", reason="pipes behave differently elsewhere")
def test_a_closed_pipe_ends_quietly(data_dir: Path) -> None:
    _break(data_dir)
    for index in range(300):
        shutil.copyfile(data_dir / "broken.yaml", data_dir / f"broken{index}.yaml")
    command = f"{sys.executable} -m commit_tracker validate | head -c 10"
    result = subprocess.run(command, shell=True, capture_output=True, text=True, check=False)
    assert "Traceback" not in result.stderr
    assert "BrokenPipeError" not in result.stderr


@pytest.mark.skipif(os.name != "posix", reason="devices and symlinks")
@pytest.mark.parametrize(
    ("file", "why"),
    [
        ("/dev/zero", "it is outside the sources folder"),
        ("../outside.txt", "it is outside the sources folder"),
        ("link.txt", "it is outside the sources folder"),
        ("fifo.txt", "it is not a regular file"),
    ],
)
def test_a_source_file_outside_the_folder_or_not_a_file_is_not_read(runner: CliRunner, data_dir: Path, tmp_path: Path, file: str, why: str) -> None:
    """issue 12: the data name the file; /dev/zero would never end, ../ would read beyond the sources."""
    sources = tmp_path / "seeds"
    sources.mkdir()
    (tmp_path / "outside.txt").write_text("secret\n", encoding="utf-8")
    (sources / "link.txt").symlink_to(tmp_path / "outside.txt")
    os.mkfifo(sources / "fifo.txt")
    registry = data_dir / "all.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace("file: doc.txt", f"file: {file}", 1), encoding="utf-8")
    result = runner.invoke(app, ["validate", "--sources", str(sources), "--format", "json"])
    assert result.exit_code == 1
    missing = [f["message"] for f in json.loads(result.stdout)["findings"] if f["rule"] == "source-missing"]
    assert len(missing) == 1
    assert missing[0].endswith(f": {why}")
