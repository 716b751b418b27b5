"""An item's history as a table, Markdown, CSV or a versioned JSON document; statuses in words in the language."""

from __future__ import annotations

import csv
import io
import json
from typing import Any, Protocol

from commit_tracker.history.gitrepo import Commit
from commit_tracker.history.timeline import Event, ItemHistory
from commit_tracker.report import HistoryFormat
from commit_tracker.report.labels import word
from commit_tracker.report.layout import Painter
from commit_tracker.report.table import markdown_table, render_table
from commit_tracker.sanitize import csv_safe, visible
from commit_tracker.vocabulary import Lang, Status

JSON_VERSION = 1
NONE = "—"
FIELD_WORDS = {"status": "status", "owner": "owner", "due": "due", "file": "file"}
"""The words for the fields a history follows (keys of ``labels``)."""
CSV_FIELDS = ("date", "commit", "author", "event", "path", "field", "old", "new", "update_date", "update_status", "note")
"""The CSV columns of ``history``: one row per change (an event without changes is one row)."""


class HistoryReporter(Protocol):
    """Turns an item's history into the text written to stdout."""

    def render(self, history: ItemHistory, *, width: int, lang: Lang = Lang.EN, color: bool = False) -> str:
        """The whole report; ``color``: terminal colours in the table."""
        ...


def status_label(value: str | None, lang: Lang) -> str:
    """A status code as the reports name it (``in_progress`` → ``in progress``, ``pågår``); anything else as written."""
    if not value:
        return NONE
    try:
        return Status(value).label(lang)
    except ValueError:
        return value


def _rows(history: ItemHistory, lang: Lang) -> list[list[str]]:
    rows = []
    for event in history.events:
        commit = event.commit
        first = [commit.date.date().isoformat(), commit.short, visible(commit.author)] if commit else ["", word("uncommitted", lang), ""]
        note = (event.update.note or "") if event.update else ""
        rows.append([*first, "\n".join(describe(event, lang)), visible(note)])
    return rows


def _headers(lang: Lang) -> list[str]:
    return [word(key, lang) for key in ("date", "commit", "author", "changes", "note")]


class TableReporter:
    """One row per commit: its date, hash and author, the changes (a line each), the update's note."""

    def render(self, history: ItemHistory, *, width: int, lang: Lang = Lang.EN, color: bool = False) -> str:
        headers = _headers(lang)
        rows = _rows(history, lang)
        styles = [["dim", "id" if event.commit else "overdue", "", "", ""] for event in history.events]
        return render_table(
            headers, rows, width=width, wrap_columns=[headers[4]], drop=[headers[2], headers[1]], lang=lang, styles=styles, paint=table_painter(color)
        )


def table_painter(color: bool) -> Painter:
    """Terminal colours for a table, or none."""
    from commit_tracker.report import Terminal
    from commit_tracker.report.formats import painter

    return painter(Terminal(color_system="standard" if color else None))


class MarkdownReporter:
    """The same rows as a Markdown table, for a report."""

    def render(self, history: ItemHistory, *, width: int, lang: Lang = Lang.EN, color: bool = False) -> str:
        rows = [[*row[:3], "<br>".join(row[3].split("\n")), row[4]] for row in _rows(history, lang)]
        return f"**{word('history_of', lang, item=history.item_id)}**\n\n" + markdown_table(_headers(lang), rows)


class CsvReporter:
    """One row per change of a field, with the commit and the update it came with."""

    def render(self, history: ItemHistory, *, width: int, lang: Lang = Lang.EN, color: bool = False) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_FIELDS)
        for event in history.events:
            commit = commit_json(event.commit)
            update = event.update
            tail = [update.date, update.status, update.note or ""] if update else ["", "", ""]
            changes = [(change.field, change.old or "", change.new or "") for change in event.changes] or [("", "", "")]
            for field, old, new in changes:
                row = [(commit["date"] or "")[:10], commit["short"] or "", commit["author"] or "", event.kind, event.path, field, old, new, *tail]
                writer.writerow([csv_safe(visible(cell)) for cell in row])
        return out.getvalue()


def describe(event: Event, lang: Lang = Lang.EN) -> list[str]:
    """The changes of one event, in words, one per row."""
    lines = []
    if event.kind == "added":
        lines.append(word("hist.added", lang, path=event.path))
    elif event.kind == "removed":
        lines.append(word("hist.removed", lang, path=event.path))
    elif event.kind == "unknown":
        lines.append(word("hist.unknown", lang, path=event.path, reason=event.reason or ""))
    elif event.kind == "readable":
        lines.append(word("hist.readable", lang, path=event.path))
    elif event.kind == "cut":
        lines.append(word("hist.cut", lang, path=event.path, reason=event.reason or ""))
    for change in event.changes:
        old, new = (status_label(change.old, lang), status_label(change.new, lang)) if change.field == "status" else (change.old or NONE, change.new or NONE)
        label = word(FIELD_WORDS[change.field], lang) if change.field in FIELD_WORDS else change.field
        lines.append(f"{label}: {old} → {new}")
    update = event.update
    if update is not None and not any(change.field == "status" for change in event.changes):
        lines.append(word("hist.update", lang, date=update.date, status=status_label(update.status, lang)))
    return [visible(line) for line in lines]


class JsonReporter:
    """``{"version": 1, "id": ..., "events": [...]}``, oldest first."""

    def render(self, history: ItemHistory, *, width: int, lang: Lang = Lang.EN, color: bool = False) -> str:
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
    HistoryFormat.MARKDOWN: MarkdownReporter,
    HistoryFormat.CSV: CsvReporter,
}
