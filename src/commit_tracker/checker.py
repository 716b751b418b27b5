"""Find the data files, read and validate them, check them across files: one run, one outcome."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from commit_tracker.dataset import Dataset, build_dataset
from commit_tracker.findings import Finding, Severity
from commit_tracker.integrity import check_integrity
from commit_tracker.loader import MAX_BYTES, ParsedFile, read_bytes, read_file
from commit_tracker.models import DataFile
from commit_tracker.validation import validate_file

DATA_DIR_NAME = "data"
SUFFIXES = (".yaml", ".yml")


class UsageError(Exception):
    """The run cannot start or go on: a missing path, an unreadable file, a bad option."""


@dataclass
class Outcome:
    """What a run found, the data it could load, and the files it read."""

    findings: list[Finding]
    dataset: Dataset
    files: list[ParsedFile] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    checked: int = 0
    """How many files were checked (files read only as context are not counted)."""
    notes: list[str] = field(default_factory=list)
    """What the run could not do, for the user to read on stderr."""
    targets: list[str] = field(default_factory=list)
    """The checked files, as displayed; findings elsewhere are not reported."""
    complete: bool = True
    """True when every file loaded, so the dataset holds all the data and cross-file checks ran."""

    @property
    def failed(self) -> bool:
        """True when some finding is an error."""
        return any(finding.severity is Severity.ERROR for finding in self.findings)


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
            found = _data_files(path)
            if not found:
                raise UsageError(f"no .yaml files in {path}")
            targets.extend(found)
        elif path.exists() or path.is_symlink():  # a FIFO, a device or a broken link is a finding of the loader
            targets.append(path)
            folders.add(path.parent)
        else:
            raise UsageError(f"no such file or folder: {path}")
    targets = list(dict.fromkeys(_resolved(path) for path in targets))
    context = [path for folder in sorted(folders) for path in _data_files(folder) if _resolved(path) not in targets]
    return targets, [_resolved(path) for path in context]


def _resolved(path: Path) -> Path:
    """The real path; a dangling symlink or a loop stays itself (absolute), for the loader to report."""
    try:
        return path.resolve(strict=True)
    except (OSError, RuntimeError):
        return path.absolute()


def _data_files(folder: Path) -> list[Path]:
    """Everything named like a data file but a folder: a broken symlink is listed, so it becomes a finding, not a gap."""
    return sorted(path for path in folder.iterdir() if path.suffix in SUFFIXES and not path.is_dir())


def display_path(path: Path, cwd: Path) -> str:
    """The path as a user would type it: relative to the working folder (``../data/x.yaml``)."""
    try:
        return os.path.relpath(path, cwd)
    except ValueError:  # another drive on Windows
        return str(path)


def run_checks(
    paths: Sequence[Path],
    *,
    cwd: Path,
    sources_dir: Path | None = None,
    pure: bool = False,
    max_bytes: int = MAX_BYTES,
    contents: Mapping[Path, bytes] | None = None,
) -> Outcome:
    """Read, validate and cross-check the data files; never prints, never exits.

    ``contents`` gives the bytes of some files instead of the disk's (by resolved path): an
    edit is checked as the file would be, before it is written.
    """
    given = {_resolved(path): raw for path, raw in (contents or {}).items()}
    targets, context = collect_files(paths, cwd)
    checked = {display_path(path, cwd) for path in targets}
    findings: list[Finding] = []
    unreadable: list[str] = []
    loaded: list[tuple[ParsedFile, DataFile]] = []
    files: list[ParsedFile] = []
    failed: list[str] = []
    for path in [*targets, *context]:
        display = display_path(path, cwd)
        try:
            raw = given.get(_resolved(path))
            parsed = read_file(path, display, pure=pure, max_bytes=max_bytes) if raw is None else read_bytes(raw, path, display, pure=pure, max_bytes=max_bytes)
        except OSError as error:
            unreadable.append(f"{display}: {error.strerror or error}")
            failed.append(display)
            continue
        files.append(parsed)
        data, schema_findings = validate_file(parsed)
        findings.extend(parsed.findings)
        findings.extend(schema_findings)
        if data is None:
            failed.append(display)
            parsed.forget_positions()  # its findings are located; a large file's marks are not kept
        else:
            loaded.append((parsed, data))
    dataset, duplicate_findings = build_dataset(loaded)
    findings.extend(duplicate_findings)
    notes: list[str] = []
    if failed:
        # References into a file that failed to load would all look broken: check them
        # once every file loads, as a compiler stops after syntax errors.
        names = ", ".join(failed[:3]) + (f" and {len(failed) - 3} more" if len(failed) > 3 else "")
        notes.append(f"references across files were not checked because {names} did not load; fix that first")
    else:
        findings.extend(check_integrity(dataset))
        if sources_dir is not None:
            from commit_tracker.verbatim import check_sources

            findings.extend(check_sources(dataset, sources_dir))
    kept = sorted(finding for finding in findings if finding.path in checked)
    return Outcome(
        findings=kept,
        dataset=dataset,
        files=files,
        unreadable=unreadable,
        checked=len(targets),
        notes=notes,
        targets=sorted(checked),
        complete=not failed,
    )
