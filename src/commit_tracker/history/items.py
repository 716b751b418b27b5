"""What the data says about one item at one point: its state, read from one file's content.

An item that does not validate is read from the raw data, so a broken commit in the history
does not look like items vanishing.
"""

from __future__ import annotations

import hashlib
import json
import typing
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from commit_tracker.models import KIND_BY_SECTION, MODEL_BY_SECTION, Status, Tracked, parse_partial_date

if TYPE_CHECKING:
    from commit_tracker.parsed import ParsedFile

# The parser and the validator are imported where an item is read, not here: the history keeps
# the states it read between runs (snapshots), and a walk that finds them all needs neither.


@dataclass(frozen=True)
class UpdateRecord:
    """One dated status update, as history compares them."""

    date: str
    status: str
    note: str | None


@dataclass(frozen=True)
class ItemState:
    """What the data said about one item at one point."""

    id: str
    kind: str
    path: str
    title: str | None
    status: str
    owner: str | None
    due: str | None
    updates: tuple[UpdateRecord, ...]
    fingerprint: str
    """A digest of the item's whole data: it changes when anything in the item changes."""


def newest_update(updates: typing.Iterable[UpdateRecord]) -> UpdateRecord | None:
    """The update that gives the current status: the latest date, the last listed among equals."""
    best: tuple[tuple[int, int, int], int] | None = None
    found = None
    for index, update in enumerate(updates):
        try:
            key = (parse_partial_date(update.date), index)
        except ValueError:
            continue
        if best is None or key > best:
            best, found = key, update
    return found


def item_states(parsed: ParsedFile, path: str) -> list[ItemState]:
    """The items of one parsed file; items that do not validate are read from the raw data."""
    from commit_tracker.validation import validate_file

    data, _ = validate_file(parsed)
    raw = parsed.data or {}
    states = []
    for section, kind in KIND_BY_SECTION.items():
        entries = raw.get(section)
        if not isinstance(entries, list):
            continue
        models = getattr(data, section) if data is not None else None
        for index, entry in enumerate(entries):
            if isinstance(entry, dict) and isinstance(entry.get("id"), str):
                model = models[index] if models is not None else validated(section, entry)
                states.append(item_state(entry, model, kind, path))
    return states


def validated(section: str, entry: dict[str, Any]) -> Tracked | None:
    """The entry as its section's model, or None when it does not validate."""
    from pydantic import ValidationError

    from commit_tracker.validation import validate_as

    try:
        item = validate_as(MODEL_BY_SECTION[section], entry)
    except ValidationError:
        return None
    return item if isinstance(item, Tracked) else None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def item_state(entry: dict[str, Any], model: Tracked | None, kind: str, path: str) -> ItemState:
    """The state of one entry; from the model where it validated, else from the raw data."""
    digest = hashlib.blake2b(json.dumps(entry, sort_keys=True, ensure_ascii=False).encode(), digest_size=16).hexdigest()
    if model is not None:
        updates = tuple(UpdateRecord(u.date, u.status.value, u.note) for u in model.updates)
        status = model.current_status.value
    else:
        raw_updates = entry.get("updates")
        raw_updates = raw_updates if isinstance(raw_updates, list) else []
        updates = tuple(
            UpdateRecord(u["date"], u["status"], _text(u.get("note")))
            for u in raw_updates
            if isinstance(u, dict) and isinstance(u.get("date"), str) and isinstance(u.get("status"), str)
        )
        latest = newest_update(updates)
        status = latest.status if latest is not None else _text(entry.get("status")) or Status.NOT_ASSESSED.value
    return ItemState(
        id=entry["id"],
        kind=kind,
        path=path,
        title=_text(entry.get("title")),
        status=status,
        owner=_text(entry.get("owner")),
        due=_text(entry.get("due")),
        updates=updates,
        fingerprint=digest,
    )
