"""The status reports on the command line: ``status``, ``show``, ``coverage`` and ``owners``.

Each command parses its options, loads valid data, asks ``query`` for the rows, lets a
``report`` builder make the document and the chosen reporter render it. Only typer and the
light enum modules are imported at start-up.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from commit_tracker.cli.options import AsOfOpt, ColorOpt, DataOpt, DebugOpt, FormatOpt, LangOpt, check_date
from commit_tracker.cli.support import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, guarded, say, write
from commit_tracker.report import ColorChoice, FindingsFormat, ReportFormat
from commit_tracker.vocabulary import Kind, Lang, SortKey, Status

if TYPE_CHECKING:
    from rich.console import Console

    from commit_tracker.dataset import Dataset
    from commit_tracker.report.document import Document

commands = typer.Typer(rich_markup_mode=None, pretty_exceptions_enable=False)
"""Merged into the main app: its commands are top-level commands."""

OBJECTIVES = 23
"""The Global Compact for Migration has 23 objectives."""

UNWRAPPED = 10_000
"""The width of a report written to a pipe or file: no line is wrapped."""


def _console(color: ColorChoice) -> Console:
    """The terminal the table format draws for: colour and width from --color, NO_COLOR, COLUMNS and isatty."""
    from rich.console import Console

    terminal = sys.stdout.isatty()
    colour = color is ColorChoice.ALWAYS or (color is ColorChoice.AUTO and terminal and not os.environ.get("NO_COLOR"))
    # A terminal's width, or COLUMNS when set; a pipe or file gets lines that are never wrapped.
    width = shutil.get_terminal_size().columns if terminal or os.environ.get("COLUMNS") else UNWRAPPED
    return Console(
        width=width,
        force_terminal=colour,
        color_system="auto" if colour else None,
        highlight=False,
        markup=False,
        emoji=False,
        legacy_windows=False,
    )


def _load(data: list[Path] | None) -> Dataset:
    """The valid data; when it has errors, the findings go to stderr and the run ends with exit 1."""
    from commit_tracker.checker import run_checks
    from commit_tracker.report import findings_reporter
    from commit_tracker.report.findings import summarize

    outcome = run_checks(data or [], cwd=Path.cwd())
    for problem in outcome.unreadable:
        say(f"commit-tracker: error: cannot read {problem}")
    if outcome.unreadable:
        raise typer.Exit(EXIT_USAGE)
    if outcome.failed:
        sys.stderr.write(findings_reporter(FindingsFormat.TEXT).render(outcome.findings, outcome.checked))
        for note in outcome.notes:
            say(f"commit-tracker: note: {note}")
        errors = summarize(outcome.findings, outcome.checked)["errors"]
        say(f"commit-tracker: error: the data has {errors} error(s); fix them before reporting (commit-tracker validate)")
        raise typer.Exit(EXIT_FINDINGS)
    return outcome.dataset


def _commit_dates(dataset: Dataset) -> dict[str, dt.date]:
    """For ``--stale``: when git last changed each item; none outside git."""
    from commit_tracker.staleness import commit_dates

    origin = next(iter(dataset.origins.values()), None)
    if origin is None:
        return {}
    return commit_dates(origin.parsed.path.parent)


def _as_of(value: str | None) -> dt.date:
    return dt.date.fromisoformat(value) if value else dt.date.today()


def _report(document: Document, fmt: ReportFormat, color: ColorChoice) -> None:
    from commit_tracker.report import report_reporter

    write(report_reporter(fmt).render(document, _console(color)))


def _lang(lang: Lang | None) -> Lang:
    from commit_tracker.report.labels import default_lang

    return lang or default_lang(os.environ)


@commands.command(
    epilog="""Examples:

\b
  commit-tracker status
  commit-tracker status --kind followup --overdue
  commit-tracker status --owner ud --status in_progress --status stalled --sort due
  commit-tracker status --search pagar --format json
  commit-tracker status --stale 365 --as-of 2013-12-31 --format markdown

\b
Exit codes: 0 report written (also when no item matches), 1 the data has errors, 2 usage error.""",
)
def status(
    kind: Annotated[
        Optional[list[Kind]],  # noqa: UP045
        typer.Option("--kind", metavar="KIND", help=f"Only this kind: {', '.join(Kind)} (repeatable).", show_default=False),
    ] = None,
    statuses: Annotated[
        Optional[list[Status]],  # noqa: UP045
        typer.Option("--status", metavar="STATUS", help=f"Only this current status: {', '.join(Status)} (repeatable).", show_default=False),
    ] = None,
    owner: Annotated[Optional[str], typer.Option("--owner", metavar="ID", help="Only items of this owner and the units under it.")] = None,  # noqa: UP045
    objective: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--objective", metavar="N", min=1, max=OBJECTIVES, help="Only compact objective N and the items linked to it or its actions."),
    ] = None,
    source: Annotated[Optional[str], typer.Option("--source", metavar="DOC", help="Only items quoted from this source document.")] = None,  # noqa: UP045
    overdue: Annotated[bool, typer.Option("--overdue", help="Only items past their due date whose status is not done or dropped.")] = False,
    due_before: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--due-before", metavar="DATE", callback=check_date, help="Only items due before DATE (YYYY, YYYY-MM or YYYY-MM-DD)."),
    ] = None,
    stale: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option(
            "--stale",
            metavar="DAYS",
            min=0,
            help=(
                "Only items whose status was last stated more than DAYS days before --as-of, or never: by its latest update,"
                " else the last commit that changed it, else the source of a status given on the item."
            ),
        ),
    ] = None,
    search: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--search", metavar="TEXT", help="Only items whose id, title, text or notes contain TEXT, ignoring case and accents."),
    ] = None,
    sort: Annotated[SortKey, typer.Option("--sort", help="Sort the items by id, due date, status or owner.")] = SortKey.ID,
    as_of: AsOfOpt = None,
    data: DataOpt = None,
    fmt: FormatOpt = ReportFormat.TABLE,
    lang: LangOpt = None,
    color: ColorOpt = ColorChoice.AUTO,
    debug: DebugOpt = False,
) -> None:
    """Where every commitment stands: counts per status for each kind, then the items.

    Filters combine: an item is shown when it passes every filter given.
    """

    def action() -> int:
        from commit_tracker.query.filters import Filters, query_items
        from commit_tracker.report.status import status_document

        dataset = _load(data)
        dates: dict[str, dt.date] = {}
        if stale is not None and any(not item.updates for item in dataset.items.values()):
            dates = _commit_dates(dataset)
        filters = Filters(
            commit_dates=dates,
            kinds=frozenset(kind or ()),
            statuses=frozenset(statuses or ()),
            owner=owner,
            objective=objective,
            source=source,
            overdue=overdue,
            due_before=due_before,
            stale_days=stale,
            search=search,
            as_of=_as_of(as_of),
            sort=sort,
        )
        views = query_items(dataset, filters)
        _report(status_document(views, dataset, filters, _lang(lang)), fmt, color)
        by_commit = sum(1 for view in views if not view.item.updates and dates.get(view.id, filters.as_of + dt.timedelta(1)) <= filters.as_of)
        if by_commit:
            say(f"commit-tracker: note: {by_commit} item(s) without a status update were dated by the last commit that changed them.")
        if views:
            say(f"{len(views)} of {len(dataset.items)} item(s).")
        elif not dataset.items:
            say("commit-tracker: the data has no commitments yet.")
        else:
            say(f"commit-tracker: no item matches the filters (0 of {len(dataset.items)} item(s)).")
        return EXIT_OK

    guarded(debug, action)


@commands.command(
    epilog="""Examples:

\b
  commit-tracker show iom-eval-ud-02
  commit-tracker show gcm-10 --lang en
  commit-tracker show gcm-10 --format json

\b
Exit codes: 0 shown, 1 the data has errors, 2 unknown id or usage error.""",
)
def show(
    item_id: Annotated[str, typer.Argument(metavar="ID", help="The id of an item: an objective, compact commitment, follow-up or pledge.", show_default=False)],
    as_of: AsOfOpt = None,
    data: DataOpt = None,
    fmt: FormatOpt = ReportFormat.TABLE,
    lang: LangOpt = None,
    color: ColorOpt = ColorChoice.AUTO,
    debug: DebugOpt = False,
) -> None:
    """Everything about one item: text, source and quote, owner, status history and links both ways."""

    def action() -> int:
        from commit_tracker.query.links import detail
        from commit_tracker.report.show import show_document

        dataset = _load(data)
        day = _as_of(as_of)
        _report(show_document(detail(dataset, item_id, day), dataset, _lang(lang), day.isoformat()), fmt, color)
        return EXIT_OK

    guarded(debug, action)


@commands.command(
    epilog="""Examples:

\b
  commit-tracker coverage
  commit-tracker coverage --format csv > coverage.csv

\b
Exit codes: 0 report written, 1 the data has errors, 2 usage error.""",
)
def coverage(
    data: DataOpt = None,
    fmt: FormatOpt = ReportFormat.TABLE,
    lang: LangOpt = None,
    color: ColorOpt = ColorChoice.AUTO,
    debug: DebugOpt = False,
) -> None:
    """The compact's objectives against the items linked to each, by status; gaps stand out."""

    def action() -> int:
        from commit_tracker.query.tallies import coverage as covered
        from commit_tracker.report.coverage import coverage_document

        dataset = _load(data)
        rows = covered(dataset, _as_of(None))
        _report(coverage_document(rows, _lang(lang)), fmt, color)
        if len(rows) < OBJECTIVES:
            say(f"commit-tracker: note: {len(rows)} of the compact's {OBJECTIVES} objectives are in the data.")
        return EXIT_OK

    guarded(debug, action)


@commands.command(
    epilog="""Examples:

\b
  commit-tracker owners
  commit-tracker owners --as-of 2013-12-31 --format markdown

\b
Exit codes: 0 report written, 1 the data has errors, 2 usage error.""",
)
def owners(
    as_of: AsOfOpt = None,
    data: DataOpt = None,
    fmt: FormatOpt = ReportFormat.TABLE,
    lang: LangOpt = None,
    color: ColorOpt = ColorChoice.AUTO,
    debug: DebugOpt = False,
) -> None:
    """Per owner: how many items, how many per status, how many overdue."""

    def action() -> int:
        from commit_tracker.query.tallies import owner_tallies
        from commit_tracker.report.owners import owners_document

        dataset = _load(data)
        day = _as_of(as_of)
        _report(owners_document(owner_tallies(dataset, day), dataset, _lang(lang), day.isoformat()), fmt, color)
        return EXIT_OK

    guarded(debug, action)
