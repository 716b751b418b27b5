"""The review dossier as versioned JSON: the one document every format of ``review`` renders."""

from __future__ import annotations

from typing import Any

from commit_tracker.dataset import Dataset
from commit_tracker.models import Principle, RoundTable, SourceRef
from commit_tracker.query.items import text_of, title_of
from commit_tracker.query.review import Measure, ObjectiveReview, Review
from commit_tracker.report.coverage import coverage_data
from commit_tracker.report.items import owner_name, source_data
from commit_tracker.vocabulary import Lang

REVIEW_JSON_VERSION = 1
"""The version of the dossier's JSON; it changes only when a field is removed or changes meaning."""


def dossier_data(review: Review, dataset: Dataset, lang: Lang) -> dict[str, Any]:
    """The dossier: principles, round tables with their objectives and measures, the summary, what needs attention."""
    objectives = review.objectives()
    measures = review.measures()
    return {
        "version": REVIEW_JSON_VERSION,
        "kind": "commit-tracker-review",
        "as_of": review.as_of.isoformat(),
        "lang": lang.value,
        "stale_days": review.stale_days,
        "principles": [_principle(principle) for principle in review.principles],
        "adoption": {state.value: count for state, count in review.adoption.items()},
        "round_tables": [
            {
                **(
                    _round_table(table.round_table)
                    if table.round_table
                    else {"number": None, "id": None, "objectives_listed": [], "decided_by": None, "source": None, "note": None}
                ),
                "objectives": [_objective(row, dataset, lang) for row in table.objectives],
            }
            for table in review.round_tables
        ],
        "summary": [
            {
                "number": row.coverage.number,
                "round_table": table.round_table.number if table.round_table else None,
                "title": title_of(row.objective, lang),
                "total": len(row.coverage.linked),
                "by_kind": {kind.value: count for kind, count in row.coverage.by_kind().items()},
                "actions": len(row.actions),
                "actions_with_measure": sum(1 for cover in row.actions if cover.measures),
                "gap": row.coverage.gap,
            }
            for table in review.round_tables
            for row in table.objectives
        ],
        "gaps": sorted(row.coverage.number for row in objectives if row.coverage.gap),
        "overdue": [measure.view.id for measure in measures if measure.view.overdue],
        "stale": [measure.view.id for measure in measures if measure.stale],
        "undated": [measure.view.id for measure in measures if measure.evidence is None],
        "sources": _sources(review, dataset),
    }


def _principle(principle: Principle) -> dict[str, Any]:
    return {
        "id": principle.id,
        "number": principle.number,
        "name_nb": principle.name_nb,
        "name_en": principle.name_en,
        "text": principle.text,
        "source": source_data(principle.source),
    }


def _round_table(table: RoundTable) -> dict[str, Any]:
    return {
        "number": table.number,
        "id": table.id,
        "objectives_listed": list(table.objectives),
        "decided_by": table.decided_by,
        "source": source_data(table.source),
        "note": table.note,
    }


def _objective(row: ObjectiveReview, dataset: Dataset, lang: Lang) -> dict[str, Any]:
    objective = row.objective
    return {
        "number": objective.number,
        "id": objective.id,
        "title": title_of(objective, lang),
        "paragraph": objective.paragraph,
        "commitment": objective.commitment,
        "source": source_data(objective.source),
        **coverage_data(row.coverage),
        "measures": [_measure(measure, dataset, lang) for measure in row.measures],
        "actions": [
            {
                "letter": cover.action.letter,
                "ref": f"{objective.number}.{cover.action.letter}",
                "text": cover.action.text,
                "adoption": cover.action.adoption_state.value,
                "adoption_source": source_data(cover.action.adoption.source) if cover.action.adoption else None,
                "measures": list(cover.measures),
            }
            for cover in row.actions
        ],
        "actions_without_measure": [cover.action.letter for cover in row.actions if not cover.measures],
        "whole_objective": [measure.view.id for measure in row.measures if str(objective.number) in measure.refs],
        "principles": [principle.id for principle in row.principles],
    }


def _measure(measure: Measure, dataset: Dataset, lang: Lang) -> dict[str, Any]:
    view, item = measure.view, measure.view.item
    evidence = measure.evidence
    return {
        "id": item.id,
        "kind": view.kind.value,
        "title": title_of(item, lang),
        "text": text_of(item),
        "owner": item.owner,
        "owner_name": owner_name(dataset, item.owner, lang) or None,
        "status": view.status.value,
        "due": item.due,
        "overdue": view.overdue,
        "stale": measure.stale,
        "refs": list(measure.refs),
        "last_evidence": None if evidence is None else {"date": evidence.date, "basis": evidence.basis.value, "source": source_data(evidence.source)},
        "source": source_data(item.source),
        "principles": list(item.principles),
    }


def _cited(review: Review) -> list[SourceRef]:
    """Every source reference the dossier shows, in order: documents and web pages."""
    refs: list[SourceRef | None] = [principle.source for principle in review.principles]
    for table in review.round_tables:
        if table.round_table:
            refs.append(table.round_table.source)
        for row in table.objectives:
            refs.append(row.objective.source)
            refs.extend(cover.action.adoption.source for cover in row.actions if cover.action.adoption)
            for measure in row.measures:
                refs.append(measure.view.item.source)
                refs.append(measure.evidence.source if measure.evidence else None)
    return [ref for ref in refs if ref is not None]


def _sources(review: Review, dataset: Dataset) -> dict[str, Any]:
    """The documents and the web pages the dossier cites: documents by id, pages by address."""
    refs = _cited(review)
    documents = sorted({ref.document for ref in refs if ref.document is not None})
    pages = {ref.url: ref for ref in refs if ref.url is not None}
    return {
        **{
            document: {"title": source.title, "publisher": source.publisher, "date": source.date, "file": source.file, "url": None}
            for document in documents
            if (source := dataset.sources[document])
        },
        **{url: {"title": ref.title, "publisher": ref.publisher, "date": ref.date, "file": None, "url": url} for url, ref in sorted(pages.items())},
    }
