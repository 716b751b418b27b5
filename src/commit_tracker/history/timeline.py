"""One item's history across commits, and the date of the last commit that changed each item."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from commit_tracker.checker import UsageError
from commit_tracker.dataset import unknown_id_message
from commit_tracker.history.gitrepo import Commit, GitRepo
from commit_tracker.history.items import ItemState, UpdateRecord, newest_update
from commit_tracker.history.snapshots import Snapshot, SnapshotReader

TRACKED_FIELDS = ("status", "owner", "due")
"""The fields whose every change history reports, besides the item's file."""


@dataclass(frozen=True)
class FieldChange:
    """``field`` went from ``old`` to ``new`` (None: not set, or the item did not exist)."""

    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class Event:
    """What one commit (None: the uncommitted working tree) did to an item."""

    commit: Commit | None
    kind: str
    """``added``, ``changed`` or ``removed``."""
    path: str
    changes: tuple[FieldChange, ...]
    update: UpdateRecord | None
    """The newest status update this commit added to the item, if any."""


@dataclass(frozen=True)
class ItemHistory:
    """Every change of one item's status, owner, due date and file, oldest first."""

    item_id: str
    events: tuple[Event, ...]


def added_updates(before: ItemState | None, after: ItemState) -> list[UpdateRecord]:
    """The updates ``after`` has that ``before`` did not (an edited update counts as added)."""
    remaining = Counter(before.updates if before is not None else ())
    added = []
    for update in after.updates:
        if remaining[update]:
            remaining[update] -= 1
        else:
            added.append(update)
    return added


def diff_item(commit: Commit | None, before: ItemState | None, after: ItemState | None) -> Event | None:
    """The event for one item between two snapshots, or None when nothing history tracks changed."""
    if after is None:
        return Event(commit, "removed", before.path, (), None) if before is not None else None
    update = newest_update(added_updates(before, after))
    if before is None:
        changes = tuple(FieldChange(name, None, getattr(after, name)) for name in TRACKED_FIELDS if getattr(after, name) is not None)
        return Event(commit, "added", after.path, changes, update)
    changes = tuple(FieldChange(name, getattr(before, name), getattr(after, name)) for name in TRACKED_FIELDS if getattr(before, name) != getattr(after, name))
    if before.path != after.path:
        changes += (FieldChange("file", before.path, after.path),)
    if not changes and update is None:
        return None
    return Event(commit, "changed", after.path, changes, update)


def iter_steps(reader: SnapshotReader, *, working_tree: bool) -> Iterator[tuple[Commit | None, Snapshot, Snapshot]]:
    """(commit, the data before it, the data after it) for every commit that changed the data folder.

    With ``working_tree``, a last step with commit None holds uncommitted changes, if there are any.
    """
    commits = reader.repo.commits(reader.data_path)
    for commit in commits:
        yield commit, reader.at(commit.parent), reader.at(commit.sha)
    if working_tree and reader.repo.is_dirty(reader.data_path):
        head = reader.repo.resolve("HEAD").sha if reader.repo.has_commits() else None
        yield None, reader.at(head), reader.working_tree()


def item_history(reader: SnapshotReader, item_id: str) -> ItemHistory:
    """Every change of the item across the history, uncommitted changes last; unknown id: UsageError."""
    events = []
    known: set[str] = set()
    for commit, before, after in iter_steps(reader, working_tree=True):
        event = diff_item(commit, before.get(item_id), after.get(item_id))
        if event is not None:
            events.append(event)
        elif not events:
            known.update(after)
    if not events:
        everything = known | set(reader.working_tree())
        # An id typed in another case (IOM-EVAL-UD-03) names the item, as in show.
        same = next((other for other in sorted(everything) if other.casefold() == item_id.casefold() and other != item_id), None)
        if same is not None:
            return item_history(reader, same)
        raise UsageError(unknown_id_message("item", item_id, everything))
    return ItemHistory(item_id, tuple(events))


def last_commit_dates(data_dir: Path) -> dict[str, dt.date]:
    """The committer date of the last commit that changed each item at HEAD.

    An item counts as changed when anything in its data changed; moving it to another file
    does not. Uncommitted changes are not counted. Outside a git repository: UsageError.
    """
    repo = GitRepo.find(data_dir)
    dates: dict[str, dt.date] = {}
    with SnapshotReader(repo, data_dir) as reader:
        for commit, before, after in iter_steps(reader, working_tree=False):
            assert commit is not None
            for item_id, state in after.items():
                old = before.get(item_id)
                if old is not state and (old is None or old.fingerprint != state.fingerprint):
                    dates[item_id] = commit.date.date()
        head = reader.at(repo.resolve("HEAD").sha) if repo.has_commits() else {}
    return {item_id: dates[item_id] for item_id in head if item_id in dates}


@dataclass(frozen=True)
class DataCommits:
    """The commits that changed each item at HEAD (oldest first, what each did), and the last commit that changed the data."""

    by_item: dict[str, tuple[Event, ...]]
    last: Commit | None
    dirty: bool
    """True when the data folder has uncommitted changes: the files differ from ``last``."""


def data_commits(data_dir: Path) -> DataCommits:
    """Every commit that changed anything in each item, in one walk of the history; uncommitted changes are not counted.

    An event's ``changes`` name the tracked fields that changed (it may have none: the text or a
    link changed). Outside a git repository: UsageError.
    """
    repo = GitRepo.find(data_dir)
    events: dict[str, list[Event]] = {}
    last = None
    with SnapshotReader(repo, data_dir) as reader:
        for commit, before, after in iter_steps(reader, working_tree=False):
            last = commit
            for item_id, state in after.items():
                old = before.get(item_id)
                if old is state or (old is not None and old.fingerprint == state.fingerprint):
                    continue
                event = diff_item(commit, old, state) or Event(commit, "changed", state.path, (), None)
                events.setdefault(item_id, []).append(event)
        head = reader.at(repo.resolve("HEAD").sha) if repo.has_commits() else {}
        dirty = repo.is_dirty(reader.data_path)
    return DataCommits({item_id: tuple(events.get(item_id, ())) for item_id in head}, last, dirty)
