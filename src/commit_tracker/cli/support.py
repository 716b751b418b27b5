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
from typing import NoReturn

import typer

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def say(text: str) -> None:
    """Write to stderr: summaries and errors, never the report."""
    print(text, file=sys.stderr)


def write(text: str) -> None:
    """Write the report to stdout; a closed pipe (``| head``) ends the run quietly."""
    try:
        sys.stdout.write(text)
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
