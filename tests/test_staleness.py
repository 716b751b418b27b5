"""When a status was last stated: by an update, by the last commit, or by the source; and stale with git."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from commit_tracker.checker import run_checks
from commit_tracker.cli import app
from commit_tracker.staleness import Basis, Stated, commit_dates, last_stated

DATA = """sources:
  - {id: doc, title: T, publisher: P, date: "2012", language: nb, file: d.txt, sha256: 0000000000000000000000000000000000000000000000000000000000000000}
owners:
  - {id: ud, name: UD}
followups:
  - id: with-update
    text: A
    owner: ud
    source: {document: doc, locator: l, quote: q}
    updates:
      - {date: 2015-03, status: in_progress, note: N, source: {document: doc, locator: l, quote: q}}
  - id: status-only
    text: B
    owner: ud
    status: in_progress
    source: {document: doc, locator: l, quote: q}
  - id: never
    text: C
    owner: ud
    source: {document: doc, locator: l, quote: q}
"""


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "items.yaml").write_text(DATA, encoding="utf-8")
    return folder


def test_each_basis(data: Path) -> None:
    dataset = run_checks([data], cwd=data.parent).dataset
    as_of = dt.date(2020, 1, 1)
    items = dataset.items
    assert last_stated(items["with-update"], dataset, {}, as_of) == Stated(dt.date(2015, 3, 31), Basis.UPDATE)
    assert last_stated(items["status-only"], dataset, {}, as_of) == Stated(dt.date(2012, 12, 31), Basis.SOURCE)
    assert last_stated(items["never"], dataset, {}, as_of) is None
    commits = {"status-only": dt.date(2018, 5, 1), "never": dt.date(2018, 5, 1), "with-update": dt.date(2019, 1, 1)}
    assert last_stated(items["status-only"], dataset, commits, as_of) == Stated(dt.date(2018, 5, 1), Basis.COMMIT)
    assert last_stated(items["never"], dataset, commits, as_of) == Stated(dt.date(2018, 5, 1), Basis.COMMIT)
    # An update outranks a commit; a commit after as-of says nothing about that day.
    assert last_stated(items["with-update"], dataset, commits, as_of).basis is Basis.UPDATE  # type: ignore[union-attr]
    assert last_stated(items["status-only"], dataset, commits, dt.date(2017, 1, 1)) == Stated(dt.date(2012, 12, 31), Basis.SOURCE)


def test_outside_git_there_are_no_commit_dates(data: Path) -> None:
    assert commit_dates(data) == {}


def _commit(repo: Path, when: str) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_DATE": when,
        "GIT_COMMITTER_DATE": when,
        "GIT_AUTHOR_NAME": "A",
        "GIT_AUTHOR_EMAIL": "a@x",
        "GIT_COMMITTER_NAME": "A",
        "GIT_COMMITTER_EMAIL": "a@x",
    }
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True, env=env)
    subprocess.run(["git", "commit", "-qm", "data"], cwd=repo, check=True, env=env)


def test_stale_uses_the_last_commit_for_items_without_updates(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = data.parent
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    _commit(repo, "2018-05-01T12:00:00+00:00")
    monkeypatch.chdir(repo)
    runner = CliRunner()
    # As of 2019-01-01, the 2018 commit dates status-only: not stale (its 2012 source alone would be).
    fresh = runner.invoke(app, ["check", "--select", "stale", "--as-of", "2019-01-01"])
    assert fresh.exit_code == 0, fresh.stdout + fresh.stderr
    assert "status-only" not in fresh.stdout
    # As of 2020-01-01 it is stale, and the finding says the commit dated it.
    late = runner.invoke(app, ["check", "--select", "stale", "--as-of", "2020-01-01"])
    assert "status-only: status in_progress was last stated on 2018-05-01 (by the last commit that changed it)" in late.stdout
    # status --stale shows the same, and says how many items git dated.
    status = runner.invoke(app, ["status", "--stale", "365", "--as-of", "2019-01-01", "--format", "json"])
    assert status.exit_code == 0, status.stderr
    assert {item["id"] for item in json.loads(status.stdout)["items"]} == {"with-update"}  # the others: committed in 2018
    older = runner.invoke(app, ["status", "--stale", "100", "--as-of", "2019-01-01", "--format", "json"])
    assert {item["id"] for item in json.loads(older.stdout)["items"]} == {"with-update", "status-only", "never"}
    assert "2 item(s) without a status update were dated by the last commit that changed them" in older.stderr
