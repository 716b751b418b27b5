"""The words, icons and numbers a page shows, in one language: what the templates call."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from commit_tracker.history.timeline import FieldChange
from commit_tracker.models import Objective, Owner, Tracked
from commit_tracker.query.items import title_of
from commit_tracker.query.links import ActionLinks, Relation
from commit_tracker.report.items import owner_name
from commit_tracker.report.labels import kind_name, word
from commit_tracker.report.objective import ActionGroup, LinkedItem
from commit_tracker.report.site.model import SiteData
from commit_tracker.report.site.pages import item_path
from commit_tracker.vocabulary import Kind, Lang, Status

STATUS_ICONS: dict[Status, str] = {
    Status.NOT_ASSESSED: "?",
    Status.NOT_STARTED: "○",
    Status.IN_PROGRESS: "◔",
    Status.PARTLY_DONE: "◑",
    Status.DONE: "✓",
    Status.STALLED: "‖",
    Status.DROPPED: "✕",
}
"""Each status has an icon besides its colour and name, so no reader depends on colour."""

LINKED_LEVELS = (1, 5, 20)
"""A tile of the objectives map is coloured by how many items are linked: none (a gap), 1-4, 5-19, 20 or more."""


@dataclass(frozen=True)
class Segment:
    """One status's part of a stacked bar."""

    status: Status
    count: int
    percent: float


class Speech:
    """The site's words in one language, from the vocabulary of the terminal reports (``report.labels``)."""

    def __init__(self, lang: Lang, data: SiteData) -> None:
        self.lang = lang
        self.data = data
        # Every page asks for the same words and names again: each is worked out once.
        self._words: dict[str, str] = {}
        self._titles: dict[str, str] = {}

    def __call__(self, key: str, **values: object) -> str:
        """The phrase ``key`` with its placeholders filled."""
        if values:
            return word(key, self.lang, **{name: str(value) for name, value in values.items()})
        if key not in self._words:
            self._words[key] = word(key, self.lang)
        return self._words[key]

    def __getitem__(self, key: str) -> str:
        """The phrase ``key``: ``t['status']`` in a template is a plain lookup, cheaper than the call ``t('status')``."""
        if key not in self._words:
            self._words[key] = word(key, self.lang)
        return self._words[key]

    def kind(self, kind: Kind, *, plural: bool = False) -> str:
        """A kind's name: ``follow-up``, or ``Follow-ups`` as a heading."""
        return kind_name(kind, self.lang, plural=plural)

    def status(self, status: Status) -> str:
        """A status's name."""
        return status.label(self.lang)

    def icon(self, status: Status) -> str:
        """A status's icon."""
        return STATUS_ICONS[status]

    def title(self, item: Tracked) -> str:
        """An item's name, as the reports give it."""
        if item.id not in self._titles:
            self._titles[item.id] = title_of(item, self.lang)
        return self._titles[item.id]

    def owner(self, owner_id: str | None) -> str:
        """An owner's name, or '(no owner)'."""
        return owner_name(self.data.dataset, owner_id, self.lang) or word("no_owner", self.lang)

    def owner_of(self, owner: Owner) -> str:
        """An owner's name in the language where the data has it."""
        return owner_name(self.data.dataset, owner.id, self.lang)

    def relation(self, relation: Relation) -> str:
        """How a linked item stands to the item shown."""
        return word(f"rel.{relation.value}", self.lang)

    def change(self, change: FieldChange) -> str:
        """A field's change in words: ``status: not started → in progress``; a value that was not set is a dash."""
        field = {"status": "status", "owner": "owner", "due": "due", "file": "site.file"}.get(change.field)
        name = word(field, self.lang) if field else change.field
        return f"{name}: {self._value(change.field, change.old)} → {self._value(change.field, change.new)}"

    def _value(self, field: str, value: str | None) -> str:
        if value is None:
            return word("none", self.lang)
        if field == "status" and value in {status.value for status in Status}:
            return Status(value).label(self.lang)
        if field == "owner":
            return owner_name(self.data.dataset, value, self.lang) or value
        return value

    def action_groups(self, objective: Objective, groups: list[ActionLinks], up: str) -> list[ActionGroup]:
        """An objective's actions with their linked items, as the shared macro ``action_groups`` draws them."""
        source = self.data.dataset.sources.get(objective.source.document or "")
        return [
            ActionGroup(
                heading=f"{objective.number}.{group.letter}" if group.letter else self("site.linked_whole"),
                anchor=f"action-{group.letter or 'whole'}",
                text=group.text,
                text_lang=source.language if source else "nb",
                adoption="",
                items=tuple(
                    LinkedItem(link.view.id, self.title(link.view.item), self.kind(link.view.kind), link.view.status, up + item_path(self.data, link.view.item))
                    for link in group.links
                ),
                nothing=self("site.nothing_linked"),
            )
            for group in groups
        ]

    def percent(self, count: int, total: int) -> str:
        """``40 %`` (nb) or ``40%`` (en), rounded to a whole number."""
        share = round(100 * count / total) if total else 0
        return f"{share} %" if self.lang is Lang.NB else f"{share}%"


def segments(counts: Mapping[Status, int]) -> list[Segment]:
    """The parts of a stacked bar, in vocabulary order, leaving out statuses with no items."""
    total = sum(counts.values())
    return [Segment(status, count, 100 * count / total) for status, count in counts.items() if count]


def linked_level(count: int) -> int:
    """The colour step of an objective tile: 0 for a gap, then one step per threshold of LINKED_LEVELS."""
    return sum(count >= threshold for threshold in LINKED_LEVELS)
