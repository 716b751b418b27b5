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
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from commit_tracker.cli.completion import complete_item_ids, complete_owner_ids
from commit_tracker.cli.options import AsOfOpt, ColorOpt, DataOpt, DebugOpt, FormatOpt, LangOpt, OutputOpt, PagerOpt, QuietOpt, check_date
from commit_tracker.cli.support import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, emit, guarded, say
from commit_tracker.report import ColorChoice, FindingsFormat, ReportFormat, Terminal
from commit_tracker.vocabulary import Kind, Lang, SortKey, Status

if TYPE_CHECKING:
    from commit_tracker.dataset import Dataset
    from commit_tracker.report.document import Document

commands = typer.Typer(rich_markup_mode=None, pretty_exceptions_enable=False)
"""Merged into the main app: its commands are top-level commands."""

OBJECTIVES = 23
"""The Global Compact for Migration has 23 objectives."""

UNWRAPPED = 10_000
"""The width of a report written to a pipe or file: no line is wrapped."""


@dataclass(frozen=True)
class Out:
    """Where and how a report goes: format, colour, language, file, summaries, pager."""

    fmt: ReportFormat = ReportFormat.TABLE
    color: ColorChoice = ColorChoice.AUTO
    lang: Lang | None = None
    output: Path | None = None
    quiet: bool = False
    no_pager: bool = False

    @property
    def language(self) -> Lang:
        """The language asked for, else the locale's."""
        from commit_tracker.report.labels import default_lang

        return self.lang or default_lang(os.environ)

    def note(self, text: str) -> None:
        """A summary or note on stderr, unless --quiet."""
        if not self.quiet:
            say(text)


def _lang(lang: Lang | None) -> Lang:
    """The language asked for, else the locale's (for the other command modules)."""
    return Out(lang=lang).language


def _console(color: ColorChoice, to_file: bool = False) -> Terminal:
    """The terminal the table format draws for: colour and width from --color, NO_COLOR, COLUMNS and isatty."""
    terminal = sys.stdout.isatty() and not to_file
    colour = color is ColorChoice.ALWAYS or (color is ColorChoice.AUTO and terminal and not os.environ.get("NO_COLOR"))
    # A terminal's width, or COLUMNS when set; a pipe or file gets lines that are never wrapped.
    width = shutil.get_terminal_size().columns if terminal or (os.environ.get("COLUMNS") and not to_file) else UNWRAPPED
    return Terminal(width=width, color_system="standard" if colour else None)


def _load(data: list[Path] | None) -> Dataset:
    """The valid data; when it has errors, the findings go to stderr and the run ends with exit 1."""
    from commit_tracker.checker import run_checks

    outcome = run_checks(data or [], cwd=Path.cwd())
    for problem in outcome.unreadable:
        say(f"commit-tracker: error: cannot read {problem}")
    if outcome.unreadable:
        raise typer.Exit(EXIT_USAGE)
    if outcome.failed:
        from commit_tracker.report import findings_reporter
        from commit_tracker.report.findings import summarize

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


def _report(document: Document, out: Out, *, page: bool = True) -> None:
    from commit_tracker.report import report_reporter

    emit(report_reporter(out.fmt).render(document, _console(out.color, out.output is not None)), out.output, pager=page and not out.no_pager)


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
        dataset = _load(data)
        day = _as_of(as_of)
        listing = every or sort is not SortKey.ID or any((kinds, statuses, owner, objective, source, overdue, due_before, stale is not None, search))
        if not listing:
            return _briefing(dataset, day, as_of is not None, out)
        dates: dict[str, dt.date] = {}
        if stale is not None and any(not item.updates for item in dataset.items.values()):
            dates = _commit_dates(dataset)
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
        _report(status_document(views, dataset, filters, lang_), out)
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
    dates = _commit_dates(dataset) if needs_commit_dates(views) else {}
    # The briefing is bounded (about 40 lines): it is never paged, so all of it stays on the screen.
    _report(briefing_document(briefing(views, dataset, day, dates), out.language, day, _data_changed(dataset), as_of_given=as_of_given), out, page=False)
    return EXIT_OK


def _data_changed(dataset: Dataset) -> dt.date | None:
    from commit_tracker.staleness import data_changed

    files = sorted({origin.parsed.path for origin in dataset.origins.values()})
    if not files:
        return None
    return data_changed(files[0].parent, files)


@commands.command(
    epilog="""Examples:

\b
  commit-tracker show iom-eval-ud-02
  commit-tracker show gcm-10 --lang en
  commit-tracker show gcm-10 --format json
  commit-tracker show ud

\b
Exit codes: 0 shown, 1 the data has errors, 2 unknown id or usage error.""",
)
def show(
    item_id: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="The id of an item (an objective, compact commitment, follow-up or pledge) or of an owner.",
            show_default=False,
            autocompletion=complete_item_ids,
        ),
    ],
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
    """Everything about one item: text, source and quote, owner, status history and links both ways.

    For an objective or an owner, a briefing of its items comes first.
    """
    out = Out(fmt, color, lang, output, quiet, no_pager)

    def action() -> int:
        from commit_tracker.query.links import detail
        from commit_tracker.query.subject import resolve_subject
        from commit_tracker.query.tallies import briefing
        from commit_tracker.report.briefing import subject_document
        from commit_tracker.report.show import show_document

        dataset = _load(data)
        day = _as_of(as_of)
        subject = resolve_subject(dataset, item_id, day)
        if subject.owner is not None:
            document = subject_document(subject, briefing(subject.views, dataset, day, {}), dataset, out.language, day, None)
        else:
            shown = show_document(detail(dataset, subject.item_id, day), dataset, out.language, day.isoformat())
            document = subject_document(subject, briefing(subject.views, dataset, day, {}), dataset, out.language, day, shown) if subject.views else shown
        _report(document, out)
        return EXIT_OK

    guarded(debug, action)


@commands.command(
    epilog="""Examples:

\b
  commit-tracker coverage
  commit-tracker coverage --format csv -o coverage.csv

\b
Exit codes: 0 report written, 1 the data has errors, 2 usage error.""",
)
def coverage(
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
    """The compact's objectives against the items linked to each, by status; gaps stand out."""
    out = Out(fmt, color, lang, output, quiet, no_pager)

    def action() -> int:
        from commit_tracker.query.tallies import coverage as covered
        from commit_tracker.report.coverage import coverage_document
        from commit_tracker.report.labels import word

        dataset = _load(data)
        rows = covered(dataset, _as_of(as_of))
        _report(coverage_document(rows, out.language), out)
        if len(rows) < OBJECTIVES:
            out.note("commit-tracker: " + word("msg.objectives", out.language, count=str(len(rows)), total=str(OBJECTIVES)))
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
    output: OutputOpt = None,
    quiet: QuietOpt = False,
    no_pager: PagerOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Per owner: how many items, how many per status, how many overdue."""
    out = Out(fmt, color, lang, output, quiet, no_pager)

    def action() -> int:
        from commit_tracker.query.tallies import owner_tallies
        from commit_tracker.report.owners import owners_document

        dataset = _load(data)
        day = _as_of(as_of)
        _report(owners_document(owner_tallies(dataset, day), dataset, out.language, day.isoformat()), out)
        return EXIT_OK

    guarded(debug, action)
