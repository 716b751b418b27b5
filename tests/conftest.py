"""Shared fixtures: the repository's folders and a CLI runner."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from commit_tracker.checker import run_checks
from commit_tracker.dataset import Dataset

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
EXAMPLES = Path(__file__).resolve().parent / "examples"
SEEDS = Path(os.environ.get("COMMIT_TRACKER_SEEDS") or ROOT.parent / "shared" / "seeds")
"""The source texts: beside the checkout, or where COMMIT_TRACKER_SEEDS points (a worktree elsewhere)."""


@pytest.fixture(autouse=True)
def _own_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test keeps loaded data in a cache folder of its own, never the user's (commands run in-process and as processes)."""
    monkeypatch.delenv("COMMIT_TRACKER_NO_CACHE", raising=False)
    monkeypatch.setenv("COMMIT_TRACKER_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture
def runner() -> CliRunner:
    """A typer runner; stdout and stderr are kept apart."""
    return CliRunner()


REPORTS = Path(__file__).resolve().parent / "fixtures" / "reports"
"""A small, complete data folder for the report tests: every kind, links both ways, partial dates."""


@pytest.fixture(scope="session")
def dataset() -> Dataset:
    """The report fixtures, loaded and checked: they must be valid."""
    outcome = run_checks([REPORTS], cwd=ROOT)
    assert not outcome.findings, outcome.findings
    return outcome.dataset


PROJECT = Path(__file__).resolve().parent / "fixtures" / "project"
"""A small, complete project: data/ (sources, owners, follow-ups, pledges) and sources/ (the text)."""
