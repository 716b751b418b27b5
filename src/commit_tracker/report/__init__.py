"""Reporters: one class per output format, chosen from a registry keyed by an enum of formats."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from commit_tracker.findings import Finding

if TYPE_CHECKING:
    from commit_tracker.report.changes import ChangesReporter
    from commit_tracker.report.history import HistoryReporter


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


class HistoryFormat(StrEnum):
    """The output formats of ``history``."""

    TABLE = "table"
    JSON = "json"


class ChangesFormat(StrEnum):
    """The output formats of ``changes``."""

    TABLE = "table"
    JSON = "json"
    MARKDOWN = "markdown"


def history_reporter(fmt: HistoryFormat) -> HistoryReporter:
    """The reporter of ``history`` for a format."""
    from commit_tracker.report.history import REPORTER_BY_FORMAT

    return REPORTER_BY_FORMAT[fmt]()


def changes_reporter(fmt: ChangesFormat) -> ChangesReporter:
    """The reporter of ``changes`` for a format."""
    from commit_tracker.report.changes import REPORTER_BY_FORMAT

    return REPORTER_BY_FORMAT[fmt]()
