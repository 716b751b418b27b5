"""Read a git repository with the ``git`` command: revisions, commits, trees and blobs.

No git library is needed: ``rev-parse``, ``rev-list`` and ``log`` answer questions about
revisions, and one long-lived ``git cat-file --batch`` process streams trees and blobs, so a
long history costs one process, not one per commit.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from commit_tracker.errors import UsageError
from commit_tracker.models import latest_day

_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_FORMAT = "%H%x1f%h%x1f%an%x1f%cI%x1f%P"
_CONFIG = ("-c", "log.showSignature=false")  # a user's setting must not add lines to the output we parse


@dataclass(frozen=True)
class Commit:
    """A commit as history shows it; ``date`` is the committer date."""

    sha: str
    short: str
    author: str
    date: dt.datetime
    parent: str | None
    """The first parent: the state just before this commit (None for a root commit)."""


class GitRepo:
    """A git working tree, found from a folder inside it."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @classmethod
    def find(cls, start: Path) -> GitRepo:
        """The repository that holds ``start``; outside one, a UsageError."""
        result = _git(start, "rev-parse", "--show-toplevel")
        if result.returncode != 0:
            detail = _first_line(result.stderr)
            raise UsageError(f"{start} is not in a git repository ({detail}); history and changes read the data's git history")
        return cls(Path(result.stdout.decode().strip()))

    def run(self, *args: str) -> str:
        """The output of a git command; a failure is a UsageError with git's own words."""
        result = _git(self.root, *args)
        if result.returncode != 0:
            raise UsageError(f"git {args[0]} failed: {_first_line(result.stderr)}")
        return result.stdout.decode("utf-8", "replace")

    def relative(self, path: Path) -> str:
        """``path`` as a repository path (``data``), or a UsageError when it is outside."""
        try:
            relative = path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            raise UsageError(f"{path} is not inside the git repository {self.root}") from None
        return "" if relative == "." else relative

    def has_commits(self) -> bool:
        """False in a repository without a first commit."""
        return _git(self.root, "rev-parse", "--verify", "--quiet", "HEAD^{commit}").returncode == 0

    def resolve(self, spec: str) -> Commit:
        """A revision (hash, tag, branch, ``HEAD~2``) or a date: the last commit on or before it.

        A date (``2025-09-30``, ``2025-09``, ``2025``) means the end of that day, month or year
        in local time, compared with the committer date.
        """
        if not spec or spec.startswith("-"):
            raise UsageError(f"'{spec}' is not a revision or a date")
        if _DATE.fullmatch(spec):
            try:
                day = latest_day(spec)
            except ValueError as error:
                raise UsageError(f"{error}") from None
            sha = self.run("rev-list", "-1", f"--before={day.isoformat()} 23:59:59", "HEAD").strip() if self.has_commits() else ""
            if not sha:
                raise UsageError(f"no commit on or before {spec}")
            return self.commit(sha)
        result = _git(self.root, "rev-parse", "--verify", "--quiet", f"{spec}^{{commit}}")
        if result.returncode != 0:
            raise UsageError(f"unknown revision '{spec}': not a commit, tag or branch here, nor a date (YYYY-MM-DD)")
        return self.commit(result.stdout.decode().strip())

    def commit(self, sha: str) -> Commit:
        """The commit with this full hash."""
        return _parse_commit(self.run("log", "-1", f"--format={_FORMAT}", sha, "--").strip("\n"))

    def commits(self, path: str) -> list[Commit]:
        """The commits that changed ``path``, oldest first; merges are left out (their changes are in their branches)."""
        if not self.has_commits():
            return []
        output = self.run("log", "-z", "--no-merges", "--reverse", f"--format={_FORMAT}", "HEAD", "--", path or ".")
        return [_parse_commit(record.strip("\n")) for record in output.split("\0") if record.strip()]

    def is_dirty(self, path: str) -> bool:
        """True when the working tree differs from HEAD under ``path`` (untracked files count)."""
        return bool(self.run("status", "--porcelain", "--untracked-files=all", "--", path or ".").strip())

    def shallow_commits(self) -> frozenset[str]:
        """The commits where a shallow clone's history is cut (git lists them in ``.git/shallow``)."""
        listing = Path(self.run("rev-parse", "--git-path", "shallow").strip())
        listing = listing if listing.is_absolute() else self.root / listing
        try:
            return frozenset(listing.read_text(encoding="ascii").split())
        except (OSError, UnicodeDecodeError):
            return frozenset()

    def renamed_from(self, parent: str, sha: str, path: str) -> str | None:
        """The folder ``path`` was renamed from in commit ``sha``, when git sees its files as renamed."""
        output = self.run("diff-tree", "-r", "-z", "-M", "--diff-filter=R", "--name-status", "--no-commit-id", parent, sha, "--")
        fields = output.split("\0")
        prefix = f"{path}/" if path else ""
        for index in range(0, len(fields) - 2, 3):
            old, new = fields[index + 1], fields[index + 2]
            if new.startswith(prefix) and not old.startswith(prefix):
                return str(Path(old).parent.as_posix()) or "."
        return None

    def objects(self) -> ObjectReader:
        """A reader of trees and blobs; use it as a context manager."""
        return ObjectReader(self.root)


class ObjectReader:
    """Trees and blobs by name (``REV:path``) or id, through one ``git cat-file --batch``."""

    def __init__(self, root: Path) -> None:
        self._process = subprocess.Popen(
            ["git", "-C", str(root), "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=_env()
        )

    def read(self, name: str) -> tuple[str, str, bytes] | None:
        """(object id, type, content) of ``name``, or None when it does not exist."""
        process = self._process
        assert process.stdin is not None
        assert process.stdout is not None
        stopped = UsageError(f"git cat-file stopped while reading {name}; the repository may be damaged")
        try:
            process.stdin.write(name.encode() + b"\n")
            process.stdin.flush()
        except BrokenPipeError:
            raise stopped from None
        line = process.stdout.readline()
        if not line.endswith(b"\n"):
            raise stopped
        header = line.decode().split()
        if len(header) != 3:  # "<name> missing" or "<name> ambiguous"
            return None
        oid, kind, size = header
        content = process.stdout.read(int(size))
        if len(content) != int(size) or process.stdout.read(1) != b"\n":
            raise stopped
        return oid, kind, content

    def close(self) -> None:
        """End the git process."""
        for stream in (self._process.stdin, self._process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):  # the process may have gone already
                    stream.close()
        self._process.wait()

    def __enter__(self) -> ObjectReader:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self.close()


def parse_tree(content: bytes, oid_bytes: int) -> list[tuple[str, str, str]]:
    """The (mode, name, object id) entries of a raw tree object."""
    entries = []
    position = 0
    while position < len(content):
        space = content.index(b" ", position)
        nul = content.index(b"\0", space)
        oid = content[nul + 1 : nul + 1 + oid_bytes].hex()
        entries.append((content[position:space].decode(), content[space + 1 : nul].decode("utf-8", "surrogateescape"), oid))
        position = nul + 1 + oid_bytes
    return entries


def _git(cwd: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", "-C", str(cwd), *_CONFIG, *args], capture_output=True, env=_env(), check=False)
    except FileNotFoundError:
        raise UsageError("git is not installed or not on the PATH; history and changes need it") from None


def _env() -> dict[str, str]:
    # No optional locks: reading must not block an editor's git; C locale: messages we pass on stay plain.
    return {**os.environ, "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"}


def _parse_commit(record: str) -> Commit:
    sha, short, author, date, parents = record.split("\x1f")
    return Commit(sha=sha, short=short, author=author, date=dt.datetime.fromisoformat(date), parent=parents.split()[0] if parents.split() else None)


def _first_line(stderr: bytes) -> str:
    lines = [line for line in stderr.decode("utf-8", "replace").splitlines() if line.strip()]
    return lines[0].removeprefix("fatal: ").strip() if lines else "no message"
