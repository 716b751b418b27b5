"""The git commands: ``history`` and ``changes`` read the history git already has.

Only typer is imported at start-up.
"""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from commit_tracker.cli.completion import complete_item_ids
from commit_tracker.cli.options import ColorOpt, DataDirOpt, DebugOpt, LangOpt, OutputOpt, PagerOpt, PureOpt, QuietOpt
from commit_tracker.cli.reporting import terminal
from commit_tracker.cli.support import EXIT_OK, data_dir, emit
from commit_tracker.cli.support import guarded as _guarded
from commit_tracker.cli.support import say as _say
from commit_tracker.report import ChangesFormat, ColorChoice, HistoryFormat
from commit_tracker.vocabulary import Lang

commands = typer.Typer(rich_markup_mode=None, pretty_exceptions_enable=False)
"""Merged into the main app: its commands are top-level commands."""


def _width(output: object) -> int:
    """The width for tables: the terminal's, or COLUMNS, or 100 when writing to a pipe or a file."""
    import shutil

    return 100 if output is not None else shutil.get_terminal_size((100, 24)).columns


def _language(lang: Lang | None) -> Lang:
    import os

    from commit_tracker.report.labels import default_lang

    return lang or default_lang(os.environ)


@commands.command(
    epilog="""Examples:

\b
  commit-tracker history iom-eval-ud-02
  commit-tracker history iom-eval-ud-02 --format json
  commit-tracker history iom-eval-ud-02 --lang nb --format markdown -o history.md

\b
Exit codes: 0 shown, 2 unknown id, not in a git repository, or cannot run.""",
)
def history(
    item_id: Annotated[str, typer.Argument(metavar="ID", help="The id of a commitment.", show_default=False, autocompletion=complete_item_ids)],
    fmt: Annotated[HistoryFormat, typer.Option("--format", "-f", help="Report format.")] = HistoryFormat.TABLE,
    data: DataDirOpt = None,
    lang: LangOpt = None,
    color: ColorOpt = ColorChoice.AUTO,
    output: OutputOpt = None,
    quiet: QuietOpt = False,
    no_pager: PagerOpt = False,
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
        from commit_tracker.report.labels import word

        language = _language(lang)
        folder = data_dir(data)
        with SnapshotReader(GitRepo.find(folder), folder, pure=pure_python) as reader:
            found = item_history(reader, item_id)
        colour = terminal(color, output is not None).color_system is not None
        emit(history_reporter(fmt).render(found, width=_width(output), lang=language, color=colour), output, pager=not no_pager)
        for path in reader.unloaded:
            _say("commit-tracker: " + word("msg.unloaded", language, path=str(path)))
        unknown = sum(1 for event in found.events if event.kind in ("unknown", "cut"))
        if unknown:
            _say("commit-tracker: " + word("msg.unknown_points", language, count=str(unknown)))
        commits = {event.commit.sha if event.commit else None for event in found.events}
        if not quiet:
            _say(word("hist.summary", language, item=item_id, events=str(len(found.events)), commits=str(len(commits))))
        return EXIT_OK

    _guarded(debug, action)


@commands.command(
    epilog="""Examples:

\b
  commit-tracker changes --since report-2025-q3
  commit-tracker changes --since 2025-06-30 --until 2025-09-30 --format markdown > changes.md
  commit-tracker changes --since HEAD~5 --until HEAD --format json
  commit-tracker changes --since report-2025-q3 --format csv -o changes.csv

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
    lang: LangOpt = None,
    color: ColorOpt = ColorChoice.AUTO,
    output: OutputOpt = None,
    quiet: QuietOpt = False,
    no_pager: PagerOpt = False,
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
        from commit_tracker.report.labels import word

        language = _language(lang)
        folder = data_dir(data)
        found = read_changes(folder, since, until, pure=pure_python)
        colour = terminal(color, output is not None).color_system is not None
        emit(changes_reporter(fmt).render(found, width=_width(output), lang=language, color=colour), output, pager=not no_pager)
        if found.until.dirty and not quiet:
            _say("commit-tracker: " + word("msg.dirty", language))
        for at, path, reason in found.unreadable:
            where = "*" if path == "*" else path
            _say("commit-tracker: " + word("msg.unreadable", language, at=at, path=where, reason=reason))
        if not quiet:
            _say(f"{summary(found, language).capitalize()}.")
        return EXIT_OK

    _guarded(debug, action)
