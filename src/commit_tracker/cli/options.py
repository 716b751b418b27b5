"""The options the commands share, defined once so every command spells them the same way.

Only typer and the light enum modules are imported here: the command line reads them at start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from commit_tracker.report import ColorChoice, FindingsFormat, ReportFormat
from commit_tracker.vocabulary import Lang


def check_day(value: str | None) -> str | None:
    """A ``--as-of`` value: a real day, ``YYYY-MM-DD``."""
    check_date(value)
    if value is not None and len(value) != len("YYYY-MM-DD"):
        raise typer.BadParameter(f"'{value}' is not a day; write YYYY-MM-DD")
    return value


def check_date(value: str | None) -> str | None:
    """A ``--due-before`` value: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    from commit_tracker.models import parse_partial_date

    if value is None:
        return value
    try:
        parse_partial_date(value)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None
    return value


PathsArg = Annotated[
    Optional[list[Path]],  # noqa: UP045 (typer reads the annotation at run time)
    typer.Argument(
        metavar="PATH", help="Data files or folders (or give them with --data). Default: the data/ folder here or in the nearest parent.", show_default=False
    ),
]
DataOpt = Annotated[
    Optional[list[Path]],  # noqa: UP045
    typer.Option("--data", "-d", metavar="PATH", help="Data file or folder (repeatable). Default: the data/ folder here or in a parent.", show_default=False),
]
DataDirOpt = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option("--data", "-d", metavar="DIR", help="The data folder. Default: data/ here or in the nearest parent.", show_default=False),
]
SourcesOpt = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option("--sources", metavar="DIR", help="Folder of the source texts: check every quote, and each text against its SHA-256."),
]
FindingsFormatOpt = Annotated[
    Optional[FindingsFormat],  # noqa: UP045
    typer.Option("--format", "-f", help="Report format. Default: github when GITHUB_ACTIONS is set, else text.", show_default=False),
]
FormatOpt = Annotated[ReportFormat, typer.Option("--format", "-f", help="Report format.")]
LangOpt = Annotated[
    Optional[Lang],  # noqa: UP045
    typer.Option("--lang", help="Language of labels, headers and status names. Default: nb when the locale is Norwegian, else en.", show_default=False),
]
ColorOpt = Annotated[ColorChoice, typer.Option("--color", help="Colour: auto (only on a terminal, not with NO_COLOR), always or never.")]
AsOfOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--as-of", metavar="YYYY-MM-DD", callback=check_day, help="The day 'overdue' and 'stale' are measured from. Default: today.", show_default=False
    ),
]
OutputOpt = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option("--output", "-o", metavar="FILE", help="Write the report to FILE (atomically) instead of stdout.", show_default=False),
]
PagerOpt = Annotated[bool, typer.Option("--no-pager", help="Never page: write straight to the terminal (a pipe or file is never paged).")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No summary on stderr; only the report and errors.")]
PureOpt = Annotated[bool, typer.Option("--pure-python", help="Parse with PyYAML's pure-Python parser instead of libyaml.")]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show the traceback of an internal error.")]
