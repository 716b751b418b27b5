"""What the report commands share: where and how a report goes, loading valid data, the day.

Only typer and the light enum modules are imported at start-up.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from commit_tracker.cli.support import EXIT_FINDINGS, EXIT_USAGE, emit, say
from commit_tracker.report import ColorChoice, FindingsFormat, ReportFormat, Terminal
from commit_tracker.vocabulary import Lang

if TYPE_CHECKING:
    from commit_tracker.cache import DatasetCache
    from commit_tracker.dataset import Dataset
    from commit_tracker.report.document import Document

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


def language(lang: Lang | None) -> Lang:
    """The language asked for, else the locale's (for the other command modules)."""
    return Out(lang=lang).language


def terminal(color: ColorChoice, to_file: bool = False) -> Terminal:
    """The terminal the table format draws for: colour and width from --color, NO_COLOR, COLUMNS and isatty."""
    terminal = sys.stdout.isatty() and not to_file
    colour = color is ColorChoice.ALWAYS or (color is ColorChoice.AUTO and terminal and not os.environ.get("NO_COLOR"))
    # A terminal's width, or COLUMNS when set; a pipe or file gets lines that are never wrapped.
    width = shutil.get_terminal_size().columns if terminal or (os.environ.get("COLUMNS") and not to_file) else UNWRAPPED
    return Terminal(width=width, color_system="standard" if colour else None)


def load(data: list[Path] | None, lang: Lang = Lang.EN) -> Dataset:
    """The valid data; when it has errors, the findings go to stderr and the run ends with exit 1.

    Valid data an earlier run loaded from the same files come from the cache, unparsed.
    """
    cache, kept = cached(data)
    if kept is not None:
        return kept
    from commit_tracker.checker import run_checks

    outcome = run_checks(data or [], cwd=Path.cwd(), contents=cache.contents if cache is not None else None)
    for problem in outcome.unreadable:
        say(f"commit-tracker: error: cannot read {problem}")
    if outcome.unreadable:
        raise typer.Exit(EXIT_USAGE)
    if outcome.failed:
        from commit_tracker.report import findings_reporter
        from commit_tracker.report.findings import summarize

        say(findings_reporter(FindingsFormat.TEXT).render(outcome.findings, outcome.checked).rstrip("\n"))
        for note in outcome.notes:
            say(f"commit-tracker: note: {note}")
        errors = summarize(outcome.findings, outcome.checked)["errors"]
        from commit_tracker.report.labels import word

        say("commit-tracker: error: " + word("msg.data_errors", lang, errors=str(errors)))
        raise typer.Exit(EXIT_FINDINGS)
    if cache is not None:
        cache.write(outcome.dataset)
    return outcome.dataset


def cached(data: list[Path] | None) -> tuple[DatasetCache | None, Dataset | None]:
    """The cache entry for the data files, and the valid data it holds (None on a miss or with caching off)."""
    from commit_tracker.cache import DatasetCache

    cache = DatasetCache.find(data or [], cwd=Path.cwd(), environ=os.environ)
    return cache, cache.read() if cache is not None else None


def commit_dates(dataset: Dataset) -> dict[str, dt.date]:
    """For ``--stale``: when git last changed each item; none outside git."""
    from commit_tracker.staleness import commit_dates as dates_of_commits

    origin = next(iter(dataset.origins.values()), None)
    if origin is None:
        return {}
    return dates_of_commits(origin.parsed.path.parent)


def as_of_day(value: str | None) -> dt.date:
    return dt.date.fromisoformat(value) if value else dt.date.today()


def report(document: Document, out: Out, *, page: bool = True) -> None:
    from commit_tracker.report import report_reporter

    emit(report_reporter(out.fmt).render(document, terminal(out.color, out.output is not None)), out.output, pager=page and not out.no_pager)
