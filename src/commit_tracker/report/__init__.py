"""Reporters: one class per output format, chosen from a registry keyed by an enum.

Standard library only at import time: the command line reads the format enums at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from commit_tracker.findings import Finding

if TYPE_CHECKING:
    from rich.console import Console

    from commit_tracker.report.document import Document


class FindingsFormat(StrEnum):
    """The output formats of ``validate``."""

    TEXT = "text"
    JSON = "json"
    GITHUB = "github"


class FindingsReporter(Protocol):
    """Turns findings into the text written to stdout."""

    def render(self, findings: Sequence[Finding], files_checked: int) -> str:
        """The whole report; empty when there is nothing to say."""
        ...


def findings_reporter(fmt: FindingsFormat) -> FindingsReporter:
    """The reporter for a format."""
    from commit_tracker.report.findings import REPORTER_BY_FORMAT

    return REPORTER_BY_FORMAT[fmt]()


class ReportFormat(StrEnum):
    """The output formats of the status reports (``status``, ``show``, ``coverage``, ``owners``)."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"


class ColorChoice(StrEnum):
    """When the table format uses colour."""

    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


class ReportReporter(Protocol):
    """Turns a report's Document into the text written to stdout."""

    def render(self, document: Document, console: Console) -> str:
        """The whole report; ``console`` says the terminal's width and colours (only the table format uses it)."""
        ...


def report_reporter(fmt: ReportFormat) -> ReportReporter:
    """The reporter for a format of the status reports."""
    from commit_tracker.report.formats import REPORTER_BY_FORMAT

    return REPORTER_BY_FORMAT[fmt]()
