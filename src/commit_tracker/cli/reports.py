"""The reports on one thing or one dimension: ``show``, ``coverage`` and ``owners`` (``status`` has its own module).

Each command parses its options, loads valid data, asks ``query`` for the rows, lets a
``report`` builder make the document and the chosen reporter render it. Only typer and the
light enum modules are imported at start-up.
"""

from __future__ import annotations

from typing import Annotated

import typer

from commit_tracker.cli.completion import complete_item_ids
from commit_tracker.cli.options import AsOfOpt, ColorOpt, DataOpt, DebugOpt, FormatOpt, LangOpt, OutputOpt, PagerOpt, QuietOpt
from commit_tracker.cli.reporting import Out, as_of_day, load, report
from commit_tracker.cli.support import EXIT_OK, guarded
from commit_tracker.report import ColorChoice, ReportFormat

commands = typer.Typer(rich_markup_mode=None, pretty_exceptions_enable=False)
"""Merged into the main app: its commands are top-level commands."""

OBJECTIVES = 23
"""The Global Compact for Migration has 23 objectives."""


OBJECTIVES = 23
"""The Global Compact for Migration has 23 objectives."""


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

        dataset = load(data, out.language)
        day = as_of_day(as_of)
        subject = resolve_subject(dataset, item_id, day)
        if subject.owner is not None:
            document = subject_document(subject, briefing(subject.views, dataset, day, {}), dataset, out.language, day, None)
        else:
            shown = show_document(detail(dataset, subject.item_id, day), dataset, out.language, day.isoformat())
            document = subject_document(subject, briefing(subject.views, dataset, day, {}), dataset, out.language, day, shown) if subject.views else shown
        report(document, out)
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

        dataset = load(data, out.language)
        rows = covered(dataset, as_of_day(as_of))
        report(coverage_document(rows, out.language), out)
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

        dataset = load(data, out.language)
        day = as_of_day(as_of)
        report(owners_document(owner_tallies(dataset, day), dataset, out.language, day.isoformat()), out)
        return EXIT_OK

    guarded(debug, action)
