"""Find the data files, read and validate them, check them across files: one run, one outcome."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from commit_tracker.dataset import Dataset, build_dataset
from commit_tracker.errors import UsageError as UsageError
from commit_tracker.files import DATA_DIR_NAME as DATA_DIR_NAME
from commit_tracker.files import SUFFIXES as SUFFIXES
from commit_tracker.files import collect_files, resolved
from commit_tracker.files import display_path as display_path
from commit_tracker.files import find_data_dir as find_data_dir
from commit_tracker.findings import Finding, Severity
from commit_tracker.integrity import check_integrity
from commit_tracker.loader import MAX_BYTES, ParsedFile, read_bytes, read_file
from commit_tracker.models import DataFile
from commit_tracker.validation import validate_file


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
    given = {resolved(path): raw for path, raw in (contents or {}).items()}
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
            raw = given.get(resolved(path))
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
