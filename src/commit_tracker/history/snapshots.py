"""The items of the data folder at one commit, or in the working tree, indexed by id.

Items are indexed by id across all files, so an item that moved to another file, or whose
file was renamed, is the same item. A blob read once is parsed once, and within a changed
file each distinct entry text is parsed once (see :mod:`chunks`): a commit costs what it changed.
What a blob holds is kept between runs (``cache.ResultStore``), so a walk parses only what is
new since the last; the parser and the validator are then not even imported.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections import OrderedDict
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import Any

from commit_tracker.cache import ResultStore
from commit_tracker.errors import UsageError
from commit_tracker.files import SUFFIXES
from commit_tracker.findings import Finding
from commit_tracker.history.chunks import PLACEHOLDER, Split, split_entries
from commit_tracker.history.gitrepo import GitRepo, ObjectReader, parse_tree
from commit_tracker.history.items import ItemState, item_state, item_states, validated
from commit_tracker.models import KIND_BY_SECTION

_BLOB_CACHE = 256
_TREE_CACHE = 16
_ENTRY_CACHE = 50_000

CUT = "*"
"""The key of ``Snapshot.unknown`` when nothing at all is known at that point."""


class Snapshot(dict[str, ItemState]):
    """Every item of the data folder at one point, by id, in file order.

    ``unknown`` names, with the reason, each file that could not be read at that point (a YAML
    error, a file over the size limit, an object missing from the repository), or holds ``CUT``
    when the whole point is unknown (a shallow clone's boundary, a renamed folder): the items of
    those files are neither there nor gone, their state is unknown.
    """

    def __init__(self, items: dict[str, ItemState] | None = None, unknown: dict[str, str] | None = None) -> None:
        super().__init__(items or {})
        self.unknown: dict[str, str] = unknown or {}

    def may_hold(self, state: ItemState) -> bool:
        """True when the item could be in this snapshot unseen: its file (or everything) is unknown."""
        return CUT in self.unknown or state.path in self.unknown or (bool(self.unknown) and state.id not in self)


class SnapshotReader:
    """Snapshots of one data folder at commits and in the working tree; use it as a context manager."""

    def __init__(self, repo: GitRepo, data_dir: Path, *, pure: bool = False) -> None:
        self.repo = repo
        self.data_dir = data_dir
        self.data_path = repo.relative(data_dir)
        self.pure = pure
        self._objects: ObjectReader | None = None
        self._blobs: OrderedDict[str, tuple[str, list[ItemState], str | None]] = OrderedDict()
        self._trees: OrderedDict[str, Snapshot] = OrderedDict()
        self._entries: OrderedDict[tuple[str, str], ItemState | None] = OrderedDict()
        self.unloaded: list[str] = []
        """Files of the working tree that did not load: their items are missing from it."""
        self._skeletons: OrderedDict[tuple[str, tuple[tuple[str, int], ...]], bool] = OrderedDict()
        self._kept = ResultStore.for_folder(repo.root, self.data_path, pure=pure, environ=os.environ)
        """What earlier walks read from each blob (and file on disk), by content."""

    def __enter__(self) -> SnapshotReader:
        self._objects = self.repo.objects()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        if self._objects is not None:
            self._objects.close()
            self._objects = None
        self._kept.save()

    def at(self, sha: str | None) -> Snapshot:
        """The items at a commit; empty for None (before the first commit) or where the folder is missing.

        A commit missing from the repository gives a snapshot whose state is unknown (``CUT``).
        """
        if sha is None:
            return Snapshot()
        objects = self._reader()
        found = self._folder(sha)
        if found is None or found[1] != "tree":
            if objects.read(sha) is None:
                return Snapshot(unknown={CUT: f"commit {sha[:12]} is not in this repository (a shallow or partial clone?)"})
            return Snapshot()
        tree_id, _, content = found
        if tree_id in self._trees:
            self._trees.move_to_end(tree_id)
            return self._trees[tree_id]
        snapshot = Snapshot()
        entries = sorted(
            (name, oid) for mode, name, oid in parse_tree(content, len(tree_id) // 2) if mode in ("100644", "100755") and Path(name).suffix in SUFFIXES
        )
        for name, blob_id in entries:
            path = f"{self.data_path}/{name}" if self.data_path else name
            states, problem = self._blob_states(blob_id, path)
            if problem is not None:
                snapshot.unknown[path] = problem
            for state in states:
                snapshot.setdefault(state.id, state)
        _remember(self._trees, tree_id, snapshot, _TREE_CACHE)
        return snapshot

    def _folder(self, sha: str) -> tuple[str, str, bytes] | None:
        """The data folder's tree at a commit. ``cat-file --batch`` reads one name a line, so a path
        with a line break in it is walked from the root tree a folder at a time."""
        objects = self._reader()
        if "\n" not in self.data_path and "\r" not in self.data_path:
            return objects.read(f"{sha}:{self.data_path}")
        found = objects.read(f"{sha}^{{tree}}")
        for part in self.data_path.split("/"):
            if found is None or found[1] != "tree":
                return None
            oid = next((oid for mode, name, oid in parse_tree(found[2], len(found[0]) // 2) if name == part and mode == "40000"), None)
            found = objects.read(oid) if oid is not None else None
        return found

    def working_tree(self) -> Snapshot:
        """The items in the files on disk now, uncommitted changes included."""
        snapshot = Snapshot()
        for path in sorted(p for p in self.data_dir.iterdir() if p.suffix in SUFFIXES and not p.is_dir()):
            display = f"{self.data_path}/{path.name}" if self.data_path else path.name
            states, problem = self._file_states(path, display)
            if problem is not None:
                snapshot.unknown[display] = problem
                if display not in self.unloaded:
                    self.unloaded.append(display)
            for state in states:
                snapshot.setdefault(state.id, state)
        return snapshot

    def _file_states(self, path: Path, display: str) -> tuple[list[ItemState], str | None]:
        """The items of a file on disk, and why it did not load (None when it did); kept by content like a blob."""
        raw = key = None
        try:
            if stat.S_ISREG(path.stat().st_mode):
                raw = path.read_bytes()
                key = ("file", display, hashlib.sha256(raw).hexdigest())
        except OSError:
            raw = key = None
        kept = self._kept.get(key) if key is not None else None
        if isinstance(kept, tuple):
            return kept
        from commit_tracker.loader import read_bytes, read_file

        try:
            # The bytes the key names, when they were read; else the loader says what the path is.
            parsed = read_bytes(raw, path, display, pure=self.pure) if raw is not None else read_file(path, display, pure=self.pure)
        except OSError as error:
            raise UsageError(f"cannot read {path}: {error.strerror or error}") from None
        found = (item_states(parsed, display), _problem(parsed.findings) if parsed.data is None else None)
        if key is not None:
            self._kept.put(key, found)
        return found

    def _blob_states(self, blob_id: str, path: str) -> tuple[list[ItemState], str | None]:
        """The items of a blob, and why it could not be read (None when it could)."""
        cached = self._blobs.get(blob_id)
        if cached is None:
            kept = self._kept.get(blob_id)
            if isinstance(kept, tuple):
                cached = kept
            else:
                found = self._reader().read(blob_id)
                if found is None:
                    cached = (path, [], f"object {blob_id[:12]} is missing from the repository")
                else:
                    states, problem = self.read_items(found[2], path)
                    cached = (path, states, problem)
                    self._kept.put(blob_id, cached)
            _remember(self._blobs, blob_id, cached, _BLOB_CACHE)
        else:
            self._blobs.move_to_end(blob_id)
        first_path, states, problem = cached
        return (states if first_path == path else [replace(state, path=path) for state in states]), problem

    def items_of(self, raw: bytes, path: str) -> list[ItemState]:
        """The items of a file's content: entry by entry where it splits cleanly, else the whole file."""
        return self.read_items(raw, path)[0]

    def read_items(self, raw: bytes, path: str) -> tuple[list[ItemState], str | None]:
        """The items of a file's content, and why the file could not be read (None when it could)."""
        from commit_tracker.loader import MAX_BYTES, decode, read_bytes

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
                return [state if state.path == path else replace(state, path=path) for state in states if state is not None], None
        parsed = read_bytes(raw, Path(path), path, pure=self.pure)
        return item_states(parsed, path), (_problem(parsed.findings) if parsed.data is None else None)

    def _skeleton_holds(self, split: Split, path: str) -> bool:
        """True when YAML reads the skeleton as the split does: that many entries per section."""
        from commit_tracker.loader import read_bytes

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
        from commit_tracker.loader import read_bytes

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


def _problem(findings: list[Finding]) -> str:
    """Why a file did not load, in a line: its first finding."""
    first = findings[0] if findings else None
    return f"{first.line}:{first.column}: {first.message}" if first is not None else "it does not load"


class _IrregularError(Exception):
    """An entry of the split did not parse on its own: parse the whole file instead."""


def _remember(cache: OrderedDict[Any, Any], key: Any, value: Any, limit: int) -> None:
    cache[key] = value
    if len(cache) > limit:
        cache.popitem(last=False)
