"""The items of the data folder at one commit, or in the working tree, indexed by id.

Items are indexed by id across all files, so an item that moved to another file, or whose
file was renamed, is the same item. A blob read once is parsed once, and within a changed
file each distinct entry text is parsed once (see :mod:`chunks`): a commit costs what it changed.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import Any

from commit_tracker.checker import SUFFIXES, UsageError
from commit_tracker.history.chunks import PLACEHOLDER, Split, split_entries
from commit_tracker.history.gitrepo import GitRepo, ObjectReader, parse_tree
from commit_tracker.history.items import ItemState, item_state, item_states, validated
from commit_tracker.loader import MAX_BYTES, decode, read_bytes, read_file
from commit_tracker.models import KIND_BY_SECTION

_BLOB_CACHE = 256
_TREE_CACHE = 16
_ENTRY_CACHE = 50_000

Snapshot = dict[str, ItemState]
"""Every item of the data folder at one point, by id, in file order."""


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
        self.unloaded: list[str] = []
        """Files of the working tree that did not load: their items are missing from it."""
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
            if parsed.data is None and display not in self.unloaded:
                self.unloaded.append(display)
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
            state = item_state(entry, validated(section, entry), KIND_BY_SECTION[section], path)
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
