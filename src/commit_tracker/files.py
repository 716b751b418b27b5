"""Which files a run reads: the data folder, the files given, and the files beside them.

Standard library only: a report finds its files before it knows whether it must parse them.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from commit_tracker.errors import UsageError

DATA_DIR_NAME = "data"
SUFFIXES = (".yaml", ".yml")


def find_data_dir(start: Path) -> Path | None:
    """The ``data/`` folder in ``start`` or its nearest parent that has one."""
    for folder in (start, *start.parents):
        candidate = folder / DATA_DIR_NAME
        if candidate.is_dir():
            return candidate
    return None


def collect_files(paths: Sequence[Path], cwd: Path) -> tuple[list[Path], list[Path]]:
    """The files to check and, beside them, the files only read for context.

    A file given alone is checked with the other data files of its folder as context, so
    references across files resolve even when only some files are named (as pre-commit does).
    """
    if not paths:
        data_dir = find_data_dir(cwd)
        if data_dir is None:
            raise UsageError(
                f"no '{DATA_DIR_NAME}/' folder in {cwd} or its parents; give the data folder with --data PATH (validate and check also take paths as arguments)"
            )
        paths = [data_dir]
    targets: list[Path] = []
    folders: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found = data_files(path)
            if not found:
                raise UsageError(f"no .yaml files in {path}")
            targets.extend(found)
        elif path.exists() or path.is_symlink():  # a FIFO, a device or a broken link is a finding of the loader
            targets.append(path)
            folders.add(path.parent)
        else:
            raise UsageError(f"no such file or folder: {path}")
    targets = list(dict.fromkeys(resolved(path) for path in targets))
    context = [path for folder in sorted(folders) for path in data_files(folder) if resolved(path) not in targets]
    return targets, [resolved(path) for path in context]


def resolved(path: Path) -> Path:
    """The real path; a dangling symlink or a loop stays itself (absolute), for the loader to report."""
    try:
        return path.resolve(strict=True)
    except (OSError, RuntimeError):
        return path.absolute()


def data_files(folder: Path) -> list[Path]:
    """Everything named like a data file but a folder: a broken symlink is listed, so it becomes a finding, not a gap."""
    return sorted(path for path in folder.iterdir() if path.suffix in SUFFIXES and not path.is_dir())


def display_path(path: Path, cwd: Path) -> str:
    """The path as a user would type it: relative to the working folder (``../data/x.yaml``)."""
    try:
        return os.path.relpath(path, cwd)
    except ValueError:  # another drive on Windows
        return str(path)
