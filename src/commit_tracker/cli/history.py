"""The git commands: ``history`` and ``changes`` read the history git already has.

Only typer is imported at start-up.
"""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from commit_tracker.cli.options import DataDirOpt, DebugOpt, PureOpt
from commit_tracker.cli.support import EXIT_OK, data_dir
from commit_tracker.cli.support import guarded as _guarded
from commit_tracker.cli.support import say as _say
from commit_tracker.cli.support import write as _write
from commit_tracker.report import ChangesFormat, HistoryFormat

commands = typer.Typer(rich_markup_mode=None, pretty_exceptions_enable=False)
"""Merged into the main app: its commands are top-level commands."""


def _width() -> int:
    """The width for tables: the terminal's, or COLUMNS, or 100 when writing to a pipe."""
    import shutil

    return shutil.get_terminal_size((100, 24)).columns


@commands.command(
    epilog="""Examples:

\b
  commit-tracker history iom-eval-ud-02
  commit-tracker history iom-eval-ud-02 --format json

\b
Exit codes: 0 shown, 2 unknown id, not in a git repository, or cannot run.""",
)
def history(
    item_id: Annotated[str, typer.Argument(metavar="ID", help="The id of a commitment.", show_default=False)],
    fmt: Annotated[HistoryFormat, typer.Option("--format", "-f", help="Report format.")] = HistoryFormat.TABLE,
    data: DataDirOpt = None,
    pure_python: PureOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Show every change of an item's status, owner, due date and file across the git history.

    Each row gives the commit date, the commit, its author, old → new, and the note of the status
    update the commit added. Items are followed by id, across moves between files and renames.
    Uncommitted changes in the working tree come last.
    """

    def action() -> int:
        from commit_tracker.history.gitrepo import GitRepo
        from commit_tracker.history.snapshots import SnapshotReader
        from commit_tracker.history.timeline import item_history
        from commit_tracker.report import history_reporter

        folder = data_dir(data)
        with SnapshotReader(GitRepo.find(folder), folder, pure=pure_python) as reader:
            found = item_history(reader, item_id)
        _write(history_reporter(fmt).render(found, width=_width()))
        for path in reader.unloaded:
            _say(f"commit-tracker: warning: {path} does not load in the working tree, so its items look removed; run commit-tracker validate")
        commits = {event.commit.sha if event.commit else None for event in found.events}
        _say(f"{item_id}: {len(found.events)} change(s) in {len(commits)} commit(s).")
        return EXIT_OK

    _guarded(debug, action)


@commands.command(
    epilog="""Examples:

\b
  commit-tracker changes --since report-2025-q3
  commit-tracker changes --since 2025-06-30 --until 2025-09-30 --format markdown > changes.md
  commit-tracker changes --since HEAD~5 --until HEAD --format json

\b
Exit codes: 0 shown (changes or none), 2 unknown revision, not in a git repository, or cannot run.""",
)
def changes(
    since: Annotated[
        str, typer.Option("--since", metavar="REV|DATE", help="Where to start: a commit, tag or branch, or a date (the last commit on or before it).")
    ],
    until: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--until", metavar="REV|DATE", help="Where to end. Default: the working tree, uncommitted changes included.", show_default=False),
    ] = None,
    fmt: Annotated[ChangesFormat, typer.Option("--format", "-f", help="Report format.")] = ChangesFormat.TABLE,
    data: DataDirOpt = None,
    pure_python: PureOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Show what changed between two points: items added and removed, status changes by new status,
    owner and due-date changes, and the count per status before and after.
    """

    def action() -> int:
        from commit_tracker.history.changes import read_changes
        from commit_tracker.report import changes_reporter
        from commit_tracker.report.changes import summary

        folder = data_dir(data)
        found = read_changes(folder, since, until, pure=pure_python)
        _write(changes_reporter(fmt).render(found, width=_width()))
        if found.until.dirty:
            _say("commit-tracker: note: the working tree has uncommitted changes to the data; they are included (--until HEAD leaves them out)")
        for path in found.unloaded:
            _say(f"commit-tracker: warning: {path} does not load in the working tree, so its items look removed; run commit-tracker validate")
        _say(f"{summary(found).capitalize()}.")
        return EXIT_OK

    _guarded(debug, action)
