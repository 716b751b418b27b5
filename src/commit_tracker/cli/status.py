"""The ``status`` command: the one-screen briefing, or the items that pass the filters.

Only typer and the light enum modules are imported at start-up.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from commit_tracker.cli.completion import complete_owner_ids
from commit_tracker.cli.options import AsOfOpt, ColorOpt, DataOpt, DebugOpt, FormatOpt, LangOpt, OutputOpt, PagerOpt, QuietOpt, check_date
from commit_tracker.cli.reporting import Out, as_of_day, commit_dates, load, report
from commit_tracker.cli.support import EXIT_OK, guarded
from commit_tracker.report import ColorChoice, ReportFormat
from commit_tracker.vocabulary import Kind, SortKey, Status

if TYPE_CHECKING:
    from commit_tracker.dataset import Dataset

commands = typer.Typer(rich_markup_mode=None, pretty_exceptions_enable=False)
"""Merged into the main app: its command is a top-level command."""


@commands.command(
    epilog="""Examples:

\b
  commit-tracker status
  commit-tracker status --all
  commit-tracker status --kind followup --overdue
  commit-tracker status --owner ud --status in_progress,stalled --sort due
  commit-tracker status --lang nb --status pågår
  commit-tracker status --objective 10.c --format json
  commit-tracker status --stale 365 --as-of 2013-12-31 --format markdown -o stale.md

\b
Exit codes: 0 report written (also when no item matches), 1 the data has errors, 2 usage error.""",
)
def status(
    kinds: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option("--kind", metavar="KIND", help=f"Only this kind: {', '.join(Kind)} (repeatable, or comma-separated).", show_default=False),
    ] = None,
    statuses: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--status",
            metavar="STATUS",
            help=f"Only this current status: {', '.join(Status)}, or its name in English or Norwegian (repeatable, or comma-separated).",
            show_default=False,
            autocompletion=lambda: [str(status) for status in Status],
        ),
    ] = None,
    owner: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--owner", metavar="ID", help="Only items of this owner and the units under it.", autocompletion=complete_owner_ids),
    ] = None,
    objective: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--objective", metavar="N|N.x", help="Only compact objective N and the items linked to it or its actions; N.x: only the items linked to action x."
        ),
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
            max=36_600,  # a hundred years; more would reach before year 1
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
    every: Annotated[bool, typer.Option("--all", help="Every item, not the one-screen briefing (any filter lists items too).")] = False,
    as_of: AsOfOpt = None,
    data: DataOpt = None,
    fmt: FormatOpt = ReportFormat.TABLE,
    lang: LangOpt = None,
    color: ColorOpt = ColorChoice.AUTO,
    output: OutputOpt = None,
    quiet: QuietOpt = False,
    no_pager: PagerOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Where every commitment stands: with no filter a one-screen briefing, else the items that pass.

    Filters combine: an item is shown when it passes every filter given.
    """
    out = Out(fmt, color, lang, output, quiet, no_pager)

    def action() -> int:
        from commit_tracker.query.choices import parse_kind, parse_objective, parse_status, split_commas
        from commit_tracker.query.filters import Filters, query_items
        from commit_tracker.report.labels import word
        from commit_tracker.report.status import status_document

        chosen_kinds = frozenset(parse_kind(value) for value in split_commas(kinds or ()))
        chosen_statuses = frozenset(parse_status(value) for value in split_commas(statuses or ()))
        number, action_ref = parse_objective(objective) if objective is not None else (None, None)
        dataset = load(data, out.language)
        day = as_of_day(as_of)
        listing = every or sort is not SortKey.ID or any((kinds, statuses, owner, objective, source, overdue, due_before, stale is not None, search))
        if not listing:
            return _briefing(dataset, day, as_of is not None, out)
        dates: dict[str, dt.date] = {}
        if stale is not None and any(not item.updates for item in dataset.items.values()):
            dates = commit_dates(dataset)
        filters = Filters(
            commit_dates=dates,
            kinds=chosen_kinds,
            statuses=chosen_statuses,
            owner=owner,
            objective=number,
            action=action_ref,
            source=source,
            overdue=overdue,
            due_before=due_before,
            stale_days=stale,
            search=search,
            as_of=day,
            sort=sort,
        )
        views = query_items(dataset, filters)
        lang_ = out.language
        report(status_document(views, dataset, filters, lang_), out)
        by_commit = sum(1 for view in views if not view.item.updates and dates.get(view.id, filters.as_of + dt.timedelta(1)) <= filters.as_of)
        if by_commit:
            out.note("commit-tracker: " + word("msg.by_commit", lang_, count=str(by_commit)))
        if views:
            out.note(word("msg.shown", lang_, shown=str(len(views)), total=str(len(dataset.items))))
        elif not dataset.items:
            out.note("commit-tracker: " + word("msg.no_data", lang_))
        else:
            out.note("commit-tracker: " + word("msg.none_match", lang_, total=str(len(dataset.items))))
        return EXIT_OK

    guarded(debug, action)


def _briefing(dataset: Dataset, day: dt.date, as_of_given: bool, out: Out) -> int:
    """The one-screen briefing of ``status`` without filters."""
    from commit_tracker.query.items import iter_views
    from commit_tracker.query.tallies import briefing, needs_commit_dates
    from commit_tracker.report.briefing import briefing_document
    from commit_tracker.report.labels import word

    if not dataset.items:
        out.note("commit-tracker: " + word("msg.no_data", out.language))
        return EXIT_OK
    views = list(iter_views(dataset, day))
    dates = commit_dates(dataset) if needs_commit_dates(views) else {}
    # The briefing is bounded (about 40 lines): it is never paged, so all of it stays on the screen.
    report(briefing_document(briefing(views, dataset, day, dates), out.language, day, _data_changed(dataset), as_of_given=as_of_given), out, page=False)
    return EXIT_OK


def _data_changed(dataset: Dataset) -> dt.date | None:
    from commit_tracker.staleness import data_changed

    files = sorted({origin.parsed.path for origin in dataset.origins.values()})
    if not files:
        return None
    return data_changed(files[0].parent, files)
