"""Shared fixtures: the repository's folders and a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
EXAMPLES = Path(__file__).resolve().parent / "examples"
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture
def runner() -> CliRunner:
    """A typer runner; stdout and stderr are kept apart."""
    return CliRunner()


PROJECT = Path(__file__).resolve().parent / "fixtures" / "project"
"""A small, complete project: data/ (sources, owners, follow-ups, pledges) and sources/ (the text)."""
