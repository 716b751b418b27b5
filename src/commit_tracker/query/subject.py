"""What ``show`` is about: an item, or an owner; and the items a briefing of it covers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from commit_tracker.dataset import Dataset, closest
from commit_tracker.errors import UsageError
from commit_tracker.models import Objective, Owner
from commit_tracker.query.filters import owners_under
from commit_tracker.query.items import ItemView, iter_views


@dataclass(frozen=True)
class Subject:
    """An item (``item_id``) or an owner (``owner``), and the items its briefing covers (none for a plain item)."""

    item_id: str
    owner: Owner | None
    views: tuple[ItemView, ...]
    scope: str
    """The filter that lists the same items in ``status``: ``--owner ud``, ``--objective 10``."""


def resolve_subject(dataset: Dataset, text: str, as_of: dt.date) -> Subject:
    """The item or owner ``text`` names, ignoring case; a UsageError naming the nearest id when it names neither."""
    items = {identifier.casefold(): identifier for identifier in dataset.items}
    owners = {identifier.casefold(): identifier for identifier in dataset.owners}
    key = text.casefold()
    if key in items:
        item = dataset.items[items[key]]
        if isinstance(item, Objective):
            linked = tuple(view for view in iter_views(dataset, as_of) if item.number in view.objectives and view.id != item.id)
            return Subject(item.id, None, linked, f"--objective {item.number}")
        return Subject(item.id, None, (), "")
    if key in owners:
        owner = dataset.owners[owners[key]]
        under = owners_under(dataset, owner.id)
        return Subject(owner.id, owner, tuple(view for view in iter_views(dataset, as_of) if view.item.owner in under), f"--owner {owner.id}")
    near = closest(text, [*dataset.items, *dataset.owners])
    raise UsageError(f"no item or owner with id '{text}' in the data" + (f" (did you mean '{near}'?)" if near else ""))
