"""What changed between two points: a terminal report, a versioned JSON document, or Markdown for a report."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any, Protocol

from commit_tracker.history.changes import ChangeSet, Point, ValueChange
from commit_tracker.history.items import ItemState
from commit_tracker.report import ChangesFormat
from commit_tracker.report.history import NONE, commit_json, status_label, table_painter
from commit_tracker.report.labels import kind_name, word
from commit_tracker.report.table import markdown_table, render_table
from commit_tracker.sanitize import csv_safe, visible
from commit_tracker.vocabulary import Kind, Lang

JSON_VERSION = 1


class ChangesReporter(Protocol):
    """Turns a change set into the text written to stdout."""

    def render(self, changes: ChangeSet, *, width: int, lang: Lang = Lang.EN, color: bool = False) -> str:
        """The whole report; ``color``: terminal colours in the tables."""
        ...


def describe_point(point: Point, lang: Lang = Lang.EN) -> str:
    """``report-2025-q3 (1a2b3c4, 2025-09-30)``, or ``the working tree``."""
    if point.commit is None:
        return word("ch.working_tree", lang)
    return word("ch.point", lang, label=visible(point.label), commit=point.commit.short, date=point.commit.date.date().isoformat())


def summary(changes: ChangeSet, lang: Lang = Lang.EN) -> str:
    """One line of counts, for the top of a report and for stderr."""
    moved = sum(len(group) for group in changes.status_changes.values())
    return word(
        "ch.summary",
        lang,
        added=str(len(changes.added)),
        removed=str(len(changes.removed)),
        moved=str(moved),
        owners=str(len(changes.owner_changes)),
        dues=str(len(changes.due_changes)),
    )


def _delta(before: int, after: int) -> str:
    return f"{after - before:+d}" if after != before else "0"


def _kind(kind: str, lang: Lang) -> str:
    try:
        return kind_name(Kind(kind), lang)
    except ValueError:
        return kind


class TableReporter:
    """Sections of plain-text tables, statuses in words; a section with nothing in it is left out."""

    def render(self, changes: ChangeSet, *, width: int, lang: Lang = Lang.EN, color: bool = False) -> str:
        paint = table_painter(color)
        parts = [word("ch.title", lang, since=describe_point(changes.since, lang), until=describe_point(changes.until, lang)) + "\n"]
        w = {key: word(key, lang) for key in ("id", "kind", "status", "file", "title", "new_status", "was", "note", "now", "before", "after", "change")}

        def section(
            title: str,
            headers: list[str],
            rows: Sequence[Sequence[str]],
            wrap: Sequence[str] = (),
            drop: Sequence[str] = (),
            styles: list[list[str]] | None = None,
        ) -> None:
            if rows:
                table = render_table(headers, rows, width=width, wrap_columns=wrap, drop=drop, lang=lang, styles=styles, paint=paint)
                parts.append(f"{title} ({len(rows)})\n" + table)

        item_headers = [w["id"], w["kind"], w["status"], w["file"], w["title"]]
        unreadable = [list(row) for row in changes.unreadable]
        section(word("ch.unreadable", lang), [word("at", lang), w["file"], word("why", lang)], unreadable, [word("why", lang)])
        sets = (
            ("ch.added", changes.added),
            ("ch.removed", changes.removed),
            ("ch.unknown_before", changes.unknown_before),
            ("ch.unknown_after", changes.unknown_after),
        )
        for key, states in sets:
            styles = [["id", "", f"status.{state.status}", "", ""] for state in states]
            section(word(key, lang), item_headers, [_item_row(state, lang) for state in states], [w["title"]], [w["file"], w["kind"]], styles)
        status_rows = [
            [status_label(status, lang), change.item.id, status_label(change.old, lang), visible(change.note or "")]
            for status, group in changes.status_changes.items()
            for change in group
        ]
        status_styles = [[f"status.{status}", "id", f"status.{change.old}", ""] for status, group in changes.status_changes.items() for change in group]
        section(word("ch.status_changes", lang), [w["new_status"], w["id"], w["was"], w["note"]], status_rows, [w["note"]], styles=status_styles)
        section(word("ch.owner_changes", lang), [w["id"], w["was"], w["now"]], [_value_row(change) for change in changes.owner_changes])
        section(word("ch.due_changes", lang), [w["id"], w["was"], w["now"]], [_value_row(change) for change in changes.due_changes])
        count_rows = [[status_label(status, lang), str(before), str(after), _delta(before, after)] for status, (before, after) in changes.counts.items()]
        parts.append(word("ch.counts", lang) + "\n" + render_table([w["status"], w["before"], w["after"], w["change"]], count_rows, width=width, lang=lang))
        return "\n".join(parts)


def _item_row(state: ItemState, lang: Lang) -> list[str]:
    return [state.id, _kind(state.kind, lang), status_label(state.status, lang), visible(state.path), visible(state.title or "")]


def _value_row(change: ValueChange) -> list[str]:
    return [change.item.id, change.old or NONE, change.new or NONE]


CSV_FIELDS = ("change", "id", "kind", "title", "old", "new", "note")
"""The CSV columns of ``changes``: one row per change; ``change`` is added, removed, status, owner, due or count."""


class CsvReporter:
    """One row per change; the count per status as rows of change ``count`` (old: before, new: after)."""

    def render(self, changes: ChangeSet, *, width: int, lang: Lang = Lang.EN, color: bool = False) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_FIELDS)
        rows: list[tuple[str, ...]] = []
        rows.extend(("added", s.id, s.kind, s.title or "", "", s.status, "") for s in changes.added)
        rows.extend(("removed", s.id, s.kind, s.title or "", s.status, "", "") for s in changes.removed)
        for status, group in changes.status_changes.items():
            rows.extend(("status", c.item.id, c.item.kind, c.item.title or "", c.old, status, c.note or "") for c in group)
        rows.extend(("owner", c.item.id, c.item.kind, c.item.title or "", c.old or "", c.new or "", "") for c in changes.owner_changes)
        rows.extend(("due", c.item.id, c.item.kind, c.item.title or "", c.old or "", c.new or "", "") for c in changes.due_changes)
        rows.extend(("count", status, "", "", str(before), str(after), "") for status, (before, after) in changes.counts.items())
        writer.writerows([csv_safe(visible(cell)) for cell in row] for row in rows)
        return out.getvalue()


class JsonReporter:
    """``{"version": 1, "since": ..., "until": ..., "added": [...], ...}``."""

    def render(self, changes: ChangeSet, *, width: int, lang: Lang = Lang.EN, color: bool = False) -> str:
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

    def render(self, changes: ChangeSet, *, width: int, lang: Lang = Lang.EN, color: bool = False) -> str:
        since, until = _md_point(changes.since, lang), _md_point(changes.until, lang)
        parts = [f"## {word('ch.title', lang, since=since, until=until)}\n\n{summary(changes, lang).capitalize()}.\n"]
        w = {key: word(key, lang) for key in ("id", "title", "status", "was", "note", "now", "before", "after", "change")}

        def section(title: str, headers: list[str], rows: Sequence[Sequence[str]], level: str = "###") -> None:
            if rows:
                parts.append(f"{level} {title} ({len(rows)})\n\n{markdown_table(headers, rows)}")

        item_headers = [w["id"], w["title"], w["status"]]
        section(word("ch.added", lang), item_headers, [[f"`{s.id}`", s.title or "", status_label(s.status, lang)] for s in changes.added])
        section(word("ch.removed", lang), item_headers, [[f"`{s.id}`", s.title or "", status_label(s.status, lang)] for s in changes.removed])
        section(word("ch.unreadable", lang), [word("at", lang), word("file", lang), word("why", lang)], [list(row) for row in changes.unreadable])
        for key, states in (("ch.unknown_before", changes.unknown_before), ("ch.unknown_after", changes.unknown_after)):
            section(word(key, lang), item_headers, [[f"`{s.id}`", s.title or "", status_label(s.status, lang)] for s in states])
        if changes.status_changes:
            parts.append(f"### {word('ch.status_changes', lang)}\n")
        for status, group in changes.status_changes.items():
            rows = [[f"`{c.item.id}`", c.item.title or "", status_label(c.old, lang), c.note or ""] for c in group]
            section(word("ch.now", lang, status=status_label(status, lang)), [w["id"], w["title"], w["was"], w["note"]], rows, level="####")
        value_headers = [w["id"], w["was"], w["now"]]
        section(word("ch.owner_changes", lang), value_headers, [[f"`{c.item.id}`", c.old or NONE, c.new or NONE] for c in changes.owner_changes])
        section(word("ch.due_changes", lang), value_headers, [[f"`{c.item.id}`", c.old or NONE, c.new or NONE] for c in changes.due_changes])
        counts = [[status_label(status, lang), str(before), str(after), _delta(before, after)] for status, (before, after) in changes.counts.items()]
        parts.append(f"### {word('ch.counts', lang)}\n\n" + markdown_table([w["status"], w["before"], w["after"], w["change"]], counts, numeric=3))
        return "\n".join(parts)


def _md_point(point: Point, lang: Lang) -> str:
    if point.commit is None:
        return word("ch.working_tree", lang)
    return f"`{point.label}` ({point.commit.short}, {point.commit.date.date().isoformat()})"


REPORTER_BY_FORMAT: dict[ChangesFormat, type[ChangesReporter]] = {
    ChangesFormat.TABLE: TableReporter,
    ChangesFormat.JSON: JsonReporter,
    ChangesFormat.MARKDOWN: MarkdownReporter,
    ChangesFormat.CSV: CsvReporter,
}
