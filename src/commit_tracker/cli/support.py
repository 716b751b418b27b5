"""What every command shares: exit codes, writing the report and messages, and the guard that
turns a user's mistake or a crash into one line on stderr.

Only typer is imported at start-up, as in ``cli``.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn, TextIO

import typer

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def safe(text: str, stream: TextIO, *, messages: bool) -> str:
    """Text as it may reach a terminal: no control character left, and in the stream's encoding.

    The report (stdout) may be JSON, so what is left there becomes a JSON escape (``\\u001b``);
    ``messages`` (stderr) get the shorter ``\\x1b`` form.
    """
    from commit_tracker.sanitize import encodable, guard, visible

    cleaned = visible(text) if messages else guard(text)
    return encodable(cleaned, getattr(stream, "encoding", None))


def say(text: str) -> None:
    """Write to stderr: summaries and errors, never the report."""
    sys.stderr.write(safe(text, sys.stderr, messages=True) + "\n")
    sys.stderr.flush()


def write(text: str) -> None:
    """Write the report to stdout; a closed pipe (``| head``) ends the run quietly."""
    try:
        sys.stdout.write(safe(text, sys.stdout, messages=False))
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(EXIT_OK) from None


def guarded(debug: bool, action: Callable[[], int]) -> NoReturn:
    """Run a command; a usage problem or an unexpected error is one line on stderr and exit 2."""
    from commit_tracker.checker import UsageError

    try:
        code = action()
    except typer.Exit:
        raise
    except UsageError as error:
        say(f"commit-tracker: error: {error}")
        code = EXIT_USAGE
    except Exception as error:  # noqa: BLE001 (the one place that turns any crash into exit 2)
        if debug:
            say(traceback.format_exc().rstrip())
        say(f"commit-tracker: internal error: {type(error).__name__}: {error} (run with --debug for the traceback)")
        code = EXIT_USAGE
    raise typer.Exit(code)


def data_dir(option: Path | None) -> Path:
    """The data folder: the one given, or data/ here or in the nearest parent."""
    from commit_tracker.checker import DATA_DIR_NAME, UsageError, find_data_dir

    if option is not None:
        if not option.is_dir():
            raise UsageError(f"--data: no such folder: {option}")
        return option
    found = find_data_dir(Path.cwd())
    if found is None:
        raise UsageError(f"no '{DATA_DIR_NAME}/' folder in {Path.cwd()} or its parents; give one with --data")
    return found


class GuardedStream:
    """stdout or stderr behind the same guard as ``write`` and ``say``, for what typer writes itself (usage errors echo values)."""

    def __init__(self, stream: TextIO, *, messages: bool) -> None:
        self._stream = stream
        self._messages = messages

    def write(self, text: str) -> int:
        """Write ``text`` made safe."""
        return self._stream.write(safe(text, self._stream, messages=self._messages))

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)
