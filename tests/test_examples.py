"""Example files: each valid one must pass; each invalid one names the rule and place it breaks.

An invalid example starts with one or more ``# expect: RULE LINE:COLUMN`` lines. Adding a
test case means adding a file.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from commit_tracker.checker import run_checks
from tests.conftest import EXAMPLES

VALID = sorted((EXAMPLES / "valid").glob("*.yaml"))
INVALID = sorted((EXAMPLES / "invalid").glob("*.yaml"))
_EXPECT = re.compile(rb"^# expect: ([a-z0-9-]+) (\d+):(\d+)", re.MULTILINE)


def _check(path: Path, tmp_path: Path, *, pure: bool) -> list[tuple[str, int, int]]:
    """Check the example alone in a folder of its own, so its siblings are not its context."""
    alone = tmp_path / path.name
    shutil.copyfile(path, alone)
    outcome = run_checks([alone], cwd=tmp_path, pure=pure)
    return [(f.rule, f.line, f.column) for f in outcome.findings]


@pytest.mark.parametrize("pure", [False, True], ids=["libyaml", "pure-python"])
@pytest.mark.parametrize("path", VALID, ids=[p.name for p in VALID])
def test_valid_example_passes(path: Path, pure: bool, tmp_path: Path) -> None:
    assert _check(path, tmp_path, pure=pure) == []


@pytest.mark.parametrize("pure", [False, True], ids=["libyaml", "pure-python"])
@pytest.mark.parametrize("path", INVALID, ids=[p.name for p in INVALID])
def test_invalid_example_reports_its_rule_at_its_place(path: Path, pure: bool, tmp_path: Path) -> None:
    expected = [(rule.decode(), int(line), int(col)) for rule, line, col in _EXPECT.findall(path.read_bytes())]
    assert expected, f"{path.name} has no '# expect: RULE LINE:COLUMN' line"
    found = _check(path, tmp_path, pure=pure)
    for expectation in expected:
        assert expectation in found, f"{path.name}: expected {expectation}, found {found}"


def test_there_are_examples_of_both_kinds() -> None:
    assert len(VALID) >= 5
    assert len(INVALID) >= 30
