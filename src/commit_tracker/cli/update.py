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
        from commit_tracker.edit.update import UpdateRequest, apply_update, plan_update
        from commit_tracker.report.labels import default_lang, word

        language = lang or default_lang(os.environ)
        from commit_tracker.query.choices import parse_status
        from commit_tracker.report import findings_reporter

        folder = data_dir(data)
        chosen = parse_status(status)
        outcome = run_checks([folder], cwd=Path.cwd())
        if outcome.unreadable:
            raise UsageError(f"cannot read {outcome.unreadable[0]}; nothing was written")
        request = UpdateRequest(item_id, chosen, note, date or dt.date.today().isoformat(), source, locator, quote, owner, due)
        plan = plan_update(outcome, request)
        if dry_run:
            _write(_colour_diff(plan.diff(), color))
            if not quiet:
                _say(word("upd.dry", language, path=plan.display))
            return EXIT_OK
        added = apply_update(plan, outcome.findings, lambda: run_checks([folder], cwd=Path.cwd()).findings)
        if added:
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
