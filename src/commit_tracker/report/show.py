"""The ``show`` report: everything about one item, its status history and its links both ways."""

from __future__ import annotations

from commit_tracker.dataset import Dataset
from commit_tracker.models import CompactCommitment, FollowUp, Objective, Pledge, SourceRef, Tracked
from commit_tracker.query.items import text_of, title_of
from commit_tracker.query.links import Detail
from commit_tracker.report.document import JSON_VERSION, Block, Cell, Document, Fields, Grid, Records
from commit_tracker.report.items import ITEM_FIELDS, chronological, due_cell, item_data, item_record, owner_name, status_cell
from commit_tracker.report.labels import kind_name, word
from commit_tracker.vocabulary import Lang


def show_document(detail: Detail, dataset: Dataset, lang: Lang, as_of: str) -> Document:
    """Everything about the item of ``detail``."""
    view = detail.view
    links = [
        {
            "relation": link.relation.value,
            "id": link.view.id,
            "kind": link.view.kind.value,
            "title": title_of(link.view.item, lang),
            "status": link.view.status.value,
            "refs": list(link.refs),
        }
        for link in detail.links
    ]
    data = {"version": JSON_VERSION, "as_of": as_of, "items": [{**item_data(view, dataset, lang), "links": links}]}
    link_text = " ".join(f"{link.relation.value}:{link.view.id}" for link in detail.links)
    records = Records((*ITEM_FIELDS, "links"), ((*item_record(view, dataset, lang), link_text),))
    return Document(data, records, _blocks(detail, dataset, lang), lang=lang.value)


def _blocks(detail: Detail, dataset: Dataset, lang: Lang) -> list[Block]:
    view, item = detail.view, detail.view.item
    pairs: list[tuple[str, Cell]] = []

    def add(key: str, value: str | int | None, style: str = "") -> None:
        if value is not None and value != "":
            pairs.append((word(key, lang), Cell(str(value), style)))

    if isinstance(item, Objective):
        add("number", item.number)
        add("title_nb", item.title_nb)
        add("title_nb_list", item.title_nb_list)
        add("title_en", item.title_en)
    else:
        add("title", item.title)
    add("text", text_of(item))
    pairs.append((word("status", lang), status_cell(view.status, lang)))
    add("owner", _owner(dataset, item.owner, lang))
    pairs.append((word("due", lang), due_cell(view, lang)))
    add("last_update", view.last_update or word("none", lang), "" if view.last_update else "dim")
    if not isinstance(item, Objective):
        add("objectives", ", ".join(item.objectives))
    add("source", _source(item.source))
    add("quote", item.source.quote)
    for key, value in _kind_fields(item, dataset):
        add(key, value)
    add("note", item.note)
    blocks: list[Block] = [Fields(tuple(pairs), title=f"{item.id} · {kind_name(view.kind, lang)}")]
    if isinstance(item, Objective):
        blocks.append(_actions(item, lang))
    if item.updates:
        blocks.append(_history(item, lang))
    if detail.links:
        blocks.append(_links(detail, lang))
    return blocks


def _actions(objective: Objective, lang: Lang) -> Grid:
    rows = tuple((Cell(f"{objective.number}.{action.letter}", "id"), Cell(action.text)) for action in objective.actions)
    return Grid((word("letter", lang), word("text", lang)), rows, title=word("actions", lang))


def _links(detail: Detail, lang: Lang) -> Grid:
    rows = tuple(
        (
            Cell(word(f"rel.{link.relation.value}", lang)),
            Cell(link.view.id, "id"),
            Cell(", ".join(link.refs)),
            status_cell(link.view.status, lang),
            Cell(title_of(link.view.item, lang)),
        )
        for link in detail.links
    )
    return Grid(
        tuple(word(key, lang) for key in ("relation", "id", "refs", "status", "title")), rows, title=word("links", lang), wrap=frozenset({4}), drop=(2, 0)
    )


def _history(item: Tracked, lang: Lang) -> Grid:
    rows = tuple(
        (
            Cell(f"{update.date} ({word('inferred', lang)})" if update.date_inferred else update.date),
            status_cell(update.status, lang),
            Cell(update.note or ""),
            Cell(_source(update.source, quote=True)),
        )
        for update in chronological(item)
    )
    return Grid(tuple(word(key, lang) for key in ("date", "status", "note", "source")), rows, title=word("history", lang), wrap=frozenset({2, 3}), drop=(3,))


def _owner(dataset: Dataset, owner_id: str | None, lang: Lang) -> str | None:
    owner = dataset.owners.get(owner_id or "")
    if owner is None:
        return owner_id
    parent = dataset.owners.get(owner.parent or "")
    under = f" ({word('under', lang, parent=owner_name(dataset, parent.id, lang))})" if parent else ""
    return f"{owner.id}: {owner_name(dataset, owner.id, lang)}{under}"


def _source(source: SourceRef | None, *, quote: bool = False) -> str:
    if source is None:
        return ""
    return f'{source.cited}, {source.locator}: "{source.quote}"' if quote else f"{source.cited}, {source.locator}"


def _kind_fields(item: Tracked, dataset: Dataset) -> list[tuple[str, str | int | None]]:
    if isinstance(item, Objective):
        return [("paragraph", item.paragraph)]
    if isinstance(item, CompactCommitment):
        return [("section", item.section), ("paragraph", item.paragraph)]
    if isinstance(item, FollowUp):
        return [("group", item.group)]
    if isinstance(item, Pledge):
        initiative = dataset.initiatives.get(item.initiative or "")
        return [
            ("section", f"{item.section} {item.section_title}"),
            ("initiative", f"{initiative.id}: {initiative.title}" if initiative else item.initiative),
            ("criteria", "; ".join(item.criteria)),
        ]
    return []
