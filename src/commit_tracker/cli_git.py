"""The git commands: ``history`` and ``changes`` read the history git already has; ``update``
edits a data file safely.

Registered on the app of :mod:`commit_tracker.cli`, which imports this module; like it, only
typer is imported at start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from commit_tracker.cli import PureOpt, app
from commit_tracker.cli_support import EXIT_FINDINGS, EXIT_OK, DebugOpt
from commit_tracker.cli_support import guarded as _guarded
from commit_tracker.cli_support import say as _say
from commit_tracker.cli_support import write as _write
from commit_tracker.report import ChangesFormat, FindingsFormat, HistoryFormat

DataOpt = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option("--data", metavar="DIR", help="The data folder. Default: data/ here or in the nearest parent.", show_default=False),
]


def _data_dir(option: Path | None) -> Path:
    """The data folder: the one given, or data/ here or in the nearest parent."""
    from commit_tracker.checker import DATA_DIR_NAME, UsageError, find_data_dir

    if option is not None:
        if not option.is_dir():
            raise UsageError(f"--data: no such folder: {option}")
        return option
    found = find_data_dir(Path.cwd())
    if found is None:
        raise UsageError(f"no '{DATA_DIR_NAME}/' folder in {Path.cwd()} or its parents; give one with --data")
    return found


def _width() -> int:
    """The width for tables: the terminal's, or COLUMNS, or 100 when writing to a pipe."""
    import shutil

    return shutil.get_terminal_size((100, 24)).columns


@app.command(
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
    data: DataOpt = None,
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

        folder = _data_dir(data)
        with SnapshotReader(GitRepo.find(folder), folder, pure=pure_python) as reader:
            found = item_history(reader, item_id)
        _write(history_reporter(fmt).render(found, width=_width()))
        for path in reader.unloaded:
            _say(f"commit-tracker: warning: {path} does not load in the working tree, so its items look removed; run commit-tracker validate")
        commits = {event.commit.sha if event.commit else None for event in found.events}
        _say(f"{item_id}: {len(found.events)} change(s) in {len(commits)} commit(s).")
        return EXIT_OK

    _guarded(debug, action)


@app.command(
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
    data: DataOpt = None,
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

        folder = _data_dir(data)
        found = read_changes(folder, since, until, pure=pure_python)
        _write(changes_reporter(fmt).render(found, width=_width()))
        if found.until.dirty:
            _say("commit-tracker: note: the working tree has uncommitted changes to the data; they are included (--until HEAD leaves them out)")
        for path in found.unloaded:
            _say(f"commit-tracker: warning: {path} does not load in the working tree, so its items look removed; run commit-tracker validate")
        _say(f"{summary(found).capitalize()}.")
        return EXIT_OK

    _guarded(debug, action)


UpdateDateOpt = Annotated[Optional[str], typer.Option("--date", metavar="DATE", help="Date of the update; default today.", show_default=False)]  # noqa: UP045
SourceDocOpt = Annotated[Optional[str], typer.Option("--source", metavar="DOC", help="The id of the source document that says so.", show_default=False)]  # noqa: UP045
LocatorOpt = Annotated[Optional[str], typer.Option("--locator", metavar="TEXT", help="Where in the document: section, paragraph or line.", show_default=False)]  # noqa: UP045
QuoteOpt = Annotated[Optional[str], typer.Option("--quote", metavar="TEXT", help="The document's words, verbatim.", show_default=False)]  # noqa: UP045
OwnerOpt = Annotated[Optional[str], typer.Option("--owner", metavar="ID", help="Set the owner (an id in the owners).", show_default=False)]  # noqa: UP045
DueOpt = Annotated[Optional[str], typer.Option("--due", metavar="DATE", help="Set the due date.", show_default=False)]  # noqa: UP045


@app.command(
    epilog="""Examples:

\b
  commit-tracker update iom-eval-ud-03 --status done --note "Reported done in the 2013 plan."
  commit-tracker update iom-eval-ud-03 --status done --note "Done." --date 2013-05-02 \\
      --source ud-iom-eval --locator "line 50" --quote "Gjennomført." --dry-run

\b
Exit codes: 0 written (or shown with --dry-run), 1 the result would be invalid (the file is
restored), 2 unknown id, status, owner or source, the file changed on disk, or cannot run.""",
)
def update(
    item_id: Annotated[str, typer.Argument(metavar="ID", help="The id of a commitment.", show_default=False)],
    status: Annotated[
        str,
        typer.Option(
            "--status",
            metavar="STATUS",
            help="The new status: not_assessed, not_started, in_progress, partly_done, done, stalled or dropped.",
            show_default=False,
        ),
    ],
    note: Annotated[str, typer.Option("--note", metavar="TEXT", help="What the update is based on.", show_default=False)],
    date: UpdateDateOpt = None,
    source: SourceDocOpt = None,
    locator: LocatorOpt = None,
    quote: QuoteOpt = None,
    owner: OwnerOpt = None,
    due: DueOpt = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Print the diff of the edit; write nothing.")] = False,
    data: DataOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Add a dated status update to an item and set its status; optionally set its owner and due date.

    Only the lines that carry the change are touched: comments, quoting, key order, blank lines,
    line endings and a byte-order mark stay as they were. The file is written atomically and the
    data checked again; if the result has problems the data did not have, the file is restored.
    """

    def action() -> int:
        import datetime as dt

        from commit_tracker.checker import UsageError, run_checks
        from commit_tracker.edit.update import UpdateRequest, apply_update, plan_update
        from commit_tracker.models import Status
        from commit_tracker.report import findings_reporter

        folder = _data_dir(data)
        if status not in {member.value for member in Status}:
            raise UsageError(f"--status: '{status}' is not a status; use one of {', '.join(member.value for member in Status)}")
        outcome = run_checks([folder], cwd=Path.cwd())
        if outcome.unreadable:
            raise UsageError(f"cannot read {outcome.unreadable[0]}; nothing was written")
        request = UpdateRequest(item_id, Status(status), note, date or dt.date.today().isoformat(), source, locator, quote, owner, due)
        plan = plan_update(outcome, request)
        if dry_run:
            _write(plan.diff())
            _say(f"{plan.display}: dry run; nothing was written.")
            return EXIT_OK
        added = apply_update(plan, outcome.findings, lambda: run_checks([folder], cwd=Path.cwd()).findings)
        if added:
            _write(findings_reporter(FindingsFormat.TEXT).render(added, outcome.checked))
            _say(f"commit-tracker: error: the edit would add the problems above; {plan.display} was restored and nothing changed")
            return EXIT_FINDINGS
        _say(f"{plan.display}: {item_id}: update of {request.date} added; status {plan.old_status.value} → {plan.new_status.value}.")
        if not plan.latest:
            _say(f"commit-tracker: note: the update is dated before the newest one, so the current status stays {plan.new_status.value}")
        _say(f"Review it with: git diff -- {plan.display}")
        return EXIT_OK

    _guarded(debug, action)
