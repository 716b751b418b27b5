"""Build small git repositories for tests: fixed authors and dates, no user or system config."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

# Isolated from the machine's git configuration (signing, hooks, default branch names).
GIT_ENV = {"GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1", "TZ": "UTC"}


class Repo:
    """A git repository in a folder, with helpers to write files and commit them."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.git("init", "-q", "-b", "main")

    def git(self, *args: str, author: str = "Test", date: str = "2025-01-01T12:00:00+00:00") -> str:
        """Run git in the repository; return its output."""
        env = {
            **os.environ,
            **GIT_ENV,
            "GIT_AUTHOR_NAME": author,
            "GIT_AUTHOR_EMAIL": f"{author.lower()}@example.org",
            "GIT_COMMITTER_NAME": author,
            "GIT_COMMITTER_EMAIL": f"{author.lower()}@example.org",
            "GIT_AUTHOR_DATE": date,
            "GIT_COMMITTER_DATE": date,
        }
        return subprocess.run(["git", *args], cwd=self.root, env=env, capture_output=True, text=True, check=True).stdout

    def write(self, path: str, text: str) -> None:
        """Write a file (UTF-8, line breaks as given)."""
        target = self.root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text.encode("utf-8"))

    def commit(self, message: str, *, author: str, date: str) -> str:
        """Stage everything and commit; return the short hash."""
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message, author=author, date=date)
        return self.git("rev-parse", "--short", "HEAD").strip()
