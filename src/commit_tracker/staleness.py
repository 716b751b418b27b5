"""When an item's status was last stated, and on what evidence: one answer for `status` and `check`.

The latest status update says it best. An item with no update is dated by the last commit that
changed it, when the data are in git; failing that, a status given on the item itself dates from
its source document. Every answer carries its basis, so a report can say which it used.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from commit_tracker.dataset import Dataset
from commit_tracker.models import Status, Tracked, latest_day


class Basis(StrEnum):
    """What dates a status."""

    UPDATE = "update"
    COMMIT = "commit"
    SOURCE = "source"

    def describe(self) -> str:
        """The basis in words, for a message."""
        return {
            Basis.UPDATE: "its latest update",
            Basis.COMMIT: "the last commit that changed it",
            Basis.SOURCE: "its source document",
        }[self]


@dataclass(frozen=True)
class Stated:
    """The last day an item's status was stated, and what says so."""

    day: dt.date
    basis: Basis


def last_stated(item: Tracked, dataset: Dataset, commit_dates: Mapping[str, dt.date], as_of: dt.date) -> Stated | None:
    """When the item's status was last stated as of ``as_of``, or None when nothing dates it.

    A partial date counts from its last day (``2012`` is 2012-12-31), as due dates do. A commit
    after ``as_of`` says nothing about that day and is passed over.
    """
    if item.updates:
        return Stated(max(latest_day(update.date) for update in item.updates), Basis.UPDATE)
    committed = commit_dates.get(item.id)
    if committed is not None and committed <= as_of:
        return Stated(committed, Basis.COMMIT)
    source = dataset.sources.get(item.source.document or "")
    if item.status in (None, Status.NOT_ASSESSED) or source is None:
        return None
    return Stated(latest_day(source.date), Basis.SOURCE)


def is_older(stated: Stated, as_of: dt.date, days: int) -> bool:
    """True when the statement is more than ``days`` days before ``as_of``."""
    return stated.day < as_of - dt.timedelta(days=days)


def commit_dates(data_dir: Path) -> dict[str, dt.date]:
    """The date of the last commit that changed each item; none outside a git repository."""
    from commit_tracker.errors import UsageError
    from commit_tracker.history.timeline import last_commit_dates

    try:
        return last_commit_dates(data_dir)
    except UsageError:
        return {}


def data_changed(data_dir: Path, files: list[Path]) -> dt.date | None:
    """When the data last changed: the last commit that touched ``data_dir``, else the newest file's mtime."""
    import os
    import subprocess

    try:
        # One git call: outside a repository, or before the first commit, it prints nothing.
        result = subprocess.run(
            ["git", "-C", str(data_dir), "log", "-1", "--format=%cI", "--", "."],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "GIT_OPTIONAL_LOCKS": "0"},
        )
        stamp = result.stdout.strip() if result.returncode == 0 else ""
    except OSError:
        stamp = ""
    if stamp:
        return dt.datetime.fromisoformat(stamp).date()
    times = [path.stat().st_mtime for path in files if path.exists()]
    return dt.datetime.fromtimestamp(max(times)).date() if times else None
