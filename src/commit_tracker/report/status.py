"""The ``status`` report: counts per status for each kind, with bars, then the items."""

from __future__ import annotations

from collections.abc import Sequence

from commit_tracker.dataset import Dataset
from commit_tracker.query.filters import Filters
from commit_tracker.query.items import ItemView, title_of
from commit_tracker.query.tallies import statuses_by_kind
from commit_tracker.report.document import JSON_VERSION, Block, Cell, Document, Grid, Note, Records
from commit_tracker.report.items import ITEM_FIELDS, due_cell, item_data, item_record, status_cell
from commit_tracker.report.labels import kind_name, word
from commit_tracker.vocabulary import Lang

INDENT = "  "
ITEM_DROP_ORDER = (5, 2, 4)
"""On a narrow terminal the item table leaves out last update, then owner, then due; id, status and title stay."""


def status_document(views: Sequence[ItemView], dataset: Dataset, filters: Filters, lang: Lang) -> Document:
    """The status report of the items that passed the filters."""

    def data() -> dict[str, object]:
        summary = statuses_by_kind(views)
        return {
            "version": JSON_VERSION,
            "as_of": filters.as_of.isoformat(),
            "summary": {kind.value: {status.value: count for status, count in counts.items()} for kind, counts in summary.items()},
            "items": [item_data(view, dataset, lang) for view in views],
        }

    def records() -> Records:
        return Records(ITEM_FIELDS, tuple(item_record(view, dataset, lang) for view in views))

    return Document(data, records, lambda: _blocks(views, filters, lang) if views else (), lang=lang.value)


def _blocks(views: Sequence[ItemView], filters: Filters, lang: Lang) -> list[Block]:
    summary_rows: list[tuple[Cell, ...]] = []
    for kind, counts in statuses_by_kind(views).items():
        total = sum(counts.values())
        summary_rows.append((Cell(kind_name(kind, lang, plural=True), "heading"), Cell(str(total), "heading"), Cell("")))
        summary_rows.extend(
            (Cell(INDENT + status.label(lang), f"status.{status.value}"), Cell(str(count)), Cell("", f"status.{status.value}", (count, total)))
            for status, count in counts.items()
            if count
        )
    summary = Grid(
        headers=(word("status", lang), word("count", lang), word("share", lang)),
        rows=tuple(summary_rows),
        title=word("status_by_kind", lang),
        numeric=frozenset({1}),
    )
    items = Grid(
        headers=tuple(word(key, lang) for key in ("id", "title", "owner", "status", "due", "last_update")),
        rows=tuple(
            (
                Cell(view.id, "id"),
                Cell(title_of(view.item, lang)),
                Cell(view.item.owner or word("none", lang), "" if view.item.owner else "dim"),
                status_cell(view.status, lang),
                due_cell(view, lang),
                Cell(view.last_update or word("none", lang), "" if view.last_update else "dim"),
            )
            for view in views
        ),
        title=word("items", lang),
        wrap=frozenset({1}),
        drop=ITEM_DROP_ORDER,
    )
    blocks: list[Block] = [summary, items]
    if any(view.overdue for view in views):
        blocks.append(Note(word("overdue_mark", lang, as_of=filters.as_of.isoformat())))
    return blocks
