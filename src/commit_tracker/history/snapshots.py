"""The items of the data folder at one commit, or in the working tree, indexed by id.

Items are indexed by id across all files, so an item that moved to another file, or whose
file was renamed, is the same item. A blob read once is parsed once: files that did not
change between commits cost nothing more. A file that no longer validates still gives its
items, from the raw data, so a broken commit in the history does not look like items vanishing.
Within a changed file, each distinct entry text is parsed once too (see :mod:`chunks`).
"""

from __future__ import annotations

import hashlib
import json
import typing
from collections import OrderedDict
from dataclasses import dataclass, replace
from pathlib import Path
from types import TracebackType
from typing import Any

from pydantic import BaseModel, ValidationError

from commit_tracker.checker import SUFFIXES, UsageError
from commit_tracker.history.chunks import PLACEHOLDER, Split, split_entries
from commit_tracker.history.gitrepo import GitRepo, ObjectReader, parse_tree
from commit_tracker.loader import MAX_BYTES, ParsedFile, decode, read_bytes, read_file
from commit_tracker.models import KIND_BY_SECTION, DataFile, Status, Tracked, parse_partial_date
from commit_tracker.validation import validate_file

_BLOB_CACHE = 256
_TREE_CACHE = 16
_ENTRY_CACHE = 50_000


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


Snapshot = dict[str, ItemState]
"""Every item of the data folder at one point, by id, in file order."""


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
                model = models[index] if models is not None else _validated(section, entry)
                states.append(_state(entry, model, kind, path))
    return states


def _validated(section: str, entry: dict[str, Any]) -> Tracked | None:
    model: type[BaseModel] = typing.get_args(DataFile.model_fields[section].annotation)[0]
    try:
        item = model.model_validate(entry)
    except ValidationError:
        return None
    return item if isinstance(item, Tracked) else None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _state(entry: dict[str, Any], model: Tracked | None, kind: str, path: str) -> ItemState:
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


class SnapshotReader:
    """Snapshots of one data folder at commits and in the working tree; use it as a context manager."""

    def __init__(self, repo: GitRepo, data_dir: Path, *, pure: bool = False) -> None:
        self.repo = repo
        self.data_dir = data_dir
        self.data_path = repo.relative(data_dir)
        self.pure = pure
        self._objects: ObjectReader | None = None
        self._blobs: OrderedDict[str, tuple[str, list[ItemState]]] = OrderedDict()
        self._trees: OrderedDict[str, Snapshot] = OrderedDict()
        self._entries: OrderedDict[tuple[str, str], ItemState | None] = OrderedDict()
        self._skeletons: OrderedDict[tuple[str, tuple[tuple[str, int], ...]], bool] = OrderedDict()

    def __enter__(self) -> SnapshotReader:
        self._objects = self.repo.objects()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        if self._objects is not None:
            self._objects.close()
            self._objects = None

    def at(self, sha: str | None) -> Snapshot:
        """The items at a commit; empty for None (before the first commit) or where the folder is missing."""
        if sha is None:
            return {}
        objects = self._reader()
        found = objects.read(f"{sha}:{self.data_path}")
        if found is None or found[1] != "tree":
            return {}
        tree_id, _, content = found
        if tree_id in self._trees:
            self._trees.move_to_end(tree_id)
            return self._trees[tree_id]
        snapshot: Snapshot = {}
        entries = sorted(
            (name, oid) for mode, name, oid in parse_tree(content, len(tree_id) // 2) if mode in ("100644", "100755") and Path(name).suffix in SUFFIXES
        )
        for name, blob_id in entries:
            for state in self._blob_states(blob_id, f"{self.data_path}/{name}" if self.data_path else name):
                snapshot.setdefault(state.id, state)
        _remember(self._trees, tree_id, snapshot, _TREE_CACHE)
        return snapshot

    def working_tree(self) -> Snapshot:
        """The items in the files on disk now, uncommitted changes included."""
        snapshot: Snapshot = {}
        for path in sorted(p for p in self.data_dir.iterdir() if p.suffix in SUFFIXES and p.is_file()):
            display = f"{self.data_path}/{path.name}" if self.data_path else path.name
            try:
                parsed = read_file(path, display, pure=self.pure)
            except OSError as error:
                raise UsageError(f"cannot read {path}: {error.strerror or error}") from None
            for state in item_states(parsed, display):
                snapshot.setdefault(state.id, state)
        return snapshot

    def _blob_states(self, blob_id: str, path: str) -> list[ItemState]:
        cached = self._blobs.get(blob_id)
        if cached is None:
            found = self._reader().read(blob_id)
            states = self.items_of(found[2], path) if found is not None else []
            cached = (path, states)
            _remember(self._blobs, blob_id, cached, _BLOB_CACHE)
        else:
            self._blobs.move_to_end(blob_id)
        first_path, states = cached
        return states if first_path == path else [replace(state, path=path) for state in states]

    def items_of(self, raw: bytes, path: str) -> list[ItemState]:
        """The items of a file's content: entry by entry where it splits cleanly, else the whole file."""
        text, problem = decode(raw, path)
        # Control characters need no check here: the loader finds them in the entry or skeleton
        # that holds them, and such a file is then parsed whole.
        split = split_entries(text, KIND_BY_SECTION) if problem is None and len(raw) <= MAX_BYTES else None
        if split is not None and self._skeleton_holds(split, path):
            try:
                states = [self._entry_state(section, chunk, path) for section, chunk in split.entries]
            except _IrregularError:
                pass
            else:
                return [state if state.path == path else replace(state, path=path) for state in states if state is not None]
        return item_states(read_bytes(raw, Path(path), path, pure=self.pure), path)

    def _skeleton_holds(self, split: Split, path: str) -> bool:
        """True when YAML reads the skeleton as the split does: that many entries per section."""
        key = (split.skeleton, tuple(sorted(split.counts.items())))
        if key not in self._skeletons:
            parsed = read_bytes(split.skeleton.encode(), Path(path), path, pure=self.pure)
            data = parsed.data or {}
            holds = not parsed.findings and all(
                data.get(section) == [PLACEHOLDER] * split.counts.get(section, 0) if section in split.counts else not data.get(section)
                for section in KIND_BY_SECTION
            )
            _remember(self._skeletons, key, holds, _BLOB_CACHE)
        return bool(self._skeletons[key])

    def _entry_state(self, section: str, chunk: str, path: str) -> ItemState | None:
        key = (section, chunk)
        if key in self._entries:
            self._entries.move_to_end(key)
            return self._entries[key]
        parsed = read_bytes(f"k:\n{chunk}".encode(), Path(path), path, pure=self.pure)
        entries = parsed.data.get("k") if parsed.data is not None else None
        if parsed.findings or not isinstance(entries, list) or len(entries) != 1:
            raise _IrregularError(path)
        entry = entries[0]
        state = None
        if isinstance(entry, dict) and isinstance(entry.get("id"), str):
            state = _state(entry, _validated(section, entry), KIND_BY_SECTION[section], path)
        _remember(self._entries, key, state, _ENTRY_CACHE)
        return state

    def _reader(self) -> ObjectReader:
        if self._objects is None:
            raise RuntimeError("SnapshotReader is used outside its 'with' block")
        return self._objects


class _IrregularError(Exception):
    """An entry of the split did not parse on its own: parse the whole file instead."""


def _remember(cache: OrderedDict[Any, Any], key: Any, value: Any, limit: int) -> None:
    cache[key] = value
    if len(cache) > limit:
        cache.popitem(last=False)
