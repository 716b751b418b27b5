"""The pages of one language: where each goes, which template draws it, and what it is given."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from commit_tracker.models import Objective, Tracked
from commit_tracker.query.links import links_by_action
from commit_tracker.report.site.model import SiteData

JSON_FILE, CSV_FILE = "items.json", "items.csv"
"""The downloads, in each language's folder."""


@dataclass(frozen=True)
class Page:
    """One HTML page: its path in the language's folder, its template and what the template is given."""

    path: str
    template: str
    context: dict[str, object] = field(default_factory=dict)


def item_path(data: SiteData, item: Tracked) -> str:
    """Where an item's page is: an objective's under objectives/ by number, any other under items/ by id."""
    if isinstance(item, Objective) and data.dataset.objective(item.number) is item:
        return f"objectives/{item.number}.html"
    return f"items/{item.id}.html"


def owner_path(owner_id: str) -> str:
    """Where an owner's page is."""
    return f"owners/{owner_id}.html"


def source_path(source_id: str) -> str:
    """Where a source document's page is."""
    return f"sources/{source_id}.html"


def iter_pages(data: SiteData) -> Iterator[Page]:
    """Every HTML page of a language folder; the same paths in both languages."""
    yield Page("index.html", "index.html")
    yield Page("items.html", "items.html")
    for view in data.views:
        page_detail = data.details[view.id]
        actions = links_by_action(page_detail) if isinstance(view.item, Objective) else []
        yield Page(item_path(data, view.item), "item.html", {"detail": page_detail, "actions": actions, "events": data.events(view.id)})
    for owner in data.dataset.owners.values():
        units = [unit for unit in data.dataset.owners.values() if unit.parent == owner.id]
        yield Page(owner_path(owner.id), "owner.html", {"owner": owner, "units": units, "views": data.owner_items[owner.id]})
    for source in data.dataset.sources.values():
        yield Page(source_path(source.id), "source.html", {"source": source, "views": data.source_items[source.id]})


def depth(path: str) -> int:
    """How many folders below the language folder a page is."""
    return path.count("/")
