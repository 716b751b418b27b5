"""What changed in the data between two points: a commit or date, and another or the working tree."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from commit_tracker.history.gitrepo import Commit, GitRepo
from commit_tracker.history.items import ItemState, newest_update
from commit_tracker.history.snapshots import Snapshot, SnapshotReader
from commit_tracker.history.timeline import added_updates
from commit_tracker.models import Status


@dataclass(frozen=True)
class Point:
    """One end of a comparison: what the user named, and the commit (None: the working tree)."""

    label: str
    commit: Commit | None
    dirty: bool = False
    """For the working tree: it has uncommitted changes to the data."""


@dataclass(frozen=True)
class StatusChange:
    """An item whose current status changed; ``note`` is that of the newest update added."""

    item: ItemState
    old: str
    note: str | None


@dataclass(frozen=True)
class ValueChange:
    """An item whose owner or due date changed."""

    item: ItemState
    old: str | None
    new: str | None


@dataclass(frozen=True)
class ChangeSet:
    """Items added and removed, status changes by new status, owner and due changes, counts."""

    since: Point
    until: Point
    added: tuple[ItemState, ...]
    removed: tuple[ItemState, ...]
    status_changes: dict[str, tuple[StatusChange, ...]]
    """By new status, in the order of the status vocabulary; only statuses that items moved to."""
    owner_changes: tuple[ValueChange, ...]
    due_changes: tuple[ValueChange, ...]
    counts: dict[str, tuple[int, int]]
    """Every status: how many items had it (before, after)."""
    unloaded: tuple[str, ...] = ()
    """Files of the working tree that did not load."""
    unknown_before: tuple[ItemState, ...] = ()
    """Items whose state at ``since`` is unknown (their file could not be read there): not added."""
    unknown_after: tuple[ItemState, ...] = ()
    """Items whose state at ``until`` is unknown (their file could not be read there): not removed."""
    unreadable: tuple[tuple[str, str, str], ...] = ()
    """(``since`` or ``until``, file or ``*`` for all, why) for what could not be read at either end."""

    @property
    def empty(self) -> bool:
        """True when nothing changed."""
        return not (self.added or self.removed or self.status_changes or self.owner_changes or self.due_changes)


def compare(since: Point, before: Snapshot, until: Point, after: Snapshot) -> ChangeSet:
    """The changes from ``before`` to ``after``; items keep their file order."""
    kept = [(before[item_id], state) for item_id, state in after.items() if item_id in before]
    appeared = [state for item_id, state in after.items() if item_id not in before]
    vanished = [state for item_id, state in before.items() if item_id not in after]
    by_status: dict[str, list[StatusChange]] = {}
    for old, new in kept:
        if old.status != new.status:
            update = newest_update(added_updates(old, new))
            by_status.setdefault(new.status, []).append(StatusChange(new, old.status, update.note if update is not None else None))
    order = _status_order([*before.values(), *after.values()])
    return ChangeSet(
        since=since,
        until=until,
        added=tuple(state for state in appeared if not before.may_hold(state)),
        removed=tuple(state for state in vanished if not after.may_hold(state)),
        unknown_before=tuple(state for state in appeared if before.may_hold(state)),
        unknown_after=tuple(state for state in vanished if after.may_hold(state)),
        unreadable=tuple(("since", path, why) for path, why in before.unknown.items()) + tuple(("until", path, why) for path, why in after.unknown.items()),
        status_changes={status: tuple(by_status[status]) for status in order if status in by_status},
        owner_changes=tuple(ValueChange(new, old.owner, new.owner) for old, new in kept if old.owner != new.owner),
        due_changes=tuple(ValueChange(new, old.due, new.due) for old, new in kept if old.due != new.due),
        counts={status: (_count(before, status), _count(after, status)) for status in order},
    )


def read_changes(data_dir: Path, since: str, until: str | None, *, pure: bool = False) -> ChangeSet:
    """Compare the data at ``since`` with ``until`` (a revision or date) or, when None, the working tree."""
    repo = GitRepo.find(data_dir)
    start = Point(since, repo.resolve(since))
    end = Point(until, repo.resolve(until)) if until is not None else None
    with SnapshotReader(repo, data_dir, pure=pure) as reader:
        assert start.commit is not None
        before = reader.at(start.commit.sha)
        if end is not None and end.commit is not None:
            after = reader.at(end.commit.sha)
        else:
            end = Point("working tree", None, dirty=repo.is_dirty(reader.data_path))
            after = reader.working_tree()
    return replace(compare(start, before, end, after), unloaded=tuple(reader.unloaded))


def _status_order(states: list[ItemState]) -> list[str]:
    known = [status.value for status in Status]
    return known + sorted({state.status for state in states} - set(known))


def _count(snapshot: Snapshot, status: str) -> int:
    return sum(1 for state in snapshot.values() if state.status == status)
