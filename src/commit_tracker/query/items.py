"""One commitment as the reports see it: kind, title, current status, links and dates as of a day."""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from commit_tracker.dataset import Dataset
from commit_tracker.models import CompactCommitment, FollowUp, Objective, Pledge, Tracked, latest_day, parse_partial_date
from commit_tracker.staleness import is_older, last_stated
from commit_tracker.vocabulary import Kind, Lang, Status

TITLE_WIDTH = 60
"""An item without a title is named by the start of its text, cut at a word to this width."""


@dataclass(frozen=True)
class ItemView:
    """An item with what the reports derive from it as of one day."""

    item: Tracked
    kind: Kind
    status: Status
    last_update: str | None
    """The date of the latest status update, as written (``2012``, ``2012-11``, ``2012-11-30``)."""
    overdue: bool
    objectives: tuple[int, ...]
    """The compact objectives the item belongs to, unique; an objective's own number comes first."""
    actions: tuple[str, ...]
    """The compact actions the item is linked to (``10.c``), unique, as written."""

    @property
    def id(self) -> str:
        """The item's id."""
        return self.item.id


def iter_views(dataset: Dataset, as_of: dt.date) -> Iterator[ItemView]:
    """Every item of the data, in file order, seen as of ``as_of``."""
    for item_id, item in dataset.items.items():
        yield view_item(item, Kind(dataset.kinds[item_id]), as_of)


def view_item(item: Tracked, kind: Kind, as_of: dt.date) -> ItemView:
    """One item seen as of ``as_of``."""
    own = (item.number,) if isinstance(item, Objective) else ()
    numbers = (*own, *(int(ref.partition(".")[0]) for ref in item.objectives))
    actions = tuple(dict.fromkeys(ref for ref in item.objectives if "." in ref))
    return ItemView(
        item=item,
        kind=kind,
        status=item.current_status,
        last_update=last_update(item),
        overdue=is_overdue(item, as_of),
        objectives=tuple(dict.fromkeys(numbers)),
        actions=actions,
    )


def last_update(item: Tracked) -> str | None:
    """The date of the item's latest status update, or None when it has none.

    The one place that says when an item was last updated: evidence beyond the data's own
    updates (such as the date of the last commit that touched the item) belongs here.
    """
    if not item.updates:
        return None
    return max(item.updates, key=lambda update: parse_partial_date(update.date)).date


def is_overdue(item: Tracked, as_of: dt.date) -> bool:
    """True when the due date has passed by ``as_of`` and the status is not final.

    A partial due date counts from its last day: ``2012`` is overdue only after 2012-12-31. An
    item that silences check's ``overdue`` rule, with its reason, is not overdue in the reports
    either: one answer to "is it late?" everywhere.
    """
    if any(entry.rule == "overdue" for entry in item.ignore):
        return False
    return item.due is not None and latest_day(item.due) < as_of and not item.current_status.final


def is_stale(item: Tracked, dataset: Dataset, as_of: dt.date, days: int, commit_dates: Mapping[str, dt.date]) -> bool:
    """True when the status was last stated more than ``days`` days before ``as_of``, or nothing dates it.

    The date is ``staleness.last_stated``'s: the latest update, else the last commit that changed
    the item, else the source of a status given on the item; a partial date counts from its last day.
    """
    stated = last_stated(item, dataset, commit_dates, as_of)
    return stated is None or is_older(stated, as_of, days)


def title_of(item: Tracked, lang: Lang) -> str:
    """The item's name in a report: an objective's title in the language, else its title or the start of its text."""
    if isinstance(item, Objective):
        return item.title_nb if lang is Lang.NB else item.title_en
    if item.title:
        return item.title
    return shorten(text_of(item), TITLE_WIDTH)


def shorten(text: str, width: int, placeholder: str = " …") -> str:
    """The text with runs of spaces collapsed, cut at a word to fit ``width`` with the placeholder (as ``textwrap.shorten``, faster)."""
    collapsed = " ".join(text.split())
    if len(collapsed) <= width:
        return collapsed
    space = collapsed.rfind(" ", 0, width - len(placeholder) + 1)
    if space <= 0:
        return textwrap.shorten(collapsed, width=width, placeholder=placeholder)
    return collapsed[:space] + placeholder


def text_of(item: Tracked) -> str:
    """The item's full text: an objective's commitment, the text of the other kinds."""
    if isinstance(item, Objective):
        return item.commitment
    if isinstance(item, CompactCommitment | FollowUp | Pledge):
        return item.text
    return ""


def searchable_texts(item: Tracked) -> Iterator[str]:
    """Every text ``--search`` looks in: id, titles, text, actions, note and update notes."""
    yield item.id
    if item.title:
        yield item.title
    if isinstance(item, Objective):
        yield from (item.title_nb, item.title_en, item.title_nb_list or "")
        yield from (action.text for action in item.actions)
    yield text_of(item)
    if item.note:
        yield item.note
    yield from (update.note for update in item.updates if update.note)
