"""The Markdown summary of a run for a GitHub Actions step (the file named by $GITHUB_STEP_SUMMARY)."""

from __future__ import annotations

from collections.abc import Sequence

from commit_tracker.findings import Finding
from commit_tracker.report.findings import summarize
from commit_tracker.sanitize import visible

SUMMARY_ROWS = 200
"""Rows in the summary's table; the rest are counted. (GitHub takes up to 1 MiB per step.)"""


def step_summary(findings: Sequence[Finding], files_checked: int, title: str = "commit-tracker check") -> str:
    """A heading, the counts, and a table of the findings."""
    counts = summarize(findings, files_checked)
    lines = [f"## {title}", ""]
    if not findings:
        lines += [f"{files_checked} file(s) checked: no problems.", ""]
        return "\n".join(lines) + "\n"
    lines += [f"{counts['errors']} error(s), {counts['warnings']} warning(s) in {files_checked} file(s).", ""]
    lines += ["| where | severity | rule | message |", "|---|---|---|---|"]
    for f in findings[:SUMMARY_ROWS]:
        where = visible(f.location(), keep_newlines=False).replace("`", "'")
        lines.append(f"| `{where}` | {f.severity.value} | `{f.rule}` | {_cell(f.message)} |")
    if len(findings) > SUMMARY_ROWS:
        lines += ["", f"… and {len(findings) - SUMMARY_ROWS} more; the job's log lists every finding."]
    return "\n".join(lines) + "\n\n"


def _cell(text: str) -> str:
    """Text for a Markdown table cell: no line breaks, pipes and markup escaped."""
    flat = " ".join(visible(text).split())
    for char in "\\|*_`[]<>":
        flat = flat.replace(char, "\\" + char)
    return flat
