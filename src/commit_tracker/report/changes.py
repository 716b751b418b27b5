"""What changed between two points: a terminal report, a versioned JSON document, or Markdown for a report."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Protocol

from commit_tracker.history.changes import ChangeSet, Point, ValueChange
from commit_tracker.history.items import ItemState
from commit_tracker.models import Status
from commit_tracker.report import ChangesFormat
from commit_tracker.report.history import NONE, commit_json
from commit_tracker.report.table import render_table
from commit_tracker.sanitize import visible

JSON_VERSION = 1


class ChangesReporter(Protocol):
    """Turns a change set into the text written to stdout."""

    def render(self, changes: ChangeSet, *, width: int) -> str:
        """The whole report."""
        ...


def describe_point(point: Point) -> str:
    """``report-2025-q3 (1a2b3c4, 2025-09-30)``, or ``the working tree``."""
    if point.commit is None:
        return "the working tree"
    return f"{point.label} ({point.commit.short}, {point.commit.date.date().isoformat()})"


def summary(changes: ChangeSet) -> str:
    """One line of counts, for the top of a report and for stderr."""
    moved = sum(len(group) for group in changes.status_changes.values())
    return (
        f"{len(changes.added)} added, {len(changes.removed)} removed, {moved} status change(s), "
        f"{len(changes.owner_changes)} owner change(s), {len(changes.due_changes)} due-date change(s)"
    )


def _delta(before: int, after: int) -> str:
    return f"{after - before:+d}" if after != before else "0"


class TableReporter:
    """Sections of plain-text tables; a section with nothing in it is left out."""

    def render(self, changes: ChangeSet, *, width: int) -> str:
        parts = [f"Changes from {describe_point(changes.since)} to {describe_point(changes.until)}\n"]

        def section(title: str, headers: list[str], rows: Sequence[Sequence[str]], wrap: Sequence[str] = ()) -> None:
            if rows:
                parts.append(f"{title} ({len(rows)})\n" + render_table(headers, rows, width=width, wrap=wrap))

        section("Added", ["id", "kind", "status", "file", "title"], [_item_row(state) for state in changes.added], ["title"])
        section("Removed", ["id", "kind", "status", "file", "title"], [_item_row(state) for state in changes.removed], ["title"])
        section("Unreadable files (their items' state is unknown there)", ["at", "file", "why"], [list(row) for row in changes.unreadable], ["why"])
        section("State unknown at the start", ["id", "kind", "status", "file", "title"], [_item_row(state) for state in changes.unknown_before], ["title"])
        section("State unknown at the end", ["id", "kind", "status", "file", "title"], [_item_row(state) for state in changes.unknown_after], ["title"])
        status_rows = [[status, change.item.id, change.old, change.note or ""] for status, group in changes.status_changes.items() for change in group]
        section("Status changes", ["new status", "id", "was", "note"], status_rows, ["note"])
        section("Owner changes", ["id", "was", "now"], [_value_row(change) for change in changes.owner_changes])
        section("Due-date changes", ["id", "was", "now"], [_value_row(change) for change in changes.due_changes])
        count_rows = [[status, str(before), str(after), _delta(before, after)] for status, (before, after) in changes.counts.items()]
        parts.append("Count per status\n" + render_table(["status", "before", "after", "change"], count_rows, width=width))
        return visible("\n".join(parts))  # labels, notes and authors come from the data and git


def _item_row(state: ItemState) -> list[str]:
    return [state.id, state.kind, state.status, state.path, state.title or ""]


def _value_row(change: ValueChange) -> list[str]:
    return [change.item.id, change.old or NONE, change.new or NONE]


class JsonReporter:
    """``{"version": 1, "since": ..., "until": ..., "added": [...], ...}``."""

    def render(self, changes: ChangeSet, *, width: int) -> str:
        document = {
            "version": JSON_VERSION,
            "since": _point_json(changes.since),
            "until": _point_json(changes.until),
            "added": [_item_json(state) for state in changes.added],
            "removed": [_item_json(state) for state in changes.removed],
            "unknown_before": [_item_json(state) for state in changes.unknown_before],
            "unknown_after": [_item_json(state) for state in changes.unknown_after],
            "unreadable": [{"at": at, "path": path, "reason": reason} for at, path, reason in changes.unreadable],
            "status_changes": {
                status: [{**_item_json(change.item), "old": change.old, "note": change.note} for change in group]
                for status, group in changes.status_changes.items()
            },
            "owner_changes": [{"id": change.item.id, "old": change.old, "new": change.new} for change in changes.owner_changes],
            "due_changes": [{"id": change.item.id, "old": change.old, "new": change.new} for change in changes.due_changes],
            "counts": {status: {"before": before, "after": after} for status, (before, after) in changes.counts.items()},
        }
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _point_json(point: Point) -> dict[str, Any]:
    fields = commit_json(point.commit)
    return {"label": point.label, "commit": fields["commit"], "date": fields["date"]}


def _item_json(state: ItemState) -> dict[str, Any]:
    return {"id": state.id, "kind": state.kind, "path": state.path, "title": state.title, "status": state.status, "owner": state.owner, "due": state.due}


class MarkdownReporter:
    """Markdown that pastes straight into a periodic report: statuses in words, one table per section."""

    def render(self, changes: ChangeSet, *, width: int) -> str:
        since, until = _md_point(changes.since), _md_point(changes.until)
        parts = [f"## Changes from {since} to {until}\n\n{summary(changes).capitalize()}.\n"]

        def section(title: str, headers: list[str], rows: Sequence[Sequence[str]], level: str = "###") -> None:
            if rows:
                parts.append(f"{level} {title} ({len(rows)})\n\n{_md_table(headers, rows)}")

        section("Added", ["id", "title", "status"], [[f"`{s.id}`", s.title or "", _label(s.status)] for s in changes.added])
        section("Removed", ["id", "title", "status"], [[f"`{s.id}`", s.title or "", _label(s.status)] for s in changes.removed])
        section("Unreadable files (their items' state is unknown there)", ["at", "file", "why"], [list(row) for row in changes.unreadable])
        section("State unknown at the start", ["id", "title", "status"], [[f"`{s.id}`", s.title or "", _label(s.status)] for s in changes.unknown_before])
        section("State unknown at the end", ["id", "title", "status"], [[f"`{s.id}`", s.title or "", _label(s.status)] for s in changes.unknown_after])
        if changes.status_changes:
            parts.append("### Status changes\n")
        for status, group in changes.status_changes.items():
            rows = [[f"`{c.item.id}`", c.item.title or "", _label(c.old), c.note or ""] for c in group]
            section(f"Now {_label(status)}", ["id", "title", "was", "note"], rows, level="####")
        section("Owner changes", ["id", "was", "now"], [[f"`{c.item.id}`", c.old or NONE, c.new or NONE] for c in changes.owner_changes])
        section("Due-date changes", ["id", "was", "now"], [[f"`{c.item.id}`", c.old or NONE, c.new or NONE] for c in changes.due_changes])
        counts = [[_label(status), str(before), str(after), _delta(before, after)] for status, (before, after) in changes.counts.items()]
        parts.append("### Count per status\n\n" + _md_table(["status", "before", "after", "change"], counts, numeric=3))
        return visible("\n".join(parts))


def _md_point(point: Point) -> str:
    if point.commit is None:
        return "the working tree"
    return f"`{point.label}` ({point.commit.short}, {point.commit.date.date().isoformat()})"


def _label(status: str) -> str:
    try:
        return Status(status).label("en")
    except ValueError:
        return status


def _md_table(headers: Sequence[str], rows: Sequence[Sequence[str]], *, numeric: int = 0) -> str:
    """A Markdown table; the last ``numeric`` columns are right-aligned."""
    rule = ["---"] * (len(headers) - numeric) + ["--:"] * numeric
    lines = [headers, rule, *([_md_cell(cell) for cell in row] for row in rows)]
    return "".join("| " + " | ".join(line) + " |\n" for line in lines)


def _md_cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


REPORTER_BY_FORMAT: dict[ChangesFormat, type[ChangesReporter]] = {
    ChangesFormat.TABLE: TableReporter,
    ChangesFormat.JSON: JsonReporter,
    ChangesFormat.MARKDOWN: MarkdownReporter,
}
