"""The one problem record: every defect, a YAML syntax error included, becomes a Finding."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    """How serious a finding is; errors fail a run, warnings only with ``--strict``."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Finding:
    """A defect at a place in a file: 1-based line and column, the rule it breaks."""

    path: str
    line: int
    column: int
    rule: str
    message: str
    severity: Severity = Severity.ERROR
    item_id: str | None = None

    def location(self) -> str:
        """``path:line:column``, the form editors and terminals turn into links."""
        return f"{self.path}:{self.line}:{self.column}"
