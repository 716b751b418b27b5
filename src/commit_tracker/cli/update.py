"""The editing command: ``update`` adds a dated status update to an item, safely.

Only typer is imported at start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from commit_tracker.cli.options import DataDirOpt, DebugOpt
from commit_tracker.cli.support import EXIT_FINDINGS, EXIT_OK, data_dir
from commit_tracker.cli.support import guarded as _guarded
from commit_tracker.cli.support import say as _say
from commit_tracker.cli.support import write as _write
from commit_tracker.report import FindingsFormat

commands = typer.Typer(rich_markup_mode=None, pretty_exceptions_enable=False)
"""Merged into the main app: its command is a top-level command."""

UpdateDateOpt = Annotated[Optional[str], typer.Option("--date", metavar="DATE", help="Date of the update; default today.", show_default=False)]  # noqa: UP045
SourceDocOpt = Annotated[Optional[str], typer.Option("--source", metavar="DOC", help="The id of the source document that says so.", show_default=False)]  # noqa: UP045
LocatorOpt = Annotated[Optional[str], typer.Option("--locator", metavar="TEXT", help="Where in the document: section, paragraph or line.", show_default=False)]  # noqa: UP045
QuoteOpt = Annotated[Optional[str], typer.Option("--quote", metavar="TEXT", help="The document's words, verbatim.", show_default=False)]  # noqa: UP045
OwnerOpt = Annotated[Optional[str], typer.Option("--owner", metavar="ID", help="Set the owner (an id in the owners).", show_default=False)]  # noqa: UP045
DueOpt = Annotated[Optional[str], typer.Option("--due", metavar="DATE", help="Set the due date.", show_default=False)]  # noqa: UP045


@commands.command(
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
    data: DataDirOpt = None,
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
        from commit_tracker.edit.atomic import writing
        from commit_tracker.edit.update import UpdateRequest, apply_update, plan_update
        from commit_tracker.models import Status
        from commit_tracker.report import findings_reporter

        folder = data_dir(data)
        if status not in {member.value for member in Status}:
            raise UsageError(f"--status: '{status}' is not a status; use one of {', '.join(member.value for member in Status)}")
        # One writer at a time, from reading the data to the check after the write: a second
        # update waits, then reads what the first wrote (issue 12: no lost edit).
        with writing(folder):
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
