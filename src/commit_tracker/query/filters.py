"""Which items a report shows and in what order: the filters, applied in one place."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace

from commit_tracker.dataset import Dataset
from commit_tracker.errors import UsageError
from commit_tracker.models import latest_day, parse_partial_date
from commit_tracker.query.items import ItemView, is_stale, iter_views, searchable_texts
from commit_tracker.vocabulary import Kind, SortKey, Status


@dataclass(frozen=True)
class Filters:
    """What to show; every filter that is set must hold (they combine with 'and')."""

    kinds: frozenset[Kind] = frozenset()
    statuses: frozenset[Status] = frozenset()
    owner: str | None = None
    """An owner id: the items of that owner and of the units under it."""
    objective: int | None = None
    action: str | None = None
    """A compact action (``10.c``): the items linked to it."""
    source: str | None = None
    """A source document id: the items quoted from it."""
    overdue: bool = False
    due_before: str | None = None
    """A date, ``YYYY[-MM[-DD]]``: items due (to the last day of their due date) before it starts."""
    stale_days: int | None = None
    search: str | None = None
    as_of: dt.date = field(default_factory=dt.date.today)
    sort: SortKey = SortKey.ID
    commit_dates: Mapping[str, dt.date] = field(default_factory=dict)
    """For ``stale_days``: the date of the last commit that changed each item (see ``staleness``)."""


def query_items(dataset: Dataset, filters: Filters, views: Iterable[ItemView] | None = None) -> list[ItemView]:
    """The items that pass every filter, sorted; a filter naming nothing in the data is a UsageError.

    ``views``: the dataset's items already seen as of ``filters.as_of``, for a caller that asks many
    questions of the same data (the site); by default they are made here.
    """
    filters = resolve_filters(dataset, filters)
    owners = owners_under(dataset, filters.owner) if filters.owner else frozenset()
    needle = fold(filters.search) if filters.search else ""
    due_before = _first_day(filters.due_before) if filters.due_before else None
    kept = [
        view
        for view in (iter_views(dataset, filters.as_of) if views is None else views)
        if (not filters.kinds or view.kind in filters.kinds)
        and (not filters.statuses or view.status in filters.statuses)
        and (not owners or view.item.owner in owners)
        and (filters.objective is None or filters.objective in view.objectives)
        and (filters.action is None or filters.action in view.actions)
        and (filters.source is None or view.item.source.document == filters.source)
        and (not filters.overdue or view.overdue)
        and (due_before is None or (view.item.due is not None and latest_day(view.item.due) < due_before))
        and (filters.stale_days is None or is_stale(view.item, dataset, filters.as_of, filters.stale_days, filters.commit_dates))
        and (not needle or any(needle in fold(text) for text in searchable_texts(view.item)))
    ]
    return sorted(kept, key=SORT_KEYS[filters.sort])


def resolve_filters(dataset: Dataset, filters: Filters) -> Filters:
    """The filters with owner and source spelled as in the data (case does not matter); one naming nothing is a UsageError."""
    from commit_tracker.query.choices import suggest

    owner = _found("--owner", filters.owner, dataset.owners, "owner")
    source = _found("--source", filters.source, dataset.sources, "source document")
    if filters.objective is not None and dataset.objective(filters.objective) is None:
        numbers = sorted(str(item.number) for item in dataset.objectives())
        raise UsageError(f"--objective: objective {filters.objective} is not in the data{suggest(str(filters.objective), numbers)}")
    if filters.action is not None:
        number, _, letter = filters.action.partition(".")
        objective = dataset.objective(int(number))
        letters = [action.letter for action in objective.actions] if objective else []
        if letter not in letters:
            refs = [f"{item.number}.{action.letter}" for item in dataset.objectives() for action in item.actions]
            raise UsageError(f"--objective: action {filters.action} is not in the data{suggest(filters.action, refs)}")
    return replace(filters, owner=owner, source=source)


def _found(option: str, value: str | None, known: Mapping[str, object], what: str) -> str | None:
    from commit_tracker.query.choices import find_id

    if value is None:
        return None
    try:
        return find_id(value, known, what)
    except UsageError as error:
        raise UsageError(f"{option}: {error}") from None


def owners_under(dataset: Dataset, owner: str) -> frozenset[str]:
    """The owner and every unit under it, however deep."""
    found = {owner}
    grew = True
    while grew:
        before = len(found)
        found |= {child.id for child in dataset.owners.values() if child.parent in found}
        grew = len(found) > before
    return frozenset(found)


# After case folding and NFKD, letters that do not decompose: ø, æ and œ fold to o, ae and oe,
# so 'o' finds 'ø' and 'ae' finds 'æ' (å decomposes to a and a ring, which is dropped).
_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l"})


_NON_ASCII = re.compile("[^\x00-\x7f]")


def _unmarked(match: re.Match[str]) -> str:
    char = match.group()
    return "" if unicodedata.combining(char) else char


def fold(text: str) -> str:
    """Text for matching: case folded, accents removed (``Pågår`` → ``pagar``), spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    # Only a character outside ASCII can be a combining mark: the rest is skipped in C (the site folds every item's texts).
    bare = decomposed if decomposed.isascii() else _NON_ASCII.sub(_unmarked, decomposed)
    return " ".join(bare.translate(_LETTERS).split())


def _first_day(value: str) -> dt.date:
    year, month, day = parse_partial_date(value)
    return dt.date(year, month or 1, day or 1)


def _natural(text: str) -> tuple[tuple[int, int | str], ...]:
    """A sort key that puts ``p-2`` before ``p-10``."""
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"(\d+)", text) if part)


_FAR = dt.date.max


SORT_KEYS: dict[SortKey, Callable[[ItemView], tuple[object, ...]]] = {
    SortKey.ID: lambda view: (_natural(view.id),),
    SortKey.DUE: lambda view: (latest_day(view.item.due) if view.item.due else _FAR, _natural(view.id)),
    SortKey.STATUS: lambda view: (list(Status).index(view.status), _natural(view.id)),
    SortKey.OWNER: lambda view: (view.item.owner is None, view.item.owner or "", _natural(view.id)),
}
"""Each sort key; ties are broken by id. Items with no due date or no owner come last."""
