"""Findings as text lines, as a versioned JSON document, or as GitHub workflow commands."""

from __future__ import annotations

import json
from collections.abc import Sequence

from commit_tracker.findings import Finding, Severity
from commit_tracker.report import FindingsFormat, FindingsReporter

JSON_VERSION = 1


class TextReporter:
    """``path:line:col: severity: message [rule]``, one line per finding."""

    def render(self, findings: Sequence[Finding], files_checked: int) -> str:
        return "".join(f"{f.location()}: {f.severity.value}: {f.message} [{f.rule}]\n" for f in findings)


class JsonReporter:
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


class GithubReporter:
    """GitHub Actions workflow commands: an annotation on the offending line."""

    def render(self, findings: Sequence[Finding], files_checked: int) -> str:
        lines = []
        for f in findings:
            level = "error" if f.severity is Severity.ERROR else "warning"
            props = f"file={_escape_property(f.path)},line={f.line},col={f.column},title={_escape_property(f.rule)}"
            lines.append(f"::{level} {props}::{_escape_data(f.message)}\n")
        return "".join(lines)


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def summarize(findings: Sequence[Finding], files_checked: int) -> dict[str, int]:
    """Counts of errors and warnings, and how many files were checked."""
    errors = sum(1 for f in findings if f.severity is Severity.ERROR)
    return {"files": files_checked, "errors": errors, "warnings": len(findings) - errors}


REPORTER_BY_FORMAT: dict[FindingsFormat, type[FindingsReporter]] = {
    FindingsFormat.TEXT: TextReporter,
    FindingsFormat.JSON: JsonReporter,
    FindingsFormat.GITHUB: GithubReporter,
}
