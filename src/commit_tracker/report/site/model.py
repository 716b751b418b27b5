"""What the site shows, asked of ``query`` once per build: the same views the terminal reports use."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from commit_tracker.dataset import Dataset
from commit_tracker.history.timeline import DataCommits, Event
from commit_tracker.query.filters import Filters, fold, owners_under, query_items
from commit_tracker.query.items import ItemView, searchable_texts
from commit_tracker.query.links import Detail, details
from commit_tracker.query.tallies import Briefing, Coverage, OwnerTally, briefing, coverage, owner_tallies, statuses_by_kind
from commit_tracker.vocabulary import Kind, Status


@dataclass(frozen=True)
class SiteData:
    """Every view the pages need, computed once and shared by both languages."""

    dataset: Dataset
    as_of: dt.date
    views: list[ItemView]
    """All items, sorted as ``status`` sorts them."""
    details: dict[str, Detail]
    coverage: list[Coverage]
    tallies: list[OwnerTally]
    headline: Briefing
    by_kind: dict[Kind, dict[Status, int]]
    owner_items: dict[str, list[ItemView]]
    """Each owner's items, the units under it included (``status --owner``)."""
    source_items: dict[str, list[ItemView]]
    """The items quoted from each source document (``status --source``)."""
    owner_filters: dict[str, tuple[str, ...]]
    """For each owner id, the owners whose ``--owner`` filter takes its items: itself and the bodies above it."""
    search_texts: dict[str, str]
    """Each item's searchable texts, folded as ``--search`` folds them, one per line."""
    commits: DataCommits | None
    """The git history of the data; None outside git."""

    def events(self, item_id: str) -> tuple[Event, ...]:
        """The commits that changed the item, oldest first."""
        return self.commits.by_item.get(item_id, ()) if self.commits else ()


def site_data(dataset: Dataset, as_of: dt.date, commits: DataCommits | None) -> SiteData:
    """Ask the query layer for everything the site shows; ``commits`` also date the items without updates for 'stale'."""
    commit_dates = {item_id: events[-1].commit.date.date() for item_id, events in commits.by_item.items() if events and events[-1].commit} if commits else {}
    views = query_items(dataset, Filters(as_of=as_of))
    filters: dict[str, list[str]] = {owner: [] for owner in dataset.owners}
    for owner in dataset.owners:
        for unit in owners_under(dataset, owner):
            filters[unit].append(owner)
    # Each owner's and each source's items in one pass over the sorted views: the same lists, in
    # the same order, as ``status --owner`` and ``--source`` give (a test compares them), without
    # filtering and sorting every item again for each of them.
    owner_items: dict[str, list[ItemView]] = {owner: [] for owner in dataset.owners}
    source_items: dict[str, list[ItemView]] = {source: [] for source in dataset.sources}
    for view in views:
        for owner in filters.get(view.item.owner or "", ()):
            owner_items[owner].append(view)
        if view.item.source.document in source_items:
            source_items[view.item.source.document].append(view)
    return SiteData(
        dataset=dataset,
        as_of=as_of,
        views=views,
        details=details(dataset, as_of),
        coverage=coverage(dataset, as_of),
        tallies=owner_tallies(dataset, as_of),
        headline=briefing(views, dataset, as_of, commit_dates),
        by_kind=statuses_by_kind(views),
        owner_items=owner_items,
        source_items=source_items,
        owner_filters={owner: tuple(found) for owner, found in filters.items()},
        search_texts={view.id: "\n".join(fold(text) for text in searchable_texts(view.item)) for view in views},
        commits=commits,
    )
