"""Checks across files: every reference resolves, objectives are whole."""

from __future__ import annotations

import string
from collections.abc import Iterator

from commit_tracker.dataset import Dataset
from commit_tracker.findings import Finding
from commit_tracker.models import Objective, Pledge, SourceRef


def check_integrity(dataset: Dataset) -> list[Finding]:
    """Findings for references that do not resolve, objectives that are not whole, round tables that overlap."""
    return [*_iter_reference_problems(dataset), *_iter_objective_problems(dataset), *_iter_round_table_problems(dataset)]


def _iter_reference_problems(dataset: Dataset) -> Iterator[Finding]:
    for owner in dataset.owners.values():
        origin = dataset.origins[owner.id]
        if owner.parent is not None and owner.parent not in dataset.owners:
            yield origin.finding(owner.id, "unknown-owner", f"parent '{owner.parent}' is not in the owners registry; add it or fix the id", "parent")
        if owner.source is not None:
            yield from _source_ref_problems(dataset, owner.id, owner.source, ("source",))
    for entry in dataset.sourced_entries():
        yield from _source_ref_problems(dataset, entry.id, entry.source, ("source",))
    for item_id, item in dataset.items.items():
        origin = dataset.origins[item_id]
        if item.owner is not None and item.owner not in dataset.owners:
            yield origin.finding(item_id, "unknown-owner", f"owner '{item.owner}' is not in the owners registry; add it to the owners or fix the id", "owner")
        yield from _source_ref_problems(dataset, item_id, item.source, ("source",))
        for index, update in enumerate(item.updates):
            if update.source is not None:
                yield from _source_ref_problems(dataset, item_id, update.source, ("updates", index, "source"))
        for field in ("duplicate_of", "supersedes"):
            target = getattr(item, field)
            if target is not None and target not in dataset.items:
                yield origin.finding(item_id, "unknown-item", f"{field} '{target}' is not the id of any item", field)
            elif target == item_id:
                yield origin.finding(item_id, "unknown-item", f"{field} names the item itself", field)
        if isinstance(item, Pledge):
            if item.parent is not None and not isinstance(dataset.items.get(item.parent), Pledge):
                yield origin.finding(item_id, "unknown-item", f"parent '{item.parent}' is not the id of a pledge", "parent")
            if item.initiative is not None and item.initiative not in dataset.initiatives:
                yield origin.finding(
                    item_id, "unknown-initiative", f"initiative '{item.initiative}' is not in the initiatives; add it or fix the id", "initiative"
                )
        for index, ref in enumerate(item.objectives):
            problem = _objective_ref_problem(dataset, ref)
            if problem:
                yield origin.finding(item_id, "unknown-objective", problem, "objectives", index)
        for index, principle in enumerate(item.principles):
            if principle not in dataset.principles:
                message = f"principle '{principle}' is not among the guiding principles; add it or fix the id"
                yield origin.finding(item_id, "unknown-principle", message, "principles", index)
        if isinstance(item, Objective):
            for index, action in enumerate(item.actions):
                if action.adoption is not None and action.adoption.source is not None:
                    yield from _source_ref_problems(dataset, item_id, action.adoption.source, ("actions", index, "adoption", "source"))


def _source_ref_problems(dataset: Dataset, entry_id: str, ref: SourceRef, path: tuple[str | int, ...]) -> Iterator[Finding]:
    if ref.document is not None and ref.document not in dataset.sources:
        origin = dataset.origins[entry_id]
        yield origin.finding(entry_id, "unknown-source", f"document '{ref.document}' is not in the sources registry; add it or fix the id", *path, "document")


def _objective_ref_problem(dataset: Dataset, ref: str) -> str | None:
    number, _, letter = ref.partition(".")
    objective = dataset.objective(int(number))
    if objective is None:
        return f"objective {number} is not among the loaded objectives"
    if letter and letter not in {action.letter for action in objective.actions}:
        return f"objective {number} has no action '{letter}'"
    return None


def _iter_objective_problems(dataset: Dataset) -> Iterator[Finding]:
    seen: dict[int, str] = {}
    for objective in dataset.objectives():
        origin = dataset.origins[objective.id]
        if objective.number in seen:
            yield origin.finding(objective.id, "duplicate-objective", f"objective {objective.number} is already defined by {seen[objective.number]}", "number")
        seen.setdefault(objective.number, objective.id)
        letters = [action.letter for action in objective.actions]
        for index, (got, want) in enumerate(zip(letters, string.ascii_lowercase, strict=False)):
            if got != want:
                message = f"actions must run a, b, c, ... without a gap; found '{got}' where '{want}' belongs"
                yield origin.finding(objective.id, "action-letters", message, "actions", index, "letter")
                break


def _iter_round_table_problems(dataset: Dataset) -> Iterator[Finding]:
    """Each objective in the round tables is loaded and reviewed by one round table only."""
    seen: dict[int, str] = {}
    for table in dataset.round_tables.values():
        origin = dataset.origins[table.id]
        for index, number in enumerate(table.objectives):
            if dataset.objective(number) is None:
                yield origin.finding(table.id, "unknown-objective", f"objective {number} is not among the loaded objectives", "objectives", index)
            if number in seen:
                message = f"objective {number} is already reviewed by {seen[number]}; an objective belongs to one round table"
                yield origin.finding(table.id, "round-table-overlap", message, "objectives", index)
            seen.setdefault(number, table.id)
