"""The ``owners`` report: per owner, how many items, how many per status, how many overdue."""

from __future__ import annotations

from collections.abc import Sequence

from commit_tracker.dataset import Dataset
from commit_tracker.query.tallies import OwnerTally
from commit_tracker.report.document import JSON_VERSION, Cell, Document, Grid, Records
from commit_tracker.report.items import owner_name
from commit_tracker.report.labels import word
from commit_tracker.vocabulary import Lang, Status

OWNER_FIELDS = ("id", "name", "parent", "parent_name", "total", *(status.value for status in Status), "overdue", "items")
"""The CSV columns: the owner, its parent, its items in total and per status, how many overdue, the item ids."""


def owners_document(tallies: Sequence[OwnerTally], dataset: Dataset, lang: Lang, as_of: str) -> Document:
    """The owners report; the last row, with no id, holds the items that name no owner."""
    data = {"version": JSON_VERSION, "as_of": as_of, "owners": [_data(tally, dataset, lang) for tally in tallies]}
    records = Records(OWNER_FIELDS, tuple(_record(tally, dataset, lang) for tally in tallies))
    return Document(data, records, [_grid(tallies, dataset, lang)] if tallies else (), lang=lang.value)


def _data(tally: OwnerTally, dataset: Dataset, lang: Lang) -> dict[str, object]:
    owner, parent = tally.owner, tally.parent
    return {
        "id": owner.id if owner else None,
        "name": owner_name(dataset, owner.id, lang) if owner else None,
        "parent": parent.id if parent else None,
        "parent_name": owner_name(dataset, parent.id, lang) if parent else None,
        "total": len(tally.views),
        "by_status": {status.value: count for status, count in tally.by_status().items()},
        "overdue": tally.overdue,
        "items": [view.id for view in tally.views],
    }


def _record(tally: OwnerTally, dataset: Dataset, lang: Lang) -> tuple[str, ...]:
    data = _data(tally, dataset, lang)
    return (
        str(data["id"] or ""),
        str(data["name"] or ""),
        str(data["parent"] or ""),
        str(data["parent_name"] or ""),
        str(data["total"]),
        *(str(count) for count in tally.by_status().values()),
        str(tally.overdue),
        " ".join(view.id for view in tally.views),
    )


def _grid(tallies: Sequence[OwnerTally], dataset: Dataset, lang: Lang) -> Grid:
    rows = []
    for tally in tallies:
        owner, parent = tally.owner, tally.parent
        name = owner_name(dataset, owner.id, lang) if owner else word("no_owner", lang)
        if parent:
            name += f" ({word('under', lang, parent=owner_name(dataset, parent.id, lang))})"
        breakdown = ", ".join(f"{count} {status.label(lang)}" for status, count in tally.by_status().items() if count)
        rows.append(
            (
                Cell(owner.id if owner else word("none", lang), "id" if owner else "dim"),
                Cell(name),
                Cell(str(len(tally.views))),
                Cell(breakdown),
                Cell(str(tally.overdue), "overdue" if tally.overdue else ""),
            )
        )
    headers = (word("owner", lang), word("name", lang), word("total", lang), word("by_status", lang), word("overdue", lang))
    return Grid(headers, tuple(rows), title=word("owners", lang), numeric=frozenset({2, 4}))
