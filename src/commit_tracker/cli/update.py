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
UrlOpt = Annotated[Optional[str], typer.Option("--source-url", metavar="URL", help="A public web page that says so, instead of --source.", show_default=False)]  # noqa: UP045
PageTitleOpt = Annotated[Optional[str], typer.Option("--source-title", metavar="TEXT", help="The web page's title, where it has one.", show_default=False)]  # noqa: UP045
PublisherOpt = Annotated[Optional[str], typer.Option("--source-publisher", metavar="TEXT", help="Who publishes the web page.", show_default=False)]  # noqa: UP045
PageDateOpt = Annotated[Optional[str], typer.Option("--source-date", metavar="DATE", help="The web page's own date, if it gives one.", show_default=False)]  # noqa: UP045
AccessedOpt = Annotated[Optional[str], typer.Option("--accessed", metavar="DATE", help="When the web page was read; default today.", show_default=False)]  # noqa: UP045
TextsOpt = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option(
        "--sources", metavar="DIR", help="Folder of the source texts, so quote-found checks the quote (else the configuration's).", show_default=False
    ),
]


@commands.command(
    epilog="""Examples:

\b
  commit-tracker update iom-eval-ud-04 --status not_assessed --note "Asked the stations again; no answer yet."
  commit-tracker update iom-eval-ud-05 --status done --date 2012 --note "Done with IOM in Geneva." \\
      --source ud-iom-eval --locator "Departementets oppfølging, line 62" \\
      --quote "Dette er gjort med IOM på sentralt hold i Geneve." --dry-run
  commit-tracker update gcm-imrf-progress-declaration --status in_progress --date 2022-06-07 \\
      --note "The General Assembly endorsed the first forum's Progress Declaration." \\
      --source-url https://www.quno.org/newsroom/international-migration-review-forum-consensus-adoption-progress-declaration \\
      --source-publisher "Quaker United Nations Office (QUNO)" --accessed 2026-11-29 --locator "news item" \\
      --quote "The endorsement by the General Assembly of the Progress Declaration on June 7th also by consensus" --dry-run

\b
Before anything is written, check's rules run on the data as the edit would leave it: an edit
they would reject (done without a source: evidence-required; a date after today:
status-consistent; a quote not in its text, with --sources: quote-found) is refused with the
finding, and nothing is written.

\b
Exit codes: 0 written (or shown with --dry-run), 1 check would reject the result (nothing is
written), 2 unknown id, status, owner or source, the file changed on disk, or cannot run.""",
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
    source_url: UrlOpt = None,
    source_title: PageTitleOpt = None,
    source_publisher: PublisherOpt = None,
    source_date: PageDateOpt = None,
    accessed: AccessedOpt = None,
    sources: TextsOpt = None,
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
        from commit_tracker.config import load_config, resolve_settings, sources_sought
        from commit_tracker.edit.gate import refusals
        from commit_tracker.edit.update import UpdateRequest, WebPage, apply_update, plan_update
        from commit_tracker.models import Status
        from commit_tracker.report import findings_reporter

        folder = data_dir(data)
        if status not in {member.value for member in Status}:
            raise UsageError(f"--status: '{status}' is not a status; use one of {', '.join(member.value for member in Status)}")
        if sources is not None and not sources.is_dir():
            raise UsageError(f"--sources: no such folder: {sources}")
        today = dt.date.today().isoformat()
        web = None
        if source_url is not None or any(value is not None for value in (source_title, source_publisher, source_date, accessed)):
            if source_url is None:
                raise UsageError("--source-title, --source-publisher, --source-date and --accessed describe a web page: give --source-url")
            web = WebPage(source_url, source_title, source_publisher or "", accessed or today, source_date)
        outcome = run_checks([folder], cwd=Path.cwd())
        if outcome.unreadable:
            raise UsageError(f"cannot read {outcome.unreadable[0]}; nothing was written")
        request = UpdateRequest(item_id, Status(status), note, date or today, source, locator, quote, owner, due, web)
        plan = plan_update(outcome, request)
        configured = load_config(folder)
        settings = resolve_settings(configured, sources=sources_sought(configured, sources, [folder], Path.cwd()), as_of=dt.date.today())
        refused = refusals(plan, folder, settings, Path.cwd())
        if refused:
            _write(findings_reporter(FindingsFormat.TEXT).render(refused, outcome.checked))
            _say(f"commit-tracker: error: check would reject the edit for the problems above; nothing was written to {plan.display}")
            return EXIT_FINDINGS
        if quote is not None and source is not None and settings.sources_dir is None:
            _say("commit-tracker: note: the quote was not checked against its text; give --sources DIR (or sources in the configuration)")
        if dry_run:
            _write(plan.diff())
            _say(f"{plan.display}: dry run; nothing was written.")
            return EXIT_OK
        added = apply_update(plan, outcome.findings, lambda: run_checks([folder], cwd=Path.cwd()).findings)
        if added:  # the gate above ran the same checks; this guards against a change on disk meanwhile
            _write(findings_reporter(FindingsFormat.TEXT).render(added, outcome.checked))
            _say(f"commit-tracker: error: the edit would add the problems above; {plan.display} was restored and nothing changed")
            return EXIT_FINDINGS
        _say(f"{plan.display}: {item_id}: update of {request.date} added; status {plan.old_status.value} → {plan.new_status.value}.")
        if not plan.latest:
            _say(f"commit-tracker: note: the update is dated before the newest one, so the current status stays {plan.new_status.value}")
        _say(f"Review it with: git diff -- {plan.display}")
        return EXIT_OK

    _guarded(debug, action)
