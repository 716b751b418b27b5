"""Every verbatim field is checked against its source text, and what could not be checked is said."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from commit_tracker.checker import run_checks
from commit_tracker.cli import app
from commit_tracker.verbatim import count_verbatim, iter_verbatim
from tests.conftest import DATA, PROJECT, SEEDS

needs_seeds = pytest.mark.skipif(
    not SEEDS.is_dir() and not os.environ.get("CI"),
    reason="the source texts (../shared/seeds, or COMMIT_TRACKER_SEEDS) are not beside this checkout",
)


def _line_of(lines: list[str], start: str, wanted: str) -> int:
    """The 1-based number of the first line that is ``wanted`` (stripped) after the line ``start``."""
    first = next(number for number, line in enumerate(lines) if line.strip() == start)
    return next(number for number in range(first, len(lines)) if lines[number].strip() == wanted) + 1


@needs_seeds
def test_an_altered_action_and_commitment_paragraph_are_findings_at_their_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The issue's acceptance case, on a copy of the real data and of the real source texts."""
    shutil.copytree(DATA, tmp_path / "data")
    shutil.copytree(SEEDS, tmp_path / "seeds")
    compact = next((tmp_path / "seeds").glob("002_*.txt"))
    text = compact.read_text(encoding="utf-8")
    for old, new in (("adressere datamangler og vurdere", "adressere mangler og vurdere"), ("en velinformert offentlig diskurs", "en offentlig diskurs")):
        assert text.count(old) == 1
        text = text.replace(old, new)
    compact.write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["validate", "--sources", "seeds", "--format", "json"], env={"GITHUB_ACTIONS": None})
    assert result.exit_code == 1
    findings = json.loads(result.stdout)["findings"]
    lines = (tmp_path / "data" / "objectives.yaml").read_text(encoding="utf-8").splitlines()
    commitment = _line_of(lines, "- id: gcm-01", "commitment: >-")
    action_c = next(n for n in range(commitment, len(lines)) if lines[n].strip() == "- letter: c") + 2  # then 'text: >-'
    assert lines[action_c - 1].strip() == "text: >-"
    not_found = sorted((f["line"], f["item_id"], f["message"].split(" not found")[0]) for f in findings if f["rule"] == "quote-not-found")
    assert not_found == [(commitment, "gcm-01", "gcm-01: commitment paragraph"), (action_c, "gcm-01", "gcm-01: action c")]
    assert ("source-changed", "gcm-2018") in [(f["rule"], f["item_id"]) for f in findings]


@needs_seeds
def test_the_real_data_quote_every_field_verbatim_and_count_web_pages_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    checked = run_checks([DATA], cwd=DATA.parent, sources_dir=SEEDS)
    assert [f"{f.location()} {f.message}" for f in checked.findings] == []
    count = count_verbatim(checked.dataset)
    labels = {entry.label for entry in iter_verbatim(checked.dataset)}
    assert {"quote", "text", "commitment paragraph", "action a", "title_nb"} <= labels
    monkeypatch.chdir(DATA.parent)
    result = CliRunner().invoke(app, ["validate", "--sources", str(SEEDS)])
    assert result.exit_code == 0
    web = f"commit-tracker: note: {count.web} quotes not checked against a local text: their source is a web page\n"
    assert result.stderr.startswith(web) if count.web else "web page" not in result.stderr
    assert "quotes not checked: no source texts" not in result.stderr


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The fixture project (data/ and its texts in sources/) as the working folder."""
    shutil.copytree(PROJECT, tmp_path / "project")
    monkeypatch.chdir(tmp_path / "project")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path / "project"


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def _unchecked(project: Path) -> int:
    return count_verbatim(run_checks([project / "data"], cwd=project).dataset).local


def test_without_the_texts_validate_and_check_say_how_many_quotes_went_unchecked(project: Path) -> None:
    shutil.rmtree(project / "sources")
    advice = "give --sources DIR or set `sources` in the configuration"
    note = f"commit-tracker: note: {_unchecked(project)} quotes not checked: no source texts at sources; {advice}\n"
    code, out, err = _run("validate")
    assert (code, out) == (0, "")
    assert err.startswith(note)
    code, out, err = _run("check", "--as-of", "2013-06-30")
    assert (code, out) == (0, "")
    assert err.startswith(note)
    code, out, err = _run("check", "--as-of", "2013-06-30", "--strict")
    assert (code, out) == (1, "")
    assert err.startswith(note)
    code, _, err = _run("check", "--as-of", "2013-06-30", "--strict", "--ignore", "quote-found")
    assert code == 0
    assert "not checked" not in err


def test_the_texts_beside_the_data_are_found_and_an_altered_text_fails(project: Path) -> None:
    code, _, err = _run("validate")
    assert code == 0
    assert "not checked" not in err
    pledges = project / "data" / "pledges.yaml"
    pledges.write_text(pledges.read_text(encoding="utf-8").replace("avdelingen følger opp", "avdelingen fulgte opp"), encoding="utf-8")
    code, out, _ = _run("validate")
    assert code == 1
    assert "data/pledges.yaml:4:11: error: p-1: text not found in doc.txt" in out


def test_sources_set_once_in_the_configuration(project: Path) -> None:
    (project / "sources").rename(project / "texts")
    (project / "pyproject.toml").write_text('[tool.commit-tracker]\nsources = "texts"\n', encoding="utf-8")
    for command in (["validate"], ["check", "--as-of", "2013-06-30", "--strict"]):
        code, _, err = _run(*command)
        assert code == 0, err
        assert "not checked" not in err
    (project / "pyproject.toml").write_text('[tool.commit-tracker]\nsources = "nowhere"\n', encoding="utf-8")
    code, _, err = _run("check", "--as-of", "2013-06-30", "--strict")
    assert code == 1
    assert f"{_unchecked(project)} quotes not checked: no source texts at nowhere;" in err
