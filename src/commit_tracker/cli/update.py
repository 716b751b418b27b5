"""The editing command: ``update`` adds a dated status update to an item, safely.

Only typer is imported at start-up.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Optional

import typer

from commit_tracker.cli.completion import complete_item_ids, complete_owner_ids
from commit_tracker.cli.options import ColorOpt, DataDirOpt, DebugOpt, LangOpt, QuietOpt
from commit_tracker.cli.support import EXIT_FINDINGS, EXIT_OK, data_dir
from commit_tracker.cli.support import guarded as _guarded
from commit_tracker.cli.support import say as _say
from commit_tracker.cli.support import write as _write
from commit_tracker.report import ColorChoice, FindingsFormat

commands = typer.Typer(rich_markup_mode=None, pretty_exceptions_enable=False)
"""Merged into the main app: its command is a top-level command."""

UpdateDateOpt = Annotated[Optional[str], typer.Option("--date", metavar="DATE", help="Date of the update; default today.", show_default=False)]  # noqa: UP045
SourceDocOpt = Annotated[Optional[str], typer.Option("--source", metavar="DOC", help="The id of the source document that says so.", show_default=False)]  # noqa: UP045
LocatorOpt = Annotated[Optional[str], typer.Option("--locator", metavar="TEXT", help="Where in the document: section, paragraph or line.", show_default=False)]  # noqa: UP045
QuoteOpt = Annotated[Optional[str], typer.Option("--quote", metavar="TEXT", help="The document's words, verbatim.", show_default=False)]  # noqa: UP045
OwnerOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option("--owner", metavar="ID", help="Set the owner (an id in the owners).", show_default=False, autocompletion=complete_owner_ids),
]
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
    item_id: Annotated[str, typer.Argument(metavar="ID", help="The id of a commitment.", show_default=False, autocompletion=complete_item_ids)],
    status: Annotated[
        str,
        typer.Option(
            "--status",
            metavar="STATUS",
            help="The new status: not_assessed, not_started, in_progress, partly_done, done, stalled or dropped (or its name in English or Norwegian).",
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
    lang: LangOpt = None,
    color: ColorOpt = ColorChoice.AUTO,
    quiet: QuietOpt = False,
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
        from commit_tracker.edit.atomic import writing
        from commit_tracker.edit.gate import refusals
        from commit_tracker.edit.update import UpdateRequest, WebPage, apply_update, plan_update
        from commit_tracker.query.choices import parse_status
        from commit_tracker.report import findings_reporter
        from commit_tracker.report.labels import default_lang, word

        language = lang or default_lang(os.environ)
        folder = data_dir(data)
        chosen = parse_status(status)
        if sources is not None and not sources.is_dir():
            raise UsageError(f"--sources: no such folder: {sources}")
        today = dt.date.today().isoformat()
        web = None
        if source_url is not None or any(value is not None for value in (source_title, source_publisher, source_date, accessed)):
            if source_url is None:
                raise UsageError("--source-title, --source-publisher, --source-date and --accessed describe a web page: give --source-url")
            web = WebPage(source_url, source_title, source_publisher or "", accessed or today, source_date)
        # One writer at a time, from reading the data to the check after the write: a second
        # update waits, then reads what the first wrote (issue 12: no lost edit).
        with writing(folder):
            outcome = run_checks([folder], cwd=Path.cwd())
            if outcome.unreadable:
                raise UsageError(f"cannot read {outcome.unreadable[0]}; nothing was written")
            request = UpdateRequest(item_id, chosen, note, date or today, source, locator, quote, owner, due, web)
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
                _write(_colour_diff(plan.diff(), color))
                if not quiet:
                    _say(word("upd.dry", language, path=plan.display))
                return EXIT_OK
            added = apply_update(plan, outcome.findings, lambda: run_checks([folder], cwd=Path.cwd()).findings)
        if added:  # the gate above ran the same checks; this guards against a change on disk meanwhile
            _write(findings_reporter(FindingsFormat.TEXT).render(added, outcome.checked))
            _say("commit-tracker: error: " + word("upd.restored", language, path=plan.display))
            return EXIT_FINDINGS
        old, new = plan.old_status.label(language), plan.new_status.label(language)
        if not quiet:
            _say(word("upd.added", language, path=plan.display, item=item_id, date=request.date, old=old, new=new))
        if not plan.latest:
            _say("commit-tracker: " + word("upd.older", language, status=new))
        if not quiet:
            _say(word("upd.review", language, path=plan.display))
        return EXIT_OK

    _guarded(debug, action)


def _colour_diff(diff: str, color: ColorChoice) -> str:
    """The diff with added lines green and removed lines red, on a terminal (or with --color always)."""
    import os
    import sys

    if color is ColorChoice.NEVER or (color is ColorChoice.AUTO and (not sys.stdout.isatty() or os.environ.get("NO_COLOR"))):
        return diff
    lines = []
    for line in diff.splitlines(keepends=True):
        code = "32" if line.startswith("+") and not line.startswith("+++") else "31" if line.startswith("-") and not line.startswith("---") else ""
        lines.append(f"\x1b[{code}m{line.rstrip(chr(10))}\x1b[0m\n" if code else line)
    return "".join(lines)
