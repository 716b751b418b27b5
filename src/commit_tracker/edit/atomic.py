"""Write a file atomically: a temporary file in the same folder, synced, then renamed.

The file keeps its mode; a symlink is followed, so its target gets the new content and the link
stays a link. If the file no longer holds what was read, nothing is written. A read-only file
and a file with other hard links are refused (a rename would silently replace the one and split
the other). Writers take an exclusive lock on the data folder (``writing``), so two ``update``
runs cannot interleave; temporary files left by a killed run are removed under that lock.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from commit_tracker.errors import UsageError

LOCK_WAIT = 30.0
"""Seconds a writer waits for another to finish before it gives up, writing nothing."""

_TEMPORARY_SUFFIX = ".commit-tracker.tmp"
_held: dict[str, int] = {}
"""Folders this process holds the lock of, with how many times it took it (the lock is re-entrant)."""


class ChangedOnDiskError(UsageError):
    """The file changed since it was read: someone else is editing it."""


@contextlib.contextmanager
def writing(folder: Path, *, wait: float | None = None) -> Iterator[None]:
    """Hold the data folder's write lock: ``fcntl.flock`` on the folder itself, so no lock file is left
    in the data or shown by git. Another writer waits up to ``wait`` seconds (``LOCK_WAIT``), then fails cleanly."""
    key = os.path.realpath(folder)
    if key in _held:
        _held[key] += 1
        try:
            yield
        finally:
            _held[key] -= 1
        return
    descriptor = _lock(Path(key), LOCK_WAIT if wait is None else wait)
    _held[key] = 1
    try:
        _remove_leftovers(Path(key))
        yield
    finally:
        del _held[key]
        os.close(descriptor)  # closing the descriptor releases the lock


def _lock(folder: Path, wait: float) -> int:
    try:
        import fcntl
    except ImportError:  # not on POSIX: no lock, as before
        return os.open(os.devnull, os.O_RDONLY)
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError as error:
        raise UsageError(f"cannot open {folder} to lock it: {error.strerror or error}; nothing was written") from None
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return descriptor
        except BlockingIOError:
            if time.monotonic() >= deadline:
                os.close(descriptor)
                raise UsageError(f"another commit-tracker is writing in {folder} (waited {wait:g} s); nothing was written; try again") from None
            time.sleep(0.02)
        except OSError:  # a file system without locks: go on unlocked, as before
            return descriptor


_OLD_TEMPORARY = re.compile(r"\.[^/]+\.(yaml|yml)\.[A-Za-z0-9_]{8}\.tmp")
"""The temporary names of earlier versions: ``.NAME.yaml.XXXXXXXX.tmp``."""


def _remove_leftovers(folder: Path) -> None:
    """Temporary files of a run that was killed before it could remove them; under the lock, none is in use."""
    for leftover in folder.glob(".*.tmp"):
        if leftover.name.endswith(_TEMPORARY_SUFFIX) or _OLD_TEMPORARY.fullmatch(leftover.name):
            with contextlib.suppress(OSError):
                leftover.unlink()


def replace_content(path: Path, expected: bytes, new: bytes, *, shown: str | None = None) -> None:
    """Write ``new`` to ``path`` (to its target, if a symlink) if it still holds ``expected``.

    ``shown`` is the path as the user knows it, for the error messages.
    """
    shown = shown or str(path)
    target = Path(os.path.realpath(path))
    try:
        with writing(path.parent):
            _refuse_unsafe(target, shown)
            replaced = _replace(target, expected, new)
    except OSError as error:
        raise UsageError(f"cannot write {shown}: {error.strerror or error}; it was left as it was") from None
    if not replaced:
        raise ChangedOnDiskError(f"{shown} changed on disk since it was read; nothing was written; run the command again")
    _sync_folder(target.parent)


def _refuse_unsafe(target: Path, shown: str) -> None:
    """A rename would replace a read-only file without a word, and give a hard-linked file a new inode."""
    status = target.stat()
    if not os.access(target, os.W_OK) or not status.st_mode & 0o222:
        raise UsageError(f"{shown} is read-only; nothing was written (make it writable first if the edit is wanted)")
    if status.st_nlink > 1:
        raise UsageError(f"{shown} has {status.st_nlink} hard links; replacing it would split them; nothing was written")


def _replace(target: Path, expected: bytes, new: bytes) -> bool:
    with written_beside(target, new, stat.S_IMODE(target.stat().st_mode)) as temporary:
        if target.read_bytes() != expected:  # checked last, just before the rename
            return False
        temporary.replace(target)
    return True


@contextlib.contextmanager
def written_beside(target: Path, content: bytes, mode: int) -> Iterator[Path]:
    """A synced temporary file beside ``target`` holding ``content``; removed unless renamed away."""
    descriptor, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=_TEMPORARY_SUFFIX, dir=target.parent)
    temporary = Path(name)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.chmod(mode)
        yield temporary
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()  # nothing there once renamed into place


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable, where the system lets a folder be opened and synced."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def write_file(path: Path, content: bytes) -> None:
    """Write ``content`` to ``path`` whole or not at all: a new file, or one replaced keeping its mode (a symlink's target)."""
    target = Path(os.path.realpath(path))
    try:
        mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else 0o666 & ~_umask()
        with written_beside(target, content, mode) as temporary:
            temporary.replace(target)
    except OSError as error:
        raise UsageError(f"cannot write {path}: {error.strerror or error}") from None
    _sync_folder(target.parent)


def _umask() -> int:
    """The process's umask (reading it means setting it; it is set back at once)."""
    current = os.umask(0o022)
    os.umask(current)
    return current
