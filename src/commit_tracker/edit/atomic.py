"""Replace a file's content atomically: a temporary file in the same folder, synced, then renamed.

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


def replace_content(path: Path, expected: bytes, new: bytes) -> None:
    """Write ``new`` to ``path`` (to its target, if a symlink) if it still holds ``expected``."""
    target = Path(os.path.realpath(path))
    mode = stat.S_IMODE(target.stat().st_mode)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(new)
            handle.flush()
            os.fsync(handle.fileno())
        Path(temporary).chmod(mode)
        if target.read_bytes() != expected:
            raise ChangedOnDiskError(f"{path} changed on disk since it was read; nothing was written; run the command again")
        Path(temporary).replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable, where the system allows opening a folder."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
