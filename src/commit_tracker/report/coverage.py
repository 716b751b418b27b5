"""The ``coverage`` report: each compact objective against the items linked to it; gaps stand out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from commit_tracker.query.items import title_of
from commit_tracker.query.tallies import Coverage
from commit_tracker.report.document import JSON_VERSION, Block, Cell, Document, Grid, Note, Records
from commit_tracker.report.labels import word
from commit_tracker.vocabulary import Kind, Lang, Status

COVERAGE_FIELDS = ("number", "id", "title", "status", *(kind.value for kind in Kind), "total", *(status.value for status in Status), "gap", "items")
"""The CSV columns: the objective, linked items per kind, in total and per status, the gap flag and the linked ids."""


def coverage_data(row: Coverage) -> dict[str, Any]:
    """What the JSON says of one objective's coverage; the review dossier says the same."""
    return {
        "status": row.objective.status.value,
        "total": len(row.linked),
        "by_kind": {kind.value: count for kind, count in row.by_kind().items()},
        "by_status": {status.value: count for status, count in row.by_status().items()},
        "gap": row.gap,
        "items": [view.id for view in row.linked],
    }


def coverage_document(rows: Sequence[Coverage], lang: Lang) -> Document:
    """The coverage report of the loaded objectives."""
    data = {
        "version": JSON_VERSION,
        "objectives": [{"number": row.number, "id": row.objective.id, "title": title_of(row.objective.item, lang), **coverage_data(row)} for row in rows],
        "gaps": [row.number for row in rows if row.gap],
    }
    records = Records(
        COVERAGE_FIELDS,
        tuple(
            (
                str(row.number),
                row.objective.id,
                title_of(row.objective.item, lang),
                row.objective.status.value,
                *(str(count) for count in row.by_kind().values()),
                str(len(row.linked)),
                *(str(count) for count in row.by_status().values()),
                "true" if row.gap else "false",
                " ".join(view.id for view in row.linked),
            )
            for row in rows
        ),
    )
    return Document(data, records, _blocks(rows, lang) if rows else (), lang=lang.value)


def _blocks(rows: Sequence[Coverage], lang: Lang) -> list[Block]:
    headers = (
        "#",
        word("objective", lang),
        word("followups", lang),
        word("pledges", lang),
        word("total", lang),
        word("by_status", lang),
    )
    grid_rows = []
    for row in rows:
        by_kind = row.by_kind()
        breakdown = ", ".join(f"{count} {status.label(lang)}" for status, count in row.by_status().items() if count)
        grid_rows.append(
            (
                Cell(str(row.number), "id"),
                Cell(title_of(row.objective.item, lang)),
                Cell(str(by_kind[Kind.FOLLOWUP])),
                Cell(str(by_kind[Kind.PLEDGE])),
                Cell(str(len(row.linked)), "gap" if row.gap else ""),
                Cell(word("gap", lang), "gap") if row.gap else Cell(breakdown),
            )
        )
    gaps = [str(row.number) for row in rows if row.gap]
    note = word("gaps", lang, numbers=", ".join(gaps)) if gaps else word("no_gaps", lang)
    return [Grid(headers, tuple(grid_rows), title=word("coverage", lang), numeric=frozenset({0, 2, 3, 4}), drop=(2, 3)), Note(note)]
