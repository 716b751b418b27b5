"""Counts the reports summarise: statuses by kind, objectives by coverage, items by owner.

Every count is of commitments only: entries whose role is ``heading`` or ``criterion`` are
structure around commitments and are left out of every tally.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from commit_tracker.dataset import Dataset
from commit_tracker.models import Objective, Owner
from commit_tracker.query.items import ItemView, is_stale, iter_views
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


STALE_DAYS = 365
"""The briefing's 'stale': a status last stated more than this many days ago (check's ``stale`` default)."""


class Reason(StrEnum):
    """Why the briefing asks for attention to an item; an item is listed for the first that applies."""

    OVERDUE = "overdue"
    STALLED = "stalled"
    NOT_STARTED = "not_started"
    STALE = "stale"


@dataclass(frozen=True)
class Briefing:
    """What the officials' briefing says: the tally, the headline counts and the items needing attention."""

    by_kind: dict[Kind, dict[Status, int]]
    attention: tuple[tuple[Reason, ItemView], ...]
    overdue: int
    stale: int
    stale_days: int

    @property
    def total(self) -> int:
        """How many commitments the tally counts."""
        return sum(sum(counts.values()) for counts in self.by_kind.values())

    @property
    def assessed(self) -> int:
        """How many of them have a status other than 'not assessed'."""
        return self.total - sum(counts[Status.NOT_ASSESSED] for counts in self.by_kind.values())


def briefing(views: Iterable[ItemView], dataset: Dataset, as_of: dt.date, commit_dates: Mapping[str, dt.date], stale_days: int = STALE_DAYS) -> Briefing:
    """The briefing of the items: counts from the same tallies as every report, then who needs attention."""
    listed = counted(views)
    stale = {view.id for view in listed if _is_stale(view, dataset, as_of, commit_dates, stale_days)}
    attention: list[tuple[Reason, ItemView]] = []
    for view in listed:
        reason = _reason(view, view.id in stale)
        if reason is not None:
            attention.append((reason, view))
    order = list(Reason)
    attention.sort(key=lambda pair: order.index(pair[0]))
    return Briefing(statuses_by_kind(listed), tuple(attention), sum(view.overdue for view in listed), len(stale), stale_days)


def needs_commit_dates(views: Iterable[ItemView]) -> bool:
    """True when an assessed, open item has no update, so only git can date its status."""
    return any(not view.item.updates and view.status is not Status.NOT_ASSESSED and not view.status.final for view in views)


def _is_stale(view: ItemView, dataset: Dataset, as_of: dt.date, commit_dates: Mapping[str, dt.date], days: int) -> bool:
    """Assessed, not done or dropped, and last stated more than ``days`` ago (a never-assessed item is not stale but unassessed)."""
    if view.status is Status.NOT_ASSESSED or view.status.final:
        return False
    return is_stale(view.item, dataset, as_of, days, commit_dates)


def _reason(view: ItemView, stale: bool) -> Reason | None:
    if view.overdue:
        return Reason.OVERDUE
    if view.status is Status.STALLED:
        return Reason.STALLED
    if view.status is Status.NOT_STARTED:
        return Reason.NOT_STARTED
    return Reason.STALE if stale else None
