"""One item as JSON, as a CSV record and as table cells: shared by the reports that list items."""

from __future__ import annotations

from commit_tracker.dataset import Dataset
from commit_tracker.models import CompactCommitment, FollowUp, Objective, Pledge, SourceRef, StatusUpdate, Tracked, parse_partial_date
from commit_tracker.query.items import ItemView, text_of, title_of
from commit_tracker.report.document import Cell
from commit_tracker.report.labels import word
from commit_tracker.vocabulary import Lang, Status

ITEM_FIELDS = (
    "id",
    "kind",
    "title",
    "status",
    "status_label",
    "owner",
    "owner_name",
    "due",
    "overdue",
    "last_update",
    "objectives",
    "actions",
    "source_document",
    "source_locator",
    "source_quote",
    "text",
    "note",
)
"""The CSV columns of an item; lists are separated by spaces."""

OVERDUE_MARK = " !"


def item_data(view: ItemView, dataset: Dataset, lang: Lang) -> dict[str, object]:
    """The item's JSON object: the common fields, then the fields of its kind."""
    item = view.item
    data: dict[str, object] = {
        "id": item.id,
        "kind": view.kind.value,
        "role": item.role.value,
        "title": title_of(item, lang),
        "text": text_of(item),
        "status": view.status.value,
        "owner": item.owner,
        "owner_name": owner_name(dataset, item.owner, lang) or None,
        "due": item.due,
        "overdue": view.overdue,
        "last_update": view.last_update,
        "objectives": list(view.objectives),
        "actions": _actions(view, dataset),
        "source": source_data(item.source),
        "updates": [_update(update) for update in chronological(item)],
        "duplicate_of": item.duplicate_of,
        "supersedes": item.supersedes,
        "note": item.note,
    }
    data.update(_kind_fields(item))
    return data


def item_record(view: ItemView, dataset: Dataset, lang: Lang) -> tuple[str, ...]:
    """The item's CSV row, in the order of ITEM_FIELDS."""
    item = view.item
    return (
        item.id,
        view.kind.value,
        title_of(item, lang),
        view.status.value,
        view.status.label(lang),
        item.owner or "",
        owner_name(dataset, item.owner, lang),
        item.due or "",
        "true" if view.overdue else "false",
        view.last_update or "",
        " ".join(str(number) for number in view.objectives),
        " ".join(str(action["ref"]) for action in _actions(view, dataset)),
        item.source.cited,
        item.source.locator,
        item.source.quote,
        text_of(item),
        item.note or "",
    )


def source_data(source: SourceRef | None) -> dict[str, str | None] | None:
    """A source reference as JSON; a web page's with its address, title, publisher and dates."""
    if source is None:
        return None
    if source.url is not None:
        web = {"url": source.url, "title": source.title, "publisher": source.publisher, "date": source.date, "accessed": source.accessed}
        return {"document": None, **web, "locator": source.locator, "quote": source.quote}
    return {"document": source.document, "locator": source.locator, "quote": source.quote}


def chronological(item: Tracked) -> list[StatusUpdate]:
    """The item's updates, oldest first (the order of the data where dates are equal)."""
    return sorted(item.updates, key=lambda update: parse_partial_date(update.date))


def owner_name(dataset: Dataset, owner_id: str | None, lang: Lang) -> str:
    """The owner's name in the language where the data has it, else its Norwegian name."""
    owner = dataset.owners.get(owner_id or "")
    if owner is None:
        return ""
    return owner.name_en if lang is Lang.EN and owner.name_en else owner.name


def status_cell(status: Status, lang: Lang) -> Cell:
    """The status's name in the language, styled by status."""
    return Cell(status.label(lang), f"status.{status.value}")


def due_cell(view: ItemView, lang: Lang) -> Cell:
    """The due date as written, marked `` !`` and styled when overdue."""
    if view.item.due is None:
        return Cell(word("none", lang), "dim")
    if view.overdue:
        return Cell(view.item.due + OVERDUE_MARK, "overdue")
    return Cell(view.item.due)


def _actions(view: ItemView, dataset: Dataset) -> list[dict[str, str | int]]:
    """An objective's own actions, or the actions an item is linked to, with their text."""
    item = view.item
    if isinstance(item, Objective):
        return [{"ref": f"{item.number}.{a.letter}", "objective": item.number, "letter": a.letter, "text": a.text} for a in item.actions]
    found: list[dict[str, str | int]] = []
    for ref in view.actions:
        number, _, letter = ref.partition(".")
        objective = dataset.objective(int(number))
        text = next((a.text for a in objective.actions if a.letter == letter), "") if objective else ""
        found.append({"ref": ref, "objective": int(number), "letter": letter, "text": text})
    return found


def _update(update: StatusUpdate) -> dict[str, object]:
    return {
        "date": update.date,
        "date_inferred": update.date_inferred,
        "status": update.status.value,
        "note": update.note,
        "source": source_data(update.source),
    }


def _kind_fields(item: Tracked) -> dict[str, object]:
    if isinstance(item, Objective):
        return {"number": item.number, "paragraph": item.paragraph, "title_nb": item.title_nb, "title_nb_list": item.title_nb_list, "title_en": item.title_en}
    if isinstance(item, CompactCommitment):
        return {"section": item.section, "paragraph": item.paragraph}
    if isinstance(item, FollowUp):
        return {"group": item.group, "form": item.form.value}
    if isinstance(item, Pledge):
        return {
            "section": item.section,
            "section_title": item.section_title,
            "form": item.form.value,
            "parent": item.parent,
            "initiative": item.initiative,
            "criteria": list(item.criteria),
        }
    return {}
