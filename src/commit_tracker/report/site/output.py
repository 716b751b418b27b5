"""Write the site into its folder so that a failed build never leaves half a site over the old one."""

from __future__ import annotations

import contextlib
import os
import queue
import shutil
import stat
import tempfile
import threading
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from commit_tracker.errors import UsageError

MARKER = ".commit-tracker-site"
"""A file in every site folder: only a folder that has it (or an empty one) is replaced."""

_QUEUED = 64
"""Files rendered but not yet written, at most: the writer keeps up without holding the whole site in memory."""


def write_site(files: Iterable[tuple[str, bytes]], out_dir: Path) -> int:
    """Write the files into a new folder beside ``out_dir``, then put it in place of ``out_dir``; the number of files.

    The old site stays whole until the new one is complete; a folder that is not empty and not a
    site this command built is never replaced (UsageError). No file is synced on its own: the
    rename of the whole folder is what makes the new site appear at once. A page the old site has
    with the same bytes is hard-linked into the new folder rather than written again: on this
    disk a link costs a twentieth of creating and writing a file, and a rebuild changes few pages.
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
        count = _write_all(files, building, out_dir if out_dir.is_dir() else None)
        (building / MARKER).write_text("This folder was built by `commit-tracker site`; the next build replaces it whole.\n", encoding="utf-8")
        building.chmod(0o755)  # mkdtemp makes it private; a site is for reading
        old = _swap(building, out_dir)
    except OSError as error:
        shutil.rmtree(building, ignore_errors=True)
        raise UsageError(f"cannot write the site to {out_dir}: {error.strerror or error}") from None
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    if old is not None:
        remove_tree(old)
    return count


def _write_all(files: Iterable[tuple[str, bytes]], folder: Path, previous: Path | None = None) -> int:
    """Write each (path, content) under ``folder`` in a second thread, so the disk works while the next page is rendered.

    A file ``previous`` (the old site) holds with the same bytes is linked instead: the old site's
    files are never changed, so both sites stay whole.
    """
    pending: queue.Queue[tuple[str, bytes] | None] = queue.Queue(_QUEUED)
    failed: list[BaseException] = []
    made: set[Path] = {folder}
    reuse = [previous is not None]
    root = previous.resolve() if previous is not None else None
    inside: dict[str, bool] = {}
    """For each folder of the old site, whether it is really there (no symlink leads elsewhere)."""

    def reusable(name: str) -> bool:
        if not reuse[0] or previous is None or root is None:
            return False
        parent = os.path.dirname(name)  # noqa: PTH120 (a relative name, not a path on disk)
        if parent not in inside:
            inside[parent] = (previous / parent).resolve() == root / parent
        return inside[parent]

    def writer() -> None:
        while (entry := pending.get()) is not None:
            if failed:
                continue  # drain, so the renderer is never blocked on a full queue
            name, content = entry
            try:
                target = folder / name
                if target.parent not in made:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    made.add(target.parent)
                if not (reusable(name) and previous is not None and _linked(previous / name, target, content, reuse)):
                    target.write_bytes(content)
            except BaseException as error:  # noqa: BLE001 (raised again in the caller's thread)
                failed.append(error)

    thread = threading.Thread(target=writer, name="site-writer", daemon=True)
    thread.start()
    count = 0
    try:
        for entry in files:
            if failed:
                break
            pending.put(entry)
            count += 1
    finally:
        pending.put(None)
        thread.join()
    if failed:
        raise failed[0]
    return count


def _linked(old: Path, target: Path, content: bytes, reuse: list[bool]) -> bool:
    """Link ``old`` as ``target`` when it is a plain file with exactly ``content``; False when it is not (write it then)."""
    try:
        found = old.lstat()
        if not stat.S_ISREG(found.st_mode) or found.st_size != len(content) or old.read_bytes() != content:
            return False
        os.link(old, target, follow_symlinks=False)
    except FileNotFoundError:
        return False
    except OSError:
        reuse[0] = False  # a file system without hard links, or one that refuses them here: write every file
        return False
    return True


def _replaceable(folder: Path) -> bool:
    return folder.is_dir() and ((folder / MARKER).is_file() or not any(folder.iterdir()))


def _swap(new: Path, out_dir: Path) -> Path | None:
    """Put ``new`` where ``out_dir`` is: two renames, so readers see the old site or the new one; the old site's new place."""
    if not out_dir.exists():
        new.rename(out_dir)
        return None
    old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", suffix=".old", dir=out_dir.parent))
    old.rmdir()
    out_dir.rename(old)
    try:
        new.rename(out_dir)
    except OSError:
        old.rename(out_dir)
        raise
    return old


def remove_tree(folder: Path) -> None:
    """Remove a retired site, already off the visible path: its top folders (one per language) in parallel, as the disk allows."""
    with contextlib.suppress(OSError):
        parts = list(folder.iterdir())
        with ThreadPoolExecutor(max_workers=max(1, min(4, len(parts)))) as pool:
            for part in parts:
                if part.is_dir() and not part.is_symlink():
                    pool.submit(shutil.rmtree, part, ignore_errors=True)
                else:
                    part.unlink()
        shutil.rmtree(folder, ignore_errors=True)
