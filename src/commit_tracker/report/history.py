"""An item's history as a table or as a versioned JSON document."""

from __future__ import annotations

import json
from typing import Any, Protocol

from commit_tracker.history.gitrepo import Commit
from commit_tracker.history.timeline import Event, ItemHistory
from commit_tracker.report import HistoryFormat
from commit_tracker.report.table import render_table
from commit_tracker.sanitize import visible

JSON_VERSION = 1
NONE = "—"


class HistoryReporter(Protocol):
    """Turns an item's history into the text written to stdout."""

    def render(self, history: ItemHistory, *, width: int) -> str:
        """The whole report."""
        ...


class TableReporter:
    """One row per commit: its date, hash and author, the changes (a line each), the update's note."""

    def render(self, history: ItemHistory, *, width: int) -> str:
        rows = []
        for event in history.events:
            commit = event.commit
            first = [commit.date.date().isoformat(), commit.short, commit.author] if commit else ["", "uncommitted", ""]
            note = (event.update.note or "") if event.update else ""
            rows.append([*first, "\n".join(describe(event)), note])
        return visible(render_table(["date", "commit", "author", "changes", "note"], rows, width=width, wrap=["note"]))


def describe(event: Event) -> list[str]:
    """The changes of one event, in words, one per row."""
    lines = []
    if event.kind == "added":
        lines.append(f"added in {event.path}")
    elif event.kind == "removed":
        lines.append(f"removed from {event.path}")
    elif event.kind == "unknown":
        lines.append(f"state unknown: {event.path} could not be read ({event.reason})")
    elif event.kind == "readable":
        lines.append(f"readable again in {event.path}")
    elif event.kind == "cut":
        lines.append(f"first seen in {event.path}; {event.reason}")
    lines.extend(f"{change.field}: {change.old or NONE} → {change.new or NONE}" for change in event.changes)
    update = event.update
    if update is not None and not any(change.field == "status" for change in event.changes):
        lines.append(f"update {update.date}: {update.status}")
    return lines


class JsonReporter:
    """``{"version": 1, "id": ..., "events": [...]}``, oldest first."""

    def render(self, history: ItemHistory, *, width: int) -> str:
        document = {"version": JSON_VERSION, "id": history.item_id, "events": [_event(event) for event in history.events]}
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def commit_json(commit: Commit | None) -> dict[str, Any]:
    """The commit fields of a JSON document; all None for the working tree."""
    if commit is None:
        return {"commit": None, "short": None, "date": None, "author": None}
    return {"commit": commit.sha, "short": commit.short, "date": commit.date.isoformat(), "author": commit.author}


def _event(event: Event) -> dict[str, Any]:
    update = event.update
    return {
        **commit_json(event.commit),
        "event": event.kind,
        "path": event.path,
        "changes": [{"field": change.field, "old": change.old, "new": change.new} for change in event.changes],
        "update": {"date": update.date, "status": update.status, "note": update.note} if update is not None else None,
        "reason": event.reason,
    }


REPORTER_BY_FORMAT: dict[HistoryFormat, type[HistoryReporter]] = {
    HistoryFormat.TABLE: TableReporter,
    HistoryFormat.JSON: JsonReporter,
}
