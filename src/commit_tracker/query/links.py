"""One item and its links in both directions: objectives, lineage and sub-pledges."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from commit_tracker.checker import UsageError
from commit_tracker.dataset import Dataset
from commit_tracker.models import Objective, Pledge, Tracked
from commit_tracker.query.filters import did_you_mean
from commit_tracker.query.items import ItemView, view_item
from commit_tracker.vocabulary import Kind


class Relation(StrEnum):
    """How a linked item stands to the item shown."""

    OBJECTIVE = "objective"
    """The shown item is linked to this objective."""
    LINKED_ITEM = "linked_item"
    """The shown objective is linked from this item."""
    PARENT = "parent"
    CHILD = "child"
    DUPLICATE_OF = "duplicate_of"
    DUPLICATED_BY = "duplicated_by"
    SUPERSEDES = "supersedes"
    SUPERSEDED_BY = "superseded_by"


@dataclass(frozen=True)
class Link:
    """A linked item; ``refs`` are the objective references that make the link (``10``, ``10.b``)."""

    relation: Relation
    view: ItemView
    refs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Detail:
    """Everything ``show`` tells about one item."""

    view: ItemView
    links: tuple[Link, ...]


def find_item(dataset: Dataset, item_id: str) -> Tracked:
    """The item with this id; a UsageError with the closest id when there is none."""
    item = dataset.items.get(item_id)
    if item is None:
        raise UsageError(f"no item with id '{item_id}' in the data{did_you_mean(item_id, dataset.items)}")
    return item


def detail(dataset: Dataset, item_id: str, as_of: dt.date) -> Detail:
    """The item and its links, grouped by relation in the order of ``Relation``, each group in file order."""
    item = find_item(dataset, item_id)

    def view(other: Tracked) -> ItemView:
        return view_item(other, Kind(dataset.kinds[other.id]), as_of)

    links = [Link(relation, view(other), refs) for relation, other, refs in _iter_links(dataset, item)]
    order = list(Relation)
    return Detail(view(item), tuple(sorted(links, key=lambda link: order.index(link.relation))))


def _iter_links(dataset: Dataset, item: Tracked) -> Iterator[tuple[Relation, Tracked, tuple[str, ...]]]:
    for number in dict.fromkeys(int(ref.partition(".")[0]) for ref in item.objectives):
        objective = dataset.objective(number)
        if objective is not None:
            yield Relation.OBJECTIVE, objective, refs_to(item, number)
    for relation, target in ((Relation.DUPLICATE_OF, item.duplicate_of), (Relation.SUPERSEDES, item.supersedes)):
        if target is not None and target in dataset.items:
            yield relation, dataset.items[target], ()
    if isinstance(item, Pledge) and item.parent is not None and item.parent in dataset.items:
        yield Relation.PARENT, dataset.items[item.parent], ()
    for other in dataset.items.values():
        if other.id == item.id:
            continue
        if isinstance(item, Objective) and (refs := refs_to(other, item.number)):
            yield Relation.LINKED_ITEM, other, refs
        if other.duplicate_of == item.id:
            yield Relation.DUPLICATED_BY, other, ()
        if other.supersedes == item.id:
            yield Relation.SUPERSEDED_BY, other, ()
        if isinstance(other, Pledge) and other.parent == item.id:
            yield Relation.CHILD, other, ()


def refs_to(item: Tracked, number: int) -> tuple[str, ...]:
    """The item's references to objective ``number``: ``10`` and its actions ``10.b``."""
    return tuple(dict.fromkeys(ref for ref in item.objectives if ref.partition(".")[0] == str(number)))
