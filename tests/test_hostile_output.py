"""No output carries a raw control character from its inputs, CSV cells are never formulas, any encoding works (issue 12)."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from commit_tracker.cli import app
from commit_tracker.findings import Finding
from commit_tracker.report import FindingsFormat, ReportContext, ReportFormat, Terminal, findings_reporter, report_reporter
from commit_tracker.report.document import Cell, Document, Fields, Grid, Note, Records
from commit_tracker.report.github import step_summary
from commit_tracker.sanitize import csv_safe, encodable, guard, visible
from tests.conftest import REPORTS
from tests.git_helpers import Repo

HOSTILE = "a\x1b]0;pwned\x07Title\x1b[2J b\x9b2J c\x00 d\u202egnp.exe e\u200bf\u2028g\x85h\rz\U000e0041"
"""What the issue threw at the outputs: a title-setting OSC, clear screen, C1 CSI, NUL, RLO, ZWSP, separators, CR, a tag."""

# Any control, bidi or invisible character but line feed and tab (which text and tables may hold).
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ud800-\udfff\U000e0000-\U000e007f]")
SGR = re.compile("\x1b\\[[0-9;]*m")


def raw_controls(text: str, *, colour: bool = False) -> list[str]:
    """The raw control characters in ``text`` (with ``colour``, the tool's own SGR colour codes aside)."""
    return RAW.findall(SGR.sub("", text) if colour else text)


# sanitize


def test_visible_shows_every_hidden_character_as_an_escape() -> None:
    assert visible(HOSTILE) == "a\\x1b]0;pwned\\x07Title\\x1b[2J b\\x9b2J c\\x00 d\\u202egnp.exe e\\u200bf\\u2028g\\x85h\\rz\\U000e0041"
    assert visible("line\n\ttab") == "line\n\ttab"
    assert visible("line\n\ttab", keep_newlines=False) == "line\\n\\ttab"
    assert visible("Tiltak for å følge opp “IOM” – 2012 → 2013") == "Tiltak for å følge opp “IOM” – 2012 → 2013"


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("＝1+1", "'＝1+1"),
        ("ud-hum", "ud-hum"),
        ("2012-11-30", "2012-11-30"),
        ("", ""),
    ],
)
def test_csv_safe_quotes_what_a_spreadsheet_would_run(cell: str, safe: str) -> None:
    assert csv_safe(cell) == safe


def test_guard_leaves_json_that_reads_back_the_same() -> None:
    document = json.dumps({"title": HOSTILE}, ensure_ascii=False)
    guarded = guard(document)
    assert raw_controls(guarded) == []
    assert json.loads(guarded) == {"title": HOSTILE}


def test_guard_keeps_colour_codes_and_crlf() -> None:
    assert guard("\x1b[1;31merror\x1b[0m\r\n") == "\x1b[1;31merror\x1b[0m\r\n"
    assert guard("\x1b]8;;http://x\x1b\\") == "\\u001b]8;;http://x\\u001b\\"


def test_encodable_gives_ascii_stand_ins() -> None:
    assert encodable("Status → done ─│┼ æøå É “q” … █░", "ascii") == 'Status -> done -|+ aeoa E "q" ... #.'
    assert encodable("æøå", "utf-8") == "æøå"
    assert encodable("æøå", "latin-1") == "æøå"


# reporters, on hand-built results


FINDING = Finding(f"data/{HOSTILE}.yaml", 3, 5, "invalid-value", f"item-1: title: {HOSTILE}", item_id="item-1")
CONTEXT = ReportContext(files=(f"data/{HOSTILE}.yaml",), cwd=Path.cwd(), root=Path.cwd())


@pytest.mark.parametrize("fmt", list(FindingsFormat))
def test_no_findings_format_carries_a_raw_control_character(fmt: FindingsFormat) -> None:
    text = guard(findings_reporter(fmt, CONTEXT).render([FINDING], 1))  # guard: as cli.support.write does
    assert raw_controls(text) == []
    if fmt is FindingsFormat.JSON:
        assert json.loads(text)["findings"][0]["message"] == FINDING.message  # the value itself, escaped by JSON
    if fmt is FindingsFormat.JUNIT:
        ET.fromstring(text.split("\n", 1)[1])  # still well-formed XML 1.0


def test_the_text_format_in_colour_keeps_only_its_own_colour_codes() -> None:
    text = findings_reporter(FindingsFormat.TEXT, ReportContext(color=True)).render([FINDING], 1)
    assert raw_controls(text, colour=True) == []
    assert "\\x1b]0;pwned\\x07Title" in text


def test_the_github_step_summary_shows_controls_as_escapes() -> None:
    assert raw_controls(step_summary([FINDING], 1)) == []


def _document() -> Document:
    row = (Cell(HOSTILE), Cell("=1+2"), Cell(share=(1, 2), text=""))
    return Document(
        data={"version": 1, "title": HOSTILE},
        records=Records(("id", "title", f"note {HOSTILE}"), ((HOSTILE, "=1+2", "@SUM(A1)"), ("-2+3", "+1", "\tx"))),
        blocks=(Grid(("id", "title", "bar"), (row,), title=HOSTILE), Fields(((HOSTILE, Cell(HOSTILE)),), title="t"), Note(HOSTILE)),
    )


@pytest.mark.parametrize("fmt", list(ReportFormat))
def test_no_report_format_carries_a_raw_control_character(fmt: ReportFormat) -> None:
    for colour in (False, True):
        text = guard(report_reporter(fmt).render(_document(), Terminal(width=200, color_system="standard" if colour else None)))
        assert raw_controls(text, colour=colour) == []


def test_every_csv_cell_that_a_spreadsheet_would_run_is_quoted() -> None:
    text = report_reporter(ReportFormat.CSV).render(_document(), Terminal())
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1][1:] == ["'=1+2", "'@SUM(A1)"]
    assert rows[2] == ["'-2+3", "'+1", "'\tx"]
    assert all(not cell or cell[0] not in "=+-@\t\r" for row in rows for cell in row)


# the command line, end to end


def _hostile_data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(REPORTS, data)
    path = data / "followups.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("  - id: fu-01\n", '  - id: fu-01\n    note: "\\e]0;pwned\\aTitle\\e[2J \\x9b2J \\u202e"\n', 1),
        encoding="utf-8",
    )
    return data


@pytest.mark.parametrize("fmt", list(FindingsFormat))
def test_validate_shows_a_decoded_escape_as_a_finding_in_every_format(runner: CliRunner, tmp_path: Path, fmt: FindingsFormat) -> None:
    result = runner.invoke(app, ["validate", str(_hostile_data(tmp_path)), "--format", fmt.value])
    assert result.exit_code == 1
    assert raw_controls(result.stdout + result.stderr) == []
    assert "control-character" in result.stdout


@pytest.mark.parametrize("command", [["status"], ["show", "fu-01"], ["owners"], ["coverage"]])
def test_a_report_on_such_data_lists_the_findings_with_escapes(runner: CliRunner, tmp_path: Path, command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--data", str(_hostile_data(tmp_path))])
    assert result.exit_code == 1
    assert raw_controls(result.stdout + result.stderr) == []
    assert "the escape '\\x1b' in this quoted value decodes to a control character U+001B" in result.stderr


def test_status_csv_quotes_formula_cells_from_the_data(runner: CliRunner, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(REPORTS, data)
    path = data / "followups.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    title: Ta opp evalueringen\n", "    title: '=HYPERLINK(\"http://x\")'\n", 1), encoding="utf-8")
    result = runner.invoke(app, ["status", "--data", str(data), "--format", "csv"])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [row["title"] for row in rows if row["id"] == "fu-01"] == ['\'=HYPERLINK("http://x")']


def test_a_file_name_with_control_characters_is_shown_escaped(runner: CliRunner, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "evil\x1b]0;x\x07.yaml").write_text("owners:\n  - {id: ud, name: UD, bogus: 1}\n", encoding="utf-8")
    for fmt in FindingsFormat:
        result = runner.invoke(app, ["validate", str(data), "--format", fmt.value])
        assert result.exit_code == 1
        assert raw_controls(result.stdout + result.stderr) == [], fmt


@pytest.mark.parametrize(
    "args",
    [
        ["show", "\x1b]0;pwned\x07"],
        ["status", "--owner", "\x1b[2J", "--as-of", "2014-01-01"],
        ["update", "fu-01", "--status", "done", "--note", "n", "--due", "\x1b]0;x\x07"],
        ["update", "fu-01", "--status", "\x9b2J", "--note", "n"],
    ],
)
def test_an_echoed_bad_value_is_shown_escaped(runner: CliRunner, tmp_path: Path, args: list[str]) -> None:
    data = tmp_path / "data"
    shutil.copytree(REPORTS, data)
    result = runner.invoke(app, [*args, "--data", str(data)])
    assert raw_controls(result.stdout + result.stderr) == []


def test_a_configuration_error_is_shown_escaped(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    shutil.copytree(REPORTS, data)
    (tmp_path / ".commit-tracker.toml").write_text('"\\u001b]0;x\\u0007" = 1\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check", str(data)])
    assert result.exit_code == 2
    assert raw_controls(result.stderr) == []
    assert "\\x1b]0;x\\x07: unknown key" in result.stderr


def _run_module(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[bytes]:
    environment = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src"), "COLUMNS": "100", **env}
    return subprocess.run([sys.executable, "-m", "commit_tracker", *args], cwd=cwd, env=environment, capture_output=True, check=False, timeout=120)


def test_typers_own_usage_errors_are_shown_escaped(tmp_path: Path) -> None:
    result = _run_module(["status", "--kind", "\x1b]0;pwned\x07", "--data", str(REPORTS)], tmp_path)
    assert result.returncode == 2
    assert b"\x1b" not in result.stderr
    assert b"\x07" not in result.stderr


@pytest.fixture
def hostile_git(tmp_path: Path) -> Repo:
    """A repository whose commit author's name holds an OSC and a C1 CSI."""
    repo = Repo(tmp_path / "project")
    shutil.copytree(REPORTS, repo.root / "data")
    repo.commit("Data", author="Eve\x1b]0;pwned\x07", date="2025-01-10T12:00:00+00:00")
    followups = repo.root / "data" / "followups.yaml"
    followups.write_text(followups.read_text(encoding="utf-8").replace("  - id: fu-01\n", "  - id: fu-01\n    due: '2030'\n", 1), encoding="utf-8")
    repo.commit("Due", author="Mallory\u202e\x9b2J", date="2025-02-10T12:00:00+00:00")
    return repo


@pytest.mark.parametrize("command", [["history", "fu-01"], ["changes", "--since", "HEAD~1"]])
@pytest.mark.parametrize("fmt", ["table", "json"])
def test_git_author_names_are_shown_escaped(hostile_git: Repo, command: list[str], fmt: str) -> None:
    result = _run_module([*command, "--format", fmt], hostile_git.root)
    assert result.returncode == 0, result.stderr
    output = (result.stdout + result.stderr).decode("utf-8")
    assert raw_controls(output) == []
    if command[0] == "history":  # (git itself drops the BEL)
        assert ("Mallory\\u202e\\x9b2J" if fmt == "table" else "Mallory\\u202e\\u009b2J") in output


# any output encoding


ENCODINGS = [{"PYTHONIOENCODING": "ascii"}, {"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": ""}, {"PYTHONIOENCODING": "latin-1"}]


@pytest.mark.parametrize("env", ENCODINGS, ids=["ascii", "C-locale", "latin-1"])
@pytest.mark.parametrize(
    "args",
    [
        ["status", "--as-of", "2014-01-01", "--lang", "nb"],
        ["show", "fu-01", "--as-of", "2014-01-01", "--lang", "nb"],
        ["owners", "--lang", "nb", "--as-of", "2014-01-01"],
        ["coverage", "--lang", "nb"],
        ["status", "--format", "markdown", "--lang", "nb"],
        ["validate"],
    ],
)
def test_the_reports_write_in_any_output_encoding(tmp_path: Path, env: dict[str, str], args: list[str]) -> None:
    shutil.copytree(REPORTS, tmp_path / "data")
    result = _run_module(args, tmp_path, **env)
    assert result.returncode == 0, result.stderr
    assert b"internal error" not in result.stderr
    encoding = "latin-1" if env.get("PYTHONIOENCODING") == "latin-1" else "ascii"
    result.stdout.decode(encoding)  # everything written is in the stream's encoding
    result.stderr.decode(encoding)
    assert result.stdout.strip() or args == ["validate"]


@pytest.mark.parametrize("env", ENCODINGS[:2], ids=["ascii", "C-locale"])
def test_history_writes_in_any_output_encoding(hostile_git: Repo, env: dict[str, str]) -> None:
    result = _run_module(["history", "fu-01"], hostile_git.root, **env)
    assert result.returncode == 0, result.stderr
    assert b"internal error" not in result.stderr
    assert b"due: 2013-06 -> 2030" in result.stdout  # the arrow in ASCII
    assert b"-----" in result.stdout  # and the table's rule
