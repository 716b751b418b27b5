"""Reporters of findings: one class per output format, chosen from a registry by name."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Protocol

from commit_tracker.findings import Finding


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
