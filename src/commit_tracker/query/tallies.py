"""Counts the reports summarise: statuses by kind, objectives by coverage, items by owner.

Every count is of commitments only: entries whose role is ``heading`` or ``criterion`` are
structure around commitments and are left out of every tally.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from commit_tracker.dataset import Dataset
from commit_tracker.models import Objective, Owner
from commit_tracker.query.items import ItemView, iter_views
from commit_tracker.vocabulary import Kind, Role, Status


def counted(views: Iterable[ItemView]) -> list[ItemView]:
    """The views that tallies count: commitments (role ``pledge``), not headings or criteria."""
    return [view for view in views if view.item.role is Role.PLEDGE]


def count_statuses(views: Iterable[ItemView]) -> dict[Status, int]:
    """How many commitments have each status, for every status in vocabulary order (zeros included)."""
    counts = Counter(view.status for view in counted(views))
    return {status: counts[status] for status in Status}


def statuses_by_kind(views: Iterable[ItemView]) -> dict[Kind, dict[Status, int]]:
    """Status counts for each kind that has items, in the order of ``Kind``."""
    grouped: dict[Kind, list[ItemView]] = {}
    for view in counted(views):
        grouped.setdefault(view.kind, []).append(view)
    return {kind: count_statuses(grouped[kind]) for kind in Kind if kind in grouped}


@dataclass(frozen=True)
class Coverage:
    """One compact objective and the items linked to it."""

    objective: ItemView
    linked: tuple[ItemView, ...]

    @property
    def number(self) -> int:
        """The objective's number."""
        assert isinstance(self.objective.item, Objective)
        return self.objective.item.number

    @property
    def gap(self) -> bool:
        """True when no item is linked to the objective."""
        return not self.linked

    def by_kind(self) -> dict[Kind, int]:
        """How many linked items of each kind, for every kind (zeros included)."""
        counts = Counter(view.kind for view in self.linked)
        return {kind: counts[kind] for kind in Kind}

    def by_status(self) -> dict[Status, int]:
        """How many linked items have each status."""
        return count_statuses(self.linked)


def coverage(dataset: Dataset, as_of: dt.date) -> list[Coverage]:
    """Every loaded objective, by number, with the other commitments linked to it or its actions."""
    views = counted(iter_views(dataset, as_of))
    objectives = sorted((view for view in views if isinstance(view.item, Objective)), key=lambda view: view.objectives[0])
    rows = []
    for objective in objectives:
        number = objective.objectives[0]
        linked = tuple(view for view in views if view is not objective and number in view.objectives)
        rows.append(Coverage(objective, linked))
    return rows


@dataclass(frozen=True)
class OwnerTally:
    """One owner, or ``None`` for the items that name no owner, and the items it owns."""

    owner: Owner | None
    parent: Owner | None
    views: tuple[ItemView, ...]

    @property
    def overdue(self) -> int:
        """How many of the owner's items are overdue."""
        return sum(view.overdue for view in self.views)

    def by_status(self) -> dict[Status, int]:
        """How many of the owner's items have each status."""
        return count_statuses(self.views)


def owner_tallies(dataset: Dataset, as_of: dt.date) -> list[OwnerTally]:
    """Every owner in registry order with the items that name it, then the items with no owner.

    A unit's items are counted for the unit only, not again for the body it belongs to; headings
    and criteria are not counted.
    """
    views = counted(iter_views(dataset, as_of))
    rows = [
        OwnerTally(owner, dataset.owners.get(owner.parent or ""), tuple(view for view in views if view.item.owner == owner.id))
        for owner in dataset.owners.values()
    ]
    unowned = tuple(view for view in views if view.item.owner is None)
    if unowned:
        rows.append(OwnerTally(None, None, unowned))
    return rows
