"""Write the site into its folder so that a failed build never leaves half a site over the old one."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

from commit_tracker.checker import UsageError

MARKER = ".commit-tracker-site"
"""A file in every site folder: only a folder that has it (or an empty one) is replaced."""


def write_site(files: Iterable[tuple[str, bytes]], out_dir: Path) -> int:
    """Write the files into a new folder beside ``out_dir``, then put it in place of ``out_dir``; the number of files.

    The old site stays whole until the new one is complete; a folder that is not empty and not a
    site this command built is never replaced (UsageError).
    """
    out_dir = out_dir.absolute()
    if out_dir.exists() and not _replaceable(out_dir):
        raise UsageError(f"{out_dir} exists and is not a site built by commit-tracker; give a new or empty folder")
    if not out_dir.parent.is_dir():
        raise UsageError(f"no such folder: {out_dir.parent}")
    try:
        building = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", suffix=".new", dir=out_dir.parent))
    except OSError as error:
        raise UsageError(f"cannot write in {out_dir.parent}: {error.strerror}") from None
    try:
        count = 0
        for name, content in files:
            target = building / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
            count += 1
        (building / MARKER).write_text("This folder was built by `commit-tracker site`; the next build replaces it whole.\n", encoding="utf-8")
        building.chmod(0o755)  # mkdtemp makes it private; a site is for reading
        _swap(building, out_dir)
    except OSError as error:
        shutil.rmtree(building, ignore_errors=True)
        raise UsageError(f"cannot write the site to {out_dir}: {error.strerror or error}") from None
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return count


def _replaceable(folder: Path) -> bool:
    return folder.is_dir() and ((folder / MARKER).is_file() or not any(folder.iterdir()))


def _swap(new: Path, out_dir: Path) -> None:
    """Put ``new`` where ``out_dir`` is: two renames, so readers see the old site or the new one."""
    if not out_dir.exists():
        new.rename(out_dir)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", suffix=".old", dir=out_dir.parent))
    old.rmdir()
    out_dir.rename(old)
    try:
        new.rename(out_dir)
    except OSError:
        old.rename(out_dir)
        raise
    with contextlib.suppress(OSError):
        shutil.rmtree(old)
