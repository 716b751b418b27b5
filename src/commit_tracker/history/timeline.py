"""One item's history across commits, and the date of the last commit that changed each item."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from commit_tracker.dataset import unknown_id_message
from commit_tracker.errors import UsageError
from commit_tracker.history.gitrepo import Commit, GitRepo
from commit_tracker.history.items import ItemState, UpdateRecord, newest_update
from commit_tracker.history.snapshots import CUT, Snapshot, SnapshotReader

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
    """``added``, ``changed`` or ``removed``; ``unknown`` when the item's file could not be read at
    this commit, ``readable`` when it could again, ``cut`` where the history that git has begins
    (a shallow clone, a renamed data folder): the item's state there is as first seen, not added."""
    path: str
    changes: tuple[FieldChange, ...]
    update: UpdateRecord | None
    """The newest status update this commit added to the item, if any."""
    reason: str | None = None
    """Why the state is unknown (``unknown``, ``cut``)."""


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

    Before a shallow clone's first commit, or before the commit that renamed the data folder to
    its name, the data are unknown (``CUT``), not empty. With ``working_tree``, a last step with
    commit None holds uncommitted changes, if there are any.
    """
    repo = reader.repo
    commits = repo.commits(reader.data_path)
    shallow = repo.shallow_commits() if commits else frozenset()
    for commit in commits:
        before = reader.at(commit.parent)
        if commit.parent is None and commit.sha in shallow:
            before = Snapshot(unknown={CUT: "the history is cut here: this repository is a shallow clone (git fetch --unshallow reads the rest)"})
        elif commit.parent is not None and not before and not before.unknown:
            origin = repo.renamed_from(commit.parent, commit.sha, reader.data_path)
            if origin is not None:
                before = Snapshot(unknown={CUT: f"the data folder was renamed from {origin} in this commit; its history before that is not followed"})
        yield commit, before, reader.at(commit.sha)
    if working_tree and reader.repo.is_dirty(reader.data_path):
        head = reader.repo.resolve("HEAD").sha if reader.repo.has_commits() else None
        yield None, reader.at(head), reader.working_tree()


def _unknown_reason(snapshot: Snapshot, path: str | None) -> str:
    reason = snapshot.unknown.get(CUT) or (snapshot.unknown.get(path) if path is not None else None)
    if reason is not None:
        return reason
    return "; ".join(f"{where}: {why}" for where, why in snapshot.unknown.items())


def step_event(commit: Commit | None, before: Snapshot, after: Snapshot, item_id: str, last_known: ItemState | None) -> Event | None:
    """The event of one item at one step; a file that could not be read makes its state unknown, never removed or added."""
    old, new = before.get(item_id), after.get(item_id)
    if new is None and old is not None and after.may_hold(old):
        return Event(commit, "unknown", old.path, (), None, _unknown_reason(after, old.path))
    if old is None and new is not None and before.may_hold(new):
        if CUT in before.unknown and last_known is None:
            changes = tuple(FieldChange(name, None, getattr(new, name)) for name in TRACKED_FIELDS if getattr(new, name) is not None)
            return Event(commit, "cut", new.path, changes, None, before.unknown[CUT])
        event = diff_item(commit, last_known, new)
        if event is None or event.kind == "added":
            return Event(commit, "readable", new.path, event.changes if event else (), event.update if event else None)
        return replace(event, kind="readable")
    return diff_item(commit, old, new)


def item_history(reader: SnapshotReader, item_id: str) -> ItemHistory:
    """Every change of the item across the history, uncommitted changes last; unknown id: UsageError."""
    events: list[Event] = []
    known: set[str] = set()
    last_known: ItemState | None = None
    for commit, before, after in iter_steps(reader, working_tree=True):
        event = step_event(commit, before, after, item_id, last_known)
        last_known = after.get(item_id) or last_known
        if event is not None and event.kind == "unknown" and events and events[-1].kind == "unknown":
            continue  # still unreadable: said once
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
