"""Valid data as an earlier run loaded it, kept between runs so a report need not parse or validate again.

The key is a hash of everything the loaded data depend on: the bytes of every data file read,
their paths, the working folder (findings name files relative to it), this program's own code
and the parser and validator installed. Any change is a new key, so an entry is never stale;
old entries are pruned. Only data without errors are kept: data with errors are read again each
time, and their findings reported.

A hit costs a hash of the files and one unpickling, without importing the YAML parser's
composer or pydantic. The cache holds nothing the data files do not: it may be deleted at any
time. It lives in the user's cache folder and is read only when the user owns it and no one else
may write it (a pickle runs code when read).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import stat
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING

from commit_tracker import __version__
from commit_tracker.files import collect_files

if TYPE_CHECKING:
    from commit_tracker.dataset import Dataset

FORMAT = 1
"""Raised when what is kept changes shape."""

KEEP = 32
"""Entries kept: one per version of the data a user reports on, the newest first."""

MAX_FILE_BYTES = 64 * 1024 * 1024
"""A file larger than this is never cached (the loader refuses it with a finding anyway)."""

_SUFFIX = ".pickle"
_PACKAGE = Path(__file__).resolve().parent


def cache_folder(environ: Mapping[str, str]) -> Path | None:
    """Where entries are kept: COMMIT_TRACKER_CACHE_DIR, else the user's cache folder; None when COMMIT_TRACKER_NO_CACHE is set."""
    if environ.get("COMMIT_TRACKER_NO_CACHE"):
        return None
    given = environ.get("COMMIT_TRACKER_CACHE_DIR")
    if given:
        return Path(given)
    base = environ.get("XDG_CACHE_HOME")
    return (Path(base) if base else Path("~/.cache").expanduser()) / "commit-tracker"


@dataclass(frozen=True)
class DatasetCache:
    """The cache entry for one set of data files, as they are now."""

    folder: Path
    key: str
    contents: dict[Path, bytes] = field(default_factory=dict, compare=False, repr=False)
    """The bytes the key was made from, by resolved path: load these, so that what is kept is what was hashed."""

    @classmethod
    def find(cls, paths: Sequence[Path], *, cwd: Path, environ: Mapping[str, str]) -> DatasetCache | None:
        """The entry for the files a run on ``paths`` reads; None when caching is off or a file is not a plain, readable file.

        Raises UsageError as a run would (no data folder, no such file).
        """
        folder = cache_folder(environ)
        if folder is None:
            return None
        targets, context = collect_files(paths, cwd)
        contents: dict[Path, bytes] = {}
        parts = [str(cwd)]
        for group in (targets, context):
            parts.append("")  # where the files checked end and those read for context begin
            for path in group:
                content = _plain_file(path)
                if content is None:
                    return None
                contents[path] = content
                parts += [str(path), hashlib.sha256(content).hexdigest()]
        return cls(folder, _key(*parts), contents)

    @property
    def path(self) -> Path:
        """The entry's file."""
        return self.folder / (self.key + _SUFFIX)

    def read(self) -> Dataset | None:
        """The data kept under this key, or None (no entry, or one that cannot be trusted or read)."""
        kept = _read_trusted(self.path)
        if not (isinstance(kept, tuple) and len(kept) == 3 and kept[:2] == (FORMAT, self.key)):
            return None
        dataset: Dataset = kept[2]
        return dataset

    def write(self, dataset: Dataset) -> None:
        """Keep ``dataset`` under this key, atomically; a cache that cannot be written is left alone."""
        _write_atomically(self.path, pickle.dumps((FORMAT, self.key, _portable(dataset)), protocol=pickle.HIGHEST_PROTOCOL))


class ResultStore:
    """Results worked out from a file's content, by a key naming the content (a git blob id), kept in one entry per data folder.

    The history reads every version of every data file in git; what it read from each version
    is kept, so the next walk reads only versions it has not seen. The entry is read when first
    asked and written back once, at the end, only when it grew.
    """

    LIMIT = 4096
    """Results kept at most: past that, new ones are not added (the history of most data is far smaller)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._results: dict[object, object] | None = None
        self._grown = False

    @classmethod
    def for_folder(cls, repo: Path, data_path: str, *, pure: bool, environ: Mapping[str, str]) -> ResultStore:
        """The store of one data folder of one repository (nothing is kept when caching is off)."""
        folder = cache_folder(environ)
        if folder is None:
            return cls(None)
        return cls(folder / (_key("history", str(repo), data_path, str(pure)) + _SUFFIX))

    def get(self, key: object) -> object | None:
        """The result kept for ``key``, or None."""
        if self._results is None:
            kept = _read_trusted(self.path) if self.path is not None else None
            self._results = kept[1] if isinstance(kept, tuple) and len(kept) == 2 and kept[0] == FORMAT and isinstance(kept[1], dict) else {}
        return self._results.get(key)

    def put(self, key: object, result: object) -> None:
        """Keep ``result`` for ``key`` (saved by ``save``)."""
        if self.get(key) is None and self._results is not None and len(self._results) < self.LIMIT:
            self._results[key] = result
            self._grown = True

    def save(self) -> None:
        """Write the store back when it grew, atomically; one that cannot be written is left alone."""
        if self._grown and self.path is not None and self._results is not None:
            _write_atomically(self.path, pickle.dumps((FORMAT, self._results), protocol=pickle.HIGHEST_PROTOCOL))
            self._grown = False


def _key(*parts: str) -> str:
    """A hash of ``parts`` and of what every entry depends on: the format, this program and Python."""
    digest = hashlib.sha256()
    for part in (str(FORMAT), __version__, sys.version, _code_stamp(), *parts):
        digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
    return digest.hexdigest()


def _read_trusted(path: Path) -> object:
    """What the entry at ``path`` holds; None when it is missing, broken, or not the user's own."""
    try:
        with path.open("rb") as handle:
            if not _trusted(os.fstat(handle.fileno())):
                return None
            return pickle.load(handle)
    except Exception:  # noqa: BLE001 (a missing, broken or foreign entry is a miss, never an error)
        return None


def _write_atomically(path: Path, content: bytes) -> None:
    """Replace the entry at ``path`` whole, readable by the user alone; prune old entries. A cache that cannot be written is left alone."""
    from commit_tracker.edit.atomic import written_beside  # only when writing: a hit need not import it

    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with written_beside(path, content, 0o600) as temporary:
            temporary.replace(path)
        _prune(path.parent, KEEP)
    except OSError:
        return


def _portable(dataset: Dataset) -> Dataset:
    """The dataset without the files' text, data and marks: a report needs only where each entry was read."""
    from commit_tracker.dataset import Origin

    light = {}
    origins = {}
    for entry_id, origin in dataset.origins.items():
        parsed = origin.parsed
        if id(parsed) not in light:
            light[id(parsed)] = replace(parsed, text=None, data=None, findings=[], _positions=None, _marked=None)
        origins[entry_id] = Origin(light[id(parsed)], origin.section, origin.row)
    return replace(dataset, origins=origins)


def _plain_file(path: Path) -> bytes | None:
    """The bytes of a regular file of reasonable size; None for anything else (a FIFO is never opened)."""
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode) or status.st_size > MAX_FILE_BYTES:
            return None
        return path.read_bytes()
    except OSError:
        return None


def _trusted(status: os.stat_result) -> bool:
    """True for a regular file the user owns and no one else may write."""
    owner_ok = not hasattr(os, "getuid") or status.st_uid == os.getuid()
    return stat.S_ISREG(status.st_mode) and owner_ok and not status.st_mode & 0o022


@cache  # the program does not change while it runs
def _code_stamp() -> str:
    """What changes when this program or its parser and validator change: their files' sizes and times."""
    stamps = []
    for folder, _, names in sorted(os.walk(_PACKAGE)):
        for name in sorted(names):
            if name.endswith(".py"):
                status = (Path(folder) / name).stat()
                stamps.append(f"{name}:{status.st_size}:{status.st_mtime_ns}")
    for module in ("yaml", "pydantic", "pydantic_core"):
        spec = find_spec(module)
        origin = spec.origin if spec is not None else None
        if origin:
            status = Path(origin).stat()
            stamps.append(f"{module}:{status.st_size}:{status.st_mtime_ns}")
    return "\n".join(stamps)


def _prune(folder: Path, keep: int) -> None:
    """Remove all but the ``keep`` newest entries."""
    entries = []
    for entry in os.scandir(folder):
        if entry.name.endswith(_SUFFIX):
            with contextlib.suppress(OSError):
                entries.append((entry.stat().st_mtime_ns, entry.path))
    for _, name in sorted(entries, reverse=True)[keep:]:
        with contextlib.suppress(OSError):
            Path(name).unlink()
