"""The command line: the app, its root options, and the explicit list of its command groups.

Each command group is a module of this package with a ``commands`` Typer of its own; they are
merged here, so no command module imports this one. Only typer is imported at start-up;
pydantic, PyYAML and the reporters are imported by the command that needs them, so ``--help``
and ``--version`` stay fast.
"""

from __future__ import annotations

import gc
import sys
from typing import Annotated, Optional, TextIO, cast

import typer

from commit_tracker import __version__
from commit_tracker.cli import history, lint, reports, review, site, status, update
from commit_tracker.cli.support import EXIT_OK, CommandGroup, GuardedStream

app = typer.Typer(
    name="commit-tracker",
    cls=CommandGroup,
    help="Keep public commitments as YAML in git and tell where each one stands.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog="Exit codes: 0 clean, 1 findings, 2 usage error or cannot run.",
)


def _version(value: bool) -> None:
    if value:
        print(f"commit-tracker {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _root(
    version: Annotated[
        Optional[bool],  # noqa: UP045 (typer reads the annotation at run time)
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = None,
) -> None:
    """Keep public commitments as YAML in git and tell where each one stands."""


app.add_typer(lint.commands)  # validate, check, rules, schema
app.add_typer(status.commands)  # status
app.add_typer(reports.commands)  # show, coverage, owners
app.add_typer(history.commands)  # history, changes
app.add_typer(update.commands)  # update
app.command(epilog=review.EPILOG)(review.review)
app.add_typer(site.commands)  # site


def main() -> None:
    """Entry point of the ``commit-tracker`` script."""
    # A run builds millions of small, acyclic containers; at the default threshold the cyclic
    # collector walks them again and again (a quarter of a 100,000-item run). This process is
    # short-lived, so collect rarely. Set here, at the entry point, not in the core.
    gc.freeze()
    gc.set_threshold(100_000, 50, 1000)
    # Whatever is written, typer's own messages included, goes through the one output guard.
    sys.stdout = cast("TextIO", GuardedStream(sys.stdout, messages=False))
    sys.stderr = cast("TextIO", GuardedStream(sys.stderr, messages=True))
    app()
