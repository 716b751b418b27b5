"""Write a file atomically: a temporary file in the same folder, synced, then renamed.

The file keeps its mode; a symlink is followed, so its target gets the new content and the link
stays a link. If the file no longer holds what was read, nothing is written.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from commit_tracker.checker import UsageError


class ChangedOnDiskError(UsageError):
    """The file changed since it was read: someone else is editing it."""


def replace_content(path: Path, expected: bytes, new: bytes, *, shown: str | None = None) -> None:
    """Write ``new`` to ``path`` (to its target, if a symlink) if it still holds ``expected``.

    ``shown`` is the path as the user knows it, for the error messages.
    """
    shown = shown or str(path)
    target = Path(os.path.realpath(path))
    try:
        replaced = _replace(target, expected, new)
    except OSError as error:
        raise UsageError(f"cannot write {shown}: {error.strerror or error}; it was left as it was") from None
    if not replaced:
        raise ChangedOnDiskError(f"{shown} changed on disk since it was read; nothing was written; run the command again")
    _sync_folder(target.parent)


def _replace(target: Path, expected: bytes, new: bytes) -> bool:
    mode = stat.S_IMODE(target.stat().st_mode)
    descriptor, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    temporary = Path(name)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(new)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.chmod(mode)
        if target.read_bytes() != expected:  # checked last, just before the rename
            temporary.unlink()
            return False
        temporary.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    return True


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
        descriptor, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise UsageError(f"cannot write {path}: {error.strerror or error}") from None
    temporary = Path(name)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.chmod(mode)
        temporary.replace(target)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise UsageError(f"cannot write {path}: {error.strerror or error}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    _sync_folder(target.parent)


def _umask() -> int:
    """The process's umask (reading it means setting it; it is set back at once)."""
    current = os.umask(0o022)
    os.umask(current)
    return current
