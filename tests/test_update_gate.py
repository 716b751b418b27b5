"""update writes only what check accepts: the same rules run on the result first, and refuse with the same finding."""

from __future__ import annotations

import datetime as dt
import re
import shlex
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from commit_tracker.checker import run_checks
from commit_tracker.cli import app
from commit_tracker.verbatim import check_sources, count_verbatim
from tests.conftest import DATA, EXAMPLES, SEEDS

ALL_FIELDS = EXAMPLES / "valid" / "all-fields.yaml"


_VERBATIM_KEYS = ("quote", "text", "commitment", "title_nb", "title_nb_list", "title")


def _quotes(node: object) -> list[str]:
    if isinstance(node, dict):
        own = [str(node[key]) for key in _VERBATIM_KEYS if isinstance(node.get(key), str)]
        return own + [quote for value in node.values() for quote in _quotes(value)]
    if isinstance(node, list):
        return [quote for value in node for quote in _quotes(value)]
    return []


# Every quote and other verbatim text of the example, one a line: a text in which all of them are found.
SOURCE_TEXT = "\n".join(_quotes(yaml.safe_load(ALL_FIELDS.read_text(encoding="utf-8")))) + "\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """data/ with all-fields.yaml whose source text is in texts/ with its real SHA-256."""
    import hashlib

    (tmp_path / "data").mkdir()
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "doc.txt").write_text(SOURCE_TEXT, encoding="utf-8")
    digest = hashlib.sha256(SOURCE_TEXT.encode("utf-8")).hexdigest()
    (tmp_path / "data" / "all.yaml").write_text(ALL_FIELDS.read_text(encoding="utf-8").replace("0" * 64, digest), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _update(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["update", *args])
    return result.exit_code, result.stdout, result.stderr


def _check(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["check", "--format", "text", *args], env={"GITHUB_ACTIONS": None})
    return result.exit_code, result.stdout


def _line(stdout: str, rule: str) -> str:
    return next(line for line in stdout.splitlines() if line.endswith(f"[{rule}]"))


def test_done_without_a_source_is_refused_with_checks_own_finding(project: Path) -> None:
    before = (project / "data" / "all.yaml").read_bytes()
    code, out, err = _update("item-1", "--status", "done", "--note", "Reported done.", "--date", "2013-05-02")
    assert code == 1
    assert _line(out, "evidence-required").startswith("data/all.yaml:")
    assert "item-1: update 2013-05-02 says done without a source" in out
    assert "nothing was written" in err
    assert (project / "data" / "all.yaml").read_bytes() == before
    # The finding is the one check reports once the edit is made by hand.
    last = '        source: {document: doc, locator: line 4, quote: "Ref. over."}\n'
    by_hand = before.decode().replace(last, last + "      - date: 2013-05-02\n        status: done\n        note: Reported done.\n")
    (project / "data" / "all.yaml").write_text(by_hand, encoding="utf-8")
    assert _line(_check()[1], "evidence-required") == _line(out, "evidence-required")


def test_a_date_after_today_is_refused_by_status_consistent(project: Path) -> None:
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    code, out, _ = _update("item-1", "--status", "stalled", "--note", "Paused.", "--date", tomorrow)
    assert code == 1
    assert "[status-consistent]" in out


def test_a_quote_not_in_its_text_is_refused_by_quote_found_when_the_texts_are_given(project: Path) -> None:
    args = ["item-1", "--status", "done", "--note", "Done.", "--date", "2013-05-02", "--source", "doc", "--locator", "line 3"]
    code, out, _ = _update(*args, "--quote", "Hum-seksjonen tok opp evalueringen", "--sources", "texts")
    assert code == 1
    assert "[quote-found]" in out
    assert "quote not found in doc.txt" in out
    code, out, err = _update(*args, "--quote", "Hum-seksjonen tar opp evalueringen", "--sources", "texts")
    assert (code, out) == (0, ""), err
    assert _check("--sources", "texts")[0] == 0


def test_a_web_page_is_recorded_and_its_quote_counted_as_not_checkable(project: Path) -> None:
    code, _, err = _update(
        "item-1", "--status", "done", "--note", "The page reports it.", "--date", "2013-05-02",
        "--source-url", "https://example.org/report", "--source-title", "Report", "--source-publisher", "Example Org",
        "--source-date", "2013-04", "--accessed", "2026-11-29", "--locator", "para 2", "--quote", "It was done.",
        "--sources", "texts",
    )  # fmt: skip
    assert code == 0, err
    written = yaml.safe_load((project / "data" / "all.yaml").read_text(encoding="utf-8"))
    update = written["followups"][0]["updates"][-1]
    assert update["source"] == {
        "url": "https://example.org/report", "title": "Report", "publisher": "Example Org",
        "date": "2013-04", "accessed": dt.date(2026, 11, 29), "locator": "para 2", "quote": "It was done.",
    }  # fmt: skip
    outcome = run_checks([project / "data"], cwd=project)
    assert outcome.findings == []
    assert check_sources(outcome.dataset, project / "texts") == []  # skipped, not reported missing
    assert count_verbatim(outcome.dataset).web == 1
    assert _check("--sources", "texts")[0] == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--source-url", "https://x.org", "--locator", "l", "--quote", "q"], "--source-url needs an http(s) address and --source-publisher"),
        (["--source-title", "T"], "give --source-url"),
        (["--source", "doc", "--source-url", "https://x.org", "--source-title", "T", "--source-publisher", "P"], "exclude each other"),
        (["--source-url", "ftp://x.org", "--source-title", "T", "--source-publisher", "P", "--locator", "l", "--quote", "q"], "http(s) address"),
        (
            ["--source-url", "https://x.org", "--source-title", "T", "--source-publisher", "P", "--accessed", "soon", "--locator", "l", "--quote", "q"],
            "--accessed: 'soon'",
        ),
    ],
)
def test_web_page_options_that_do_not_fit_are_usage_errors(project: Path, args: list[str], message: str) -> None:
    code, out, err = _update("item-1", "--status", "done", "--note", "N.", "--date", "2013-05-02", *args)
    assert (code, out) == (2, "")
    assert message in err


def _help_examples() -> list[list[str]]:
    text = CliRunner().invoke(app, ["update", "--help"], env={"COLUMNS": "200"}).stdout
    block = text[text.index("Examples:") : text.index("Before anything")]
    joined = re.sub(r"\\\n\s*", "", block)
    return [shlex.split(line.strip())[2:] for line in joined.splitlines() if line.strip().startswith("commit-tracker update")]


def test_the_help_has_examples() -> None:
    examples = _help_examples()
    assert len(examples) >= 3
    assert any("--source-url" in example for example in examples)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the source texts are not beside this checkout (set COMMIT_TRACKER_SEEDS)")
@pytest.mark.parametrize("index", range(3))
def test_every_help_example_leaves_data_that_check_accepts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, index: int) -> None:
    example = [arg for arg in _help_examples()[index] if arg != "--dry-run"]
    shutil.copytree(DATA, tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    code, out, err = _update(*example, "--sources", str(SEEDS))
    assert (code, out) == (0, ""), err
    assert _check("--sources", str(SEEDS), "--ignore", "stale,overdue") == (0, "")
