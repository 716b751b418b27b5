"""The review dossier's content: per round table and objective, the linked measures, the actions with and without one.

Built on ``tallies.coverage``, so an objective's measures are exactly the items ``coverage`` links to it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from commit_tracker.dataset import Dataset
from commit_tracker.errors import UsageError
from commit_tracker.models import Action, AdoptionState, Objective, Owner, Principle, RoundTable, SourceRef, Tracked, parse_partial_date
from commit_tracker.query.items import ItemView
from commit_tracker.query.links import refs_to
from commit_tracker.query.tallies import STALE_DAYS, Coverage, coverage
from commit_tracker.staleness import Basis, is_older, last_stated
from commit_tracker.vocabulary import Status


@dataclass(frozen=True)
class Evidence:
    """The last dated statement of a measure's status: its date as written, what it is, its source."""

    date: str
    basis: Basis
    source: SourceRef | None


@dataclass(frozen=True)
class Measure:
    """An item linked to an objective, as the dossier lists it."""

    view: ItemView
    refs: tuple[str, ...]
    """The item's references to the objective: ``10`` and its actions ``10.b``."""
    owner: Owner | None
    evidence: Evidence | None
    stale: bool


@dataclass(frozen=True)
class ActionCover:
    """A compact action and the ids of the measures linked to it by letter."""

    action: Action
    measures: tuple[str, ...]


@dataclass(frozen=True)
class ObjectiveReview:
    """One objective: its coverage row, its measures, its actions and the principles the measures name."""

    coverage: Coverage
    measures: tuple[Measure, ...]
    actions: tuple[ActionCover, ...]
    principles: tuple[Principle, ...]

    @property
    def objective(self) -> Objective:
        """The objective itself."""
        assert isinstance(self.coverage.objective.item, Objective)
        return self.coverage.objective.item


@dataclass(frozen=True)
class RoundTableReview:
    """A round table and its objectives; ``round_table`` is None for loaded objectives no round table lists."""

    round_table: RoundTable | None
    objectives: tuple[ObjectiveReview, ...]


@dataclass(frozen=True)
class Review:
    """The whole dossier's content as of one day."""

    as_of: dt.date
    stale_days: int
    principles: tuple[Principle, ...]
    round_tables: tuple[RoundTableReview, ...]
    adoption: dict[AdoptionState, int]
    """How many actions of the objectives shown are in each adoption state."""

    def objectives(self) -> list[ObjectiveReview]:
        """Every objective shown, round table by round table."""
        return [row for table in self.round_tables for row in table.objectives]

    def measures(self) -> list[Measure]:
        """Every measure shown, once each, in order of first appearance."""
        unique = {measure.view.id: measure for row in self.objectives() for measure in row.measures}
        return list(unique.values())


def review(dataset: Dataset, as_of: dt.date, *, round_table: int | None = None, objective: int | None = None, stale_days: int = STALE_DAYS) -> Review:
    """The dossier's content, for every round table or only round table ``round_table`` or objective ``objective``."""
    tables = sorted(dataset.round_tables.values(), key=lambda table: table.number)
    if round_table is not None and round_table not in {table.number for table in tables}:
        raise UsageError(f"no round table {round_table} in the data (it has {', '.join(str(t.number) for t in tables) or 'none'})")
    rows = {row.number: row for row in coverage(dataset, as_of)}
    if objective is not None and objective not in rows:
        raise UsageError(f"objective {objective} is not among the loaded objectives")
    groups: list[tuple[RoundTable | None, list[int]]] = [(table, list(table.objectives)) for table in tables]
    listed = {number for table in tables for number in table.objectives}
    if unlisted := [number for number in rows if number not in listed]:
        groups.append((None, unlisted))
    chosen: list[RoundTableReview] = []
    for table, numbers in groups:
        if round_table is not None and (table is None or table.number != round_table):
            continue
        wanted = [number for number in numbers if number in rows and objective in (None, number)]
        if objective is None or wanted:
            chosen.append(RoundTableReview(table, tuple(_objective_review(dataset, rows[number], as_of, stale_days) for number in wanted)))
    actions = [cover.action for table in chosen for row in table.objectives for cover in row.actions]
    counts = Counter(action.adoption_state for action in actions)
    principles = tuple(sorted(dataset.principles.values(), key=lambda principle: principle.number))
    return Review(as_of, stale_days, principles, tuple(chosen), {state: counts[state] for state in AdoptionState})


def _objective_review(dataset: Dataset, row: Coverage, as_of: dt.date, stale_days: int) -> ObjectiveReview:
    number = row.number
    measures = tuple(
        Measure(
            view,
            refs_to(view.item, number),
            dataset.owners.get(view.item.owner or ""),
            evidence(view.item, dataset, as_of),
            _stale(view, dataset, as_of, stale_days),
        )
        for view in row.linked
    )
    assert isinstance(row.objective.item, Objective)
    actions = tuple(
        ActionCover(action, tuple(measure.view.id for measure in measures if f"{number}.{action.letter}" in measure.refs))
        for action in row.objective.item.actions
    )
    named = {principle for measure in measures for principle in measure.view.item.principles}
    principles = tuple(sorted((dataset.principles[pid] for pid in named if pid in dataset.principles), key=lambda principle: principle.number))
    return ObjectiveReview(row, measures, actions, principles)


def evidence(item: Tracked, dataset: Dataset, as_of: dt.date) -> Evidence | None:
    """The item's last dated evidence: its latest update, else the source of a status given on the item; none when never assessed."""
    stated = last_stated(item, dataset, {}, as_of)
    if stated is None:
        return None
    if stated.basis is Basis.UPDATE:
        latest = max(enumerate(item.updates), key=lambda pair: (parse_partial_date(pair[1].date), pair[0]))[1]
        return Evidence(latest.date, stated.basis, latest.source)
    document = dataset.sources.get(item.source.document or "")  # last_stated dates a status on the item by its document
    return Evidence(document.date if document else stated.day.isoformat(), stated.basis, item.source)


def _stale(view: ItemView, dataset: Dataset, as_of: dt.date, days: int) -> bool:
    """As ``check``'s stale rule: an assessed item, not done or dropped, whose status was last stated over ``days`` days ago."""
    item = view.item
    if view.status.final or (not item.updates and view.status is Status.NOT_ASSESSED):
        return False
    stated = last_stated(item, dataset, {}, as_of)
    return stated is not None and is_older(stated, as_of, days)
