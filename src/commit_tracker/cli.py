"""The command line: parse options, run the core, choose a reporter, write, exit.

Only typer is imported at start-up; pydantic, PyYAML and the reporters are imported by the
command that needs them, so ``--help`` and ``--version`` stay fast.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, Optional

import typer

from commit_tracker import __version__
from commit_tracker.report import ColorChoice, FindingsFormat, ReportFormat
from commit_tracker.vocabulary import Kind, Lang, SortKey, Status

if TYPE_CHECKING:
    from rich.console import Console

    from commit_tracker.dataset import Dataset
    from commit_tracker.report.document import Document

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2

app = typer.Typer(
    name="commit-tracker",
    help="Keep public commitments as YAML in git and tell where each one stands.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog="Exit codes: 0 clean, 1 findings, 2 usage error or cannot run.",
)


def _version(value: bool) -> None:
    if value:
        print(f"commit-tracker {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _root(
    version: Annotated[
        Optional[bool],  # noqa: UP045 (typer reads the annotation at run time)
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = None,
) -> None:
    """Keep public commitments as YAML in git and tell where each one stands."""


def _say(text: str) -> None:
    """Write to stderr: summaries and errors, never the report."""
    print(text, file=sys.stderr)


def _write(text: str) -> None:
    """Write the report to stdout; a closed pipe (``| head``) ends the run quietly."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(EXIT_OK) from None


def _guarded(debug: bool, action: Callable[[], int]) -> NoReturn:
    """Run a command; a usage problem or an unexpected error is one line on stderr and exit 2."""
    from commit_tracker.checker import UsageError

    try:
        code = action()
    except typer.Exit:
        raise
    except UsageError as error:
        _say(f"commit-tracker: error: {error}")
        code = EXIT_USAGE
    except Exception as error:  # noqa: BLE001 (the one place that turns any crash into exit 2)
        if debug:
            _say(traceback.format_exc().rstrip())
        _say(f"commit-tracker: internal error: {type(error).__name__}: {error} (run with --debug for the traceback)")
        code = EXIT_USAGE
    raise typer.Exit(code)


PathsArg = Annotated[
    Optional[list[Path]],  # noqa: UP045
    typer.Argument(help="Data files or folders. Default: the data/ folder here or in the nearest parent.", show_default=False),
]
SourcesOpt = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option("--sources", metavar="DIR", help="Folder of the source texts: check every quote, and each text against its SHA-256."),
]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show the traceback of an internal error.")]
PureOpt = Annotated[bool, typer.Option("--pure-python", help="Parse with PyYAML's pure-Python parser instead of libyaml.")]


@app.command(
    epilog="""Examples:

\b
  commit-tracker validate
  commit-tracker validate data/followups.yaml --format json
  commit-tracker validate --sources ../shared/seeds

\b
Exit codes: 0 no findings, 1 findings, 2 usage error or cannot run.""",
)
def validate(
    paths: PathsArg = None,
    fmt: Annotated[
        Optional[FindingsFormat],  # noqa: UP045
        typer.Option("--format", "-f", help="Report format. Default: github when GITHUB_ACTIONS is set, else text.", show_default=False),
    ] = None,
    sources: SourcesOpt = None,
    pure_python: PureOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Check the data files: YAML safety, the data model, ids and references across files.

    Every defect is reported as path:line:column with the item id and the rule it breaks.
    """

    def action() -> int:
        from commit_tracker.checker import UsageError, run_checks
        from commit_tracker.report import findings_reporter
        from commit_tracker.report.findings import summarize

        if sources is not None and not sources.is_dir():
            raise UsageError(f"--sources: no such folder: {sources}")
        chosen = fmt or (FindingsFormat.GITHUB if os.environ.get("GITHUB_ACTIONS") == "true" else FindingsFormat.TEXT)
        outcome = run_checks(paths or [], cwd=Path.cwd(), sources_dir=sources, pure=pure_python)
        checked = outcome.checked
        _write(findings_reporter(chosen).render(outcome.findings, checked))
        for problem in outcome.unreadable:
            _say(f"commit-tracker: error: cannot read {problem}")
        for note in outcome.notes:
            _say(f"commit-tracker: note: {note}")
        counts = summarize(outcome.findings, checked)
        if outcome.findings:
            _say(f"{counts['errors']} error(s), {counts['warnings']} warning(s) in {checked} file(s).")
        elif outcome.notes:
            _say(f"{checked} file(s): no problems in the checks that ran.")
        else:
            _say(f"{checked} file(s), {len(outcome.dataset.items)} commitments: no problems.")
        if outcome.unreadable:
            return EXIT_USAGE
        return EXIT_FINDINGS if outcome.failed else EXIT_OK

    _guarded(debug, action)


# The status reports: status, show, coverage, owners.

UNWRAPPED = 10_000
"""The width of a report written to a pipe or file: no line is wrapped."""


def _day(value: str | None) -> str | None:
    """A ``--as-of`` value: a real day, ``YYYY-MM-DD``."""
    _date(value)
    if value is not None and len(value) != len("YYYY-MM-DD"):
        raise typer.BadParameter(f"'{value}' is not a day; write YYYY-MM-DD")
    return value


def _date(value: str | None) -> str | None:
    """A ``--due-before`` value: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    problem = _partial_date(value) if value is not None else ""
    if problem:
        raise typer.BadParameter(problem)
    return value


def _partial_date(value: str) -> str:
    from commit_tracker.models import parse_partial_date

    try:
        parse_partial_date(value)
    except ValueError as error:
        return str(error)
    return ""


DataOpt = Annotated[
    Optional[list[Path]],  # noqa: UP045
    typer.Option("--data", "-d", metavar="PATH", help="Data file or folder (repeatable). Default: the data/ folder here or in a parent.", show_default=False),
]
FormatOpt = Annotated[ReportFormat, typer.Option("--format", "-f", help="Report format.")]
LangOpt = Annotated[
    Optional[Lang],  # noqa: UP045
    typer.Option("--lang", help="Language of labels, headers and status names. Default: nb when the locale is Norwegian, else en.", show_default=False),
]
ColorOpt = Annotated[ColorChoice, typer.Option("--color", help="Colour in the table format: auto (only on a terminal, not with NO_COLOR), always or never.")]
AsOfOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option("--as-of", metavar="YYYY-MM-DD", callback=_day, help="The day 'overdue' and 'stale' are measured from. Default: today.", show_default=False),
]


def _console(color: ColorChoice) -> Console:
    """The terminal the table format draws for: colour and width from --color, NO_COLOR, COLUMNS and isatty."""
    from rich.console import Console

    terminal = sys.stdout.isatty()
    colour = color is ColorChoice.ALWAYS or (color is ColorChoice.AUTO and terminal and not os.environ.get("NO_COLOR"))
    columns = os.environ.get("COLUMNS", "")
    width = int(columns) if columns.isdigit() and int(columns) > 0 else (None if terminal else UNWRAPPED)
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
        _say(f"commit-tracker: error: cannot read {problem}")
    if outcome.unreadable:
        raise typer.Exit(EXIT_USAGE)
    if outcome.failed:
        sys.stderr.write(findings_reporter(FindingsFormat.TEXT).render(outcome.findings, outcome.checked))
        for note in outcome.notes:
            _say(f"commit-tracker: note: {note}")
        errors = summarize(outcome.findings, outcome.checked)["errors"]
        _say(f"commit-tracker: error: the data has {errors} error(s); fix them before reporting (commit-tracker validate)")
        raise typer.Exit(EXIT_FINDINGS)
    return outcome.dataset


def _as_of(value: str | None) -> dt.date:
    return dt.date.fromisoformat(value) if value else dt.date.today()


def _report(document: Document, fmt: ReportFormat, color: ColorChoice) -> None:
    from commit_tracker.report import report_reporter

    _write(report_reporter(fmt).render(document, _console(color)))


def _lang(lang: Lang | None) -> Lang:
    from commit_tracker.report.labels import default_lang

    return lang or default_lang(os.environ)


@app.command(
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
    kind: Annotated[Optional[list[Kind]], typer.Option("--kind", help="Only this kind (repeatable).", show_default=False)] = None,  # noqa: UP045
    statuses: Annotated[Optional[list[Status]], typer.Option("--status", help="Only this status (repeatable).", show_default=False)] = None,  # noqa: UP045
    owner: Annotated[Optional[str], typer.Option("--owner", metavar="ID", help="Only items of this owner and the units under it.")] = None,  # noqa: UP045
    objective: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--objective", metavar="N", min=1, max=23, help="Only compact objective N and the items linked to it or its actions."),
    ] = None,
    source: Annotated[Optional[str], typer.Option("--source", metavar="DOC", help="Only items quoted from this source document.")] = None,  # noqa: UP045
    overdue: Annotated[bool, typer.Option("--overdue", help="Only items past their due date whose status is not done or dropped.")] = False,
    due_before: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--due-before", metavar="DATE", callback=_date, help="Only items due before DATE (YYYY, YYYY-MM or YYYY-MM-DD)."),
    ] = None,
    stale: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--stale", metavar="DAYS", min=0, help="Only items with no status update in the DAYS days before --as-of (or none at all)."),
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
        filters = Filters(
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
        if views:
            _say(f"{len(views)} of {len(dataset.items)} item(s).")
        else:
            _say(f"commit-tracker: no item matches the filters (0 of {len(dataset.items)} item(s)).")
        return EXIT_OK

    _guarded(debug, action)


@app.command(
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

    _guarded(debug, action)


@app.command(
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
            _say(f"commit-tracker: note: {len(rows)} of the compact's {OBJECTIVES} objectives are in the data.")
        return EXIT_OK

    _guarded(debug, action)


@app.command(
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

    _guarded(debug, action)


OBJECTIVES = 23
"""The Global Compact for Migration has 23 objectives."""


def main() -> None:
    """Entry point of the ``commit-tracker`` script."""
    app()
