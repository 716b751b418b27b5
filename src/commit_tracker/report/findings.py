"""Findings as text lines, as a versioned JSON document, or as GitHub workflow commands."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from commit_tracker.findings import Finding, Severity
from commit_tracker.report import FindingsFormat, FindingsReporter, ReportContext, Reporter
from commit_tracker.report.junit import JunitReporter
from commit_tracker.report.sarif import SarifReporter
from commit_tracker.sanitize import visible

JSON_VERSION = 1
GITHUB_LIMIT = 10
"""GitHub shows at most this many error annotations, and as many warnings, per step."""

_BOLD, _DIM, _RED, _YELLOW, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[1;31m", "\x1b[1;33m", "\x1b[0m"


class TextReporter(Reporter):
    """``path:line:col: severity: message [rule]``, one line per finding; in colour on request."""

    def render(self, findings: Sequence[Finding], files_checked: int) -> str:
        # A path or message may carry characters from the data: they are shown, never obeyed.
        if not self.context.color:
            return "".join(f"{visible(f.location())}: {f.severity.value}: {visible(f.message, keep_newlines=False)} [{f.rule}]\n" for f in findings)
        lines = []
        for f in findings:
            level = f"{_RED if f.severity is Severity.ERROR else _YELLOW}{f.severity.value}{_RESET}"
            message = visible(f.message, keep_newlines=False)
            lines.append(f"{_BOLD}{visible(f.location())}{_RESET}: {level}: {message} {_DIM}[{f.rule}]{_RESET}\n")
        return "".join(lines)


class JsonReporter(Reporter):
    """``{"version": 1, "findings": [...], "summary": {...}}``."""

    def render(self, findings: Sequence[Finding], files_checked: int) -> str:
        document = {
            "version": JSON_VERSION,
            "findings": [
                {
                    "path": f.path,
                    "line": f.line,
                    "column": f.column,
                    "severity": f.severity.value,
                    "rule": f.rule,
                    "item_id": f.item_id,
                    "message": f.message,
                }
                for f in findings
            ],
            "summary": summarize(findings, files_checked),
        }
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


class GithubReporter(Reporter):
    """GitHub Actions workflow commands: an annotation on the offending line.

    All findings are written, but GitHub annotates only the first 10 errors and 10 warnings of
    a step; a closing notice says how many more there are.
    """

    def render(self, findings: Sequence[Finding], files_checked: int) -> str:
        lines = []
        for f in findings:
            level = "error" if f.severity is Severity.ERROR else "warning"
            props = f"file={_escape_property(f.path)},line={f.line},col={f.column},title={_escape_property(f.rule)}"
            lines.append(f"::{level} {props}::{_escape_data(f.message)}\n")
        counts = summarize(findings, files_checked)
        beyond = [f"{counts[key] - GITHUB_LIMIT} {key[:-1]}(s)" for key in ("errors", "warnings") if counts[key] > GITHUB_LIMIT]
        if beyond:
            message = f"{' and '.join(beyond)} were not annotated: GitHub shows {GITHUB_LIMIT} of each per step; this log lists every finding"
            lines.append(f"::notice title=commit-tracker::{message}\n")
        return "".join(lines)


def _escape_data(text: str) -> str:
    # GitHub's log renders ANSI sequences: controls from the data are shown as escapes first.
    return visible(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def summarize(findings: Sequence[Finding], files_checked: int) -> dict[str, int]:
    """Counts of errors and warnings, and how many files were checked."""
    errors = sum(1 for f in findings if f.severity is Severity.ERROR)
    return {"files": files_checked, "errors": errors, "warnings": len(findings) - errors}


REPORTER_BY_FORMAT: dict[FindingsFormat, Callable[[ReportContext], FindingsReporter]] = {
    FindingsFormat.TEXT: TextReporter,
    FindingsFormat.JSON: JsonReporter,
    FindingsFormat.GITHUB: GithubReporter,
    FindingsFormat.SARIF: SarifReporter,
    FindingsFormat.JUNIT: JunitReporter,
}
