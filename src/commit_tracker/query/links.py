"""One item and its links in both directions: objectives, lineage and sub-pledges."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from commit_tracker.dataset import Dataset
from commit_tracker.models import Objective, Pledge, Tracked
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
    from commit_tracker.query.choices import find_id

    return dataset.items[find_id(item_id, dataset.items, "item with id")]


def detail(dataset: Dataset, item_id: str, as_of: dt.date) -> Detail:
    """The item and its links, grouped by relation in the order of ``Relation``, each group in file order."""
    item = find_item(dataset, item_id)

    def view(other: Tracked) -> ItemView:
        return view_item(other, Kind(dataset.kinds[other.id]), as_of)

    links = [Link(relation, view(other), refs) for relation, other, refs in _iter_links(dataset, item)]
    order = list(Relation)
    return Detail(view(item), tuple(sorted(links, key=lambda link: order.index(link.relation))))


def _iter_links(dataset: Dataset, item: Tracked) -> Iterator[tuple[Relation, Tracked, tuple[str, ...]]]:
    yield from _iter_forward(dataset, item)
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


def details(dataset: Dataset, as_of: dt.date) -> dict[str, Detail]:
    """Every item's Detail, as ``detail`` gives it, in one pass: each link is found through an index, not a scan of all items."""
    views = {item_id: view_item(item, Kind(dataset.kinds[item_id]), as_of) for item_id, item in dataset.items.items()}
    reverse: dict[tuple[Relation, str], list[tuple[Tracked, tuple[str, ...]]]] = {}
    for other in dataset.items.values():
        for number in dict.fromkeys(int(ref.partition(".")[0]) for ref in other.objectives):
            reverse.setdefault((Relation.LINKED_ITEM, str(number)), []).append((other, refs_to(other, number)))
        for relation, target in ((Relation.DUPLICATED_BY, other.duplicate_of), (Relation.SUPERSEDED_BY, other.supersedes)):
            if target is not None:
                reverse.setdefault((relation, target), []).append((other, ()))
        if isinstance(other, Pledge) and other.parent is not None:
            reverse.setdefault((Relation.CHILD, other.parent), []).append((other, ()))
    order = list(Relation)
    found = {}
    for item_id, item in dataset.items.items():
        links = [Link(relation, views[other.id], refs) for relation, other, refs in _iter_forward(dataset, item)]
        keys = [(Relation.DUPLICATED_BY, item_id), (Relation.SUPERSEDED_BY, item_id), (Relation.CHILD, item_id)]
        if isinstance(item, Objective):
            keys.insert(0, (Relation.LINKED_ITEM, str(item.number)))
        links.extend(Link(key[0], views[other.id], refs) for key in keys for other, refs in reverse.get(key, ()) if other.id != item_id)
        found[item_id] = Detail(views[item_id], tuple(sorted(links, key=lambda link: order.index(link.relation))))
    return found


def _iter_forward(dataset: Dataset, item: Tracked) -> Iterator[tuple[Relation, Tracked, tuple[str, ...]]]:
    """The links the item makes itself: its objectives, what it duplicates or supersedes, its parent."""
    for number in dict.fromkeys(int(ref.partition(".")[0]) for ref in item.objectives):
        objective = dataset.objective(number)
        if objective is not None:
            yield Relation.OBJECTIVE, objective, refs_to(item, number)
    for relation, target in ((Relation.DUPLICATE_OF, item.duplicate_of), (Relation.SUPERSEDES, item.supersedes)):
        if target is not None and target in dataset.items:
            yield relation, dataset.items[target], ()
    if isinstance(item, Pledge) and item.parent is not None and item.parent in dataset.items:
        yield Relation.PARENT, dataset.items[item.parent], ()


@dataclass(frozen=True)
class ActionLinks:
    """The items linked to one lettered action of an objective; ``letter`` None: to the objective as a whole."""

    letter: str | None
    text: str
    links: tuple[Link, ...]


def links_by_action(detail: Detail) -> list[ActionLinks]:
    """An objective's linked items, action by action (every action, linked or not), then those linked to the objective as a whole.

    An item linked to two actions is listed under each.
    """
    objective = detail.view.item
    assert isinstance(objective, Objective)
    linked = [link for link in detail.links if link.relation is Relation.LINKED_ITEM]
    groups = [
        ActionLinks(action.letter, action.text, tuple(link for link in linked if f"{objective.number}.{action.letter}" in link.refs))
        for action in objective.actions
    ]
    whole = tuple(link for link in linked if str(objective.number) in link.refs)
    return [*groups, ActionLinks(None, "", whole)]
