"""Reporters: one class per output format, chosen from a registry keyed by an enum.

Standard library only at import time: the command line reads the format enums at start-up.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from commit_tracker.findings import Finding, Severity

if TYPE_CHECKING:
    from commit_tracker.report.changes import ChangesReporter
    from commit_tracker.report.document import Document
    from commit_tracker.report.history import HistoryReporter
    from commit_tracker.vocabulary import Lang


class FindingsFormat(StrEnum):
    """The output formats of ``validate`` and ``check``."""

    TEXT = "text"
    JSON = "json"
    GITHUB = "github"
    SARIF = "sarif"
    JUNIT = "junit"


@dataclass(frozen=True)
class RuleInfo:
    """A rule as reports describe it: its id, one line on what it checks, how serious it is."""

    id: str
    summary: str
    severity: Severity = Severity.ERROR
    help: str = ""


@dataclass(frozen=True)
class ReportContext:
    """What a run checked, for the formats that report more than the findings."""

    files: tuple[str, ...] = ()
    """The checked files, as displayed (relative to ``cwd``)."""
    rules: tuple[RuleInfo, ...] = ()
    """The rules that ran."""
    cwd: Path | None = None
    root: Path | None = None
    """The repository root that SARIF paths are relative to."""
    strict: bool = False
    """Warnings fail the run (JUnit then counts them as failures)."""
    color: bool = False


class FindingsReporter(Protocol):
    """Turns findings into the text written to stdout."""

    def render(self, findings: Sequence[Finding], files_checked: int) -> str:
        """The whole report; empty when there is nothing to say."""
        ...


def findings_reporter(fmt: FindingsFormat, context: ReportContext | None = None) -> FindingsReporter:
    """The reporter for a format."""
    from commit_tracker.report.findings import REPORTER_BY_FORMAT

    return REPORTER_BY_FORMAT[fmt](context or ReportContext())


class Reporter:
    """Base of the reporters: each is built with the run's context."""

    def __init__(self, context: ReportContext | None = None) -> None:
        self.context = context or ReportContext()


class ReportFormat(StrEnum):
    """The output formats of the status reports (``status``, ``show``, ``coverage``, ``owners``)."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"


class ColorChoice(StrEnum):
    """When a report uses colour: the table of the reports, the text of check."""

    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


@dataclass(frozen=True)
class Terminal:
    """What the table format draws for: a width in columns, and colour (``standard`` and up) or none."""

    width: int = 80
    color_system: str | None = None


class ReportReporter(Protocol):
    """Turns a report's Document into the text written to stdout."""

    def render(self, document: Document, console: Terminal) -> str:
        """The whole report; ``console`` says the terminal's width and colours (only the table format uses it)."""
        ...


def report_reporter(fmt: ReportFormat) -> ReportReporter:
    """The reporter for a format of the status reports."""
    from commit_tracker.report.formats import REPORTER_BY_FORMAT

    return REPORTER_BY_FORMAT[fmt]()


class HistoryFormat(StrEnum):
    """The output formats of ``history``."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"


class ChangesFormat(StrEnum):
    """The output formats of ``changes``."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"


def history_reporter(fmt: HistoryFormat) -> HistoryReporter:
    """The reporter of ``history`` for a format."""
    from commit_tracker.report.history import REPORTER_BY_FORMAT

    return REPORTER_BY_FORMAT[fmt]()


def changes_reporter(fmt: ChangesFormat) -> ChangesReporter:
    """The reporter of ``changes`` for a format."""
    from commit_tracker.report.changes import REPORTER_BY_FORMAT

    return REPORTER_BY_FORMAT[fmt]()


class ReviewFormat(StrEnum):
    """The output formats of ``review``."""

    MARKDOWN = "markdown"
    HTML = "html"
    DOCX = "docx"
    JSON = "json"

    @property
    def binary(self) -> bool:
        """True for a format that is not text: it is never written to a terminal."""
        return self is ReviewFormat.DOCX


class ReviewReporter(Protocol):
    """Turns the dossier's JSON document into the bytes of one format."""

    def render(self, data: Mapping[str, Any], lang: Lang) -> bytes:
        """The whole dossier."""
        ...


def review_reporter(fmt: ReviewFormat) -> ReviewReporter:
    """The reporter of ``review`` for a format."""
    from commit_tracker.report.review.reporters import REPORTER_BY_FORMAT

    return REPORTER_BY_FORMAT[fmt]()
